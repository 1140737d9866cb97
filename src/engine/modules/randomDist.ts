/** random.Random's sampling and distribution methods, ported from CPython 3.11's random.py. */
import { binaryOp } from "../runtime/binops";
import { PyDict, PySet } from "../runtime/containers";
import { IndexError, pyErr, typeError, ValueError, ZeroDivisionError } from "../runtime/exceptions";
import { asInt } from "../runtime/numeric";
import { PyList, PyRange, PyTuple, type Ctx, type NativeFn, type PyValue } from "../runtime/object";
import { getItem, getIter, lenOf, lessThan, next, toArray } from "../runtime/ops";
import { newFloat, newList, None, RangeType, typeOf } from "../runtime/types";
import { floatPow } from "../values/floatOps";
import { exp, log, trig } from "./mathExact";
import type { PyRandom } from "./random";
import { lift, toDouble } from "./util";

/** Bind positional/keyword arguments of a method (after self) to `names`; missing ones are undefined. */
function params(fname: string, a: PyValue[], kw: Map<string, PyValue> | null, names: string[], kwOnly: string[] = []): (PyValue | undefined)[] {
  const args = a.slice(1);
  if (args.length > names.length) {
    const n = names.length + 1;
    throw typeError(`Random.${fname}() takes from 1 to ${n} positional arguments but ${args.length + 1} were given`);
  }
  const out: (PyValue | undefined)[] = [...args, ...new Array(names.length + kwOnly.length - args.length).fill(undefined)];
  for (const [k, v] of kw ?? []) {
    const i = [...names, ...kwOnly].indexOf(k);
    if (i < 0) throw typeError(`Random.${fname}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== undefined) throw typeError(`Random.${fname}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  return out;
}

function required(fname: string, v: PyValue | undefined, name: string): PyValue {
  if (v === undefined) throw typeError(`Random.${fname}() missing 1 required positional argument: '${name}'`);
  return v;
}

const self = (a: PyValue[]) => a[0] as PyRandom;
const num = (ctx: Ctx, v: PyValue | undefined, dflt: number) => (v === undefined ? dflt : toDouble(ctx, v));
const sqrt = Math.sqrt;
const cos = (x: number) => trig("cos", x);
const sin = (x: number) => trig("sin", x);
/** The C library's log with its domain: log(0) = -inf. */
const ln = (x: number) => (x === 0 ? -Infinity : log(x));
const NV_MAGICCONST = (4 * exp(-0.5)) / sqrt(2);

/** Is `v` a Sequence as random.sample requires (list, tuple, str, range, or a class with __getitem__ and __len__)? */
function isSequence(v: PyValue): boolean {
  if (typeof v === "string" || v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return true;
  if (v instanceof PyDict || v instanceof PySet || typeof v !== "object") return false;
  return v.cls.lookup("__getitem__") !== undefined && v.cls.lookup("__len__") !== undefined;
}

function sample(ctx: Ctx, r: PyRandom, population: PyValue, kv: PyValue, counts: PyValue | undefined): PyValue[] {
  if (!isSequence(population)) throw typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
  const n = lenOf(ctx, population);
  if (counts !== undefined && counts !== None) {
    const cum = accumulate(ctx, counts);
    if (cum.length !== n) throw pyErr(ValueError, "The number of counts does not match the population");
    const total = cum.pop()!;
    const t = asInt(total);
    if (t === null || typeof total === "boolean") throw typeError("Counts must be integers");
    if (t <= 0) throw pyErr(ValueError, "Total of counts must be greater than zero");
    const selections = sample(ctx, r, new PyRange(RangeType, 0, Number(t), 1), kv, undefined);
    return selections.map((s) => getItem(ctx, population, bisectRight(ctx, cum, s, 0, cum.length)));
  }
  const k = asInt(kv);
  if (k === null) throw typeError(`'${typeOf(kv).name}' object cannot be interpreted as an integer`);
  if (!(k >= 0 && k <= n)) throw pyErr(ValueError, "Sample larger than population or is negative");
  const kk = Number(k);
  const result: PyValue[] = new Array(kk);
  let setsize = 21;
  if (kk > 5) setsize += 4 ** Math.ceil(log(kk * 3) / log(4));
  if (n <= setsize) {
    const pool = toArray(ctx, population);
    for (let i = 0; i < kk; i++) {
      const j = r.mt.below(n - i) as number;
      result[i] = pool[j];
      pool[j] = pool[n - i - 1];
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < kk; i++) {
      let j = r.mt.below(n) as number;
      while (selected.has(j)) j = r.mt.below(n) as number;
      selected.add(j);
      result[i] = getItem(ctx, population, j);
    }
  }
  return result;
}

/** list(itertools.accumulate(v)) with Python's `+`. */
function accumulate(ctx: Ctx, v: PyValue): PyValue[] {
  const out: PyValue[] = [];
  const it = getIter(ctx, v);
  let acc: PyValue | undefined;
  for (let x = next(ctx, it); x !== undefined; x = next(ctx, it)) {
    acc = acc === undefined ? x : binaryOp(ctx, 0, acc, x, false);
    out.push(acc);
  }
  return out;
}

/** bisect.bisect_right(a, x, lo, hi) with Python's `<`. */
export function bisectRight(ctx: Ctx, a: PyValue[], x: PyValue, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lessThan(ctx, x, a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function choices(ctx: Ctx, r: PyRandom, population: PyValue, weights: PyValue, cumIn: PyValue, kv: PyValue): PyValue[] {
  const n = lenOf(ctx, population);
  const k = Number(asInt(kv) ?? 0);
  if (asInt(kv) === null) throw typeError(`'${typeOf(kv).name}' object cannot be interpreted as an integer`);
  const out: PyValue[] = [];
  if (cumIn === None) {
    if (weights === None) {
      for (let i = 0; i < k; i++) out.push(getItem(ctx, population, Math.floor(r.mt.random() * n)));
      return out;
    }
    let cum: PyValue[];
    try {
      cum = accumulate(ctx, weights);
    } catch (e) {
      if (asInt(weights) !== null) throw typeError(`The number of choices must be a keyword argument: k=${String(asInt(weights))}`);
      throw e;
    }
    return weighted(ctx, r, population, n, cum, k);
  }
  if (weights !== None) throw typeError("Cannot specify both weights and cumulative weights");
  return weighted(ctx, r, population, n, toArray(ctx, cumIn), k);
}

function weighted(ctx: Ctx, r: PyRandom, population: PyValue, n: number, cum: PyValue[], k: number): PyValue[] {
  if (cum.length !== n) throw pyErr(ValueError, "The number of weights does not match the population");
  if (!cum.length) throw pyErr(IndexError, "list index out of range");
  const total = toDouble(ctx, binaryOp(ctx, 0, cum[cum.length - 1], newFloat(0), false));
  if (total <= 0) throw pyErr(ValueError, "Total of weights must be greater than zero");
  if (!Number.isFinite(total)) throw pyErr(ValueError, "Total of weights must be finite");
  const out: PyValue[] = [];
  for (let i = 0; i < k; i++) {
    const x = newFloat(r.mt.random() * total);
    out.push(getItem(ctx, population, bisectRight(ctx, cum, x, 0, n - 1)));
  }
  return out;
}

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
export const randomDistributions: Record<string, NativeFn> = {
  sample(ctx, a, kw) {
    const [pop, k, counts] = params("sample", a, kw, ["population", "k"], ["counts"]);
    return newList(sample(ctx, self(a), required("sample", pop, "population"), required("sample", k, "k"), counts));
  },
  choices(ctx, a, kw) {
    const [pop, w, cum, k] = params("choices", a, kw, ["population", "weights"], ["cum_weights", "k"]);
    return newList(choices(ctx, self(a), required("choices", pop, "population"), w ?? None, cum ?? None, k ?? 1));
  },
  uniform(ctx, a, kw) {
    const [lo, hi] = params("uniform", a, kw, ["a", "b"]);
    const x = required("uniform", lo, "a");
    const y = required("uniform", hi, "b");
    return binaryOp(ctx, 0, x, binaryOp(ctx, 2, binaryOp(ctx, 1, y, x, false), newFloat(self(a).mt.random()), false), false);
  },
  triangular(ctx, a, kw) {
    const [lowV, highV, modeV] = params("triangular", a, kw, ["low", "high", "mode"]);
    let low = num(ctx, lowV, 0);
    let high = num(ctx, highV, 1);
    let u = self(a).mt.random();
    if (high - low === 0 && modeV !== undefined && modeV !== None) return lowV ?? newFloat(0);
    let c = modeV === undefined || modeV === None ? 0.5 : (toDouble(ctx, modeV) - low) / (high - low);
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
    const z = normal(self(a), toDouble(ctx, required("lognormvariate", mu, "mu")), toDouble(ctx, required("lognormvariate", sigma, "sigma")));
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
    return newFloat(lift(() => floatPow(u, div(-1, toDouble(ctx, required("paretovariate", alpha, "alpha"))))));
  },
  weibullvariate(ctx, a, kw) {
    const [alpha, beta] = params("weibullvariate", a, kw, ["alpha", "beta"]);
    const u = 1 - self(a).mt.random();
    const al = toDouble(ctx, required("weibullvariate", alpha, "alpha"));
    const be = toDouble(ctx, required("weibullvariate", beta, "beta"));
    return newFloat(al * lift(() => floatPow(-ln(u), div(1, be))));
  },
};
