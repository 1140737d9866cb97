import { describe, expect, it } from "vitest";
import { buildLanes, runEnd } from "../../src/layout/lanes";
import { hitMark, spanMarks } from "../../src/layout/spanMarks";
import { functionName, handoffs, markers } from "../../src/layout/handoffs";
import { arrowMarks, markerMarks } from "../../src/layout/arrows";
import { busyTrace, poolTrace } from "./fixtures";

describe("lanes", () => {
  it("puts the GIL lane first in GIL mode, then threads by id", () => {
    expect(buildLanes(poolTrace()).map((l) => l.label)).toEqual([
      "GIL",
      "MainThread",
      "ThreadPoolExecutor-0_0",
      "ThreadPoolExecutor-0_1",
    ]);
  });
  it("has no GIL lane in free-threaded mode", () => {
    const t = { ...poolTrace(), model: "free-threaded" as const };
    expect(buildLanes(t).map((l) => l.kind)).toEqual(["thread", "thread", "thread"]);
  });
  it("ends the run at the last span", () => {
    expect(runEnd(poolTrace())).toBe(5e9 + 1800);
  });
});

describe("spanMarks", () => {
  it("matches the snapshot for the whole pool run", () => {
    const t = poolTrace();
    const marks = spanMarks(t, buildLanes(t), { t0: 0, t1: runEnd(t), width: 500 });
    expect(marks.map((m) => ({ ...m, x: +m.x.toFixed(2), w: +m.w.toFixed(2) }))).toMatchSnapshot();
  });
  it("culls spans outside the window", () => {
    const t = poolTrace();
    const marks = spanMarks(t, buildLanes(t), { t0: 4e9, t1: 4.5e9, width: 500 });
    expect(marks.map((m) => `${m.thread}:${m.state}`)).toEqual([
      "1:blocked",
      "2:blocked",
      "3:sleeping",
    ]);
  });
  // Its speed is a benchmark (bench/layout.ts, `npm run bench`), not a test.
  it("keeps 10,000 spans to about one mark per pixel column per lane", () => {
    const t = busyTrace(4, 2500);
    const lanes = buildLanes(t);
    const marks = spanMarks(t, lanes, { t0: 0, t1: runEnd(t), width: 800 });
    expect(marks.length).toBeLessThanOrEqual(4 * 801);
    const zoomed = spanMarks(t, lanes, { t0: 0, t1: 50 * 5000, width: 800 });
    expect(zoomed.length).toBe(4 * 51);
  });
  it("finds the span under the pointer anywhere in its lane", () => {
    const t = poolTrace();
    const lanes = buildLanes(t);
    const marks = spanMarks(t, lanes, { t0: 0, t1: runEnd(t), width: 500 });
    const main = lanes[1];
    const hit = hitMark(marks, lanes, 200, main.y + 2);
    expect(hit && t.spans[hit.index].label).toBe("future1.result()");
    expect(hitMark(marks, lanes, 200, -50)).toBeNull();
  });
});

describe("handoffs and markers", () => {
  it("links submit → running and done → consumed", () => {
    expect(handoffs(poolTrace())).toMatchSnapshot();
  });
  it("marks exceptions raised in a task and re-raised by result()", () => {
    const t = poolTrace();
    t.events.push(
      {
        t: 6e9,
        thread: 2,
        line: 8,
        type: "future done",
        object: 3,
        result: "None",
        exception: "ValueError: task 4 failed",
      },
      { t: 6e9 + 10, thread: 1, line: 25, type: "future consumed", object: 3, reraised: true },
    );
    expect(markers(t).map((m) => `${m.kind} ${m.thread}: ${m.label}`)).toEqual([
      "exception 2: task raised ValueError: task 4 failed",
      "reraise 1: result() re-raised ValueError: task 4 failed",
    ]);
  });
});

describe("arrowMarks and markerMarks", () => {
  it("draws pool hand-offs between lane edges (snapshot)", () => {
    const t = poolTrace();
    const lanes = buildLanes(t);
    const scale = { t0: 0, t1: runEnd(t), width: 500 };
    const round = (n: number) => +n.toFixed(2);
    expect(
      arrowMarks(handoffs(t), lanes, scale).map((a) => ({
        ...a,
        x1: round(a.x1),
        x2: round(a.x2),
      })),
    ).toMatchSnapshot();
  });
  it("culls arrows and markers outside the window", () => {
    const t = poolTrace();
    const lanes = buildLanes(t);
    const late = { t0: 4e9, t1: 4.5e9, width: 500 };
    expect(arrowMarks(handoffs(t), lanes, late)).toEqual([]);
    t.events.push({
      t: 1e9,
      thread: 2,
      line: 7,
      type: "exception",
      exception: "KeyError: 1",
      uncaught: false,
    });
    expect(markerMarks(markers(t), lanes, late)).toEqual([]);
    expect(markerMarks(markers(t), lanes, { t0: 0, t1: 2e9, width: 100 })).toEqual([
      {
        kind: "exception",
        x: 50,
        y: lanes[2].y + lanes[2].height / 2,
        label: "KeyError: 1",
        line: 7,
      },
    ]);
  });
});

describe("functionName", () => {
  it("shortens function reprs", () => {
    expect(functionName("<function on_done at 0x7f0000000040>")).toBe("on_done()");
    expect(functionName("<bound method A.f of <__main__.A object at 0x7f01>>")).toBe("A.f()");
    expect(functionName("print")).toBe("print");
  });
});

describe("callback hand-offs", () => {
  it("draws an arrow only when the callback runs in another thread", () => {
    const t = poolTrace();
    const fn = "<function on_done at 0x7f0000000040>";
    t.events.push(
      { t: 5e9 + 1760, thread: 3, line: 0, type: "callback", object: 2, fn },
      { t: 5e9 + 1900, thread: 1, line: 20, type: "callback", object: 2, fn },
    );
    expect(handoffs(t).filter((h) => h.kind === "callback")).toEqual([
      {
        kind: "callback",
        from: { thread: 3, t: 5e9 + 1750 },
        to: { thread: 1, t: 5e9 + 1900 },
        label: "Future#2 (lengthy_task) done → on_done() runs in MainThread",
      },
    ]);
  });
});
