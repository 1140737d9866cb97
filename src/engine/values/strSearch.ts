/** Searching str methods: find/rfind/index/rindex/count, startswith/endswith, replace, partition, removeprefix. */
import { pyError } from "./errors";
import { type PyInt, clampInt } from "./intCore";
import { type SliceBound, isFlat, cpLength, cpOffsets, cpIndexOf, adjustIndices } from "./strIndex";

// Resolves s[start:end] to UTF-16 bounds plus a converter back to code-point indexes.
function window(
  s: string,
  start: SliceBound,
  end: SliceBound,
): {
  lo: number;
  hi: number;
  from16: (i: number) => number;
  to16: (i: number) => number;
} {
  if (isFlat(s)) {
    const [lo, hi] = adjustIndices(start, end, s.length);
    return { lo, hi, from16: (i) => i, to16: (i) => i };
  }
  const offs = cpOffsets(s);
  const [lo, hi] = adjustIndices(start, end, offs.length - 1);
  const to16 = (i: number): number => offs[Math.min(i, offs.length - 1)];
  return { lo, hi, from16: (i) => cpIndexOf(offs, i), to16 };
}

/** str.find(sub, start, end): lowest code-point index of sub in s[start:end], or -1. */
export function strFind(s: string, sub: string, start?: SliceBound, end?: SliceBound): number {
  const w = window(s, start, end);
  const subLen = cpLength(sub);
  if (w.hi - w.lo < subLen) return -1;
  if (subLen === 0) return w.lo;
  const hi16 = w.to16(w.hi);
  const r = s.indexOf(sub, w.to16(w.lo));
  return r >= 0 && r + sub.length <= hi16 ? w.from16(r) : -1;
}

/** str.rfind(sub, start, end): highest code-point index of sub in s[start:end], or -1. */
export function strRfind(s: string, sub: string, start?: SliceBound, end?: SliceBound): number {
  const w = window(s, start, end);
  const subLen = cpLength(sub);
  if (w.hi - w.lo < subLen) return -1;
  if (subLen === 0) return w.hi;
  const lo16 = w.to16(w.lo);
  const r = s.lastIndexOf(sub, w.to16(w.hi) - sub.length);
  return r >= lo16 ? w.from16(r) : -1;
}

/** str.index: like find, but ValueError("substring not found") instead of -1. */
export function strIndex(s: string, sub: string, start?: SliceBound, end?: SliceBound): number {
  const r = strFind(s, sub, start, end);
  if (r < 0) throw pyError("ValueError", "substring not found");
  return r;
}

/** str.rindex: like rfind, but ValueError("substring not found") instead of -1. */
export function strRindex(s: string, sub: string, start?: SliceBound, end?: SliceBound): number {
  const r = strRfind(s, sub, start, end);
  if (r < 0) throw pyError("ValueError", "substring not found");
  return r;
}

/** str.count(sub, start, end): non-overlapping occurrences (an empty sub counts the gaps). */
export function strCount(s: string, sub: string, start?: SliceBound, end?: SliceBound): number {
  const w = window(s, start, end);
  const subLen = cpLength(sub);
  if (w.hi - w.lo < subLen) return 0;
  if (subLen === 0) return w.hi - w.lo + 1;
  const hi16 = w.to16(w.hi);
  let n = 0;
  for (
    let i = s.indexOf(sub, w.to16(w.lo));
    i >= 0 && i + sub.length <= hi16;
    i = s.indexOf(sub, i + sub.length)
  )
    n++;
  return n;
}

// CPython's tailmatch: does s[start:end] start (or end) with sub?
function tailmatch(
  s: string,
  sub: string,
  start: SliceBound,
  end: SliceBound,
  atEnd: boolean,
): boolean {
  const w = window(s, start, end);
  const subLen = cpLength(sub);
  if (w.hi - subLen < w.lo) return false;
  if (subLen === 0) return true;
  return atEnd ? s.startsWith(sub, w.to16(w.hi - subLen)) : s.startsWith(sub, w.to16(w.lo));
}

/** str.startswith for one prefix (the caller loops over a tuple of prefixes). */
export function strStartswith(
  s: string,
  prefix: string,
  start?: SliceBound,
  end?: SliceBound,
): boolean {
  return tailmatch(s, prefix, start, end, false);
}

/** str.endswith for one suffix (the caller loops over a tuple of suffixes). */
export function strEndswith(
  s: string,
  suffix: string,
  start?: SliceBound,
  end?: SliceBound,
): boolean {
  return tailmatch(s, suffix, start, end, true);
}

/** str.replace(old, new, count): count < 0 replaces all; an empty old inserts between code points. */
export function strReplace(s: string, old: string, repl: string, count: PyInt = -1): string {
  let max = count < 0 ? Infinity : clampInt(count, 0, 2 ** 53);
  if (max === 0) return s;
  if (old === "") {
    const cps = Array.from(s);
    let out = "";
    for (let i = 0; i <= cps.length; i++) {
      if (i < max) out += repl;
      if (i < cps.length) out += cps[i];
    }
    return out;
  }
  let out = "";
  let from = 0;
  for (let i = s.indexOf(old); i >= 0 && max > 0; i = s.indexOf(old, from), max--) {
    out += s.slice(from, i) + repl;
    from = i + old.length;
  }
  return out + s.slice(from);
}

/** str.partition(sep): (head, sep, tail), or (s, '', '') when sep is absent. */
export function strPartition(s: string, sep: string): [string, string, string] {
  if (sep === "") throw pyError("ValueError", "empty separator");
  const i = s.indexOf(sep);
  return i < 0 ? [s, "", ""] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** str.rpartition(sep): split at the last sep, or ('', '', s) when sep is absent. */
export function strRpartition(s: string, sep: string): [string, string, string] {
  if (sep === "") throw pyError("ValueError", "empty separator");
  const i = s.lastIndexOf(sep);
  return i < 0 ? ["", "", s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** str.removeprefix(prefix). */
export function strRemoveprefix(s: string, prefix: string): string {
  return prefix !== "" && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

/** str.removesuffix(suffix). */
export function strRemovesuffix(s: string, suffix: string): string {
  return suffix !== "" && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}
