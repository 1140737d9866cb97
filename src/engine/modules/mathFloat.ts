/** The float functions of `math` that CPython implements itself (fsum, hypot, frexp …), ported exactly. */
import { OverflowError, pyErr, typeError, ValueError } from "../runtime/exceptions";
import { asInt } from "../runtime/numeric";
import type { Ctx, NativeFn, PyValue } from "../runtime/object";
import { getIter, next, toArray } from "../runtime/ops";
import { newFloat, newTuple } from "../runtime/types";
import { decompose, ldexp } from "../values/exactFloat";
import { checkKwargs, takes, toDouble } from "./util";

const view = new DataView(new ArrayBuffer(8));

/** Whether the sign bit of x is set (also for -0.0 and negative NaNs). */
export function signBit(x: number): boolean {
  view.setFloat64(0, x);
  return view.getUint8(0) >= 128;
}

/** C's copysign. */
export function copysign(x: number, y: number): number {
  return signBit(x) === signBit(y) ? x : -x;
}

/** CPython's math.fsum: Shewchuk's exact partials, with its handling of inf, nan and overflow. */
function fsum(ctx: Ctx, seq: PyValue): number {
  const p: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  const it = getIter(ctx, seq);
  for (let item = next(ctx, it); item !== undefined; item = next(ctx, it)) {
    let x = toDouble(ctx, item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        // Either an inf/nan summand or an intermediate overflow.
        if (Number.isFinite(xsave)) throw pyErr(OverflowError, "intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw pyErr(ValueError, "-inf + inf in fsum");
    return specialSum;
  }
  let hi = 0;
  let lo = 0;
  let n = p.length;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Half-even rounding across partials (so fsum is commutative).
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

/** Dekker's split and product (CPython 3.11's dl_mul), exact as a double-length pair. */
function dlMul(x: number, y: number): [number, number] {
  const split = (v: number): [number, number] => {
    const t = v * 134217729;
    const h = t - (t - v);
    return [h, v - h];
  };
  const [xh, xl] = split(x);
  const [yh, yl] = split(y);
  const p = xh * yh;
  const q = xh * yl + xl * yh;
  const z = p + q;
  return [z, p - z + q + xl * yl];
}

/** CPython 3.11's vector_norm: an accurately rounded Euclidean norm of non-negative coordinates. */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = decompose(max).exp + decompose(max).mant.toString(2).length;
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return (
      DBL_MIN *
      vectorNorm(
        vec.map((v) => v / DBL_MIN),
        max / DBL_MIN,
        foundNan,
      )
    );
  }
  const scale = ldexp(1, -maxE);
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  for (const v of vec) {
    const x = v * scale;
    const [ph, pl] = dlMul(x, x);
    const s = csum + ph;
    frac2 += ph - (s - csum);
    csum = s;
    frac1 += pl;
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [ph, pl] = dlMul(-h, h);
  const s = csum + ph;
  frac2 += ph - (s - csum);
  csum = s;
  frac1 += pl;
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return h / scale;
}

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const { mant, exp } = decompose(x);
  const bits = (mant < 0n ? -mant : mant).toString(2).length;
  return [Number(mant) / 2 ** bits, exp + bits];
}

/** The float functions implemented here, by name. */
export const mathFloatFunctions: Record<string, NativeFn> = {
  fsum(ctx, a) {
    takes("math.fsum", a, 1);
    return newFloat(fsum(ctx, a[0]));
  },
  hypot(ctx, a) {
    let max = 0;
    let nan = false;
    const vec = a.map((v) => {
      const x = Math.abs(toDouble(ctx, v));
      nan ||= Number.isNaN(x);
      if (x > max) max = x;
      return x;
    });
    return newFloat(vectorNorm(vec, max, nan));
  },
  dist(ctx, a) {
    if (a.length !== 2) throw typeError(`dist expected 2 arguments, got ${a.length}`);
    const [p, q] = a.map((s) => toArray(ctx, s));
    if (p.length !== q.length)
      throw pyErr(ValueError, "both points must have the same number of dimensions");
    let max = 0;
    let nan = false;
    const vec = p.map((v, i) => {
      const x = Math.abs(toDouble(ctx, v) - toDouble(ctx, q[i]));
      nan ||= Number.isNaN(x);
      if (x > max) max = x;
      return x;
    });
    return newFloat(vectorNorm(vec, max, nan));
  },
  frexp(ctx, a) {
    takes("math.frexp", a, 1);
    const [m, e] = frexp(toDouble(ctx, a[0]));
    return newTuple([newFloat(m), e]);
  },
  ldexp(ctx, a) {
    if (a.length !== 2) throw typeError(`ldexp expected 2 arguments, got ${a.length}`);
    const x = toDouble(ctx, a[0]);
    const e = asInt(a[1]);
    if (e === null) throw typeError("Expected an int as second argument to ldexp.");
    if (x === 0 || !Number.isFinite(x)) return newFloat(x);
    const n = Number(e) > 5000 ? 5000 : Number(e) < -5000 ? -5000 : Number(e);
    const r = ldexp(x, n);
    if (!Number.isFinite(r)) throw pyErr(OverflowError, "math range error");
    return newFloat(r);
  },
  modf(ctx, a) {
    takes("math.modf", a, 1);
    const x = toDouble(ctx, a[0]);
    if (Number.isNaN(x)) return newTuple([newFloat(x), newFloat(x)]);
    if (!Number.isFinite(x)) return newTuple([newFloat(copysign(0, x)), newFloat(x)]);
    const ip = Math.trunc(x);
    return newTuple([newFloat(copysign(x - ip, x)), newFloat(ip)]);
  },
  fmod(ctx, a) {
    if (a.length !== 2) throw typeError(`fmod expected 2 arguments, got ${a.length}`);
    const x = toDouble(ctx, a[0]);
    const y = toDouble(ctx, a[1]);
    if (!Number.isFinite(y) && Number.isFinite(x) && !Number.isNaN(y)) return newFloat(x);
    const r = x % y;
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y))
      throw pyErr(ValueError, "math domain error");
    return newFloat(r);
  },
  copysign(ctx, a) {
    if (a.length !== 2) throw typeError(`copysign expected 2 arguments, got ${a.length}`);
    return newFloat(copysign(toDouble(ctx, a[0]), toDouble(ctx, a[1])));
  },
  isclose(ctx, a, kw) {
    checkKwargs("isclose", kw, ["a", "b", "rel_tol", "abs_tol"]);
    if (a.length > 2)
      throw typeError(`isclose() takes exactly 2 positional arguments (${a.length} given)`);
    const av = a[0] ?? kw?.get("a");
    const bv = a[1] ?? kw?.get("b");
    if (av === undefined) throw typeError("isclose() missing required argument 'a' (pos 1)");
    if (bv === undefined) throw typeError("isclose() missing required argument 'b' (pos 2)");
    const x = toDouble(ctx, av);
    const y = toDouble(ctx, bv);
    const relV = kw?.get("rel_tol");
    const absV = kw?.get("abs_tol");
    const rel = relV === undefined ? 1e-9 : toDouble(ctx, relV);
    const abs = absV === undefined ? 0 : toDouble(ctx, absV);
    if (rel < 0 || abs < 0) throw pyErr(ValueError, "tolerances must be non-negative");
    if (x === y) return true;
    if (Math.abs(x) === Infinity || Math.abs(y) === Infinity) return false;
    const diff = Math.abs(y - x);
    return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
  },
  remainder(ctx, a) {
    if (a.length !== 2) throw typeError(`remainder expected 2 arguments, got ${a.length}`);
    const x = toDouble(ctx, a[0]);
    const y = toDouble(ctx, a[1]);
    if (Number.isNaN(x) || Number.isNaN(y)) return newFloat(NaN);
    if (!Number.isFinite(x) || y === 0) throw pyErr(ValueError, "math domain error");
    if (!Number.isFinite(y)) return newFloat(x);
    // IEEE remainder: x - n*y with n the integer nearest x/y (ties to even), computed exactly.
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    let m = ax % ay;
    const c = ay - m;
    if (m > c) m = -c;
    else if (m === c) m = m - 2 * ((0.5 * (ax - m)) % ay);
    return newFloat(copysign(1, x) * m);
  },
  ulp(ctx, a) {
    takes("math.ulp", a, 1);
    let x = toDouble(ctx, a[0]);
    if (Number.isNaN(x)) return newFloat(x);
    x = Math.abs(x);
    if (x === Infinity) return newFloat(x);
    const { mant, exp } = decompose(x === 0 ? 5e-324 : x);
    return newFloat(ldexp(1, Math.max(exp + mant.toString(2).length - 53, -1074)));
  },
};
