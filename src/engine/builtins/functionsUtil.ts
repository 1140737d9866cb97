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
 * Argument Clinic's parsing (CPython's _PyArg_UnpackKeywords): positional arguments
 * first, then keywords by name, with its message for each mistake. Returns one slot
 * per name (undefined when not given).
 */
export function clinic(
  fname: string,
  args: PyValue[],
  kwargs: Map<string, PyValue> | null,
  names: string[],
  required = 0,
): (PyValue | undefined)[] {
  const given = args.length + (kwargs?.size ?? 0);
  const max = names.length;
  if (given > max) {
    // CPython says "keyword arguments" when only keywords were passed (bpo-31229).
    const what = `${args.length === 0 ? "keyword " : ""}argument${max === 1 ? "" : "s"}`;
    throw typeError(`${fname}() takes at most ${max} ${what} (${given} given)`);
  }
  const out = names.map((n, i) => (i < args.length ? args[i] : kwargs?.get(n)));
  for (let i = 0; i < required; i++)
    if (out[i] === undefined)
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  if (kwargs)
    for (const k of kwargs.keys()) {
      const i = names.indexOf(k);
      if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
      if (i < args.length)
        throw typeError(`argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
    }
  return out;
}

/** Keyword-only parameters of a native (`'foo' is an invalid keyword argument for max()`), by name. */
export function keywords(
  fname: string,
  kwargs: Map<string, PyValue> | null,
  allowed: string[],
): Map<string, PyValue> {
  const vals = clinic(fname, [], kwargs, allowed);
  const out = new Map<string, PyValue>();
  allowed.forEach((n, i) => {
    const v = vals[i];
    if (v !== undefined) out.set(n, v);
  });
  return out;
}

/** `name() takes no keyword arguments`, CPython's wording for METH_O/METH_VARARGS natives. */
export function rejectKeywords(fname: string, kwargs: Map<string, PyValue> | null): void {
  if (kwargs && kwargs.size) throw typeError(`${fname}() takes no keyword arguments`);
}

/** `name() takes exactly one argument (N given)`, CPython's wording for METH_O natives. */
export function exactlyOne(fname: string, args: PyValue[]): PyValue {
  if (args.length !== 1)
    throw typeError(`${fname}() takes exactly one argument (${args.length} given)`);
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
    if (!(it instanceof PyNativeIter))
      throw typeError(`descriptor '__next__' requires a '${t.name}' object`);
    const v = it.next(ctx);
    if (v === undefined) throw pyErr(StopIteration);
    return v;
  });
}

/** Is `e` a Python exception of type `t` (or a subclass)? */
export function isExc(e: unknown, t: PyType): e is PyBaseException {
  return e instanceof PyBaseException && e.cls.isSubtype(t);
}
