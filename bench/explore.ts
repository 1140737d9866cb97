/** Race-explorer benchmarks: schedules per second and DPOR vs naive counts (printed, never asserted). */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { GCProfiler } from "node:v8";
import { fileURLToPath } from "node:url";
import { exploreSync, type ExploreOptions } from "../src/engine/explore/index";

const sample = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../tests/conformance/threads/${name}`, import.meta.url)),
    "utf8",
  );

/** `threads` × `times` unlocked `counter += 1`. */
function counter(threads: number, times: number): string {
  return `import threading
counter = 0
def work():
    global counter
    for _ in range(${times}):
        counter += 1
ts = [threading.Thread(target=work) for _ in range(${threads})]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`;
}

function rate(name: string, src: string, options: ExploreOptions): void {
  exploreSync(src, { ...options, runs: 3 }); // warm up the JIT
  const t0 = performance.now();
  const r = exploreSync(src, { now: () => performance.now(), timeBudgetMs: 20_000, ...options });
  const sec = (performance.now() - t0) / 1000;
  const what =
    options.mode === "exhaustive"
      ? r.complete
        ? "complete"
        : `stopped: ${r.stoppedBy}`
      : `seed ${r.seed}`;
  console.log(
    `explore ${name} [${options.mode}, ${options.model}]: ${r.schedules} schedules in ${sec.toFixed(2)} s → ${(r.schedules / sec).toFixed(0)} schedules/s, ${r.outcomes.length} outcome(s), ${what}`,
  );
}

/** The programs the worker-pool benchmark explores in Chromium (1 worker vs all cores). */
export function poolPrograms(): [string, string, ExploreOptions][] {
  return [
    ["counter 3×3", counter(3, 3), { mode: "pct", model: "any", runs: 4_000, seed: 1 }],
    ["counter 3×3", counter(3, 3), { mode: "exhaustive", model: "any", runs: 4_000 }],
    // A complete search: how evenly the workers share a tree whose size nobody knows.
    ["counter 2×4", counter(2, 4), { mode: "exhaustive", model: "any", runs: 20_000 }],
    [
      "seed_04_queue.py",
      sample("seed_04_queue.py"),
      { mode: "pct", model: "any", runs: 3_000, seed: 1 },
    ],
  ];
}

/**
 * Garbage collection while exploring: minor GCs, bytes they promoted to the old generation
 * per schedule, and GC time as a share of the wall time. Runs are independent, so a run's
 * garbage should die young; promotion here means something keeps runs alive (see printTo in
 * src/engine/run.ts), and it is what made two explorer workers slower than one. Printed twice:
 * in a fresh isolate (an explorer worker's situation), and after the other benchmarks, where
 * V8's state can bring the promotion back (not yet understood; see README).
 */
export function exploreGcFigures(when: string): void {
  const src = counter(3, 3);
  const options: ExploreOptions = { mode: "pct", model: "any", seed: 1 };
  exploreSync(src, { ...options, runs: 300 });
  const profiler = new GCProfiler();
  profiler.start();
  const t0 = performance.now();
  const r = exploreSync(src, { ...options, runs: 1_000 });
  const wallMs = performance.now() - t0;
  const stats = profiler.stop()?.statistics ?? [];
  const old = (h: { heapSpaceStatistics: { spaceName: string; spaceUsedSize: number }[] }) =>
    h.heapSpaceStatistics
      .filter((x) => x.spaceName === "old_space" || x.spaceName === "large_object_space")
      .reduce((n, x) => n + x.spaceUsedSize, 0);
  const minor = stats.filter((x) => x.gcType === "Scavenge");
  const promoted = minor.reduce((n, x) => n + Math.max(0, old(x.afterGC) - old(x.beforeGC)), 0);
  const gcMs = stats.reduce((n, x) => n + x.cost, 0) / 1000;
  console.log(
    `explore GC counter 3×3 [pct, any] in Node, ${when}: ${r.schedules} schedules, ${minor.length} minor GCs, ${(promoted / r.schedules / 1024).toFixed(1)} KB promoted to the old generation per schedule, ${stats.length - minor.length} major GCs, GC ${((gcMs / wallMs) * 100).toFixed(1)}% of ${(wallMs / 1000).toFixed(2)} s`,
  );
}

/** Print exploration speed (exhaustive and PCT) and DPOR vs naive schedule counts. */
export function exploreBenchmarks(): void {
  const seed03 =
    sample("seed_03_shared_variable_lock.py") +
    "\nt1 = threading.Thread(target=lengthy_task)\nt2 = threading.Thread(target=lengthy_task)\nt1.start(); t2.start(); t1.join(); t2.join()\nprint(result)\n";
  const programs: [string, string][] = [
    ["seed_01_thread_pool_futures.py", sample("seed_01_thread_pool_futures.py")],
    ["seed_02_shared_variable.py", sample("seed_02_shared_variable.py")],
    ["seed_03 (completed)", seed03],
    ["seed_04_queue.py", sample("seed_04_queue.py")],
    ["seed_05_callback.py", sample("seed_05_callback.py")],
    ["counter 2×2", counter(2, 2)],
    ["counter 3×3", counter(3, 3)],
  ];
  for (const [name, src] of programs) {
    rate(name, src, { mode: "exhaustive", model: "any", runs: 2_000 });
    rate(name, src, { mode: "pct", model: "any", runs: 200, seed: 1 });
  }
  for (const [name, src, model] of [
    ["counter 2×1", counter(2, 1), "any"],
    ["counter 2×2", counter(2, 2), "gil"],
    ["counter 2×2", counter(2, 2), "any"],
  ] as const) {
    const dpor = exploreSync(src, { model, runs: 5_000 });
    const naive = exploreSync(src, {
      model,
      reduction: "none",
      runs: 5_000,
      now: () => performance.now(),
      timeBudgetMs: 30_000,
    });
    const n = naive.complete
      ? `${naive.schedules}`
      : `> ${naive.schedules} (stopped: ${naive.stoppedBy})`;
    console.log(
      `explore ${name} [${model}]: DPOR ${dpor.schedules} schedules${dpor.complete ? "" : " (incomplete)"} vs naive ${n}`,
    );
  }
}
