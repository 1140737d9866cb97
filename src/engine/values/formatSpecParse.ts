/**
 * Parsing of the format-spec mini-language
 * `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
 * a port of CPython 3.11's parse_internal_render_format_spec including its
 * error messages and its quirks (e.g. `'10,,'` parses ',' as the type).
 */
import { pyError } from "./errors";
import { decimalValue } from "./unicodeProps";

/** A parsed format spec (CPython's InternalFormatSpec). */
export interface FormatSpec {
  /** Fill character (one code point). */
  fill: string;
  /** Alignment; the default depends on the formatted type. */
  align: "<" | ">" | "^" | "=";
  /** Sign option, or "" when absent. */
  sign: "" | "+" | "-" | " ";
  /** The 'z' option: coerce negative zero to positive zero. */
  noNegZero: boolean;
  /** The '#' option. */
  alternate: boolean;
  /** Minimum width, -1 when absent. */
  width: number;
  /** Grouping: "" none, "," or "_" every 3 digits, "_4" underscores every 4 digits (b/o/x/X). */
  grouping: "" | "," | "_" | "_4";
  /** Precision, -1 when absent. */
  precision: number;
  /** Presentation type code point, "" when absent (floats' default). */
  type: string;
}

// Types that accept ',' and '_' grouping; "" is the float default type.
const GROUPING_TYPES = ["d", "e", "f", "g", "E", "G", "%", "F", ""];
const PY_SSIZE_T_MAX = 2n ** 63n - 1n;

function isAlign(c: string | undefined): c is FormatSpec["align"] {
  return c === "<" || c === ">" || c === "^" || c === "=";
}

/** Widths beyond this cannot be built as JS strings; CPython fails to allocate them too (MemoryError). */
export const MAX_FIELD_WIDTH = 1 << 28;

/** How CPython names a presentation type in messages: the character, or \xNN outside printable ASCII. */
export function typeCodeText(type: string): string {
  const cp = type.codePointAt(0) ?? 0;
  return cp > 32 && cp < 128 ? type : `\\x${cp.toString(16)}`;
}

/** Reads a run of decimal digits (any Unicode decimal digits count, as in CPython). */
function readInteger(cps: string[], pos: number): { value: number; next: number; digits: number } {
  let acc = 0n;
  let i = pos;
  for (; i < cps.length; i++) {
    const d = decimalValue(cps[i].codePointAt(0) ?? 0);
    if (d < 0) break;
    acc = acc * 10n + BigInt(d);
    if (acc > PY_SSIZE_T_MAX)
      throw pyError("ValueError", "Too many decimal digits in format string");
  }
  return { value: Number(acc), next: i, digits: i - pos };
}

/**
 * Parses `spec` for an object of Python type `typeName`, with that type's
 * default presentation type and alignment (int: 'd' '>', float: '' '>', str: 's' '<').
 */
export function parseFormatSpec(
  spec: string,
  typeName = "float",
  defaultType = "",
  defaultAlign: "<" | ">" = ">",
): FormatSpec {
  const cps = Array.from(spec); // the mini-language counts code points
  const end = cps.length;
  const f: FormatSpec = {
    fill: " ",
    align: defaultAlign,
    sign: "",
    noNegZero: false,
    alternate: false,
    width: -1,
    grouping: "",
    precision: -1,
    type: defaultType,
  };
  let pos = 0;
  let fillSpecified = false;
  let alignSpecified = false;
  const at = (i: number): string | undefined => (i < end ? cps[i] : undefined);
  const second = at(1);
  if (end >= 2 && isAlign(second)) {
    f.align = second;
    f.fill = cps[0];
    fillSpecified = alignSpecified = true;
    pos = 2;
  } else {
    const first = at(0);
    if (isAlign(first)) {
      f.align = first;
      alignSpecified = true;
      pos = 1;
    }
  }
  const s = at(pos);
  if (s === "+" || s === "-" || s === " ") {
    f.sign = s;
    pos++;
  }
  if (at(pos) === "z") {
    f.noNegZero = true;
    pos++;
  }
  if (at(pos) === "#") {
    f.alternate = true;
    pos++;
  }
  if (!fillSpecified && at(pos) === "0") {
    f.fill = "0";
    if (!alignSpecified && defaultAlign === ">") f.align = "=";
    pos++;
  }
  const w = readInteger(cps, pos);
  pos = w.next;
  if (w.digits > 0) f.width = w.value;
  if (at(pos) === ",") {
    f.grouping = ",";
    pos++;
  }
  if (at(pos) === "_") {
    if (f.grouping !== "") throw pyError("ValueError", "Cannot specify both ',' and '_'.");
    f.grouping = "_";
    pos++;
  }
  if (at(pos) === "," && f.grouping === "_")
    throw pyError("ValueError", "Cannot specify both ',' and '_'.");
  if (at(pos) === ".") {
    const p = readInteger(cps, pos + 1);
    if (p.digits === 0) throw pyError("ValueError", "Format specifier missing precision");
    f.precision = p.value;
    pos = p.next;
  }
  if (end - pos > 1) {
    throw pyError(
      "ValueError",
      `Invalid format specifier '${spec}' for object of type '${typeName}'`,
    );
  }
  if (end - pos === 1) f.type = cps[pos];
  if (f.grouping !== "") {
    const t = f.type;
    if (GROUPING_TYPES.includes(t)) {
      // allowed with both separators (PEP 378)
    } else if ((t === "b" || t === "o" || t === "x" || t === "X") && f.grouping === "_") {
      f.grouping = "_4"; // PEP 515: underscores every four digits in bin/oct/hex
    } else {
      throw pyError("ValueError", `Cannot specify '${f.grouping}' with '${typeCodeText(t)}'.`);
    }
  }
  return f;
}
