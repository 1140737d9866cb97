/** The whole page's state, built once and handed down through Svelte context. */
import { getContext, setContext } from "svelte";
import type { Trace } from "../engine/trace/types";
import { runEnd } from "../layout/lanes";
import { ExplorerState, poolSize } from "./explorer.svelte";
import { ProgramState } from "./program.svelte";
import { Inspector } from "./inspector.svelte";
import { Runner, type WorkerFactory } from "./runner.svelte";
import { SettingsState } from "./settings.svelte";
import { TimelineState } from "./timeline.svelte";

/** Everything the components share. */
export class AppState {
  program = new ProgramState();
  settings = new SettingsState();
  runner: Runner;
  timeline = new TimelineState();
  explorer: ExplorerState;
  /** Variables at the step-through playhead. */
  inspector: Inspector;

  constructor(factory: WorkerFactory, exploreFactory: WorkerFactory = factory) {
    this.runner = new Runner(factory);
    const cores = typeof navigator === "undefined" ? 1 : navigator.hardwareConcurrency;
    this.explorer = new ExplorerState(exploreFactory, poolSize(cores));
    this.inspector = new Inspector(this.runner);
  }

  /** The trace of the last run, if the engine produced one. */
  get trace(): Trace | undefined {
    return this.runner.result?.trace;
  }

  /** Run the editor's program with the current settings (replaying `schedule` if given). */
  async run(options: { schedule?: string } = {}): Promise<void> {
    this.explorer.replayed = null;
    this.inspector.clear();
    const settings = this.settings.snapshot();
    if (options.schedule !== undefined) settings.schedule = options.schedule;
    await this.runner.run(this.program.code, settings);
    this.#showRun();
  }

  /** Replay the witness of explored outcome `index` into the timeline and step-through. */
  async replayOutcome(index: number): Promise<void> {
    const ex = this.explorer;
    const o = ex.result?.outcomes[index];
    if (!o) return;
    ex.replayed = index;
    this.inspector.clear();
    // As the explorer ran it: GIL-style time, seed 0; the schedule decides every switch.
    const settings = { ...this.settings.snapshot(), model: "gil" as const, seed: 0 };
    await this.runner.run(ex.source, { ...settings, schedule: o.schedule, witness: true });
    this.#showRun();
  }

  /** Explore the editor's program: every outcome it can produce, with a witness for each. */
  explore(): Promise<void> {
    return this.explorer.explore(this.program.code);
  }

  #showRun(): void {
    const trace = this.trace;
    this.timeline.reset(
      trace ? runEnd(trace) : Math.round((this.runner.result?.elapsed ?? 0) * 1e9),
    );
  }
}

const KEY = Symbol("interleave-app");

/** Make `app` available to every component below the caller. */
export function provideApp(app: AppState): void {
  setContext(KEY, app);
}

/** The page's state (call during component initialisation). */
export function useApp(): AppState {
  const app = getContext<AppState | undefined>(KEY);
  if (!app) throw new Error("useApp() outside the app: provideApp() was not called");
  return app;
}
