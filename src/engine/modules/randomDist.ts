/** random.Random's distribution methods (uniform, gauss …), ported from CPython 3.11's random.py. */
import { binaryOp } from "../runtime/binops";
import { pyErr, ZeroDivisionError } from "../runtime/exceptions";
import type { Ctx, NativeFn, PyValue } from "../runtime/object";
import { newFloat, None } from "../runtime/types";
import { floatPow } from "../values/floatOps";
import { exp, log, trig } from "./mathExact";
import type { PyRandom } from "./random";
import { params, required } from "./randomArgs";
import { lift, toDouble } from "./util";

const self = (a: PyValue[]) => a[0] as PyRandom;
const num = (ctx: Ctx, v: PyValue | undefined, dflt: number) =>
  v === undefined ? dflt : toDouble(ctx, v);
const sqrt = Math.sqrt;
const cos = (x: number) => trig("cos", x);
const sin = (x: number) => trig("sin", x);
/** The C library's log with its domain: log(0) = -inf. */
const ln = (x: number) => (x === 0 ? -Infinity : log(x));
const NV_MAGICCONST = (4 * exp(-0.5)) / sqrt(2);

function gauss(r: PyRandom, mu: number, sigma: number): number {
  let z = r.gaussNext;
  r.gaussNext = null;
  if (z === null) {
    const x2pi = r.mt.random() * (2 * Math.PI);
    const g2rad = sqrt(-2 * ln(1 - r.mt.random()));
    z = cos(x2pi) * g2rad;
    r.gaussNext = sin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}

function normal(r: PyRandom, mu: number, sigma: number): number {
  for (;;) {
    const u1 = r.mt.random();
    const u2 = 1 - r.mt.random();
    const z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    if ((z * z) / 4 <= -ln(u2)) return mu + z * sigma;
  }
}

const div = (x: number, y: number) => {
  if (y === 0) throw pyErr(ZeroDivisionError, "float division by zero");
  return x / y;
};

/** The methods, by name (each receives self first). */
/** The distribution methods, by name (each receives self first). */
export const randomDistributions: Record<string, NativeFn> = {
  uniform(ctx, a, kw) {
    const [lo, hi] = params("uniform", a, kw, ["a", "b"]);
    const x = required("uniform", lo, "a");
    const y = required("uniform", hi, "b");
    return binaryOp(
      ctx,
      0,
      x,
      binaryOp(ctx, 2, binaryOp(ctx, 1, y, x, false), newFloat(self(a).mt.random()), false),
      false,
    );
  },
  triangular(ctx, a, kw) {
    const [lowV, highV, modeV] = params("triangular", a, kw, ["low", "high", "mode"]);
    let low = num(ctx, lowV, 0);
    let high = num(ctx, highV, 1);
    let u = self(a).mt.random();
    if (high - low === 0 && modeV !== undefined && modeV !== None) return lowV ?? newFloat(0);
    let c =
      modeV === undefined || modeV === None ? 0.5 : (toDouble(ctx, modeV) - low) / (high - low);
    if (u > c) {
      u = 1 - u;
      c = 1 - c;
      [low, high] = [high, low];
    }
    return newFloat(low + (high - low) * sqrt(u * c));
  },
  gauss(ctx, a, kw) {
    const [mu, sigma] = params("gauss", a, kw, ["mu", "sigma"]);
    return newFloat(gauss(self(a), num(ctx, mu, 0), num(ctx, sigma, 1)));
  },
  normalvariate(ctx, a, kw) {
    const [mu, sigma] = params("normalvariate", a, kw, ["mu", "sigma"]);
    return newFloat(normal(self(a), num(ctx, mu, 0), num(ctx, sigma, 1)));
  },
  lognormvariate(ctx, a, kw) {
    const [mu, sigma] = params("lognormvariate", a, kw, ["mu", "sigma"]);
    const z = normal(
      self(a),
      toDouble(ctx, required("lognormvariate", mu, "mu")),
      toDouble(ctx, required("lognormvariate", sigma, "sigma")),
    );
    return newFloat(exp(z));
  },
  expovariate(ctx, a, kw) {
    const [lambd] = params("expovariate", a, kw, ["lambd"]);
    const l = toDouble(ctx, required("expovariate", lambd, "lambd"));
    return newFloat(div(-ln(1 - self(a).mt.random()), l));
  },
  paretovariate(ctx, a, kw) {
    const [alpha] = params("paretovariate", a, kw, ["alpha"]);
    const u = 1 - self(a).mt.random();
    return newFloat(
      lift(() => floatPow(u, div(-1, toDouble(ctx, required("paretovariate", alpha, "alpha"))))),
    );
  },
  weibullvariate(ctx, a, kw) {
    const [alpha, beta] = params("weibullvariate", a, kw, ["alpha", "beta"]);
    const u = 1 - self(a).mt.random();
    const al = toDouble(ctx, required("weibullvariate", alpha, "alpha"));
    const be = toDouble(ctx, required("weibullvariate", beta, "beta"));
    return newFloat(al * lift(() => floatPow(-ln(u), div(1, be))));
  },
};
