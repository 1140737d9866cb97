/**
 * Correctly rounded x ** y for finite positive x. V8's Math.pow is off by an
 * ulp in roughly one result in ten; CPython calls the C library's pow, which
 * is correctly rounded except within a hair of a tie. So small integer
 * exponents are computed exactly with bigints and the rest through
 * logarithm and exponential in 192-bit fixed point.
 */
import { decompose, ratioToFloat } from "./exactFloat";
import { bitLength } from "./intCore";

const P = 192n; // fraction bits of the fixed-point numbers below
const ONE = 1n << P;

/** 2 * atanh(s) for a fixed-point s with |s| well below 1. */
function twoAtanh(s: bigint): bigint {
  // atanh is odd; a positive argument keeps >> truncating toward zero, so the series ends.
  if (s < 0n) return -twoAtanh(-s);
  const s2 = (s * s) >> P;
  let term = s;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * s2) >> P;
  }
  return 2n * sum;
}

const LN2 = twoAtanh(ONE / 3n); // ln 2 = 2 atanh(1/3)

/** ln(mant * 2**exp) in fixed point, for mant > 0. */
function lnFixed(mant: bigint, exp: number): bigint {
  const k = bitLength(mant) - 1;
  // Scale into [sqrt(1/2), sqrt(2)) so the atanh series converges fast.
  let e = exp + k;
  let f = mant << (P - BigInt(k));
  if (mant * mant > 1n << BigInt(2 * k + 1)) {
    f >>= 1n;
    e += 1;
  }
  const s = ((f - ONE) << P) / (f + ONE);
  return BigInt(e) * LN2 + twoAtanh(s);
}

/** exp(t / 2**P) as the exact ratio num/den of bigints; t must be within the float range. */
function expFixed(t: bigint): [bigint, bigint] {
  const k = t >= 0n ? (t + LN2 / 2n) / LN2 : -((LN2 / 2n - t) / LN2); // round(t / ln 2)
  const r = t - k * LN2; // |r| <= ln2/2 (up to rounding of k)
  let term = ONE;
  let sum = 0n;
  for (let n = 1n; term !== 0n; n++) {
    sum += term;
    term = (term * r) / (n * ONE);
  }
  return k >= 0n ? [sum << k, ONE] : [sum, ONE << -k];
}

/** x ** n exactly rounded, for finite x > 0 and a small integer n. */
function powExactInt(x: number, n: number): number {
  const { mant, exp } = decompose(x);
  const p = mant ** BigInt(Math.abs(n));
  const e = exp * n; // x**n == p * 2**e for n >= 0, and 2**e / p for n < 0
  if (n >= 0) return e >= 0 ? ratioToFloat(p << BigInt(e), 1n) : ratioToFloat(p, 1n << BigInt(-e));
  return e >= 0 ? ratioToFloat(1n << BigInt(e), p) : ratioToFloat(1n, p << BigInt(-e));
}

/** x ** y for finite x > 0 and finite y, correctly rounded; returns Infinity or 0 on overflow or underflow. */
export function positivePow(x: number, y: number): number {
  if (y === 1) return x;
  if (y === 2) return x * x; // one IEEE multiply is correctly rounded
  if (y === 0.5) return Math.sqrt(x);
  if (y === -1) return 1 / x;
  if (Number.isInteger(y) && Math.abs(y) <= 64) return powExactInt(x, y);
  if (x === 1) return 1;
  // |ln x| >= 2**-53 for x != 1, so beyond 2**64 the result is out of range either way.
  if (Math.abs(y) >= 2 ** 64) return x > 1 === y > 0 ? Infinity : 0;
  const lx = decompose(x);
  const ly = decompose(y);
  let t = ly.mant * lnFixed(lx.mant, lx.exp);
  t = ly.exp >= 0 ? t << BigInt(ly.exp) : t >> BigInt(-ly.exp);
  if (t > 710n * ONE) return Infinity;
  if (t < -746n * ONE) return 0;
  const [num, den] = expFixed(t);
  return ratioToFloat(num, den);
}
