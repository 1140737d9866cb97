/** Padding str methods: center/ljust/rjust with a fill character, and zfill. */
import { pyError } from "./errors";
import { type PyInt, clampInt } from "./intCore";
import { cpLength } from "./strIndex";

function fillChar(fill: string): string {
  if (cpLength(fill) !== 1) {
    throw pyError("TypeError", "The fill character must be exactly one character long");
  }
  return fill;
}

// Widths beyond this cannot be built as JS strings; CPython would run out of memory too.
function widthOf(width: PyInt): number {
  const w = clampInt(width, -1, 2 ** 53);
  if (w > 1 << 28) throw pyError("MemoryError", "");
  return w;
}

/** str.center(width, fillchar), with CPython's rule for where the odd padding character goes. */
export function strCenter(s: string, width: PyInt, fill = " "): string {
  const f = fillChar(fill);
  const len = cpLength(s);
  const w = widthOf(width);
  if (w <= len) return s;
  const marg = w - len;
  const left = Math.floor(marg / 2) + (marg & w & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}

/** str.ljust(width, fillchar). */
export function strLjust(s: string, width: PyInt, fill = " "): string {
  const f = fillChar(fill);
  const len = cpLength(s);
  const w = widthOf(width);
  return w <= len ? s : s + f.repeat(w - len);
}

/** str.rjust(width, fillchar). */
export function strRjust(s: string, width: PyInt, fill = " "): string {
  const f = fillChar(fill);
  const len = cpLength(s);
  const w = widthOf(width);
  return w <= len ? s : f.repeat(w - len) + s;
}

/** str.zfill(width): pads with zeros after a leading sign. */
export function strZfill(s: string, width: PyInt): string {
  const len = cpLength(s);
  const w = widthOf(width);
  if (w <= len) return s;
  const fill = "0".repeat(w - len);
  if (s[0] === "+" || s[0] === "-") return s[0] + fill + s.slice(1);
  return fill + s;
}
