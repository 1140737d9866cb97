import { describe, expect, it } from "vitest";
import type { ExploreResult, Outcome } from "../../src/engine/explore/index";
import { cycleText, exploredSummary, outcomeChart, outcomeText } from "../../src/layout/outcomes";

const outcome = (stdout: string, count: number, extra: Partial<Outcome> = {}): Outcome => ({
  stdout,
  exitCode: 0,
  deadlock: null,
  count,
  preemptions: 1,
  schedule: "1:10",
  ...extra,
});

const DEADLOCK: Outcome["deadlock"] = {
  threads: [],
  cycle: [2, 3],
  message:
    "Interleave: deadlock: every thread is blocked and nothing can wake them.\nWait-for cycle: Thread-1 (one) → Lock#2 → Thread-2 (two) → Lock#1 → Thread-1 (one)\n",
};

const result = (over: Partial<ExploreResult> = {}): ExploreResult => ({
  complete: true,
  schedules: 35,
  outcomes: [
    outcome("3\n", 16, { preemptions: 2 }),
    outcome("2\n", 12),
    outcome("4\n", 7, { preemptions: 0 }),
  ],
  pruned: 0,
  stoppedBy: null,
  mode: "exhaustive",
  model: "any",
  seed: null,
  preemptionBound: null,
  ...over,
});

describe("outcome bars", () => {
  it("one bar per outcome, lengths proportional to counts, with count and share", () => {
    const c = outcomeChart(result(), 600);
    expect(c.bars.map((b) => [b.text, b.value])).toEqual([
      ["3", "16 · 45.7%"],
      ["2", "12 · 34.3%"],
      ["4", "7 · 20.0%"],
    ]);
    expect(c.bars[0].width).toBeCloseTo(c.x(16));
    expect(c.bars[1].width / c.bars[0].width).toBeCloseTo(12 / 16);
    expect(c.labelWidth + c.x.range()[1]).toBeLessThanOrEqual(600);
    // Rows do not overlap and fit the chart.
    for (let i = 1; i < c.bars.length; i++)
      expect(c.bars[i].y).toBeGreaterThanOrEqual(c.bars[i - 1].y + c.bars[i - 1].height);
    expect(c.bars.at(-1)!.y + c.bars.at(-1)!.height).toBeLessThanOrEqual(c.height);
  });

  it("names each bar with everything it shows and what a click does", () => {
    const [b] = outcomeChart(result(), 600).bars;
    expect(b.name).toBe(
      'Outcome 1: printed "3", exit status 0; 16 of 35 schedules (45.7%). Replay its witness (2 preemptions)',
    );
  });

  it("marks deadlocks with their cycle, in words", () => {
    const r = result({
      outcomes: [outcome("finished\n", 16), outcome("", 3, { deadlock: DEADLOCK, exitCode: 1 })],
      schedules: 19,
    });
    const [fin, dl] = outcomeChart(r, 400).bars;
    expect(fin.cycle).toBeNull();
    expect(dl.cycle).toBe("Thread-1 (one) → Lock#2 → Thread-2 (two) → Lock#1 → Thread-1 (one)");
    expect(dl.name).toMatch(
      /^Outcome 2: deadlock \(Thread-1 \(one\) → Lock#2 .*\), printed nothing, exit status 1;/,
    );
    expect(cycleText({ deadlock: { ...DEADLOCK!, message: "" } })).toBe(
      "thread 2 → thread 3 → thread 2",
    );
  });

  it("shortens long or multi-line output to one line, and says when nothing was printed", () => {
    expect(outcomeText(outcome("a\nb\n", 1))).toBe("a ⏎ b");
    expect(outcomeText(outcome("", 1))).toBe("(printed nothing)");
    expect(outcomeText(outcome("x".repeat(40) + "\n", 1))).toBe("x".repeat(27) + "…");
    expect(outcomeText(outcome("oops\n", 1, { exitCode: 1 }))).toBe("oops (exit 1)");
  });

  it("keeps bars visible on a phone", () => {
    const c = outcomeChart(result(), 330);
    expect(c.labelWidth).toBe(125);
    expect(c.bars.every((b) => b.width >= 2 && c.labelWidth + b.width + 90 <= 330)).toBe(true);
  });
});

describe("what was explored", () => {
  it("says complete, budget-stopped, stopped, or which random schedules", () => {
    expect(exploredSummary(result())).toBe(
      "All 35 interleavings, complete, under “any instruction”",
    );
    expect(exploredSummary(result({ preemptionBound: 1, model: "gil" }))).toBe(
      "All 35 interleavings with at most 1 preemption, complete, under “CPython 3.12 with GIL”",
    );
    expect(exploredSummary(result({ complete: false, stoppedBy: "runs", schedules: 20000 }))).toBe(
      "20,000 interleavings under “any instruction”: the search stopped at its run budget, incomplete",
    );
    expect(
      exploredSummary(result({ complete: false, stoppedBy: "cancelled", schedules: 812 })),
    ).toBe("Stopped after 812 schedules under “any instruction”: incomplete");
    expect(
      exploredSummary(
        result({ mode: "pct", seed: 7, schedules: 10000, complete: false, stoppedBy: "runs" }),
      ),
    ).toBe("10,000 PCT schedules, seed 7, under “any instruction”");
    expect(exploredSummary(result({ schedules: 120 }), true)).toBe(
      "Exploring: 120 schedules so far under “any instruction”",
    );
  });
});
