/**
 * str.format and str.format_map: CPython's MarkupIterator, parse_field and
 * field-name walking (Objects/stringlib/unicode_format.h), with its exact errors.
 */
import { getAttr } from "../../runtime/attrs";
import { indexError, keyError, pyErr, ValueError } from "../../runtime/exceptions";
import type { Ctx, PyValue } from "../../runtime/object";
import { format, getItem, repr, str } from "../../runtime/ops";
import { asciiOf } from "../../runtime/strformat";

/** Where replacement fields get their values. */
export interface FormatArgs {
  /** Positional arguments, or null for format_map (positional fields are an error there). */
  args: PyValue[] | null;
  /** Look a keyword field up (KeyError when absent). */
  keyword(key: string): PyValue;
}

type AutoState = { state: "init" | "auto" | "manual"; next: number };

const valueError = (msg: string) => pyErr(ValueError, msg);

/** fmt.format(*args, **kwargs) */
export function strFormat(ctx: Ctx, fmt: string, src: FormatArgs): string {
  return build(ctx, fmt, src, 2, { state: "init", next: 0 });
}

function build(ctx: Ctx, fmt: string, src: FormatArgs, depth: number, auto: AutoState): string {
  if (depth <= 0) throw valueError("Max string recursion exceeded");
  let out = "";
  let i = 0;
  const end = fmt.length;
  while (i < end) {
    // Literal text up to the next brace.
    const start = i;
    let c = "";
    let markup = false;
    while (i < end) {
      c = fmt[i++];
      if (c === "{" || c === "}") {
        markup = true;
        break;
      }
    }
    const atEnd = i >= end;
    let len = i - start;
    if (c === "}" && markup && (atEnd || fmt[i] !== "}"))
      throw valueError("Single '}' encountered in format string");
    if (atEnd && c === "{" && markup) throw valueError("Single '{' encountered in format string");
    if (markup && !atEnd) {
      if (fmt[i] === c) {
        i++; // doubled brace: literal, no field follows
        markup = false;
      } else len--;
    }
    out += fmt.slice(start, start + len);
    if (!markup) continue;
    const f = parseField(fmt, i);
    i = f.next;
    let obj = fieldValue(ctx, f.name, src, auto);
    if (f.conversion !== "") obj = convert(ctx, obj, f.conversion);
    const spec = f.expand ? build(ctx, f.spec, src, depth - 1, auto) : f.spec;
    out += typeof obj === "string" && spec === "" ? obj : format(ctx, obj, spec);
  }
  return out;
}

interface Field {
  name: string;
  conversion: string;
  spec: string;
  expand: boolean;
  next: number;
}

/** parse_field: the text after '{' up to its matching '}'. */
function parseField(s: string, i: number): Field {
  const end = s.length;
  const nameStart = i;
  let c = "";
  scan: while (i < end) {
    c = s[i++];
    switch (c) {
      case "{":
        throw valueError("unexpected '{' in field name");
      case "[":
        while (i < end && s[i] !== "]") i++;
        continue;
      case "}":
      case ":":
      case "!":
        break scan;
    }
  }
  if (c !== "!" && c !== ":") {
    if (c !== "}") throw valueError("expected '}' before end of string");
    return { name: s.slice(nameStart, i - 1), conversion: "", spec: "", expand: false, next: i };
  }
  const name = s.slice(nameStart, i - 1);
  let conversion = "";
  if (c === "!") {
    if (i >= end) throw valueError("end of string while looking for conversion specifier");
    conversion = s[i++];
    if (i < end) {
      const d = s[i++];
      if (d === "}") return { name, conversion, spec: "", expand: false, next: i };
      if (d !== ":") throw valueError("expected ':' after conversion specifier");
    }
  }
  const specStart = i;
  let count = 1;
  let expand = false;
  while (i < end) {
    const d = s[i++];
    if (d === "{") {
      expand = true;
      count++;
    } else if (d === "}" && --count === 0) {
      return { name, conversion, spec: s.slice(specStart, i - 1), expand, next: i };
    }
  }
  throw valueError("unmatched '{' in format spec");
}

function convert(ctx: Ctx, v: PyValue, conv: string): PyValue {
  switch (conv) {
    case "r":
      return repr(ctx, v);
    case "s":
      return str(ctx, v);
    case "a":
      return asciiOf(ctx, v);
  }
  const cp = conv.codePointAt(0)!;
  throw valueError(
    cp > 32 && cp < 127
      ? `Unknown conversion specifier ${conv}`
      : `Unknown conversion specifier \\x${cp.toString(16)}`,
  );
}

/** get_integer: a non-negative decimal index, or -1 when the text is not all digits. */
function integer(s: string): number {
  if (s === "" || !/^[0-9]+$/.test(s)) return -1;
  const n = Number(s);
  if (!Number.isSafeInteger(n) || s.length > 18)
    throw valueError("Too many decimal digits in format string");
  return n;
}

/** Resolve a field name (`0`, `name`, ``, then any `.attr` / `[key]` parts) to its value. */
function fieldValue(ctx: Ctx, field: string, src: FormatArgs, auto: AutoState): PyValue {
  let i = 0;
  while (i < field.length && field[i] !== "." && field[i] !== "[") i++;
  const first = field.slice(0, i);
  let index = integer(first);
  const empty = first === "";
  if (empty || index !== -1) {
    if (auto.state === "init") auto.state = empty ? "auto" : "manual";
    if (auto.state === "manual" && empty)
      throw valueError(
        "cannot switch from manual field specification to automatic field numbering",
      );
    if (auto.state === "auto" && !empty)
      throw valueError(
        "cannot switch from automatic field numbering to manual field specification",
      );
    if (empty) index = auto.next++;
  }
  let obj: PyValue;
  if (index === -1) obj = src.keyword(first);
  else {
    if (src.args === null) throw valueError("Format string contains positional fields");
    if (index >= src.args.length)
      throw indexError(`Replacement index ${index} out of range for positional args tuple`);
    obj = src.args[index];
  }
  while (i < field.length) {
    const c = field[i++];
    let name: string;
    if (c === ".") {
      const s = i;
      while (i < field.length && field[i] !== "." && field[i] !== "[") i++;
      name = field.slice(s, i);
    } else if (c === "[") {
      const s = i;
      while (i < field.length && field[i] !== "]") i++;
      if (i >= field.length) throw valueError("Missing ']' in format string");
      name = field.slice(s, i++);
    } else throw valueError("Only '.' or '[' may follow ']' in format field specifier");
    if (name === "") throw valueError("Empty attribute in format string");
    if (c === ".") obj = getAttr(ctx, obj, name);
    else {
      const k = integer(name);
      obj = getItem(ctx, obj, k === -1 ? name : k);
    }
  }
  return obj;
}

/** The FormatArgs of str.format(*args, **kwargs). */
export function formatArgs(args: PyValue[], kwargs: Map<string, PyValue> | null): FormatArgs {
  return {
    args,
    keyword(key) {
      const v = kwargs?.get(key);
      if (v === undefined) throw keyError(key);
      return v;
    },
  };
}
