/** Helpers shared by the stdlib module implementations. */
import { typeError } from "../runtime/exceptions";
import { asInt, intToFloat, type Int } from "../runtime/numeric";
import {
  PyFloat,
  PyModule,
  PyObject,
  PyType,
  type Ctx,
  type NativeFn,
  type PyValue,
} from "../runtime/object";
import { builtinFn, builtinType, ModuleType, ObjectType, typeOf } from "../runtime/types";

/** A new module object named `name` with `__name__` set. */
export function newModule(name: string): PyModule {
  const m = new PyModule(ModuleType, name);
  m.dict!.set("__name__", name);
  return m;
}

/** Put native functions into a module namespace. */
export function addFunctions(m: PyModule, fns: Record<string, NativeFn>): void {
  for (const [k, f] of Object.entries(fns)) m.dict!.set(k, builtinFn(k, f));
}

/** A builtin type that belongs to stdlib module `module` (its repr is `<class 'module.name'>`). */
export function moduleType(
  module: string,
  name: string,
  bases: PyType[] = [ObjectType],
  alloc?: (cls: PyType) => PyObject,
): PyType {
  const t = builtinType(name, bases, alloc);
  t.module = module;
  return t;
}

/** Run a value-layer function, raising its errors as Python exceptions. */
export { lift } from "../runtime/lift";

/** CPython's PyFloat_AsDouble: floats, ints (exactly rounded), then __float__ / __index__. */
export function toDouble(ctx: Ctx, v: PyValue): number {
  if (v instanceof PyFloat) return v.v;
  const i = asInt(v);
  if (i !== null) return intToFloat(i);
  const t = typeOf(v);
  const f = t.lookup("__float__");
  if (f !== undefined) {
    const r = ctx.call(f, [v]);
    if (!(r instanceof PyFloat))
      throw typeError(`${t.name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return r.v;
  }
  const ix = t.lookup("__index__");
  if (ix !== undefined) return toDouble(ctx, indexOf(ctx, v));
  throw typeError(`must be real number, not ${t.name}`);
}

/** CPython's PyNumber_Index: ints (and bools) or objects with __index__. */
export function indexOf(ctx: Ctx, v: PyValue): Int {
  const i = asInt(v);
  if (i !== null) return i;
  const t = typeOf(v);
  const f = t.lookup("__index__");
  if (f !== undefined) {
    const r = ctx.call(f, [v]);
    const n = asInt(r);
    if (n === null) throw typeError(`__index__ returned non-int (type ${typeOf(r).name})`);
    return n;
  }
  throw typeError(`'${t.name}' object cannot be interpreted as an integer`);
}

/** An int as a bigint. */
export function big(v: Int): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/** Keyword argument `name`, or positional `i`, or undefined. */
export function argOr(
  args: PyValue[],
  i: number,
  kwargs: Map<string, PyValue> | null,
  name: string,
): PyValue | undefined {
  const kw = kwargs?.get(name);
  if (kw !== undefined) {
    if (i < args.length)
      throw typeError(`argument for ${name} given by name ('${name}') and position (${i + 1})`);
    return kw;
  }
  return args[i];
}

/** Reject keywords other than `allowed` with CPython's wording for `fname`. */
export function checkKwargs(
  fname: string,
  kwargs: Map<string, PyValue> | null,
  allowed: string[],
): void {
  if (!kwargs) return;
  for (const k of kwargs.keys()) {
    if (!allowed.includes(k))
      throw typeError(`${fname}() got an unexpected keyword argument '${k}'`);
  }
}

/** Require exactly / between n positional arguments with CPython's "takes" wording. */
export function takes(fname: string, args: PyValue[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 1) throw typeError(`${fname}() takes exactly one argument (${n} given)`);
    if (min === 0) throw typeError(`${fname}() takes no arguments (${n} given)`);
    throw typeError(`${fname} expected ${min} arguments, got ${n}`);
  }
  if (n < min)
    throw typeError(`${fname} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  throw typeError(`${fname} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}
