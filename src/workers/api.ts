/**
 * The contract between the page and the run worker: settings in, result (with trace) out.
 * Both sides import only this file, so a change of shape shows up as a type error on both.
 */
import type { Budget, CompareProgress, StrategyFacts } from "../compare/measure";
import type { Workload } from "../compare/programs";
import type { Preemption } from "../engine/explore/witness";
import type { InspectResult } from "../engine/inspect/index";
import type { Model, Trace } from "../engine/trace/types";

export type { InspectResult };

/** Settings the user picks for one run. */
export interface RunSettings {
  /** Interpreter model: CPython with the GIL, or free-threaded (3.13t). */
  model: Model;
  /** sys.getswitchinterval() in seconds (GIL model). */
  switchInterval: number;
  /** Virtual cores (free-threaded model). */
  cores: number;
  /** Seed for `random` and for scheduling choices. */
  seed: number;
  /**
   * Replay this exact schedule ("thread:instructions ...", as a run or an explorer witness
   * reports it) instead of scheduling freely. Not remembered across visits.
   */
  schedule?: string;
  /** `schedule` is a race-explorer witness: replay it as the explorer ran it, and explain it. */
  witness?: boolean;
}

/** What a finished run reports; `trace` is missing when the engine could not produce one. */
export interface RunResponse {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Virtual seconds until the program exited. */
  elapsed: number;
  instructions: number;
  trace?: Trace;
  /** The run's schedule; passing it back as `RunSettings.schedule` replays the run exactly. */
  schedule?: string;
  /** A replayed witness's preemptions, with what each thread last did before it. */
  preemptions?: Preemption[];
  /** Real milliseconds the worker spent, for the status line. */
  wallMs: number;
}

/** The API the worker exposes through comlink. */
export interface RunWorkerApi {
  /** Run `source` as main.py under `settings`. */
  run(source: string, settings: RunSettings): RunResponse;
  /** The variables at virtual time `t` ns of the run of `source` under `settings` (with its `schedule`). */
  inspect(source: string, settings: RunSettings, t: number): InspectResult;
}

/** File name the program runs as (tracebacks say `File "main.py", line N`). */
export const MAIN_FILENAME = "main.py";

/** Endless-loop guard: the worker can also be terminated with Stop. */
export const MAX_INSTRUCTIONS = 50_000_000;

/** The API the Compare worker exposes through comlink (measure every strategy on a workload). */
export interface CompareWorkerApi {
  /**
   * Measure the five strategies on `workload`; `onProgress` hears which strategy and how many
   * schedules so far, `onFacts` gets each strategy's row as soon as it is measured.
   */
  measure(
    workload: Workload,
    budget: Budget,
    onProgress: (p: CompareProgress) => void,
    onFacts: (f: StrategyFacts) => void,
  ): Promise<StrategyFacts[]>;
}
