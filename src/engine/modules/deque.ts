/** collections.deque, with CPython's methods, repr and error messages. */
import { IndexError, pyErr, runtimeError, typeError, ValueError } from "../runtime/exceptions";
import { asInt } from "../runtime/numeric";
import {
  PyNativeIter,
  PyObject,
  PyType,
  type Ctx,
  type NativeFn,
  type PyValue,
} from "../runtime/object";
import { eq, indexValue, lessThan, repr, toArray } from "../runtime/ops";
import { defMethod, newList, None, NotImplemented, ObjectType, typeOf } from "../runtime/types";
import { defGetter } from "../runtime/attrs";
import { addIterMethods } from "./iterTypes";
import { moduleType } from "./util";

/** A deque: items in order, left end first. */
export class PyDeque extends PyObject {
  items: PyValue[] = [];
  maxlen: number | null = null;
  /** Bumped on every mutation so iterators can detect it, as CPython's `state` counter. */
  state = 0;
  constructor(cls: PyType) {
    super(cls);
    if (cls.heap) this.dict = new Map();
  }
}

/** collections.deque */
export const DequeType = moduleType(
  "collections",
  "deque",
  [ObjectType],
  (cls) => new PyDeque(cls),
);
const DequeIterType = moduleType("_collections", "_deque_iterator");
const DequeRevIterType = moduleType("_collections", "_deque_reverse_iterator");
addIterMethods(DequeIterType);
addIterMethods(DequeRevIterType);

function dq(v: PyValue): PyDeque {
  if (!(v instanceof PyDeque)) throw typeError("descriptor requires a 'collections.deque' object");
  return v;
}

function append(d: PyDeque, x: PyValue): void {
  d.state++;
  if (d.maxlen === 0) return;
  d.items.push(x);
  if (d.maxlen !== null && d.items.length > d.maxlen) d.items.shift();
}

function appendLeft(d: PyDeque, x: PyValue): void {
  d.state++;
  if (d.maxlen === 0) return;
  d.items.unshift(x);
  if (d.maxlen !== null && d.items.length > d.maxlen) d.items.pop();
}

function iterOver(ctx: Ctx, d: PyDeque, reverse: boolean): PyNativeIter {
  const state = d.state;
  let i = 0;
  return new PyNativeIter(reverse ? DequeRevIterType : DequeIterType, () => {
    if (d.state !== state) {
      i = Infinity;
      throw runtimeError("deque mutated during iteration");
    }
    if (i >= d.items.length) return undefined;
    const v = reverse ? d.items[d.items.length - 1 - i] : d.items[i];
    i++;
    return v;
  });
}

function findIndex(ctx: Ctx, d: PyDeque, x: PyValue, start: number, stop: number): number {
  const state = d.state;
  for (let i = start; i < Math.min(stop, d.items.length); i++) {
    const hit = d.items[i] === x || eq(ctx, d.items[i], x);
    if (d.state !== state) throw runtimeError("deque mutated during iteration");
    if (hit) return i;
  }
  return -1;
}

function itemIndex(ctx: Ctx, d: PyDeque, key: PyValue): number {
  const k = asInt(key);
  const hasIndex = typeof key === "object" && key.cls.lookup("__index__") !== undefined;
  if (k === null && !hasIndex)
    throw typeError(`sequence index must be integer, not '${typeOf(key).name}'`);
  let i = k !== null ? Number(k) : indexValue(ctx, key);
  if (i < 0) i += d.items.length;
  if (i < 0 || i >= d.items.length) throw pyErr(IndexError, "deque index out of range");
  return i;
}

function seqCompare(ctx: Ctx, a: PyValue[], b: PyValue[], op: "lt" | "le" | "gt" | "ge"): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!eq(ctx, a[i], b[i]))
      return op[0] === "l" ? lessThan(ctx, a[i], b[i]) : lessThan(ctx, b[i], a[i]);
  }
  const c = a.length - b.length;
  return op === "lt" ? c < 0 : op === "le" ? c <= 0 : op === "gt" ? c > 0 : c >= 0;
}

function seqEqual(ctx: Ctx, a: PyValue[], b: PyValue[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i] || eq(ctx, x, b[i]));
}

const methods: Record<string, NativeFn> = {
  __init__(ctx, a, kw) {
    const d = dq(a[0]);
    const iterable = a[1] ?? kw?.get("iterable");
    const ml = a[2] ?? kw?.get("maxlen") ?? None;
    if (ml !== None) {
      const n = asInt(ml);
      if (n === null) throw typeError("an integer is required");
      if (n < 0) throw pyErr(ValueError, "maxlen must be non-negative");
      d.maxlen = Number(n);
    } else d.maxlen = null;
    d.items = [];
    d.state++;
    if (iterable !== undefined) for (const x of toArray(ctx, iterable)) append(d, x);
    return None;
  },
  append: (ctx, a) => (append(dq(a[0]), a[1]), None),
  appendleft: (ctx, a) => (appendLeft(dq(a[0]), a[1]), None),
  pop(ctx, a) {
    const d = dq(a[0]);
    if (!d.items.length) throw pyErr(IndexError, "pop from an empty deque");
    d.state++;
    return d.items.pop()!;
  },
  popleft(ctx, a) {
    const d = dq(a[0]);
    if (!d.items.length) throw pyErr(IndexError, "pop from an empty deque");
    d.state++;
    return d.items.shift()!;
  },
  extend(ctx, a) {
    const d = dq(a[0]);
    for (const x of a[1] === d ? d.items.slice() : toArray(ctx, a[1])) append(d, x);
    return None;
  },
  extendleft(ctx, a) {
    const d = dq(a[0]);
    for (const x of a[1] === d ? d.items.slice() : toArray(ctx, a[1])) appendLeft(d, x);
    return None;
  },
  rotate(ctx, a) {
    const d = dq(a[0]);
    const len = d.items.length;
    let n = a.length > 1 ? indexValue(ctx, a[1]) : 1;
    d.state++;
    if (len <= 1) return None;
    n = ((n % len) + len) % len;
    if (n) d.items = d.items.slice(len - n).concat(d.items.slice(0, len - n));
    return None;
  },
  clear: (ctx, a) => ((dq(a[0]).items = []), dq(a[0]).state++, None),
  copy(ctx, a) {
    const d = dq(a[0]);
    const c = new PyDeque(d.cls);
    c.items = d.items.slice();
    c.maxlen = d.maxlen;
    return c;
  },
  count(ctx, a) {
    const d = dq(a[0]);
    let n = 0;
    for (const x of d.items.slice()) if (x === a[1] || eq(ctx, x, a[1])) n++;
    return n;
  },
  index(ctx, a) {
    const d = dq(a[0]);
    const len = d.items.length;
    const norm = (v: PyValue | undefined, dflt: number) => {
      if (v === undefined) return dflt;
      let i = indexValue(ctx, v);
      if (i < 0) i = Math.max(0, i + len);
      return Math.min(i, len);
    };
    const i = findIndex(ctx, d, a[1], norm(a[2], 0), norm(a[3], len));
    if (i < 0) throw pyErr(ValueError, `${repr(ctx, a[1])} is not in deque`);
    return i;
  },
  remove(ctx, a) {
    const d = dq(a[0]);
    const i = findIndex(ctx, d, a[1], 0, d.items.length);
    if (i < 0) throw pyErr(ValueError, `${repr(ctx, a[1])} is not in deque`);
    d.items.splice(i, 1);
    d.state++;
    return None;
  },
  insert(ctx, a) {
    const d = dq(a[0]);
    if (d.maxlen !== null && d.items.length >= d.maxlen)
      throw pyErr(IndexError, "deque already at its maximum size");
    let i = indexValue(ctx, a[1]);
    const len = d.items.length;
    if (i < 0) i = Math.max(0, i + len);
    d.items.splice(Math.min(i, len), 0, a[2]);
    d.state++;
    return None;
  },
  reverse: (ctx, a) => (dq(a[0]).items.reverse(), dq(a[0]).state++, None),
  __len__: (ctx, a) => dq(a[0]).items.length,
  __bool__: (ctx, a) => dq(a[0]).items.length > 0,
  __iter__: (ctx, a) => iterOver(ctx, dq(a[0]), false),
  __reversed__: (ctx, a) => iterOver(ctx, dq(a[0]), true),
  __contains__(ctx, a) {
    const d = dq(a[0]);
    return findIndex(ctx, d, a[1], 0, d.items.length) >= 0;
  },
  __getitem__: (ctx, a) => dq(a[0]).items[itemIndex(ctx, dq(a[0]), a[1])],
  __setitem__(ctx, a) {
    const d = dq(a[0]);
    d.items[itemIndex(ctx, d, a[1])] = a[2];
    return None;
  },
  __delitem__(ctx, a) {
    const d = dq(a[0]);
    d.items.splice(itemIndex(ctx, d, a[1]), 1);
    d.state++;
    return None;
  },
  __repr__(ctx, a) {
    const d = dq(a[0]);
    if (activeRepr.has(d)) return "[...]";
    activeRepr.add(d);
    try {
      const body = repr(ctx, newList(d.items.slice()));
      const name = d.cls.name;
      return d.maxlen === null ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`;
    } finally {
      activeRepr.delete(d);
    }
  },
  __eq__: (ctx, a) =>
    a[1] instanceof PyDeque ? seqEqual(ctx, dq(a[0]).items, a[1].items) : NotImplemented,
  __ne__: (ctx, a) =>
    a[1] instanceof PyDeque ? !seqEqual(ctx, dq(a[0]).items, a[1].items) : NotImplemented,
  __lt__: (ctx, a) =>
    a[1] instanceof PyDeque ? seqCompare(ctx, dq(a[0]).items, a[1].items, "lt") : NotImplemented,
  __le__: (ctx, a) =>
    a[1] instanceof PyDeque ? seqCompare(ctx, dq(a[0]).items, a[1].items, "le") : NotImplemented,
  __gt__: (ctx, a) =>
    a[1] instanceof PyDeque ? seqCompare(ctx, dq(a[0]).items, a[1].items, "gt") : NotImplemented,
  __ge__: (ctx, a) =>
    a[1] instanceof PyDeque ? seqCompare(ctx, dq(a[0]).items, a[1].items, "ge") : NotImplemented,
  __copy__: (ctx, a) => methods.copy(ctx, a, null),
};
const activeRepr = new Set<PyDeque>();
for (const [k, f] of Object.entries(methods)) defMethod(DequeType, k, f);
DequeType.ns.set("__hash__", None);
defGetter(DequeType, "maxlen", (ctx, d) => (d instanceof PyDeque ? (d.maxlen ?? None) : undefined));
