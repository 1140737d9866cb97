import { describe, expect, it } from "vitest";
import { formatSummaryTime, formatTime, timeTicks } from "../../src/layout/units";
import { centreOn, fitWindow, panBy, tOf, xOf, zoomAt } from "../../src/layout/scale";

describe("formatTime", () => {
  it.each([
    [0, "0 s"],
    [20, "20 ns"],
    [1500, "1.5 µs"],
    [12_500_000, "12.5 ms"],
    [5e9, "5 s"],
    [1.25e9, "1.25 s"],
    [123_456, "123 µs"],
  ])("%d ns → %s", (ns, text) => expect(formatTime(ns)).toBe(text));
  it("gives the summary one decimal", () => {
    expect(formatSummaryTime(5e9)).toBe("5.0 s");
    expect(formatSummaryTime(8.0004e9)).toBe("8.0 s");
    expect(formatSummaryTime(0)).toBe("0.0 s");
  });
});

describe("timeTicks", () => {
  it("labels a 5 s run in seconds", () => {
    expect(timeTicks(0, 5e9, 5).map((t) => t.label)).toEqual([
      "0 s",
      "1 s",
      "2 s",
      "3 s",
      "4 s",
      "5 s",
    ]);
  });
  it("switches to ms and µs when zoomed in", () => {
    expect(timeTicks(0, 1e6, 4).map((t) => t.label)).toEqual([
      "0 ms",
      "0.2 ms",
      "0.4 ms",
      "0.6 ms",
      "0.8 ms",
      "1 ms",
    ]);
    expect(timeTicks(2e3, 3e3, 2).map((t) => t.label)).toEqual(["2 µs", "2.5 µs", "3 µs"]);
  });
  it("gives nothing for an empty window", () => {
    expect(timeTicks(5, 5, 4)).toEqual([]);
  });
});

describe("scale", () => {
  const s = { t0: 0, t1: 1000, width: 100 };
  it("maps time to pixels and back", () => {
    expect(xOf(s, 500)).toBe(50);
    expect(tOf(s, 25)).toBe(250);
  });
  it("zooms around the anchor and clamps to the run", () => {
    expect(zoomAt(s, 2, 500, 1000)).toEqual({ t0: 250, t1: 750, width: 100 });
    expect(zoomAt(s, 2, 0, 1000)).toEqual({ t0: 0, t1: 500, width: 100 });
    expect(zoomAt(s, 0.5, 500, 1000)).toEqual({ t0: 0, t1: 1000, width: 100 });
  });
  it("pans inside the run", () => {
    const z = { t0: 0, t1: 500, width: 100 };
    expect(panBy(z, 200, 1000)).toEqual({ t0: 200, t1: 700, width: 100 });
    expect(panBy(z, 2000, 1000)).toEqual({ t0: 500, t1: 1000, width: 100 });
    expect(panBy(z, -50, 1000)).toEqual({ t0: 0, t1: 500, width: 100 });
    expect(centreOn(z, 900, 1000)).toEqual({ t0: 500, t1: 1000, width: 100 });
  });
  it("fits an empty run to a minimal window", () => {
    expect(fitWindow(0, 100)).toEqual({ t0: 0, t1: 100, width: 100 });
  });
});
