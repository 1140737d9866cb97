/** str % args and ascii(): glue between the object model and the value layer's formatters. */
import { percentFormat, type PercentOps } from "../values/percentFormat";
import { strAscii } from "../values/strRepr";
import { PyDict } from "./containers";
import { asFloat, asInt } from "./numeric";
import { PyFloat, PyTuple, type Ctx, type PyValue } from "./object";
import { getItem, repr, str } from "./ops";
import { typeOf } from "./types";

/** ascii(v): repr with non-ASCII characters escaped. */
export function asciiOf(ctx: Ctx, v: PyValue): string {
  return strAscii(repr(ctx, v));
}

/** fmt % args */
export function strPercent(ctx: Ctx, fmt: string, args: PyValue): string {
  const ops: PercentOps<PyValue> = {
    items: args instanceof PyTuple ? args.items : null,
    isMapping: args instanceof PyDict || (typeof args === "object" && !(args instanceof PyTuple) && typeOf(args).lookup("__getitem__") !== undefined && typeof args !== "string"),
    getKey: (key: string) => getItem(ctx, args, key),
    str: (v) => str(ctx, v),
    repr: (v) => repr(ctx, v),
    ascii: (v) => asciiOf(ctx, v),
    toInt: (v) => {
      const i = asInt(v);
      if (i !== null) return i;
      if (v instanceof PyFloat) return Math.trunc(v.v);
      const f = typeOf(v).lookup("__index__") ?? typeOf(v).lookup("__int__");
      return f !== undefined ? asInt(ctx.call(f, [v])) : null;
    },
    toFloat: (v) => asFloat(v),
    typeName: (v) => typeOf(v).name,
    single: args,
  };
  return percentFormat(fmt, ops);
}
