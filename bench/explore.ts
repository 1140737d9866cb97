/** Race-explorer benchmarks: schedules per second and DPOR vs naive counts (printed, never asserted). */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
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
    ["counter 3×3", counter(3, 3), { mode: "pct", model: "any", runs: 1_500, seed: 1 }],
    ["counter 3×3", counter(3, 3), { mode: "exhaustive", model: "any", runs: 1_500 }],
    [
      "seed_04_queue.py",
      sample("seed_04_queue.py"),
      { mode: "pct", model: "any", runs: 600, seed: 1 },
    ],
  ];
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
