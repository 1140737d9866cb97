/** Splitting and trimming str methods: split/rsplit/splitlines, strip family, expandtabs. */
import { pyError } from "./errors";
import { type PyInt, clampInt } from "./intCore";
import { isSpaceCp } from "./unicodeProps";

function isSpace(ch: string): boolean {
  return isSpaceCp(ch.codePointAt(0) ?? 0);
}

function maxCount(maxsplit: PyInt): number {
  return maxsplit < 0 ? Infinity : clampInt(maxsplit, 0, 2 ** 53);
}

/** str.split(sep, maxsplit): sep null splits on whitespace runs and drops empty strings. */
export function strSplit(s: string, sep: string | null = null, maxsplit: PyInt = -1): string[] {
  let max = maxCount(maxsplit);
  const out: string[] = [];
  if (sep === null) {
    const cps = Array.from(s);
    const n = cps.length;
    let i = 0;
    while (max-- > 0) {
      while (i < n && isSpace(cps[i])) i++;
      if (i === n) break;
      const j = i++;
      while (i < n && !isSpace(cps[i])) i++;
      out.push(cps.slice(j, i).join(""));
    }
    if (i < n) {
      while (i < n && isSpace(cps[i])) i++;
      if (i !== n) out.push(cps.slice(i).join(""));
    }
    return out;
  }
  if (sep === "") throw pyError("ValueError", "empty separator");
  let from = 0;
  for (let i = s.indexOf(sep); i >= 0 && max > 0; i = s.indexOf(sep, from), max--) {
    out.push(s.slice(from, i));
    from = i + sep.length;
  }
  out.push(s.slice(from));
  return out;
}

/** str.rsplit(sep, maxsplit): like split, but the splits are counted from the right. */
export function strRsplit(s: string, sep: string | null = null, maxsplit: PyInt = -1): string[] {
  let max = maxCount(maxsplit);
  const out: string[] = [];
  if (sep === null) {
    const cps = Array.from(s);
    let i = cps.length - 1;
    while (max-- > 0) {
      while (i >= 0 && isSpace(cps[i])) i--;
      if (i < 0) break;
      const j = i--;
      while (i >= 0 && !isSpace(cps[i])) i--;
      out.push(cps.slice(i + 1, j + 1).join(""));
    }
    if (i >= 0) {
      while (i >= 0 && isSpace(cps[i])) i--;
      if (i >= 0) out.push(cps.slice(0, i + 1).join(""));
    }
    return out.reverse();
  }
  if (sep === "") throw pyError("ValueError", "empty separator");
  let to = s.length;
  for (let i = s.lastIndexOf(sep, to - sep.length); i >= 0 && max > 0; max--) {
    out.push(s.slice(i + sep.length, to));
    to = i;
    i = to - sep.length >= 0 ? s.lastIndexOf(sep, to - sep.length) : -1;
  }
  out.push(s.slice(0, to));
  return out.reverse();
}

const LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029";

/** str.splitlines(keepends): splits at \n, \r, \r\n, \v, \f, \x1c-\x1e, \x85, \u2028, \u2029. */
export function strSplitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < s.length) {
    if (!LINE_BREAKS.includes(s[i])) {
      i++;
      continue;
    }
    let eol = i + 1;
    if (s[i] === "\r" && s[i + 1] === "\n") eol++;
    out.push(s.slice(start, keepends ? eol : i));
    start = i = eol;
  }
  if (start < s.length) out.push(s.slice(start));
  return out;
}

function stripper(left: boolean, right: boolean): (s: string, chars?: string | null) => string {
  return (s, chars = null) => {
    const set = chars === null ? null : new Set(Array.from(chars));
    const strip = (ch: string): boolean => (set === null ? isSpace(ch) : set.has(ch));
    const cps = Array.from(s);
    let a = 0;
    let b = cps.length;
    if (left) while (a < b && strip(cps[a])) a++;
    if (right) while (b > a && strip(cps[b - 1])) b--;
    return a === 0 && b === cps.length ? s : cps.slice(a, b).join("");
  };
}

/** str.strip(chars): chars null strips whitespace. */
export const strStrip = stripper(true, true);
/** str.lstrip(chars). */
export const strLstrip = stripper(true, false);
/** str.rstrip(chars). */
export const strRstrip = stripper(false, true);

/** str.expandtabs(tabsize): columns restart after \n and \r; tabsize <= 0 removes tabs. */
export function strExpandtabs(s: string, tabsize: PyInt = 8): string {
  const size = clampInt(tabsize, -1, 2 ** 31);
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (size > 0) {
        const n = size - (col % size);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col++;
      if (ch === "\n" || ch === "\r") col = 0;
    }
  }
  return out;
}
