/** str's operator and protocol dunders (`__getitem__`, `__add__`, `__mod__`, comparisons …). */
import { typeError } from "../../runtime/exceptions";
import { asInt } from "../../runtime/numeric";
import { PyNativeIter, PySlice, type Ctx, type PyValue } from "../../runtime/object";
import { seqIndex, sliceIndices, sliceItems } from "../../runtime/ops";
import { strPercent } from "../../runtime/strformat";
import { IterTypes, newTuple, NotImplemented, StrType, typeName } from "../../runtime/types";
import { strRepr } from "../../values/strRepr";
import { isFlat } from "../../values/strIndex";
import { formatStr } from "./format";
import { CMP_DUNDERS } from "./int";
import { def0, def1, indexArg } from "./util";

const S = (v: PyValue) => v as string;

/** s[key] by code point (index or slice), with CPython's messages. */
export function strGet(ctx: Ctx, s: string, key: PyValue): string {
  const cps: ArrayLike<string> = isFlat(s) ? s : Array.from(s);
  if (key instanceof PySlice) {
    const [start, , step, count] = sliceIndices(ctx, key, cps.length);
    return sliceItems(cps, start, step, count).join("");
  }
  if (asInt(key) === null && (typeof key !== "object" || key.cls.lookup("__index__") === undefined))
    throw typeError(`string indices must be integers, not '${typeName(key)}'`);
  return cps[seqIndex(ctx, key, cps.length, "string")];
}

function cmp(a: string, b: string, op: string): boolean {
  switch (op) {
    case "Eq":
      return a === b;
    case "NotEq":
      return a !== b;
    case "Lt":
      return a < b;
    case "LtE":
      return a <= b;
    case "Gt":
      return a > b;
    default:
      return a >= b;
  }
}

let done = false;
/** Install str's dunders (idempotent). */
export function installStrDunders(): void {
  if (done) return;
  done = true;
  const T = StrType;
  def1(T, "__getitem__", (ctx, self, k) => strGet(ctx, S(self), k));
  def1(T, "__contains__", (ctx, self, x) => {
    if (typeof x !== "string")
      throw typeError(`'in <string>' requires string as left operand, not ${typeName(x)}`);
    return S(self).includes(x);
  });
  def0(T, "__iter__", (ctx, self) => {
    const cps = Array.from(S(self));
    let i = 0;
    return new PyNativeIter(IterTypes.str, () => (i < cps.length ? cps[i++] : undefined));
  });
  def1(T, "__add__", (ctx, self, x) => {
    if (typeof x !== "string")
      throw typeError(`can only concatenate str (not "${typeName(x)}") to str`);
    return S(self) + x;
  });
  const mul = (ctx: Ctx, self: PyValue, n: PyValue) => {
    const k = indexArg(ctx, n);
    return k > 0 ? S(self).repeat(Number(k)) : "";
  };
  def1(T, "__mul__", mul);
  def1(T, "__rmul__", mul);
  def1(T, "__mod__", (ctx, self, args) => strPercent(ctx, S(self), args));
  def1(T, "__rmod__", () => NotImplemented);
  def0(T, "__repr__", (ctx, self) => strRepr(S(self)));
  def0(T, "__str__", (ctx, self) => S(self));
  def1(T, "__format__", (ctx, self, spec) => formatStr(ctx, self, spec));
  def0(T, "__getnewargs__", (ctx, self) => newTuple([S(self)]));
  for (const [name, op] of CMP_DUNDERS)
    def1(T, name, (ctx, self, o) => (typeof o === "string" ? cmp(S(self), o, op) : NotImplemented));
}
