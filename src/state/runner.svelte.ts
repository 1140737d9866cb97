/**
 * Runs programs in a Web Worker through comlink. Stop terminates the worker (the only way to
 * end a runaway run) and starts a fresh one at once, so the next Run never waits.
 */
import * as Comlink from "comlink";
import type { InspectResult, RunResponse, RunSettings, RunWorkerApi } from "../workers/api";

/** Where the current run is. */
export type RunStatus = "idle" | "running" | "done" | "stopped";

/** Makes a new run worker (a function so tests and the app can choose how). */
export type WorkerFactory = () => Worker;

/** The page's run state. */
export class Runner {
  status = $state<RunStatus>("idle");
  /** Result of the last finished run; `$state.raw` because traces are large and immutable. */
  result = $state.raw<RunResponse | null>(null);
  /** Source text of the last finished run (trace lines refer to it). */
  ranSource = $state("");
  /** Settings of the last finished run (a permalink carries its schedule only if they hold). */
  ranSettings = $state.raw<RunSettings | null>(null);
  /** Real milliseconds since the current run started, for the "Running…" note. */
  startedAt = $state(0);
  #factory: WorkerFactory;
  #worker: Worker | null = null;
  #api: Comlink.Remote<RunWorkerApi> | null = null;
  #runId = 0;

  constructor(factory: WorkerFactory) {
    this.#factory = factory;
  }

  #spawn(): Comlink.Remote<RunWorkerApi> {
    this.#worker = this.#factory();
    this.#api = Comlink.wrap<RunWorkerApi>(this.#worker);
    return this.#api;
  }

  /** Start the worker ahead of the first run, so Run does not wait for it to load. */
  warm(): void {
    if (!this.#api) this.#spawn();
  }

  /** Run `source`; a run already under way is stopped first. */
  async run(source: string, settings: RunSettings): Promise<void> {
    if (this.status === "running") this.stop();
    const id = ++this.#runId;
    const api = this.#api ?? this.#spawn();
    this.status = "running";
    this.startedAt = performance.now();
    try {
      const result = await api.run(source, settings);
      if (id !== this.#runId) return;
      this.result = result;
      this.ranSource = source;
      this.ranSettings = settings;
      this.status = "done";
    } catch (e) {
      if (id !== this.#runId) return;
      this.result = {
        stdout: "",
        stderr: `Interleave: the run failed: ${e instanceof Error ? e.message : String(e)}\n`,
        exitCode: 1,
        elapsed: 0,
        instructions: 0,
        wallMs: 0,
      };
      this.ranSource = source;
      this.ranSettings = settings;
      this.status = "done";
    }
  }

  /**
   * The variables at time `t` of the last finished run, replayed in the worker from its
   * schedule; null when there is no run to inspect or a newer run replaced it meanwhile.
   */
  async inspect(t: number): Promise<InspectResult | null> {
    const result = this.result;
    // The run's own recorded schedule replays it exactly (whatever it was asked to replay).
    const schedule = result?.schedule;
    if (this.status === "running" || this.ranSettings === null || !schedule) return null;
    const settings = { ...this.ranSettings, schedule };
    const api = this.#api ?? this.#spawn();
    const r = await api.inspect(this.ranSource, settings, t);
    return this.result === result ? r : null;
  }

  /** End the current run now and have a fresh worker ready. */
  stop(): void {
    if (this.status !== "running") return;
    this.#runId++;
    this.#worker?.terminate();
    this.#spawn();
    this.status = "stopped";
  }

  /** Terminate the worker for good (page teardown). */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
  }
}
