/** The `__format__` methods of int, bool, float and str, over the value layer's formatSpec. */
import { typeError } from "../../runtime/exceptions";
import { asInt } from "../../runtime/numeric";
import { PyFloat, type Ctx, type PyValue } from "../../runtime/object";
import { typeName } from "../../runtime/types";
import * as spec from "../../values/formatSpec";
import { lift } from "./util";

function specArg(v: PyValue): string {
  if (typeof v !== "string")
    throw typeError(`__format__() argument must be str, not ${typeName(v)}`);
  return v;
}

/** int.__format__ */
export function formatInt(ctx: Ctx, self: PyValue, s: PyValue): string {
  const f = specArg(s);
  return lift(() => spec.formatInt(asInt(self)!, f, typeName(self)));
}

/** bool.__format__: "True"/"False" for an empty spec, otherwise formatted as the int 0/1. */
export function formatBool(ctx: Ctx, self: PyValue, s: PyValue): string {
  const f = specArg(s);
  if (f === "") return self === true ? "True" : "False";
  return lift(() => spec.formatInt(asInt(self)!, f, "bool"));
}

/** float.__format__ */
export function formatFloat(ctx: Ctx, self: PyValue, s: PyValue): string {
  const f = specArg(s);
  return lift(() => spec.formatFloat((self as PyFloat).v, f, typeName(self)));
}

/** str.__format__ */
export function formatStr(ctx: Ctx, self: PyValue, s: PyValue): string {
  const f = specArg(s);
  return lift(() => spec.formatStr(self as string, f, typeName(self)));
}
