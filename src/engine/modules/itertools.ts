/** The `itertools` module: every iterator is lazy and pulls one item at a time, as in CPython. */
import { binaryOp } from "../runtime/binops";
import { typeError } from "../runtime/exceptions";
import { asInt } from "../runtime/numeric";
import {
  PyBuiltin,
  PyFloat,
  PyNativeIter,
  PyWrapperDescr,
  type Ctx,
  type PyValue,
} from "../runtime/object";
import { getIter, next, repr } from "../runtime/ops";
import { BuiltinFunctionType, ClassMethodType, defMethod, newTuple, None } from "../runtime/types";
import { combinatoricTypes } from "./itertoolsComb";
import { filteringTypes } from "./itertoolsFilter";
import { groupingTypes } from "./itertoolsGroup";
import { iteratorType, noKw, once } from "./iterTypes";
import { defineModule } from "./registry";
import { newModule } from "./util";

const M = "itertools";
const countState = new WeakMap<PyNativeIter, { cur: PyValue; step: PyValue }>();
const repeatState = new WeakMap<PyNativeIter, { obj: PyValue; left: number | null }>();

const isNumber = (v: PyValue) =>
  asInt(v) !== null ||
  v instanceof PyFloat ||
  (typeof v === "object" && v.cls.lookup("__add__") !== undefined);

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
  return stepOne
    ? `count(${repr(ctx, st.cur)})`
    : `count(${repr(ctx, st.cur)}, ${repr(ctx, st.step)})`;
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
    if (n === null)
      throw typeError(
        `'${typeof tv === "object" ? tv.cls.name : typeof tv}' object cannot be interpreted as an integer`,
      );
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
  return st.left === null
    ? `repeat(${repr(ctx, st.obj)})`
    : `repeat(${repr(ctx, st.obj)}, ${st.left})`;
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
      acc =
        acc === undefined ? v : fv === None ? binaryOp(c, 0, acc, v, false) : c.call(fv, [acc, v]);
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
    new PyBuiltin(BuiltinFunctionType, "from_iterable", (ctx, a) =>
      chainOf(ctx, getIter(ctx, a[1]), ChainType),
    ),
  ),
);

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
  for (const k of kw?.keys() ?? [])
    if (k !== "fillvalue")
      throw typeError("zip_longest() got an unexpected keyword argument '" + k + "'");
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

const SIMPLE = [
  CountType,
  CycleType,
  RepeatType,
  AccumulateType,
  ChainType,
  PairwiseType,
  ZipLongestType,
];

function makeItertools() {
  const m = newModule(M);
  for (const t of [...SIMPLE, ...filteringTypes, ...combinatoricTypes, ...groupingTypes.types])
    m.dict!.set(t.name, t);
  m.dict!.set("tee", groupingTypes.tee);
  return m;
}

defineModule(M, makeItertools);
