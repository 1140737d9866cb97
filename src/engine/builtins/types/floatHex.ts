/** float.hex() and float.fromhex(), following CPython's float_hex / float_fromhex. */
import { OverflowError, pyErr, ValueError } from "../../runtime/exceptions";
import { floatRepr } from "../../values/floatRepr";
import { decompose, ratioToFloat } from "../../values/exactFloat";

const MIN_EXP = -1021; // C's DBL_MIN_EXP

/** x.hex(): `0x1.8000000000000p+0` style, 13 hex digits after the point. */
export function floatHex(x: number): string {
  if (!Number.isFinite(x)) return floatRepr(x);
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  // decompose gives a 53-bit mantissa for normals (and the raw one for subnormals), which is
  // exactly CPython's "leading digit . 52 fraction bits" once the exponent is adjusted.
  const { mant, exp } = decompose(Math.abs(x));
  const bits = mant.toString(2).length;
  let e = exp + bits; // frexp exponent
  e -= 1 - Math.max(MIN_EXP - e, 0);
  const intPart = mant >> 52n;
  const frac = mant & ((1n << 52n) - 1n);
  const digits = frac.toString(16).padStart(13, "0");
  const sign = x < 0 ? "-" : "";
  return `${sign}0x${intPart.toString(16)}.${digits}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

const HEX = /^([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?[0-9]+))?$/i;
const SPECIAL = /^([+-])?(inf|infinity|nan)$/i;

/** float.fromhex(s) */
export function floatFromHex(s: string): number {
  const t = s.trim();
  const sp = SPECIAL.exec(t);
  if (sp) {
    const v = sp[2].toLowerCase() === "nan" ? NaN : Infinity;
    return sp[1] === "-" ? -v : v;
  }
  const m = HEX.exec(t);
  if (!m || (m[2] === "" && (m[3] === undefined || m[3] === "")))
    throw pyErr(ValueError, "invalid hexadecimal floating-point string");
  const intDigits = m[2];
  const fracDigits = m[3] ?? "";
  const mant = BigInt("0x0" + intDigits + fracDigits);
  const exp = Number(m[4] ?? "0") - 4 * fracDigits.length;
  let v: number;
  if (mant === 0n) v = 0;
  else if (exp > 2000) v = Infinity;
  else if (exp < -2200 - 4 * (intDigits.length + fracDigits.length)) v = 0;
  else
    v = exp >= 0 ? ratioToFloat(mant << BigInt(exp), 1n) : ratioToFloat(mant, 1n << BigInt(-exp));
  if (!Number.isFinite(v))
    throw pyErr(OverflowError, "hexadecimal value too large to represent as a float");
  return m[1] === "-" ? -v : v;
}
