/**
 * One %-conversion of printf-style formatting: converting the argument and
 * padding it, as CPython's unicode_format_arg_format and _output do.
 */
import { pyError } from "./errors";
import { type PyInt, big } from "./intCore";
import { doubleToString } from "./floatToString";
import type { PercentOps } from "./percentFormat";

/** A parsed conversion: its character, flags '-+ #0', width and precision (-1 when absent). */
export interface PercentSpec {
  ch: string;
  ljust: boolean;
  sign: boolean;
  blank: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  prec: number;
}

// Fields this long cannot be built in a JS string; CPython would fail to allocate them too.
const MAX_FIELD = 1 << 28;

function wrongNumber(spec: PercentSpec, v: unknown, ops: PercentOps): never {
  const what = "oxX".includes(spec.ch) ? "an integer" : "a real number";
  throw pyError("TypeError", `%${spec.ch} format: ${what} is required, not ${ops.typeName(v)}`);
}

// _PyUnicode_FormatLong: digits in the base, '0x'/'0o' only with '#', precision pads with zeros.
function formatLong(v: PyInt, spec: PercentSpec): string {
  const x = big(v);
  const base = spec.ch === "o" ? 8 : spec.ch === "x" || spec.ch === "X" ? 16 : 10;
  let digits = (x < 0n ? -x : x).toString(base);
  if (spec.prec > digits.length) digits = "0".repeat(spec.prec - digits.length) + digits;
  const prefix = spec.alt && base !== 10 ? (base === 8 ? "0o" : "0x") : "";
  const s = (x < 0n ? "-" : "") + prefix + digits;
  return spec.ch === "X" ? s.toUpperCase() : s;
}

/** Formats the argument `v` of one conversion; `index` is where its conversion character stands (for errors). */
export function formatOne(spec: PercentSpec, v: unknown, ops: PercentOps, index: number): string {
  let text: string;
  let numeric = false; // CPython's arg->sign: sign flags and zero padding apply
  switch (spec.ch) {
    case "s":
    case "r":
    case "a":
      text = spec.ch === "s" ? ops.str(v) : spec.ch === "r" ? ops.repr(v) : ops.ascii(v);
      break;
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X": {
      const n = ops.toInt(v, "oxX".includes(spec.ch) ? "index" : "int");
      if (n === null) wrongNumber(spec, v, ops);
      text = formatLong(n, spec);
      numeric = true;
      break;
    }
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const x = ops.toFloat(v);
      if (x === null) throw pyError("TypeError", `must be real number, not ${ops.typeName(v)}`);
      text = doubleToString(x, spec.ch, spec.prec < 0 ? 6 : spec.prec, { alt: spec.alt });
      numeric = true;
      break;
    }
    case "c": {
      const s = ops.asStr(v);
      if (s !== null) {
        if (Array.from(s).length !== 1) throw pyError("TypeError", "%c requires int or char");
        text = s;
      } else {
        const n = ops.toInt(v, "index");
        if (n === null) throw pyError("TypeError", "%c requires int or char");
        if (n < 0 || n > 0x10ffff) throw pyError("OverflowError", "%c arg not in range(0x110000)");
        text = String.fromCodePoint(Number(n));
      }
      break;
    }
    default: {
      const cp = spec.ch.codePointAt(0) ?? 0;
      const shown = cp >= 31 && cp <= 126 ? spec.ch : "?";
      throw pyError(
        "ValueError",
        `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`,
      );
    }
  }
  return pad(spec, text, numeric);
}

// unicode_format_arg_output: precision truncates s/r/a; the sign and 0x go before zero padding.
function pad(spec: PercentSpec, str: string, numeric: boolean): string {
  if (spec.width > MAX_FIELD) throw pyError("MemoryError", "");
  const fill = numeric && spec.zero ? "0" : " ";
  const cps = Array.from(str);
  let len = cps.length;
  if ("sra".includes(spec.ch) && spec.prec >= 0 && len > spec.prec) len = spec.prec;
  let pindex = 0;
  let signChar = "";
  let hasSign = numeric;
  if (hasSign) {
    if (cps[0] === "-" || cps[0] === "+") {
      signChar = cps[0];
      len--;
      pindex++;
    } else if (spec.sign) signChar = "+";
    else if (spec.blank) signChar = " ";
    else hasSign = false;
  }
  let width = Math.max(spec.width, len);
  let out = "";
  if (hasSign) {
    if (fill !== " ") out += signChar;
    if (width > len) width--;
  }
  const basePrefix = spec.alt && (spec.ch === "x" || spec.ch === "X" || spec.ch === "o");
  if (basePrefix) {
    if (fill !== " ") {
      out += "0" + spec.ch;
      pindex += 2;
    }
    width = Math.max(0, width - 2);
    len -= 2;
  }
  if (width > len && !spec.ljust) {
    out += fill.repeat(width - len);
    width = len;
  }
  if (fill === " ") {
    if (hasSign) out += signChar;
    if (basePrefix) {
      out += "0" + spec.ch;
      pindex += 2;
    }
  }
  if (len > 0) out += cps.slice(pindex, pindex + len).join("");
  if (width > len) out += " ".repeat(width - len);
  return out;
}
