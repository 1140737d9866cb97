/** Ints to and from text: str()/bin()/oct()/hex() and int(str, base), with CPython's parsing rules. */
import { pyError } from "./errors";
import { type PyInt, normInt } from "./intCore";
import { isSpaceCp, decimalValue } from "./unicodeProps";
import { strRepr } from "./strRepr";

const PREFIX: Record<2 | 8 | 10 | 16, string> = { 2: "0b", 8: "0o", 10: "", 16: "0x" };

/** str(x) for base 10, bin(x)/oct(x)/hex(x) for bases 2/8/16 (with the 0b/0o/0x prefix after any sign). */
export function intToStr(x: PyInt, base: 2 | 8 | 10 | 16 = 10): string {
  const neg = x < 0;
  const digits = (neg ? -x : x).toString(base);
  return (neg ? "-" : "") + PREFIX[base] + digits;
}

/**
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII whitespace
 * becomes ' ', non-ASCII decimal digits become ASCII ones, anything else
 * non-ASCII becomes '?' (which no parser accepts).
 */
export function asciiDigitsAndSpaces(s: string): string {
  if (!/\P{ASCII}/u.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out += ch;
    else if (isSpaceCp(cp)) out += " ";
    else {
      const d = decimalValue(cp);
      out += d >= 0 ? String(d) : "?";
    }
  }
  return out;
}

function isAsciiSpace(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\n" || c === "\v" || c === "\f" || c === "\r";
}

function digitValue(c: string | undefined): number {
  if (c === undefined) return 99;
  const cc = c.charCodeAt(0);
  if (cc >= 48 && cc <= 57) return cc - 48;
  if (cc >= 97 && cc <= 122) return cc - 87;
  if (cc >= 65 && cc <= 90) return cc - 55;
  return 99;
}

/** int(s, base) for a str s: whitespace, sign, prefixes, single underscores between digits; base 0 infers the base. */
export function parseInt(s: string, base: PyInt = 10): PyInt {
  if (!(base === 0 || (base >= 2 && base <= 36))) {
    throw pyError("ValueError", "int() base must be >= 2 and <= 36, or 0");
  }
  const origBase = Number(base);
  const fail = (): never => {
    throw pyError(
      "ValueError",
      `invalid literal for int() with base ${origBase}: ${strRepr(s).slice(0, 200)}`,
    );
  };
  const t = asciiDigitsAndSpaces(s);
  let b = origBase;
  let i = 0;
  while (isAsciiSpace(t[i])) i++;
  let neg = false;
  if (t[i] === "+" || t[i] === "-") neg = t[i++] === "-";
  let errorIfNonzero = false;
  const p = t[i + 1]?.toLowerCase();
  if (b === 0) {
    if (t[i] !== "0") b = 10;
    else if (p === "x") b = 16;
    else if (p === "o") b = 8;
    else if (p === "b") b = 2;
    else {
      // "010" is an old C-style octal literal: only all-zero spellings are valid.
      errorIfNonzero = true;
      b = 10;
    }
  }
  if (
    t[i] === "0" &&
    ((b === 16 && p === "x") || (b === 8 && p === "o") || (b === 2 && p === "b"))
  ) {
    i += 2;
    if (t[i] === "_") i++; // one underscore may follow the prefix
  }
  if (t[i] === "_") fail();
  let digits = "";
  let prev = "";
  while (digitValue(t[i]) < b || t[i] === "_") {
    if (t[i] === "_") {
      if (prev === "_") fail();
    } else digits += t[i];
    prev = t[i];
    i++;
  }
  if (prev === "_" || digits === "") fail();
  while (isAsciiSpace(t[i])) i++;
  if (i !== t.length) fail();
  const v = digitsToBigInt(digits, b);
  if (errorIfNonzero && v !== 0n) fail();
  return normInt(neg ? -v : v);
}

function digitsToBigInt(digits: string, base: number): bigint {
  if (base === 10) return BigInt(digits);
  if (base === 16) return BigInt("0x" + digits);
  if (base === 8) return BigInt("0o" + digits);
  if (base === 2) return BigInt("0b" + digits);
  // Other bases: 8 digits at a time stay below 2**53 even in base 36.
  let v = 0n;
  const bb = BigInt(base);
  for (let k = 0; k < digits.length; k += 8) {
    const chunk = digits.slice(k, k + 8);
    v = v * bb ** BigInt(chunk.length) + BigInt(Number.parseInt(chunk, base));
  }
  return v;
}
