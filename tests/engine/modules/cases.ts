/** Shared driver: each case is a program whose engine output must equal CPython's. */
import { describe, expect, test } from "vitest";
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
