/** int and bool methods, attributes and operator dunders. */
import { defGetter } from "../../runtime/attrs";
import { asInt, intInvert, intNeg, intPowMod, intToFloat, type Int } from "../../runtime/numeric";
import type { Ctx, PyValue } from "../../runtime/object";
import { nativeBinary } from "../../runtime/binops";
import { BoolType, IntType, newFloat, newTuple, None, NotImplemented } from "../../runtime/types";
import { bitLength } from "../../values/intCore";
import { intRound } from "../../values/round";
import { formatBool, formatInt } from "./format";
import { installIntBytes } from "./intBytes";
import { def0, def1, defPos, indexArg, lift } from "./util";

const I = (v: PyValue) => asInt(v)!;

/** Operator numbers of runtime/binops (BINARY_OP order). */
export const BINOPS: [string, number][] = [
  ["add", 0],
  ["sub", 1],
  ["mul", 2],
  ["truediv", 4],
  ["mod", 5],
  ["pow", 6],
  ["lshift", 7],
  ["rshift", 8],
  ["or", 9],
  ["xor", 10],
  ["and", 11],
  ["floordiv", 12],
];

/** The six comparison dunders with their operator names in runtime/ops. */
export const CMP_DUNDERS: [string, "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE"][] = [
  ["__eq__", "Eq"],
  ["__ne__", "NotEq"],
  ["__lt__", "Lt"],
  ["__le__", "LtE"],
  ["__gt__", "Gt"],
  ["__ge__", "GtE"],
];

function cmpInts(a: Int, b: Int, op: string): boolean {
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

function popcount(v: Int): number {
  let b = typeof v === "bigint" ? (v < 0n ? -v : v) : BigInt(Math.abs(v));
  let n = 0;
  while (b > 0n) {
    const chunk = Number(b & 0xffffffffn);
    let c = chunk - ((chunk >>> 1) & 0x55555555);
    c = (c & 0x33333333) + ((c >>> 2) & 0x33333333);
    n += (((c + (c >>> 4)) & 0xf0f0f0f) * 0x1010101) >>> 24;
    b >>= 32n;
  }
  return n;
}

/** round(int, ndigits) */
function roundInt(ctx: Ctx, v: Int, nd: PyValue | undefined): Int {
  // An explicit None is an error here (round(x, None) is handled by round() itself).
  if (nd === undefined) return v;
  return lift(() => intRound(v, indexArg(ctx, nd)));
}

let done = false;
/** Install int's and bool's methods (idempotent). */
export function installInt(): void {
  if (done) return;
  done = true;
  const T = IntType;
  def0(T, "bit_length", (ctx, self) => bitLength(I(self)));
  def0(T, "bit_count", (ctx, self) => popcount(I(self)));
  def0(T, "as_integer_ratio", (ctx, self) => newTuple([I(self), 1]));
  for (const name of [
    "conjugate",
    "__index__",
    "__int__",
    "__trunc__",
    "__floor__",
    "__ceil__",
    "__pos__",
  ])
    def0(T, name, (ctx, self) => I(self));
  def0(T, "__float__", (ctx, self) => newFloat(intToFloat(I(self))));
  def0(T, "__abs__", (ctx, self) => {
    const v = I(self);
    return v < 0 ? intNeg(v) : v;
  });
  def0(T, "__neg__", (ctx, self) => intNeg(I(self)));
  def0(T, "__invert__", (ctx, self) => intInvert(I(self)));
  def0(T, "__bool__", (ctx, self) => I(self) !== 0);
  def0(T, "__repr__", (ctx, self) => String(I(self)));
  defPos(T, "__round__", 0, 1, (ctx, self, [nd]) => roundInt(ctx, I(self), nd));
  def1(T, "__format__", (ctx, self, spec) => formatInt(ctx, self, spec));
  def0(T, "__getnewargs__", (ctx, self) => newTuple([I(self)]));
  defGetter(T, "real", (ctx, v) => I(v));
  defGetter(T, "imag", () => 0);
  defGetter(T, "numerator", (ctx, v) => I(v));
  defGetter(T, "denominator", () => 1);
  installIntBytes();

  for (const [name, op] of BINOPS) {
    def1(T, `__${name}__`, (ctx, self, o) =>
      asInt(o) === null ? NotImplemented : nativeBinary(ctx, op, self, o),
    );
    def1(T, `__r${name}__`, (ctx, self, o) =>
      asInt(o) === null ? NotImplemented : nativeBinary(ctx, op, o, self),
    );
  }
  defPos(T, "__pow__", 1, 2, (ctx, self, [o, m]) => {
    if (asInt(o) === null) return NotImplemented;
    if (m === undefined || m === None) return nativeBinary(ctx, 6, self, o);
    if (asInt(m) === null) return NotImplemented;
    return intPowMod(I(self), I(o), I(m));
  });
  const divmod = (ctx: Ctx, a: PyValue, b: PyValue) =>
    newTuple([nativeBinary(ctx, 12, a, b), nativeBinary(ctx, 5, a, b)]);
  def1(T, "__divmod__", (ctx, self, o) =>
    asInt(o) === null ? NotImplemented : divmod(ctx, self, o),
  );
  def1(T, "__rdivmod__", (ctx, self, o) =>
    asInt(o) === null ? NotImplemented : divmod(ctx, o, self),
  );
  for (const [name, op] of CMP_DUNDERS)
    def1(T, name, (ctx, self, o) =>
      asInt(o) === null ? NotImplemented : cmpInts(I(self), I(o), op),
    );

  // bool: prints as True/False, and its bitwise operators keep bools when both sides are bools.
  const B = BoolType;
  def0(B, "__repr__", (ctx, self) => (self === true ? "True" : "False"));
  def1(B, "__format__", (ctx, self, spec) => formatBool(ctx, self, spec));
  for (const [name, op] of BINOPS.filter(([n]) => n === "and" || n === "or" || n === "xor")) {
    def1(B, `__${name}__`, (ctx, self, o) =>
      asInt(o) === null ? NotImplemented : nativeBinary(ctx, op, self, o),
    );
    def1(B, `__r${name}__`, (ctx, self, o) =>
      asInt(o) === null ? NotImplemented : nativeBinary(ctx, op, o, self),
    );
  }
}
