/** The compiler splits statements into CPython-like instructions (the units a thread switch can fall between). */
import { describe, expect, test } from "vitest";
import * as O from "../../src/engine/compile/code";
import { compileModule } from "../../src/engine/compile/compiler";
import { parseModule } from "../../src/engine/parse/parse";

const NAMES = Object.fromEntries(
  Object.entries(O)
    .filter(
      ([k, v]) =>
        typeof v === "number" &&
        /^[A-Z_]+$/.test(k) &&
        !["INPLACE", "OPCODE_COUNT", "CO_VARARGS", "CO_VARKEYWORDS", "CO_GENERATOR"].includes(k),
    )
    .map(([k, v]) => [v as number, k]),
);

/** Opcode names of the module code, without RESUME and the implicit `return None`. */
function opsOf(src: string): string[] {
  const code = compileModule(parseModule(src), "main.py", src);
  const names: string[] = [];
  for (let i = 0; i < code.ops.length; i += 2) names.push(NAMES[code.ops[i]]);
  return names.slice(1, -2);
}

describe("instruction shape", () => {
  test.each([
    ["x += 1", ["LOAD_GLOBAL", "LOAD_CONST", "BINARY_OP", "STORE_GLOBAL"]],
    ["x = y", ["LOAD_GLOBAL", "STORE_GLOBAL"]],
    [
      "a.n += 1",
      ["LOAD_GLOBAL", "COPY", "LOAD_ATTR", "LOAD_CONST", "BINARY_OP", "SWAP", "STORE_ATTR"],
    ],
    ["f(1)", ["LOAD_GLOBAL", "PUSH_NULL", "LOAD_CONST", "CALL", "POP_TOP"]],
    ["o.m(1)", ["LOAD_GLOBAL", "LOAD_METHOD", "LOAD_CONST", "CALL", "POP_TOP"]],
  ])("%s", (src, want) => {
    expect(opsOf(src)).toEqual(want);
  });

  test("a counter increment inside a function uses fast locals and globals", () => {
    const src = "def f():\n    global n\n    n += 1\n";
    const code = compileModule(parseModule(src), "main.py", src);
    const fn = code.consts.find((c) => c instanceof O.PyCode) as O.PyCode;
    const names: string[] = [];
    for (let i = 0; i < fn.code.ops.length; i += 2) names.push(NAMES[fn.code.ops[i]]);
    expect(names).toEqual([
      "RESUME",
      "LOAD_GLOBAL",
      "LOAD_CONST",
      "BINARY_OP",
      "STORE_GLOBAL",
      "LOAD_CONST",
      "RETURN_VALUE",
    ]);
  });

  test("loops jump backward (an eval-breaker point) and every instruction carries its line", () => {
    const src = "i = 0\nwhile i < 3:\n    i += 1\n";
    const code = compileModule(parseModule(src), "main.py", src);
    const ops = Array.from({ length: code.ops.length / 2 }, (_, k) => code.ops[2 * k]);
    expect(ops).toContain(O.JUMP_BACKWARD);
    expect(Array.from(code.lines).every((l) => l >= 1 && l <= 3)).toBe(true);
  });
});
