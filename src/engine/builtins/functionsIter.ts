/**
 * Lazy iteration builtins — enumerate, zip, map, filter, reversed — and any/all.
 * Each lazy one is a type (as in CPython: `type(map(f, x)) is map`) whose instances
 * pull one item from their sources per `next`, so generators are never drained early.
 */
import { DictType, PyDict } from "../runtime/containers";
import {
  IndexError,
  pyErr,
  RuntimeError,
  StopIteration,
  typeError,
  ValueError,
} from "../runtime/exceptions";
import { intAdd, type Int } from "../runtime/numeric";
import {
  PyBuiltin,
  PyList,
  PyNativeIter,
  PyRange,
  PyTuple,
  PyType,
  type Ctx,
  type NativeFn,
  type PyValue,
} from "../runtime/object";
import { getItem, getIter, lenOf, next as iterNext, truthy } from "../runtime/ops";
import { defMethod, newTuple, None, typeOf } from "../runtime/types";
import {
  exactlyOne,
  isExc,
  keywords,
  nativeIterType,
  rejectKeywords,
  toIndex,
} from "./functionsUtil";

/** The `enumerate` type. */
export const EnumerateType = nativeIterType("enumerate");
/** The `zip` type. */
export const ZipType = nativeIterType("zip");
/** The `map` type. */
export const MapType = nativeIterType("map");
/** The `filter` type. */
export const FilterType = nativeIterType("filter");
/** The `reversed` type (reversed() over the sequence protocol). */
export const ReversedType = nativeIterType("reversed");
/** What reversed(range) returns. */
const RangeIterType = nativeIterType("range_iterator");
/** What reversed(list) returns. */
const ListRevIterType = nativeIterType("list_reverseiterator");
/** What reversed(dict) returns. */
const DictRevKeyIterType = nativeIterType("dict_reversekeyiterator");

/** The instance class: the builtin type itself, or a user subclass of it. */
function instanceType(cls: PyValue, base: PyType): PyType {
  return cls instanceof PyType && cls.isSubtype(base) ? cls : base;
}

function enumerateNew(ctx: Ctx, a: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const args = a.slice(1);
  const given = args.length + (kwargs?.size ?? 0);
  if (given > 2) throw typeError(`enumerate() takes at most 2 arguments (${given} given)`);
  const kw = keywords("enumerate", kwargs, ["iterable", "start"]);
  const iterable = args[0] ?? kw.get("iterable");
  if (iterable === undefined) throw typeError("enumerate() missing required argument 'iterable'");
  const startArg = args[1] ?? kw.get("start");
  const it = getIter(ctx, iterable);
  let n: Int = startArg === undefined ? 0 : toIndex(ctx, startArg);
  return new PyNativeIter(instanceType(a[0], EnumerateType), (c) => {
    const v = iterNext(c, it);
    if (v === undefined) return undefined;
    const pair = newTuple([n, v]);
    n = intAdd(n, 1);
    return pair;
  });
}

/** `zip() argument 3 is shorter than arguments 1-2` and its variants. */
function zipMismatch(i: number, what: "shorter" | "longer") {
  const plural = i === 1 ? " " : "s 1-";
  return pyErr(ValueError, `zip() argument ${i + 1} is ${what} than argument${plural}${i}`);
}

function zipNew(ctx: Ctx, a: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const kw = keywords("zip", kwargs, ["strict"]);
  const strict = kw.has("strict") ? truthy(ctx, kw.get("strict")!) : false;
  const its = a.slice(1).map((x) => getIter(ctx, x));
  // Like CPython, zip keeps no "exhausted" flag: a later next() polls the sources again.
  return new PyNativeIter(instanceType(a[0], ZipType), (c) => {
    if (its.length === 0) return undefined;
    const items: PyValue[] = [];
    for (let i = 0; i < its.length; i++) {
      const v = iterNext(c, its[i]);
      if (v === undefined) {
        if (!strict) return undefined;
        if (i > 0) throw zipMismatch(i, "shorter");
        for (let j = 1; j < its.length; j++)
          if (iterNext(c, its[j]) !== undefined) throw zipMismatch(j, "longer");
        return undefined;
      }
      items.push(v);
    }
    return newTuple(items);
  });
}

function mapNew(ctx: Ctx, a: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  if (kwargs && kwargs.size && a[0] === MapType)
    throw typeError("map() takes no keyword arguments");
  if (a.length < 3) throw typeError("map() must have at least two arguments.");
  const fn = a[1];
  const its = a.slice(2).map((x) => getIter(ctx, x));
  return new PyNativeIter(instanceType(a[0], MapType), (c) => {
    const items: PyValue[] = [];
    for (const it of its) {
      const v = iterNext(c, it);
      if (v === undefined) return undefined;
      items.push(v);
    }
    return c.call(fn, items);
  });
}

function filterNew(ctx: Ctx, a: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  if (kwargs && kwargs.size && a[0] === FilterType)
    throw typeError("filter() takes no keyword arguments");
  if (a.length !== 3) throw typeError(`filter expected 2 arguments, got ${a.length - 1}`);
  const fn = a[1];
  const it = getIter(ctx, a[2]);
  return new PyNativeIter(instanceType(a[0], FilterType), (c) => {
    for (;;) {
      const v = iterNext(c, it);
      if (v === undefined) return undefined;
      // filter(None, …) keeps truthy items; filter(bool, …) is the same test.
      if (fn === None ? truthy(c, v) : truthy(c, c.call(fn, [v]))) return v;
    }
  });
}

/** reversed() over the sequence protocol: __getitem__ from len-1 down to 0. */
function reversedSequence(ctx: Ctx, cls: PyType, seq: PyValue): PyNativeIter {
  let i = lenOf(ctx, seq) - 1;
  return new PyNativeIter(cls, (c) => {
    if (i < 0) return undefined;
    try {
      return getItem(c, seq, i--);
    } catch (e) {
      if (isExc(e, IndexError) || isExc(e, StopIteration)) {
        i = -1;
        return undefined;
      }
      throw e;
    }
  });
}

function reversedNew(ctx: Ctx, a: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  if (kwargs && kwargs.size && a[0] === ReversedType)
    throw typeError("reversed() takes no keyword arguments");
  if (a.length !== 2) throw typeError(`reversed expected 1 argument, got ${a.length - 1}`);
  const seq = a[1];
  const t = typeOf(seq);
  const notReversible = () => typeError(`'${t.name}' object is not reversible`);
  const meth = t.lookup("__reversed__");
  if (meth === None) throw notReversible();
  if (meth !== undefined && !(meth instanceof PyBuiltin)) return ctx.call(meth, [seq]);
  // Builtin lists, ranges and dicts get CPython's iterator types here, whatever their native __reversed__ returns.
  if (seq instanceof PyRange) {
    let cur = seq.start + (lenOf(ctx, seq) - 1) * seq.step;
    let left = lenOf(ctx, seq);
    return new PyNativeIter(RangeIterType, () => {
      if (left <= 0) return undefined;
      left--;
      const v = cur;
      cur -= seq.step;
      return v;
    });
  }
  if (seq instanceof PyList) {
    let i = seq.items.length - 1;
    return new PyNativeIter(ListRevIterType, () => {
      // Like CPython's listreviter: stop for good once the index falls outside the (live) list.
      if (i >= 0 && i < seq.items.length) return seq.items[i--];
      i = -1;
      return undefined;
    });
  }
  if (
    seq instanceof PyDict &&
    (meth === undefined || (meth instanceof PyBuiltin && meth.owner === "dict"))
  ) {
    const keys = seq.table.liveKeys();
    const size = seq.table.size;
    let i = keys.length - 1;
    return new PyNativeIter(DictRevKeyIterType, () => {
      if (seq.table.size !== size) {
        i = -1;
        throw pyErr(RuntimeError, "dictionary changed size during iteration");
      }
      return i >= 0 ? keys[i--] : undefined;
    });
  }
  if (meth !== undefined) return ctx.call(meth, [seq]);
  const isSeq =
    typeof seq === "string" ||
    seq instanceof PyTuple ||
    (t.lookup("__getitem__") !== undefined && !t.isSubtype(DictType));
  if (!isSeq) throw notReversible();
  return reversedSequence(ctx, instanceType(a[0], ReversedType), seq);
}

/** any()/all(): stop at the first item that decides the answer. */
function anyAll(name: "any" | "all"): NativeFn {
  const stopOn = name === "any";
  return (ctx, args, kwargs) => {
    rejectKeywords(name, kwargs);
    const it = getIter(ctx, exactlyOne(name, args));
    for (let v = iterNext(ctx, it); v !== undefined; v = iterNext(ctx, it))
      if (truthy(ctx, v) === stopOn) return stopOn;
    return !stopOn;
  };
}

let installed = false;
/** Give the lazy iterator types their constructors (idempotent). */
export function installIterTypes(): void {
  if (installed) return;
  installed = true;
  defMethod(EnumerateType, "__new__", enumerateNew);
  defMethod(ZipType, "__new__", zipNew);
  defMethod(MapType, "__new__", mapNew);
  defMethod(FilterType, "__new__", filterNew);
  defMethod(ReversedType, "__new__", reversedNew);
}

/** The lazy iterator types, registered in builtins under their own names. */
export const iterTypes: PyType[] = [EnumerateType, ZipType, MapType, FilterType, ReversedType];

/** any and all by name. */
export const iterFunctions: Record<string, NativeFn> = { any: anyAll("any"), all: anyAll("all") };
