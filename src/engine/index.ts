/** Public entry point of the engine: run a Python program and get what it printed. */
import { runSingle } from "./run";
import type { Deadlock, Model, Trace } from "./trace/types";

export type { Trace } from "./trace/types";

/** Settings of one run. */
export interface RunOptions {
  /** File name shown in tracebacks (CPython shows the script path). */
  filename?: string;
  /** sys.argv[0] (the script path as typed); defaults to `filename`. */
  argv0?: string;
  /** Seed for `random` and for scheduling choices. */
  seed?: number;
  /** Stop after this many instructions (endless-loop guard). */
  maxInstructions?: number;
  /** "gil" (CPython 3.12, default) or "free-threaded" (CPython 3.13t). */
  model?: Model;
  /** sys.getswitchinterval() at start, in seconds (default 0.005). */
  switchInterval?: number;
  /** Virtual cores (free-threaded model; os.cpu_count()). Default 4. */
  cores?: number;
  /** Replay this schedule (from a previous run's `schedule`). */
  schedule?: string;
  /** Produce the trace (spans, events, objects) in the result. */
  trace?: boolean;
}

/** What a finished run printed, as `python3 FILE.py` would. */
export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Virtual seconds until the program exited. */
  elapsed: number;
  /** Bytecode instructions executed. */
  instructions: number;
  /** Set when the run ended because every thread was blocked. */
  deadlock?: Deadlock | null;
  /** The schedule this run followed (replay it with `schedule`). */
  schedule?: string;
  /** The trace, when asked for. */
  trace?: Trace;
}

/** Run `source` as `__main__` and return its output. */
export function runProgram(source: string, options: RunOptions = {}): RunResult {
  return runSingle(source, options);
}
