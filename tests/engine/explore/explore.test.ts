/** The race explorer: outcome sets of the guide's samples and classic races, replayable witnesses. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test, vi } from "vitest";
import { exploreSync, type ExploreOptions, type ExploreResult } from "../../../src/engine/explore";
import { runProgram } from "../../../src/engine/index";
import { counter, READ_BEFORE_JOIN, SEED_02, SEED_03, TWO_LOCKS } from "./programs";

// Each exploration runs the program dozens of times; leave room on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const explore = (src: string, o: ExploreOptions = {}) =>
  exploreSync(src, { filename: "main.py", ...o });

/** Outcomes as short labels: the printed text, or "deadlock". */
const labels = (r: ExploreResult) =>
  r.outcomes.map((o) => (o.deadlock ? "deadlock" : o.stdout.trim())).sort();

/** Every witness replays, through the ordinary run API, to its outcome. */
function expectWitnessesReplay(src: string, r: ExploreResult): void {
  for (const o of r.outcomes) {
    const run = runProgram(src, { filename: "main.py", schedule: o.schedule });
    expect(run.stdout).toBe(o.stdout);
    expect(run.exitCode).toBe(o.exitCode);
    expect(run.deadlock?.cycle ?? null).toEqual(o.deadlock?.cycle ?? null);
    expect(run.schedule).toBe(o.schedule);
  }
}

describe("the guide's shared-variable samples have exactly one outcome", () => {
  for (const [name, src] of [
    ["seed_02 (no lock)", SEED_02],
    ["seed_03 completed (lock)", SEED_03],
  ] as const)
    for (const model of ["any", "gil"] as const)
      test(`${name}, ${model}`, () => {
        const r = explore(src, { model });
        expect(r.complete).toBe(true);
        expect(labels(r)).toEqual(["42"]);
        expectWitnessesReplay(src, r);
      });
});

describe("counter += 1 from two threads, twice each", () => {
  test('without a lock, "any instruction" loses updates: exactly {2, 3, 4}', () => {
    const src = counter(2, 2);
    const r = explore(src, { model: "any" });
    expect(r.complete).toBe(true);
    expect(labels(r)).toEqual(["2", "3", "4"]);
    expectWitnessesReplay(src, r);
    // The simplest witnesses: no preemption for 4, one for 2, two for 3.
    const pre = Object.fromEntries(r.outcomes.map((o) => [o.stdout.trim(), o.preemptions]));
    expect(pre).toEqual({ "4": 0, "2": 1, "3": 2 });
  });

  test("with a lock: exactly {4}", () => {
    const r = explore(counter(2, 2, true), { model: "any" });
    expect(r.complete).toBe(true);
    expect(labels(r)).toEqual(["4"]);
  });

  test('"CPython 3.12 with GIL" never switches between the load and the store: {4}', () => {
    const src = counter(2, 2);
    const r = explore(src, { model: "gil" });
    expect(r.complete).toBe(true);
    expect(labels(r)).toEqual(["4"]);
    expectWitnessesReplay(src, r);
  });
});

test("two locks taken in opposite orders: finished or deadlock (with its cycle)", () => {
  const r = explore(TWO_LOCKS);
  expect(r.complete).toBe(true);
  expect(labels(r)).toEqual(["deadlock", "finished"]);
  const dl = r.outcomes.find((o) => o.deadlock)!;
  expect(dl.deadlock!.cycle).toEqual([2, 3]);
  expect(dl.exitCode).toBe(1);
  expect(dl.preemptions).toBe(1);
  expectWitnessesReplay(TWO_LOCKS, r);
});

test("reading a result before join() prints None or the value", () => {
  for (const model of ["any", "gil"] as const) {
    const r = explore(READ_BEFORE_JOIN, { model });
    expect(r.complete).toBe(true);
    expect(labels(r)).toEqual(["42", "None"]);
    expectWitnessesReplay(READ_BEFORE_JOIN, r);
  }
});

describe("partial-order reduction", () => {
  test("DPOR finds the naive search's outcomes in far fewer schedules", () => {
    const src = counter(2, 1);
    for (const preemptions of [undefined, 2]) {
      const dpor = explore(src, { preemptions });
      // Unbounded naive search runs thousands of schedules (see bench/explore.ts); bounded is small.
      const naive = explore(src, { preemptions: preemptions ?? 2, reduction: "none" });
      console.log(
        `counter 2×1, preemptions ≤ ${preemptions ?? "∞"}: DPOR ${dpor.schedules} schedules, naive${preemptions === undefined ? " (≤ 2 preemptions)" : ""} ${naive.schedules}`,
      );
      expect(dpor.complete && naive.complete).toBe(true);
      expect(labels(dpor)).toEqual(labels(naive));
      expect(labels(dpor)).toEqual(["1", "2"]);
      expect(dpor.schedules * 4).toBeLessThan(naive.schedules);
    }
  });

  test("objects set up before any thread starts match across runs (sleep sets stay sharp)", () => {
    // The main thread alone touches `info` and the barrier; nothing it does then can race,
    // so it records no accesses, but it still numbers those objects, as in every run. Left
    // unnumbered, they get ids only when threads touch them, after some branches' id marks,
    // where runs cannot be matched: fewer branches sleep and 11 schedules run instead of 7.
    const src = readFileSync(
      fileURLToPath(new URL("../../conformance/threads/10_get_ident.py", import.meta.url)),
      "utf8",
    );
    const r = explore(src);
    expect(r.complete).toBe(true);
    expect(r.outcomes).toHaveLength(1);
    expect(r.schedules).toBe(7);
  });

  test("a preemption bound of 1 misses the outcome that needs 2", () => {
    const r = explore(counter(2, 2), { preemptions: 1 });
    expect(r.complete).toBe(true);
    expect(r.preemptionBound).toBe(1);
    expect(labels(r)).toEqual(["2", "4"]);
  });
});
