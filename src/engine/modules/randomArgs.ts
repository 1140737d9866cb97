/** Argument binding shared by random.Random's Python-level methods (CPython's wording). */
import { typeError } from "../runtime/exceptions";
import type { PyValue } from "../runtime/object";

/** Bind positional/keyword arguments of a method (after self) to `names`; missing ones are undefined. */
export function params(
  fname: string,
  a: PyValue[],
  kw: Map<string, PyValue> | null,
  names: string[],
  kwOnly: string[] = [],
): (PyValue | undefined)[] {
  const args = a.slice(1);
  if (args.length > names.length) {
    const n = names.length + 1;
    throw typeError(
      `Random.${fname}() takes from 1 to ${n} positional arguments but ${args.length + 1} were given`,
    );
  }
  const out: (PyValue | undefined)[] = [
    ...args,
    ...new Array(names.length + kwOnly.length - args.length).fill(undefined),
  ];
  for (const [k, v] of kw ?? []) {
    const i = [...names, ...kwOnly].indexOf(k);
    if (i < 0) throw typeError(`Random.${fname}() got an unexpected keyword argument '${k}'`);
    if (out[i] !== undefined)
      throw typeError(`Random.${fname}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  return out;
}

/** A required argument, or CPython's "missing 1 required positional argument". */
export function required(fname: string, v: PyValue | undefined, name: string): PyValue {
  if (v === undefined)
    throw typeError(`Random.${fname}() missing 1 required positional argument: '${name}'`);
  return v;
}
