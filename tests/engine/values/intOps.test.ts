import { describe, it, expect } from "vitest";
import fc from "fast-check";
import * as ops from "../../../src/engine/values/intOps";
import type { PyInt } from "../../../src/engine/values/intCore";
import { ValueLayerError } from "../../../src/engine/values/errors";
import { draw, pyInt, pyFloat } from "./arbitraries";
import { checkAgainstCPython, F, I, ours, type Enc, type PyCase, type Outcome } from "./oracle";

const encPow = (r: PyInt | ops.FloatResult): Enc => (typeof r === "object" ? F(r.float) : I(r));

describe("int arithmetic tables", () => {
  it("keeps results exact across the 2**53 boundary", () => {
    expect(ops.intAdd(2 ** 53 - 1, 1)).toBe(2n ** 53n);
    expect(ops.intSub(-(2 ** 53) + 1, 1)).toBe(-(2n ** 53n));
    expect(ops.intMul(2 ** 30, 2 ** 30)).toBe(2n ** 60n);
    expect(ops.intSub(2n ** 53n, 1)).toBe(2 ** 53 - 1);
    expect(ops.intMul(0, -5)).toBe(0);
    expect(Object.is(ops.intMul(0, -5), -0)).toBe(false);
  });

  it.each<[string, () => unknown, unknown]>([
    ["-7 // 2", () => ops.intFloorDiv(-7, 2), -4],
    ["-7 % 2", () => ops.intMod(-7, 2), 1],
    ["7 % -2", () => ops.intMod(7, -2), -1],
    ["divmod(-7, 2)", () => ops.intDivmod(-7, 2), [-4, 1]],
    ["2 ** 100", () => ops.intPow(2, 100), 2n ** 100n],
    ["2 ** -1", () => ops.intPow(2, -1), { float: 0.5 }],
    ["pow(3, -1, 7)", () => ops.intPowMod(3, -1, 7), 5],
    ["pow(2, -1, -1)", () => ops.intPowMod(2, -1, -1), 0],
    ["pow(3, 2, -5)", () => ops.intPowMod(3, 2, -5), -1],
    ["-1 << 3", () => ops.intLshift(-1, 3), -8],
    ["-9 >> 1", () => ops.intRshift(-9, 1), -5],
    ["-1 >> 2**70", () => ops.intRshift(-1, 2n ** 70n), -1],
    ["-6 & 0xff", () => ops.intAnd(-6, 0xff), 250],
    ["~5", () => ops.intInvert(5), -6],
    ["~(2**53-1)", () => ops.intInvert(2 ** 53 - 1), -(2n ** 53n)],
    ["10**400 / 10**399", () => ops.intTrueDiv(10n ** 400n, 10n ** 399n), 10],
    ["2**53+1 vs 2.0**53", () => ops.intFloatCompare(2n ** 53n + 1n, 2 ** 53), 1],
    ["10**400 vs inf", () => ops.intFloatCompare(10n ** 400n, Infinity), -1],
    ["1 vs nan", () => ops.intFloatCompare(1, NaN), null],
    ["bin(-5)", () => ops.intToStr(-5, 2), "-0b101"],
    ["hex(255)", () => ops.intToStr(255, 16), "0xff"],
    ["oct(8)", () => ops.intToStr(8, 8), "0o10"],
  ])("%s", (_, fn, want) => {
    expect(fn()).toEqual(want);
  });

  it.each<[string, () => unknown, string, string]>([
    [
      "5 // 0",
      () => ops.intFloorDiv(5, 0),
      "ZeroDivisionError",
      "integer division or modulo by zero",
    ],
    ["5 % 0", () => ops.intMod(5, 0), "ZeroDivisionError", "integer modulo by zero"],
    [
      "divmod(5, 0)",
      () => ops.intDivmod(5, 0),
      "ZeroDivisionError",
      "integer division or modulo by zero",
    ],
    ["1 / 0", () => ops.intTrueDiv(1, 0), "ZeroDivisionError", "division by zero"],
    [
      "0 ** -1",
      () => ops.intPow(0, -1),
      "ZeroDivisionError",
      "0.0 cannot be raised to a negative power",
    ],
    ["1 << -1", () => ops.intLshift(1, -1), "ValueError", "negative shift count"],
    ["pow(2, 3, 0)", () => ops.intPowMod(2, 3, 0), "ValueError", "pow() 3rd argument cannot be 0"],
    [
      "pow(2, -1, 4)",
      () => ops.intPowMod(2, -1, 4),
      "ValueError",
      "base is not invertible for the given modulus",
    ],
    [
      "10**400 / 1",
      () => ops.intTrueDiv(10n ** 400n, 1),
      "OverflowError",
      "integer division result too large for a float",
    ],
    [
      "float(10**400)",
      () => ops.intToFloat(10n ** 400n),
      "OverflowError",
      "int too large to convert to float",
    ],
  ])("%s raises", (_, fn, type, msg) => {
    expect(fn).toThrow(ValueLayerError);
    expect(fn).toThrow(expect.objectContaining({ pyType: type, message: msg }));
  });
});

describe("int arithmetic against CPython", { timeout: 30_000 }, () => {
  type Op = [string, (a: PyInt, b: PyInt) => Outcome];
  const binary: Op[] = [
    ["a + b", (a, b) => ours(() => ops.intAdd(a, b), I)],
    ["a - b", (a, b) => ours(() => ops.intSub(a, b), I)],
    ["a * b", (a, b) => ours(() => ops.intMul(a, b), I)],
    ["a // b", (a, b) => ours(() => ops.intFloorDiv(a, b), I)],
    ["a % b", (a, b) => ours(() => ops.intMod(a, b), I)],
    [
      "divmod(a, b)",
      (a, b) =>
        ours(
          () => ops.intDivmod(a, b),
          (r) => r.map(I),
        ),
    ],
    ["a / b", (a, b) => ours(() => ops.intTrueDiv(a, b), F)],
    ["a & b", (a, b) => ours(() => ops.intAnd(a, b), I)],
    ["a | b", (a, b) => ours(() => ops.intOr(a, b), I)],
    ["a ^ b", (a, b) => ours(() => ops.intXor(a, b), I)],
  ];
  const pairs = draw(
    fc.tuple(fc.oneof(pyInt, fc.constant(0)), fc.oneof(pyInt, fc.constant(0))),
    400,
  );

  it.each(binary.map(([e, fn]) => [e, fn] as const))("%s", (e, fn) => {
    const cases: PyCase[] = pairs.map(([a, b]) => ({ e, v: { a: I(a), b: I(b) } }));
    expect(checkAgainstCPython(cases, (_, i) => fn(pairs[i][0], pairs[i][1]))).toEqual([]);
  });

  it("unary ~a, -a, abs(a), float(a)", () => {
    const xs = draw(pyInt, 400);
    const unary: [string, (a: PyInt) => Outcome][] = [
      ["~a", (a) => ours(() => ops.intInvert(a), I)],
      ["-a", (a) => ours(() => ops.intNeg(a), I)],
      ["abs(a)", (a) => ours(() => ops.intAbs(a), I)],
      ["float(a)", (a) => ours(() => ops.intToFloat(a), F)],
      [
        "str(a)",
        (a) =>
          ours(
            () => ops.intToStr(a),
            (s) => s,
          ),
      ],
      [
        "bin(a)",
        (a) =>
          ours(
            () => ops.intToStr(a, 2),
            (s) => s,
          ),
      ],
      [
        "oct(a)",
        (a) =>
          ours(
            () => ops.intToStr(a, 8),
            (s) => s,
          ),
      ],
      [
        "hex(a)",
        (a) =>
          ours(
            () => ops.intToStr(a, 16),
            (s) => s,
          ),
      ],
    ];
    const cases = unary.flatMap(([e]) => xs.map((a) => ({ e, v: { a: I(a) } })));
    const fns = unary.flatMap(([, fn]) => xs.map((a) => () => fn(a)));
    expect(checkAgainstCPython(cases, (_, i) => fns[i]())).toEqual([]);
  });

  it("a ** b and pow(a, b, m)", () => {
    const small = fc.oneof(
      fc.integer({ min: -30, max: 30 }),
      fc.constantFrom(2, 10, -3, 2 ** 26 + 1, 1, -1, 0),
    );
    const exps = fc.oneof(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -400, max: 400 }));
    const xs = draw(fc.tuple(fc.oneof(small, pyInt), exps, fc.oneof(pyInt, small)), 600);
    const cases: PyCase[] = xs.flatMap(([a, b, m]): PyCase[] => [
      { e: "a ** b", v: { a: I(a), b: I(b) } },
      { e: "pow(a, b, m)", v: { a: I(a), b: I(b), m: I(m) } },
    ]);
    expect(
      checkAgainstCPython(cases, (_, i) => {
        const [a, b, m] = xs[i >> 1];
        return i % 2 === 0
          ? ours(() => ops.intPow(a, b), encPow)
          : ours(() => ops.intPowMod(a, b, m), I);
      }),
    ).toEqual([]);
  });

  it("a << n and a >> n", () => {
    const xs = draw(fc.tuple(pyInt, fc.integer({ min: -2, max: 300 })), 500);
    const cases: PyCase[] = xs.flatMap(([a, n]) => [
      { e: "a << n", v: { a: I(a), n: I(n) } },
      { e: "a >> n", v: { a: I(a), n: I(n) } },
    ]);
    expect(
      checkAgainstCPython(cases, (_, i) => {
        const [a, n] = xs[i >> 1];
        return ours(() => (i % 2 === 0 ? ops.intLshift(a, n) : ops.intRshift(a, n)), I);
      }),
    ).toEqual([]);
  });

  it("exact int/float comparison", () => {
    const near = fc
      .tuple(fc.integer({ min: 0, max: 1100 }), fc.integer({ min: -2, max: 2 }))
      .map(([e, d]) => [2n ** BigInt(e) + BigInt(d), 2 ** e] as const);
    const xs = draw(fc.oneof(fc.tuple(pyInt, pyFloat), near), 800);
    const cases = xs.map(([i, f]) => ({ e: "(i < f, i == f, i > f)", v: { i: I(i), f: F(f) } }));
    expect(
      checkAgainstCPython(cases, (_, k) => {
        const [i, f] = xs[k];
        const c = ops.intFloatCompare(typeof i === "bigint" ? ops.intAdd(i, 0) : i, f);
        return { ok: [{ b: c === -1 }, { b: c === 0 }, { b: c === 1 }] };
      }),
    ).toEqual([]);
  });
});
