/**
 * A pool of explorer workers: one exploration split into parts (run ranges for PCT and
 * random; for the exhaustive search, one part to begin with), handed out to whichever worker
 * is free. When a worker is idle and no part is waiting, the pool asks a busy worker to give
 * part of its work away (work sharing: `Explorer.split`), so all workers stay busy to the
 * end however unevenly the search tree grows; the branches a part's races ask for at points
 * other parts share come back with its answer or when it is asked, and a `ShareBoard` makes
 * them parts (once each). Progress is combined across parts, and the answers are merged.
 * Transport-free: the page passes comlink-wrapped Web Workers, the CLI worker_threads (both
 * through `wrapEndpoint`), tests in-process endpoints — the same code decides what runs where.
 */
import { proxy, type Remote } from "comlink";
import { mergeResults, ShareBoard, splitRuns } from "../engine/explore/index";
import type { ExploreResult, Handoff } from "../engine/explore/index";
import { LEASE_RUNS } from "./exploreApi";
import type {
  ExplorePartOptions,
  ExploreWorkerApi,
  MoreRuns,
  PartProgress,
  PartResult,
} from "./exploreApi";

/** One worker as the pool sees it (every call may be asynchronous). */
export interface ExploreEndpoint {
  explore(
    source: string,
    options: ExplorePartOptions,
    onProgress: PartProgress,
    more?: MoreRuns,
  ): Promise<PartResult>;
  split(): Promise<Handoff> | Handoff;
  stop(): Promise<void> | void;
}

/** A comlink-wrapped explorer worker (Web Worker or worker_threads) as a pool endpoint. */
export function wrapEndpoint(api: Remote<ExploreWorkerApi>): ExploreEndpoint {
  return {
    explore: (s, o, cb, more) => api.explore(s, o, proxy(cb), more && proxy(more)),
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
 * are not leased yet (below this, a new part would cost more than it brings).
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
  #current: PoolRun | null = null;

  constructor(
    private readonly endpoints: readonly ExploreEndpoint[],
    private readonly now: () => number,
  ) {
    if (endpoints.length === 0) throw new Error("ExplorePool needs at least one endpoint");
  }

  /** Explore `source`; progress at most once per part snapshot. */
  async run(
    source: string,
    options: ExplorePartOptions,
    onProgress?: (p: PoolProgress) => void,
  ): Promise<ExploreResult> {
    const run = new PoolRun(this.endpoints, this.now, source, options, onProgress);
    this.#current = run;
    try {
      return await run.result;
    } finally {
      if (this.#current === run) this.#current = null;
    }
  }

  /** End the exploration under way now: it resolves with what was found, "cancelled". */
  cancel(): void {
    this.#current?.cancel();
  }
}

/** One exploration on the pool's endpoints: parts, who runs what, progress and the answer. */
class PoolRun {
  readonly result: Promise<ExploreResult>;
  private readonly started: number;
  private readonly budget: number;
  private readonly template: ExploreResult;
  private readonly exhaustive: boolean;
  private readonly board = new ShareBoard();
  private readonly parts: ExplorePartOptions[];
  /** Exhaustive: the length of the prefix each part covers now (it grows when it splits). */
  private readonly depth: number[];
  /** Each part's result or newest snapshot (null: not started). */
  private readonly latest: (ExploreResult | null)[];
  private readonly finished: boolean[];
  /** Parts not started yet, in order. */
  private readonly waiting: number[];
  /** The part each busy endpoint is exploring. */
  private readonly busy = new Map<ExploreEndpoint, number>();
  /** Exhaustive: runs of the budget not leased to a part yet, and the runs leased to each. */
  private free: number;
  private readonly leased: number[];
  /** Exhaustive: parts asking for another lease while none is free. */
  private leaseWaits: { part: number; give: (runs: number) => void }[] = [];
  private stoppedBy: ExploreResult["stoppedBy"] = null;
  private over = false;
  // Idle workers wait for a change (a snapshot, a part done, parts given away, a stop);
  // `version` counts changes, so one that comes while a worker is asking is not missed.
  private version = 0;
  private waiters: (() => void)[] = [];
  private asking: Promise<void> | null = null;
  private resolve!: (r: ExploreResult) => void;

  constructor(
    private readonly endpoints: readonly ExploreEndpoint[],
    private readonly now: () => number,
    private readonly source: string,
    private readonly options: ExplorePartOptions,
    private readonly onProgress?: (p: PoolProgress) => void,
  ) {
    this.started = now();
    this.budget = defaultRuns(options);
    this.template = emptyResult(options);
    this.exhaustive = (options.mode ?? "exhaustive") === "exhaustive";
    this.free = this.budget;
    this.parts = planParts(options, endpoints.length);
    this.leased = this.parts.map(() => 0);
    this.depth = this.parts.map(() => 0);
    this.latest = this.parts.map(() => null);
    this.finished = this.parts.map(() => false);
    this.waiting = this.parts.map((_, i) => i);
    this.result = new Promise<ExploreResult>((resolve, reject) => {
      this.resolve = resolve;
      Promise.all(endpoints.map((e) => this.work(e)))
        .then(() => {
          // Parts never started (a budget ran out) leave the search incomplete.
          if (this.stoppedBy === null && this.finished.some((f) => !f)) this.stoppedBy = "runs";
          this.finish();
        })
        .catch((e: unknown) => {
          if (this.over) return;
          this.over = true;
          this.signal();
          reject(e);
        });
    });
  }

  cancel(): void {
    this.stoppedBy = "cancelled";
    this.finish();
  }

  private finish(): void {
    if (this.over) return;
    this.over = true;
    this.report(true);
    this.resolve(this.merged());
  }

  private merged(): ExploreResult {
    return combineParts(this.latest, this.finished, this.stoppedBy, this.template);
  }

  private changed(): Promise<void> {
    return new Promise<void>((r) => this.waiters.push(r));
  }

  private signal(): void {
    this.serveLeases();
    this.version++;
    const ws = this.waiters;
    this.waiters = [];
    for (const w of ws) w();
  }

  private report(final = false): void {
    this.signal();
    if ((this.over && !final) || !this.onProgress) return;
    const r = this.merged();
    const seconds = Math.max(1e-3, (this.now() - this.started) / 1000);
    this.onProgress({ result: r, rate: r.schedules / seconds });
  }

  private stopAll(why: ExploreResult["stoppedBy"]): void {
    if (this.stoppedBy === null) this.stoppedBy = why;
    for (const e of this.endpoints) void e.stop();
    this.signal();
  }

  private runsUsed(): number {
    return runsUsed(this.latest);
  }

  /** Work a part still has, to pick whom to ask: runs left, or how shallow its prefix is. */
  private left(i: number): number {
    const seen = this.latest[i];
    return this.exhaustive
      ? -this.depth[i]
      : (this.parts[i].runs ?? 0) - (seen ? seen.schedules + seen.pruned : 0);
  }

  /** New parts from `h` (through the board), waiting to run; `giver` gave them from its own. */
  private accept(h: Handoff, giver: number | null): number {
    const gifts = this.board.accept(h);
    for (const g of gifts) {
      this.parts.push({ ...this.options, ...g });
      this.depth.push(g.prefix?.length ?? 0);
      this.leased.push(0);
      this.latest.push(null);
      this.finished.push(false);
      this.waiting.push(this.parts.length - 1);
    }
    if (giver !== null) {
      // The giver now covers less: a deeper prefix, or fewer runs.
      const last = h.fixed.at(-1);
      if (last) this.depth[giver] = last.path.length + 1;
      const part = this.parts[giver];
      for (const g of h.parts) if (g.runs !== undefined) part.runs = (part.runs ?? 0) - g.runs;
    }
    return gifts.length;
  }

  /**
   * Ask busy workers, the one with the most work left first, to give some away; if none
   * can now, wait for the next change. One request at a time: other idle workers wait for
   * it to end, then look again.
   */
  private share(): Promise<void> {
    if (this.asking) return this.asking;
    const seen = this.version;
    const ask = async () => {
      try {
        const donors = [...this.busy].sort(([, a], [, b]) => this.left(b) - this.left(a));
        for (const [e, i] of donors) {
          const handoff = await e.split();
          if (this.over || this.stoppedBy !== null) return;
          if (this.accept(handoff, i) === 0) continue;
          this.signal();
          return;
        }
        // Nobody could give anything now: try again after the next change.
        if (this.version === seen) await this.changed();
      } finally {
        this.asking = null;
      }
    };
    return (this.asking = ask());
  }

  /** One endpoint's loop: run waiting parts, and when there are none, get some shared. */
  private async work(e: ExploreEndpoint): Promise<void> {
    while (!this.over && this.stoppedBy === null) {
      const i = this.waiting.shift();
      if (i === undefined) {
        const tail = this.exhaustive && this.free < SHARE_MIN_RUNS_LEFT;
        if (this.busy.size === 0 || tail) return;
        await this.share();
        continue;
      }
      let runs: number;
      if (this.exhaustive) {
        // The part's first lease; with none free, wait: a busy part may give runs back.
        runs = Math.min(LEASE_RUNS, this.free);
        if (runs === 0) {
          this.waiting.unshift(i);
          if (this.busy.size === 0) return;
          await this.changed();
          continue;
        }
        this.free -= runs;
        this.leased[i] = runs;
      } else {
        const runsLeft = this.budget - this.runsUsed();
        if (runsLeft <= 0) {
          this.stopAll("runs");
          break;
        }
        runs = Math.min(this.parts[i].runs ?? this.budget, runsLeft);
      }
      this.latest[i] = { ...this.template };
      const more = this.exhaustive ? () => this.more(i) : undefined;
      this.busy.set(e, i);
      let answer: PartResult;
      try {
        answer = await e.explore(
          this.source,
          { ...this.parts[i], runs },
          (p) => this.snapshot(i, p),
          more,
        );
      } finally {
        this.busy.delete(e);
      }
      if (this.over) return;
      this.latest[i] = answer.result;
      this.finished[i] = true;
      if (this.exhaustive) this.giveBack(i, answer.result);
      this.accept(answer.handoff, null);
      this.report();
    }
  }

  /**
   * Exhaustive: part `i`'s next lease (see `MoreRuns`). When none is free, the answer waits
   * while a busy part that is not waiting too may give runs back.
   */
  private more(i: number): Promise<number> {
    // A request can come after its part's answer (it travels on a channel of its own).
    if (this.finished[i]) return Promise.resolve(0);
    return new Promise<number>((give) => {
      this.leaseWaits.push({ part: i, give });
      this.serveLeases();
    });
  }

  /** Answer lease requests in order; 0 once the search is over or no runs can come back. */
  private serveLeases(): void {
    while (this.leaseWaits.length > 0) {
      const open = !this.over && this.stoppedBy === null;
      const runs = open ? Math.min(LEASE_RUNS, this.free) : 0;
      if (runs === 0 && open && this.leaseWaits.length < this.busy.size) return;
      const w = this.leaseWaits.shift()!;
      this.free -= runs;
      this.leased[w.part] += runs;
      w.give(runs);
    }
  }

  /** Exhaustive: a finished part's unused runs go back to the budget. */
  private giveBack(i: number, r: ExploreResult): void {
    for (const w of this.leaseWaits.filter((w) => w.part === i)) w.give(0);
    this.leaseWaits = this.leaseWaits.filter((w) => w.part !== i);
    this.free += this.leased[i] - (r.schedules + r.pruned);
  }

  /**
   * A part's progress snapshot. Snapshots come on a channel of their own (comlink's callback
   * proxy): one may arrive after the part's answer, or after a newer snapshot. Keep the newest.
   */
  private snapshot(i: number, p: ExploreResult): void {
    const seen = this.latest[i];
    if (
      this.over ||
      this.finished[i] ||
      (seen && seen.schedules + seen.pruned > p.schedules + p.pruned)
    )
      return;
    this.latest[i] = p;
    this.report();
  }
}
