/**
 * Python float arithmetic where it differs from plain IEEE operators:
 * floor division and modulo (the remainder takes the divisor's sign), pow's
 * special cases and errors, and conversions of floats to ints.
 */
import { pyError } from "./errors";
import { type PyInt, normInt } from "./intCore";
import { decompose, floatToInt } from "./exactFloat";
import { positivePow } from "./floatPow";

export { floatRound, intRound, floatRoundToInt } from "./round";
export { parseFloat } from "./floatParse";
export { floatToInt } from "./exactFloat";

/** x / y for floats. */
export function floatTrueDiv(x: number, y: number): number {
  if (y === 0) throw pyError("ZeroDivisionError", "float division by zero");
  return x / y;
}

// CPython's _float_div_mod: fmod is exact, the quotient is then snapped to an integer.
function divmodCore(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0 : 0; // copysign(0.0, wx); wx is never zero here
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx;
    floordiv = q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** x // y for floats. */
export function floatFloorDiv(x: number, y: number): number {
  if (y === 0) throw pyError("ZeroDivisionError", "float floor division by zero");
  return divmodCore(x, y)[0];
}

/** x % y for floats (result has the sign of y). */
export function floatMod(x: number, y: number): number {
  if (y === 0) throw pyError("ZeroDivisionError", "float modulo");
  let mod = x % y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) mod += y;
  } else {
    mod = y < 0 ? -0 : 0;
  }
  return mod;
}

/** divmod(x, y) for floats. */
export function floatDivmod(x: number, y: number): [number, number] {
  if (y === 0) throw pyError("ZeroDivisionError", "float divmod()");
  return divmodCore(x, y);
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y % 2) === 1;
}

/** x ** y for floats with CPython's special cases; a complex result raises ValueError("complex results are not supported"). */
export function floatPow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return x === 1.0 ? 1.0 : y;
  if (!Number.isFinite(y)) {
    const ax = Math.abs(x);
    if (ax === 1.0) return 1.0;
    return y > 0 === ax > 1.0 ? Infinity : 0.0;
  }
  if (!Number.isFinite(x)) {
    const odd = isOddInteger(y);
    if (y > 0) return odd ? x : Math.abs(x);
    return odd ? (x < 0 ? -0 : 0) : 0.0;
  }
  if (x === 0) {
    if (y < 0) throw pyError("ZeroDivisionError", "0.0 cannot be raised to a negative power");
    return isOddInteger(y) ? x : 0.0;
  }
  if (x === 1.0) return 1.0;
  let negate = false;
  let base = x;
  if (x < 0) {
    if (!Number.isInteger(y)) throw pyError("ValueError", "complex results are not supported");
    base = -x;
    negate = isOddInteger(y);
  }
  if (base === 1.0) return negate ? -1.0 : 1.0;
  const r = positivePow(base, y);
  if (r === Infinity) throw pyError("OverflowError", "(34, 'Numerical result out of range')");
  return negate ? -r : r;
}

/** float.is_integer(). */
export function floatIsInteger(x: number): boolean {
  return Number.isFinite(x) && Math.floor(x) === x;
}

/** float.as_integer_ratio(): the exact value as a reduced fraction with a positive denominator. */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (Number.isNaN(x)) throw pyError("ValueError", "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x))
    throw pyError("OverflowError", "cannot convert Infinity to integer ratio");
  let { mant, exp } = decompose(x);
  if (mant === 0n) return [0, 1];
  while ((mant & 1n) === 0n) {
    mant >>= 1n;
    exp += 1;
  }
  return exp >= 0
    ? [normInt(mant << BigInt(exp)), 1]
    : [normInt(mant), normInt(1n << BigInt(-exp))];
}

/** math.floor(x) for a float, as an int. */
export function floatFloor(x: number): PyInt {
  return floatToInt(Math.floor(x));
}

/** math.ceil(x) for a float, as an int. */
export function floatCeil(x: number): PyInt {
  return floatToInt(Math.ceil(x));
}

/** math.trunc(x) / int(x) for a float, as an int. */
export function floatTrunc(x: number): PyInt {
  return floatToInt(x);
}
