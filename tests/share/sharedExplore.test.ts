/** What a permalink carries of an exploration: exactly the settings that decide its outcomes. */
import { expect, test } from "vitest";
import { sharedExplore } from "../../src/share/permalink";
import { checkExplore } from "../../src/share/validate";

test("an exhaustive search keeps its bound and drops the seed it does not use", () => {
  const e = sharedExplore({
    mode: "exhaustive",
    model: "any",
    runs: 20_000,
    preemptions: 2,
    seed: 9,
  });
  expect(e).toEqual({ mode: "exhaustive", model: "any", runs: 20_000, preemptions: 2 });
  expect(checkExplore(e)).toEqual(e);
});

test("an unbounded exhaustive search carries no bound", () => {
  expect(sharedExplore({ mode: "exhaustive", model: "gil", runs: 500 })).toEqual({
    mode: "exhaustive",
    model: "gil",
    runs: 500,
  });
});

test("PCT and random keep their seed (0 when none was given) and drop a bound", () => {
  const e = sharedExplore({ mode: "pct", model: "any", runs: 1000, seed: 7, preemptions: 1 });
  expect(e).toEqual({ mode: "pct", model: "any", runs: 1000, seed: 7 });
  expect(checkExplore(e)).toEqual(e);
  expect(sharedExplore({ mode: "random", model: "gil", runs: 10 })).toEqual({
    mode: "random",
    model: "gil",
    runs: 10,
    seed: 0,
  });
});
