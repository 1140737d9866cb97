/** Helpers shared by the builtin-function files: __index__, argument parsing, iterator types. */
import { PyBaseException, pyErr, StopIteration, typeError } from "../runtime/exceptions";
import { asInt, type Int } from "../runtime/numeric";
import { PyNativeIter, type Ctx, type PyType, type PyValue } from "../runtime/object";
import { builtinType, defMethod, ObjectType, typeOf } from "../runtime/types";

/** operator.index(v): ints and bools directly, user classes through __index__, CPython's TypeError otherwise. */
export function toIndex(ctx: Ctx, v: PyValue): Int {
  const n = asInt(v);
  if (n !== null) return n;
  const t = typeOf(v);
  const f = t.heap ? t.lookup("__index__") : undefined;
  if (f !== undefined) {
    const r = ctx.call(f, [v]);
    const i = asInt(r);
    if (i === null) throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    return i;
  }
  throw typeError(`'${t.name}' object cannot be interpreted as an integer`);
}

/**
 * Split keyword arguments for a native with CPython's "invalid keyword" wording
 * (`'foo' is an invalid keyword argument for max()`), returning the allowed ones by name.
 */
export function keywords(fname: string, kwargs: Map<string, PyValue> | null, allowed: string[]): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  if (!kwargs) return out;
  for (const [k, v] of kwargs) {
    if (!allowed.includes(k)) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    out.set(k, v);
  }
  return out;
}

/** `name() takes no keyword arguments`, CPython's wording for METH_O/METH_VARARGS natives. */
export function rejectKeywords(fname: string, kwargs: Map<string, PyValue> | null): void {
  if (kwargs && kwargs.size) throw typeError(`${fname}() takes no keyword arguments`);
}

/** `name() takes exactly one argument (N given)`, CPython's wording for METH_O natives. */
export function exactlyOne(fname: string, args: PyValue[]): PyValue {
  if (args.length !== 1) throw typeError(`${fname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/**
 * A builtin iterator type whose instances are PyNativeIter: `__iter__` returns the
 * iterator and `__next__` raises StopIteration at the end, so next(), iter() and
 * `it.__next__()` behave as in CPython.
 */
export function nativeIterType(name: string): PyType {
  const t = builtinType(name, [ObjectType]);
  addIterProtocol(t);
  return t;
}

/** Give an existing PyNativeIter-based type its `__iter__`/`__next__` methods. */
export function addIterProtocol(t: PyType): void {
  defMethod(t, "__iter__", (ctx, a) => a[0]);
  defMethod(t, "__next__", (ctx, a) => {
    const it = a[0];
    if (!(it instanceof PyNativeIter)) throw typeError(`descriptor '__next__' requires a '${t.name}' object`);
    const v = it.next(ctx);
    if (v === undefined) throw pyErr(StopIteration);
    return v;
  });
}

/** Is `e` a Python exception of type `t` (or a subclass)? */
export function isExc(e: unknown, t: PyType): e is PyBaseException {
  return e instanceof PyBaseException && e.cls.isSubtype(t);
}
