/**
 * Set algebra on PySet storage, shared by set/frozenset methods, their operators
 * and the dict key/item views. Elements are visited in CPython's iteration
 * order (runtime/ops setOrder) so results print in the order CPython shows.
 */
import { FrozenSetType, PySet, SetType } from "../../runtime/containers";
import type { Ctx, PyValue } from "../../runtime/object";
import { setOrder, toArray } from "../../runtime/ops";
import { isAnySet } from "./reprs";

/** A new empty set of the builtin base type of `like` (set or frozenset; subclasses map to their base). */
export function baseSetOf(like: PySet): PySet {
  return new PySet(like.cls.isSubtype(FrozenSetType) ? FrozenSetType : SetType);
}

/** The elements of any iterable, in the order CPython would visit them. */
export function elementsOf(ctx: Ctx, v: PyValue): PyValue[] {
  return isAnySet(v) ? setOrder(v) : toArray(ctx, v);
}

/** Membership test that, like CPython, looks a (mutable) set key up as a frozenset. */
export function has(ctx: Ctx, s: PySet, key: PyValue): boolean {
  if (key instanceof PySet && !key.cls.isSubtype(FrozenSetType)) {
    const f = new PySet(FrozenSetType);
    f.table = key.table;
    return s.table.find(ctx, f) >= 0;
  }
  return s.table.find(ctx, key) >= 0;
}

/** A set (of the given kind) built from the elements in order. */
export function setFrom(ctx: Ctx, elems: PyValue[], frozen = false): PySet {
  const s = new PySet(frozen ? FrozenSetType : SetType);
  for (const x of elems) s.table.set(ctx, x, true);
  return s;
}

/** Elements of `other` as a set, reusing it when it already is one. */
export function asSet(ctx: Ctx, other: PyValue): PySet {
  return isAnySet(other) ? other : setFrom(ctx, toArray(ctx, other));
}

/** into |= elems */
export function addAll(ctx: Ctx, into: PySet, elems: PyValue[]): void {
  for (const x of elems) into.table.set(ctx, x, true);
}

/** a | b… (a new set of a's base type). */
export function union(ctx: Ctx, a: PySet, others: PyValue[]): PySet {
  const out = baseSetOf(a);
  addAll(ctx, out, setOrder(a));
  for (const o of others) addAll(ctx, out, elementsOf(ctx, o));
  return out;
}

/** a & b: CPython walks the smaller set and keeps what the other one has. */
export function intersect(ctx: Ctx, a: PySet, other: PyValue): PySet {
  const out = baseSetOf(a);
  if (isAnySet(other)) {
    const [small, big] = other.table.size > a.table.size ? [a, other] : [other, a];
    for (const x of setOrder(small)) if (has(ctx, big, x)) out.table.set(ctx, x, true);
    return out;
  }
  for (const x of toArray(ctx, other)) if (has(ctx, a, x)) out.table.set(ctx, x, true);
  return out;
}

/** a - b */
export function difference(ctx: Ctx, a: PySet, other: PyValue): PySet {
  const b = asSet(ctx, other);
  const out = baseSetOf(a);
  for (const x of setOrder(a)) if (!has(ctx, b, x)) out.table.set(ctx, x, true);
  return out;
}

/** a ^ b */
export function symmetricDifference(ctx: Ctx, a: PySet, other: PyValue): PySet {
  const b = asSet(ctx, other);
  const out = baseSetOf(a);
  for (const x of setOrder(a)) if (!has(ctx, b, x)) out.table.set(ctx, x, true);
  for (const x of setOrder(b)) if (!has(ctx, a, x)) out.table.set(ctx, x, true);
  return out;
}

/** Replace a set's contents (the in-place `*_update` methods). */
export function replaceContents(ctx: Ctx, target: PySet, from: PySet): void {
  const elems = setOrder(from);
  target.table.clear();
  addAll(ctx, target, elems);
}

/** Is every element of `a` in `b`? */
export function subsetOf(ctx: Ctx, a: PySet, b: PySet): boolean {
  if (a.table.size > b.table.size) return false;
  for (const x of a.table.liveKeys()) if (!has(ctx, b, x)) return false;
  return true;
}

/** Rich comparison of two sets (subset/superset ordering). */
export function setCompare(ctx: Ctx, a: PySet, b: PySet, op: string): boolean {
  const na = a.table.size;
  const nb = b.table.size;
  switch (op) {
    case "Eq":
      return na === nb && subsetOf(ctx, a, b);
    case "NotEq":
      return !(na === nb && subsetOf(ctx, a, b));
    case "LtE":
      return subsetOf(ctx, a, b);
    case "Lt":
      return na < nb && subsetOf(ctx, a, b);
    case "GtE":
      return subsetOf(ctx, b, a);
    default:
      return na > nb && subsetOf(ctx, b, a);
  }
}
