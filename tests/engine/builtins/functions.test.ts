/**
 * Builtin functions and generator methods: each samples/*.py must print exactly what
 * CPython 3.11 printed for it (samples/*.expected.json, from update-samples.py).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runProgram } from "../../../src/engine/index";

interface Expected {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const dir = join(__dirname, "samples");

describe("builtin functions match CPython", () => {
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".py"))
    .sort()) {
    test(f, () => {
      const source = readFileSync(join(dir, f), "utf8");
      const want = JSON.parse(
        readFileSync(join(dir, f.replace(/\.py$/, ".expected.json")), "utf8"),
      ) as Expected;
      const got = runProgram(source, { filename: "main.py" });
      expect({ stdout: got.stdout, stderr: got.stderr, exitCode: got.exitCode }).toEqual(want);
    });
  }
});

/** Builtins Interleave cannot offer say so in a sentence (CPython would read input, files or run code). */
const refused: [string, string][] = [
  ["input()", "Interleave runs programs without files or input: input() is not supported"],
  ["open('data.txt')", "Interleave runs programs without files or input: open() is not supported"],
  [
    "eval('1')",
    "Interleave runs only the program's own source, not code built at run time: eval() is not supported",
  ],
  [
    "exec('x = 1')",
    "Interleave runs only the program's own source, not code built at run time: exec() is not supported",
  ],
  [
    "compile('1', 'f', 'eval')",
    "Interleave runs only the program's own source, not code built at run time: compile() is not supported",
  ],
  [
    "breakpoint()",
    "Interleave has no debugger prompt (use its step controls): breakpoint() is not supported",
  ],
];

describe("refused builtins raise a clear RuntimeError", () => {
  test.each(refused)("%s", (call, message) => {
    const got = runProgram(`try:\n    ${call}\nexcept RuntimeError as e:\n    print(e)\n`, {
      filename: "main.py",
    });
    expect(got.stdout).toBe(message + "\n");
  });
  test("exit() and quit() raise SystemExit like the site module's", () => {
    const got = runProgram(
      "try:\n    exit(3)\nexcept SystemExit as e:\n    print(e.code)\nquit()\nprint('unreached')\n",
    );
    expect({ stdout: got.stdout, exitCode: got.exitCode }).toEqual({ stdout: "3\n", exitCode: 0 });
  });
});
