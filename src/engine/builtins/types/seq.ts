/**
 * Helpers shared by list, tuple and the other sequences: element equality with
 * CPython's identity shortcut, lexicographic comparison, index/count, and
 * native implementations of subscripting that never re-dispatch to a subclass
 * (so `super().__getitem__(i)` inside an override cannot recurse).
 */
import { pyErr, typeError, ValueError } from "../../runtime/exceptions";
import { PyList, PySlice, PyTuple, type Ctx, type PyValue } from "../../runtime/object";
import {
  compare,
  eq,
  repr,
  seqIndex,
  sliceIndices,
  sliceItems,
  toArray,
  truthy,
  type CmpName,
} from "../../runtime/ops";
import { newList, newTuple, NotImplemented, typeOf } from "../../runtime/types";
import { clampRange, isIterable, sliceBound } from "./util";

/** `a == b` as PyObject_RichCompareBool does it: identical objects are equal (even NaN). */
export function same(ctx: Ctx, a: PyValue, b: PyValue): boolean {
  return a === b || eq(ctx, a, b);
}

/** Lexicographic comparison of two sequences (list_richcompare / tuplerichcompare). */
export function seqCompare(ctx: Ctx, x: PyValue[], y: PyValue[], op: CmpName): boolean {
  if ((op === "Eq" || op === "NotEq") && x.length !== y.length) return op === "NotEq";
  let i = 0;
  while (i < x.length && i < y.length && same(ctx, x[i], y[i])) i++;
  if (i >= x.length || i >= y.length) {
    const a = x.length;
    const b = y.length;
    switch (op) {
      case "Lt":
        return a < b;
      case "LtE":
        return a <= b;
      case "Gt":
        return a > b;
      case "GtE":
        return a >= b;
      case "Eq":
        return a === b;
      case "NotEq":
        return a !== b;
    }
  }
  if (op === "Eq") return false;
  if (op === "NotEq") return true;
  return truthy(ctx, compare(ctx, x[i], y[i], op));
}

/** The six rich-comparison dunders of a sequence type whose items live in `items(self)`. */
export function seqCmpDunders(
  isSeq: (v: PyValue) => v is PyList | PyTuple,
): [string, (ctx: Ctx, a: PyValue, b: PyValue) => PyValue][] {
  const ops: [string, CmpName][] = [
    ["__eq__", "Eq"],
    ["__ne__", "NotEq"],
    ["__lt__", "Lt"],
    ["__le__", "LtE"],
    ["__gt__", "Gt"],
    ["__ge__", "GtE"],
  ];
  return ops.map(([name, op]) => [
    name,
    (ctx, a, b) => (isSeq(a) && isSeq(b) ? seqCompare(ctx, a.items, b.items, op) : NotImplemented),
  ]);
}

/** list.index / tuple.index: position of `x` in items[start:stop]. */
export function seqIndexOf(
  ctx: Ctx,
  items: PyValue[],
  x: PyValue,
  start: PyValue | undefined,
  stop: PyValue | undefined,
  what: "list" | "tuple",
): number {
  const [s, e] = clampRange(
    items.length,
    sliceBound(ctx, start, false),
    sliceBound(ctx, stop, false),
  );
  for (let i = s; i < e && i < items.length; i++) if (same(ctx, items[i], x)) return i;
  // 3.11 words the two differently.
  throw pyErr(
    ValueError,
    what === "list" ? `${repr(ctx, x)} is not in list` : "tuple.index(x): x not in tuple",
  );
}

/** How many items equal `x`. */
export function seqCount(ctx: Ctx, items: PyValue[], x: PyValue): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) if (same(ctx, items[i], x)) n++;
  return n;
}

/** `x in items` by equality. */
export function seqContains(ctx: Ctx, items: PyValue[], x: PyValue): boolean {
  for (let i = 0; i < items.length; i++) if (same(ctx, items[i], x)) return true;
  return false;
}

/** items[key] for list/tuple (index or slice), with CPython's messages. */
export function seqGet(ctx: Ctx, self: PyList | PyTuple, key: PyValue): PyValue {
  const what = self instanceof PyList ? "list" : "tuple";
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(ctx, key, self.items.length);
    const items = sliceItems(self.items, start, step, count);
    return self instanceof PyList ? newList(items) : newTuple(items);
  }
  checkIndexType(key, what);
  return self.items[seqIndex(ctx, key, self.items.length, what)];
}

/** Reject non-integer subscripts with "list indices must be integers or slices, not str". */
export function checkIndexType(key: PyValue, what: string): void {
  const t = typeof key;
  if (t === "number" || t === "bigint" || t === "boolean") return;
  if (t === "object" && typeOf(key).lookup("__index__") !== undefined) return;
  throw typeError(`${what} indices must be integers or slices, not ${typeOf(key).name}`);
}

/** list[key] = value (index or slice assignment). */
export function listSet(ctx: Ctx, self: PyList, key: PyValue, value: PyValue): void {
  if (key instanceof PySlice) {
    const [start, stop, step, count] = sliceIndices(ctx, key, self.items.length);
    const src = value === self ? self.items.slice() : toArrayForSlice(ctx, value, step !== 1);
    if (step === 1) {
      self.items.splice(start, Math.max(0, stop - start), ...src);
      return;
    }
    if (src.length !== count)
      throw pyErr(
        ValueError,
        `attempt to assign sequence of size ${src.length} to extended slice of size ${count}`,
      );
    for (let i = 0, j = start; i < count; i++, j += step) self.items[j] = src[i];
    return;
  }
  checkIndexType(key, "list");
  self.items[seqIndex(ctx, key, self.items.length, "list assignment")] = value;
}

function toArrayForSlice(ctx: Ctx, value: PyValue, extended: boolean): PyValue[] {
  if (!isIterable(value))
    throw typeError(
      extended ? "must assign iterable to extended slice" : "can only assign an iterable",
    );
  return toArray(ctx, value);
}

/** del list[key] */
export function listDel(ctx: Ctx, self: PyList, key: PyValue): void {
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(ctx, key, self.items.length);
    if (step === 1) self.items.splice(start, count);
    else if (count > 0) {
      const drop = new Set<number>();
      for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
      self.items = self.items.filter((_, i) => !drop.has(i));
    }
    return;
  }
  checkIndexType(key, "list");
  self.items.splice(seqIndex(ctx, key, self.items.length, "list assignment"), 1);
}

/** Repeat items n times (n <= 0 gives nothing), guarding against runaway sizes. */
export function repeatItems(items: PyValue[], n: number): PyValue[] {
  if (n <= 0 || items.length === 0) return [];
  if (items.length * n > 1e8)
    throw pyErr(ValueError, "repeated sequence is too long for this playground");
  const out: PyValue[] = [];
  for (let i = 0; i < n; i++) for (const x of items) out.push(x);
  return out;
}
