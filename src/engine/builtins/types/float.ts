/** float methods, attributes and operator dunders. */
import { defGetter } from "../../runtime/attrs";
import { nativeBinary } from "../../runtime/binops";
import { typeError } from "../../runtime/exceptions";
import { asFloat, asInt, floatDivmod, intFloatCmp } from "../../runtime/numeric";
import {
  PyBuiltin,
  PyFloat,
  PyType,
  PyWrapperDescr,
  type Ctx,
  type PyValue,
} from "../../runtime/object";
import {
  BuiltinFunctionType,
  ClassMethodType,
  FloatType,
  newFloat,
  newTuple,
  None,
  NotImplemented,
} from "../../runtime/types";
import { floatRepr } from "../../values/floatRepr";
import {
  floatAsIntegerRatio,
  floatCeil,
  floatFloor,
  floatIsInteger,
  floatTrunc,
} from "../../values/floatOps";
import { floatRound, floatRoundToInt } from "../../values/round";
import { floatFromHex, floatHex } from "./floatHex";
import { formatFloat } from "./format";
import { BINOPS, CMP_DUNDERS } from "./int";
import { def0, def1, defPos, indexArg, lift } from "./util";

const F = (v: PyValue) => (v as PyFloat).v;
const isNum = (v: PyValue) => v instanceof PyFloat || asInt(v) !== null;

/** Compare a float with an int or float exactly (NaN is unordered). */
function floatCmp(a: PyFloat, b: PyValue, op: string): boolean {
  let c: number;
  if (b instanceof PyFloat) c = a.v < b.v ? -1 : a.v > b.v ? 1 : a.v === b.v ? 0 : NaN;
  else c = -intFloatCmp(asInt(b)!, a.v);
  if (Number.isNaN(c)) return op === "NotEq";
  switch (op) {
    case "Eq":
      return c === 0;
    case "NotEq":
      return c !== 0;
    case "Lt":
      return c < 0;
    case "LtE":
      return c <= 0;
    case "Gt":
      return c > 0;
    default:
      return c >= 0;
  }
}

let done = false;
/** Install float's methods (idempotent). */
export function installFloat(): void {
  if (done) return;
  done = true;
  const T = FloatType;
  def0(T, "is_integer", (ctx, self) => floatIsInteger(F(self)));
  def0(T, "as_integer_ratio", (ctx, self) => newTuple(lift(() => floatAsIntegerRatio(F(self)))));
  def0(T, "conjugate", (ctx, self) => newFloat(F(self)));
  def0(T, "hex", (ctx, self) => floatHex(F(self)));
  const fromhex = new PyBuiltin(BuiltinFunctionType, "fromhex", (ctx, a) => {
    if (a.length !== 2)
      throw typeError(`float.fromhex() takes exactly one argument (${a.length - 1} given)`);
    if (typeof a[1] !== "string") throw typeError(`bad argument type for built-in operation`);
    const v = floatFromHex(a[1]);
    const cls = a[0] as PyType;
    return cls === FloatType ? newFloat(v) : ctx.call(cls, [newFloat(v)]);
  });
  T.ns.set("fromhex", new PyWrapperDescr(ClassMethodType, fromhex));
  for (const name of ["__int__", "__trunc__"])
    def0(T, name, (ctx, self) => lift(() => floatTrunc(F(self))));
  def0(T, "__floor__", (ctx, self) => lift(() => floatFloor(F(self))));
  def0(T, "__ceil__", (ctx, self) => lift(() => floatCeil(F(self))));
  def0(T, "__float__", (ctx, self) =>
    (self as PyFloat).cls === FloatType ? self : newFloat(F(self)),
  );
  def0(T, "__abs__", (ctx, self) => newFloat(Math.abs(F(self))));
  def0(T, "__neg__", (ctx, self) => newFloat(-F(self)));
  def0(T, "__pos__", (ctx, self) => newFloat(F(self)));
  def0(T, "__bool__", (ctx, self) => F(self) !== 0);
  def0(T, "__repr__", (ctx, self) => floatRepr(F(self)));
  defPos(T, "__round__", 0, 1, (ctx, self, [nd]) => {
    if (nd === undefined || nd === None) return lift(() => floatRoundToInt(F(self)));
    const n = indexArg(ctx, nd);
    return newFloat(lift(() => floatRound(F(self), n)));
  });
  def1(T, "__format__", (ctx, self, spec) => formatFloat(ctx, self, spec));
  def0(T, "__getnewargs__", (ctx, self) => newTuple([newFloat(F(self))]));
  defGetter(T, "real", (ctx, v) => newFloat(F(v)));
  defGetter(T, "imag", () => newFloat(0));

  for (const [name, op] of BINOPS) {
    if (op >= 7 && op <= 11) continue; // floats have no bitwise operators
    def1(T, `__${name}__`, (ctx, self, o) =>
      isNum(o) ? nativeBinary(ctx, op, self, o) : NotImplemented,
    );
    def1(T, `__r${name}__`, (ctx, self, o) =>
      isNum(o) ? nativeBinary(ctx, op, o, self) : NotImplemented,
    );
  }
  defPos(T, "__pow__", 1, 2, (ctx, self, [o, m]) => {
    if (m !== undefined && m !== None)
      throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
    return isNum(o) ? nativeBinary(ctx, 6, self, o) : NotImplemented;
  });
  const divmod = (ctx: Ctx, a: PyValue, b: PyValue) =>
    newTuple(floatDivmod(asFloat(a)!, asFloat(b)!, "divmod").map(newFloat));
  def1(T, "__divmod__", (ctx, self, o) => (isNum(o) ? divmod(ctx, self, o) : NotImplemented));
  def1(T, "__rdivmod__", (ctx, self, o) => (isNum(o) ? divmod(ctx, o, self) : NotImplemented));
  for (const [name, op] of CMP_DUNDERS)
    def1(T, name, (ctx, self, o) => (isNum(o) ? floatCmp(self as PyFloat, o, op) : NotImplemented));
}
