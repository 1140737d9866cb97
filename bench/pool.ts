/**
 * Benchmark page (bench/pool.html): explores a program with a pool of N explorer Web Workers,
 * exactly as the playground does, and reports the wall time. Driven by bench/chromium.ts.
 */
import * as Comlink from "comlink";
import type { ExploreWorkerApi, ExplorePartOptions } from "../src/workers/exploreApi";
import { ExplorePool, type ExploreEndpoint } from "../src/workers/explorePool";

/** Explore `source` on `workers` fresh workers; wall milliseconds and what was found. */
async function benchPool(source: string, options: ExplorePartOptions, workers: number) {
  const ws = Array.from(
    { length: workers },
    () =>
      new Worker(new URL("../src/workers/explore.worker.ts", import.meta.url), { type: "module" }),
  );
  const endpoints: ExploreEndpoint[] = ws.map((w) => {
    const api = Comlink.wrap<ExploreWorkerApi>(w);
    return {
      parts: (s, o, n) => api.parts(s, o, n),
      explore: (s, o, cb) => api.explore(s, o, Comlink.proxy(cb)),
      stop: () => api.stop(),
    };
  });
  // Load the engine in every worker before timing (a one-run warm-up each).
  await Promise.all(endpoints.map((e) => e.explore(source, { ...options, runs: 2 }, () => {})));
  const t0 = performance.now();
  const r = await new ExplorePool(endpoints, () => performance.now()).run(source, options);
  const ms = performance.now() - t0;
  for (const w of ws) w.terminate();
  return { ms, schedules: r.schedules, outcomes: r.outcomes.length, complete: r.complete };
}

(window as unknown as { benchPool: typeof benchPool }).benchPool = benchPool;
(window as unknown as { cores: number }).cores = navigator.hardwareConcurrency;
document.body.dataset.ready = "1";
