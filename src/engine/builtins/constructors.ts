/** Constructors of the builtin value types: int(), float(), str(), list(), dict() … */
import { DictType, FrozenSetType, newDict, PyDict, PySet, SetType } from "../runtime/containers";
import { pyErr, typeError, ValueError } from "../runtime/exceptions";
import { asFloat, asInt, norm } from "../runtime/numeric";
import {
  PyFloat,
  PyList,
  PyRange,
  PySlice,
  PyTuple,
  PyType,
  type Ctx,
  type PyValue,
} from "../runtime/object";
import { lookupAttr } from "../runtime/attrs";
import { getItem, str, toArray, truthy } from "../runtime/ops";
import {
  BoolType,
  defMethod,
  FloatType,
  IntType,
  ListType,
  None,
  NoneType,
  RangeType,
  SliceType,
  StrType,
  TupleType,
  typeOf,
} from "../runtime/types";
import { parseInt as parseIntText } from "../values/intText";
import { parseFloat as parseFloatText } from "../values/floatParse";
import { floatToInt } from "../values/exactFloat";
import { intArg } from "./args";

/** Reject int/str subclasses: their instances cannot be represented (documented limit). */
function plainOnly(cls: PyType, base: PyType): void {
  if (cls !== base) throw typeError(`Interleave does not support subclassing '${base.name}'`);
}

/** int(x) conversion used by int() and elsewhere. */
export function toInt(ctx: Ctx, v: PyValue): PyValue {
  const i = asInt(v);
  if (i !== null) return i;
  if (v instanceof PyFloat) return floatToInt(v.v);
  if (typeof v === "string") return parseIntText(v, 10);
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const f = typeOf(v).lookup(name);
    if (f !== undefined) {
      const r = ctx.call(f, [v]);
      if (asInt(r) === null) throw typeError(`${name} returned non-int (type ${typeOf(r).name})`);
      return asInt(r)!;
    }
  }
  throw typeError(
    `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(v).name}'`,
  );
}

/** float(x) conversion. */
export function toFloat(ctx: Ctx, v: PyValue): number {
  if (typeof v === "string") return parseFloatText(v);
  const f = asFloat(v);
  if (f !== null) return f;
  const m = typeOf(v).lookup("__float__") ?? typeOf(v).lookup("__index__");
  if (m !== undefined) {
    const r = ctx.call(m, [v]);
    const x = asFloat(r);
    if (x === null)
      throw typeError(`${typeOf(v).name}.__float__ returned non-float (type ${typeOf(r).name})`);
    return x;
  }
  throw typeError(`float() argument must be a string or a real number, not '${typeOf(v).name}'`);
}

let done = false;
/** Install the constructors (idempotent). */
export function installConstructors(): void {
  if (done) return;
  done = true;
  defMethod(IntType, "__new__", (ctx, a, kw) => {
    plainOnly(a[0] as PyType, IntType);
    const x = a[1] ?? kw?.get("x");
    const base = a[2] ?? kw?.get("base");
    if (x === undefined) return 0;
    if (base !== undefined) {
      if (typeof x !== "string")
        throw typeError("int() can't convert non-string with explicit base");
      return parseIntText(x, intArg(base));
    }
    return toInt(ctx, x);
  });
  defMethod(BoolType, "__new__", (ctx, a) => (a.length > 1 ? truthy(ctx, a[1]) : false));
  defMethod(FloatType, "__new__", (ctx, a) => {
    const cls = a[0] as PyType;
    const v = a.length > 1 ? toFloat(ctx, a[1]) : 0;
    if (cls === FloatType) return new PyFloat(FloatType, v);
    const o = cls.alloc!(cls) as PyFloat;
    o.v = v;
    return o;
  });
  defMethod(StrType, "__new__", (ctx, a) => {
    plainOnly(a[0] as PyType, StrType);
    return a.length > 1 ? str(ctx, a[1]) : "";
  });
  defMethod(ListType, "__new__", (ctx, a) => {
    const cls = a[0] as PyType;
    return cls === ListType ? new PyList(ListType, []) : cls.alloc!(cls);
  });
  defMethod(ListType, "__init__", (ctx, a) => {
    const l = a[0] as PyList;
    if (a.length > 2) throw typeError(`list expected at most 1 argument, got ${a.length - 1}`);
    l.items = a.length > 1 ? toArray(ctx, a[1]) : [];
    return None;
  });
  defMethod(TupleType, "__new__", (ctx, a) => {
    const cls = a[0] as PyType;
    if (a.length > 2) throw typeError(`tuple expected at most 1 argument, got ${a.length - 1}`);
    const items = a.length > 1 ? toArray(ctx, a[1]) : [];
    return new PyTuple(cls, items);
  });
  defMethod(DictType, "__new__", (ctx, a) => {
    const cls = a[0] as PyType;
    return cls === DictType ? newDict() : cls.alloc!(cls);
  });
  defMethod(DictType, "__init__", (ctx, a, kw) => {
    const d = a[0] as PyDict;
    if (a.length > 2) throw typeError(`dict expected at most 1 argument, got ${a.length - 1}`);
    if (a.length > 1) dictUpdate(ctx, d, a[1]);
    if (kw) for (const [k, v] of kw) d.table.set(ctx, k, v);
    return None;
  });
  for (const t of [SetType, FrozenSetType]) {
    defMethod(t, "__new__", (ctx, a) => {
      const cls = a[0] as PyType;
      const s = cls.alloc!(cls) as PySet;
      if (t === FrozenSetType && a.length > 1)
        for (const x of toArray(ctx, a[1])) s.table.set(ctx, x, true);
      return s;
    });
  }
  defMethod(SetType, "__init__", (ctx, a) => {
    const s = a[0] as PySet;
    if (a.length > 2) throw typeError(`set expected at most 1 argument, got ${a.length - 1}`);
    s.table.clear();
    if (a.length > 1) for (const x of toArray(ctx, a[1])) s.table.set(ctx, x, true);
    return None;
  });
  defMethod(RangeType, "__new__", (ctx, a) => {
    const args = a.slice(1);
    if (args.length === 0) throw typeError("range expected at least 1 argument, got 0");
    if (args.length > 3) throw typeError(`range expected at most 3 arguments, got ${args.length}`);
    const n = args.map((v) => rangeArg(ctx, v));
    const [start, stop, step] = n.length === 1 ? [0, n[0], 1] : [n[0], n[1], n[2] ?? 1];
    if (step === 0) throw pyErr(ValueError, "range() arg 3 must not be zero");
    return new PyRange(RangeType, start, stop, step);
  });
  defMethod(SliceType, "__new__", (ctx, a) => {
    const args = a.slice(1);
    if (args.length === 1) return new PySlice(SliceType, None, args[0], None);
    return new PySlice(SliceType, args[0] ?? None, args[1] ?? None, args[2] ?? None);
  });
  defMethod(NoneType, "__new__", () => None);
  installBytes();
}

function rangeArg(ctx: Ctx, v: PyValue): number {
  const i = asInt(v);
  if (i !== null) return Number(norm(BigInt(i)));
  const f = typeOf(v).lookup("__index__");
  if (f !== undefined) return rangeArg(ctx, ctx.call(f, [v]));
  throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
}

/** dict.update / dict(x) from a mapping or an iterable of pairs. */
export function dictUpdate(ctx: Ctx, d: PyDict, src: PyValue): void {
  if (src instanceof PyDict) {
    const t = src.table;
    for (let i = 0; i < t.keys.length; i++)
      if (t.keys[i] !== undefined) d.table.set(ctx, t.keys[i]!, t.vals[i]);
    return;
  }
  const keys = lookupAttr(ctx, src, "keys");
  if (keys !== undefined) {
    for (const k of toArray(ctx, ctx.call(keys, []))) d.table.set(ctx, k, getItem(ctx, src, k));
    return;
  }
  let i = 0;
  for (const item of toArray(ctx, src)) {
    let pair: PyValue[];
    try {
      pair = toArray(ctx, item);
    } catch {
      throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
    }
    if (pair.length !== 2)
      throw pyErr(
        ValueError,
        `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
      );
    d.table.set(ctx, pair[0], pair[1]);
    i++;
  }
}

/** bytes(): from an iterable of ints, a count of zero bytes, or a str with an encoding. */
export function installBytes(): void {
  defMethod(BytesType, "__new__", (ctx, a, kw) => {
    const src = a[1];
    if (src === undefined) return newBytes(new Uint8Array(0));
    if (typeof src === "string") {
      const enc = a[2] ?? kw?.get("encoding");
      if (enc === undefined) throw typeError("string argument without an encoding");
      return newBytes(new TextEncoder().encode(src));
    }
    const n = asInt(src);
    if (n !== null) {
      if (n < 0) throw pyErr(ValueError, "negative count");
      return newBytes(new Uint8Array(Number(n)));
    }
    const vals = toArray(ctx, src).map((v) => {
      const i = asInt(v);
      if (i === null)
        throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
      if (i < 0 || i > 255) throw pyErr(ValueError, "bytes must be in range(0, 256)");
      return Number(i);
    });
    return newBytes(Uint8Array.from(vals));
  });
  defMethod(BytesType, "decode", (ctx, a) => new TextDecoder().decode((a[0] as PyBytes).data));
  defMethod(BytesType, "hex", (ctx, a) =>
    Array.from((a[0] as PyBytes).data, (c) => c.toString(16).padStart(2, "0")).join(""),
  );
}
import { BytesType, newBytes, PyBytes } from "../runtime/bytes";
