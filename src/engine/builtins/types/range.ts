/**
 * range: construction, attributes and methods. Ranges within ±2**53 are handled
 * by the runtime's fast paths; these methods work on exact bigints so ranges like
 * range(10**20) index, slice and search correctly (the runtime defers to them).
 */
import { defGetter } from "../../runtime/attrs";
import { indexError, OverflowError, pyErr, typeError, ValueError } from "../../runtime/exceptions";
import { asInt, norm } from "../../runtime/numeric";
import {
  PyNativeIter,
  PyRange,
  PySlice,
  type Ctx,
  type PyType,
  type PyValue,
} from "../../runtime/object";
import { getIter, repr, toArray } from "../../runtime/ops";
import {
  defMethod,
  IterTypes,
  None,
  NotImplemented,
  RangeType,
  typeName,
} from "../../runtime/types";
import { same } from "./seq";
import { checkPositional, def0, def1, indexArg } from "./util";

type Bounds = [bigint, bigint, bigint];
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const R = (v: PyValue) => v as PyRange;

/** Exact bounds of a range. */
export function rangeBounds(r: PyRange): Bounds {
  return r.big ?? [BigInt(r.start), BigInt(r.stop), BigInt(r.step)];
}

/** A range from exact bounds (keeping them exactly when any is beyond 2**53). */
export function makeRange(
  start: bigint,
  stop: bigint,
  step: bigint,
  cls: PyType = RangeType,
): PyRange {
  const r = new PyRange(cls, Number(start), Number(stop), Number(step));
  const unsafe = (x: bigint) => x > MAX_SAFE || x < -MAX_SAFE;
  if (unsafe(start) || unsafe(stop) || unsafe(step)) r.big = [start, stop, step];
  return r;
}

/** Number of items of a range, exactly. */
export function bigRangeLen([start, stop, step]: Bounds): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

const isIntValue = (x: PyValue) =>
  typeof x === "number" || typeof x === "bigint" || typeof x === "boolean";

function containsInt(b: Bounds, x: bigint): boolean {
  const [start, stop, step] = b;
  if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return false;
  return (x - start) % step === 0n;
}

/** Resolve slice bounds against a (big) length like CPython's _PySlice_GetLongIndices. */
function sliceRange(ctx: Ctx, r: PyRange, s: PySlice): PyRange {
  const [start, , step] = rangeBounds(r);
  const len = bigRangeLen(rangeBounds(r));
  const opt = (v: PyValue) => (v === None ? null : BigInt(indexArg(ctx, v)));
  const sstep = opt(s.step) ?? 1n;
  if (sstep === 0n) throw pyErr(ValueError, "slice step cannot be zero");
  const [lower, upper] = sstep < 0n ? [-1n, len - 1n] : [0n, len];
  const clip = (v: bigint | null, dflt: bigint) => {
    if (v === null) return dflt;
    if (v < 0n) return v + len < lower ? lower : v + len;
    return v > upper ? upper : v;
  };
  const a = clip(opt(s.start), sstep < 0n ? upper : lower);
  const z = clip(opt(s.stop), sstep < 0n ? lower : upper);
  return makeRange(start + a * step, start + z * step, step * sstep);
}

function rangeItem(ctx: Ctx, r: PyRange, key: PyValue): PyValue {
  if (key instanceof PySlice) return sliceRange(ctx, r, key);
  if (asInt(key) === null && (typeof key !== "object" || key.cls.lookup("__index__") === undefined))
    throw typeError(`range indices must be integers or slices, not ${typeName(key)}`);
  const b = rangeBounds(r);
  const len = bigRangeLen(b);
  let i = BigInt(indexArg(ctx, key));
  if (i < 0n) i += len;
  if (i < 0n || i >= len) throw indexError("range object index out of range");
  return norm(b[0] + i * b[2]);
}

function bigIter(b: Bounds, reverse: boolean): PyNativeIter {
  const [start, , step] = b;
  const n = bigRangeLen(b);
  let i = 0n;
  return new PyNativeIter(IterTypes.range, () => {
    if (i >= n) return undefined;
    const k = reverse ? n - 1n - i : i;
    i++;
    return norm(start + k * step);
  });
}

function sameRange(a: Bounds, b: Bounds): boolean {
  const n = bigRangeLen(a);
  if (n !== bigRangeLen(b)) return false;
  if (n === 0n) return true;
  if (a[0] !== b[0]) return false;
  return n === 1n || a[2] === b[2];
}

function rangeArg(ctx: Ctx, v: PyValue): bigint {
  return BigInt(indexArg(ctx, v));
}

let done = false;
/** Install range's methods (idempotent). */
export function installRange(): void {
  if (done) return;
  done = true;
  const T = RangeType;
  defMethod(T, "__new__", (ctx, a, kw) => {
    if (kw !== null && kw.size > 0) throw typeError("range() takes no keyword arguments");
    const args = a.slice(1);
    checkPositional("range", args.length, 1, 3);
    const n = args.map((v) => rangeArg(ctx, v));
    const [start, stop, step] = n.length === 1 ? [0n, n[0], 1n] : [n[0], n[1], n[2] ?? 1n];
    if (step === 0n) throw pyErr(ValueError, "range() arg 3 must not be zero");
    return makeRange(start, stop, step);
  });
  defGetter(T, "start", (ctx, r) => norm(rangeBounds(R(r))[0]));
  defGetter(T, "stop", (ctx, r) => norm(rangeBounds(R(r))[1]));
  defGetter(T, "step", (ctx, r) => norm(rangeBounds(R(r))[2]));
  def1(T, "index", (ctx, self, x) => {
    const b = rangeBounds(R(self));
    if (isIntValue(x)) {
      const v = BigInt(asInt(x)!);
      if (containsInt(b, v)) return norm((v - b[0]) / b[2]);
      throw pyErr(ValueError, `${repr(ctx, x)} is not in range`);
    }
    const items = toArray(ctx, self);
    for (let i = 0; i < items.length; i++) if (same(ctx, items[i], x)) return i;
    throw pyErr(ValueError, "sequence.index(x): x not in sequence");
  });
  def1(T, "count", (ctx, self, x) => {
    if (isIntValue(x)) return containsInt(rangeBounds(R(self)), BigInt(asInt(x)!)) ? 1 : 0;
    return toArray(ctx, self).filter((v) => same(ctx, v, x)).length;
  });
  def0(T, "__len__", (ctx, self) => {
    const n = bigRangeLen(rangeBounds(R(self)));
    if (n > 2n ** 63n - 1n)
      throw pyErr(OverflowError, "Python int too large to convert to C ssize_t");
    return norm(n);
  });
  def0(T, "__bool__", (ctx, self) => bigRangeLen(rangeBounds(R(self))) > 0n);
  def1(T, "__getitem__", (ctx, self, k) => rangeItem(ctx, R(self), k));
  def1(T, "__contains__", (ctx, self, x) => {
    if (isIntValue(x)) return containsInt(rangeBounds(R(self)), BigInt(asInt(x)!));
    const it = getIter(ctx, self);
    return toArray(ctx, it).some((v) => same(ctx, v, x));
  });
  def0(T, "__iter__", (ctx, self) =>
    R(self).big ? bigIter(rangeBounds(R(self)), false) : getIter(ctx, self),
  );
  def0(T, "__reversed__", (ctx, self) => bigIter(rangeBounds(R(self)), true));
  def0(T, "__repr__", (ctx, self) => {
    const [start, stop, step] = rangeBounds(R(self));
    return step === 1n ? `range(${start}, ${stop})` : `range(${start}, ${stop}, ${step})`;
  });
  const eq = (a: PyValue, b: PyValue) => sameRange(rangeBounds(R(a)), rangeBounds(R(b)));
  def1(T, "__eq__", (ctx, self, o) => (o instanceof PyRange ? eq(self, o) : NotImplemented));
  def1(T, "__ne__", (ctx, self, o) => (o instanceof PyRange ? !eq(self, o) : NotImplemented));
}
