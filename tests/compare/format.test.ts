/** Wording of the Compare table's cells. */
import { describe, expect, it } from "vitest";
import { formatExploration, formatFate, formatShare } from "../../src/compare/format";
import type { ExplorationFacts } from "../../src/compare/measure";

const facts = (e: Partial<ExplorationFacts>): ExplorationFacts => ({
  mode: "exhaustive",
  complete: true,
  schedules: 3,
  seed: null,
  correct: 3,
  correctShare: 1,
  outcomes: 1,
  outcomeLines: [],
  ...e,
});

describe("formatShare", () => {
  it("never rounds a partial share to 100% or 0%", () => {
    expect(formatShare(3, 3)).toBe("100%");
    expect(formatShare(0, 3)).toBe("0%");
    expect(formatShare(2, 3)).toBe("67%");
    expect(formatShare(999, 1000)).toBe(">99%");
    expect(formatShare(1, 1000)).toBe("<1%");
    expect(formatShare(0, 0)).toBe("—");
  });
});

describe("formatExploration", () => {
  it("says which search and whether it completed", () => {
    expect(formatExploration(facts({}))).toBe("all 3 schedules (exhaustive)");
    expect(formatExploration(facts({ schedules: 1 }))).toBe("the only schedule (exhaustive)");
    expect(formatExploration(facts({ complete: false, schedules: 150 }))).toBe(
      "150 schedules (exhaustive, incomplete)",
    );
    expect(
      formatExploration(facts({ mode: "pct", complete: false, schedules: 100, seed: 1 })),
    ).toBe("100 schedules sampled by PCT, seed 1");
  });
});

describe("formatFate", () => {
  it("puts a word first, so colour is not the signal", () => {
    expect(formatFate({ kind: "none" })).toEqual({ word: "—", detail: "no task raises" });
    expect(formatFate({ kind: "surfaced", how: "x" }).word).toBe("Surfaced");
    expect(formatFate({ kind: "lost", how: "y" })).toEqual({ word: "Lost", detail: "y" });
    expect(formatFate({ kind: "swallowed", how: "z" }).word).toBe("Lost");
  });
});
