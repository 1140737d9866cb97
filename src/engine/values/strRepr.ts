/** repr() and ascii() of a Python str, character for character as CPython writes them. */
import { isPrintableCp } from "./unicodeProps";

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, "0");
}

function escapeNonAscii(cp: number): string {
  if (cp <= 0xff) return "\\x" + hex(cp, 2);
  if (cp <= 0xffff) return "\\u" + hex(cp, 4);
  return "\\U" + hex(cp, 8);
}

/** CPython's repr(str): single quotes unless the text has ' and no ", minimal escapes, printable non-ASCII kept. */
export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  // for...of walks code points; a lone surrogate comes out as one unit and is escaped below.
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
    else if (cp < 0x7f || isPrintableCp(cp)) out += ch;
    else out += escapeNonAscii(cp);
  }
  return out + quote;
}

/** CPython's ascii(str): repr() with every non-ASCII character escaped. */
export function strAscii(s: string): string {
  let out = "";
  for (const ch of strRepr(s)) {
    const cp = ch.codePointAt(0) ?? 0;
    out += cp < 0x80 ? ch : escapeNonAscii(cp);
  }
  return out;
}
