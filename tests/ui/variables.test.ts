/** The Variables panel's pure parts: frame grouping and titles, change marks. */
import { describe, expect, test } from "vitest";
import type { FrameView, Snapshot } from "../../src/engine/inspect/index";
import {
  changedVars,
  frameTitle,
  groupFrames,
  libraryTitle,
  localScope,
  varKey,
} from "../../src/layout/variables";

const frame = (fn: string, library: boolean, line = 1): FrameView => ({
  function: fn,
  file: library ? "threading.py" : "main.py",
  line,
  library,
  locals: [],
});

const snapshot = (t: number, balance: string, current: string | null): Snapshot => ({
  t,
  ended: false,
  globals: [{ name: "balance", value: { type: "int", repr: balance } }],
  threads: [
    {
      thread: 2,
      name: "Thread-1",
      state: "running",
      frames: [
        frame("Thread.run", true),
        {
          ...frame("deposit", false, 14),
          locals:
            current === null ? [] : [{ name: "current", value: { type: "int", repr: current } }],
        },
      ],
    },
  ],
});

describe("frames", () => {
  test("consecutive library frames collapse into one group between the program's frames", () => {
    const groups = groupFrames([
      frame("<module>", false),
      frame("Thread.join", true),
      frame("Thread._wait_for_tstate_lock", true),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(["own", "library"]);
    expect(libraryTitle((groups[1] as { frames: FrameView[] }).frames)).toBe(
      "in threading.py: Thread.join → Thread._wait_for_tstate_lock",
    );
    expect(
      groupFrames([frame("a", true), frame("f", false), frame("b", true)]).map((g) => g.kind),
    ).toEqual(["library", "own", "library"]);
  });

  test("titles say where the frame is", () => {
    expect(frameTitle(frame("<module>", false, 24))).toBe("module level · line 24");
    expect(frameTitle(frame("Worker.run", false, 7))).toBe("Worker.run() · line 7");
  });
});

describe("changedVars", () => {
  test("marks the values that differ from the snapshot shown before, and new names", () => {
    const before = snapshot(10, "0", "0");
    const after = snapshot(20, "10", "0");
    const f = after.threads[0].frames[1];
    expect(changedVars(before, after)).toEqual(new Set([varKey("globals", "balance")]));
    const fresh = snapshot(30, "10", "7");
    expect(changedVars(snapshot(25, "10", null), fresh)).toEqual(
      new Set([varKey(localScope(2, 1, f), "current")]),
    );
  });

  test("nothing is marked without a snapshot to compare with, or for the same moment", () => {
    expect(changedVars(null, snapshot(1, "0", null)).size).toBe(0);
    expect(changedVars(snapshot(1, "5", null), snapshot(1, "6", null)).size).toBe(0);
  });
});
