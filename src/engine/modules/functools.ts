/** The `functools` module: reduce and update_wrapper natively, the rest in Python (see functoolsPy.ts). */
import { defGetter, getAttr, lookupAttr, setAttr } from "../runtime/attrs";
import { newDict } from "../runtime/containers";
import { PyBaseException, TypeError as PyTypeError, typeError } from "../runtime/exceptions";
import { PyObject, type Ctx, type NativeFn, type PyValue } from "../runtime/object";
import { compare, getIter, next, toArray } from "../runtime/ops";
import { builtinFn, defMethod, newTuple, None } from "../runtime/types";
import { FUNCTOOLS_NATIVE_SOURCE, FUNCTOOLS_SOURCE } from "./functoolsPy";
import { namedtupleFn } from "./namedtuple";
import { defineFromSource } from "./pysource";
import { defineModule } from "./registry";
import { moduleType, newModule } from "./util";

const ASSIGNED = ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"];

/** functools.reduce(function, iterable[, initial]) */
const reduce: NativeFn = (ctx, a) => {
  if (a.length < 2) throw typeError(`reduce expected at least 2 arguments, got ${a.length}`);
  if (a.length > 3) throw typeError(`reduce expected at most 3 arguments, got ${a.length}`);
  let it: PyValue;
  try {
    it = getIter(ctx, a[1]);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(PyTypeError))
      throw typeError("reduce() arg 2 must support iteration");
    throw e;
  }
  let acc: PyValue | undefined = a[2];
  for (let x = next(ctx, it); x !== undefined; x = next(ctx, it))
    acc = acc === undefined ? x : ctx.call(a[0], [acc, x]);
  if (acc === undefined) throw typeError("reduce() of empty iterable with no initial value");
  return acc;
};

/** functools.update_wrapper(wrapper, wrapped, assigned=..., updated=...) */
const updateWrapper: NativeFn = (ctx, a, kw) => {
  const arg = (i: number, k: string) => kw?.get(k) ?? a[i];
  const wrapper = arg(0, "wrapper");
  const wrapped = arg(1, "wrapped");
  if (wrapper === undefined || wrapped === undefined)
    throw typeError(
      `update_wrapper() missing 1 required positional argument: '${wrapper === undefined ? "wrapper" : "wrapped"}'`,
    );
  const assigned = arg(2, "assigned");
  const updated = arg(3, "updated");
  const names = assigned === undefined ? ASSIGNED : toArray(ctx, assigned).map(String);
  for (const name of names) {
    const v = lookupAttr(ctx, wrapped, name);
    if (v !== undefined) setAttr(ctx, wrapper, name, v);
  }
  const upd = updated === undefined ? ["__dict__"] : toArray(ctx, updated).map(String);
  for (const name of upd) {
    if (
      name === "__dict__" &&
      typeof wrapper === "object" &&
      typeof wrapped === "object" &&
      wrapper.dict &&
      wrapped.dict
    ) {
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

/** The object cmp_to_key returns, and the keys it makes (CPython's C `functools.KeyWrapper`). */
class PyKeyWrapper extends PyObject {
  constructor(
    public cmp: PyValue,
    public obj: PyValue | undefined,
  ) {
    super(KeyWrapperType);
  }
}
const KeyWrapperType = moduleType("functools", "KeyWrapper");
KeyWrapperType.ns.set("__hash__", None);
defMethod(KeyWrapperType, "__call__", (ctx, a) => {
  if (a.length !== 2) throw typeError(`K() takes exactly 1 argument (${a.length - 1} given)`);
  return new PyKeyWrapper((a[0] as PyKeyWrapper).cmp, a[1]);
});
defGetter(KeyWrapperType, "obj", (ctx, k) => (k as PyKeyWrapper).obj ?? None);
const CMP_OPS = {
  __lt__: "Lt",
  __le__: "LtE",
  __gt__: "Gt",
  __ge__: "GtE",
  __eq__: "Eq",
  __ne__: "NotEq",
} as const;
for (const [name, op] of Object.entries(CMP_OPS)) {
  defMethod(KeyWrapperType, name, (ctx, a) => {
    const [x, y] = a as [PyKeyWrapper, PyValue];
    if (!(y instanceof PyKeyWrapper)) throw typeError("other argument must be K instance");
    const r = ctx.call(x.cmp, [x.obj ?? None, y.obj ?? None]);
    return compare(ctx, r, 0, op);
  });
}

function makeFunctools(ctx: Ctx) {
  const m = newModule("functools");
  const g = m.dict!;
  g.set("reduce", builtinFn("reduce", reduce));
  g.set("update_wrapper", builtinFn("update_wrapper", updateWrapper));
  g.set("WRAPPER_ASSIGNMENTS", newTuple(ASSIGNED));
  g.set("WRAPPER_UPDATES", newTuple(["__dict__"]));
  g.set("namedtuple", builtinFn("namedtuple", namedtupleFn));
  g.set(
    "cmp_to_key",
    builtinFn("cmp_to_key", (c, a) => {
      if (a.length !== 1)
        throw typeError(`cmp_to_key() takes exactly 1 argument (${a.length} given)`);
      return new PyKeyWrapper(a[0], undefined);
    }),
  );
  defineFromSource(ctx, FUNCTOOLS_NATIVE_SOURCE, "functools", g, true);
  defineFromSource(ctx, FUNCTOOLS_SOURCE, "functools", g);
  g.delete("namedtuple");
  return m;
}

defineModule("functools", makeFunctools);
