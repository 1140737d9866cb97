/** The `heapq` module: CPython's sift algorithms (so heaps have CPython's exact layout) and helpers. */
import { IndexError, pyErr, typeError } from "../runtime/exceptions";
import { asInt } from "../runtime/numeric";
import { PyList, PyNativeIter, type Ctx, type NativeFn, type PyValue } from "../runtime/object";
import { getIter, lessThan, next, toArray } from "../runtime/ops";
import { builtinFn, newList, None, typeOf } from "../runtime/types";
import { addIterMethods } from "./iterTypes";
import { defineModule } from "./registry";
import { moduleType, newModule } from "./util";

/** The heap list, with Argument Clinic's message ("argument 1" only when the function takes two). */
function heapArg(name: string, v: PyValue, two = true): PyValue[] {
  if (!(v instanceof PyList))
    throw typeError(`${name}() argument${two ? " 1" : ""} must be list, not ${typeOf(v).name}`);
  return v.items;
}

function siftDown(ctx: Ctx, heap: PyValue[], start: number, pos: number): void {
  const item = heap[pos];
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos];
    if (lessThan(ctx, item, parent)) {
      heap[pos] = parent;
      pos = parentPos;
      continue;
    }
    break;
  }
  heap[pos] = item;
}

function siftUp(ctx: Ctx, heap: PyValue[], pos: number): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos];
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lessThan(ctx, heap[child], heap[right])) child = right;
    heap[pos] = heap[child];
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftDown(ctx, heap, start, pos);
}

function two(name: string, a: PyValue[]): void {
  if (a.length !== 2) throw typeError(`${name} expected 2 arguments, got ${a.length}`);
}

/** A stable sort with Python's `<` (descending when `reverse`), as sorted() orders. */
function sortedBy(ctx: Ctx, items: PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const keyed = items.map((v) => ({ v, k: key === None ? v : ctx.call(key, [v]) }));
  keyed.sort((x, y) => {
    const [a, b] = reverse ? [y.k, x.k] : [x.k, y.k];
    return lessThan(ctx, a, b) ? -1 : lessThan(ctx, b, a) ? 1 : 0;
  });
  return keyed.map((e) => e.v);
}

function nBest(reverse: boolean): NativeFn {
  return (ctx, a, kw) => {
    if (a.length < 2)
      throw typeError(`${reverse ? "nlargest" : "nsmallest"}() missing required argument`);
    const n = Number(asInt(a[0]) ?? 0);
    if (asInt(a[0]) === null)
      throw typeError(`'${typeOf(a[0]).name}' object cannot be interpreted as an integer`);
    const items = toArray(ctx, a[1]);
    if (n <= 0) return newList([]);
    return newList(sortedBy(ctx, items, kw?.get("key") ?? None, reverse).slice(0, n));
  };
}

const MergeType = moduleType("heapq", "merge");
addIterMethods(MergeType);

const fns: Record<string, NativeFn> = {
  heappush(ctx, a) {
    two("heappush", a);
    const h = heapArg("heappush", a[0]);
    h.push(a[1]);
    siftDown(ctx, h, 0, h.length - 1);
    return None;
  },
  heappop(ctx, a) {
    const h = heapArg("heappop", a[0], false);
    if (!h.length) throw pyErr(IndexError, "index out of range");
    const last = h.pop()!;
    if (!h.length) return last;
    const ret = h[0];
    h[0] = last;
    siftUp(ctx, h, 0);
    return ret;
  },
  heapreplace(ctx, a) {
    two("heapreplace", a);
    const h = heapArg("heapreplace", a[0]);
    if (!h.length) throw pyErr(IndexError, "index out of range");
    const ret = h[0];
    h[0] = a[1];
    siftUp(ctx, h, 0);
    return ret;
  },
  heappushpop(ctx, a) {
    two("heappushpop", a);
    const h = heapArg("heappushpop", a[0]);
    let item = a[1];
    if (h.length && lessThan(ctx, h[0], item)) {
      [item, h[0]] = [h[0], item];
      siftUp(ctx, h, 0);
    }
    return item;
  },
  heapify(ctx, a) {
    const h = heapArg("heapify", a[0], false);
    for (let i = (h.length >> 1) - 1; i >= 0; i--) siftUp(ctx, h, i);
    return None;
  },
  nlargest: nBest(true),
  nsmallest: nBest(false),
  merge(ctx, a, kw) {
    const key = kw?.get("key") ?? None;
    const reverse = kw?.get("reverse") === true;
    const its = a.map((x) => getIter(ctx, x));
    const heads: { v: PyValue; k: PyValue }[] = [];
    let started = false;
    const pull = (c: Ctx, i: number) => {
      const v = next(c, its[i]);
      heads[i] =
        v === undefined ? { v: None, k: None } : { v, k: key === None ? v : c.call(key, [v]) };
      return v !== undefined;
    };
    const live: number[] = [];
    return new PyNativeIter(MergeType, (c) => {
      if (!started) {
        started = true;
        its.forEach((_, i) => pull(c, i) && live.push(i));
      }
      if (!live.length) return undefined;
      // The earliest iterable wins ties, as heapq.merge keeps them in input order.
      let best = 0;
      for (let j = 1; j < live.length; j++) {
        const a1 = heads[live[j]].k;
        const b1 = heads[live[best]].k;
        if (reverse ? lessThan(c, b1, a1) : lessThan(c, a1, b1)) best = j;
      }
      const i = live[best];
      const v = heads[i].v;
      if (!pull(c, i)) live.splice(best, 1);
      return v;
    });
  },
};

function makeHeapq() {
  const m = newModule("heapq");
  for (const [k, f] of Object.entries(fns)) m.dict!.set(k, builtinFn(k, f));
  return m;
}

defineModule("heapq", makeHeapq);
