/** The `copy` module: copy() and deepcopy() for builtin containers, stdlib types and class instances. */
import { FrozenSetType, newDict, PyDict, PySet } from "../runtime/containers";
import { Exception, typeError } from "../runtime/exceptions";
import { PyFunction } from "../runtime/function";
import {
  PyBuiltin,
  PyFloat,
  PyList,
  PyObject,
  PyTuple,
  PyType,
  type Ctx,
  type NativeFn,
  type PyValue,
} from "../runtime/object";
import { builtinFn, None, TupleType } from "../runtime/types";
import { PyDefaultDict } from "./dictTypes";
import { PyDeque } from "./deque";
import { defineModule } from "./registry";
import { moduleType, newModule } from "./util";

/** Values copy() and deepcopy() return unchanged (CPython's atomic types). */
function isAtomic(v: PyValue): boolean {
  if (typeof v !== "object") return true;
  if (
    v instanceof PyFloat ||
    v instanceof PyType ||
    v instanceof PyFunction ||
    v instanceof PyBuiltin
  )
    return true;
  const n = v.cls.name;
  return (
    !v.cls.heap &&
    [
      "NoneType",
      "ellipsis",
      "NotImplementedType",
      "range",
      "slice",
      "property",
      "code",
      "module",
    ].includes(n)
  );
}

/** A fresh, empty object of the same class and native layout as `x`. */
function blank(x: PyObject): PyObject {
  const cls = x.cls;
  if (x instanceof PyDeque) {
    const d = new PyDeque(cls);
    d.maxlen = x.maxlen;
    return d;
  }
  if (x instanceof PyDefaultDict) {
    const d = new PyDefaultDict(cls);
    d.factory = x.factory;
    return d;
  }
  return cls.alloc ? cls.alloc(cls) : new PyObject(cls);
}

/** Copy the native payload and instance dict of `x` into `y`, mapping each value through `f`. */
function fill(ctx: Ctx, x: PyObject, y: PyObject, f: (v: PyValue) => PyValue): PyObject {
  if (x instanceof PyList) (y as PyList).items = x.items.map(f);
  else if (x instanceof PyDeque) (y as PyDeque).items = x.items.map(f);
  else if (x instanceof PyDict || x instanceof PySet) {
    const t = x.table;
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (k !== undefined)
        (y as PyDict).table.set(ctx, f(k), x instanceof PyDict ? f(t.vals[i]) : true);
    }
  }
  if (x.dict !== null && y.dict !== null) {
    const state = new Map<string, PyValue>();
    for (const [k, v] of x.dict) state.set(k, f(v));
    const setstate = x.cls.heap ? x.cls.lookup("__setstate__") : undefined;
    if (setstate !== undefined) {
      const d = newDict();
      for (const [k, v] of state) d.table.set(ctx, k, v);
      ctx.call(setstate, [y, d]);
    } else for (const [k, v] of state) y.dict.set(k, v);
  }
  return y;
}

/** copy.copy(x) */
export function shallowCopy(ctx: Ctx, x: PyValue): PyValue {
  if (
    isAtomic(x) ||
    (x instanceof PyTuple && x.cls === TupleType) ||
    (x instanceof PySet && x.cls === FrozenSetType)
  )
    return x;
  const o = x as PyObject;
  const cp = o.cls.lookup("__copy__");
  if (cp !== undefined) return ctx.call(cp, [o]);
  if (o instanceof PyTuple) return new PyTuple(o.cls, o.items.slice());
  return fill(ctx, o, blank(o), (v) => v);
}

/** copy.deepcopy(x) with an identity memo (shared structure and cycles are preserved). */
export function deepCopy(ctx: Ctx, x: PyValue, memo: Map<PyObject, PyValue>): PyValue {
  if (isAtomic(x)) return x;
  const o = x as PyObject;
  const seen = memo.get(o);
  if (seen !== undefined) return seen;
  const dc = o.cls.heap ? o.cls.lookup("__deepcopy__") : undefined;
  if (dc !== undefined) {
    const memoDict = newDict();
    memoDicts.set(memoDict, memo);
    const y = ctx.call(dc, [o, memoDict]);
    memo.set(o, y);
    return y;
  }
  const rec = (v: PyValue) => deepCopy(ctx, v, memo);
  if (o instanceof PyTuple) {
    const items = o.items.map(rec);
    const again = memo.get(o); // a cycle through this tuple was resolved while copying its items
    if (again !== undefined) return again;
    const y = items.every((v, i) => v === o.items[i]) ? o : new PyTuple(o.cls, items);
    memo.set(o, y);
    return y;
  }
  if (o instanceof PySet && (o.cls === FrozenSetType || o.cls.isSubtype(FrozenSetType))) {
    const y = blank(o);
    memo.set(o, y);
    return fill(ctx, o, y, rec);
  }
  const y = blank(o);
  memo.set(o, y);
  return fill(ctx, o, y, rec);
}

const memoDicts = new WeakMap<PyDict, Map<PyObject, PyValue>>();

/** deepcopy(x, memo=None) as a native function (also used by dataclasses.asdict). */
export const deepcopyFn: NativeFn = (ctx, a, kw) => {
  if (a.length < 1 || a.length > 2)
    throw typeError(`deepcopy() takes from 1 to 2 positional arguments but ${a.length} were given`);
  const m = a[1] ?? kw?.get("memo") ?? None;
  const memo =
    m instanceof PyDict
      ? (memoDicts.get(m) ?? new Map<PyObject, PyValue>())
      : new Map<PyObject, PyValue>();
  return deepCopy(ctx, a[0], memo);
};

function makeCopy() {
  const m = newModule("copy");
  const d = m.dict!;
  d.set(
    "copy",
    builtinFn("copy", (ctx, a) => {
      if (a.length !== 1)
        throw typeError(`copy() takes 1 positional argument but ${a.length} were given`);
      return shallowCopy(ctx, a[0]);
    }),
  );
  d.set("deepcopy", builtinFn("deepcopy", deepcopyFn));
  d.set("Error", CopyError);
  return m;
}

const CopyError = moduleType("copy", "Error", [Exception]);

defineModule("copy", makeCopy);
