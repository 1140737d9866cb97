/** The `itertools` module: every iterator is lazy and pulls one item at a time, as in CPython. */
import { binaryOp } from "../runtime/binops";
import { pyErr, typeError, ValueError } from "../runtime/exceptions";
import { asInt } from "../runtime/numeric";
import { PyBuiltin, PyFloat, PyNativeIter, PyWrapperDescr, type Ctx, type PyValue } from "../runtime/object";
import { getIter, next, repr, toArray, truthy } from "../runtime/ops";
import { BuiltinFunctionType, ClassMethodType, defMethod, newTuple, None } from "../runtime/types";
import { combinatoricTypes } from "./itertoolsComb";
import { groupingTypes } from "./itertoolsGroup";
import { iteratorType, noKw, once } from "./iterTypes";
import { defineModule } from "./registry";
import { newModule } from "./util";

const M = "itertools";
const countState = new WeakMap<PyNativeIter, { cur: PyValue; step: PyValue }>();
const repeatState = new WeakMap<PyNativeIter, { obj: PyValue; left: number | null }>();

const isNumber = (v: PyValue) => asInt(v) !== null || v instanceof PyFloat || (typeof v === "object" && v.cls.lookup("__add__") !== undefined);

const CountType = iteratorType(M, "count", (ctx, a, kw, cls) => {
  const cur = a[0] ?? kw?.get("start") ?? 0;
  const step = a[1] ?? kw?.get("step") ?? 1;
  if (!isNumber(cur) || !isNumber(step)) throw typeError("a number is required");
  const st = { cur, step };
  const it = new PyNativeIter(cls, (c) => {
    const v = st.cur;
    st.cur = binaryOp(c, 0, st.cur, st.step, false);
    return v;
  });
  countState.set(it, st);
  return it;
});
defMethod(CountType, "__repr__", (ctx, a) => {
  const st = countState.get(a[0] as PyNativeIter)!;
  const stepOne = st.step === 1;
  return stepOne ? `count(${repr(ctx, st.cur)})` : `count(${repr(ctx, st.cur)}, ${repr(ctx, st.step)})`;
});

const CycleType = iteratorType(M, "cycle", (ctx, a, kw, cls) => {
  noKw("cycle", kw);
  if (a.length !== 1) throw typeError(`cycle expected 1 argument, got ${a.length}`);
  const it = getIter(ctx, a[0]);
  const saved: PyValue[] = [];
  let firstPass = true;
  let i = 0;
  return new PyNativeIter(cls, (c) => {
    if (firstPass) {
      const v = next(c, it);
      if (v !== undefined) {
        saved.push(v);
        return v;
      }
      firstPass = false;
    }
    if (!saved.length) return undefined;
    const v = saved[i];
    i = (i + 1) % saved.length;
    return v;
  });
});

const RepeatType = iteratorType(M, "repeat", (ctx, a, kw, cls) => {
  const obj = a[0] ?? kw?.get("object");
  if (obj === undefined) throw typeError("repeat() missing required argument 'object' (pos 1)");
  const tv = a[1] ?? kw?.get("times");
  let left: number | null = null;
  if (tv !== undefined) {
    const n = asInt(tv);
    if (n === null) throw typeError(`'${typeof tv === "object" ? tv.cls.name : typeof tv}' object cannot be interpreted as an integer`);
    left = Math.max(0, Number(n));
  }
  const st = { obj, left };
  const it = new PyNativeIter(cls, () => {
    if (st.left === null) return st.obj;
    if (st.left <= 0) return undefined;
    st.left--;
    return st.obj;
  });
  repeatState.set(it, st);
  return it;
});
defMethod(RepeatType, "__repr__", (ctx, a) => {
  const st = repeatState.get(a[0] as PyNativeIter)!;
  return st.left === null ? `repeat(${repr(ctx, st.obj)})` : `repeat(${repr(ctx, st.obj)}, ${st.left})`;
});

const AccumulateType = iteratorType(M, "accumulate", (ctx, a, kw, cls) => {
  if (a.length < 1) throw typeError("accumulate() missing required argument 'iterable' (pos 1)");
  const it = getIter(ctx, a[0]);
  const fv = a[1] ?? kw?.get("func") ?? None;
  const initial = kw?.get("initial") ?? None;
  let acc: PyValue | undefined = initial === None ? undefined : initial;
  let pendingInitial = initial !== None;
  return new PyNativeIter(
    cls,
    once((c) => {
      if (pendingInitial) {
        pendingInitial = false;
        return acc;
      }
      const v = next(c, it);
      if (v === undefined) return undefined;
      acc = acc === undefined ? v : fv === None ? binaryOp(c, 0, acc, v, false) : c.call(fv, [acc, v]);
      return acc;
    }),
  );
});

function chainOf(ctx: Ctx, sources: PyValue, cls: PyNativeIter["cls"]): PyNativeIter {
  let current: PyValue | null = null;
  return new PyNativeIter(
    cls,
    once((c) => {
      for (;;) {
        if (current === null) {
          const src = next(c, sources);
          if (src === undefined) return undefined;
          current = getIter(c, src);
        }
        const v = next(c, current);
        if (v !== undefined) return v;
        current = null;
      }
    }),
  );
}

const ChainType = iteratorType(M, "chain", (ctx, a, kw, cls) => {
  noKw("chain", kw);
  return chainOf(ctx, getIter(ctx, newTuple(a)), cls);
});
ChainType.ns.set(
  "from_iterable",
  new PyWrapperDescr(
    ClassMethodType,
    new PyBuiltin(BuiltinFunctionType, "from_iterable", (ctx, a) => chainOf(ctx, getIter(ctx, a[1]), ChainType)),
  ),
);

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
function predicateType(name: string, make: (pred: PyValue, it: PyValue) => (c: Ctx) => PyValue | undefined) {
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
  if (a.length < 2 || a.length > 4) throw typeError(`islice expected ${a.length < 2 ? "at least 2" : "at most 4"} arguments, got ${a.length}`);
  const it = getIter(ctx, a[0]);
  const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
  let start = 0;
  let step = 1;
  let stop: number | null;
  if (a.length === 2) stop = sliceBound(a[1], null, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  else {
    start = sliceBound(a[1], 0, idxMsg)!;
    stop = sliceBound(a[2], null, idxMsg);
    if (a.length === 4 && a[3] !== None) {
      const s = asInt(a[3]);
      if (s === null || s <= 0) throw pyErr(ValueError, "Step for islice() must be a positive integer or None.");
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

const PairwiseType = iteratorType(M, "pairwise", (ctx, a, kw, cls) => {
  noKw("pairwise", kw);
  if (a.length !== 1) throw typeError(`pairwise expected 1 argument, got ${a.length}`);
  const it = getIter(ctx, a[0]);
  let prev: PyValue | undefined;
  return new PyNativeIter(
    cls,
    once((c) => {
      if (prev === undefined) prev = next(c, it);
      if (prev === undefined) return undefined;
      const v = next(c, it);
      if (v === undefined) return undefined;
      const pair = newTuple([prev, v]);
      prev = v;
      return pair;
    }),
  );
});

const ZipLongestType = iteratorType(M, "zip_longest", (ctx, a, kw, cls) => {
  for (const k of kw?.keys() ?? []) if (k !== "fillvalue") throw typeError("zip_longest() got an unexpected keyword argument '" + k + "'");
  const fill = kw?.get("fillvalue") ?? None;
  const its: (PyValue | null)[] = a.map((x) => getIter(ctx, x));
  let active = its.length;
  return new PyNativeIter(
    cls,
    once((c) => {
      if (!its.length || active === 0) return undefined;
      const row = its.map((it, i) => {
        if (it === null) return fill;
        const v = next(c, it);
        if (v !== undefined) return v;
        its[i] = null;
        active--;
        return fill;
      });
      return active === 0 ? undefined : newTuple(row);
    }),
  );
});

const SIMPLE = [CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType, DropWhileType, TakeWhileType];
const MORE = [FilterFalseType, StarmapType, IsliceType, PairwiseType, ZipLongestType];

function makeItertools() {
  const m = newModule(M);
  for (const t of [...SIMPLE, ...MORE, ...combinatoricTypes, ...groupingTypes.types]) m.dict!.set(t.name, t);
  m.dict!.set("tee", groupingTypes.tee);
  return m;
}

defineModule(M, makeItertools);
