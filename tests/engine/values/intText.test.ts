import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { parseInt as pyParseInt, intToStr } from "../../../src/engine/values/intOps";
import { draw } from "./arbitraries";
import { checkAgainstCPython, I, ours } from "./oracle";

describe("int(str, base)", { timeout: 30_000 }, () => {
  it.each<[string, number, bigint | number]>([
    ["42", 10, 42],
    ["  -42\n", 10, -42],
    ["1_000", 10, 1000],
    ["0x_ff", 0, 255],
    ["0o17", 0, 15],
    ["0b101", 2, 5],
    ["ff", 16, 255],
    ["0XFF", 16, 255],
    ["z", 36, 35],
    ["000", 0, 0],
    ["0_0", 0, 0],
    ["\u0661\u0662", 10, 12],
    ["99999999999999999999", 10, 99999999999999999999n],
  ])("int(%j, %d)", (s, base, want) => {
    expect(pyParseInt(s, base)).toBe(want);
  });

  it.each<[string, number, string]>([
    ["abc", 10, "invalid literal for int() with base 10: 'abc'"],
    ["010", 0, "invalid literal for int() with base 0: '010'"],
    ["1__0", 10, "invalid literal for int() with base 10: '1__0'"],
    ["_1", 10, "invalid literal for int() with base 10: '_1'"],
    ["1_", 10, "invalid literal for int() with base 10: '1_'"],
    ["0x", 16, "invalid literal for int() with base 16: '0x'"],
    ["", 10, "invalid literal for int() with base 10: ''"],
    ["it's", 10, `invalid literal for int() with base 10: "it's"`],
    ["1", 1, "int() base must be >= 2 and <= 36, or 0"],
    ["1", 37, "int() base must be >= 2 and <= 36, or 0"],
  ])("int(%j, %d) raises", (s, base, msg) => {
    expect(() => pyParseInt(s, base)).toThrow(msg);
  });

  it("matches CPython on strings from a grammar", () => {
    const ws = fc.constantFrom("", " ", "\t", "\n ", "\u2000", "\xa0", "\x1c", "\u3000");
    const sign = fc.constantFrom("", "", "+", "-", "--", "+ ");
    const prefix = fc.constantFrom(
      "",
      "",
      "0x",
      "0X",
      "0o",
      "0O",
      "0b",
      "0B",
      "0",
      "0_",
      "0x_",
      "00",
    );
    const digit = fc.constantFrom(
      ..."0123456789abcdefzZAF_",
      "\u0661",
      "\uff11",
      "\u00b2",
      "\u0e53",
      "é",
    );
    const body = fc.array(digit, { maxLength: 25 }).map((a) => a.join(""));
    const text = fc.tuple(ws, sign, prefix, body, ws).map((p) => p.join(""));
    const base = fc.constantFrom(0, 0, 2, 8, 10, 10, 16, 16, 36, 3, 7, 1, 37, -1);
    const xs = draw(fc.tuple(text, base), 3000);
    const cases = xs.map(([s, b]) => ({ e: "int(s, b)", v: { s, b: I(b) } }));
    expect(
      checkAgainstCPython(cases, (_, i) => ours(() => pyParseInt(xs[i][0], xs[i][1]), I)),
    ).toEqual([]);
  });

  it("round-trips intToStr through int()", () => {
    for (const v of [0, 1, -1, 255, -256, 2n ** 100n, -(3n ** 90n)]) {
      for (const base of [2, 8, 10, 16] as const) expect(pyParseInt(intToStr(v, base), 0)).toBe(v);
    }
  });
});
