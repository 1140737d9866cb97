/**
 * Where ints meet floats: true division and comparisons. CPython computes
 * both exactly (int/int is correctly rounded even for huge ints, and
 * `2**53 + 1 > 2.0**53` is true), so neither may go through a lossy float.
 */
import { pyError } from "./errors";
import { type PyInt, big } from "./intCore";
import { ratioToFloat } from "./exactFloat";

export { intToFloat, floatToInt } from "./exactFloat";

/** a / b for ints: the correctly rounded float quotient. */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (b === 0 || b === 0n) throw pyError("ZeroDivisionError", "division by zero");
  // Both exactly representable: one IEEE division is already correctly rounded.
  if (typeof a === "number" && typeof b === "number") return a / b;
  const r = ratioToFloat(big(a), big(b));
  if (!Number.isFinite(r)) {
    throw pyError("OverflowError", "integer division result too large for a float");
  }
  return r;
}

/** Exact comparison of an int with a float: -1, 0 or 1, or null when the float is NaN (every comparison is False). */
export function intFloatCompare(i: PyInt, f: number): -1 | 0 | 1 | null {
  if (Number.isNaN(f)) return null;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  if (typeof i === "number") return i < f ? -1 : i > f ? 1 : 0;
  // i is beyond 2**53; compare with floor(f), which is exactly an integer.
  const fl = Math.floor(f);
  const flBig = BigInt(fl);
  if (i < flBig) return -1;
  if (i > flBig) return 1;
  return fl === f ? 0 : -1;
}
