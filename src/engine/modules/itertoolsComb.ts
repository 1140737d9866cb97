/** itertools' combinatoric iterators (product, permutations, combinations …), lazy, in CPython's order. */
import { pyErr, typeError, ValueError } from "../runtime/exceptions";
import { asInt } from "../runtime/numeric";
import { PyNativeIter, type PyType, type PyValue } from "../runtime/object";
import { toArray } from "../runtime/ops";
import { newTuple, None, typeOf } from "../runtime/types";
import { iteratorType } from "./iterTypes";

const M = "itertools";

/** Parse the `r` argument: a non-negative int. */
function rArg(v: PyValue | undefined, dflt: number, fname: string): number {
  if (v === undefined || v === None) {
    if (dflt < 0) throw typeError(`${fname}() missing required argument 'r' (pos 2)`);
    return dflt;
  }
  const n = asInt(v);
  if (n === null) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (n < 0) throw pyErr(ValueError, "r must be non-negative");
  return Number(n);
}

/** An iterator over index vectors: `first` gives the initial indices (or null for none), `advance` steps them. */
function indexIter(
  cls: PyType,
  pool: PyValue[],
  first: () => number[] | null,
  advance: (idx: number[]) => boolean,
): PyNativeIter {
  let idx: number[] | null = null;
  let started = false;
  let done = false;
  return new PyNativeIter(cls, () => {
    if (done) return undefined;
    if (!started) {
      started = true;
      idx = first();
      if (idx === null) {
        done = true;
        return undefined;
      }
    } else if (!advance(idx!)) {
      done = true;
      return undefined;
    }
    return newTuple(idx!.map((i) => pool[i]));
  });
}

const ProductType = iteratorType(M, "product", (ctx, a, kw, cls) => {
  for (const k of kw?.keys() ?? [])
    if (k !== "repeat") throw typeError(`product() got an unexpected keyword argument '${k}'`);
  const rv = kw?.get("repeat");
  const repeat = rv === undefined ? 1 : Number(asInt(rv) ?? 1);
  if (rv !== undefined && asInt(rv) === null)
    throw typeError(`'${typeOf(rv).name}' object cannot be interpreted as an integer`);
  if (repeat < 0) throw pyErr(ValueError, "repeat argument cannot be negative");
  const base = a.map((x) => toArray(ctx, x));
  const pools: PyValue[][] = [];
  for (let r = 0; r < repeat; r++) pools.push(...base);
  let idx: number[] | null = null;
  let done = false;
  return new PyNativeIter(cls, () => {
    if (done) return undefined;
    if (idx === null) {
      if (pools.some((p) => p.length === 0)) {
        done = true;
        return undefined;
      }
      idx = pools.map(() => 0);
    } else {
      // Odometer: bump the rightmost index that can move, resetting the ones after it.
      let i = pools.length - 1;
      while (i >= 0 && idx[i] === pools[i].length - 1) idx[i--] = 0;
      if (i < 0) {
        done = true;
        return undefined;
      }
      idx[i]++;
    }
    return newTuple(idx.map((j, k) => pools[k][j]));
  });
});

const PermutationsType = iteratorType(M, "permutations", (ctx, a, kw, cls) => {
  const pool = toArray(ctx, a[0] ?? kw?.get("iterable") ?? None);
  const n = pool.length;
  const r = rArg(a[1] ?? kw?.get("r"), n, "permutations");
  let indices: number[] = [];
  let cycles: number[] = [];
  let out: number[] = [];
  return indexIter(
    cls,
    pool,
    () => {
      if (r > n) return null;
      indices = Array.from({ length: n }, (_, i) => i);
      cycles = Array.from({ length: r }, (_, i) => n - i);
      out = indices.slice(0, r);
      return out;
    },
    (o) => {
      // The algorithm from the itertools documentation (CPython's C code does the same).
      for (let i = r - 1; i >= 0; i--) {
        cycles[i]--;
        if (cycles[i] === 0) {
          const moved = indices[i];
          indices.splice(i, 1);
          indices.push(moved);
          cycles[i] = n - i;
        } else {
          const j = cycles[i];
          [indices[i], indices[n - j]] = [indices[n - j], indices[i]];
          o.splice(0, r, ...indices.slice(0, r));
          return true;
        }
      }
      return false;
    },
  );
});

/** combinations (repeats=false) and combinations_with_replacement (repeats=true). */
function combinationsType(name: string, repeats: boolean) {
  return iteratorType(M, name, (ctx, a, kw, cls) => {
    const pool = toArray(ctx, a[0] ?? kw?.get("iterable") ?? None);
    const n = pool.length;
    const r = rArg(a[1] ?? kw?.get("r"), -1, name);
    return indexIter(
      cls,
      pool,
      () => {
        if (repeats ? n === 0 && r > 0 : r > n) return null;
        return Array.from({ length: r }, (_, i) => (repeats ? 0 : i));
      },
      (idx) => {
        let i = r - 1;
        if (repeats) {
          while (i >= 0 && idx[i] === n - 1) i--;
          if (i < 0) return false;
          const v = idx[i] + 1;
          for (let j = i; j < r; j++) idx[j] = v;
          return true;
        }
        while (i >= 0 && idx[i] === i + n - r) i--;
        if (i < 0) return false;
        idx[i]++;
        for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
        return true;
      },
    );
  });
}

/** The combinatoric iterator types. */
export const combinatoricTypes = [
  ProductType,
  PermutationsType,
  combinationsType("combinations", false),
  combinationsType("combinations_with_replacement", true),
];
