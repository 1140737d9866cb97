/** The Compare table's small timelines: thread lanes only, one shared scale, a text alternative. */
import { describe, expect, it } from "vitest";
import { miniTimeline } from "../../src/layout/miniTimeline";
import { poolTrace } from "./fixtures";

describe("miniTimeline", () => {
  const trace = poolTrace();
  const mini = miniTimeline(trace, 100, 10e9);

  it("has one thin lane per thread and no GIL lane", () => {
    expect(mini.lanes.map((l) => [l.label, l.y, l.height])).toEqual(
      trace.threads.map((t, i) => [t.name, i * 11, 8]),
    );
    expect(mini.height).toBe(trace.threads.length * 11 - 3);
  });

  it("draws on the shared scale: a 5 s run fills half of a 10 s table", () => {
    const right = Math.max(...mini.marks.map((m) => m.x + m.w));
    // (Sub-pixel spans are drawn one pixel wide.)
    expect(right).toBeGreaterThanOrEqual(50);
    expect(right).toBeLessThanOrEqual(51.01);
    expect(mini.marks.some((m) => m.state === "done")).toBe(false);
    expect(
      mini.marks.map((m) => ({ ...m, x: +m.x.toFixed(2), w: +m.w.toFixed(2) })),
    ).toMatchSnapshot();
  });

  it("describes where each thread's time went", () => {
    expect(mini.description).toMatchSnapshot();
    expect(mini.description).toMatch(/^MainThread: blocked 5\.0 s/);
  });
});
