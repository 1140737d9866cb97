/** `interleave explore --workers N`: the page's worker pool, on node:worker_threads. */
import { Worker } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import * as Comlink from "comlink";
import nodeEndpoint from "comlink/dist/esm/node-adapter.mjs";
import type { ExploreResult } from "../engine/explore/index";
import type { ExplorePartOptions, ExploreWorkerApi } from "../workers/exploreApi";
import { ExplorePool, type PoolProgress, wrapEndpoint } from "../workers/explorePool";

/** Explore `source` on `workers` worker threads (each started, then ended, here). */
export async function exploreInThreads(
  source: string,
  options: ExplorePartOptions,
  workers: number,
  onProgress?: (p: PoolProgress) => void,
): Promise<ExploreResult> {
  const threads = Array.from(
    { length: workers },
    () => new Worker(new URL("./exploreWorker.mjs", import.meta.url)),
  );
  const endpoints = threads.map((w) =>
    wrapEndpoint(Comlink.wrap<ExploreWorkerApi>(nodeEndpoint(w))),
  );
  try {
    return await new ExplorePool(endpoints, () => performance.now()).run(
      source,
      options,
      onProgress,
    );
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
}
