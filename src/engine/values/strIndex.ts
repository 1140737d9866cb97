/**
 * Python indexes str by code point, JS by UTF-16 unit. Strings without
 * surrogates (nearly all) use JS indexes directly; the rest go through a
 * table of code-point offsets.
 */
import { type PyInt, clampInt } from "./intCore";

/** An optional slice bound as Python methods take it (None or missing means "default"). */
export type SliceBound = PyInt | null | undefined;

const HAS_SURROGATE = /[\uD800-\uDFFF]/;

/** Whether every code point of s is a single UTF-16 unit. */
export function isFlat(s: string): boolean {
  return !HAS_SURROGATE.test(s);
}

/** Number of code points in s (Python's len). */
export function cpLength(s: string): number {
  if (isFlat(s)) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** offsets[i] is the UTF-16 index of code point i; offsets[len] is s.length. */
export function cpOffsets(s: string): number[] {
  const out: number[] = [];
  let i = 0;
  for (const ch of s) {
    out.push(i);
    i += ch.length;
  }
  out.push(i);
  return out;
}

/** Code-point index of a UTF-16 index that starts a code point. */
export function cpIndexOf(offsets: readonly number[], u16: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < u16) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const BIG = 2 ** 53;

/** CPython's ADJUST_INDICES: slice bounds for a string of `len` code points (start may exceed end). */
export function adjustIndices(start: SliceBound, end: SliceBound, len: number): [number, number] {
  let s = start === null || start === undefined ? 0 : clampInt(start, -BIG, BIG);
  let e = end === null || end === undefined ? BIG : clampInt(end, -BIG, BIG);
  if (e > len) e = len;
  else if (e < 0) {
    e += len;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += len;
    if (s < 0) s = 0;
  }
  return [s, e];
}
