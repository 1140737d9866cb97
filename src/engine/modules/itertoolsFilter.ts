/** itertools' filtering iterators: compress, dropwhile, takewhile, filterfalse, starmap, islice. */
import { pyErr, typeError, ValueError } from "../runtime/exceptions";
import { asInt } from "../runtime/numeric";
import { PyNativeIter, type Ctx, type PyValue } from "../runtime/object";
import { getIter, next, toArray, truthy } from "../runtime/ops";
import { None } from "../runtime/types";
import { iteratorType, noKw, once } from "./iterTypes";

const M = "itertools";

const CompressType = iteratorType(M, "compress", (ctx, a, kw, cls) => {
  const data = getIter(ctx, a[0] ?? kw?.get("data") ?? None);
  const sel = getIter(ctx, a[1] ?? kw?.get("selectors") ?? None);
  return new PyNativeIter(
    cls,
    once((c) => {
      for (;;) {
        const d = next(c, data);
        if (d === undefined) return undefined;
        const s = next(c, sel);
        if (s === undefined) return undefined;
        if (truthy(c, s)) return d;
      }
    }),
  );
});

/** dropwhile / takewhile / filterfalse share their argument handling. */
function predicateType(
  name: string,
  make: (pred: PyValue, it: PyValue) => (c: Ctx) => PyValue | undefined,
) {
  return iteratorType(M, name, (ctx, a, kw, cls) => {
    noKw(name, kw);
    if (a.length !== 2) throw typeError(`${name} expected 2 arguments, got ${a.length}`);
    return new PyNativeIter(cls, once(make(a[0], getIter(ctx, a[1]))));
  });
}

const DropWhileType = predicateType("dropwhile", (pred, it) => {
  let dropping = true;
  return (c) => {
    for (;;) {
      const v = next(c, it);
      if (v === undefined) return undefined;
      if (!dropping) return v;
      if (!truthy(c, c.call(pred, [v]))) {
        dropping = false;
        return v;
      }
    }
  };
});

const TakeWhileType = predicateType("takewhile", (pred, it) => (c) => {
  const v = next(c, it);
  if (v === undefined) return undefined;
  return truthy(c, c.call(pred, [v])) ? v : undefined;
});

const FilterFalseType = predicateType("filterfalse", (pred, it) => (c) => {
  for (;;) {
    const v = next(c, it);
    if (v === undefined) return undefined;
    if (!truthy(c, pred === None ? v : c.call(pred, [v]))) return v;
  }
});

const StarmapType = predicateType("starmap", (fn, it) => (c) => {
  const v = next(c, it);
  if (v === undefined) return undefined;
  return c.call(fn, toArray(c, v));
});

/** islice's bound: None or a non-negative int. */
function sliceBound(v: PyValue | undefined, dflt: number | null, msg: string): number | null {
  if (v === undefined || v === None) return dflt;
  const n = asInt(v);
  if (n === null || n < 0) throw pyErr(ValueError, msg);
  return Number(n);
}

const IsliceType = iteratorType(M, "islice", (ctx, a, kw, cls) => {
  noKw("islice", kw);
  if (a.length < 2 || a.length > 4)
    throw typeError(
      `islice expected ${a.length < 2 ? "at least 2" : "at most 4"} arguments, got ${a.length}`,
    );
  const it = getIter(ctx, a[0]);
  const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  let start = 0;
  let step = 1;
  let stop: number | null;
  if (a.length === 2)
    stop = sliceBound(
      a[1],
      null,
      "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
    );
  else {
    start = sliceBound(a[1], 0, idxMsg)!;
    stop = sliceBound(a[2], null, idxMsg);
    if (a.length === 4 && a[3] !== None) {
      const s = asInt(a[3]);
      if (s === null || s <= 0)
        throw pyErr(ValueError, "Step for islice() must be a positive integer or None.");
      step = Number(s);
    }
  }
  let cnt = 0;
  let nextIdx = start;
  let exhausted = false;
  // CPython's islice_next: skip to the next index, then stop at `stop` without over-consuming.
  return new PyNativeIter(cls, (c) => {
    if (exhausted) return undefined;
    while (cnt < nextIdx) {
      if (next(c, it) === undefined) return ((exhausted = true), undefined);
      cnt++;
    }
    if (stop !== null && cnt >= stop) return ((exhausted = true), undefined);
    const v = next(c, it);
    if (v === undefined) return ((exhausted = true), undefined);
    cnt++;
    nextIdx += step;
    if (stop !== null && nextIdx > stop) nextIdx = stop;
    return v;
  });
});

/** The filtering iterator types. */
export const filteringTypes = [
  CompressType,
  DropWhileType,
  TakeWhileType,
  FilterFalseType,
  StarmapType,
  IsliceType,
];
