/**
 * Measured facts about each strategy on one workload, all from the engine: how often the
 * result is correct over explored schedules ("any instruction"), how many outcomes there
 * are, what happens to a worker's exception, and, from one normal run's trace, how long
 * MainThread was blocked and the wall time. Pure (no DOM, no clock): runs in Node and in
 * the compare worker alike.
 */
import { runProgram } from "../engine/index";
import { explore, type ExploreResult } from "../engine/explore/index";
import { threadTotals } from "../engine/trace/summary";
import type { Trace } from "../engine/trace/types";
import { expectedLine, programFor, STRATEGIES, type StrategyId, type Workload } from "./programs";

/** The file name every compared program runs as. */
export const COMPARE_FILENAME = "main.py";

/** How much exploring each strategy may do. */
export interface Budget {
  /** Exhaustive search stops (incomplete) after this many schedules… */
  exhaustiveRuns: number;
  /** …and PCT with `seed` then runs this many schedules instead. */
  pctRuns: number;
  seed: number;
}

/** Enough to finish the default workload's searches and to sample the rest in seconds. */
export const DEFAULT_BUDGET: Budget = { exhaustiveRuns: 150, pctRuns: 100, seed: 1 };

/** What exploring one strategy's program found. */
export interface ExplorationFacts {
  /** "exhaustive" when the search completed within budget, else "pct". */
  mode: "exhaustive" | "pct";
  complete: boolean;
  schedules: number;
  /** PCT seed (null for exhaustive). */
  seed: number | null;
  /** Schedules whose output ended with the expected total. */
  correct: number;
  /** correct / schedules (0 when nothing ran). */
  correctShare: number;
  /** Distinct outcomes (printed text and exit status, or deadlock). */
  outcomes: number;
  /** Each distinct outcome's last printed line and count, most frequent first. */
  outcomeLines: { line: string; count: number; correct: boolean }[];
}

/** What became of the failing task's exception. */
export type ExceptionFate =
  | { kind: "none" }
  /** MainThread saw it: re-raised by result(), returned by exception(), or uncaught in main. */
  | { kind: "surfaced"; how: string }
  /** Only the dying thread's "Exception in thread …" on stderr. */
  | { kind: "lost"; how: string }
  /** Nobody printed or saw it. */
  | { kind: "swallowed"; how: string };

/** The measured facts of one strategy. */
export interface StrategyFacts {
  strategy: StrategyId;
  program: string;
  /** One normal run (GIL model, seed 0). */
  run: { stdout: string; stderr: string; exitCode: number; correct: boolean };
  /** Virtual ns until the program exited. */
  wall: number;
  /** Virtual ns MainThread spent blocked (joins, result(), queue gets, locks). */
  mainBlocked: number;
  exception: ExceptionFate;
  exploration: ExplorationFacts;
  trace: Trace | null;
}

/** Progress of a measurement: which strategy, and schedules explored so far for it. */
export interface CompareProgress {
  strategy: StrategyId;
  index: number;
  total: number;
  schedules: number;
}

/** Hooks for running in a worker: progress reports and a pause between batches. */
export interface MeasureHooks {
  onProgress?: (p: CompareProgress) => void;
  pause?: () => Promise<void>;
}

/** True when `stdout`'s last line is the total a correct program prints for `w`. */
export function isCorrect(stdout: string, w: Workload): boolean {
  const lines = stdout.trimEnd().split("\n");
  return lines[lines.length - 1] === expectedLine(w);
}

/** The last printed line of an outcome, or what ended it (deadlock, no output). */
function lastLine(stdout: string, exitCode: number, deadlock: boolean): string {
  if (deadlock) return "deadlock";
  const lines = stdout.trimEnd().split("\n");
  const last = lines[lines.length - 1];
  return last ? last : `(no output, exit status ${exitCode})`;
}

/** Share correct, distinct outcomes, and how the schedules were chosen, from one exploration. */
export function explorationFacts(r: ExploreResult, w: Workload): ExplorationFacts {
  let correct = 0;
  const outcomeLines = r.outcomes.map((o) => {
    const ok = o.deadlock === null && o.exitCode === 0 && isCorrect(o.stdout, w);
    if (ok) correct += o.count;
    return {
      line: lastLine(o.stdout, o.exitCode, o.deadlock !== null),
      count: o.count,
      correct: ok,
    };
  });
  return {
    mode: r.mode === "exhaustive" ? "exhaustive" : "pct",
    complete: r.complete,
    schedules: r.schedules,
    seed: r.mode === "exhaustive" ? null : r.seed,
    correct,
    correctShare: r.schedules > 0 ? correct / r.schedules : 0,
    outcomes: r.outcomes.length,
    outcomeLines,
  };
}

/** What happened to the failing task's exception in this run, read from its trace. */
export function exceptionFate(trace: Trace, w: Workload): ExceptionFate {
  if (w.failing === null) return { kind: "none" };
  const failed = new Set<number>();
  for (const e of trace.events)
    if (e.type === "future done" && e.exception !== null) failed.add(e.object);
  const name = (id: number) => trace.threads.find((t) => t.id === id)?.name ?? `thread ${id}`;
  for (const e of trace.events) {
    if (e.type !== "future consumed" || !failed.has(e.object)) continue;
    const how = e.reraised ? "re-raised by result()" : "returned by exception()";
    return { kind: "surfaced", how: `${how} in ${name(e.thread)}` };
  }
  const uncaught = trace.events.find((e) => e.type === "exception" && e.uncaught);
  if (uncaught && uncaught.thread === 1)
    return { kind: "surfaced", how: "uncaught in MainThread (the program fails)" };
  if (uncaught)
    return { kind: "lost", how: `only "Exception in thread ${name(uncaught.thread)}" on stderr` };
  return { kind: "swallowed", how: "caught and dropped: nothing printed" };
}

/** Explore exhaustively within budget; if the search cannot complete, sample with PCT. */
async function exploreWithin(
  source: string,
  budget: Budget,
  progress: (schedules: number) => void,
  pause: () => Promise<void>,
): Promise<ExploreResult> {
  const onProgress = (p: ExploreResult) => progress(p.schedules);
  const common = { model: "any" as const, filename: COMPARE_FILENAME };
  const full = await explore(
    source,
    { ...common, mode: "exhaustive", runs: budget.exhaustiveRuns },
    onProgress,
    pause,
  );
  if (full.complete) return full;
  return explore(
    source,
    { ...common, mode: "pct", runs: budget.pctRuns, seed: budget.seed },
    onProgress,
    pause,
  );
}

/** Measure strategy `id` on workload `w`. */
export async function measureStrategy(
  id: StrategyId,
  w: Workload,
  budget: Budget = DEFAULT_BUDGET,
  hooks: MeasureHooks = {},
): Promise<StrategyFacts> {
  const program = programFor(id, w);
  const index = STRATEGIES.findIndex((s) => s.id === id);
  const report = (schedules: number) =>
    hooks.onProgress?.({ strategy: id, index, total: STRATEGIES.length, schedules });
  report(0);
  const r = runProgram(program, { filename: COMPARE_FILENAME, trace: true });
  const trace = r.trace ?? null;
  const main = trace ? threadTotals(trace).find((t) => t.thread === 1) : undefined;
  const explored = await exploreWithin(
    program,
    budget,
    report,
    hooks.pause ?? (() => Promise.resolve()),
  );
  return {
    strategy: id,
    program,
    run: {
      stdout: r.stdout,
      stderr: r.stderr,
      exitCode: r.exitCode,
      correct: r.exitCode === 0 && isCorrect(r.stdout, w),
    },
    wall: Math.round(r.elapsed * 1e9),
    mainBlocked: main?.blocked ?? 0,
    exception: trace ? exceptionFate(trace, w) : { kind: "none" },
    exploration: explorationFacts(explored, w),
    trace,
  };
}

/** Measure every strategy, in table order. */
export async function measureAll(
  w: Workload,
  budget: Budget = DEFAULT_BUDGET,
  hooks: MeasureHooks = {},
): Promise<StrategyFacts[]> {
  const out: StrategyFacts[] = [];
  for (const s of STRATEGIES) out.push(await measureStrategy(s.id, w, budget, hooks));
  return out;
}
