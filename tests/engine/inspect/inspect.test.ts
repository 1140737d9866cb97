/**
 * Inspection: the engine stopped at a moment of a run must hold what CPython held there.
 * snapshot_threads.py prints, at several points, the printing thread's locals and the
 * program's globals as CPython sees them (snapshot_threads.expected.txt is python3's output);
 * stopping the replayed run at each print must give the same names and values.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runProgram } from "../../../src/engine/index";
import { inspectAt, type Snapshot, type VarView } from "../../../src/engine/inspect/index";
import { strRepr } from "../../../src/engine/values/strRepr";

const dir = join(__dirname);
const source = readFileSync(join(dir, "snapshot_threads.py"), "utf8");
const expected = readFileSync(join(dir, "snapshot_threads.expected.txt"), "utf8");

/** `[('n', '3'), …]` as Python prints a list of (name, repr) pairs. */
const pyPairs = (vars: VarView[]) =>
  "[" + vars.map((v) => `(${strRepr(v.name)}, ${strRepr(v.value.repr)})`).join(", ") + "]";

function snapshotAt(t: number, schedule: string): Snapshot {
  const r = inspectAt(source, { schedule }, t);
  if ("error" in r) throw new Error(r.error);
  return r.snapshot;
}

describe("inspecting a run", () => {
  const run = runProgram(source, { trace: true });
  const snaps = run.trace!.events.filter((e) => e.type === "print" && e.text.startsWith("SNAP"));
  const at = (t: number) => snapshotAt(t, run.schedule!);

  test("the program prints what CPython printed (the reference is valid)", () => {
    expect(run.stdout).toBe(expected);
    expect(snaps).toHaveLength(expected.split("\n").filter((l) => l.startsWith("SNAP")).length);
  });

  const lines = expected.split("\n").filter((l) => l.startsWith("SNAP"));
  lines.forEach((line, i) => {
    const where = line.split(" ")[1];
    test(`at print ${i + 1} (${where}) the snapshot holds CPython's locals and globals`, () => {
      const e = snaps[i];
      const s = at(e.t);
      expect(s.ended).toBe(false);
      const thread = s.threads.find((th) => th.thread === e.thread)!;
      const own = thread.frames.filter((f) => !f.library);
      const frame = own[own.length - 1];
      // Module level passes {} as its locals (its locals are the globals).
      const locals = frame.function === "<module>" ? [] : frame.locals;
      const globals = s.globals.filter((g) => g.value.type !== "function");
      expect(`SNAP ${where} ${pyPairs(locals)} ${pyPairs(globals)}`).toBe(line);
    });
  });

  test("every live thread shows its stack, library frames marked, at the moment asked", () => {
    // The first print: worker a holds the lock; b is not started; main has been woken from
    // start()'s wait for a to begin and waits for the GIL.
    const s = at(snaps[0].t);
    expect(s.threads.map((t) => [t.name, t.state])).toEqual([
      ["MainThread", "ready"],
      ["Thread-1 (worker)", "running"],
    ]);
    const [main, worker] = s.threads.map((t) => t.frames);
    expect(main.map((f) => [f.function, f.library])).toEqual([
      ["<module>", false],
      ["Thread.start", true],
      ["Event.wait", true],
      ["Condition.wait", true],
    ]);
    expect(main[0].line).toBe(source.split("\n").indexOf("a.start()") + 1);
    expect(worker.filter((f) => f.library).every((f) => f.file === "threading.py")).toBe(true);
    expect(worker[worker.length - 1]).toMatchObject({ function: "worker", library: false });
    expect(worker[worker.length - 1].line).toBe(
      source.split("\n").findIndex((l) => l.includes('print("SNAP", snap("in-lock"')) + 1,
    );
  });

  test("a time after the end shows the final values, with every thread done", () => {
    const s = at(run.trace!.outcome.elapsed * 1e9 + 1e9);
    expect(s.ended).toBe(true);
    expect(s.threads.every((t) => t.state === "done" && t.frames.length === 0)).toBe(true);
    expect(s.globals.find((g) => g.name === "counter")?.value.repr).toBe("5");
  });

  test("inspecting leaves no trace of itself: the same moment twice gives the same snapshot", () => {
    const t = snaps[3].t;
    expect(at(t)).toEqual(at(t));
  });

  test("a program with a syntax error has nothing to inspect", () => {
    const r = inspectAt("x = (\n", {}, 0);
    expect(r).toEqual({ error: expect.stringContaining("syntax error") });
  });
});
