/**
 * The race explorer's page state: its settings, a pool of explorer Web Workers (one per
 * hardware thread, at least one) driven through comlink, progress, and the result. Stop
 * terminates the workers and starts fresh ones, so the next Explore never waits.
 */
import * as Comlink from "comlink";
import type { ExploreMode, ExploreResult, InterleavingModel } from "../engine/explore/index";
import type { ExploreChoices, ExploreWorkerApi } from "../workers/exploreApi";
import { MAIN_FILENAME } from "../workers/api";
import { ExplorePool, type PoolProgress, wrapEndpoint } from "../workers/explorePool";
import { load, save } from "./storage";

/** Where the exploration is. */
export type ExploreStatus = "idle" | "running" | "done" | "stopped" | "failed";

/** Default run budgets per mode. */
export const DEFAULT_RUNS: Record<ExploreMode, number> = {
  exhaustive: 20_000,
  pct: 1_000,
  random: 1_000,
};

/** Workers to use: one per hardware thread the browser reports, at least one. */
export function poolSize(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.floor(hardwareConcurrency ?? 1) || 1);
}

interface Saved {
  mode?: ExploreMode;
  model?: InterleavingModel;
  runs?: number;
  preemptions?: number | null;
  seed?: number;
}

/** Settings, progress and result of the race explorer. */
export class ExplorerState {
  mode = $state<ExploreMode>("exhaustive");
  model = $state<InterleavingModel>("any");
  /** Budget: at most this many schedules. */
  runs = $state(DEFAULT_RUNS.exhaustive);
  /** Exhaustive: at most this many preemptions per schedule (null: no bound). */
  preemptions = $state<number | null>(null);
  /** PCT/random seed. */
  seed = $state(0);

  status = $state<ExploreStatus>("idle");
  progress = $state.raw<PoolProgress | null>(null);
  result = $state.raw<ExploreResult | null>(null);
  /** The source that was explored (witnesses replay it). */
  source = $state("");
  /** The settings it was explored with (a permalink carries them). */
  explored = $state.raw<ExploreChoices | null>(null);
  error = $state<string | null>(null);
  /** The outcome whose witness was last replayed (index into result.outcomes). */
  replayed = $state<number | null>(null);
  readonly size: number;

  #factory: () => Worker;
  #workers: Worker[] = [];
  #pool: ExplorePool | null = null;
  #id = 0;

  constructor(factory: () => Worker, size: number) {
    this.#factory = factory;
    this.size = Math.max(1, size);
    const s = load<Saved>("explorer", {});
    if (s.mode === "exhaustive" || s.mode === "pct" || s.mode === "random") this.mode = s.mode;
    if (s.model === "any" || s.model === "gil") this.model = s.model;
    if (typeof s.runs === "number" && s.runs >= 1) this.runs = s.runs;
    if (typeof s.preemptions === "number" && s.preemptions >= 0) this.preemptions = s.preemptions;
    if (typeof s.seed === "number") this.seed = s.seed;
  }

  /** Switch mode, moving the budget to the new mode's default if it was the old default. */
  setMode(mode: ExploreMode): void {
    if (this.runs === DEFAULT_RUNS[this.mode]) this.runs = DEFAULT_RUNS[mode];
    this.mode = mode;
  }

  /** The options of the next exploration (saved as a side effect). */
  options(): ExploreChoices {
    save("explorer", {
      mode: this.mode,
      model: this.model,
      runs: this.runs,
      preemptions: this.preemptions,
      seed: this.seed,
    });
    const o: ExploreChoices = {
      mode: this.mode,
      model: this.model,
      runs: Math.max(1, Math.floor(this.runs)),
      filename: MAIN_FILENAME,
    };
    if (this.mode === "exhaustive" && this.preemptions !== null) o.preemptions = this.preemptions;
    if (this.mode !== "exhaustive") o.seed = this.seed;
    return o;
  }

  #spawn(): ExplorePool {
    this.#workers = Array.from({ length: this.size }, () => this.#factory());
    const endpoints = this.#workers.map((w) => wrapEndpoint(Comlink.wrap<ExploreWorkerApi>(w)));
    this.#pool = new ExplorePool(endpoints, () => performance.now());
    return this.#pool;
  }

  /** Explore `source` with the current settings; an exploration under way is stopped first. */
  async explore(source: string): Promise<void> {
    if (this.status === "running") this.stop();
    const id = ++this.#id;
    const pool = this.#pool ?? this.#spawn();
    const options = this.options();
    this.status = "running";
    this.source = source;
    this.explored = options;
    this.error = null;
    this.replayed = null;
    this.result = null;
    this.progress = null;
    try {
      const r = await pool.run(source, options, (p) => {
        if (id === this.#id) this.progress = p;
      });
      if (id !== this.#id) return;
      this.result = r;
      this.status = r.stoppedBy === "cancelled" ? "stopped" : "done";
    } catch (e) {
      if (id !== this.#id) return;
      this.error = `The explorer failed: ${e instanceof Error ? e.message : String(e)}`;
      this.status = "failed";
      this.#restart();
    }
  }

  /** End the exploration now (keeping what it found) and have fresh workers ready. */
  stop(): void {
    if (this.status !== "running") return;
    const pool = this.#pool;
    this.#id++;
    const found = this.progress?.result;
    pool?.cancel();
    this.#restart();
    this.result = found ? { ...found, complete: false, stoppedBy: "cancelled" } : null;
    this.status = "stopped";
  }

  #restart(): void {
    for (const w of this.#workers) w.terminate();
    this.#spawn();
  }

  /** Terminate the workers for good (page teardown). */
  dispose(): void {
    for (const w of this.#workers) w.terminate();
    this.#workers = [];
    this.#pool = null;
  }
}
