/**
 * format(value, spec) for ints, floats and strs: the format-spec
 * mini-language exactly as CPython 3.11 implements it (Python/formatter_unicode.c).
 */
import { pyError } from "./errors";
import { type PyInt, big } from "./intCore";
import { intToFloat } from "./exactFloat";
import { doubleToString } from "./floatToString";
import { floatRepr } from "./floatRepr";
import { type FormatSpec, parseFormatSpec, typeCodeText, MAX_FIELD_WIDTH } from "./formatSpecParse";
import { layoutNumber } from "./numberLayout";

export { parseFormatSpec, type FormatSpec } from "./formatSpecParse";

function unknownType(type: string, typeName: string): never {
  throw pyError(
    "ValueError",
    `Unknown format code '${typeCodeText(type)}' for object of type '${typeName}'`,
  );
}

const FLOAT_TYPES = ["e", "E", "f", "F", "g", "G", "%"];

/** format(v, spec) for an int; for a bool pass typeName "bool" (an empty spec, str(True), is the caller's). */
export function formatInt(v: PyInt, spec: string, typeName = "int"): string {
  if (spec === "") return String(v);
  const f = parseFormatSpec(spec, typeName, "d", ">");
  if (FLOAT_TYPES.includes(f.type)) return formatFloatInternal(intToFloat(v), f);
  if (!["b", "c", "d", "o", "x", "X", "n"].includes(f.type)) unknownType(f.type, typeName);
  if (f.precision !== -1)
    throw pyError("ValueError", "Precision not allowed in integer format specifier");
  if (f.noNegZero) {
    throw pyError(
      "ValueError",
      "Negative zero coercion (z) not allowed in integer format specifier",
    );
  }
  if (f.type === "c") {
    if (f.sign !== "")
      throw pyError("ValueError", "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) {
      throw pyError(
        "ValueError",
        "Alternate form (#) not allowed with integer format specifier 'c'",
      );
    }
    const x = big(v);
    if (x < -(2n ** 63n) || x >= 2n ** 63n) {
      throw pyError("OverflowError", "Python int too large to convert to C long");
    }
    if (x < 0n || x > 0x10ffffn) throw pyError("OverflowError", "%c arg not in range(0x110000)");
    const ch = String.fromCodePoint(Number(x));
    return layoutNumber(
      { signChar: "", prefix: "", digits: "", hasDecimal: false, remainder: ch },
      f,
    );
  }
  const base = f.type === "b" ? 2 : f.type === "o" ? 8 : f.type === "x" || f.type === "X" ? 16 : 10;
  const neg = v < 0;
  const digits = (neg ? -big(v) : big(v)).toString(base);
  const prefix = f.alternate && base !== 10 ? (base === 2 ? "0b" : base === 8 ? "0o" : "0x") : "";
  return layoutNumber(
    { signChar: neg ? "-" : "", prefix, digits, hasDecimal: false, remainder: "" },
    f,
    f.type === "X",
  );
}

/** format(x, spec) for a float; an empty spec gives repr(x). */
export function formatFloat(x: number, spec: string, typeName = "float"): string {
  if (spec === "") return floatRepr(x);
  const f = parseFormatSpec(spec, typeName, "", ">");
  if (!["", "e", "E", "f", "F", "g", "G", "n", "%"].includes(f.type)) unknownType(f.type, typeName);
  return formatFloatInternal(x, f);
}

function formatFloatInternal(x: number, f: FormatSpec): string {
  if (f.precision > 2147483647) throw pyError("ValueError", "precision too big");
  let type = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  const flags = { alt: f.alternate, noNegZero: f.noNegZero, addDot0: false };
  if (type === "") {
    // No type: repr() without a precision, else like 'g' but always with a digit after the point.
    flags.addDot0 = true;
    type = "r";
    defaultPrecision = 0;
  }
  if (type === "n") type = "g";
  let val = x;
  let pct = "";
  if (type === "%") {
    type = "f";
    val *= 100;
    pct = "%";
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  const text = doubleToString(val, type, precision, flags) + pct;
  const neg = text.startsWith("-");
  const body = neg ? text.slice(1) : text;
  // parse_number: leading digits, then an optional '.', then the remainder as is.
  const m = /^[0-9]*/.exec(body);
  const digits = m ? m[0] : "";
  const hasDecimal = body[digits.length] === ".";
  const remainder = body.slice(digits.length + (hasDecimal ? 1 : 0));
  return layoutNumber({ signChar: neg ? "-" : "", prefix: "", digits, hasDecimal, remainder }, f);
}

/** format(s, spec) for a str. */
export function formatStr(s: string, spec: string, typeName = "str"): string {
  if (spec === "") return s;
  const f = parseFormatSpec(spec, typeName, "s", "<");
  if (f.type !== "s") unknownType(f.type, typeName);
  if (f.sign === " ") throw pyError("ValueError", "Space not allowed in string format specifier");
  if (f.sign !== "") throw pyError("ValueError", "Sign not allowed in string format specifier");
  if (f.noNegZero) {
    throw pyError(
      "ValueError",
      "Negative zero coercion (z) not allowed in string format specifier",
    );
  }
  if (f.alternate)
    throw pyError("ValueError", "Alternate form (#) not allowed in string format specifier");
  if (f.align === "=")
    throw pyError("ValueError", "'=' alignment not allowed in string format specifier");
  if (f.width > MAX_FIELD_WIDTH) throw pyError("MemoryError", "");
  let cps = Array.from(s);
  if (f.precision >= 0 && cps.length > f.precision) cps = cps.slice(0, f.precision);
  const len = cps.length;
  const total = Math.max(f.width, len);
  let lpad = 0;
  if (f.align === ">") lpad = total - len;
  else if (f.align === "^") lpad = Math.floor((total - len) / 2);
  const rpad = total - len - lpad;
  return f.fill.repeat(lpad) + cps.join("") + f.fill.repeat(rpad);
}
