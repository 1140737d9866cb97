/**
 * Insertion-ordered hash table behind dict, set and frozenset, with Python's key
 * equality: 1 == 1.0 == True are one key, tuples compare by value, user classes use
 * their __hash__/__eq__. Common keys (int, float, str) go straight into a JS Map.
 */
import { typeError } from "./exceptions";
import { PyFloat, PyObject, PyTuple, type Ctx, type PyValue } from "./object";
import { EllipsisType, NoneType, typeOf } from "./types";
import { bytesKey, PyBytes } from "./bytes";

/** Hooks the table needs from the interpreter for user-defined keys. */
export interface KeyHooks {
  /** hash(v) for an object whose class defines __hash__, or throws TypeError if unhashable. */
  userHash(ctx: Ctx, v: PyObject): number | null;
  /** v == w via __eq__. */
  eq(ctx: Ctx, v: PyValue, w: PyValue): boolean;
  /** A stable per-run identity number for identity-hashed objects. */
  identity(ctx: Ctx, v: PyObject): number;
  /** The frozenset key of an object, if it is a frozenset (order independent). */
  frozenKey(ctx: Ctx, v: PyObject): string | null;
}

let hooks: KeyHooks | null = null;
/** Installed once by the runtime setup. */
export function installKeyHooks(h: KeyHooks): void {
  hooks = h;
}

type Prim = number | bigint | string;

/** Normalize an int/float/bool/str key to its JS Map key, or null for other values. */
export function primKey(v: PyValue): Prim | null {
  switch (typeof v) {
    case "number":
    case "string":
      return v;
    case "boolean":
      return v ? 1 : 0;
    case "bigint": {
      const n = Number(v);
      return BigInt(n) === v ? n : v;
    }
    default:
      return v instanceof PyFloat ? v.v : null;
  }
}

/** Encode a hashable value as a string (for tuple/None/object keys); null means "bucket by user hash". */
export function compKey(ctx: Ctx, v: PyValue): string | null {
  const p = primKey(v);
  if (p !== null) {
    if (typeof p === "string") return "s" + p.length + ":" + p;
    return (typeof p === "bigint" ? "b" : "n") + String(p);
  }
  const o = v as PyObject;
  if (o instanceof PyTuple) {
    let s = "(";
    for (const item of o.items) {
      const k = compKey(ctx, item);
      s += (k ?? "h" + String(hooks!.userHash(ctx, item as PyObject))) + ",";
    }
    return s + ")";
  }
  if (o.cls === NoneType) return "N";
  if (o instanceof PyBytes) return bytesKey(o.data);
  if (o.cls === EllipsisType) return "E";
  const fk = hooks!.frozenKey(ctx, o);
  if (fk !== null) return fk;
  const h = hooks!.userHash(ctx, o);
  if (h === null) return "#" + hooks!.identity(ctx, o);
  return null;
}

const HOLE = undefined;

/** The storage of a dict or set. */
export class HashTable {
  /** Keys in insertion order; `undefined` marks a deleted slot. */
  keys: (PyValue | undefined)[] = [];
  vals: PyValue[] = [];
  size = 0;
  private prim = new Map<Prim, number>();
  private comp: Map<string, number> | null = null;
  private buckets: Map<number, number[]> | null = null;

  /** Index of `key`, or -1. */
  find(ctx: Ctx, key: PyValue): number {
    const p = primKey(key);
    if (p !== null) return this.prim.get(p) ?? -1;
    const c = compKey(ctx, key);
    if (c !== null) return this.comp?.get(c) ?? -1;
    const h = hooks!.userHash(ctx, key as PyObject)!;
    const b = this.buckets?.get(h);
    if (b)
      for (const i of b) if (this.keys[i] === key || hooks!.eq(ctx, this.keys[i]!, key)) return i;
    return -1;
  }

  /** Value for `key`, or undefined. */
  get(ctx: Ctx, key: PyValue): PyValue | undefined {
    const i = this.find(ctx, key);
    return i < 0 ? undefined : this.vals[i];
  }

  /** Insert or overwrite (an existing key keeps its first key object and position). */
  set(ctx: Ctx, key: PyValue, value: PyValue): void {
    const p = primKey(key);
    if (p !== null) {
      const i = this.prim.get(p);
      if (i !== undefined) this.vals[i] = value;
      else {
        this.prim.set(p, this.keys.length);
        this.push(key, value);
      }
      return;
    }
    const c = compKey(ctx, key);
    if (c !== null) {
      this.comp ??= new Map();
      const i = this.comp.get(c);
      if (i !== undefined) this.vals[i] = value;
      else {
        this.comp.set(c, this.keys.length);
        this.push(key, value);
      }
      return;
    }
    const i = this.find(ctx, key);
    if (i >= 0) {
      this.vals[i] = value;
      return;
    }
    const h = hooks!.userHash(ctx, key as PyObject)!;
    this.buckets ??= new Map();
    const b = this.buckets.get(h);
    if (b) b.push(this.keys.length);
    else this.buckets.set(h, [this.keys.length]);
    this.push(key, value);
  }

  private push(key: PyValue, value: PyValue): void {
    this.keys.push(key);
    this.vals.push(value);
    this.size++;
  }

  /** Remove `key`; returns its value or undefined when absent. */
  delete(ctx: Ctx, key: PyValue): PyValue | undefined {
    const i = this.find(ctx, key);
    if (i < 0) return undefined;
    return this.deleteAt(ctx, i);
  }

  /** Remove the entry at index `i` (which must be live). */
  deleteAt(ctx: Ctx, i: number): PyValue {
    const key = this.keys[i]!;
    const v = this.vals[i];
    const p = primKey(key);
    if (p !== null) this.prim.delete(p);
    else {
      const c = compKey(ctx, key);
      if (c !== null) this.comp!.delete(c);
      else {
        const h = hooks!.userHash(ctx, key as PyObject)!;
        const b = this.buckets!.get(h)!;
        b.splice(b.indexOf(i), 1);
      }
    }
    this.keys[i] = HOLE;
    this.size--;
    if (this.keys.length > 16 && this.size * 2 < this.keys.length) this.compact(ctx);
    return v;
  }

  /** Drop the holes left by deletions (positions change, so indexes are rebuilt). */
  private compact(ctx: Ctx): void {
    const keys = this.keys;
    const vals = this.vals;
    this.clear();
    for (let i = 0; i < keys.length; i++) if (keys[i] !== HOLE) this.set(ctx, keys[i]!, vals[i]);
  }

  /** Remove everything. */
  clear(): void {
    this.keys = [];
    this.vals = [];
    this.size = 0;
    this.prim = new Map();
    this.comp = null;
    this.buckets = null;
  }

  /** A copy with the same entries. */
  copy(ctx: Ctx): HashTable {
    const t = new HashTable();
    for (let i = 0; i < this.keys.length; i++)
      if (this.keys[i] !== HOLE) t.set(ctx, this.keys[i]!, this.vals[i]);
    return t;
  }

  /** Live keys in order. */
  liveKeys(): PyValue[] {
    const out: PyValue[] = [];
    for (const k of this.keys) if (k !== HOLE) out.push(k);
    return out;
  }

  /** Index of the last live entry, or -1. */
  lastIndex(): number {
    for (let i = this.keys.length - 1; i >= 0; i--) if (this.keys[i] !== HOLE) return i;
    return -1;
  }
}

/** Raise CPython's "unhashable type" error. */
export function unhashable(v: PyValue): never {
  throw typeError(`unhashable type: '${typeOf(v).name}'`);
}
