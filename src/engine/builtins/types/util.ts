/**
 * Plumbing shared by the builtin types' methods: receiver checks, argument
 * parsing with CPython's wording, and turning value-layer errors into Python ones.
 */
import { typeError } from "../../runtime/exceptions";
import { asInt, type Int } from "../../runtime/numeric";
import { PyBytes } from "../../runtime/bytes";
import { PyNativeIter, PyType, type Ctx, type NativeFn, type PyValue } from "../../runtime/object";
import { defMethod, None, typeOf } from "../../runtime/types";

/** Run a value-layer function, raising its errors as Python exceptions. */
export { lift } from "../../runtime/lift";

/** Keyword arguments as natives receive them. */
export type Kw = Map<string, PyValue> | null;

/**
 * Define `t.name` with CPython's receiver check, so `list.append(1, 2)` fails like
 * CPython instead of crashing on a wrong `self`.
 */
export function def(t: PyType, name: string, fn: NativeFn): void {
  defMethod(t, name, (ctx, args, kw) => {
    if (args.length === 0) throw typeError(`unbound method ${t.name}.${name}() needs an argument`);
    const self = typeOf(args[0]);
    if (self !== t && !self.isSubtype(t))
      throw typeError(
        `descriptor '${name}' for '${t.name}' objects doesn't apply to a '${self.name}' object`,
      );
    return fn(ctx, args, kw);
  });
}

function noKw(t: PyType, name: string, kw: Kw): void {
  if (kw !== null && kw.size > 0) throw typeError(`${t.name}.${name}() takes no keyword arguments`);
}

/** A method without arguments (METH_NOARGS). */
export function def0(t: PyType, name: string, fn: (ctx: Ctx, self: PyValue) => PyValue): void {
  def(t, name, (ctx, a, kw) => {
    noKw(t, name, kw);
    if (a.length !== 1)
      throw typeError(`${t.name}.${name}() takes no arguments (${a.length - 1} given)`);
    return fn(ctx, a[0]);
  });
}

/** A method with exactly one positional argument (METH_O). */
export function def1(
  t: PyType,
  name: string,
  fn: (ctx: Ctx, self: PyValue, x: PyValue) => PyValue,
): void {
  def(t, name, (ctx, a, kw) => {
    noKw(t, name, kw);
    if (a.length !== 2)
      throw typeError(`${t.name}.${name}() takes exactly one argument (${a.length - 1} given)`);
    return fn(ctx, a[0], a[1]);
  });
}

/** Argument Clinic's positional count check: `pop expected at most 1 argument, got 2`. */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) {
    const s = min === 1 ? "" : "s";
    throw typeError(
      `${name} expected ${min === max ? "" : "at least "}${min} argument${s}, got ${n}`,
    );
  }
  if (n > max)
    throw typeError(
      `${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`,
    );
}

/** A positional-only method taking `min`..`max` arguments (clinic wording, no keywords). */
export function defPos(
  t: PyType,
  name: string,
  min: number,
  max: number,
  fn: (ctx: Ctx, self: PyValue, args: PyValue[]) => PyValue,
): void {
  def(t, name, (ctx, a, kw) => {
    noKw(t, name, kw);
    checkPositional(name, a.length - 1, min, max);
    return fn(ctx, a[0], a.slice(1));
  });
}

/**
 * A method whose parameters may be given by position or keyword (`split(sep, maxsplit)`).
 * `kwOnly` names come after the positional ones and cannot be passed positionally.
 */
export function defKw(
  t: PyType,
  name: string,
  params: string[],
  min: number,
  fn: (ctx: Ctx, self: PyValue, args: (PyValue | undefined)[]) => PyValue,
  kwOnly: string[] = [],
): void {
  def(t, name, (ctx, a, kw) => fn(ctx, a[0], bindArgs(name, a.slice(1), kw, params, min, kwOnly)));
}

/** Bind positional and keyword arguments to parameter slots, with CPython's messages. */
export function bindArgs(
  name: string,
  pos: PyValue[],
  kw: Kw,
  params: string[],
  min: number,
  kwOnly: string[] = [],
): (PyValue | undefined)[] {
  if (pos.length > params.length) {
    if (params.length === 0) throw typeError(`${name}() takes no positional arguments`);
    throw typeError(
      `${name}() takes at most ${params.length} argument${params.length === 1 ? "" : "s"} (${pos.length} given)`,
    );
  }
  const all = params.concat(kwOnly);
  const out: (PyValue | undefined)[] = new Array(all.length).fill(undefined);
  pos.forEach((v, i) => (out[i] = v));
  if (kw !== null) {
    for (const [k, v] of kw) {
      const i = all.indexOf(k);
      if (i < 0) throw typeError(`'${k}' is an invalid keyword argument for ${name}()`);
      if (out[i] !== undefined)
        throw typeError(`argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < min; i++) {
    if (out[i] === undefined) {
      const given = out.filter((x) => x !== undefined).length;
      if (kw === null || kw.size === 0)
        throw typeError(
          `${name}() takes at least ${min} argument${min === 1 ? "" : "s"} (${given} given)`,
        );
      throw typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
    }
  }
  return out;
}

/** An argument that must be an int (or have __index__), as a Python int. */
export function indexArg(ctx: Ctx, v: PyValue): Int {
  const n = asInt(v);
  if (n !== null) return n;
  if (typeof v === "object") {
    const f = typeOf(v).lookup("__index__");
    if (f !== undefined && f !== None) {
      const r = ctx.call(f, [v]);
      const m = asInt(r);
      if (m === null) throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
      return m;
    }
  }
  throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

/** An index argument clipped to JS's safe range (CPython clips to Py_ssize_t the same way). */
export function sizeArg(ctx: Ctx, v: PyValue): number {
  const n = indexArg(ctx, v);
  if (typeof n === "number") return n;
  return n < 0n ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
}

/**
 * The optional start/end of find/index/count: None or an index (slice semantics).
 * `noneOk` picks CPython's wording ("…integers or None or have…" for str, without None for list).
 */
export function sliceBound(ctx: Ctx, v: PyValue | undefined, noneOk = true): number | null {
  if (v === undefined || (noneOk && v === None)) return null;
  if (asInt(v) === null && (typeof v !== "object" || typeOf(v).lookup("__index__") === undefined))
    throw typeError(
      `slice indices must be integers ${noneOk ? "or None " : ""}or have an __index__ method`,
    );
  return sizeArg(ctx, v);
}

/** Resolve optional start/end against a length like `s[start:end]` does. */
export function clampRange(
  len: number,
  start: number | null,
  end: number | null,
): [number, number] {
  let s = start ?? 0;
  let e = end ?? len;
  if (s < 0) s = Math.max(0, s + len);
  if (e < 0) e = Math.max(0, e + len);
  if (e > len) e = len;
  return [s, e];
}

/** Can `iter(v)` succeed? (Checked first where CPython words the non-iterable error its own way.) */
export function isIterable(v: PyValue): boolean {
  if (typeof v === "string" || v instanceof PyNativeIter || v instanceof PyBytes) return true;
  const t = typeOf(v);
  return t.lookup("__iter__") !== undefined || t.lookup("__getitem__") !== undefined;
}

/** A str argument, or CPython's "must be str, not int" (or the message `msg` builds). */
export function strArg(
  v: PyValue | undefined,
  msg = (t: string) => `must be str, not ${t}`,
): string {
  if (typeof v !== "string") throw typeError(msg(typeOf(v as PyValue).name));
  return v;
}
