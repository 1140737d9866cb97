import { describe, expect, it } from "vitest";
import { buildLanes } from "../../src/layout/lanes";
import { preemptionLabel, preemptionMarks } from "../../src/layout/preemptions";
import { poolTrace } from "./fixtures";

const names = new Map([
  [1, "MainThread"],
  [2, "ThreadPoolExecutor-0_0"],
]);

describe("preemption marks", () => {
  it("drops the thread name from the visible text when the full label does not fit", () => {
    const lanes = buildLanes(poolTrace());
    const p = { thread: 2, t: 500, line: 7, did: "reading counter" };
    const [wide] = preemptionMarks([p], names, lanes, { t0: 0, t1: 1000, width: 1000 });
    const [narrow] = preemptionMarks([p], names, lanes, { t0: 0, t1: 1000, width: 500 });
    expect(wide.visible).toBe(wide.label);
    expect(narrow.visible).toBe("preempted, after reading counter");
    expect(narrow.label).toBe("ThreadPoolExecutor-0_0 preempted here, after reading counter");
    const [phone] = preemptionMarks([p], names, lanes, { t0: 0, t1: 1000, width: 360 });
    expect(phone.visible).toBe("after reading counter");
    expect(phone.room).toBe(180);
  });

  it("says who was preempted and what it had just done", () => {
    expect(preemptionLabel({ thread: 2, t: 0, line: 6, did: "reading counter" }, "Thread-2")).toBe(
      "Thread-2 preempted here, after reading counter",
    );
    expect(preemptionLabel({ thread: 2, t: 0, line: 6, did: null }, "Thread-2")).toBe(
      "Thread-2 preempted here",
    );
  });

  it("puts each mark on its thread's lane at its time, labels inwards, drops the rest", () => {
    const lanes = buildLanes(poolTrace());
    const marks = preemptionMarks(
      [
        { thread: 2, t: 800, line: 7, did: "reading counter" },
        { thread: 1, t: 200, line: 3, did: null },
        { thread: 2, t: 5000, line: 7, did: "writing counter" },
        { thread: 9, t: 300, line: 1, did: null },
      ],
      names,
      lanes,
      { t0: 0, t1: 1000, width: 500 },
    );
    expect(marks).toEqual([
      {
        thread: 1,
        t: 200,
        x: 100,
        y: lanes[1].y,
        height: 26,
        label: "MainThread preempted here",
        anchor: "start",
        visible: "MainThread preempted here",
        room: 400,
        line: 3,
      },
      {
        thread: 2,
        t: 800,
        x: 400,
        y: lanes[2].y,
        height: 26,
        label: "ThreadPoolExecutor-0_0 preempted here, after reading counter",
        anchor: "end",
        visible: "preempted, after reading counter",
        room: 400,
        line: 7,
      },
    ]);
  });
});
