/** Shared driver: each case is a program whose engine output must equal CPython's. */
import { describe, expect, test } from "vitest";
import { runProgram } from "../../../src/engine/index";
import { cpythonOutputs, engineOutput } from "./pyrun";

/** Register one vitest test per case, with CPython's outputs computed in a single batch. */
export function compareWithCPython(suite: string, cases: Record<string, string>): void {
  describe(suite, () => {
    const names = Object.keys(cases);
    let expected: string[] | null = null;
    const want = (i: number) => (expected ??= cpythonOutputs(names.map((n) => cases[n])))[i];
    names.forEach((name, i) => {
      test(name, () => {
        expect(engineOutput(cases[name])).toBe(want(i));
      });
    });
  });
}

/** A threaded program with what CPython printed, its exit status and elapsed time, recorded. */
export interface RecordedCase {
  source: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  elapsed: number;
}

/** Object addresses (0x7f...) differ between runs and implementations. */
const addr = (s: string) => s.replace(/0x[0-9a-f]+/g, "0x…");

/** Run `c` as main.py: same output and exit status as CPython, elapsed time within 0.15 s. */
export function expectRecorded(c: RecordedCase): void {
  const got = runProgram(c.source, { filename: "main.py" });
  expect({ stdout: addr(got.stdout), stderr: addr(got.stderr), exitCode: got.exitCode }).toEqual({
    stdout: addr(c.stdout),
    stderr: addr(c.stderr),
    exitCode: c.exitCode,
  });
  expect(Math.abs(got.elapsed - c.elapsed)).toBeLessThanOrEqual(0.15);
}
