/** Shared plumbing for native lazy iterator types (itertools and friends). */
import { stopIteration, typeError } from "../runtime/exceptions";
import {
  PyBuiltin,
  PyNativeIter,
  PyType,
  type Ctx,
  type NativeFn,
  type PyValue,
} from "../runtime/object";
import { BuiltinFunctionType, defMethod, ObjectType } from "../runtime/types";
import { moduleType } from "./util";

/** Make an iterator type `module.name` whose constructor is `make` (called with the positional args and kwargs). */
export function iteratorType(
  module: string,
  name: string,
  make: (
    ctx: Ctx,
    args: PyValue[],
    kwargs: Map<string, PyValue> | null,
    cls: PyType,
  ) => PyNativeIter,
): PyType {
  const t = moduleType(module, name, [ObjectType]);
  t.ns.set(
    "__new__",
    new PyBuiltin(
      BuiltinFunctionType,
      "__new__",
      (ctx, a, kw) => make(ctx, a.slice(1), kw, a[0] as PyType),
      false,
      undefined,
      name,
    ),
  );
  addIterMethods(t);
  return t;
}

/** Give a native iterator type `__iter__` (itself) and `__next__` (raising StopIteration at the end). */
export function addIterMethods(t: PyType): void {
  defMethod(t, "__iter__", (ctx, a) => a[0]);
  defMethod(t, "__next__", (ctx, a) => {
    const it = a[0];
    if (!(it instanceof PyNativeIter))
      throw typeError(`descriptor '__next__' requires a '${t.name}' object`);
    const v = it.next(ctx);
    if (v === undefined) throw stopIteration();
    return v;
  });
}

/** A native iterator of type `t` driven by `next`. */
export function nativeIter(t: PyType, next: (ctx: Ctx) => PyValue | undefined): PyNativeIter {
  return new PyNativeIter(t, next);
}

/** Reject keyword arguments: `name() takes no keyword arguments`. */
export function noKw(name: string, kw: Map<string, PyValue> | null): void {
  if (kw && kw.size) throw typeError(`${name}() takes no keyword arguments`);
}

/** An iterator that has finished stays finished: wrap `step` so it is not called again after it ends. */
export function once(step: (ctx: Ctx) => PyValue | undefined): (ctx: Ctx) => PyValue | undefined {
  let done = false;
  return (ctx) => {
    if (done) return undefined;
    const v = step(ctx);
    if (v === undefined) done = true;
    return v;
  };
}

/** Alias for building method tables. */
export type Methods = Record<string, NativeFn>;
