/** Numeric builtins: abs, divmod, pow, round, sum, bin, oct, hex — CPython's semantics and messages. */
import { binaryOp } from "../runtime/binops";
import { typeError } from "../runtime/exceptions";
import { asFloat, asInt, floatDivmod, intFloorDiv, intMod } from "../runtime/numeric";
import { PyBuiltin, PyFloat, type Ctx, type NativeFn, type PyValue } from "../runtime/object";
import { getIter, next as iterNext } from "../runtime/ops";
import { newFloat, newTuple, None, NotImplemented, typeOf } from "../runtime/types";
import { intAbs, intPowMod } from "../values/intOps";
import { intToStr } from "../values/intText";
import { floatRound, floatRoundToInt, intRound } from "../values/round";
import { clinic, exactlyOne, rejectKeywords, toIndex } from "./functionsUtil";
import { lift } from "./types/util";

const ADD = 0; // BINARY_OP index of `+`
const POW = 6; // BINARY_OP index of `**`

function abs(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  rejectKeywords("abs", kwargs);
  const x = exactlyOne("abs", args);
  const i = asInt(x);
  if (i !== null) return intAbs(i);
  const f = typeOf(x).lookup("__abs__");
  if (f !== undefined && !(f instanceof PyBuiltin)) return ctx.call(f, [x]);
  if (x instanceof PyFloat) return newFloat(Math.abs(x.v));
  if (f !== undefined) return ctx.call(f, [x]);
  throw typeError(`bad operand type for abs(): '${typeOf(x).name}'`);
}

/** divmod(a, b) of two builtin numbers, or NotImplemented. */
function nativeDivmod(a: PyValue, b: PyValue): PyValue {
  const ai = asInt(a);
  const bi = asInt(b);
  if (ai !== null && bi !== null) return newTuple([intFloorDiv(ai, bi), intMod(ai, bi)]);
  if (
    (a instanceof PyFloat && (bi !== null || b instanceof PyFloat)) ||
    (b instanceof PyFloat && ai !== null)
  ) {
    const [q, r] = floatDivmod(asFloat(a)!, asFloat(b)!, "divmod");
    return newTuple([newFloat(q), newFloat(r)]);
  }
  return NotImplemented;
}

/** One side of a binary dunder protocol: a user class's method, or the builtin arithmetic. */
function divmodSide(
  ctx: Ctx,
  self: PyValue,
  other: PyValue,
  name: string,
  a: PyValue,
  b: PyValue,
): PyValue {
  const t = typeOf(self);
  const f = t.heap ? t.lookup(name) : undefined;
  if (f !== undefined && !(f instanceof PyBuiltin)) return ctx.call(f, [self, other]);
  return nativeDivmod(a, b);
}

function divmod(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  rejectKeywords("divmod", kwargs);
  if (args.length !== 2) throw typeError(`divmod expected 2 arguments, got ${args.length}`);
  const [a, b] = args;
  const ta = typeOf(a);
  const tb = typeOf(b);
  // As for every binary operator, a subclass's reflected method is tried first.
  const swapFirst = tb !== ta && tb.isSubtype(ta) && tb.heap;
  if (swapFirst) {
    const r = divmodSide(ctx, b, a, "__rdivmod__", a, b);
    if (r !== NotImplemented) return r;
  }
  const r1 = divmodSide(ctx, a, b, "__divmod__", a, b);
  if (r1 !== NotImplemented) return r1;
  if (!swapFirst && tb !== ta) {
    const r2 = divmodSide(ctx, b, a, "__rdivmod__", a, b);
    if (r2 !== NotImplemented) return r2;
  }
  throw typeError(`unsupported operand type(s) for divmod(): '${ta.name}' and '${tb.name}'`);
}

function pow(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const vals = clinic("pow", args, kwargs, ["base", "exp", "mod"], 2);
  const base = vals[0]!;
  const exp = vals[1]!;
  const mod = vals[2] ?? None;
  if (mod === None) return binaryOp(ctx, POW, base, exp, false);
  const bi = asInt(base);
  const ei = asInt(exp);
  const mi = asInt(mod);
  if (bi !== null && ei !== null && mi !== null) return lift(() => intPowMod(bi, ei, mi));
  // Three-argument pow reaches a user class only through its own __pow__ (no reflection, as in CPython).
  const f = typeOf(base).heap ? typeOf(base).lookup("__pow__") : undefined;
  if (f !== undefined) {
    const r = ctx.call(f, [base, exp, mod]);
    if (r !== NotImplemented) return r;
  }
  if (asFloat(base) !== null && asFloat(exp) !== null && asFloat(mod) !== null)
    throw typeError("pow() 3rd argument not allowed unless all arguments are integers");
  throw typeError(
    `unsupported operand type(s) for ** or pow(): '${typeOf(base).name}', '${typeOf(exp).name}', '${typeOf(mod).name}'`,
  );
}

function round(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  const [numberArg, ndigits] = clinic("round", args, kwargs, ["number", "ndigits"], 1);
  const number = numberArg!;
  const nd = ndigits ?? None;
  const t = typeOf(number);
  const own = t.heap ? t.lookup("__round__") : undefined;
  if (own !== undefined && !(own instanceof PyBuiltin))
    return ctx.call(own, nd === None ? [number] : [number, nd]);
  const i = asInt(number);
  if (i !== null) return nd === None ? i : lift(() => intRound(i, toIndex(ctx, nd)));
  if (number instanceof PyFloat) {
    if (nd === None) return lift(() => floatRoundToInt(number.v));
    const n = toIndex(ctx, nd);
    return newFloat(lift(() => floatRound(number.v, n)));
  }
  if (own !== undefined) return ctx.call(own, nd === None ? [number] : [number, nd]);
  throw typeError(`type ${t.name} doesn't define __round__ method`);
}

function sum(ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null): PyValue {
  if (args.length === 0) throw typeError("sum() takes at least 1 positional argument (0 given)");
  // The iterable is positional-only: "" never matches a keyword, so `iterable=` is an invalid keyword.
  const [iterable, start] = clinic("sum", args, kwargs, ["", "start"]);
  let acc: PyValue = start ?? 0;
  if (typeof acc === "string")
    throw typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const startType = typeOf(acc).name;
  if (startType === "bytes" || startType === "bytearray")
    throw typeError(`sum() can't sum ${startType} [use b''.join(seq) instead]`);
  // CPython 3.11 adds left to right with plain `+` (its int/float fast paths give the same
  // results; the compensated float summation arrived in 3.12).
  const it = getIter(ctx, iterable!);
  for (let x = iterNext(ctx, it); x !== undefined; x = iterNext(ctx, it)) {
    if (typeof acc === "number" && typeof x === "number") {
      const r: number = acc + x;
      if (Number.isSafeInteger(r)) {
        acc = r;
        continue;
      }
    } else if (acc instanceof PyFloat && x instanceof PyFloat && !acc.cls.heap && !x.cls.heap) {
      acc = newFloat(acc.v + x.v);
      continue;
    }
    acc = binaryOp(ctx, ADD, acc, x, false);
  }
  return acc;
}

/** bin/oct/hex: the argument goes through __index__. */
function intText(name: string, base: 2 | 8 | 16): NativeFn {
  return (ctx, args, kwargs) => {
    rejectKeywords(name, kwargs);
    return intToStr(toIndex(ctx, exactlyOne(name, args)), base);
  };
}

/** The numeric builtin functions by name. */
export const numericFunctions: Record<string, NativeFn> = {
  abs,
  divmod,
  pow,
  round,
  sum,
  bin: intText("bin", 2),
  oct: intText("oct", 8),
  hex: intText("hex", 16),
};
