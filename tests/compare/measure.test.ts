/**
 * Measured facts of the strategies on small workloads, pinned: what a reader of the Compare
 * table is told must be what the engine (checked against CPython) does.
 */
import { describe, expect, it } from "vitest";
import {
  exceptionFate,
  isCorrect,
  measureAll,
  measureStrategy,
  type Budget,
  type StrategyFacts,
} from "../../src/compare/measure";
import { DEFAULT_WORKLOAD, type Workload } from "../../src/compare/programs";
import { runProgram } from "../../src/engine";

const BUDGET: Budget = { exhaustiveRuns: 60, pctRuns: 30, seed: 1 };

describe("isCorrect", () => {
  it("checks the last printed line against the workload's total", () => {
    expect(isCorrect("task 3 raised: x\ntotal = 21\n", DEFAULT_WORKLOAD)).toBe(true);
    expect(isCorrect("total = 20\n", DEFAULT_WORKLOAD)).toBe(false);
    expect(isCorrect("", DEFAULT_WORKLOAD)).toBe(false);
  });
});

describe("the default workload (3, 5, 1, 2 s on 2 workers; task 3 raises)", async () => {
  const facts = await measureAll(DEFAULT_WORKLOAD, BUDGET);
  const by = (id: string) => facts.find((f) => f.strategy === id) as StrategyFacts;

  it("measures the five strategies in table order", () => {
    expect(facts.map((f) => f.strategy)).toEqual(["pool", "no-lock", "lock", "queue", "callback"]);
  });

  it("no lock: `total += task()` loses updates in every explored schedule", () => {
    const f = by("no-lock");
    expect(f.exploration.correctShare).toBeLessThan(1);
    expect(f.exploration.correct).toBe(0);
    expect(f.run.correct).toBe(false);
    expect(f.run.stdout).toBe("total = 20\n"); // what CPython prints too (conformance corpus)
  });

  it("lock, pool, queue and callback are correct in every explored schedule", () => {
    for (const id of ["pool", "lock", "queue", "callback"]) {
      const e = by(id).exploration;
      expect(e.correctShare, id).toBe(1);
      expect(e.outcomes, id).toBe(1);
      expect(e.schedules, id).toBeGreaterThan(0);
      expect(by(id).run.correct, id).toBe(true);
    }
  });

  it("says how the schedules were chosen (exhaustive searches complete here)", () => {
    for (const f of facts) {
      expect(f.exploration.mode, f.strategy).toBe("exhaustive");
      expect(f.exploration.complete, f.strategy).toBe(true);
      expect(f.exploration.seed, f.strategy).toBeNull();
    }
  });

  it("the pool surfaces the worker's exception through result(); plain threads lose it", () => {
    expect(by("pool").exception).toEqual({
      kind: "surfaced",
      how: "re-raised by result() in MainThread",
    });
    for (const id of ["no-lock", "lock", "queue", "callback"]) {
      expect(by(id).exception.kind, id).toBe("lost");
      expect(by(id).run.stderr, id).toContain("Exception in thread Thread-1 (worker)");
    }
  });

  it("wall time and MainThread's blocked time come from the run's trace", () => {
    // Pool and queue hand out tasks as workers free up: 3+1+2 ‖ 5 → 6 s. The shared-variable
    // and callback programs deal the tasks out in advance: 3+1 ‖ 5+2 → 7 s. The queue's
    // worker dies with task 3, so its other worker does task 4 after task 2: 7 s too.
    expect(Math.round(by("pool").wall / 1e8) / 10).toBe(6);
    for (const id of ["no-lock", "lock", "queue", "callback"])
      expect(Math.round(by(id).wall / 1e8) / 10, id).toBe(7);
    for (const f of facts) {
      // MainThread waits for the workers almost the whole run.
      expect(f.mainBlocked, f.strategy).toBeGreaterThan(f.wall - 0.01e9);
      expect(f.mainBlocked, f.strategy).toBeLessThanOrEqual(f.wall);
      expect(f.trace?.threads.length, f.strategy).toBe(3);
    }
  });
});

describe("exceptions", () => {
  const ok: Workload = { durations: [0.2, 0.1], workers: 2, failing: null };

  it("none when no task raises", async () => {
    const f = await measureStrategy("pool", ok, BUDGET);
    expect(f.exception).toEqual({ kind: "none" });
    expect(f.exploration.correctShare).toBe(1);
  });

  it("reads exception() as surfaced, and an exception caught in the worker as swallowed", () => {
    const src = (body: string) => `import threading
from concurrent.futures import ThreadPoolExecutor

def task():
    raise ValueError("boom")

${body}
`;
    const fate = (body: string) =>
      exceptionFate(runProgram(src(body), { trace: true }).trace!, { ...ok, failing: 1 });
    expect(
      fate(`with ThreadPoolExecutor() as pool:\n    print(pool.submit(task).exception())`),
    ).toEqual({ kind: "surfaced", how: "returned by exception() in MainThread" });
    expect(
      fate(
        `def safe():\n    try:\n        task()\n    except ValueError:\n        pass\nt = threading.Thread(target=safe)\nt.start()\nt.join()`,
      ).kind,
    ).toBe("swallowed");
    expect(fate(`with ThreadPoolExecutor() as pool:\n    pool.submit(task).result()`)).toEqual({
      kind: "surfaced",
      how: "re-raised by result() in MainThread",
    });
  });
});

describe("budget", () => {
  it("falls back to PCT with its seed when the exhaustive search cannot finish", async () => {
    const w: Workload = { durations: [1, 2, 1, 2], workers: 2, failing: null };
    const f = await measureStrategy("queue", w, { exhaustiveRuns: 1, pctRuns: 5, seed: 7 });
    expect(f.exploration.mode).toBe("pct");
    expect(f.exploration.seed).toBe(7);
    expect(f.exploration.complete).toBe(false);
    expect(f.exploration.schedules).toBe(5);
  });

  it("reports progress per strategy", async () => {
    const seen: string[] = [];
    await measureAll({ durations: [0.1], workers: 1, failing: null }, BUDGET, {
      onProgress: (p) => seen.push(`${p.index + 1}/${p.total} ${p.strategy}`),
    });
    expect([...new Set(seen)]).toEqual([
      "1/5 pool",
      "2/5 no-lock",
      "3/5 lock",
      "4/5 queue",
      "5/5 callback",
    ]);
  });
});
