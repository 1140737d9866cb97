/** Public entry point of the engine: run a Python program and get what it printed. */
import { runSingle } from "./run";

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
}

/** Run `source` as `__main__` and return its output. */
export function runProgram(source: string, options: RunOptions = {}): RunResult {
  return runSingle(source, options);
}
