/**
 * PyOS_double_to_string: the one routine behind repr(float), format() and
 * %-formatting of floats. A port of CPython's format_float_short, which lays
 * out dtoa's digits as a slice of an infinite zero-padded digit string.
 */
import { type Digits, shortestDigits, fixedDigits, significantDigits } from "./dtoa";

/** Options of doubleToString (CPython's Py_DTSF_* flags). */
export interface DoubleToStringFlags {
  /** Always write a sign ('+' for non-negative). */
  sign?: boolean;
  /** Append ".0" to integral values written without exponent (repr style). */
  addDot0?: boolean;
  /** Alternate form: keep the decimal point and trailing zeros. */
  alt?: boolean;
  /** Turn a negative zero result (after rounding) into a positive one ('z' option). */
  noNegZero?: boolean;
}

/**
 * Formats x as CPython's PyOS_double_to_string with format code e/f/g/r
 * (uppercase E/F/G for capital letters) and the given precision.
 */
export function doubleToString(
  x: number,
  code: string,
  precision: number,
  flags: DoubleToStringFlags = {},
): string {
  const upper = code === "E" || code === "F" || code === "G";
  const lc = code.toLowerCase();
  let sign = x < 0 || Object.is(x, -0);
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x)) sign = false; // CPython ignores the sign of a NaN
    const word = Number.isNaN(x) ? "nan" : "inf";
    return (sign ? "-" : flags.sign ? "+" : "") + (upper ? word.toUpperCase() : word);
  }
  let d: Digits;
  if (lc === "e") {
    precision += 1;
    d = significantDigits(x, precision);
  } else if (lc === "f") d = fixedDigits(x, precision);
  else if (lc === "g") {
    if (precision === 0) precision = 1;
    d = significantDigits(x, precision);
  } else d = x === 0 ? { digits: "0", decpt: 1 } : shortestDigits(x);
  const { digits } = d;
  let decpt = d.decpt;
  const len = digits.length;
  if (flags.noNegZero && sign && (len === 0 || digits === "0")) sign = false;

  let useExp = false;
  let vEnd = len;
  if (lc === "e") {
    useExp = true;
    vEnd = precision;
  } else if (lc === "f") vEnd = decpt + precision;
  else if (lc === "g") {
    if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
    if (flags.alt) vEnd = precision;
  } else if (decpt <= -4 || decpt > 16) useExp = true;

  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && flags.addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
  else vEnd = vEnd > decpt ? vEnd : decpt;

  let out = sign ? "-" : flags.sign ? "+" : "";
  if (decpt <= 0) out += "0".repeat(decpt - vStart) + "." + "0".repeat(-decpt);
  else out += "0".repeat(-vStart);
  if (decpt > 0 && decpt <= len) out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out += digits;
  if (len < decpt) out += "0".repeat(decpt - len) + "." + "0".repeat(vEnd - decpt);
  else out += "0".repeat(vEnd - len);
  if (out.endsWith(".") && !flags.alt) out = out.slice(0, -1);
  if (useExp) {
    const a = Math.abs(exp);
    out += (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (a < 10 ? "0" : "") + a;
  }
  return out;
}
