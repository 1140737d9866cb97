/** list methods and dunders, with CPython's results and error messages. */
import { IndexError, pyErr, typeError, ValueError } from "../../runtime/exceptions";
import { asInt } from "../../runtime/numeric";
import { PyList, PyNativeIter, type Ctx, type PyValue } from "../../runtime/object";
import { lessThan, toArray } from "../../runtime/ops";
import { IterTypes, ListType, newList, None, typeName } from "../../runtime/types";
import { listRepr } from "./reprs";
import {
  listDel,
  listSet,
  repeatItems,
  seqCmpDunders,
  seqContains,
  seqCount,
  seqGet,
  seqIndexOf,
  same,
} from "./seq";
import { timsort } from "./timsort";
import { bindArgs, def, def0, def1, defPos, indexArg, sizeArg } from "./util";

const L = (v: PyValue) => v as PyList;
const isList = (v: PyValue): v is PyList => v instanceof PyList;

/**
 * Sort `items` in place like list.sort(key=key, reverse=reverse): keys are computed
 * first, reverse keeps stability by reversing before and after (CPython's way).
 */
export function sortItems(ctx: Ctx, items: PyValue[], key: PyValue, reverse: boolean): void {
  const values = key === None ? null : items;
  const keys = key === None ? items : items.map((x) => ctx.call(key, [x]));
  if (reverse) {
    keys.reverse();
    values?.reverse();
  }
  try {
    timsort(keys, values, (a, b) => lessThan(ctx, a, b));
  } finally {
    if (reverse) {
      keys.reverse();
      values?.reverse();
    }
  }
}

/** The `reverse=` flag: CPython accepts ints (and bools) only. */
export function reverseFlag(v: PyValue | undefined): boolean {
  if (v === undefined) return false;
  const n = asInt(v);
  if (n === null) throw typeError(`'${typeName(v)}' object cannot be interpreted as an integer`);
  return n !== 0 && n !== 0n;
}

/** A live iterator over a list's items (it sees appends made while iterating). */
export function listIter(self: PyList): PyNativeIter {
  let i = 0;
  return new PyNativeIter(IterTypes.list, () =>
    i < self.items.length ? self.items[i++] : undefined,
  );
}

let done = false;
/** Install list's methods (idempotent). */
export function installList(): void {
  if (done) return;
  done = true;
  const T = ListType;
  def1(T, "append", (ctx, self, x) => {
    L(self).items.push(x);
    return None;
  });
  def1(T, "extend", (ctx, self, x) => {
    const items = x === self ? L(self).items.slice() : toArray(ctx, x);
    for (const v of items) L(self).items.push(v);
    return None;
  });
  defPos(T, "insert", 2, 2, (ctx, self, [i, x]) => {
    const items = L(self).items;
    let at = sizeArg(ctx, i);
    if (at < 0) at = Math.max(0, at + items.length);
    items.splice(Math.min(at, items.length), 0, x);
    return None;
  });
  defPos(T, "pop", 0, 1, (ctx, self, [i]) => {
    const items = L(self).items;
    if (items.length === 0) throw pyErr(IndexError, "pop from empty list");
    if (i === undefined) return items.pop()!;
    let at = sizeArg(ctx, i);
    if (at < 0) at += items.length;
    if (at < 0 || at >= items.length) throw pyErr(IndexError, "pop index out of range");
    return items.splice(at, 1)[0];
  });
  def1(T, "remove", (ctx, self, x) => {
    const items = L(self).items;
    for (let i = 0; i < items.length; i++) {
      if (same(ctx, items[i], x)) {
        items.splice(i, 1);
        return None;
      }
    }
    throw pyErr(ValueError, "list.remove(x): x not in list");
  });
  defPos(T, "index", 1, 3, (ctx, self, [x, start, stop]) =>
    seqIndexOf(ctx, L(self).items, x, start, stop, "list"),
  );
  def1(T, "count", (ctx, self, x) => seqCount(ctx, L(self).items, x));
  def0(T, "reverse", (ctx, self) => {
    L(self).items.reverse();
    return None;
  });
  def0(T, "copy", (ctx, self) => newList(L(self).items.slice()));
  def0(T, "clear", (ctx, self) => {
    L(self).items = [];
    return None;
  });
  def(T, "sort", (ctx, a, kw) => {
    const [key, rev] = bindArgs("sort", a.slice(1), kw, [], 0, ["key", "reverse"]);
    const self = L(a[0]);
    const items = self.items;
    // CPython empties the list while sorting so changes made meanwhile are detected.
    self.items = [];
    let failure: unknown = null;
    try {
      sortItems(ctx, items, key ?? None, reverseFlag(rev));
    } catch (e) {
      failure = e;
    }
    const modified = self.items.length > 0;
    self.items = items;
    if (failure !== null) throw failure;
    if (modified) throw pyErr(ValueError, "list modified during sort");
    return None;
  });

  def0(T, "__len__", (ctx, self) => L(self).items.length);
  def1(T, "__getitem__", (ctx, self, k) => seqGet(ctx, L(self), k));
  defPos(T, "__setitem__", 2, 2, (ctx, self, [k, v]) => {
    listSet(ctx, L(self), k, v);
    return None;
  });
  def1(T, "__delitem__", (ctx, self, k) => {
    listDel(ctx, L(self), k);
    return None;
  });
  def1(T, "__contains__", (ctx, self, x) => seqContains(ctx, L(self).items, x));
  def0(T, "__iter__", (ctx, self) => listIter(L(self)));
  def0(T, "__reversed__", (ctx, self) => {
    const items = () => L(self).items;
    let i = items().length - 1;
    return new PyNativeIter(IterTypes.listReverse, () => {
      if (i >= 0 && i < items().length) return items()[i--];
      i = -1;
      return undefined;
    });
  });
  def0(T, "__repr__", (ctx, self) => listRepr(ctx, L(self), L(self).items));
  def1(T, "__add__", (ctx, self, x) => {
    if (!isList(x)) throw typeError(`can only concatenate list (not "${typeName(x)}") to list`);
    return newList(L(self).items.concat(x.items));
  });
  def1(T, "__iadd__", (ctx, self, x) => {
    const items = x === self ? L(self).items.slice() : toArray(ctx, x);
    for (const v of items) L(self).items.push(v);
    return self;
  });
  const mul = (ctx: Ctx, self: PyValue, n: PyValue) => {
    return newList(repeatItems(L(self).items, Number(indexArg(ctx, n))));
  };
  def1(T, "__mul__", mul);
  def1(T, "__rmul__", mul);
  def1(T, "__imul__", (ctx, self, n) => {
    const r = mul(ctx, self, n) as PyList;
    L(self).items = r.items;
    return self;
  });
  for (const [name, fn] of seqCmpDunders(isList)) def1(T, name, fn);
  T.ns.set("__hash__", None);
}
