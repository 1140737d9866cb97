/** The explorer pool: parts planned, progress combined, answers merged like one exploration. */
import { describe, expect, test, vi } from "vitest";
import { performance } from "node:perf_hooks";
import { exploreSync, type ExploreResult } from "../../src/engine/explore/index";
import {
  createExploreApi,
  LEASE_RUNS,
  type ExplorePartOptions,
  type MoreRuns,
  type PartProgress,
} from "../../src/workers/exploreApi";
import {
  combineParts,
  emptyResult,
  ExplorePool,
  planParts,
  SHARE_MIN_RUNS_LEFT,
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
    explore: (s, o, cb, more) => api.explore(s, o, cb, more),
    split: () => api.split(),
    stop: () => api.stop(),
  };
}

/** `n` local endpoints that count the parts each one is given. */
function counted(n: number): { calls: number[]; endpoints: ExploreEndpoint[] } {
  const calls = Array.from({ length: n }, () => 0);
  const endpoints = Array.from({ length: n }, (_, k) => {
    const e = local();
    return {
      ...e,
      explore: (s: string, o: ExplorePartOptions, cb: PartProgress, more?: MoreRuns) => {
        calls[k]++;
        return e.explore(s, o, cb, more);
      },
    };
  });
  return { calls, endpoints };
}

const pool = (n: number) =>
  new ExplorePool(Array.from({ length: n }, local), () => performance.now());

const printed = (r: ExploreResult) => r.outcomes.map((o) => o.stdout).sort();

describe("planning parts", () => {
  test("PCT/random: consecutive run ranges covering the budget exactly, one per worker", () => {
    const parts = planParts({ mode: "pct", runs: 10, seed: 7 }, 4);
    expect(parts.map((p) => [p.firstRun, p.runs])).toEqual([
      [0, 3],
      [3, 3],
      [6, 2],
      [8, 2],
    ]);
    expect(parts.every((p) => p.seed === 7 && p.mode === "pct")).toBe(true);
  });

  test("exhaustive: the whole search as one part (the workers share it out)", () => {
    expect(planParts({ mode: "exhaustive", runs: 50 }, 3)).toEqual([
      { mode: "exhaustive", runs: 50 },
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

  test("exhaustive: an idle worker gets part of a busy one's search, and the answer is the same", async () => {
    const src = counter(2, 3);
    const { calls, endpoints } = counted(2);
    const r = await new ExplorePool(endpoints, () => performance.now()).run(src, {});
    const one = exploreSync(src);
    expect(r.complete).toBe(true);
    expect(printed(r)).toEqual(printed(one));
    expect(calls[0]).toBeGreaterThan(0);
    expect(calls[1]).toBeGreaterThan(0);
    // Shared out, the search runs about as many schedules as one search (see share.test.ts).
    expect(r.schedules).toBeLessThanOrEqual(Math.ceil(one.schedules * 1.05));
  });

  test("PCT: a worker done early takes half of a busy one's runs left; counts unchanged", async () => {
    const src = counter(2, 2);
    const options = { mode: "pct" as const, runs: 200, seed: 3 };
    // The first worker waits after its first batch until the pool asks it for work, which it
    // does once the second has finished its range: no timing decides who finishes first.
    let asked!: () => void;
    const splitAsked = new Promise<void>((r) => (asked = r));
    const slow = createExploreApi({ now: () => performance.now(), pause: () => splitAsked });
    const given: number[] = [];
    const endpoints: ExploreEndpoint[] = [
      {
        explore: (s, o, cb, more) => slow.explore(s, o, cb, more),
        split: () => {
          const handoff = slow.split();
          for (const g of handoff.parts) given.push(g.runs ?? 0);
          asked();
          return handoff;
        },
        stop: () => slow.stop(),
      },
      local(),
    ];
    const r = await new ExplorePool(endpoints, () => performance.now()).run(src, options);
    const one = exploreSync(src, options);
    // Its range was 100 runs, 16 of them run: it gave away half of the 84 left.
    expect(given).toEqual([42]);
    expect(r.schedules).toBe(200);
    expect(r.outcomes.map((o) => [o.stdout, o.count])).toEqual(
      one.outcomes.map((o) => [o.stdout, o.count]),
    );
  });

  test("a worker asking for work while the last busy one finishes does not wait forever", async () => {
    // Every split answers late: the busy worker has finished by then.
    const slowSplit = (): ExploreEndpoint => {
      const e = local();
      return { ...e, split: () => new Promise((r) => setTimeout(() => r(e.split()), 50)) };
    };
    for (const options of [{ mode: "pct" as const, runs: 40 }, {}]) {
      const r = await new ExplorePool([slowSplit(), slowSplit()], () => performance.now()).run(
        counter(2, 2),
        options,
      );
      expect(r.schedules).toBeGreaterThan(0);
    }
  });

  test("a snapshot arriving after its part's answer does not replace the answer", async () => {
    // As over a message channel: the last snapshot is delivered after the answer.
    const late = (): ExploreEndpoint => {
      const e = local();
      return {
        ...e,
        explore: async (s, o, cb, more) => {
          let last: ExploreResult | null = null;
          const answer = await e.explore(s, o, (p) => (last = p), more);
          setTimeout(() => {
            if (last) cb({ ...last, complete: false, schedules: 1 });
            cb({ ...answer.result, complete: false, schedules: 0, pruned: 0 });
          }, 0);
          return answer;
        },
      };
    };
    const src = counter(2, 2);
    const r = await new ExplorePool([late(), late()], () => performance.now()).run(src, {});
    expect(r.complete).toBe(true);
    expect(r.schedules).toBeGreaterThanOrEqual(exploreSync(src).schedules);
  });

  test("near the end of a budget, an idle worker does not ask for work (too little to share)", async () => {
    const { calls, endpoints } = counted(2);
    const runs = SHARE_MIN_RUNS_LEFT - 1;
    const r = await new ExplorePool(endpoints, () => performance.now()).run(counter(3, 3), {
      runs,
    });
    expect(calls).toEqual([1, 0]);
    expect(r.schedules + r.pruned).toBe(runs);
    expect(r.stoppedBy).toBe("runs");
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

  test("the run budget is shared by all parts exactly, and reported", async () => {
    for (const [workers, runs] of [
      [2, 40],
      [2, 1_000],
      [3, 777],
    ]) {
      const r = await pool(workers).run(counter(3, 3), { mode: "exhaustive", runs });
      expect(r.complete).toBe(false);
      expect(r.stoppedBy).toBe("runs");
      expect(r.schedules + r.pruned).toBe(runs);
    }
  });

  test("a part on a shared budget runs exactly the leases it is given", async () => {
    const api = createExploreApi({
      now: () => performance.now(),
      pause: () => new Promise((r) => setImmediate(r)),
    });
    const leases = [LEASE_RUNS, 5, LEASE_RUNS, 0];
    let asked = 0;
    const more: MoreRuns = () => Promise.resolve(leases[asked++]);
    const options = { mode: "exhaustive" as const, runs: 10 };
    const { result } = await api.explore(counter(3, 3), options, () => {}, more);
    expect(asked).toBe(4);
    expect(result.schedules + result.pruned).toBe(10 + 2 * LEASE_RUNS + 5);
    expect(result.stoppedBy).toBe("runs");
    // A search that ends within its lease is complete.
    const small = await api.explore(
      counter(2, 2),
      options,
      () => {},
      () => Promise.resolve(100),
    );
    expect(small.result.complete).toBe(true);
  });

  test("a budget that fits the shared search: runs parts give back reach the others", async () => {
    // Leases left unused by finished parts must come back, or a busy part runs short and
    // the search ends incomplete although the budget was not spent.
    const src = counter(2, 3);
    const one = exploreSync(src);
    const runs = Math.ceil((one.schedules + one.pruned) * 1.06);
    for (const workers of [2, 3, 4]) {
      const r = await pool(workers).run(src, { mode: "exhaustive", runs });
      expect(r.complete).toBe(true);
      expect(printed(r)).toEqual(printed(one));
      expect(r.schedules + r.pruned).toBeLessThanOrEqual(runs);
    }
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
