/**
 * A pool of explorer workers: one exploration split into parts (run ranges for PCT and
 * random; for the exhaustive search, one part to begin with), handed out to whichever worker
 * is free. When a worker is idle and no part is waiting, the pool asks a busy worker to give
 * part of its work away (work sharing: `Explorer.split`), so all workers stay busy to the
 * end however unevenly the search tree grows. Progress is combined across parts, and the
 * answers are merged. Transport-free: the page passes comlink-wrapped Web Workers, the CLI
 * worker_threads (both through `wrapEndpoint`), tests in-process endpoints — the same code
 * decides what runs where.
 */
import { proxy, type Remote } from "comlink";
import { mergeResults, splitRuns } from "../engine/explore/index";
import type { ExploreResult } from "../engine/explore/index";
import type { ExplorePartOptions, ExploreWorkerApi, PartProgress } from "./exploreApi";

/** One worker as the pool sees it (every call may be asynchronous). */
export interface ExploreEndpoint {
  explore(
    source: string,
    options: ExplorePartOptions,
    onProgress: PartProgress,
  ): Promise<ExploreResult>;
  split(): Promise<Partial<ExplorePartOptions>[]> | Partial<ExplorePartOptions>[];
  stop(): Promise<void> | void;
}

/** A comlink-wrapped explorer worker (Web Worker or worker_threads) as a pool endpoint. */
export function wrapEndpoint(api: Remote<ExploreWorkerApi>): ExploreEndpoint {
  return {
    explore: (s, o, cb) => api.explore(s, o, proxy(cb)),
    split: () => api.split(),
    stop: () => api.stop(),
  };
}
/** Pool-wide progress: the merged result so far and its rate. */
export interface PoolProgress {
  result: ExploreResult;
  /** Schedules per real second since the start. */
  rate: number;
}

/**
 * Exhaustive: an idle worker asks for work only while at least this many runs of the budget
 * are left. A shared search's budget is checked from progress snapshots, so sharing near its
 * end would overrun it; below this, the busy workers finish within a batch of the budget.
 */
export const SHARE_MIN_RUNS_LEFT = 100;

/** Default budgets, as the explorer's own. */
export const defaultRuns = (o: ExplorePartOptions) =>
  o.runs ?? ((o.mode ?? "exhaustive") === "exhaustive" ? 20_000 : 1_000);

/**
 * The parts an exploration starts with on `workers` workers. PCT/random: consecutive run
 * ranges, one per worker, so the union of the parts is exactly the runs of one long
 * exploration. Exhaustive: the whole search as one part, which busy workers share out as
 * the others ask (its size is unknown until it is searched).
 */
export function planParts(options: ExplorePartOptions, workers: number): ExplorePartOptions[] {
  if ((options.mode ?? "exhaustive") !== "exhaustive")
    return splitRuns(defaultRuns(options), workers).map((r) => ({ ...options, ...r }));
  return [{ ...options }];
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
    const exhaustive = (options.mode ?? "exhaustive") === "exhaustive";
    const parts = planParts(options, this.endpoints.length);
    const latest: (ExploreResult | null)[] = parts.map(() => null);
    const finished: boolean[] = parts.map(() => false);
    /** Parts not started yet, in order. */
    const waiting = parts.map((_, i) => i);
    /** The part each busy endpoint is exploring. */
    const busy = new Map<ExploreEndpoint, number>();
    let stoppedBy: ExploreResult["stoppedBy"] = null;
    let over = false;
    // Idle workers wait for a change (a snapshot, a part done, parts given away, a stop);
    // `version` counts changes, so one that comes while a worker is asking is not missed.
    let version = 0;
    let waiters: (() => void)[] = [];
    const changed = () => new Promise<void>((r) => waiters.push(r));
    const signal = () => {
      version++;
      const ws = waiters;
      waiters = [];
      for (const w of ws) w();
    };
    const result = () => combineParts(latest, finished, stoppedBy, template);
    const report = (final = false) => {
      signal();
      if ((over && !final) || !onProgress) return;
      const r = result();
      const seconds = Math.max(1e-3, (this.now() - started) / 1000);
      onProgress({ result: r, rate: r.schedules / seconds });
    };
    /** Work a part still has, to pick whom to ask: runs left, or how shallow its prefix is. */
    const left = (i: number) =>
      exhaustive
        ? -(parts[i].prefix?.length ?? 0)
        : (parts[i].runs ?? 0) - (latest[i] ? latest[i].schedules + latest[i].pruned : 0);
    let asking: Promise<void> | null = null;
    /**
     * Ask busy workers, the one with the most work left first, to give some away; if none
     * can now, wait for the next change. One request at a time: other idle workers wait
     * for it to end, then look again.
     */
    const share = (): Promise<void> => {
      if (asking) return asking;
      const seen = version;
      const ask = async () => {
        try {
          const donors = [...busy].sort(([, a], [, b]) => left(b) - left(a));
          for (const [e, i] of donors) {
            const gifts = await e.split();
            if (over || stoppedBy !== null) return;
            if (gifts.length === 0) continue;
            for (const g of gifts) {
              parts.push({ ...parts[i], ...g });
              latest.push(null);
              finished.push(false);
              waiting.push(parts.length - 1);
            }
            // The giver now covers less: a deeper prefix, or fewer runs.
            const first = gifts[0];
            if (first.prefix) parts[i] = { ...parts[i], prefix: first.prefix };
            else parts[i] = { ...parts[i], runs: (parts[i].runs ?? 0) - (first.runs ?? 0) };
            signal();
            return;
          }
          // Nobody could give anything now: try again after the next change.
          if (version === seen) await changed();
        } finally {
          asking = null;
        }
      };
      return (asking = ask());
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
        signal();
      };
      const work = async (e: ExploreEndpoint): Promise<void> => {
        while (!over && stoppedBy === null) {
          const i = waiting.shift();
          if (i === undefined) {
            const tail = exhaustive && budget - runsUsed(latest) < SHARE_MIN_RUNS_LEFT;
            if (busy.size === 0 || tail) return;
            await share();
            continue;
          }
          const runsLeft = budget - runsUsed(latest);
          if (runsLeft <= 0) {
            stopAll("runs");
            break;
          }
          latest[i] = { ...template };
          const part = { ...parts[i], runs: Math.min(parts[i].runs ?? budget, runsLeft) };
          busy.set(e, i);
          let r: ExploreResult;
          try {
            r = await e.explore(source, part, (p) => {
              // Snapshots come on a channel of their own (comlink's callback proxy): one may
              // arrive after the part's answer, or after a newer snapshot. Keep the newest.
              const seen = latest[i];
              if (
                over ||
                finished[i] ||
                (seen && seen.schedules + seen.pruned > p.schedules + p.pruned)
              )
                return;
              latest[i] = p;
              if (runsUsed(latest) >= budget) stopAll("runs");
              report();
            });
          } finally {
            busy.delete(e);
          }
          if (over) return;
          latest[i] = r;
          finished[i] = true;
          report();
        }
      };
      Promise.all(this.endpoints.map(work))
        .then(() => {
          // Parts never started (a budget ran out) leave the search incomplete.
          if (stoppedBy === null && finished.some((f) => !f)) stoppedBy = "runs";
          finish();
        })
        .catch((e: unknown) => {
          if (over) return;
          over = true;
          this.#cancel = null;
          signal();
          reject(e);
        });
    });
  }

  /** End the exploration under way now: it resolves with what was found, "cancelled". */
  cancel(): void {
    this.#cancel?.();
  }
}
