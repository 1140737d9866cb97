import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { percentFormat, type PercentOps } from "../../../src/engine/values/percentFormat";
import { pyError } from "../../../src/engine/values/errors";
import { floatRepr } from "../../../src/engine/values/floatRepr";
import { strRepr, strAscii } from "../../../src/engine/values/strRepr";
import { floatToInt, intToFloat } from "../../../src/engine/values/exactFloat";
import { normInt } from "../../../src/engine/values/intCore";
import { draw, pyFloat, pyInt } from "./arbitraries";
import { checkAgainstCPython, F, I, ours, type Enc } from "./oracle";

// A tiny model of Python objects for the tests: the oracle's encoded values.
const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const intOf = (v: unknown) => (isObj(v) && "i" in v ? normInt(BigInt(v.i as string)) : null);
const floatOf = (v: unknown) => (isObj(v) && "f" in v ? Number(v.f) : null);
const str = (v: unknown): string => {
  const i = intOf(v);
  if (i !== null) return String(i);
  const f = floatOf(v);
  if (f !== null) return floatRepr(f);
  if (typeof v === "string") return v;
  if (Array.isArray(v)) return `(${v.map(repr).join(", ")}${v.length === 1 ? "," : ""})`;
  const d = (v as { d: Record<string, Enc> }).d;
  return `{${Object.entries(d)
    .map(([k, x]) => `${strRepr(k)}: ${repr(x)}`)
    .join(", ")}}`;
};
function repr(v: unknown): string {
  return typeof v === "string" ? strRepr(v) : str(v);
}
function escapeNonAscii(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return ch;
  const h = cp.toString(16);
  return cp <= 0xff
    ? `\\x${h}`
    : cp <= 0xffff
      ? `\\u${h.padStart(4, "0")}`
      : `\\U${h.padStart(8, "0")}`;
}
const ops: PercentOps = {
  tupleItems: (a) => (Array.isArray(a) ? a : null),
  isMapping: (a) => isObj(a) && "d" in a,
  getItem: (m, k) => {
    const d = (m as { d: Record<string, Enc> }).d;
    if (!(k in d)) throw pyError("KeyError", strRepr(k));
    return d[k];
  },
  str,
  repr,
  ascii: (v) =>
    typeof v === "string" ? strAscii(v) : Array.from(repr(v), escapeNonAscii).join(""),
  typeName: (v) =>
    intOf(v) !== null
      ? "int"
      : floatOf(v) !== null
        ? "float"
        : typeof v === "string"
          ? "str"
          : Array.isArray(v)
            ? "tuple"
            : "dict",
  asInt: intOf,
  asStr: (v) => (typeof v === "string" ? v : null),
  toInt: (v, mode) =>
    intOf(v) ?? (mode === "int" && floatOf(v) !== null ? floatToInt(floatOf(v) as number) : null),
  toFloat: (v) => {
    const i = intOf(v);
    return i !== null ? intToFloat(i) : floatOf(v);
  },
};

describe("percentFormat tables", () => {
  it.each<[string, unknown, string]>([
    ["%d%%", [I(50)], "50%"],
    ["%5.2f|%-6s|%x", [F(3.14159), "ab", I(255)], " 3.14|ab    |ff"],
    ["%#o %#X %+d % d", [I(8), I(255), I(3), I(3)], "0o10 0XFF +3  3"],
    ["%05d|%-05d|%05s", [I(-42), I(7), "ab"], "-0042|7    |   ab"],
    ["%*d|%-*d|%.*f", [I(4), I(1), I(4), I(2), I(1), F(2.25)], "   1|2   |2.2"],
    ["%(a)s-%(b)r", { d: { a: I(1), b: "x" } }, "1-'x'"],
    ["%c%c", [I(65), "B"], "AB"],
    ["%s", "solo", "solo"],
    ["%.3s|%10.4e", ["abcdef", F(12345.678)], "abc|1.2346e+04"],
  ])("%j %% %j", (fmt, args, want) => {
    expect(percentFormat(fmt, args, ops)).toBe(want);
  });

  it.each<[string, unknown, string]>([
    ["%d %d", [I(1)], "not enough arguments for format string"],
    ["%d", [I(1), I(2)], "not all arguments converted during string formatting"],
    ["abc%y", [I(1)], "unsupported format character 'y' (0x79) at index 4"],
    ["%d", ["x"], "%d format: a real number is required, not str"],
    ["%x", [F(1.5)], "%x format: an integer is required, not float"],
    ["%f", ["x"], "must be real number, not str"],
    ["%(a)s", [I(1)], "format requires a mapping"],
    ["%(a", { d: {} }, "incomplete format key"],
    ["%", [], "incomplete format"],
    ["%c", ["ab"], "%c requires int or char"],
    ["%*d", [F(1.5), I(1)], "* wants int"],
  ])("%j %% %j raises", (fmt, args, msg) => {
    expect(() => percentFormat(fmt, args, ops)).toThrow(msg);
  });
});

describe("percentFormat against CPython", { timeout: 30_000 }, () => {
  const conv = fc
    .tuple(
      fc.constantFrom("", "", "", "(a)", "(b)", "(x(y))", "(zz"),
      fc.array(fc.constantFrom("-", "+", " ", "#", "0"), { maxLength: 3 }).map((a) => a.join("")),
      fc.constantFrom("", "", "3", "8", "*", "12", "0"),
      fc.constantFrom("", "", ".", ".0", ".2", ".*", ".10"),
      fc.constantFrom("", "", "", "l", "h"),
      fc.constantFrom(..."sradiuoxXeEfFgGc%", "s", "d", "f", "y", "\u00e9", ""),
    )
    .map((p) => "%" + p.join(""));
  const fmt = fc
    .array(fc.oneof(conv, fc.constantFrom("", "ab", " ", "=", "\u4e2d")), { maxLength: 5 })
    .map((a) => a.join(""));
  const value: fc.Arbitrary<Enc> = fc.oneof(
    pyInt.map(I),
    fc.integer({ min: -3, max: 130 }).map(I),
    pyFloat.map(F),
    fc.constantFrom("", "x", "it's", "h\u00e9\n", "\ud83d\ude00"),
  );
  const args: fc.Arbitrary<Enc> = fc.oneof(
    fc.array(value, { maxLength: 5 }),
    value,
    fc.record({ a: value, b: value, "x(y)": value }).map((d) => ({ d })),
  );

  it("matches CPython on format strings from a grammar", () => {
    const xs = draw(fc.tuple(fmt, args), 3000);
    const cases = xs.map(([f, a]) => ({ e: "f % a", v: { f, a } }));
    expect(
      checkAgainstCPython(cases, (_, i) =>
        ours(
          () => percentFormat(xs[i][0], xs[i][1], ops),
          (s) => s,
        ),
      ),
    ).toEqual([]);
  });

  it("matches CPython on well-typed format strings", () => {
    const num = fc.oneof(
      pyInt.map(I),
      pyFloat.filter(Number.isFinite).map(F),
      fc.integer({ min: -99, max: 99 }).map(I),
    );
    const one = fc
      .tuple(
        fc.array(fc.constantFrom("-", "+", " ", "#", "0"), { maxLength: 3 }).map((a) => a.join("")),
        fc.constantFrom("", "", "4", "*", "12", "1"),
        fc.constantFrom("", "", ".0", ".3", ".*", ".12"),
        fc.constantFrom(..."sradiuoxXeEfFgGc"),
        num,
        fc.integer({ min: -15, max: 15 }),
        fc.constantFrom("", "x", "\u00e9t\u00e9", "\ud83d\ude00\ud83d\ude00"),
      )
      .map(([flags, width, prec, ch, n, star, text]) => {
        const args: Enc[] = [];
        if (width === "*") args.push(I(star));
        if (prec === ".*") args.push(I(star));
        const isNum = !"sra".includes(ch);
        if (ch === "c") args.push(star >= 0 ? I(star + 65) : "z");
        else if ("oxX".includes(ch))
          args.push(
            I(typeof n === "object" && n !== null && "i" in n ? BigInt(n.i) : BigInt(star)),
          );
        else
          args.push(
            isNum
              ? n
              : fc.sample(fc.constantFrom<Enc>(n, text), { seed: star + 20, numRuns: 1 })[0],
          );
        return { f: `%${flags}${width}${prec}${ch}`, args };
      });
    const xs = draw(fc.array(one, { minLength: 1, maxLength: 3 }), 2000).map((convs) => ({
      f: convs.map((c) => c.f).join("|"),
      a: convs.flatMap((c) => c.args),
    }));
    const cases = xs.map(({ f, a }) => ({ e: "f % a", v: { f, a } }));
    expect(
      checkAgainstCPython(cases, (_, i) =>
        ours(
          () => percentFormat(xs[i].f, xs[i].a, ops),
          (s) => s,
        ),
      ),
    ).toEqual([]);
  });
});
