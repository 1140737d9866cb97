/** Settings and results of race exploration (shared by the explorer, CLI and workers). */
import type { Deadlock } from "../trace/types";

/** Where a thread switch may happen: "any" visible instruction, or CPython's eval breakers. */
export type InterleavingModel = "any" | "gil";

/** The names the UI and CLI show for each interleaving model. */
export const MODEL_NAMES: Record<InterleavingModel, string> = {
  any: "any instruction",
  gil: "CPython 3.12 with GIL",
};

/** Exhaustive DFS (with partial-order reduction), PCT, or uniform random scheduling. */
export type ExploreMode = "exhaustive" | "pct" | "random";

/** Settings of one exploration. */
export interface ExploreOptions {
  /** Default "exhaustive". */
  mode?: ExploreMode;
  /** Default "any". */
  model?: InterleavingModel;
  /**
   * Budget: at most this many schedules (default 20,000 exhaustive, 1,000 random/PCT). A
   * worker pool keeps PCT/random to it exactly; an exhaustive search shared between workers
   * is stopped once their progress snapshots add up to it (they may run past it until then;
   * see SHARE_MIN_RUNS_LEFT in the pool).
   */
  runs?: number;
  /** Exhaustive: at most this many preemptions per schedule (CHESS); default unbounded. */
  preemptions?: number;
  /** Random/PCT: seed of the scheduling choices (default 0). */
  seed?: number;
  /** PCT: bug depth d (d − 1 priority change points; default 3). */
  depth?: number;
  /** Exhaustive: "dpor" (sleep sets + dynamic partial-order reduction, default) or "none". */
  reduction?: "dpor" | "none";
  /** Budget in milliseconds, measured with `now` (the engine has no clock of its own). */
  timeBudgetMs?: number;
  /** Milliseconds clock for `timeBudgetMs` and the rate (e.g. `() => performance.now()`). */
  now?: () => number;
  /** Stop early when this becomes true (an AbortSignal fits). */
  signal?: { readonly aborted: boolean };
  /** File name of the program (tracebacks, and which code counts as the user's). */
  filename?: string;
  /** Per-run instruction budget (endless-loop guard; default 200,000). */
  maxInstructions?: number;
  /** Explore only schedules beginning with these choices (a part given away: Dfs.split). */
  prefix?: number[];
  /**
   * With `prefix`: per prefix choice, the first steps of the sibling choices other parts
   * explore (see Dfs.split); they start asleep here, as an earlier sibling does in one search.
   */
  prefixSleep?: SiblingStep[][];
  /**
   * With `prefix`: more sibling choices at its last point that come before this part's,
   * given by thread only; the part runs each one's first step itself, then it sleeps as
   * those of `prefixSleep` do (see ShareBoard).
   */
  prefixAsleep?: number[];
  /** Random/PCT: first run index (workers split N runs into ranges). */
  firstRun?: number;
}

/** The options a part given away adds to its exploration's own. */
export type PartOptions = Pick<
  ExploreOptions,
  "prefix" | "prefixSleep" | "prefixAsleep" | "firstRun" | "runs"
>;

/** A choice point a part fixed (see Dfs.split): the choices before it, and threads taken there. */
export interface FixedPoint {
  path: number[];
  /** Threads whose branches at this point are explored or under way, in search order. */
  taken: number[];
}

/**
 * Work a part hands over to be shared (`Explorer.split`, `Explorer.handoff`): new parts,
 * and the points it fixed (which `ShareBoard` needs to tell a new branch from a repeat).
 */
export interface Handoff {
  fixed: FixedPoint[];
  parts: PartOptions[];
}

/** The first step of a sibling branch at a split point: thread, what it touched, id mark. */
export interface SiblingStep {
  thread: number;
  /** [object id, key, write] of each access (see access.ts). */
  accesses: [number, string | number | null, boolean][];
  mark: number;
}

/** One distinct result of the program, with how often and a witness schedule. */
export interface Outcome {
  stdout: string;
  exitCode: number;
  /** The deadlock (with its wait-for cycle), or null. */
  deadlock: Deadlock | null;
  /** Schedules explored that ended this way. */
  count: number;
  /** Preemptions of the witness (the fewest found). */
  preemptions: number;
  /** The witness: `runProgram(source, { schedule })` replays it exactly. */
  schedule: string;
}

/** What an exploration found (also the progress snapshots). */
export interface ExploreResult {
  /** True when every schedule of the search space (within the preemption bound) was run. */
  complete: boolean;
  /** Schedules run to the end. */
  schedules: number;
  /** Distinct outcomes, most frequent first. */
  outcomes: Outcome[];
  /** Runs abandoned as equivalent to explored ones (sleep sets); not in `schedules`. */
  pruned: number;
  /** Why it stopped before completing: "runs", "time" or "cancelled" (null otherwise). */
  stoppedBy: "runs" | "time" | "cancelled" | null;
  mode: ExploreMode;
  model: InterleavingModel;
  /** Random/PCT seed, or the preemption bound of an exhaustive search (null: none). */
  seed: number | null;
  preemptionBound: number | null;
}

/** Progress callback: schedules explored and outcomes so far; return false to stop. */
export type ProgressFn = (p: ExploreResult) => void | boolean;
