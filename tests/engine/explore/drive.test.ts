/** Driving the explorer: random and PCT modes, budgets, Stop, progress, splitting into parts. */
import { describe, expect, test, vi } from "vitest";
import {
  explore,
  exploreSync,
  Explorer,
  mergeResults,
  splitRuns,
  type ExploreOptions,
  type ExploreResult,
} from "../../../src/engine/explore";
import { runProgram } from "../../../src/engine/index";
import { counter } from "./programs";

// Each exploration runs the program dozens of times; leave room on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const opts = (o: ExploreOptions = {}): ExploreOptions => ({ filename: "main.py", ...o });
const labels = (r: ExploreResult) =>
  r.outcomes.map((o) => (o.deadlock ? "deadlock" : o.stdout.trim())).sort();

describe("random and PCT", () => {
  for (const mode of ["random", "pct"] as const)
    test(`${mode}: N runs, deterministic per seed, outcomes replay`, () => {
      const src = counter(2, 2);
      const a = exploreSync(src, opts({ mode, runs: 40, seed: 7 }));
      const b = exploreSync(src, opts({ mode, runs: 40, seed: 7 }));
      expect(a.schedules).toBe(40);
      expect(a.complete).toBe(false);
      expect(a.seed).toBe(7);
      expect(a).toEqual(b);
      expect(["2", "3", "4"]).toEqual(expect.arrayContaining(labels(a)));
      for (const o of a.outcomes)
        expect(runProgram(src, { filename: "main.py", schedule: o.schedule }).stdout).toBe(
          o.stdout,
        );
    });

  test("PCT finds the lost update", () => {
    const r = exploreSync(counter(2, 2), opts({ mode: "pct", runs: 100, seed: 1 }));
    expect(labels(r)).toContain("2");
  });

  test("random runs split by index give the same answer as one exploration", () => {
    const src = counter(2, 2);
    const whole = exploreSync(src, opts({ mode: "random", runs: 30, seed: 3 }));
    const parts = mergeResults(
      splitRuns(30, 3).map((r) => exploreSync(src, opts({ mode: "random", seed: 3, ...r }))),
    );
    expect(splitRuns(30, 4).map((r) => r.runs)).toEqual([8, 8, 7, 7]);
    expect(parts.schedules).toBe(30);
    expect(parts.outcomes.map((o) => [o.stdout, o.count])).toEqual(
      whole.outcomes.map((o) => [o.stdout, o.count]),
    );
  });
});

describe("budgets, Stop and progress", () => {
  test("a run budget stops an exhaustive search, reported incomplete", () => {
    const r = exploreSync(counter(2, 2), opts({ runs: 5 }));
    expect(r.complete).toBe(false);
    expect(r.stoppedBy).toBe("runs");
    expect(r.schedules + r.pruned).toBe(5);
  });

  test("a time budget uses the clock it is given", () => {
    let t = 0;
    const r = exploreSync(counter(2, 2), opts({ timeBudgetMs: 3, now: () => t++ }));
    expect(r.stoppedBy).toBe("time");
    expect(r.complete).toBe(false);
  });

  test("Stop (an aborted signal) ends it between runs", async () => {
    const signal = { aborted: false };
    const seen: number[] = [];
    const r = await explore(
      counter(2, 2),
      opts({ signal }),
      (p) => {
        seen.push(p.schedules);
        if (p.schedules >= 4) signal.aborted = true;
      },
      undefined,
      2,
    );
    expect(r.stoppedBy).toBe("cancelled");
    expect(r.complete).toBe(false);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  test("returning false from onProgress stops too; batches resume where they left off", () => {
    expect(exploreSync(counter(2, 2), opts(), () => false).stoppedBy).toBe("cancelled");
    const ex = new Explorer(counter(2, 2), opts());
    ex.runBatch(3);
    expect(ex.result().schedules + ex.result().pruned).toBe(3);
    while (!ex.done) ex.runBatch(10);
    expect(ex.result().complete).toBe(true);
  });
});
