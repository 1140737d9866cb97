/**
 * Arithmetic on Python ints (number | bigint, normalized) and floats, with
 * Python's semantics: floor division and modulo round toward negative infinity,
 * ints never overflow, int/int true division is correctly rounded.
 */
import { pyErr, OverflowError, ZeroDivisionError, ValueError } from "./exceptions";
import { PyFloat, type PyValue } from "./object";
import { newFloat } from "./types";

// Integer arithmetic lives in the value layer (property-tested against CPython); re-exported here.
export {
  intAdd,
  intSub,
  intMul,
  intFloorDiv,
  intMod,
  intNeg,
  intPowMod,
  intTrueDiv,
  intAnd,
  intOr,
  intXor,
  intInvert,
  intLshift as intLShift,
  intRshift as intRShift,
} from "../values/intOps";

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
