/**
 * Python's round(). Halfway cases go to the even neighbour, and for floats
 * "halfway" means the exact binary value, which is why round(2.675, 2) is
 * 2.67: the float 2.675 is slightly below 2.675. CPython gets this from
 * dtoa; here the exact value is handled with bigints.
 */
import { pyError } from "./errors";
import { type PyInt, normInt, big, clampInt } from "./intCore";
import { decompose, ratioToFloat, floatToInt } from "./exactFloat";

/** num/den rounded to the nearest integer, ties to even (den > 0). */
function divNear(num: bigint, den: bigint): bigint {
  let q = num / den;
  let r = num % den;
  if (r < 0n) {
    q -= 1n;
    r += den;
  }
  const twice = 2n * r;
  if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  return q;
}

/** round(x, ndigits) for an int x: x itself for ndigits >= 0, else rounded half-even to a multiple of 10**-ndigits. */
export function intRound(x: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return x;
  const digits = String(x < 0 ? -big(x) : big(x)).length;
  // |x| < 10**digits <= 10**-ndigits / 10: rounds to zero without building a huge power.
  if (-ndigits > digits) return 0;
  const p = 10n ** BigInt(-Number(ndigits));
  return normInt(divNear(big(x), p) * p);
}

// C's round(): half away from zero. v - trunc(v) is exact, unlike floor(v + 0.5).
function cRound(v: number): number {
  const t = Math.trunc(v);
  return Math.abs(v - t) >= 0.5 ? t + Math.sign(v) : t;
}

/** round(x) for a float: the nearest int, ties to even. */
export function floatRoundToInt(x: number): PyInt {
  if (!Number.isFinite(x)) return floatToInt(x); // raises CPython's inf/NaN errors
  let rounded = cRound(x);
  if (Math.abs(x - rounded) === 0.5) rounded = 2.0 * cRound(x / 2.0);
  return floatToInt(rounded);
}

const NDIGITS_MAX = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
const NDIGITS_MIN = -308; // -(DBL_MAX_EXP + 1) * 0.30103

/** round(x, ndigits) for a float, as CPython's float.__round__ with ndigits. */
export function floatRound(x: number, ndigits: PyInt): number {
  if (!Number.isFinite(x)) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return 0.0 * x;
  if (x === 0) return x;
  const nd = clampInt(ndigits, NDIGITS_MIN, NDIGITS_MAX);
  const { mant, exp } = decompose(x);
  const two = 1n << BigInt(Math.abs(exp));
  const ten = 10n ** BigInt(Math.abs(nd));
  let result: number;
  if (nd >= 0) {
    const n = exp >= 0 ? mant * ten * two : divNear(mant * ten, two);
    result = ratioToFloat(n, ten);
  } else {
    const n = divNear(exp >= 0 ? mant * two : mant, exp >= 0 ? ten : ten * two);
    result = ratioToFloat(n * ten, 1n);
  }
  if (!Number.isFinite(result))
    throw pyError("OverflowError", "rounded value too large to represent");
  // A result of zero keeps the sign of x, as the "-0e..." string CPython parses back does.
  return result === 0 ? (x < 0 ? -0 : 0) : result;
}
