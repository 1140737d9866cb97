/** Ordering builtins: min, max and sorted, with CPython's argument rules and messages. */
import { pyErr, typeError, ValueError } from "../runtime/exceptions";
import type { Ctx, NativeFn, PyValue } from "../runtime/object";
import { compare, getIter, next as iterNext, toArray, truthy } from "../runtime/ops";
import { newList, newTuple, None } from "../runtime/types";
import { keywords } from "./functionsUtil";
import { reverseFlag, sortItems } from "./types/list";

/**
 * CPython's min_max(): one iterable or several positional arguments; `key=` and
 * `default=` (the latter only with an iterable). An item replaces the best so far only
 * when strictly better (`item > best` for max), so the first of equal items wins.
 */
function minMax(name: "min" | "max"): NativeFn {
  const op = name === "min" ? "Lt" : "Gt";
  return (ctx, args, kwargs) => {
    if (args.length === 0) throw typeError(`${name} expected at least 1 argument, got 0`);
    const kw = keywords(name, kwargs, ["key", "default"]);
    const key = kw.get("key") ?? None;
    const dflt = kw.get("default");
    const positional = args.length > 1;
    if (positional && dflt !== undefined)
      throw typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    const it = getIter(ctx, positional ? newTuple(args) : args[0]);
    let bestItem: PyValue | undefined;
    let bestKey: PyValue | undefined;
    for (let item = iterNext(ctx, it); item !== undefined; item = iterNext(ctx, it)) {
      const k = key === None ? item : ctx.call(key, [item]);
      if (bestKey === undefined || truthy(ctx, compare(ctx, k, bestKey, op))) {
        bestItem = item;
        bestKey = k;
      }
    }
    if (bestItem !== undefined) return bestItem;
    if (dflt !== undefined) return dflt;
    throw pyErr(ValueError, `${name}() arg is an empty sequence`);
  };
}

/** sorted(iterable, /, *, key=None, reverse=False): a new list, sorted like list.sort. */
function sorted(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  if (args.length !== 1) throw typeError(`sorted expected 1 argument, got ${args.length}`);
  // CPython forwards the keywords to list.sort, so that is the name its errors use.
  const kw = keywords("sort", kwargs, ["key", "reverse"]);
  const items = toArray(ctx, args[0]);
  sortItems(ctx, items, kw.get("key") ?? None, reverseFlag(kw.get("reverse")));
  return newList(items);
}

/** The ordering builtin functions by name. */
export const orderFunctions: Record<string, NativeFn> = {
  min: minMax("min"),
  max: minMax("max"),
  sorted,
};
