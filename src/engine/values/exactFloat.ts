/**
 * Exact conversions between floats and integers/rationals. CPython rounds
 * int→float, int/int and decimal→float correctly (round-half-even on the exact
 * value), so the value layer does the same with bigint arithmetic instead of
 * trusting chains of float operations that round more than once.
 */
import { pyError } from "./errors";
import { type PyInt, normInt, bitLength } from "./intCore";

const view = new DataView(new ArrayBuffer(8));

/** Splits a finite float into an integer mantissa and a binary exponent: x == mant * 2**exp exactly. */
export function decompose(x: number): { mant: bigint; exp: number } {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp = -1074;
  if (biased !== 0) {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  return { mant: hi >>> 31 ? -mant : mant, exp };
}

/** x * 2**e without intermediate overflow or underflow; exact whenever the result is representable. */
export function ldexp(x: number, e: number): number {
  // Steps of at most 2**±1000 keep every intermediate product normal, so only the last step can round.
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
    if (!Number.isFinite(x)) return x;
  }
  while (e < -1000) {
    if (x === 0) return x;
    if (e >= -2000) return x * 2 ** (e + 1000) * 2 ** -1000;
    x *= 2 ** -1000;
    e += 1000;
  }
  return x * 2 ** e;
}

const MANT_DIG = 53;
const MIN_EXP = -1021; // C's DBL_MIN_EXP
const MAX_EXP = 1024; // C's DBL_MAX_EXP

/**
 * num/den correctly rounded to a float (CPython's long_true_divide algorithm):
 * ±Infinity when the result overflows, a signed zero when it underflows.
 */
export function ratioToFloat(num: bigint, den: bigint): number {
  if (den === 0n) throw new RangeError("ratioToFloat: zero denominator");
  const negate = num < 0n !== den < 0n;
  let a = num < 0n ? -num : num;
  const b = den < 0n ? -den : den;
  if (a === 0n) return negate ? -0 : 0;
  const diff = bitLength(a) - bitLength(b);
  // a/b lies in [2**(diff-1), 2**(diff+1)).
  if (diff > MAX_EXP) return negate ? -Infinity : Infinity;
  if (diff < MIN_EXP - MANT_DIG - 1) return negate ? -0 : 0;
  // Keep MANT_DIG+2 quotient bits (fewer for subnormals), then round once by hand.
  const shift = Math.max(diff, MIN_EXP) - MANT_DIG - 2;
  let inexact = false;
  if (shift < 0) a <<= BigInt(-shift);
  else if (shift > 0) {
    const kept = a >> BigInt(shift);
    inexact = kept << BigInt(shift) !== a;
    a = kept;
  }
  let q = a / b;
  if (q * b !== a) inexact = true;
  const extra = Math.max(bitLength(q), MIN_EXP - shift) - MANT_DIG;
  const half = 1n << BigInt(extra - 1);
  const low = (q & ((half << 1n) - 1n)) | (inexact ? 1n : 0n);
  // Round half to even: up when above half, or exactly half with an odd kept part.
  if (low & half && low & (3n * half - 1n)) q += half;
  q &= ~((half << 1n) - 1n);
  const result = ldexp(Number(q), shift);
  return negate ? -result : result;
}

/** float(int): correctly rounded; OverflowError when too large, as CPython. */
export function intToFloat(v: PyInt): number {
  if (typeof v === "number") return v;
  const f = Number(v); // Number(bigint) rounds half-even, like CPython's PyLong_AsDouble
  if (!Number.isFinite(f)) throw pyError("OverflowError", "int too large to convert to float");
  return f;
}

/** int(float): truncates toward zero; the errors are CPython's. */
export function floatToInt(x: number): PyInt {
  if (Number.isNaN(x)) throw pyError("ValueError", "cannot convert float NaN to integer");
  if (!Number.isFinite(x))
    throw pyError("OverflowError", "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? normInt(t) : BigInt(t);
}
