import { describe, expect, it } from "vitest";
import { deadlockCycleText, lockViews } from "../../src/layout/locks";
import { outputLines } from "../../src/layout/output";
import { positionsAt, stepIndexAt, stepTimes } from "../../src/layout/steps";
import type { Trace } from "../../src/engine/trace/types";
import { deadlockTrace, lockTrace, poolTrace } from "./fixtures";

describe("lockViews", () => {
  it("counts acquisitions, contention, waits and holds", () => {
    const [v] = lockViews(lockTrace());
    expect(v).toMatchObject({
      name: "Lock#1",
      acquisitions: 4,
      contended: 2,
      totalWait: 200e6,
      maxWait: 100e6,
      maxHold: 200e6,
      holderAtEnd: 2,
      inDeadlock: false,
    });
    expect(v.holds.map((h) => [h.thread, h.start / 1e6, h.end / 1e6])).toEqual([
      [2, 0, 200],
      [3, 200, 400],
      [2, 400, 500],
      [2, 600, 700],
    ]);
    expect(v.waits.map((w) => [w.thread, w.start / 1e6, w.end / 1e6, w.depth])).toEqual([
      [3, 100, 200, 0],
      [2, 300, 400, 0],
    ]);
  });
  it("stacks simultaneous waiters in separate rows", () => {
    const t = lockTrace();
    t.events.splice(1, 0, {
      t: 50e6,
      thread: 1,
      line: 3,
      type: "lock request",
      object: 1,
      holder: 2,
    });
    const [v] = lockViews(t);
    expect(v.waits.find((w) => w.thread === 3)?.depth).toBe(1);
  });
  it("flags the locks of a deadlock cycle and words the cycle", () => {
    const t = deadlockTrace();
    expect(lockViews(t).map((v) => v.inDeadlock)).toEqual([true, true]);
    expect(deadlockCycleText(t)).toEqual([
      "Thread-1 (deposit) waits for Lock#2, held by Thread-2 (deposit)",
      "Thread-2 (deposit) waits for Lock#1, held by Thread-1 (deposit)",
    ]);
  });
});

describe("outputLines", () => {
  it("splits plain streams and styles tracebacks without a trace", () => {
    const lines = outputLines(
      "a\nb\n",
      'Traceback (most recent call last):\n  File "main.py", line 1, in <module>\nValueError: x\n',
    );
    expect(lines.map((l) => [l.fd, l.text, l.traceback])).toEqual([
      [1, "a", false],
      [1, "b", false],
      [2, "Traceback (most recent call last):", true],
      [2, '  File "main.py", line 1, in <module>', true],
      [2, "ValueError: x", true],
    ]);
  });
  it("tags lines with the time and thread of their first write", () => {
    const t: Trace = poolTrace();
    t.events.push(
      { t: 10, thread: 2, line: 3, type: "print", fd: 1, text: "hello" },
      { t: 12, thread: 2, line: 3, type: "print", fd: 1, text: "\n" },
      { t: 20, thread: 1, line: 4, type: "print", fd: 1, text: "x\ny\n" },
    );
    const lines = outputLines("hello\nx\ny\ntail\n", "", t);
    expect(lines.map((l) => [l.text, l.t, l.thread])).toEqual([
      ["hello", 10, 2],
      ["x", 20, 1],
      ["y", 20, 1],
      ["tail", null, null],
    ]);
  });
});

describe("steps", () => {
  it("lists distinct change times and finds the step at a time", () => {
    const steps = stepTimes(poolTrace());
    expect(steps[0]).toBe(0);
    expect(new Set(steps).size).toBe(steps.length);
    expect(stepIndexAt(steps, 3e9 + 500)).toBe(steps.indexOf(3e9 + 400));
    expect(stepTimes(poolTrace(), 5)).toHaveLength(5);
  });
  it("gives each thread's state and line at a time", () => {
    expect(positionsAt(poolTrace(), 2e9)).toEqual([
      { thread: 1, state: "blocked", line: 13, label: "future1.result()" },
      { thread: 2, state: "sleeping", line: 5, label: "sleep(3)" },
      { thread: 3, state: "sleeping", line: 5, label: "sleep(5)" },
    ]);
    expect(positionsAt(poolTrace(), 6e9).map((p) => p.state)).toEqual(["done", "done", "done"]);
  });
});
