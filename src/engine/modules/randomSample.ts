/** random.Random.sample and .choices, ported from CPython 3.11's random.py. */
import { binaryOp } from "../runtime/binops";
import { PyDict, PySet } from "../runtime/containers";
import { IndexError, pyErr, typeError, ValueError } from "../runtime/exceptions";
import { asInt } from "../runtime/numeric";
import { PyList, PyRange, PyTuple, type Ctx, type NativeFn, type PyValue } from "../runtime/object";
import { getItem, getIter, lenOf, lessThan, next, toArray } from "../runtime/ops";
import { newFloat, newList, None, RangeType, typeOf } from "../runtime/types";
import { log } from "./mathExact";
import type { PyRandom } from "./random";
import { params, required } from "./randomArgs";
import { toDouble } from "./util";

const self = (a: PyValue[]) => a[0] as PyRandom;

/** Is `v` a Sequence as random.sample requires (list, tuple, str, range, or a class with __getitem__ and __len__)? */
function isSequence(v: PyValue): boolean {
  if (typeof v === "string" || v instanceof PyList || v instanceof PyTuple || v instanceof PyRange)
    return true;
  if (v instanceof PyDict || v instanceof PySet || typeof v !== "object") return false;
  return v.cls.lookup("__getitem__") !== undefined && v.cls.lookup("__len__") !== undefined;
}

function sample(
  ctx: Ctx,
  r: PyRandom,
  population: PyValue,
  kv: PyValue,
  counts: PyValue | undefined,
): PyValue[] {
  if (!isSequence(population))
    throw typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
  const n = lenOf(ctx, population);
  if (counts !== undefined && counts !== None) {
    const cum = accumulate(ctx, counts);
    if (cum.length !== n)
      throw pyErr(ValueError, "The number of counts does not match the population");
    const total = cum.pop()!;
    const t = asInt(total);
    if (t === null || typeof total === "boolean") throw typeError("Counts must be integers");
    if (t <= 0) throw pyErr(ValueError, "Total of counts must be greater than zero");
    const selections = sample(ctx, r, new PyRange(RangeType, 0, Number(t), 1), kv, undefined);
    return selections.map((s) => getItem(ctx, population, bisectRight(ctx, cum, s, 0, cum.length)));
  }
  const k = asInt(kv);
  if (k === null)
    throw typeError(`'${typeOf(kv).name}' object cannot be interpreted as an integer`);
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

function choices(
  ctx: Ctx,
  r: PyRandom,
  population: PyValue,
  weights: PyValue,
  cumIn: PyValue,
  kv: PyValue,
): PyValue[] {
  const n = lenOf(ctx, population);
  const k = Number(asInt(kv) ?? 0);
  if (asInt(kv) === null)
    throw typeError(`'${typeOf(kv).name}' object cannot be interpreted as an integer`);
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
      if (asInt(weights) !== null)
        throw typeError(
          `The number of choices must be a keyword argument: k=${String(asInt(weights))}`,
        );
      throw e;
    }
    return weighted(ctx, r, population, n, cum, k);
  }
  if (weights !== None) throw typeError("Cannot specify both weights and cumulative weights");
  return weighted(ctx, r, population, n, toArray(ctx, cumIn), k);
}

function weighted(
  ctx: Ctx,
  r: PyRandom,
  population: PyValue,
  n: number,
  cum: PyValue[],
  k: number,
): PyValue[] {
  if (cum.length !== n)
    throw pyErr(ValueError, "The number of weights does not match the population");
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

/** sample() and choices(), by name (each receives self first). */
export const randomSampling: Record<string, NativeFn> = {
  sample(ctx, a, kw) {
    const [pop, k, counts] = params("sample", a, kw, ["population", "k"], ["counts"]);
    return newList(
      sample(
        ctx,
        self(a),
        required("sample", pop, "population"),
        required("sample", k, "k"),
        counts,
      ),
    );
  },
  choices(ctx, a, kw) {
    const [pop, w, cum, k] = params(
      "choices",
      a,
      kw,
      ["population", "weights"],
      ["cum_weights", "k"],
    );
    return newList(
      choices(ctx, self(a), required("choices", pop, "population"), w ?? None, cum ?? None, k ?? 1),
    );
  },
};
