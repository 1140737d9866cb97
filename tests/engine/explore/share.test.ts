/**
 * Work sharing: a search under way gives part of what is left to another worker
 * (`Explorer.split`). Several workers are simulated here, in one thread: a seeded generator
 * decides which one runs its next batch and when an idle one asks a busy one for work; the
 * parts together must find exactly what one search finds, and complete.
 */
import { describe, expect, test, vi } from "vitest";
import {
  exploreSync,
  Explorer,
  mergeResults,
  type ExploreOptions,
  type ExploreResult,
} from "../../../src/engine/explore";
import { counter, READ_BEFORE_JOIN, SEED_02, SEED_03, TWO_LOCKS } from "./programs";

vi.setConfig({ testTimeout: 120_000 });

/** Threads appending their letters to one list (every order of the words can show). */
function append(...words: string[]): string {
  return `import threading
out = []
def work(word):
    for ch in word:
        out.append(ch)
ts = [threading.Thread(target=work, args=(w,)) for w in ${JSON.stringify(words)}]
for t in ts: t.start()
for t in ts: t.join()
print("".join(out))
`;
}

const outcomes = (r: ExploreResult) =>
  r.outcomes.map((o) => `${o.deadlock ? "deadlock" : o.stdout.trim()} (exit ${o.exitCode})`).sort();

/** A small seeded generator (the schedule of the simulated workers). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
}

/**
 * Explore with `workers` simulated workers: each step, one busy worker (picked at random)
 * runs a batch of `batch` runs; whenever a worker is idle and no part waits, a busy one
 * (picked at random) is asked to split, with probability `ask`.
 */
function shared(
  source: string,
  options: ExploreOptions,
  seed: number,
  workers: number,
  batch: number,
  ask: number,
  /** False: parts given away start with nothing asleep (to measure what sleep sets save). */
  asleep = true,
): { result: ExploreResult; parts: number } {
  const random = lcg(seed);
  const waiting: Partial<ExploreOptions>[] = [{}];
  const busy: Explorer[] = [];
  const done: ExploreResult[] = [];
  let parts = 1;
  while (waiting.length > 0 || busy.length > 0) {
    while (busy.length < workers && waiting.length > 0)
      busy.push(new Explorer(source, { ...options, ...waiting.shift() }));
    const i = Math.floor(random() * busy.length);
    busy[i].runBatch(batch);
    if (busy[i].done) done.push(busy.splice(i, 1)[0].result());
    if (busy.length < workers && waiting.length === 0 && busy.length > 0 && random() < ask) {
      const gifts = busy[Math.floor(random() * busy.length)]
        .split()
        .map((g) => (asleep ? g : { ...g, prefixSleep: g.prefixSleep?.map(() => []) }));
      parts += gifts.length;
      waiting.push(...gifts);
    }
  }
  return { result: mergeResults(done), parts };
}

const programs: [string, string][] = [
  ["counter 2×2", counter(2, 2)],
  ["counter 3×1", counter(3, 1)],
  ["counter 2×2 with a lock", counter(2, 2, true)],
  ["two locks in opposite orders", TWO_LOCKS],
  ["read before join", READ_BEFORE_JOIN],
  ["the guide's shared variable", SEED_02],
  ["the guide's shared variable with a lock", SEED_03],
  ["appends ab + cd", append("ab", "cd")],
  ["appends a + b + c", append("a", "b", "c")],
];

const searches: [string, ExploreOptions][] = [
  ["any instruction", { model: "any" }],
  ["CPython 3.12 with GIL", { model: "gil" }],
  ["at most 1 preemption", { preemptions: 1 }],
  ["at most 2 preemptions", { preemptions: 2 }],
];

describe("exhaustive search shared out between workers", () => {
  for (const [name, source] of programs)
    for (const [what, o] of searches)
      test(`${name}, ${what}: every outcome, complete, few repeats, under 8 worker schedules`, () => {
        const options: ExploreOptions = { filename: "main.py", runs: 1e6, ...o };
        const whole = exploreSync(source, options);
        expect(whole.complete).toBe(true);
        let splits = 0;
        for (let seed = 1; seed <= 8; seed++) {
          const workers = 2 + (seed % 4);
          const batch = 1 + (seed % 5);
          const { result, parts } = shared(source, options, seed, workers, batch, 0.4 + seed / 20);
          splits += parts - 1;
          expect(outcomes(result), `seed ${seed}`).toEqual(outcomes(whole));
          expect(result.complete).toBe(true);
          // Sleep sets across parts: few schedules repeat another part's equivalent ones
          // (bounded searches have no sleep sets: parts then repeat more).
          const repeats = o.preemptions === undefined ? 2 : 3;
          expect(result.schedules).toBeLessThanOrEqual(Math.max(whole.schedules * repeats, 8));
        }
        // The search was shared out (not run whole by one worker).
        if (whole.schedules + whole.pruned > 3) expect(splits).toBeGreaterThan(0);
      });

  test("no reduction: every schedule once, shared out or not", () => {
    const options: ExploreOptions = { filename: "main.py", reduction: "none", runs: 1e6 };
    // (Without reduction, even 2 threads × 1 increment has thousands of schedules.)
    for (const [source, model] of [
      [READ_BEFORE_JOIN, "any"],
      [READ_BEFORE_JOIN, "gil"],
    ] as const) {
      const whole = exploreSync(source, { ...options, model });
      expect(whole.complete).toBe(true);
      for (let seed = 1; seed <= 6; seed++) {
        const { result } = shared(source, { ...options, model }, seed, 3, 2, 1);
        expect(result.schedules).toBe(whole.schedules);
        expect(outcomes(result)).toEqual(outcomes(whole));
      }
    }
  });

  test("siblings asleep across parts: without them, parts repeat each other's schedules", () => {
    const source = counter(2, 2);
    const options: ExploreOptions = { filename: "main.py" };
    const whole = exploreSync(source, options);
    const asleep = shared(source, options, 5, 3, 1, 1).result;
    const awake = shared(source, options, 5, 3, 1, 1, false).result;
    expect(outcomes(asleep)).toEqual(outcomes(whole));
    expect(outcomes(awake)).toEqual(outcomes(whole));
    expect(asleep.schedules).toBeLessThan(awake.schedules / 2);
  });

  test("a finished search, or one whose current branch has not run yet, gives nothing", () => {
    const ex = new Explorer(counter(2, 2), { filename: "main.py" });
    expect(ex.split()).toEqual([]);
    while (!ex.done) ex.runBatch(10);
    expect(ex.split()).toEqual([]);
  });

  test("a part given away starts with the branches before it asleep", () => {
    const ex = new Explorer(counter(2, 3), { filename: "main.py" });
    ex.runBatch(20);
    const gifts = ex.split();
    expect(gifts.length).toBeGreaterThan(0);
    for (const g of gifts) {
      expect(g.prefixSleep!.length).toBe(g.prefix!.length);
      // At its own point: at least the giver's current branch sleeps.
      expect(g.prefixSleep!.at(-1)!.length).toBeGreaterThan(0);
    }
  });
});

describe("PCT and random shared out", () => {
  for (const mode of ["pct", "random"] as const)
    test(`${mode}: the giver keeps the first half of its runs left; counts equal one run`, () => {
      const source = counter(2, 2);
      const options: ExploreOptions = { filename: "main.py", mode, runs: 100, seed: 9 };
      const ex = new Explorer(source, options);
      ex.runBatch(20);
      const gifts = ex.split();
      expect(gifts).toEqual([{ firstRun: 60, runs: 40 }]);
      while (!ex.done) ex.runBatch(16);
      const rest = exploreSync(source, { ...options, ...gifts[0] });
      const together = mergeResults([ex.result(), rest]);
      const one = exploreSync(source, options);
      expect(together.schedules).toBe(100);
      expect(together.outcomes.map((o) => [o.stdout, o.count])).toEqual(
        one.outcomes.map((o) => [o.stdout, o.count]),
      );
    });

  test("too few runs left to be worth a message: nothing given", () => {
    const ex = new Explorer(counter(2, 2), { filename: "main.py", mode: "pct", runs: 40 });
    ex.runBatch(10);
    expect(ex.split()).toEqual([]);
  });
});
