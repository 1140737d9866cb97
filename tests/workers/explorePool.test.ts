/** The explorer pool: parts planned, progress combined, answers merged like one exploration. */
import { describe, expect, test, vi } from "vitest";
import { performance } from "node:perf_hooks";
import { exploreSync, type ExploreResult } from "../../src/engine/explore/index";
import { createExploreApi } from "../../src/workers/exploreApi";
import {
  combineParts,
  emptyResult,
  ExplorePool,
  partCount,
  planParts,
  type ExploreEndpoint,
} from "../../src/workers/explorePool";
import { counter, TWO_LOCKS } from "../engine/explore/programs";

// Each test explores a program dozens of times; the machine may be busy.
vi.setConfig({ testTimeout: 60_000 });

/** An endpoint running in this thread (what a worker does, without the message channel). */
function local(): ExploreEndpoint {
  const api = createExploreApi({
    now: () => performance.now(),
    pause: () => new Promise((r) => setImmediate(r)),
  });
  return {
    parts: async (s, o, n) => api.parts(s, o, n),
    explore: (s, o, cb) => api.explore(s, o, cb),
    stop: () => api.stop(),
  };
}

const pool = (n: number) =>
  new ExplorePool(Array.from({ length: n }, local), () => performance.now());

const printed = (r: ExploreResult) => r.outcomes.map((o) => o.stdout).sort();

describe("planning parts", () => {
  test("one worker gets one part; more workers get several parts each", () => {
    expect(partCount(1)).toBe(1);
    expect(partCount(2)).toBe(8);
  });

  test("PCT/random: consecutive run ranges covering the budget exactly", () => {
    const parts = planParts({ mode: "pct", runs: 10, seed: 7 }, 4, null);
    expect(parts.map((p) => [p.firstRun, p.runs])).toEqual([
      [0, 3],
      [3, 3],
      [6, 2],
      [8, 2],
    ]);
    expect(parts.every((p) => p.seed === 7 && p.mode === "pct")).toBe(true);
  });

  test("exhaustive: one part per prefix", () => {
    const sleeper = { thread: 1, accesses: [], mark: 3 };
    const parts = planParts({ mode: "exhaustive" }, 3, [
      { prefix: [1], prefixSleep: [[]] },
      { prefix: [2], prefixSleep: [[sleeper]] },
    ]);
    expect(parts.map((p) => [p.prefix, p.prefixSleep])).toEqual([
      [[1], [[]]],
      [[2], [[sleeper]]],
    ]);
  });
});

describe("combining parts", () => {
  const part = (stdout: string, count: number, complete = true): ExploreResult => ({
    ...emptyResult({ mode: "exhaustive" }),
    complete,
    schedules: count,
    outcomes: [{ stdout, exitCode: 0, deadlock: null, count, preemptions: 0, schedule: "1:5" }],
  });

  test("counts add up per outcome; complete only when every part finished complete", () => {
    const r = combineParts(
      [part("4\n", 2), part("4\n", 3), part("3\n", 1)],
      [true, true, true],
      null,
      emptyResult({}),
    );
    expect(r.complete).toBe(true);
    expect(r.schedules).toBe(6);
    expect(r.outcomes.map((o) => [o.stdout, o.count])).toEqual([
      ["4\n", 5],
      ["3\n", 1],
    ]);
  });

  test("a part still running or never started leaves the result incomplete", () => {
    expect(
      combineParts([part("4\n", 2), null], [true, false], null, emptyResult({})).complete,
    ).toBe(false);
    expect(
      combineParts([part("4\n", 2), part("4\n", 1)], [true, false], null, emptyResult({})).complete,
    ).toBe(false);
  });

  test("a stop reason wins, and nothing started is an empty result of the right shape", () => {
    const r = combineParts(
      [null, null],
      [false, false],
      "cancelled",
      emptyResult({ mode: "pct", seed: 3 }),
    );
    expect(r).toMatchObject({
      complete: false,
      schedules: 0,
      stoppedBy: "cancelled",
      mode: "pct",
      seed: 3,
    });
  });
});

describe("the pool", () => {
  test("exhaustive on two workers: the same outcomes as one thread, complete", async () => {
    const src = counter(2, 2);
    const progress: number[] = [];
    const r = await pool(2).run(src, { mode: "exhaustive" }, (p) =>
      progress.push(p.result.schedules),
    );
    expect(r.complete).toBe(true);
    expect(printed(r)).toEqual(printed(exploreSync(src)));
    expect(printed(r)).toEqual(["2\n", "3\n", "4\n"]);
    expect(progress.at(-1)).toBe(r.schedules);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  test("deadlocks survive the merge with their cycle", async () => {
    const r = await pool(2).run(TWO_LOCKS, {});
    expect(r.complete).toBe(true);
    expect(r.outcomes.some((o) => o.deadlock !== null && o.deadlock.cycle.length === 2)).toBe(true);
    expect(r.outcomes.some((o) => o.stdout === "finished\n")).toBe(true);
  });

  test("PCT on three workers equals one long exploration, count for count", async () => {
    const src = counter(2, 2);
    const options = { mode: "pct" as const, runs: 60, seed: 5 };
    const r = await pool(3).run(src, options);
    const one = exploreSync(src, options);
    expect(r.schedules).toBe(60);
    expect(r.outcomes.map((o) => [o.stdout, o.count])).toEqual(
      one.outcomes.map((o) => [o.stdout, o.count]),
    );
    expect(r.seed).toBe(5);
  });

  test("the run budget is shared by all parts and reported", async () => {
    const r = await pool(2).run(counter(3, 3), { mode: "exhaustive", runs: 40 });
    expect(r.complete).toBe(false);
    expect(r.stoppedBy).toBe("runs");
    expect(r.schedules + r.pruned).toBeLessThanOrEqual(40 + 2 * 16);
  });

  test("cancel resolves at once with what was found, marked cancelled", async () => {
    const p = pool(2);
    const running = p.run(counter(3, 3), { mode: "exhaustive" }, (pr) => {
      if (pr.result.schedules > 0) p.cancel();
    });
    const r = await running;
    expect(r.stoppedBy).toBe("cancelled");
    expect(r.complete).toBe(false);
    expect(r.schedules).toBeGreaterThan(0);
  });
});
