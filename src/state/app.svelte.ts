/** The whole page's state, built once and handed down through Svelte context. */
import { getContext, setContext } from "svelte";
import type { Trace } from "../engine/trace/types";
import { runEnd } from "../layout/lanes";
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
  /** Variables at the step-through playhead. */
  inspector: Inspector;

  constructor(factory: WorkerFactory) {
    this.runner = new Runner(factory);
    this.inspector = new Inspector(this.runner);
  }

  /** The trace of the last run, if the engine produced one. */
  get trace(): Trace | undefined {
    return this.runner.result?.trace;
  }

  /** Run the editor's program with the current settings. */
  async run(): Promise<void> {
    this.inspector.clear();
    await this.runner.run(this.program.code, this.settings.snapshot());
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
