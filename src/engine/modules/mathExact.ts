/**
 * Elementary functions rounded like glibc's. CPython's math calls the C library,
 * whose exp, log, log2, sin, cos, tan, atan, asin, acos and atan2 are correctly
 * rounded in all but a handful of cases; V8's Math.* functions are off by an ulp
 * in several percent of results. So these compute in 160-bit fixed point with
 * bigints and round once. log10 follows glibc's own (not correctly rounded) recipe.
 */
import { decompose, ratioToFloat } from "../values/exactFloat";

const Q = 160; // fraction bits of the working precision
const QN = BigInt(Q);
const ONE = 1n << QN;

/** 2 * atanh(s) for a fixed-point |s| <= 0.2. */
function twoAtanh(s: bigint): bigint {
  const s2 = (s * s) >> QN;
  let term = s;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * s2) / ONE; // truncates toward zero, so a negative series ends too
  }
  return 2n * sum;
}

/** atan(1/n) with `bits` fraction bits (Machin's series), for computing pi. */
function atanInv(n: bigint, bits: bigint): bigint {
  const n2 = n * n;
  let term = (1n << bits) / n;
  let sum = 0n;
  for (let k = 1n, sign = 1n; term !== 0n; k += 2n, sign = -sign) {
    sum += (sign * term) / k;
    term /= n2;
  }
  return sum;
}

const LN2 = twoAtanh(ONE / 3n);
/** pi with PI_BITS fraction bits: enough to reduce any double modulo pi/2. */
const PI_BITS = 1500n;
let piFull: bigint | null = null;
function pi(bits: bigint): bigint {
  piFull ??= 16n * atanInv(5n, PI_BITS + 16n) - 4n * atanInv(239n, PI_BITS + 16n);
  return piFull >> (PI_BITS + 16n - bits);
}

/** A finite double as a fixed-point bigint (floor). */
function toFixed(x: number): bigint {
  const { mant, exp } = decompose(x);
  const sh = exp + Q;
  return sh >= 0 ? mant << BigInt(sh) : mant >> BigInt(-sh);
}

const fromFixed = (v: bigint): number => ratioToFloat(v, ONE);

/** exp(x), correctly rounded (Infinity on overflow, 0 on underflow). */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 710) return Infinity;
  if (x < -746) return 0;
  const t = toFixed(x);
  const k = t >= 0n ? (t + LN2 / 2n) / LN2 : -((LN2 / 2n - t) / LN2);
  const r = t - k * LN2;
  let term = ONE;
  let sum = 0n;
  for (let n = 1n; term !== 0n; n++) {
    sum += term;
    term = (term * r) / (n * ONE);
  }
  return k >= 0n ? ratioToFloat(sum << k, ONE) : ratioToFloat(sum, ONE << -k);
}

/** ln(x) in fixed point for a finite x > 0. */
function lnFixed(x: number): bigint {
  const { mant, exp: e0 } = decompose(x);
  const k = mant.toString(2).length - 1;
  let e = e0 + k;
  let f = (mant << QN) >> BigInt(k); // in [1, 2)
  if (mant * mant > 1n << BigInt(2 * k + 1)) {
    f >>= 1n; // now in [sqrt(1/2), sqrt(2))
    e += 1;
  }
  return BigInt(e) * LN2 + twoAtanh(((f - ONE) << QN) / (f + ONE));
}

/** Natural log for finite x > 0, correctly rounded. */
export function log(x: number): number {
  return fromFixed(lnFixed(x));
}

/** log2 for finite x > 0, correctly rounded (exact for powers of two). */
export function log2(x: number): number {
  return ratioToFloat(lnFixed(x), LN2);
}

const IVLN10 = 4.34294481903251816668e-1;
const LOG10_2HI = 3.01029995663611771306e-1;
const LOG10_2LO = 3.69423907715893078616e-13;

/** log10 for finite x > 0 as glibc computes it (split exponent, then log of the mantissa). */
export function log10(x: number): number {
  const { mant, exp: e0 } = decompose(x);
  const bits = mant.toString(2).length;
  const k = e0 + bits - 1; // x = m * 2**k with m in [1, 2)
  const i = k < 0 ? 1 : 0;
  const y = k + i;
  const m = ratioToFloat(mant, 1n << BigInt(bits - 1 + i)); // exact: m in [1,2) or [0.5,1)
  const z = y * LOG10_2LO + IVLN10 * log(m);
  return z + y * LOG10_2HI;
}

/** [sin r, cos r] in fixed point for |r| <= pi/4. */
function sinCosFixed(r: bigint): [bigint, bigint] {
  const r2 = (r * r) >> QN;
  let s = 0n;
  let term = r;
  for (let n = 2n; term !== 0n; n += 2n) {
    s += term;
    term = -(term * r2) / (n * (n + 1n) * ONE);
  }
  let c = 0n;
  term = ONE;
  for (let n = 1n; term !== 0n; n += 2n) {
    c += term;
    term = -(term * r2) / (n * (n + 1n) * ONE);
  }
  return [s, c];
}

/** Reduce finite |x| >= 2**-26 modulo pi/2: [quadrant mod 4, remainder in fixed point]. */
function reduce(x: number): [number, bigint] {
  const { mant, exp: e } = decompose(Math.abs(x));
  const w = Q + 64 + Math.max(0, e + 53) + 64;
  const W = BigInt(w);
  const halfPi = pi(W) >> 1n;
  const X = mant << BigInt(e + w);
  const n = (X + halfPi / 2n) / halfPi;
  const r = (X - n * halfPi) >> (W - QN);
  return [Number(n % 4n), r];
}

/** sin, cos or tan of a finite x, correctly rounded. */
export function trig(kind: "sin" | "cos" | "tan", x: number): number {
  if (!Number.isFinite(x)) return NaN;
  if (Math.abs(x) < 2 ** -26) return kind === "cos" ? 1 : x;
  const [q, r] = reduce(x);
  const [s, c] = sinCosFixed(r);
  const sign = x < 0 ? -1n : 1n;
  if (kind === "tan") return q % 2 === 0 ? ratioToFloat(sign * s, c) : ratioToFloat(-sign * c, s);
  if (kind === "sin") {
    const v = q === 0 ? s : q === 1 ? c : q === 2 ? -s : -c;
    return fromFixed(sign * v);
  }
  return fromFixed(q === 0 ? c : q === 1 ? -s : q === 2 ? -c : s);
}

/** atan(num/den) in fixed point for num, den >= 0 (not both zero). */
function atanRatio(num: bigint, den: bigint): bigint {
  if (num > den) return (pi(QN) >> 1n) - atanRatio(den, num);
  let w = (num << QN) / den;
  // Two half-angle steps bring w under tan(pi/16), where the series converges fast.
  for (let i = 0; i < 2; i++) {
    const root = sqrtFixed(ONE + ((w * w) >> QN));
    w = (w << QN) / (ONE + root);
  }
  const w2 = (w * w) >> QN;
  let term = w;
  let sum = 0n;
  for (let k = 1n, sign = 1n; term !== 0n; k += 2n, sign = -sign) {
    sum += (sign * term) / k;
    term = (term * w2) >> QN;
  }
  return 4n * sum;
}

function sqrtFixed(v: bigint): bigint {
  return isqrt(v << QN);
}

function isqrt(n: bigint): bigint {
  if (n <= 0n) return 0n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** A finite positive double as an exact ratio num/den of bigints. */
function ratioOf(x: number): [bigint, bigint] {
  const { mant, exp: e } = decompose(x);
  return e >= 0 ? [mant << BigInt(e), 1n] : [mant, 1n << BigInt(-e)];
}

/** atan(num/den) rounded, keeping relative precision when the ratio is tiny. */
function atanRounded(num: bigint, den: bigint, negate: boolean): number {
  const sign = negate ? -1n : 1n;
  if (num * (1n << 20n) < den) {
    // atan(z) = z * (1 - z²/3 + z⁴/5 …): scale the exact ratio by the series in z².
    const z2 = ((num * num) << QN) / (den * den);
    let term = ONE;
    let sum = 0n;
    for (let k = 1n, s = 1n; term !== 0n; k += 2n, s = -s) {
      sum += (s * term) / k;
      term = (term * z2) >> QN;
    }
    return ratioToFloat(sign * num * sum, den * ONE);
  }
  return fromFixed(sign * atanRatio(num, den));
}

/** atan(x), correctly rounded. */
export function atan(x: number): number {
  if (Number.isNaN(x) || x === 0) return x;
  if (!Number.isFinite(x)) return x > 0 ? Math.PI / 2 : -Math.PI / 2;
  const [n, d] = ratioOf(Math.abs(x));
  return atanRounded(n, d, x < 0);
}

/** atan2(y, x) for finite, nonzero y (CPython handles the special values first). */
export function atan2(y: number, x: number): number {
  const [yn, yd] = ratioOf(Math.abs(y));
  if (x === 0) return y > 0 ? Math.PI / 2 : -Math.PI / 2;
  const [xn, xd] = ratioOf(Math.abs(x));
  if (x > 0) return atanRounded(yn * xd, yd * xn, y < 0);
  const v = pi(QN) - atanRatio(yn * xd, yd * xn);
  return fromFixed(y < 0 ? -v : v);
}

/** asin (kind "asin") or acos for |x| <= 1, correctly rounded; NaN outside the domain. */
export function arcsin(kind: "asin" | "acos", x: number): number {
  if (!(Math.abs(x) <= 1)) return NaN;
  if (kind === "asin" && Math.abs(x) < 2 ** -26) return x;
  const [n, d] = ratioOf(Math.abs(x) || 1);
  const num = x === 0 ? 0n : n;
  // asin|x| = atan(|x| / sqrt(1 - x²)), with the root of the exact rational 1 - x².
  const root = isqrt((d * d - num * num) << (2n * QN));
  const a = root === 0n ? pi(QN) >> 1n : atanRatio(num << QN, root);
  if (kind === "asin") return fromFixed(x < 0 ? -a : a);
  const half = pi(QN) >> 1n;
  return fromFixed(x < 0 ? half + a : half - a);
}
