/** Argument checking for native functions, with CPython's error wording. */
import { typeError } from "../runtime/exceptions";
import type { PyValue } from "../runtime/object";
import { asInt } from "../runtime/numeric";
import { typeOf } from "../runtime/types";

/** Check positional count for `name()`; CPython words this several ways, this is the common one. */
export function arity(name: string, args: PyValue[], min: number, max = min): void {
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
    throw typeError(`${name} expected ${min} arguments, got ${n}`);
  }
  if (n < min)
    throw typeError(`${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
}

/** Reject keyword arguments for natives that take none. */
export function noKwargs(name: string, kwargs: Map<string, PyValue> | null): void {
  if (kwargs && kwargs.size) throw typeError(`${name}() takes no keyword arguments`);
}

/** Take keyword `key` out of kwargs (or undefined). */
export function kwarg(kwargs: Map<string, PyValue> | null, key: string): PyValue | undefined {
  return kwargs?.get(key);
}

/** Reject unexpected keywords: `name() got an unexpected keyword argument 'x'`. */
export function onlyKwargs(
  name: string,
  kwargs: Map<string, PyValue> | null,
  allowed: string[],
): void {
  if (!kwargs) return;
  for (const k of kwargs.keys())
    if (!allowed.includes(k))
      throw typeError(`${name}() got an unexpected keyword argument '${k}'`);
}

/** An int argument as a JS number, with CPython's TypeError. */
export function intArg(v: PyValue, what = "an integer"): number {
  const n = asInt(v);
  if (n === null) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as ${what}`);
  return Number(n);
}
