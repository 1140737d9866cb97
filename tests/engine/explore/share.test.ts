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
  ShareBoard,
  type ExploreOptions,
  type ExploreResult,
  type PartOptions,
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
  const board = new ShareBoard();
  const waiting: PartOptions[] = [{}];
  const busy: Explorer[] = [];
  const done: ExploreResult[] = [];
  let parts = 1;
  const give = (gifts: PartOptions[]) => {
    parts += gifts.length;
    for (const g of gifts)
      waiting.push(
        asleep ? g : { ...g, prefixSleep: g.prefixSleep?.map(() => []), prefixAsleep: [] },
      );
  };
  while (waiting.length > 0 || busy.length > 0) {
    while (busy.length < workers && waiting.length > 0)
      busy.push(new Explorer(source, { ...options, ...waiting.shift() }));
    const i = Math.floor(random() * busy.length);
    busy[i].runBatch(batch);
    if (busy[i].done) {
      const finished = busy.splice(i, 1)[0];
      done.push(finished.result());
      give(board.accept(finished.handoff()));
    }
    if (busy.length < workers && waiting.length === 0 && busy.length > 0 && random() < ask)
      give(board.accept(busy[Math.floor(random() * busy.length)].split()));
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
      test(`${name}, ${what}: every outcome, complete, one search's schedules, under 8 worker schedules`, () => {
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
          // Parts run only the branches DPOR asks for, with the ones before them asleep: about
          // one search's schedules (the order differs, so the count may differ a little). Dropping
          // the branches races ask for at fixed points would lose most of the search (82 of
          // 3,335 on counter 2×4); handing out every branch there repeated 5–45 %.
          expect(result.schedules).toBeLessThanOrEqual(Math.ceil(whole.schedules * 1.05));
          expect(result.schedules).toBeGreaterThanOrEqual(Math.floor(whole.schedules * 0.9));
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
    expect(ex.split()).toEqual({ fixed: [], parts: [] });
    while (!ex.done) ex.runBatch(10);
    expect(ex.split()).toEqual({ fixed: [], parts: [] });
  });

  test("a part given away starts with the branches before it asleep", () => {
    const ex = new Explorer(counter(2, 3), { filename: "main.py" });
    ex.runBatch(20);
    const gifts = ex.split().parts;
    expect(gifts.length).toBeGreaterThan(0);
    for (const g of gifts) {
      expect(g.prefixSleep!.length).toBe(g.prefix!.length);
      // At its own point: at least the giver's current branch sleeps.
      expect(g.prefixSleep!.at(-1)!.length).toBeGreaterThan(0);
    }
  });
});

describe("branches asked for at fixed points", () => {
  test("a part given away asks for the branches its races need above its prefix, once", () => {
    const source = counter(2, 3);
    const options: ExploreOptions = { filename: "main.py" };
    const board = new ShareBoard();
    const giver = new Explorer(source, options);
    giver.runBatch(3);
    const handoff = giver.split();
    const [gift] = board.accept(handoff);
    const runPart = () => {
      const part = new Explorer(source, { ...options, ...gift });
      while (!part.done) part.runBatch(16);
      return part.handoff();
    };
    const asked = board.accept(runPart());
    expect(asked.length).toBeGreaterThan(0);
    for (const p of asked) {
      // At a point the giver fixed, a thread not taken there: a new branch, after the others.
      const at = p.prefix!.slice(0, -1).join(" ");
      const point = handoff.fixed.find((f) => f.path.join(" ") === at);
      expect(point).toBeDefined();
      expect(point!.taken).not.toContain(p.prefix!.at(-1));
      expect(p.prefixSleep!.length).toBe(p.prefix!.length);
    }
    // The same part run again asks for the same branches: the board has them already.
    expect(board.accept(runPart())).toEqual([]);
  });
});

describe("the share board", () => {
  const step = (thread: number) => ({ thread, accesses: [], mark: 1 });

  test("one part per branch: a branch taken already (given, or asked twice) is dropped", () => {
    const board = new ShareBoard();
    const first = board.accept({
      fixed: [
        { path: [], taken: [1] },
        { path: [1], taken: [2] },
      ],
      parts: [{ prefix: [1, 3], prefixSleep: [[], [step(2)]] }],
    });
    expect(first).toEqual([{ prefix: [1, 3], prefixSleep: [[], [step(2)]] }]);
    // Two parts found the same race at point [1]: thread 3 was given there, 4 is new.
    const asked = board.accept({
      fixed: [],
      parts: [
        { prefix: [1, 3], prefixSleep: [[], [step(2)]] },
        { prefix: [1, 4], prefixSleep: [[], [step(2)]] },
        { prefix: [1, 4], prefixSleep: [[], []] },
      ],
    });
    // The new one sleeps every branch taken before it there that prefixSleep does not give.
    expect(asked).toEqual([{ prefix: [1, 4], prefixSleep: [[], [step(2)]], prefixAsleep: [3] }]);
    expect(board.accept({ fixed: [], parts: [{ prefix: [2], prefixSleep: [[]] }] })).toEqual([
      { prefix: [2], prefixSleep: [[]], prefixAsleep: [1] },
    ]);
  });

  test("run ranges pass; a point fixed twice, or a branch at a point nobody fixed, is a bug", () => {
    const board = new ShareBoard();
    expect(board.accept({ fixed: [], parts: [{ firstRun: 10, runs: 5 }] })).toEqual([
      { firstRun: 10, runs: 5 },
    ]);
    board.accept({ fixed: [{ path: [], taken: [1] }], parts: [] });
    expect(() => board.accept({ fixed: [{ path: [], taken: [2] }], parts: [] })).toThrow(
      /fixed twice/,
    );
    expect(() => board.accept({ fixed: [], parts: [{ prefix: [1, 2] }] })).toThrow(/no part fixed/);
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
      expect(gifts).toEqual({ fixed: [], parts: [{ firstRun: 60, runs: 40 }] });
      while (!ex.done) ex.runBatch(16);
      const rest = exploreSync(source, { ...options, ...gifts.parts[0] });
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
    expect(ex.split()).toEqual({ fixed: [], parts: [] });
  });
});
