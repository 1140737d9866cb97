/**
 * Benchmark page (bench/pool.html): explores a program with a pool of explorer Web Workers,
 * exactly as the playground does, and reports wall times. Driven by bench/chromium.ts.
 */
import * as Comlink from "comlink";
import type { ExploreWorkerApi, ExplorePartOptions } from "../src/workers/exploreApi";
import { ExplorePool, type ExploreEndpoint, wrapEndpoint } from "../src/workers/explorePool";

/**
 * One timed exploration. `busyMs`: the time workers spent exploring parts, summed over the
 * workers (`workers` × `ms` if none ever waited); `parts`: how many parts they explored.
 */
export type Timed = {
  ms: number;
  schedules: number;
  outcomes: number;
  complete: boolean;
  busyMs: number;
  parts: number;
};

/** Busy time and parts explored, counted by `spawn`'s endpoints. */
type Usage = Pick<Timed, "busyMs" | "parts">;

/**
 * `workers` module workers, each wrapped as a pool endpoint (as src/state/explorer does),
 * adding the time each spends on a part to `usage`.
 */
function spawn(workers: number): { endpoints: ExploreEndpoint[]; usage: Usage; close: () => void } {
  const ws = Array.from(
    { length: workers },
    () =>
      new Worker(new URL("../src/workers/explore.worker.ts", import.meta.url), { type: "module" }),
  );
  const usage: Usage = { busyMs: 0, parts: 0 };
  const endpoints = ws.map((w): ExploreEndpoint => {
    const e = wrapEndpoint(Comlink.wrap<ExploreWorkerApi>(w));
    return {
      ...e,
      async explore(...args) {
        const t0 = performance.now();
        usage.parts++;
        try {
          return await e.explore(...args);
        } finally {
          usage.busyMs += performance.now() - t0;
        }
      },
    };
  });
  return { endpoints, usage, close: () => ws.forEach((w) => w.terminate()) };
}

async function timed(
  pool: ExplorePool,
  usage: Usage,
  source: string,
  options: ExplorePartOptions,
): Promise<Timed> {
  usage.busyMs = usage.parts = 0;
  const t0 = performance.now();
  const r = await pool.run(source, options);
  const ms = performance.now() - t0;
  return {
    ms,
    schedules: r.schedules,
    outcomes: r.outcomes.length,
    complete: r.complete,
    ...usage,
  };
}

/**
 * The same exploration on a pool of one worker and on a pool of `workers`, `rounds` times
 * each, alternating (so a change in the machine's load hits both). The workers are warmed
 * up first, as the playground's are after its first explorations (it keeps its pool): V8
 * needs thousands of runs to reach its fastest code, so each pool explores the workload
 * twice untimed.
 */
async function benchPool(
  source: string,
  options: ExplorePartOptions,
  workers: number,
  rounds: number,
): Promise<{ one: Timed[]; many: Timed[] }> {
  const a = spawn(1);
  const b = spawn(workers);
  try {
    const poolOne = new ExplorePool(a.endpoints, () => performance.now());
    const poolMany = new ExplorePool(b.endpoints, () => performance.now());
    for (let i = 0; i < 2; i++) {
      await poolOne.run(source, options);
      await poolMany.run(source, options);
    }
    const one: Timed[] = [];
    const many: Timed[] = [];
    for (let i = 0; i < rounds; i++) {
      one.push(await timed(poolOne, a.usage, source, options));
      many.push(await timed(poolMany, b.usage, source, options));
    }
    return { one, many };
  } finally {
    a.close();
    b.close();
  }
}

/**
 * Throughput ratios, one per round: `one()` (the work in one worker) timed, then `all()` (the
 * same work in each of `workers` workers at once) timed; `workers` × the first over the second.
 */
async function ratios(
  one: () => Promise<unknown>,
  all: () => Promise<unknown>,
  workers: number,
  rounds: number,
): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t0 = performance.now();
    await one();
    const alone = performance.now() - t0;
    t0 = performance.now();
    await all();
    out.push((workers * alone) / (performance.now() - t0));
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/**
 * What the engine itself allows, without a pool: the whole exploration in one worker, then
 * in each of `workers` workers at once (independent copies, nothing shared), as throughput
 * ratios per round (warmed up as `benchPool`). The pool cannot beat this on this machine.
 */
async function independent(
  source: string,
  options: ExplorePartOptions,
  workers: number,
  rounds: number,
): Promise<number[]> {
  const b = spawn(workers);
  const explore = (e: ExploreEndpoint) => e.explore(source, options, () => {});
  const all = () => Promise.all(b.endpoints.map(explore));
  try {
    for (let i = 0; i < 2; i++) await all();
    return await ratios(() => explore(b.endpoints[0]), all, workers, rounds);
  } finally {
    b.close();
  }
}

/**
 * This machine's ceiling for the same comparison: plain JavaScript in 1 worker, then the same
 * work in each of `workers` workers at once, as throughput ratios. "spin" allocates nothing;
 * "alloc" allocates short-lived objects as the engine does. Medians of `rounds`.
 */
async function ceiling(workers: number, rounds: number): Promise<{ spin: number; alloc: number }> {
  const code = `onmessage = (e) => {
    let x = 0;
    if (e.data.kind === "spin") for (let i = 0; i < e.data.n; i++) x = (x + i * 7) | 0;
    else {
      let a = [];
      for (let i = 0; i < e.data.n; i++) {
        a.push({ i, pair: [i, i + 1] });
        if (a.length > 1000) a = [];
        x += a.length;
      }
    }
    postMessage(x);
  };`;
  const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
  const ws = Array.from({ length: workers }, () => new Worker(url));
  const run = (w: Worker, kind: string, n: number) =>
    new Promise<void>((resolve) => {
      w.onmessage = () => resolve();
      w.postMessage({ kind, n });
    });
  const ratio = async (kind: string, n: number) => {
    await Promise.all(ws.map((w) => run(w, kind, n / 10)));
    const all = () => Promise.all(ws.map((w) => run(w, kind, n)));
    return median(await ratios(() => run(ws[0], kind, n), all, workers, rounds));
  };
  try {
    return { spin: await ratio("spin", 1.5e8), alloc: await ratio("alloc", 8e6) };
  } finally {
    ws.forEach((w) => w.terminate());
    URL.revokeObjectURL(url);
  }
}

(window as unknown as { ceiling: typeof ceiling }).ceiling = ceiling;
(window as unknown as { benchPool: typeof benchPool }).benchPool = benchPool;
(window as unknown as { independent: typeof independent }).independent = independent;
(window as unknown as { cores: number }).cores = navigator.hardwareConcurrency;
document.body.dataset.ready = "1";
