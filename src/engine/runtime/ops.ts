/**
 * Python's abstract object protocol: truth, repr/str, comparison, hashing,
 * containment, subscripting and iteration, for builtin values and user classes.
 */
import { floatRepr } from "../values/floatRepr";
import { strRepr } from "../values/strRepr";
import { getAttr } from "./attrs";
import { PyDict, PySet, DictType, FrozenSetType } from "./containers";
import { bytesRepr, newBytes, PyBytes } from "./bytes";
import {
  indexError,
  keyError,
  PyBaseException,
  pyErr,
  RuntimeError,
  StopIteration,
  typeError,
  ValueError,
  KeyError,
  IndexError,
} from "./exceptions";
import { PyFunction } from "./function";
import { unhashable } from "./hashtable";
import { asFloat, asInt, intCmp, intFloatCmp, norm, type Int } from "./numeric";
import {
  PyBuiltin,
  PyCell,
  PyFloat,
  PyList,
  PyMethod,
  PyModule,
  PyNativeIter,
  PyObject,
  PyRange,
  PySlice,
  PyTuple,
  PyType,
  type Ctx,
  type PyValue,
} from "./object";
import {
  Ellipsis,
  IteratorType,
  IterTypes,
  newList,
  newTuple,
  None,
  NotImplemented,
  typeOf,
} from "./types";

/** Python truth value. */
export function truthy(ctx: Ctx, v: PyValue): boolean {
  switch (typeof v) {
    case "boolean":
      return v;
    case "number":
      return v !== 0;
    case "bigint":
      return v !== 0n;
    case "string":
      return v.length > 0;
  }
  if (v === None) return false;
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyList || v instanceof PyTuple) {
    if (!v.cls.heap) return v.items.length > 0;
  }
  if ((v instanceof PyDict || v instanceof PySet) && !v.cls.heap) return v.table.size > 0;
  if (v instanceof PyRange && !v.big) return rangeLen(v) > 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  const t = v.cls;
  const b = t.lookup("__bool__");
  if (b !== undefined) {
    const r = ctx.call(b, [v]);
    if (typeof r !== "boolean")
      throw typeError(`__bool__ should return bool, returned ${typeOf(r).name}`);
    return r;
  }
  const l = t.lookup("__len__");
  if (l !== undefined) return lenOf(ctx, v) > 0;
  return true;
}

/** len(v) */
export function lenOf(ctx: Ctx, v: PyValue): number {
  if (typeof v === "string") return v.length;
  if (v instanceof PyList || v instanceof PyTuple) {
    if (!v.cls.heap || v.cls.lookup("__len__") instanceof PyBuiltin) return v.items.length;
  }
  if (
    (v instanceof PyDict || v instanceof PySet) &&
    (!v.cls.heap || v.cls.lookup("__len__") instanceof PyBuiltin)
  )
    return v.table.size;
  if (v instanceof PyRange && !v.big) return rangeLen(v);
  if (v instanceof PyBytes) return v.data.length;
  const l = typeOf(v).lookup("__len__");
  if (l === undefined) throw typeError(`object of type '${typeOf(v).name}' has no len()`);
  const r = ctx.call(l, [v]);
  const n = asInt(r);
  if (n === null) throw typeError(`'${typeOf(r).name}' object cannot be interpreted as an integer`);
  if (n < 0) throw pyErr(ValueError, "__len__() should return >= 0");
  return Number(n);
}

/** Number of items of a range. */
export function rangeLen(r: PyRange): number {
  const { start, stop, step } = r;
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

const reprActive = new Set<PyObject>();

/** repr(v) */
export function repr(ctx: Ctx, v: PyValue): string {
  switch (typeof v) {
    case "string":
      return strRepr(v);
    case "number":
    case "bigint":
      return String(v);
    case "boolean":
      return v ? "True" : "False";
  }
  const t = v.cls;
  const r = t.lookup("__repr__");
  if (r !== undefined && !(r instanceof PyBuiltin)) return callStrDunder(ctx, r, v, "__repr__");
  if (r instanceof PyBuiltin && r.owner !== "object")
    return asStr(r.fn(ctx, [v], null), "__repr__");
  return builtinRepr(ctx, v);
}

function callStrDunder(ctx: Ctx, f: PyValue, v: PyValue, name: string): string {
  const s = ctx.call(f, [v]);
  return asStr(s, name);
}

function asStr(s: PyValue, name: string): string {
  if (typeof s !== "string")
    throw typeError(`${name} returned non-string (type ${typeOf(s).name})`);
  return s;
}

/** The default repr of builtin objects (also what object.__repr__ shows). */
export function builtinRepr(ctx: Ctx, v: PyObject): string {
  if (v === None) return "None";
  if (v === Ellipsis) return "Ellipsis";
  if (v === NotImplemented) return "NotImplemented";
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyBytes) return bytesRepr(v.data);
  if (v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet) {
    if (reprActive.has(v)) {
      return v instanceof PyList
        ? "[...]"
        : v instanceof PyDict
          ? "{...}"
          : v instanceof PyTuple
            ? "(...)"
            : `${v.cls.name}(...)`;
    }
    reprActive.add(v);
    try {
      return containerRepr(ctx, v);
    } finally {
      reprActive.delete(v);
    }
  }
  if (v instanceof PyType)
    return `<class '${v.module === "builtins" ? "" : v.module + "."}${v.qualname}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${addr(ctx, v)}>`;
  if (v instanceof PyBuiltin) {
    if (v.self !== undefined)
      return `<built-in method ${v.name} of ${typeOf(v.self).name} object at ${addr(ctx, v)}>`;
    if (v.isMethod && v.owner) return `<method '${v.name}' of '${v.owner}' objects>`;
    return `<built-in function ${v.name}>`;
  }
  if (v instanceof PyMethod) return `<bound method ${fnQualname(v.fn)} of ${repr(ctx, v.self)}>`;
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyRange)
    return v.step === 1
      ? `range(${v.start}, ${v.stop})`
      : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice)
    return `slice(${repr(ctx, v.start)}, ${repr(ctx, v.stop)}, ${repr(ctx, v.step)})`;
  if (v instanceof PyCell) return `<cell at ${addr(ctx, v)}>`;
  if (v instanceof PyBaseException) return exceptionRepr(ctx, v);
  const t = v.cls;
  const mod = t.module === "builtins" ? "" : t.module + ".";
  return `<${mod}${t.qualname} object at ${addr(ctx, v)}>`;
}

function fnQualname(f: PyValue): string {
  if (f instanceof PyFunction) return f.qualname;
  if (f instanceof PyBuiltin) return f.name;
  return "?";
}

/** A CPython-like address for default reprs (stable per run). */
export function addr(ctx: Ctx, v: PyObject): string {
  return "0x" + (0x7f0000000000 + ctx.idOf(v) * 16).toString(16);
}

function exceptionRepr(ctx: Ctx, e: PyBaseException): string {
  const name = e.cls.name;
  if (e.args.length === 1) return `${name}(${repr(ctx, e.args[0])})`;
  return `${name}(${e.args.map((a) => repr(ctx, a)).join(", ")})`;
}

function containerRepr(ctx: Ctx, v: PyObject): string {
  const heapPrefix = (base: string) =>
    (v.cls.heap ? `${v.cls.name}(` : "") + base + (v.cls.heap ? ")" : "");
  if (v instanceof PyList)
    return heapPrefix("[" + v.items.map((x) => repr(ctx, x)).join(", ") + "]");
  if (v instanceof PyTuple) {
    const inner = v.items.map((x) => repr(ctx, x)).join(", ");
    return heapPrefix(v.items.length === 1 ? `(${inner},)` : `(${inner})`);
  }
  if (v instanceof PyDict) {
    const t = v.table;
    const parts: string[] = [];
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (k !== undefined) parts.push(`${repr(ctx, k)}: ${repr(ctx, t.vals[i])}`);
    }
    return heapPrefix("{" + parts.join(", ") + "}");
  }
  const s = v as PySet;
  const items = setOrder(s).map((x) => repr(ctx, x));
  const frozen = s.cls === FrozenSetType || s.cls.isSubtype(FrozenSetType);
  const name = s.cls.name;
  if (items.length === 0) return `${name}()`;
  if (frozen || s.cls.heap) return `${name}({${items.join(", ")}})`;
  return `{${items.join(", ")}}`;
}

/** Iteration order of a set: CPython's hash-table order for small ints, else insertion order. */
export function setOrder(s: PySet): PyValue[] {
  const keys = s.table.liveKeys();
  if (
    keys.length > 1 &&
    keys.every((k) => typeof k === "number" && k > -(2 ** 31) && k < 2 ** 31)
  ) {
    return cpythonIntSetOrder(keys as number[]);
  }
  return keys;
}

/** Simulate CPython's set table (linear probing, resizes) for non-negative int keys. */
function cpythonIntSetOrder(keys: number[]): number[] {
  let size = 8;
  let table: (number | undefined)[] = new Array(size);
  let used = 0;
  const insert = (tbl: (number | undefined)[], k: number) => {
    const mask = tbl.length - 1;
    // hash(-1) is -2; a negative hash perturbs as an unsigned 64-bit number, whose low bits are all that matter.
    const h = k === -1 ? -2 : k;
    let perturb = h;
    let big = h < 0 ? BigInt.asUintN(64, BigInt(h)) : 0n;
    let i = h & mask;
    for (;;) {
      if (tbl[i] === undefined) {
        tbl[i] = k;
        return;
      }
      // CPython probes the 9 following slots only when all of them fit before the table's end.
      if (i + 9 <= mask) {
        for (let j = 1; j <= 9; j++) {
          if (tbl[i + j] === undefined) {
            tbl[i + j] = k;
            return;
          }
        }
      }
      if (h < 0) {
        big >>= 5n;
        perturb = Number(big & 0xffffffffn);
      } else perturb = Math.floor(perturb / 32);
      i = (i * 5 + 1 + perturb) & mask;
    }
  };
  for (const k of keys) {
    insert(table, k);
    used++;
    if (used * 5 >= (size - 1) * 3) {
      let newSize = 8;
      const minused = used > 50000 ? used * 2 : used * 4;
      while (newSize <= minused) newSize <<= 1;
      const old = table.filter((x) => x !== undefined) as number[];
      size = newSize;
      table = new Array(size);
      for (const o of old) insert(table, o);
    }
  }
  return table.filter((x) => x !== undefined) as number[];
}

/** str(v) */
export function str(ctx: Ctx, v: PyValue): string {
  if (typeof v === "string") return v;
  if (typeof v === "object") {
    const t = v.cls;
    const s = t.lookup("__str__");
    if (s !== undefined && !(s instanceof PyBuiltin)) return callStrDunder(ctx, s, v, "__str__");
    if (s instanceof PyBuiltin && s.owner !== "object")
      return asStr(s.fn(ctx, [v], null), "__str__");
    if (v instanceof PyBaseException) return exceptionStr(ctx, v);
  }
  return repr(ctx, v);
}

/** str(exc) as CPython prints it after "Type: ". */
export function exceptionStr(ctx: Ctx, e: PyBaseException): string {
  const s = e.cls.lookup("__str__");
  if (s !== undefined && !(s instanceof PyBuiltin)) return callStrDunder(ctx, s, e, "__str__");
  return exceptionArgsStr(ctx, e);
}

/** BaseException.__str__ itself: the args, without dispatching to a subclass's __str__. */
export function exceptionArgsStr(ctx: Ctx, e: PyBaseException): string {
  if (e.args.length === 0) return "";
  if (e.args.length === 1) {
    if (e.cls.isSubtype(KeyError)) return repr(ctx, e.args[0]);
    return str(ctx, e.args[0]);
  }
  return repr(ctx, newTuple(e.args));
}

/** a == b with Python semantics (identity shortcut, numeric tower, user __eq__). */
export function eq(ctx: Ctx, a: PyValue, b: PyValue): boolean {
  if (a === b) return !(a instanceof PyFloat && Number.isNaN(a.v));
  const r = richCompare(ctx, a, b, "Eq");
  return r === NotImplemented ? false : truthy(ctx, r);
}

const REFLECT = { Lt: "Gt", LtE: "GtE", Gt: "Lt", GtE: "LtE", Eq: "Eq", NotEq: "NotEq" } as const;
const DUNDER = {
  Lt: "__lt__",
  LtE: "__le__",
  Gt: "__gt__",
  GtE: "__ge__",
  Eq: "__eq__",
  NotEq: "__ne__",
} as const;
const SYMBOL = { Lt: "<", LtE: "<=", Gt: ">", GtE: ">=", Eq: "==", NotEq: "!=" } as const;
/** A comparison operator name. */
export type CmpName = keyof typeof DUNDER;

function cmpResult(c: number, op: CmpName): boolean {
  switch (op) {
    case "Lt":
      return c < 0;
    case "LtE":
      return c <= 0;
    case "Gt":
      return c > 0;
    case "GtE":
      return c >= 0;
    case "Eq":
      return c === 0;
    case "NotEq":
      return !(c === 0);
  }
}

/** Native comparison of builtin values: -1/0/1, NaN for unordered, or null when not comparable natively. */
function nativeCmp(ctx: Ctx, a: PyValue, b: PyValue, op: CmpName): number | null {
  const ai = asInt(a);
  const bi = asInt(b);
  if (ai !== null && bi !== null) return intCmp(ai, bi);
  if (a instanceof PyFloat || b instanceof PyFloat) {
    if (a instanceof PyFloat && b instanceof PyFloat)
      return a.v < b.v ? -1 : a.v > b.v ? 1 : a.v === b.v ? 0 : NaN;
    if (a instanceof PyFloat && bi !== null) return -intFloatCmp(bi, a.v);
    if (b instanceof PyFloat && ai !== null) return intFloatCmp(ai, b.v);
    return null;
  }
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a !== "object" || typeof b !== "object") return null;
  if (a.cls.heap || b.cls.heap) return null;
  if (
    (a instanceof PyList && b instanceof PyList) ||
    (a instanceof PyTuple && b instanceof PyTuple)
  ) {
    return seqCmp(ctx, a.items, b.items, op);
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (op !== "Eq" && op !== "NotEq") return null;
    return dictEq(ctx, a, b) ? 0 : 1;
  }
  if (a instanceof PySet && b instanceof PySet) return setCmp(ctx, a, b, op);
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const x = a.data;
    const y = b.data;
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return x.length - y.length;
  }
  if (a instanceof PyRange && b instanceof PyRange && !a.big && !b.big) {
    if (op !== "Eq" && op !== "NotEq") return null;
    const la = rangeLen(a);
    const same =
      la === rangeLen(b) && (la === 0 || (a.start === b.start && (la === 1 || a.step === b.step)));
    return same ? 0 : 1;
  }
  return null;
}

function seqCmp(ctx: Ctx, x: PyValue[], y: PyValue[], op: CmpName): number {
  if ((op === "Eq" || op === "NotEq") && x.length !== y.length) return 1;
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    if (!eq(ctx, x[i], y[i])) {
      if (op === "Eq" || op === "NotEq") return 1;
      // Decide by the first differing items with the requested operator.
      const lt = truthy(ctx, compare(ctx, x[i], y[i], "Lt"));
      return lt ? -1 : 1;
    }
  }
  return x.length - y.length;
}

function dictEq(ctx: Ctx, a: PyDict, b: PyDict): boolean {
  if (a.table.size !== b.table.size) return false;
  const t = a.table;
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    if (k === undefined) continue;
    const w = b.table.get(ctx, k);
    if (w === undefined || !eq(ctx, t.vals[i], w)) return false;
  }
  return true;
}

function setCmp(ctx: Ctx, a: PySet, b: PySet, op: CmpName): number | null {
  const sub = (x: PySet, y: PySet) => x.table.liveKeys().every((k) => y.table.find(ctx, k) >= 0);
  const na = a.table.size;
  const nb = b.table.size;
  switch (op) {
    case "Eq":
    case "NotEq":
      return na === nb && sub(a, b) ? 0 : 1;
    case "LtE":
      return sub(a, b) ? -1 : 1;
    case "Lt":
      return na < nb && sub(a, b) ? -1 : 1;
    case "GtE":
      return sub(b, a) ? 1 : -1;
    case "Gt":
      return na > nb && sub(b, a) ? 1 : -1;
  }
}

/** Rich comparison returning the Python result (NotImplemented if neither side handles it). */
function richCompare(ctx: Ctx, a: PyValue, b: PyValue, op: CmpName): PyValue {
  const c = nativeCmp(ctx, a, b, op);
  if (c !== null) {
    if (Number.isNaN(c)) return op === "NotEq";
    if (a instanceof PySet && b instanceof PySet && op !== "Eq" && op !== "NotEq")
      return c < 0 ? op.startsWith("Lt") : op.startsWith("Gt");
    return cmpResult(c, op);
  }
  const ta = typeOf(a);
  const tb = typeOf(b);
  const reflected = REFLECT[op];
  // A subclass's reflected method goes first (CPython's rule).
  const trySwap = tb !== ta && tb.isSubtype(ta);
  if (trySwap) {
    const r = callCmp(ctx, b, a, reflected);
    if (r !== NotImplemented) return r;
  }
  const r = callCmp(ctx, a, b, op);
  if (r !== NotImplemented) return r;
  if (!trySwap) {
    const r2 = callCmp(ctx, b, a, reflected);
    if (r2 !== NotImplemented) return r2;
  }
  if (op === "Eq") return a === b;
  if (op === "NotEq") return a !== b;
  return NotImplemented;
}

function callCmp(ctx: Ctx, a: PyValue, b: PyValue, op: CmpName): PyValue {
  const t = typeOf(a);
  const f = t.lookup(DUNDER[op]);
  // A builtin type's own comparison (list subclasses, dict views, set vs frozenset …).
  if (f instanceof PyBuiltin && f.owner !== "object") return f.fn(ctx, [a, b], null);
  if (!t.heap) return NotImplemented;
  if (f === undefined || f instanceof PyBuiltin) {
    if (op === "NotEq") {
      const e = t.lookup("__eq__");
      if (e !== undefined && !(e instanceof PyBuiltin)) {
        const r = ctx.call(e, [a, b]);
        return r === NotImplemented ? r : !truthy(ctx, r);
      }
    }
    return NotImplemented;
  }
  return ctx.call(f, [a, b]);
}

/** a <op> b for the six comparison operators (COMPARE_OP). */
export function compare(ctx: Ctx, a: PyValue, b: PyValue, op: CmpName): PyValue {
  const r = richCompare(ctx, a, b, op);
  if (r === NotImplemented)
    throw typeError(
      `'${SYMBOL[op]}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`,
    );
  return r;
}

/** a < b as a JS boolean (for sorting, min, max). */
export function lessThan(ctx: Ctx, a: PyValue, b: PyValue): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  if (typeof a === "string" && typeof b === "string") return a < b;
  return truthy(ctx, compare(ctx, a, b, "Lt"));
}

/** item in container */
export function contains(ctx: Ctx, container: PyValue, item: PyValue): boolean {
  if (typeof container === "string") {
    if (typeof item !== "string")
      throw typeError(`'in <string>' requires string as left operand, not ${typeOf(item).name}`);
    return container.includes(item);
  }
  if (container instanceof PyDict || container instanceof PySet) {
    if (!container.cls.heap || container.cls.lookup("__contains__") instanceof PyBuiltin) {
      hash(ctx, item);
      return container.table.find(ctx, item) >= 0;
    }
  }
  if ((container instanceof PyList || container instanceof PyTuple) && !container.cls.heap) {
    for (const x of container.items) if (x === item || eq(ctx, x, item)) return true;
    return false;
  }
  if (container instanceof PyRange && !container.big) {
    const n = asInt(item);
    if (n === null || typeof item === "boolean") {
      if (!(item instanceof PyFloat)) return false;
    }
    const v = n !== null ? Number(n) : (item as PyFloat).v;
    const { start, stop, step } = container;
    if (step > 0 ? v < start || v >= stop : v > start || v <= stop) return false;
    return (v - start) % step === 0;
  }
  const t = typeOf(container);
  const c = t.lookup("__contains__");
  if (c !== undefined) return truthy(ctx, ctx.call(c, [container, item]));
  const it = getIter(ctx, container);
  for (let x = next(ctx, it); x !== undefined; x = next(ctx, it))
    if (x === item || eq(ctx, x, item)) return true;
  return false;
}

/** hash(v) as a JS number (used for user __hash__ results and hash()). */
export function hash(ctx: Ctx, v: PyValue): number {
  switch (typeof v) {
    case "number":
      return hashInt(v);
    case "bigint":
      return hashInt(v);
    case "boolean":
      return v ? 1 : 0;
    case "string":
      return hashStr(v);
  }
  if (v instanceof PyFloat) return Number.isInteger(v.v) ? hashInt(v.v) : hashStr(String(v.v));
  if (v instanceof PyTuple) {
    let h = 0x345678;
    for (const x of v.items) h = Math.imul(h ^ hash(ctx, x), 1000003) | 0;
    return h === -1 ? -2 : h;
  }
  const t = v.cls;
  const f = t.lookup("__hash__");
  if (f === None) unhashable(v);
  if (f !== undefined && !(f instanceof PyBuiltin)) {
    const r = asInt(ctx.call(f, [v]));
    if (r === null) throw typeError("__hash__ method should return an integer");
    return hashInt(r);
  }
  // A builtin type's own native __hash__ (frozenset's order-independent hash).
  if (f instanceof PyBuiltin && f.owner !== "object") return Number(asInt(f.fn(ctx, [v], null)));
  if (
    v instanceof PyList ||
    v instanceof PyDict ||
    (v instanceof PySet && !(v.cls === FrozenSetType))
  )
    unhashable(v);
  return ctx.idOf(v);
}

const MODULUS = 2n ** 61n - 1n;
function hashInt(v: Int): number {
  if (typeof v === "number" && Math.abs(v) < 2 ** 53) return v === -1 ? -2 : v;
  const b = BigInt(v);
  let h = (b < 0n ? -b : b) % MODULUS;
  if (b < 0n) h = -h;
  const n = Number(norm(h));
  return n === -1 ? -2 : n;
}

function hashStr(s: string): number {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 33) ^ s.charCodeAt(i)) | 0;
  return h;
}

/** iter(v) */
export function getIter(ctx: Ctx, v: PyValue): PyValue {
  if (typeof v === "string") {
    let i = 0;
    return new PyNativeIter(IterTypes.str, () => (i < v.length ? v[i++] : undefined));
  }
  if (typeof v === "object") {
    if (!v.cls.heap || v.cls.lookup("__iter__") instanceof PyBuiltin) {
      if (v instanceof PyList || v instanceof PyTuple) {
        const seq = v;
        let i = 0;
        // Lists may grow while iterated: read the live array each step.
        const cls = v instanceof PyList ? IterTypes.list : IterTypes.tuple;
        return new PyNativeIter(cls, () => (i < seq.items.length ? seq.items[i++] : undefined));
      }
      if (v instanceof PyRange && !v.big) {
        let cur = v.start;
        const { stop, step } = v;
        return new PyNativeIter(IterTypes.range, () => {
          if (step > 0 ? cur >= stop : cur <= stop) return undefined;
          const r = cur;
          cur += step;
          return r;
        });
      }
      if (v instanceof PyDict) return tableIter(v, (t, i) => t.keys[i]!, IterTypes.dictKeys);
      if (v instanceof PySet) return setIter(v);
      if (v instanceof PyNativeIter) return v;
      if (v instanceof PyBytes) {
        const data = v.data;
        let i = 0;
        return new PyNativeIter(IterTypes.bytes, () => (i < data.length ? data[i++] : undefined));
      }
    }
    // Generators are their own iterators (the VM's generator type lives in vm/).
    if (v.cls.name === "generator" && !v.cls.heap) return v;
  }
  const t = typeOf(v);
  const f = t.lookup("__iter__");
  if (f !== undefined && f !== None) {
    const it = ctx.call(f, [v]);
    if (typeOf(it).lookup("__next__") === undefined && !(it instanceof PyNativeIter))
      throw typeError(`iter() returned non-iterator of type '${typeOf(it).name}'`);
    return it;
  }
  const gi = t.lookup("__getitem__");
  if (gi !== undefined) {
    let i = 0;
    return new PyNativeIter(IteratorType, (c) => {
      try {
        return c.call(gi, [v, i++]);
      } catch (e) {
        if (
          e instanceof PyBaseException &&
          (e.cls.isSubtype(IndexError) || e.cls.isSubtype(StopIteration))
        )
          return undefined;
        throw e;
      }
    });
  }
  throw typeError(`'${t.name}' object is not iterable`);
}

/** Iterator over a dict/set table that raises if the size changes while iterating. */
export function tableIter(
  v: PyDict | PySet,
  pick: (t: PyDict["table"], i: number) => PyValue,
  cls: PyType = IteratorType,
): PyNativeIter {
  const t0 = v.table;
  const size = t0.size;
  let i = 0;
  return new PyNativeIter(cls, () => {
    const t = v.table;
    if (t.size !== size || t !== t0) {
      i = Infinity;
      const what = v instanceof PyDict ? "dictionary" : "Set";
      throw pyErr(RuntimeError, `${what} changed size during iteration`);
    }
    while (i < t.keys.length && t.keys[i] === undefined) i++;
    if (i >= t.keys.length) return undefined;
    return pick(t, i++);
  });
}

/** Iterator over a set in CPython's order (setOrder) that fails if the set changes size meanwhile. */
export function setIter(s: PySet): PyNativeIter {
  const items = setOrder(s);
  const size = s.table.size;
  let i = 0;
  return new PyNativeIter(IterTypes.set, () => {
    if (s.table.size !== size) {
      i = items.length;
      throw pyErr(RuntimeError, "Set changed size during iteration");
    }
    return i < items.length ? items[i++] : undefined;
  });
}

/** next(it): the next value, or undefined when exhausted (StopIteration is absorbed). */
export function next(ctx: Ctx, it: PyValue): PyValue | undefined {
  if (it instanceof PyNativeIter) return it.next(ctx);
  if (typeof it === "object" && it.cls.name === "generator" && !it.cls.heap) {
    const r = ctx.resumeGenerator(it, None);
    return r.done ? undefined : r.value;
  }
  const f = typeOf(it).lookup("__next__");
  if (f === undefined) throw typeError(`'${typeOf(it).name}' object is not an iterator`);
  try {
    return ctx.call(f, [it]);
  } catch (e) {
    if (e instanceof PyBaseException && e.cls.isSubtype(StopIteration)) return undefined;
    throw e;
  }
}

/** Collect an iterable into a JS array. */
export function toArray(ctx: Ctx, v: PyValue): PyValue[] {
  if ((v instanceof PyList || v instanceof PyTuple) && !v.cls.heap) return v.items.slice();
  if (typeof v === "string") return Array.from(v);
  const it = getIter(ctx, v);
  const out: PyValue[] = [];
  for (let x = next(ctx, it); x !== undefined; x = next(ctx, it)) out.push(x);
  return out;
}

/** An index argument as a JS number (raises TypeError like CPython). */
export function indexValue(ctx: Ctx, v: PyValue, what = "indices"): number {
  const n = asInt(v);
  if (n !== null) return Number(n);
  if (typeof v === "object" && v.cls.heap) {
    const f = v.cls.lookup("__index__");
    if (f !== undefined) return indexValue(ctx, ctx.call(f, [v]), what);
  }
  throw typeError(`${what} must be integers or slices, not ${typeOf(v).name}`);
}

/** Resolve a slice against a length: [start, stop, step, count]. */
export function sliceIndices(ctx: Ctx, s: PySlice, len: number): [number, number, number, number] {
  const opt = (v: PyValue) => (v === None ? null : indexValue(ctx, v, "slice indices"));
  const step = opt(s.step) ?? 1;
  if (step === 0) throw pyErr(ValueError, "slice step cannot be zero");
  let start = opt(s.start);
  let stop = opt(s.stop);
  if (step > 0) {
    start = start === null ? 0 : start < 0 ? Math.max(0, start + len) : Math.min(start, len);
    stop = stop === null ? len : stop < 0 ? Math.max(0, stop + len) : Math.min(stop, len);
  } else {
    start =
      start === null ? len - 1 : start < 0 ? Math.max(-1, start + len) : Math.min(start, len - 1);
    stop = stop === null ? -1 : stop < 0 ? Math.max(-1, stop + len) : Math.min(stop, len - 1);
  }
  const count =
    step > 0
      ? stop > start
        ? Math.ceil((stop - start) / step)
        : 0
      : stop < start
        ? Math.ceil((start - stop) / -step)
        : 0;
  return [start, stop, step, count];
}

/** Pick `count` items from `items` by a resolved slice. */
export function sliceItems<T>(
  items: ArrayLike<T>,
  start: number,
  step: number,
  count: number,
): T[] {
  if (step === 1) return Array.prototype.slice.call(items, start, start + count) as T[];
  const out: T[] = new Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) out[i] = items[j];
  return out;
}

/** Normalize a sequence index (negative from the end), raising IndexError. */
export function seqIndex(ctx: Ctx, key: PyValue, len: number, what: string): number {
  // The TypeError names the sequence ("list indices"), the IndexError the operation.
  let i = indexValue(ctx, key, `${what.replace(/ (assignment|object)$/, "")} indices`);
  if (i < 0) i += len;
  if (i < 0 || i >= len) throw indexError(`${what} index out of range`);
  return i;
}

/** obj[key] */
export function getItem(ctx: Ctx, obj: PyValue, key: PyValue): PyValue {
  if (typeof obj === "string") {
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(ctx, key, obj.length);
      return sliceItems(obj, start, step, count).join("");
    }
    return obj[seqIndex(ctx, key, obj.length, "string")];
  }
  if (typeof obj === "object") {
    const heapGet = obj.cls.heap ? obj.cls.lookup("__getitem__") : undefined;
    if (heapGet === undefined || heapGet instanceof PyBuiltin) {
      if (obj instanceof PyList || obj instanceof PyTuple) {
        const what = obj instanceof PyList ? "list" : "tuple";
        if (key instanceof PySlice) {
          const [start, , step, count] = sliceIndices(ctx, key, obj.items.length);
          const items = sliceItems(obj.items, start, step, count);
          return obj instanceof PyList ? newList(items) : newTuple(items);
        }
        if (typeof key === "number") {
          const i = key < 0 ? key + obj.items.length : key;
          if (i >= 0 && i < obj.items.length) return obj.items[i];
          throw indexError(`${what} index out of range`);
        }
        return obj.items[seqIndex(ctx, key, obj.items.length, what)];
      }
      if (obj instanceof PyDict) {
        const v = obj.table.get(ctx, key);
        if (v !== undefined) return v;
        if (obj.cls !== DictType) {
          // Any dict subclass may define __missing__ (defaultdict is a native one).
          const miss = obj.cls.lookup("__missing__");
          if (miss !== undefined) return ctx.call(miss, [obj, key]);
        }
        hash(ctx, key);
        throw keyError(key);
      }
      if (obj instanceof PyBytes) {
        if (key instanceof PySlice) {
          const [start, , step, count] = sliceIndices(ctx, key, obj.data.length);
          return newBytes(Uint8Array.from(sliceItems(obj.data, start, step, count)));
        }
        return obj.data[seqIndex(ctx, key, obj.data.length, "index")];
      }
      if (obj instanceof PyRange && !obj.big) {
        const n = rangeLen(obj);
        if (key instanceof PySlice) {
          const [start, , step, count] = sliceIndices(ctx, key, n);
          const s = obj.start + start * obj.step;
          const st = obj.step * step;
          return new PyRange(obj.cls, s, s + count * st, st);
        }
        return obj.start + seqIndex(ctx, key, n, "range object") * obj.step;
      }
    }
    if (obj instanceof PyType) {
      const cg = obj.lookup("__class_getitem__");
      if (cg !== undefined) return ctx.call(getAttr(ctx, obj, "__class_getitem__"), [key]);
      return obj; // list[int] etc. in annotations: harmless alias
    }
    const f = heapGet ?? obj.cls.lookup("__getitem__");
    if (f !== undefined) return ctx.call(f, [obj, key]);
  }
  throw typeError(`'${typeOf(obj).name}' object is not subscriptable`);
}

/** obj[key] = value */
export function setItem(ctx: Ctx, obj: PyValue, key: PyValue, value: PyValue): void {
  if (typeof obj === "object") {
    const heapSet = obj.cls.heap ? obj.cls.lookup("__setitem__") : undefined;
    if (heapSet === undefined || heapSet instanceof PyBuiltin) {
      if (obj instanceof PyList) {
        if (key instanceof PySlice) return setSlice(ctx, obj, key, value);
        obj.items[seqIndex(ctx, key, obj.items.length, "list assignment")] = value;
        return;
      }
      if (obj instanceof PyDict) {
        obj.table.set(ctx, key, value);
        return;
      }
    }
    const f = heapSet ?? obj.cls.lookup("__setitem__");
    if (f !== undefined) {
      ctx.call(f, [obj, key, value]);
      return;
    }
  }
  throw typeError(`'${typeOf(obj).name}' object does not support item assignment`);
}

function setSlice(ctx: Ctx, list: PyList, s: PySlice, value: PyValue): void {
  const [start, stop, step, count] = sliceIndices(ctx, s, list.items.length);
  const vt = typeOf(value);
  const iterable =
    typeof value === "string" ||
    value instanceof PyNativeIter ||
    value instanceof PyBytes ||
    vt.lookup("__iter__") !== undefined ||
    vt.lookup("__getitem__") !== undefined;
  if (!iterable)
    throw typeError(
      step === 1 ? "can only assign an iterable" : "must assign iterable to extended slice",
    );
  const src = value === list ? list.items.slice() : toArray(ctx, value);
  if (step === 1) {
    list.items.splice(start, Math.max(0, stop - start), ...src);
    return;
  }
  if (src.length !== count)
    throw pyErr(
      ValueError,
      `attempt to assign sequence of size ${src.length} to extended slice of size ${count}`,
    );
  for (let i = 0, j = start; i < count; i++, j += step) list.items[j] = src[i];
}

/** del obj[key] */
export function delItem(ctx: Ctx, obj: PyValue, key: PyValue): void {
  if (typeof obj === "object") {
    const heapDel = obj.cls.heap ? obj.cls.lookup("__delitem__") : undefined;
    if (heapDel === undefined || heapDel instanceof PyBuiltin) {
      if (obj instanceof PyList) {
        if (key instanceof PySlice) {
          const [start, , step, count] = sliceIndices(ctx, key, obj.items.length);
          if (step === 1) obj.items.splice(start, count);
          else {
            const drop = new Set<number>();
            for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
            obj.items = obj.items.filter((_, i) => !drop.has(i));
          }
          return;
        }
        obj.items.splice(seqIndex(ctx, key, obj.items.length, "list assignment"), 1);
        return;
      }
      if (obj instanceof PyDict) {
        if (obj.table.delete(ctx, key) === undefined) throw keyError(key);
        return;
      }
    }
    const f = heapDel ?? obj.cls.lookup("__delitem__");
    if (f !== undefined) {
      ctx.call(f, [obj, key]);
      return;
    }
  }
  throw typeError(`'${typeOf(obj).name}' object doesn't support item deletion`);
}

/** Is `v` callable? */
export function callable(v: PyValue): boolean {
  if (typeof v !== "object") return false;
  if (
    v instanceof PyFunction ||
    v instanceof PyBuiltin ||
    v instanceof PyMethod ||
    v instanceof PyType
  )
    return true;
  return v.cls.lookup("__call__") !== undefined;
}

/** format(v, spec) through __format__. */
export function format(ctx: Ctx, v: PyValue, spec: string): string {
  const f = typeOf(v).lookup("__format__");
  if (f === undefined) throw typeError(`unsupported format for ${typeOf(v).name}`);
  const r = ctx.call(f, [v, spec]);
  if (typeof r !== "string") throw typeError(`__format__ must return a str, not ${typeOf(r).name}`);
  return r;
}

/** Float value of an int/float for mixed arithmetic. */
export { asFloat };
