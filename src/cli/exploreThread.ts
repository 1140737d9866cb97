/** One explorer worker thread: the same API the page's Web Workers expose, over worker_threads. */
import { parentPort } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import * as Comlink from "comlink";
import nodeEndpoint from "comlink/dist/esm/node-adapter.mjs";
import { createExploreApi } from "../workers/exploreApi";

if (parentPort === null) throw new Error("exploreThread.ts runs as a worker thread");
Comlink.expose(
  createExploreApi({
    now: () => performance.now(),
    // setImmediate lets the parent's queued Stop in between batches.
    pause: () => new Promise((resolve) => setImmediate(resolve)),
  }),
  nodeEndpoint(parentPort),
);
