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

/** Receives progress snapshots of one part (the result so far). */
export type PartProgress = (p: ExploreResult) => void;

/** A part's answer: what it found, and work it leaves for other parts (see ShareBoard). */
export interface PartResult {
  result: ExploreResult;
  handoff: Handoff;
}

/** What an explorer worker exposes (through comlink). */
export interface ExploreWorkerApi {
  /** Explore one part; `onProgress` gets snapshots at most every `PROGRESS_MS`. */
  explore(
    source: string,
    options: ExplorePartOptions,
    onProgress?: PartProgress,
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
    async explore(source, options, onProgress) {
      const ex = (current = new Explorer(source, { ...options, now: host.now }));
      let last = host.now();
      try {
        const result = await drive(
          ex,
          (p) => {
            const t = host.now();
            if (onProgress && t - last >= PROGRESS_MS) {
              last = t;
              onProgress(p);
            }
          },
          host.pause,
        );
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
