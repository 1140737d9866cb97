/**
 * Arithmetic on Python ints (number | bigint, normalized) and floats, with
 * Python's semantics: floor division and modulo round toward negative infinity,
 * ints never overflow, int/int true division is correctly rounded.
 */
import { pyErr, OverflowError, ZeroDivisionError, ValueError } from "./exceptions";
import { PyFloat, type PyValue } from "./object";
import { newFloat } from "./types";

/** An int in engine representation. */
export type Int = number | bigint;

/** Normalize a bigint: a number when it is a safe integer. */
export function norm(b: bigint): Int {
  if (b >= -9007199254740991n && b <= 9007199254740991n) return Number(b);
  return b;
}

/** The int value of an int or bool, or null. */
export function asInt(v: PyValue): Int | null {
  switch (typeof v) {
    case "number":
    case "bigint":
      return v;
    case "boolean":
      return v ? 1 : 0;
    default:
      return null;
  }
}

/** The float value of an int, bool or float, or null. */
export function asFloat(v: PyValue): number | null {
  switch (typeof v) {
    case "number":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "bigint":
      return intToFloat(v);
    default:
      return v instanceof PyFloat ? v.v : null;
  }
}

/** int → float, raising OverflowError like CPython. */
export function intToFloat(v: Int): number {
  const f = Number(v);
  if (!Number.isFinite(f)) throw pyErr(OverflowError, "int too large to convert to float");
  return f;
}

const big = (x: Int) => (typeof x === "bigint" ? x : BigInt(x));

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) + big(b));
}
export function intSub(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) - big(b));
}
export function intMul(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return norm(big(a) * big(b));
}
export function intFloorDiv(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) throw pyErr(ZeroDivisionError, "integer division or modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const q = Math.floor(a / b);
    if (Number.isSafeInteger(q) && Math.abs(a) < 2 ** 52) return q === 0 ? 0 : q;
  }
  const A = big(a);
  const B = big(b);
  let q = A / B;
  if (A % B !== 0n && A < 0n !== B < 0n) q -= 1n;
  return norm(q);
}
export function intMod(a: Int, b: Int): Int {
  if (b === 0 || b === 0n) throw pyErr(ZeroDivisionError, "integer modulo by zero");
  if (typeof a === "number" && typeof b === "number") {
    const r = a % b;
    const m = r !== 0 && r < 0 !== b < 0 ? r + b : r;
    return m === 0 ? 0 : m;
  }
  const B = big(b);
  let r = big(a) % B;
  if (r !== 0n && r < 0n !== B < 0n) r += B;
  return norm(r);
}
export function intNeg(a: Int): Int {
  return typeof a === "number" ? (a === 0 ? 0 : -a) : norm(-a);
}

/** int ** int (negative exponent gives a float). */
export function intPow(a: Int, b: Int): PyValue {
  if (b < 0) {
    const fa = intToFloat(a);
    if (fa === 0) throw pyErr(ZeroDivisionError, "0.0 cannot be raised to a negative power");
    return newFloat(Math.pow(fa, Number(b)));
  }
  if (typeof a === "number" && typeof b === "number") {
    const r = Math.pow(a, b);
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(big(a) ** big(b));
}

/** pow(a, b, m) for ints. */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  let M = big(m);
  if (M === 0n) throw pyErr(ValueError, "pow() 3rd argument cannot be 0");
  let base = big(a);
  let e = big(b);
  const neg = M < 0n;
  if (neg) M = -M;
  if (e < 0n) {
    base = modInverse(base, M);
    e = -e;
  }
  let r = 1n % M;
  base = ((base % M) + M) % M;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % M;
    base = (base * base) % M;
    e >>= 1n;
  }
  if (neg && r !== 0n) r -= M;
  return norm(r);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [((a % m) + m) % m, m];
  let [s0, s1] = [1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw pyErr(ValueError, "base is not invertible for the given modulus");
  return ((s0 % m) + m) % m;
}

/** int / int, correctly rounded. */
export function intTrueDiv(a: Int, b: Int): number {
  if (b === 0 || b === 0n) throw pyErr(ZeroDivisionError, "division by zero");
  if (typeof a === "number" && typeof b === "number") return a / b;
  const A = big(a);
  const B = big(b);
  const fa = Number(A);
  const fb = Number(B);
  if (Math.abs(fa) < 2 ** 53 && Math.abs(fb) < 2 ** 53) return fa / fb;
  // Scale so the quotient has 64+ significant bits, then round once.
  const neg = A < 0n !== B < 0n;
  const x = A < 0n ? -A : A;
  const y = B < 0n ? -B : B;
  const shift = BigInt(Math.max(0, 66 - (x.toString(2).length - y.toString(2).length)));
  const q = (x << shift) / y;
  const rem = (x << shift) % y;
  const qq = rem === 0n ? q : q | 1n; // sticky bit for correct rounding
  const r = Number(qq) / 2 ** Number(shift);
  if (!Number.isFinite(r))
    throw pyErr(OverflowError, "integer division result too large for a float");
  return neg ? -r : r;
}

export function intLShift(a: Int, b: Int): Int {
  if (b < 0) throw pyErr(ValueError, "negative shift count");
  return norm(big(a) << big(b));
}
export function intRShift(a: Int, b: Int): Int {
  if (b < 0) throw pyErr(ValueError, "negative shift count");
  return norm(big(a) >> big(b));
}
export function intAnd(a: Int, b: Int): Int {
  if (
    typeof a === "number" &&
    typeof b === "number" &&
    a >= 0 &&
    b >= 0 &&
    a < 2 ** 31 &&
    b < 2 ** 31
  )
    return a & b;
  return norm(big(a) & big(b));
}
export function intOr(a: Int, b: Int): Int {
  if (
    typeof a === "number" &&
    typeof b === "number" &&
    a >= 0 &&
    b >= 0 &&
    a < 2 ** 31 &&
    b < 2 ** 31
  )
    return a | b;
  return norm(big(a) | big(b));
}
export function intXor(a: Int, b: Int): Int {
  if (
    typeof a === "number" &&
    typeof b === "number" &&
    a >= 0 &&
    b >= 0 &&
    a < 2 ** 31 &&
    b < 2 ** 31
  )
    return a ^ b;
  return norm(big(a) ^ big(b));
}
export function intInvert(a: Int): Int {
  return intSub(intNeg(a), 1);
}

/** Compare two ints: -1, 0, 1. */
export function intCmp(a: Int, b: Int): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Exact comparison of an int with a float (NaN compares unordered → NaN). */
export function intFloatCmp(a: Int, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (f === Infinity) return -1;
  if (f === -Infinity) return 1;
  if (typeof a === "number") return a < f ? -1 : a > f ? 1 : 0;
  const fl = Math.floor(f);
  const bf = BigInt(fl);
  if (a < bf) return -1;
  if (a > bf) return 1;
  return fl < f ? -1 : 0;
}

/** float floor division and modulo with Python's rules. */
export function floatDivmod(a: number, b: number, what: "//" | "%" | "divmod"): [number, number] {
  if (b === 0) {
    const msg =
      what === "//"
        ? "float floor division by zero"
        : what === "%"
          ? "float modulo"
          : "float divmod()";
    throw pyErr(ZeroDivisionError, msg);
  }
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else mod = b < 0 ? -0 : 0;
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else floordiv = a / b < 0 ? -0 : 0;
  return [floordiv, mod];
}

/** float ** float with CPython's errors. */
export function floatPow(a: number, b: number): number {
  if (a === 0 && b < 0) throw pyErr(ZeroDivisionError, "0.0 cannot be raised to a negative power");
  if (a < 0 && !Number.isInteger(b) && Number.isFinite(b))
    throw pyErr(
      ValueError,
      "complex results are not supported by this playground (negative number to a fractional power)",
    );
  if (a === 1 || b === 0) return 1;
  const r = Math.pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b))
    throw pyErr(OverflowError, "(34, 'Numerical result out of range')");
  return r;
}
