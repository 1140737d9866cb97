/** Runaway programs end with a clear message instead of hanging or crashing the host. */
import { expect, test } from "vitest";
import { runProgram } from "../../src/engine/index";

test("an endless loop stops at the instruction budget with a message saying so", () => {
  const r = runProgram("while True:\n    pass\n", { maxInstructions: 100_000 });
  expect(r.exitCode).toBe(1);
  expect(r.stderr).toMatch(
    /^Interleave stopped the program after [\d,]+ instructions: it looks like an endless loop/,
  );
});

test("deep recursion raises RecursionError with CPython's traceback shape", () => {
  const r = runProgram("def f(n):\n    return f(n + 1)\nf(0)\n");
  expect(r.exitCode).toBe(1);
  expect(r.stderr).toContain("  [Previous line repeated 996 more times]\n");
  expect(r.stderr.endsWith("RecursionError: maximum recursion depth exceeded\n")).toBe(true);
});

test("an unsupported construct names itself and its line", () => {
  const r = runProgram("x = 1\nasync def f():\n    pass\n");
  expect(r.exitCode).toBe(1);
  expect(r.stderr).toBe(
    "Interleave does not support `async def` (asyncio is not simulated) (line 2).\n",
  );
});

test("an unknown stdlib module gets a sentence, a typo gets CPython's message", () => {
  expect(runProgram("import asyncio\n").stderr).toMatch(
    /ModuleNotFoundError: Interleave does not simulate the 'asyncio' module/,
  );
  expect(runProgram("import nosuchmodule\n").stderr).toMatch(
    /ModuleNotFoundError: No module named 'nosuchmodule'\n$/,
  );
});
