/**
 * Lays out a formatted number in its field: padding, sign, prefix, grouped
 * digits, decimal point and the rest. A port of CPython's calc_number_widths,
 * fill_number and _PyUnicode_InsertThousandsGrouping, including how zero
 * padding with '=' alignment continues the digit groups ('010,' → 00,001,234).
 */
import { pyError } from "./errors";
import { type FormatSpec, MAX_FIELD_WIDTH } from "./formatSpecParse";

/** The pieces of a number to lay out. */
export interface NumberParts {
  /** '-' if the number is negative, else "". */
  signChar: "" | "-";
  /** Base prefix such as "0x", or "". */
  prefix: string;
  /** The integer digits to group. */
  digits: string;
  /** Whether a decimal point follows the digits. */
  hasDecimal: boolean;
  /** Everything after the decimal point (fraction, exponent, '%'), or after the digits when there is no point. */
  remainder: string;
}

function groupParams(grouping: FormatSpec["grouping"]): { size: number; sep: string } {
  if (grouping === ",") return { size: 3, sep: "," };
  if (grouping === "_") return { size: 3, sep: "_" };
  if (grouping === "_4") return { size: 4, sep: "_" };
  return { size: 0, sep: "" };
}

/** Inserts separators every `size` digits from the right, zero-extending the digits up to minWidth. */
export function groupDigits(digits: string, minWidth: number, size: number, sep: string): string {
  let remaining = digits.length;
  let pos = digits.length;
  let useSep = false;
  const pieces: string[] = [];
  const emit = (l: number): void => {
    const nZeros = Math.max(0, l - remaining);
    const nChars = Math.max(0, Math.min(remaining, l));
    pieces.push("0".repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : ""));
    pos -= nChars;
    remaining -= nChars;
    useSep = true;
  };
  let broken = false;
  if (size > 0) {
    for (;;) {
      const l = Math.min(size, Math.max(remaining, minWidth, 1));
      emit(l);
      minWidth -= l;
      if (remaining <= 0 && minWidth <= 0) {
        broken = true;
        break;
      }
      minWidth -= sep.length;
    }
  }
  if (!broken) emit(Math.max(remaining, minWidth, 1));
  return pieces.reverse().join("");
}

/** Renders `parts` in the field described by `spec`; `upper` uppercases prefix and digits (type 'X'). */
export function layoutNumber(parts: NumberParts, spec: FormatSpec, upper = false): string {
  if (spec.width > MAX_FIELD_WIDTH) throw pyError("MemoryError", "");
  let sign = "";
  if (spec.sign === "+") sign = parts.signChar === "-" ? "-" : "+";
  else if (spec.sign === " ") sign = parts.signChar === "-" ? "-" : " ";
  else sign = parts.signChar;
  const decimal = parts.hasDecimal ? "." : "";
  // Lengths in code points: the remainder of type 'c' can be any character.
  const nonDigit =
    sign.length + parts.prefix.length + decimal.length + Array.from(parts.remainder).length;
  const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - nonDigit : 0;
  const { size, sep } = groupParams(spec.grouping);
  let grouped = parts.digits.length === 0 ? "" : groupDigits(parts.digits, minWidth, size, sep);
  let prefix = parts.prefix;
  if (upper) {
    grouped = grouped.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const padding = spec.width - (nonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    if (spec.align === "<") rpad = padding;
    else if (spec.align === "^") {
      lpad = Math.floor(padding / 2);
      rpad = padding - lpad;
    } else if (spec.align === "=") spad = padding;
    else lpad = padding;
  }
  const fill = (n: number): string => (n > 0 ? spec.fill.repeat(n) : "");
  return fill(lpad) + sign + prefix + fill(spad) + grouped + decimal + parts.remainder + fill(rpad);
}
