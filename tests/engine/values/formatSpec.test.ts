import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { formatInt, formatFloat, formatStr } from "../../../src/engine/values/formatSpec";
import { draw, pyFloat, pyInt } from "./arbitraries";
import { checkAgainstCPython, F, I, ours } from "./oracle";

describe("format() tables", () => {
  it.each<[string, () => string, string]>([
    ["format(1234567, ',')", () => formatInt(1234567, ","), "1,234,567"],
    ["format(1234, '010,')", () => formatInt(1234, "010,"), "00,001,234"],
    ["format(255, '#_b')", () => formatInt(255, "#_b"), "0b1111_1111"],
    ["format(255, '#X')", () => formatInt(255, "#X"), "0XFF"],
    ["format(-42, '=+8')", () => formatInt(-42, "=+8"), "-     42"],
    ["format(65, 'c')", () => formatInt(65, "c"), "A"],
    ["format(5, '.2f')", () => formatInt(5, ".2f"), "5.00"],
    ["format(1e16, '')", () => formatFloat(1e16, ""), "1e+16"],
    ["format(1.0, '.3')", () => formatFloat(1.0, ".3"), "1.0"],
    ["format(123.0, '.3')", () => formatFloat(123.0, ".3"), "1.23e+02"],
    ["format(0.5, '%')", () => formatFloat(0.5, "%"), "50.000000%"],
    ["format(-0.0, 'z.1f')", () => formatFloat(-0.0, "z.1f"), "0.0"],
    ["format(inf, '010')", () => formatFloat(Infinity, "010"), "0000000inf"],
    ["format(1234.5, ',.2f')", () => formatFloat(1234.5, ",.2f"), "1,234.50"],
    ["format(2.5, '.0f')", () => formatFloat(2.5, ".0f"), "2"],
    ["format(1.0, '#g')", () => formatFloat(1.0, "#g"), "1.00000"],
    ["format('ab', '05')", () => formatStr("ab", "05"), "ab000"],
    ["format('abc', '*^7.2')", () => formatStr("abc", "*^7.2"), "**ab***"],
  ])("%s", (_, fn, want) => {
    expect(fn()).toBe(want);
  });

  it.each<[string, () => string, string]>([
    [
      "format(1.5, 'd')",
      () => formatFloat(1.5, "d"),
      "Unknown format code 'd' for object of type 'float'",
    ],
    [
      "format(1.0, 'x')",
      () => formatFloat(1.0, "x"),
      "Unknown format code 'x' for object of type 'float'",
    ],
    ["format(1, '.')", () => formatInt(1, "."), "Format specifier missing precision"],
    ["format('a', '+')", () => formatStr("a", "+"), "Sign not allowed in string format specifier"],
    ["format('a', ',')", () => formatStr("a", ","), "Cannot specify ',' with 's'."],
    [
      "format('a', '=5')",
      () => formatStr("a", "=5"),
      "'=' alignment not allowed in string format specifier",
    ],
    [
      "format(5, '.2')",
      () => formatInt(5, ".2"),
      "Precision not allowed in integer format specifier",
    ],
    [
      "format(1, 'abc')",
      () => formatInt(1, "abc"),
      "Invalid format specifier 'abc' for object of type 'int'",
    ],
    ["format(1, ',_')", () => formatInt(1, ",_"), "Cannot specify both ',' and '_'."],
    ["format(-1, 'c')", () => formatInt(-1, "c"), "%c arg not in range(0x110000)"],
  ])("%s raises", (_, fn, msg) => {
    expect(fn).toThrow(msg);
  });
});

const fillAlign = fc.oneof(
  fc.constant(""),
  fc
    .tuple(
      fc.constantFrom("", "", "*", "0", " ", "x", "\u20ac", "{", "<", "="),
      fc.constantFrom("<", ">", "^", "="),
    )
    .map(([f, a]) => f + a),
);
const specOf = (types: string[]): fc.Arbitrary<string> =>
  fc
    .tuple(
      fillAlign,
      fc.constantFrom("", "", "+", "-", " "),
      fc.constantFrom("", "", "", "z"),
      fc.constantFrom("", "", "#"),
      fc.constantFrom("", "", "0"),
      fc.constantFrom("", "", "1", "5", "10", "17", "25", "\u0662"),
      fc.constantFrom("", "", "", ",", "_", ",_", "_,", ",,"),
      fc.constantFrom("", "", "", ".0", ".1", ".3", ".6", ".12", ".20", ".", ".60"),
      fc.constantFrom(...types),
    )
    .map((p) => p.join(""));

const INT_TYPES = [
  "",
  "",
  "d",
  "b",
  "o",
  "x",
  "X",
  "n",
  "c",
  "e",
  "E",
  "f",
  "F",
  "g",
  "G",
  "%",
  "s",
  "\x01",
  "y",
];
const FLOAT_TYPES = ["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "s", "c"];
const STR_TYPES = ["", "", "s", "d", "r"];

describe("format() against CPython", { timeout: 30_000 }, () => {
  it("ints", () => {
    const val = fc.oneof(pyInt, fc.integer({ min: -5, max: 0x11000a }));
    const xs = draw(fc.tuple(val, specOf(INT_TYPES)), 3000);
    const cases = xs.map(([v, spec]) => ({ e: "format(v, spec)", v: { v: I(v), spec } }));
    expect(
      checkAgainstCPython(cases, (_, i) =>
        ours(
          () => formatInt(xs[i][0], xs[i][1]),
          (s) => s,
        ),
      ),
    ).toEqual([]);
  });

  it("floats", () => {
    const xs = draw(fc.tuple(pyFloat, specOf(FLOAT_TYPES)), 3000);
    const cases = xs.map(([v, spec]) => ({ e: "format(v, spec)", v: { v: F(v), spec } }));
    expect(
      checkAgainstCPython(cases, (_, i) =>
        ours(
          () => formatFloat(xs[i][0], xs[i][1]),
          (s) => s,
        ),
      ),
    ).toEqual([]);
  });

  it("strs", () => {
    const text = fc
      .array(fc.constantFrom("a", "B", " ", "\u00e9", "\u4e2d", "\ud83d\ude00", "1"), {
        maxLength: 8,
      })
      .map((a) => a.join(""));
    const xs = draw(fc.tuple(text, specOf(STR_TYPES)), 1500);
    const cases = xs.map(([v, spec]) => ({ e: "format(v, spec)", v: { v, spec } }));
    expect(
      checkAgainstCPython(cases, (_, i) =>
        ours(
          () => formatStr(xs[i][0], xs[i][1]),
          (s) => s,
        ),
      ),
    ).toEqual([]);
  });
});
