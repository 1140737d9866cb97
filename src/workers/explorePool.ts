/**
 * A pool of explorer workers: one exploration split into parts (schedule prefixes for the
 * exhaustive search, run ranges for PCT and random), handed out to whichever worker is free,
 * with progress combined across parts and the answers merged in part order.
 * Transport-free: the page passes comlink-wrapped Web Workers, the CLI worker_threads, tests
 * in-process endpoints — the same code decides what runs where.
 */
import { mergeResults, splitRuns } from "../engine/explore/index";
import type { ExploreResult, SearchPart } from "../engine/explore/index";
import type { ExplorePartOptions, PartProgress } from "./exploreApi";

/** One worker as the pool sees it (every call may be asynchronous). */
export interface ExploreEndpoint {
  parts(source: string, options: ExplorePartOptions, parts: number): Promise<SearchPart[]>;
  explore(
    source: string,
    options: ExplorePartOptions,
    onProgress: PartProgress,
  ): Promise<ExploreResult>;
  stop(): Promise<void> | void;
}

/** Pool-wide progress: the merged result so far and its rate. */
export interface PoolProgress {
  result: ExploreResult;
  /** Schedules per real second since the start. */
  rate: number;
  /** Parts finished and in all. */
  partsDone: number;
  parts: number;
}

/** Parts per worker: more parts than workers keeps every worker busy when parts differ in size. */
export const PARTS_PER_WORKER = 4;

/** Default budgets, as the explorer's own. */
export const defaultRuns = (o: ExplorePartOptions) =>
  o.runs ?? ((o.mode ?? "exhaustive") === "exhaustive" ? 20_000 : 1_000);

/** How many parts to cut an exploration into for `workers` workers. */
export function partCount(workers: number): number {
  return workers <= 1 ? 1 : workers * PARTS_PER_WORKER;
}

/**
 * The options of each part. Exhaustive: one part per prefix, with its asleep siblings (each
 * may use the whole budget; the pool enforces the total). PCT/random: consecutive run ranges, so the union of the parts
 * is exactly the runs of one long exploration.
 */
export function planParts(
  options: ExplorePartOptions,
  parts: number,
  split: SearchPart[] | null,
): ExplorePartOptions[] {
  if ((options.mode ?? "exhaustive") !== "exhaustive")
    return splitRuns(defaultRuns(options), parts).map((r) => ({ ...options, ...r }));
  return (split ?? [{ prefix: [], prefixSleep: [] }]).map((part) => ({ ...options, ...part }));
}

/** Runs used so far by parts' results or snapshots (schedules and pruned runs alike). */
export const runsUsed = (rs: readonly (ExploreResult | null)[]) =>
  rs.reduce((n, r) => n + (r ? r.schedules + r.pruned : 0), 0);

/**
 * Merge what the parts have so far: `latest[i]` is part i's result or snapshot (null if not
 * started). Complete only when every part finished complete; otherwise `stoppedBy` says why.
 */
export function combineParts(
  latest: readonly (ExploreResult | null)[],
  finished: readonly boolean[],
  stoppedBy: ExploreResult["stoppedBy"],
  template: ExploreResult,
): ExploreResult {
  const have = latest.filter((r): r is ExploreResult => r !== null);
  const merged = have.length ? mergeResults(have) : { ...template, outcomes: [] };
  const complete =
    stoppedBy === null && latest.every((r, i) => r !== null && finished[i] && r.complete);
  return {
    ...merged,
    complete,
    stoppedBy: complete ? null : (stoppedBy ?? merged.stoppedBy),
  };
}

/** An empty result shaped like the exploration `options` describes. */
export function emptyResult(options: ExplorePartOptions): ExploreResult {
  const mode = options.mode ?? "exhaustive";
  return {
    complete: false,
    schedules: 0,
    outcomes: [],
    pruned: 0,
    stoppedBy: null,
    mode,
    model: options.model ?? "any",
    seed: mode === "exhaustive" ? null : (options.seed ?? 0),
    preemptionBound: mode === "exhaustive" ? (options.preemptions ?? null) : null,
  };
}

/** Runs explorations on a set of endpoints; `cancel` ends the current one at once. */
export class ExplorePool {
  #cancel: (() => void) | null = null;

  constructor(
    private readonly endpoints: readonly ExploreEndpoint[],
    private readonly now: () => number,
  ) {
    if (endpoints.length === 0) throw new Error("ExplorePool needs at least one endpoint");
  }

  /** Explore `source`; progress at most once per part snapshot. */
  run(
    source: string,
    options: ExplorePartOptions,
    onProgress?: (p: PoolProgress) => void,
  ): Promise<ExploreResult> {
    const started = this.now();
    const budget = defaultRuns(options);
    const template = emptyResult(options);
    let parts: ExplorePartOptions[] = [];
    let latest: (ExploreResult | null)[] = [];
    let finished: boolean[] = [];
    let stoppedBy: ExploreResult["stoppedBy"] = null;
    let over = false;
    const result = () => combineParts(latest, finished, stoppedBy, template);
    const report = (final = false) => {
      if ((over && !final) || !onProgress) return;
      const r = result();
      const seconds = Math.max(1e-3, (this.now() - started) / 1000);
      onProgress({
        result: r,
        rate: r.schedules / seconds,
        partsDone: finished.filter(Boolean).length,
        parts: parts.length,
      });
    };
    return new Promise<ExploreResult>((resolve, reject) => {
      const finish = () => {
        if (over) return;
        over = true;
        this.#cancel = null;
        report(true);
        resolve(result());
      };
      this.#cancel = () => {
        stoppedBy = "cancelled";
        finish();
      };
      const stopAll = (why: ExploreResult["stoppedBy"]) => {
        if (stoppedBy === null) stoppedBy = why;
        for (const e of this.endpoints) void e.stop();
      };
      let next = 0;
      const work = async (e: ExploreEndpoint): Promise<void> => {
        while (!over && stoppedBy === null && next < parts.length) {
          const i = next++;
          const left = budget - runsUsed(latest);
          if (left <= 0) {
            stopAll("runs");
            break;
          }
          latest[i] = { ...template };
          const part = { ...parts[i], runs: Math.min(parts[i].runs ?? budget, left) };
          const r = await e.explore(source, part, (p) => {
            if (over) return;
            latest[i] = p;
            if (runsUsed(latest) >= budget) stopAll("runs");
            report();
          });
          if (over) return;
          latest[i] = r;
          finished[i] = true;
          report();
        }
      };
      const start = async () => {
        const mode = options.mode ?? "exhaustive";
        const n = partCount(this.endpoints.length);
        const split =
          mode === "exhaustive" && n > 1 ? await this.endpoints[0].parts(source, options, n) : null;
        if (over) return;
        parts = planParts(options, n, split);
        latest = parts.map(() => null);
        finished = parts.map(() => false);
        await Promise.all(this.endpoints.map(work));
        // Parts never started (a budget ran out) leave the search incomplete.
        if (stoppedBy === null && finished.some((f) => !f)) stoppedBy = "runs";
        finish();
      };
      start().catch((e: unknown) => {
        if (over) return;
        over = true;
        this.#cancel = null;
        reject(e);
      });
    });
  }

  /** End the exploration under way now: it resolves with what was found, "cancelled". */
  cancel(): void {
    this.#cancel?.();
  }
}
