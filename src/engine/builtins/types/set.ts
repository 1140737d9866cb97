/** set and frozenset methods and operator dunders. */
import { FrozenSetType, PySet, SetType } from "../../runtime/containers";
import { keyError } from "../../runtime/exceptions";
import type { Ctx, PyType, PyValue } from "../../runtime/object";
import { norm, type Int } from "../../runtime/numeric";
import { hash, setIter, setOrder } from "../../runtime/ops";
import { None, NotImplemented } from "../../runtime/types";
import { isAnySet, setRepr } from "./reprs";
import {
  addAll,
  asSet,
  difference,
  elementsOf,
  has,
  intersect,
  replaceContents,
  setCompare,
  subsetOf,
  symmetricDifference,
  union,
} from "./setAlgebra";
import { def, def0, def1 } from "./util";

const S = (v: PyValue) => v as PySet;

/** CPython's frozenset hash (order independent mix of the element hashes), on 64 bits. */
function frozensetHash(ctx: Ctx, s: PySet): Int {
  const M = (1n << 64n) - 1n;
  const shuffle = (h: bigint) => ((h ^ 89869747n ^ (h << 16n)) * 3644798167n) & M;
  let h = 0n;
  for (const x of s.table.liveKeys()) h ^= shuffle(BigInt.asUintN(64, BigInt(hash(ctx, x))));
  h ^= ((BigInt(s.table.size) + 1n) * 1927868237n) & M;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M;
  if (h === M) h = 590923713n;
  return norm(BigInt.asIntN(64, h));
}

/** Methods both set and frozenset have. */
function installCommon(T: PyType): void {
  def(T, "union", (ctx, a) => union(ctx, S(a[0]), a.slice(1)));
  def(T, "intersection", (ctx, a) => {
    let r = S(a[0]);
    if (a.length === 1) return union(ctx, r, []);
    for (const o of a.slice(1)) r = intersect(ctx, r, o);
    return r;
  });
  def(T, "difference", (ctx, a) => {
    let r = union(ctx, S(a[0]), []);
    for (const o of a.slice(1)) r = difference(ctx, r, o);
    return r;
  });
  def1(T, "symmetric_difference", (ctx, self, o) => symmetricDifference(ctx, S(self), o));
  def1(T, "issubset", (ctx, self, o) => subsetOf(ctx, S(self), asSet(ctx, o)));
  def1(T, "issuperset", (ctx, self, o) => {
    for (const x of elementsOf(ctx, o)) if (!has(ctx, S(self), x)) return false;
    return true;
  });
  def1(T, "isdisjoint", (ctx, self, o) => {
    for (const x of elementsOf(ctx, o)) if (has(ctx, S(self), x)) return false;
    return true;
  });
  def0(T, "copy", (ctx, self) => (S(self).cls === FrozenSetType ? self : union(ctx, S(self), [])));
  def0(T, "__len__", (ctx, self) => S(self).table.size);
  def1(T, "__contains__", (ctx, self, x) => has(ctx, S(self), x));
  def0(T, "__iter__", (ctx, self) => setIter(S(self)));
  def0(T, "__repr__", (ctx, self) => setRepr(ctx, S(self)));
  const binary = (name: string, f: (ctx: Ctx, a: PySet, b: PySet) => PySet) => {
    def1(T, `__${name}__`, (ctx, self, o) => (isAnySet(o) ? f(ctx, S(self), o) : NotImplemented));
    def1(T, `__r${name}__`, (ctx, self, o) => (isAnySet(o) ? f(ctx, o, S(self)) : NotImplemented));
  };
  binary("or", (ctx, a, b) => union(ctx, a, [b]));
  binary("and", intersect);
  binary("sub", difference);
  binary("xor", symmetricDifference);
  const cmps: [string, string][] = [
    ["__eq__", "Eq"],
    ["__ne__", "NotEq"],
    ["__lt__", "Lt"],
    ["__le__", "LtE"],
    ["__gt__", "Gt"],
    ["__ge__", "GtE"],
  ];
  for (const [name, op] of cmps)
    def1(T, name, (ctx, self, o) =>
      isAnySet(o) ? setCompare(ctx, S(self), o, op) : NotImplemented,
    );
}

let done = false;
/** Install set's and frozenset's methods (idempotent). */
export function installSet(): void {
  if (done) return;
  done = true;
  installCommon(SetType);
  installCommon(FrozenSetType);
  const T = SetType;
  def1(T, "add", (ctx, self, x) => {
    S(self).table.set(ctx, x, true);
    return None;
  });
  def1(T, "remove", (ctx, self, x) => {
    if (!has(ctx, S(self), x)) throw keyError(x);
    S(self).table.delete(ctx, x);
    return None;
  });
  def1(T, "discard", (ctx, self, x) => {
    if (has(ctx, S(self), x)) S(self).table.delete(ctx, x);
    return None;
  });
  def0(T, "pop", (ctx, self) => {
    const s = S(self);
    if (s.table.size === 0) throw keyError("pop from an empty set");
    const x = setOrder(s)[0];
    s.table.delete(ctx, x);
    return x;
  });
  def0(T, "clear", (ctx, self) => {
    S(self).table.clear();
    return None;
  });
  def(T, "update", (ctx, a) => {
    for (const o of a.slice(1)) addAll(ctx, S(a[0]), elementsOf(ctx, o));
    return None;
  });
  const inPlace = (name: string, f: (ctx: Ctx, s: PySet, o: PyValue) => PySet, multi: boolean) => {
    const run = (ctx: Ctx, a: PyValue[]) => {
      const s = S(a[0]);
      let r = s;
      for (const o of a.slice(1)) r = f(ctx, r, o);
      if (r !== s) replaceContents(ctx, s, r);
      return None;
    };
    if (multi) def(T, name, run);
    else def1(T, name, (ctx, self, o) => run(ctx, [self, o]));
  };
  inPlace("intersection_update", intersect, true);
  inPlace("difference_update", difference, true);
  inPlace("symmetric_difference_update", symmetricDifference, false);
  const iop = (name: string, f: (ctx: Ctx, a: PySet, b: PySet) => PySet) =>
    def1(T, `__i${name}__`, (ctx, self, o) => {
      if (!isAnySet(o)) return NotImplemented;
      replaceContents(ctx, S(self), f(ctx, S(self), o));
      return self;
    });
  iop("or", (ctx, a, b) => union(ctx, a, [b]));
  iop("and", intersect);
  iop("sub", difference);
  iop("xor", symmetricDifference);
  T.ns.set("__hash__", None);
  def0(FrozenSetType, "__hash__", (ctx, self) => frozensetHash(ctx, S(self)));
}
