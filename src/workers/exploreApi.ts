/**
 * The explorer worker's API, shared by the page's Web Workers and the CLI's worker_threads:
 * each worker explores one part of a search (a schedule prefix or a run range) at a time,
 * streams progress snapshots, gives away part of its work when asked (between batches),
 * hands over with its answer the branches its races asked for elsewhere, and stops between
 * batches when asked.
 */
import { drive, Explorer } from "../engine/explore/index";
import type { ExploreOptions, ExploreResult, Handoff } from "../engine/explore/index";

/** Settings a worker can receive (functions and signals cannot cross a message channel). */
export type ExplorePartOptions = Omit<ExploreOptions, "now" | "signal">;

/** What the page's explorer settings always give: the search, the model and the budget. */
export type ExploreChoices = ExplorePartOptions &
  Required<Pick<ExplorePartOptions, "mode" | "model" | "runs">>;

/** Receives progress snapshots of one part (the result so far). */
export type PartProgress = (p: ExploreResult) => void;

/**
 * Asks for more runs of a budget the pool shares out in leases (exhaustive parts): resolves
 * with how many this part may add, 0 when there are no more.
 */
export type MoreRuns = () => Promise<number>;

/** A part's answer: what it found, and work it leaves for other parts (see ShareBoard). */
export interface PartResult {
  result: ExploreResult;
  handoff: Handoff;
}

/** What an explorer worker exposes (through comlink). */
export interface ExploreWorkerApi {
  /**
   * Explore one part; `onProgress` gets snapshots at most every `PROGRESS_MS`. With `more`,
   * `options.runs` is the part's first lease of a shared budget, and `more` gives the next
   * ones (asked for before this one runs out, so the part rarely waits for it).
   */
  explore(
    source: string,
    options: ExplorePartOptions,
    onProgress?: PartProgress,
    more?: MoreRuns,
  ): Promise<PartResult>;
  /**
   * Give part of the work left in the part under way to other workers (`Explorer.split`):
   * the part under way then covers the rest. No parts when there is nothing to give now (or
   * no part under way).
   */
  split(): Handoff;
  /** Stop the part under way at its next batch (its result so far is returned). */
  stop(): void;
}

/** Minimum real milliseconds between two progress snapshots of a part. */
export const PROGRESS_MS = 100;

/** Runs a part is leased at a time from a shared budget (see `MoreRuns`). */
export const LEASE_RUNS = 64;

/** What the host provides: a milliseconds clock, and a way to let queued messages in. */
export interface WorkerHost {
  now: () => number;
  /** Resolve after pending messages (a Stop) have been handled. */
  pause: () => Promise<void>;
}

/** Build the API for one worker. */
export function createExploreApi(host: WorkerHost): ExploreWorkerApi {
  let current: Explorer | null = null;
  return {
    async explore(source, options, onProgress, more) {
      const ex = (current = new Explorer(source, { ...options, now: host.now }));
      let last = host.now();
      const progress = (p: ExploreResult) => {
        const t = host.now();
        if (onProgress && t - last >= PROGRESS_MS) {
          last = t;
          onProgress(p);
        }
      };
      // The next lease, asked for when half of the runs in hand are left.
      let asking: Promise<void> | null = null;
      const ask = (request: MoreRuns) =>
        (asking ??= request().then((n) => {
          if (n > 0) ex.grant(n);
          else more = undefined;
          asking = null;
        }));
      const pause = async () => {
        if (more && ex.runsLeft <= LEASE_RUNS / 2) void ask(more);
        await host.pause();
      };
      try {
        let result = await drive(ex, progress, pause);
        while (ex.outOfRuns && more) {
          await ask(more);
          result = await drive(ex, progress, pause);
        }
        return { result, handoff: ex.handoff() };
      } finally {
        if (current === ex) current = null;
      }
    },
    split() {
      return current?.split() ?? { fixed: [], parts: [] };
    },
    stop() {
      current?.stop();
    },
  };
}

/** A pause that lets queued messages run (a MessageChannel round trip is faster than a timer). */
export function messagePause(): () => Promise<void> {
  const channel = new MessageChannel();
  const waiting: (() => void)[] = [];
  channel.port1.onmessage = () => waiting.shift()?.();
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
}
