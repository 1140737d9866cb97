/** Binary operators (BINARY_OP) for builtin types and user classes, with reflection. */
import { PyDict, PySet, newDict } from "./containers";
import { pyErr, typeError, ZeroDivisionError, OverflowError } from "./exceptions";
import {
  asFloat,
  asInt,
  floatDivmod,
  floatPow,
  intAdd,
  intAnd,
  intFloorDiv,
  intLShift,
  intMod,
  intMul,
  intOr,
  intPow,
  intRShift,
  intSub,
  intTrueDiv,
  intXor,
  type Int,
} from "./numeric";
import { PyBuiltin, PyFloat, PyList, PyTuple, type Ctx, type PyType, type PyValue } from "./object";
import { toArray } from "./ops";
import { newFloat, newList, newTuple, NotImplemented, typeOf } from "./types";
import { setBinary } from "./setops";
import { strPercent } from "./strformat";

/** Operator symbols in BINARY_OP order (see compile/code.ts BIN_OPS). */
export const OP_SYMBOLS = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"];
const DUNDERS = [
  "add",
  "sub",
  "mul",
  "matmul",
  "truediv",
  "mod",
  "pow",
  "lshift",
  "rshift",
  "or",
  "xor",
  "and",
  "floordiv",
];

/** a <op> b, or a <op>= b when `inplace`. */
export function binaryOp(ctx: Ctx, op: number, a: PyValue, b: PyValue, inplace: boolean): PyValue {
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (inplace) {
    const r = inplaceNative(ctx, op, a, b);
    if (r !== undefined) return r;
    if (ta.heap) {
      const f = ta.lookup(`__i${DUNDERS[op]}__`);
      if (f !== undefined) {
        const r2 = ctx.call(f, [a, b]);
        if (r2 !== NotImplemented) return r2;
      }
    }
  }
  if (!ta.heap && !tb.heap) {
    const r = nativeBinary(ctx, op, a, b);
    if (r !== NotImplemented) return r;
    if (operatorTypes.has(ta) || operatorTypes.has(tb)) {
      const r2 = registeredDunders(ctx, op, a, b);
      if (r2 !== NotImplemented) return r2;
    }
  } else {
    const swapFirst = tb !== ta && tb.isSubtype(ta) && tb.heap;
    if (swapFirst) {
      const r = callDunder(ctx, b, `__r${DUNDERS[op]}__`, a);
      if (r !== NotImplemented) return r;
    }
    const r1 = ta.heap ? callDunder(ctx, a, `__${DUNDERS[op]}__`, b) : nativeBinary(ctx, op, a, b);
    if (r1 !== NotImplemented) return r1;
    if (!swapFirst && tb !== ta) {
      const r2 = tb.heap
        ? callDunder(ctx, b, `__r${DUNDERS[op]}__`, a)
        : nativeBinary(ctx, op, a, b);
      if (r2 !== NotImplemented) return r2;
    }
  }
  throw binaryTypeError(op, a, b, inplace);
}

/** Builtin types whose binary operators are their own native dunders (the dict views' set operations). */
export const operatorTypes = new Set<PyType>();

function registeredDunders(ctx: Ctx, op: number, a: PyValue, b: PyValue): PyValue {
  const f = typeOf(a).lookup(`__${DUNDERS[op]}__`);
  if (operatorTypes.has(typeOf(a)) && f instanceof PyBuiltin) {
    const r = f.fn(ctx, [a, b], null);
    if (r !== NotImplemented) return r;
  }
  const g = typeOf(b).lookup(`__r${DUNDERS[op]}__`);
  if (operatorTypes.has(typeOf(b)) && g instanceof PyBuiltin) return g.fn(ctx, [b, a], null);
  return NotImplemented;
}

function callDunder(ctx: Ctx, self: PyValue, name: string, other: PyValue): PyValue {
  const f = typeOf(self).lookup(name);
  if (f === undefined) return NotImplemented;
  if (f instanceof PyBuiltin)
    return nativeBinary(ctx, DUNDERS.indexOf(name.replace(/^__r?|__$/g, "")), self, other);
  return ctx.call(f, [self, other]);
}

function binaryTypeError(op: number, a: PyValue, b: PyValue, inplace: boolean) {
  const an = typeOf(a).name;
  const bn = typeOf(b).name;
  if (op === 0 && !inplace) {
    if (typeof a === "string") return typeError(`can only concatenate str (not "${bn}") to str`);
    if (a instanceof PyList && !a.cls.heap)
      return typeError(`can only concatenate list (not "${bn}") to list`);
    if (a instanceof PyTuple && !a.cls.heap)
      return typeError(`can only concatenate tuple (not "${bn}") to tuple`);
  }
  if (op === 6 && !inplace)
    return typeError(`unsupported operand type(s) for ** or pow(): '${an}' and '${bn}'`);
  if (
    op === 2 &&
    (typeof a === "string" ||
      typeof b === "string" ||
      a instanceof PyList ||
      b instanceof PyList ||
      a instanceof PyTuple)
  )
    return typeError(
      `can't multiply sequence by non-int of type '${typeof a === "string" || a instanceof PyList || a instanceof PyTuple ? bn : an}'`,
    );
  return typeError(
    `unsupported operand type(s) for ${OP_SYMBOLS[op]}${inplace ? "=" : ""}: '${an}' and '${bn}'`,
  );
}

function inplaceNative(ctx: Ctx, op: number, a: PyValue, b: PyValue): PyValue | undefined {
  if (a instanceof PyList && !a.cls.heap) {
    if (op === 0) {
      const items = b === a ? a.items.slice() : toArray(ctx, b);
      for (const x of items) a.items.push(x);
      return a;
    }
    if (op === 2) {
      const n = asInt(b);
      if (n === null) return undefined;
      const copy = a.items.slice();
      a.items.length = 0;
      for (let i = 0; i < n; i++) a.items.push(...copy);
      return a;
    }
  }
  if (a instanceof PySet && a.cls.name === "set" && b instanceof PySet && op >= 9 && op <= 11)
    return setBinary(ctx, op, a, b, true);
  if (op === 1 && a instanceof PySet && a.cls.name === "set" && b instanceof PySet)
    return setBinary(ctx, op, a, b, true);
  if (a instanceof PyDict && !a.cls.heap && op === 9 && b instanceof PyDict) {
    const t = b.table;
    for (let i = 0; i < t.keys.length; i++)
      if (t.keys[i] !== undefined) a.table.set(ctx, t.keys[i]!, t.vals[i]);
    return a;
  }
  return undefined;
}

function repeat<T>(items: T[], n: Int): T[] {
  const k = Number(n);
  if (k <= 0) return [];
  if (items.length * k > 1e8)
    throw pyErr(OverflowError, "repeated sequence is too long for this playground");
  const out: T[] = [];
  for (let i = 0; i < k; i++) for (const x of items) out.push(x);
  return out;
}

/** Builtin-type arithmetic; NotImplemented when the types do not support `op`. */
export function nativeBinary(ctx: Ctx, op: number, a: PyValue, b: PyValue): PyValue {
  const ai = asInt(a);
  const bi = asInt(b);
  if (ai !== null && bi !== null) {
    switch (op) {
      case 0:
        return intAdd(ai, bi);
      case 1:
        return intSub(ai, bi);
      case 2:
        return intMul(ai, bi);
      case 4:
        return newFloat(intTrueDiv(ai, bi));
      case 5:
        return intMod(ai, bi);
      case 6:
        return intPow(ai, bi);
      case 7:
        return intLShift(ai, bi);
      case 8:
        return intRShift(ai, bi);
      case 9:
        return typeof a === "boolean" && typeof b === "boolean" ? a || b : intOr(ai, bi);
      case 10:
        return typeof a === "boolean" && typeof b === "boolean" ? a !== b : intXor(ai, bi);
      case 11:
        return typeof a === "boolean" && typeof b === "boolean" ? a && b : intAnd(ai, bi);
      case 12:
        return intFloorDiv(ai, bi);
    }
    return NotImplemented;
  }
  if (a instanceof PyFloat || b instanceof PyFloat) {
    const x = asFloat(a);
    const y = asFloat(b);
    if (x === null || y === null) return seqOrOther(ctx, op, a, b);
    switch (op) {
      case 0:
        return newFloat(x + y);
      case 1:
        return newFloat(x - y);
      case 2:
        return newFloat(x * y);
      case 4:
        if (y === 0) throw pyErr(ZeroDivisionError, "float division by zero");
        return newFloat(x / y);
      case 5:
        return newFloat(floatDivmod(x, y, "%")[1]);
      case 6:
        return newFloat(floatPow(x, y));
      case 12:
        return newFloat(floatDivmod(x, y, "//")[0]);
    }
    return NotImplemented;
  }
  return seqOrOther(ctx, op, a, b);
}

function seqOrOther(ctx: Ctx, op: number, a: PyValue, b: PyValue): PyValue {
  if (typeof a === "string") {
    if (op === 0 && typeof b === "string") return a + b;
    if (op === 2) {
      const n = asInt(b);
      if (n !== null) return n > 0 ? a.repeat(Number(n)) : "";
    }
    if (op === 5) return strPercent(ctx, a, b);
    return NotImplemented;
  }
  if (op === 2 && typeof b === "string") {
    const n = asInt(a);
    if (n !== null) return n > 0 ? b.repeat(Number(n)) : "";
  }
  if (a instanceof PyList) {
    if (op === 0 && b instanceof PyList) return newList(a.items.concat(b.items));
    if (op === 2) {
      const n = asInt(b);
      if (n !== null) return newList(repeat(a.items, n));
    }
  }
  if (a instanceof PyTuple) {
    if (op === 0 && b instanceof PyTuple) return newTuple(a.items.concat(b.items));
    if (op === 2) {
      const n = asInt(b);
      if (n !== null) return newTuple(repeat(a.items, n));
    }
  }
  if (op === 2 && (b instanceof PyList || b instanceof PyTuple)) {
    const n = asInt(a);
    if (n !== null)
      return b instanceof PyList ? newList(repeat(b.items, n)) : newTuple(repeat(b.items, n));
  }
  if (a instanceof PyDict && b instanceof PyDict && op === 9) {
    const d = newDict();
    d.table = a.table.copy(ctx);
    const t = b.table;
    for (let i = 0; i < t.keys.length; i++)
      if (t.keys[i] !== undefined) d.table.set(ctx, t.keys[i]!, t.vals[i]);
    return d;
  }
  if (a instanceof PySet && b instanceof PySet && (op === 1 || (op >= 9 && op <= 11)))
    return setBinary(ctx, op, a, b, false);
  return NotImplemented;
}
