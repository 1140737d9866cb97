/** collections.defaultdict and collections.OrderedDict: native dict subclasses, as in CPython. */
import { defGetter, defSetter } from "../runtime/attrs";
import { DictType, PyDict } from "../runtime/containers";
import { keyError, pyErr, typeError, KeyError } from "../runtime/exceptions";
import {
  PyBuiltin,
  PyType,
  PyWrapperDescr,
  type Ctx,
  type NativeFn,
  type PyValue,
} from "../runtime/object";
import { callable, repr, toArray, truthy } from "../runtime/ops";
import {
  BuiltinFunctionType,
  ClassMethodType,
  defMethod,
  newList,
  newTuple,
  None,
} from "../runtime/types";
import { dictUpdate } from "../builtins/constructors";
import { moduleType } from "./util";

/** A defaultdict: a dict plus the factory its __missing__ calls. */
export class PyDefaultDict extends PyDict {
  factory: PyValue = None;
}

/** collections.defaultdict */
export const DefaultDictType = moduleType(
  "collections",
  "defaultdict",
  [DictType],
  (cls) => new PyDefaultDict(cls),
);
/** collections.OrderedDict */
export const OrderedDictType = moduleType("collections", "OrderedDict", [DictType]);

/** The dict part of a dict subclass, shown as a plain dict. */
function plainRepr(ctx: Ctx, d: PyDict): string {
  const plain = new PyDict(DictType);
  plain.table = d.table;
  return repr(ctx, plain);
}

function fillDict(
  ctx: Ctx,
  d: PyDict,
  args: PyValue[],
  kw: Map<string, PyValue> | null,
  name: string,
): void {
  if (args.length > 1) throw typeError(`${name} expected at most 1 argument, got ${args.length}`);
  if (args.length) dictUpdate(ctx, d, args[0]);
  if (kw) for (const [k, v] of kw) d.table.set(ctx, k, v);
}

const activeRepr = new Set<PyDict>();

const defaultdictMethods: Record<string, NativeFn> = {
  __init__(ctx, a, kw) {
    const d = a[0] as PyDefaultDict;
    const f = a[1] ?? None;
    if (f !== None && !callable(f)) throw typeError("first argument must be callable or None");
    d.factory = f;
    fillDict(ctx, d, a.slice(2), kw, "defaultdict");
    return None;
  },
  __missing__(ctx, a) {
    const d = a[0] as PyDefaultDict;
    if (d.factory === None) throw keyError(a[1]);
    const v = ctx.call(d.factory, []);
    d.table.set(ctx, a[1], v);
    return v;
  },
  __repr__(ctx, a) {
    const d = a[0] as PyDefaultDict;
    const name = d.cls.name;
    if (activeRepr.has(d)) return "...";
    activeRepr.add(d);
    try {
      return `${name}(${repr(ctx, d.factory)}, ${plainRepr(ctx, d)})`;
    } finally {
      activeRepr.delete(d);
    }
  },
  copy(ctx, a) {
    const d = a[0] as PyDefaultDict;
    const c = new PyDefaultDict(d.cls);
    c.factory = d.factory;
    c.table = d.table.copy(ctx);
    return c;
  },
};
defaultdictMethods.__copy__ = defaultdictMethods.copy;
for (const [k, f] of Object.entries(defaultdictMethods)) defMethod(DefaultDictType, k, f);
defGetter(DefaultDictType, "default_factory", (ctx, d) => (d as PyDefaultDict).factory);
defSetter(DefaultDictType, "default_factory", (ctx, d, v) => {
  (d as PyDefaultDict).factory = v;
});

/** Index of the first live entry, or -1. */
function firstIndex(d: PyDict): number {
  const keys = d.table.keys;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== undefined) return i;
  return -1;
}

const orderedMethods: Record<string, NativeFn> = {
  __init__(ctx, a, kw) {
    fillDict(ctx, a[0] as PyDict, a.slice(1), kw, "OrderedDict");
    return None;
  },
  move_to_end(ctx, a, kw) {
    const d = a[0] as PyDict;
    const key = a[1];
    const last = truthy(ctx, a[2] ?? kw?.get("last") ?? true);
    const v = d.table.delete(ctx, key);
    if (v === undefined) throw keyError(key);
    if (last) {
      d.table.set(ctx, key, v);
      return None;
    }
    const keys = d.table.keys.slice();
    const vals = d.table.vals.slice();
    d.table.clear();
    d.table.set(ctx, key, v);
    keys.forEach((k, i) => k !== undefined && d.table.set(ctx, k, vals[i]));
    return None;
  },
  popitem(ctx, a, kw) {
    const d = a[0] as PyDict;
    const last = truthy(ctx, a[1] ?? kw?.get("last") ?? true);
    if (d.table.size === 0) throw pyErr(KeyError, "dictionary is empty");
    const i = last ? d.table.lastIndex() : firstIndex(d);
    const key = d.table.keys[i]!;
    return newTuple([key, d.table.deleteAt(ctx, i)]);
  },
  __repr__(ctx, a) {
    const d = a[0] as PyDict;
    const name = d.cls.name;
    if (d.table.size === 0) return `${name}()`;
    if (activeRepr.has(d)) return "...";
    activeRepr.add(d);
    try {
      const items: PyValue[] = [];
      d.table.keys.forEach((k, i) => k !== undefined && items.push(newTuple([k, d.table.vals[i]])));
      return `${name}(${repr(ctx, newList(items))})`;
    } finally {
      activeRepr.delete(d);
    }
  },
  copy(ctx, a) {
    const d = a[0] as PyDict;
    const c = new PyDict(d.cls);
    c.table = d.table.copy(ctx);
    return c;
  },
};
for (const [k, f] of Object.entries(orderedMethods)) defMethod(OrderedDictType, k, f);
const fromkeys: NativeFn = (ctx, a) => {
  const cls = a[0] as PyType;
  const d = cls.alloc!(cls) as PyDict;
  for (const k of toArray(ctx, a[1])) d.table.set(ctx, k, a[2] ?? None);
  return d;
};
OrderedDictType.ns.set(
  "fromkeys",
  new PyWrapperDescr(ClassMethodType, new PyBuiltin(BuiltinFunctionType, "fromkeys", fromkeys)),
);
