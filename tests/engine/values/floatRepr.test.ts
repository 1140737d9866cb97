import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { floatRepr } from "../../../src/engine/values/floatRepr";
import { draw, pyFloat } from "./arbitraries";
import { checkAgainstCPython, F, ours } from "./oracle";

describe("floatRepr", { timeout: 30_000 }, () => {
  it.each([
    [1e16, "1e+16"],
    [1e-5, "1e-05"],
    [1.5e300, "1.5e+300"],
    [Infinity, "inf"],
    [-Infinity, "-inf"],
    [NaN, "nan"],
    [-0, "-0.0"],
    [0, "0.0"],
    [1, "1.0"],
    [0.1, "0.1"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1e15, "1000000000000000.0"],
    [9999999999999998, "9999999999999998.0"],
    [0.0001, "0.0001"],
    [0.00001234, "1.234e-05"],
    [5e-324, "5e-324"],
    [1.7976931348623157e308, "1.7976931348623157e+308"],
    [2 ** 63, "9.223372036854776e+18"],
    [-123.456, "-123.456"],
  ])("repr(%s) is %s", (x, want) => {
    expect(floatRepr(x)).toBe(want);
  });

  it("matches CPython's repr on random floats", () => {
    const xs = draw(
      fc.oneof(
        pyFloat,
        fc.double({ noNaN: true }).map((x) => x / 3),
      ),
      3000,
    );
    const cases = xs.map((x) => ({ e: "repr(x)", v: { x: F(x) } }));
    expect(
      checkAgainstCPython(cases, (_, i) =>
        ours(
          () => floatRepr(xs[i]),
          (s) => s,
        ),
      ),
    ).toEqual([]);
  });
});
