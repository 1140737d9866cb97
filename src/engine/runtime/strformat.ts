/** str % args and ascii(): glue between the object model and the value layer's formatters. */
import { floatToInt } from "../values/exactFloat";
import { percentFormat, type PercentOps } from "../values/percentFormat";
import { strAscii } from "../values/strRepr";
import { PyDict } from "./containers";
import { asFloat, asInt } from "./numeric";
import { PyFloat, PyTuple, type Ctx, type PyValue } from "./object";
import { getItem, repr, str } from "./ops";
import { typeOf } from "./types";

/** ascii(v): repr with non-ASCII characters escaped. */
export function asciiOf(ctx: Ctx, v: PyValue): string {
  // strAscii(s) quotes s itself, so only a str's repr can come from it; other reprs are escaped as they are.
  if (typeof v === "string") return strAscii(v);
  let out = "";
  for (const ch of repr(ctx, v)) {
    const cp = ch.codePointAt(0)!;
    const hex = cp.toString(16);
    out +=
      cp < 0x80
        ? ch
        : cp <= 0xff
          ? "\\x" + hex.padStart(2, "0")
          : cp <= 0xffff
            ? "\\u" + hex.padStart(4, "0")
            : "\\U" + hex.padStart(8, "0");
  }
  return out;
}

/** fmt % args */
export function strPercent(ctx: Ctx, fmt: string, args: PyValue): string {
  // Built once per run and kept in the run's own storage. Not in a module-level WeakMap keyed
  // by ctx: V8's minor GC treats such weak entries as strong, so every run would be promoted.
  let ops = ctx.run.extra.get("%ops") as PercentOps | undefined;
  if (ops === undefined) ctx.run.extra.set("%ops", (ops = makePercentOps(ctx)));
  return percentFormat(fmt, args, ops);
}

/** The operations `%` needs (formatting is frequent: thread names, labels …). */
function makePercentOps(ctx: Ctx): PercentOps {
  const P = (v: unknown) => v as PyValue;
  return {
    tupleItems: (a) => (a instanceof PyTuple ? a.items : null),
    isMapping: (a) =>
      a instanceof PyDict ||
      (typeof a === "object" &&
        !(a instanceof PyTuple) &&
        typeOf(P(a)).lookup("__getitem__") !== undefined),
    getItem: (m, key) => getItem(ctx, P(m), key),
    str: (v) => str(ctx, P(v)),
    repr: (v) => repr(ctx, P(v)),
    ascii: (v) => asciiOf(ctx, P(v)),
    typeName: (v) => typeOf(P(v)).name,
    asInt: (v) => asInt(P(v)),
    asStr: (v) => (typeof v === "string" ? v : null),
    toInt: (v, mode) => {
      const i = asInt(P(v));
      if (i !== null) return i;
      if (v instanceof PyFloat) return mode === "int" ? floatToInt(v.v) : null;
      const t = typeOf(P(v));
      const f =
        mode === "int" ? (t.lookup("__int__") ?? t.lookup("__index__")) : t.lookup("__index__");
      return f !== undefined ? asInt(ctx.call(f, [P(v)])) : null;
    },
    toFloat: (v) => {
      const f = asFloat(P(v));
      if (f !== null) return f;
      const m = typeOf(P(v)).lookup("__float__");
      return m !== undefined ? asFloat(ctx.call(m, [P(v)])) : null;
    },
  };
}
