/**
 * printf-style `str % args`, a port of CPython 3.11's PyUnicode_Format.
 * The value layer does not know Python objects, so the caller supplies
 * PercentOps to look inside `args` and to convert values.
 */
import { pyError } from "./errors";
import type { PyInt } from "./intCore";
import { type PercentSpec, formatOne } from "./percentConvert";

/** How percentFormat sees the caller's Python objects. */
export interface PercentOps {
  /** The items if `args` is a tuple, else null. */
  tupleItems(args: unknown): readonly unknown[] | null;
  /** Whether `args` is a mapping for %(name)s (CPython: has __getitem__ and is not a tuple or str). */
  isMapping(args: unknown): boolean;
  /** mapping[key]; throws the caller's own KeyError when missing. */
  getItem(mapping: unknown, key: string): unknown;
  /** str(v). */
  str(v: unknown): string;
  /** repr(v). */
  repr(v: unknown): string;
  /** ascii(v). */
  ascii(v: unknown): string;
  /** The Python type name of v, for error messages. */
  typeName(v: unknown): string;
  /** v's value if v is a Python int (bool included), else null; `*` widths need exactly that. */
  asInt(v: unknown): PyInt | null;
  /** v's text if v is a str, else null (for %c). */
  asStr(v: unknown): string | null;
  /**
   * int(v) for %d/%i/%u (mode "int": truncates floats) or operator.index(v) for %x/%X/%o/%c
   * (mode "index"); null when v is not a number. May throw (e.g. int(inf)).
   */
  toInt(v: unknown, mode: "int" | "index"): PyInt | null;
  /** float(v) for %e/%f/%g; null when v is not a real number. */
  toFloat(v: unknown): number | null;
}

const SSIZE_MAX = 2n ** 63n - 1n;

/** fmt % args, with CPython's output and error messages. */
export function percentFormat(fmt: string, args: unknown, ops: PercentOps): string {
  const cps = Array.from(fmt); // CPython indexes (and reports positions) by code point
  const items = ops.tupleItems(args);
  const dict = items === null && ops.isMapping(args) ? args : null;
  // CPython's cursor over the arguments: a tuple, or one object (arglen -1, argidx -2 until used).
  let current: unknown = args;
  let arglen = items ? items.length : -1;
  let argidx = items ? 0 : -2;
  let fromTuple = items !== null;
  const nextArg = (): unknown => {
    if (argidx < arglen) {
      const i = argidx++;
      return fromTuple && items ? items[i] : current;
    }
    throw pyError("TypeError", "not enough arguments for format string");
  };
  let out = "";
  let pos = 0;
  while (pos < cps.length) {
    if (cps[pos] !== "%") {
      out += cps[pos++];
      continue;
    }
    pos++;
    if (cps[pos] === "%") {
      out += "%";
      pos++;
      continue;
    }
    const spec: PercentSpec = {
      ch: "",
      ljust: false,
      sign: false,
      blank: false,
      alt: false,
      zero: false,
      width: -1,
      prec: -1,
    };
    if (cps[pos] === "(") {
      if (dict === null) throw pyError("TypeError", "format requires a mapping");
      let depth = 1;
      const start = ++pos;
      while (depth > 0 && pos < cps.length) {
        if (cps[pos] === ")") depth--;
        else if (cps[pos] === "(") depth++;
        pos++;
      }
      if (depth > 0) throw pyError("ValueError", "incomplete format key");
      current = ops.getItem(dict, cps.slice(start, pos - 1).join(""));
      fromTuple = false;
      arglen = -1;
      argidx = -2;
    }
    const read = (): string | undefined => cps[pos++];
    let c = read();
    for (; ; c = read()) {
      if (c === "-") spec.ljust = true;
      else if (c === "+") spec.sign = true;
      else if (c === " ") spec.blank = true;
      else if (c === "#") spec.alt = true;
      else if (c === "0") spec.zero = true;
      else break;
    }
    if (c === "*") {
      const w = ops.asInt(nextArg());
      if (w === null) throw pyError("TypeError", "* wants int");
      if (w > SSIZE_MAX || w < -SSIZE_MAX - 1n) {
        throw pyError("OverflowError", "Python int too large to convert to C ssize_t");
      }
      spec.width = Number(w);
      if (spec.width < 0) {
        spec.ljust = true;
        spec.width = -spec.width;
      }
      c = read();
    } else if (c !== undefined && c >= "0" && c <= "9") {
      let w = 0n;
      for (; c !== undefined && c >= "0" && c <= "9"; c = read()) {
        w = w * 10n + BigInt(c);
        if (w > SSIZE_MAX) throw pyError("ValueError", "width too big");
      }
      spec.width = Number(w);
    }
    if (c === ".") {
      spec.prec = 0;
      c = read();
      if (c === "*") {
        const p = ops.asInt(nextArg());
        if (p === null) throw pyError("TypeError", "* wants int");
        if (p > 2147483647 || p < -2147483648) {
          throw pyError("OverflowError", "Python int too large to convert to C int");
        }
        spec.prec = Math.max(0, Number(p));
        c = read();
      } else if (c !== undefined && c >= "0" && c <= "9") {
        let p = 0;
        for (; c !== undefined && c >= "0" && c <= "9"; c = read()) {
          p = p * 10 + Number(c);
          if (p > 2147483647) throw pyError("ValueError", "precision too big");
        }
        spec.prec = p;
      }
    }
    if (c === "h" || c === "l" || c === "L") c = read();
    if (c === undefined) throw pyError("ValueError", "incomplete format");
    spec.ch = c;
    out += formatOne(spec, nextArg(), ops, pos - 1);
    if (dict !== null && argidx < arglen) {
      throw pyError("TypeError", "not all arguments converted during string formatting");
    }
  }
  if (argidx < arglen && dict === null) {
    throw pyError("TypeError", "not all arguments converted during string formatting");
  }
  return out;
}
