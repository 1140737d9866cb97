/**
 * Values of number and string literals, decoded the way CPython 3.11 decodes
 * them (Parser/string_parser.c, Objects/unicodeobject.c unicode_escape).
 */
import type { ConstValue } from "./ast";
import { lookupCharacterName } from "./unicode-names";

/** A literal that CPython rejects while decoding; the caller adds the position. */
export class LiteralError extends Error {
  constructor(
    readonly msg: string,
    /** CPython points at the literal itself for this error, not past the strings. */
    readonly atLiteral = false,
  ) {
    super(msg);
  }

  /** The literal the error is about, filled in by the caller that knows where it is. */
  span?: { from: number; to: number };
}

/** A literal whose decoding needs data the engine does not have (the Unicode name table). */
export class LiteralUnsupported extends Error {}

/** The value of a NUMBER token (already validated by the tokenizer). */
export function numberValue(token: string): ConstValue {
  const t = token.replace(/_/g, "");
  const last = t[t.length - 1];
  if (last === "j" || last === "J") return { kind: "complex", imag: parseFloat(t.slice(0, -1)) };
  if (/^0[xXoObB]/.test(t)) return { kind: "int", value: BigInt(t) };
  if (/[.eE]/.test(t)) return { kind: "float", value: parseFloat(t) };
  return { kind: "int", value: BigInt(t) };
}

/** A string token split into its prefix flags and body. */
export interface StringParts {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** Offset of the body within the token text. */
  bodyStart: number;
  body: string;
}

/** Split a STRING token like `rb'''x'''` into flags and body. */
export function stringParts(token: string): StringParts {
  let i = 0;
  let bytes = false;
  let raw = false;
  let fstring = false;
  for (; i < token.length; i++) {
    const c = token[i].toLowerCase();
    if (c === "b") bytes = true;
    else if (c === "r") raw = true;
    else if (c === "f") fstring = true;
    else if (c !== "u") break;
  }
  const q = token[i];
  const long = token.startsWith(q.repeat(3), i) && token.length - i >= 6;
  const quoteLen = long ? 3 : 1;
  const bodyStart = i + quoteLen;
  return { bytes, raw, fstring, bodyStart, body: token.slice(bodyStart, token.length - quoteLen) };
}

const SIMPLE_ESCAPES: Record<string, number> = {
  "\\": 92,
  "'": 39,
  '"': 34,
  a: 7,
  b: 8,
  f: 12,
  t: 9,
  n: 10,
  r: 13,
  v: 11,
};

const isOct = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "7";
const isHexChar = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c);

/** Decode backslash escapes of a (non-raw) str literal body. */
export function decodeStrEscapes(body: string): string {
  let out = "";
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (c !== "\\") {
      out += c;
      i++;
      continue;
    }
    const start = i;
    const e = body[i + 1];
    i += 2;
    if (e === undefined) throw new LiteralError(unicodeError(start, start, "\\ at end of string"));
    if (e === "\n") continue;
    if (e in SIMPLE_ESCAPES) {
      out += String.fromCharCode(SIMPLE_ESCAPES[e]);
    } else if (isOct(e)) {
      let v = Number(e);
      for (let k = 0; k < 2 && isOct(body[i]); k++) v = v * 8 + Number(body[i++]);
      out += String.fromCharCode(v);
    } else if (e === "x" || e === "u" || e === "U") {
      const digits = e === "x" ? 2 : e === "u" ? 4 : 8;
      let hex = "";
      while (hex.length < digits && isHexChar(body[i])) hex += body[i++];
      if (hex.length < digits) {
        const name = e === "x" ? "\\xXX" : e === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
        throw new LiteralError(unicodeError(start, i - 1, `truncated ${name} escape`));
      }
      const cp = parseInt(hex, 16);
      if (cp > 0x10ffff)
        throw new LiteralError(unicodeError(start, i - 1, "illegal Unicode character"));
      out += String.fromCodePoint(cp);
    } else if (e === "N") {
      const close = body[i] === "{" ? body.indexOf("}", i) : -1;
      if (close < 0)
        throw new LiteralError(unicodeError(start, i - 1, "malformed \\N character escape"));
      const cp = lookupCharacterName(body.slice(i + 1, close));
      if (cp === undefined)
        throw new LiteralUnsupported(`the character name \\N{${body.slice(i + 1, close)}}`);
      out += String.fromCodePoint(cp);
      i = close + 1;
    } else {
      // CPython keeps unknown escapes (with a DeprecationWarning).
      out += "\\" + e;
    }
  }
  return out;
}

function unicodeError(start: number, end: number, why: string): string {
  return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${start}-${end}: ${why}`;
}

/** The bytes of a bytes literal body (ASCII only, checked by the caller). */
export function decodeBytes(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  let i = 0;
  while (i < body.length) {
    const c = body[i];
    if (raw || c !== "\\") {
      out.push(c.charCodeAt(0));
      i++;
      continue;
    }
    const start = i;
    const e = body[i + 1];
    i += 2;
    if (e === undefined) throw new LiteralError("(value error) Trailing \\ in string");
    if (e === "\n") continue;
    if (e in SIMPLE_ESCAPES) {
      out.push(SIMPLE_ESCAPES[e]);
    } else if (isOct(e)) {
      let v = Number(e);
      for (let k = 0; k < 2 && isOct(body[i]); k++) v = v * 8 + Number(body[i++]);
      out.push(v & 0xff);
    } else if (e === "x") {
      if (!isHexChar(body[i]) || !isHexChar(body[i + 1])) {
        throw new LiteralError(`(value error) invalid \\x escape at position ${start}`);
      }
      out.push(parseInt(body.slice(i, i + 2), 16));
      i += 2;
    } else {
      out.push(92, e.charCodeAt(0));
    }
  }
  return Uint8Array.from(out);
}

/** The value of one non-f-string literal token. */
export function plainStringValue(token: string): ConstValue {
  const p = stringParts(token);
  if (p.bytes) {
    if ([...p.body].some((c) => c.charCodeAt(0) > 0x7f))
      throw new LiteralError("bytes can only contain ASCII literal characters", true);
    return { kind: "bytes", value: decodeBytes(p.body, p.raw) };
  }
  return { kind: "str", value: p.raw ? p.body : decodeStrEscapes(p.body) };
}
