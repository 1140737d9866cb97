import { describe, expect, it } from "vitest";
import { errorLocation } from "../../src/layout/errors";

describe("errorLocation", () => {
  it("finds a syntax error's line and column", () => {
    const stderr =
      '  File "main.py", line 2\n    def f(:\n          ^\nSyntaxError: invalid syntax\n';
    expect(errorLocation(stderr)).toEqual({
      line: 2,
      column: 7,
      message: "SyntaxError: invalid syntax",
      syntax: true,
    });
  });
  it("takes the deepest main.py frame of a traceback, skipping library frames", () => {
    const stderr = [
      "Traceback (most recent call last):",
      '  File "main.py", line 9, in <module>',
      "    f()",
      '  File "main.py", line 4, in f',
      "    raise ValueError('x')",
      '  File "/usr/lib/python3.11/threading.py", line 10, in g',
      "ValueError: x",
      "",
    ].join("\n");
    expect(errorLocation(stderr)).toMatchObject({
      line: 4,
      message: "ValueError: x",
      syntax: false,
    });
  });
  it("is null when no line of main.py is named", () => {
    expect(errorLocation("Interleave: deadlock: every thread is blocked\n")).toBeNull();
    expect(errorLocation("")).toBeNull();
  });
});
