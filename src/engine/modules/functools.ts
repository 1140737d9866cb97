/** The `functools` module: reduce and update_wrapper natively, the rest in Python (see functoolsPy.ts). */
import { lookupAttr, getAttr, setAttr } from "../runtime/attrs";
import { newDict } from "../runtime/containers";
import { PyBaseException, TypeError as PyTypeError, typeError } from "../runtime/exceptions";
import type { Ctx, NativeFn, PyValue } from "../runtime/object";
import { getIter, next, toArray } from "../runtime/ops";
import { builtinFn, newTuple } from "../runtime/types";
import { FUNCTOOLS_SOURCE } from "./functoolsPy";
import { namedtupleFn } from "./namedtuple";
import { defineFromSource } from "./pysource";
import { defineModule } from "./registry";
import { newModule } from "./util";

const ASSIGNED = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];

/** functools.reduce(function, iterable[, initial]) */
const reduce: NativeFn = (ctx, a) => {
  if (a.length < 2) throw typeError(`reduce expected at least 2 arguments, got ${a.length}`);
  if (a.length > 3) throw typeError(`reduce expected at most 3 arguments, got ${a.length}`);
  let it: PyValue;
  try {
    it = getIter(ctx, a[1]);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(PyTypeError)) throw typeError("reduce() arg 2 must support iteration");
    throw e;
  }
  let acc: PyValue | undefined = a[2];
  for (let x = next(ctx, it); x !== undefined; x = next(ctx, it)) acc = acc === undefined ? x : ctx.call(a[0], [acc, x]);
  if (acc === undefined) throw typeError("reduce() of empty iterable with no initial value");
  return acc;
};

/** functools.update_wrapper(wrapper, wrapped, assigned=..., updated=...) */
const updateWrapper: NativeFn = (ctx, a, kw) => {
  const arg = (i: number, k: string) => kw?.get(k) ?? a[i];
  const wrapper = arg(0, "wrapper");
  const wrapped = arg(1, "wrapped");
  if (wrapper === undefined || wrapped === undefined)
    throw typeError(`update_wrapper() missing 1 required positional argument: '${wrapper === undefined ? "wrapper" : "wrapped"}'`);
  const assigned = arg(2, "assigned");
  const updated = arg(3, "updated");
  const names = assigned === undefined ? ASSIGNED : toArray(ctx, assigned).map(String);
  for (const name of names) {
    const v = lookupAttr(ctx, wrapped, name);
    if (v !== undefined) setAttr(ctx, wrapper, name, v);
  }
  const upd = updated === undefined ? ["__dict__"] : toArray(ctx, updated).map(String);
  for (const name of upd) {
    if (name === "__dict__" && typeof wrapper === "object" && typeof wrapped === "object" && wrapper.dict && wrapped.dict) {
      // The engine's __dict__ attribute is a snapshot, so merge the namespaces directly.
      for (const [k, v] of wrapped.dict) wrapper.dict.set(k, v);
      continue;
    }
    const src = lookupAttr(ctx, wrapped, name) ?? newDict();
    ctx.call(getAttr(ctx, getAttr(ctx, wrapper, name), "update"), [src]);
  }
  setAttr(ctx, wrapper, "__wrapped__", wrapped);
  return wrapper;
};

function makeFunctools(ctx: Ctx) {
  const m = newModule("functools");
  const g = m.dict!;
  g.set("reduce", builtinFn("reduce", reduce));
  g.set("update_wrapper", builtinFn("update_wrapper", updateWrapper));
  g.set("WRAPPER_ASSIGNMENTS", newTuple(ASSIGNED));
  g.set("WRAPPER_UPDATES", newTuple(["__dict__"]));
  g.set("namedtuple", builtinFn("namedtuple", namedtupleFn));
  defineFromSource(ctx, FUNCTOOLS_SOURCE, "functools", g);
  g.delete("namedtuple");
  return m;
}

defineModule("functools", makeFunctools);
