/**
 * The Python object model. Representation of values (chosen for speed in V8):
 * - int: JS `number` when it is a safe integer, `bigint` otherwise (always normalized);
 * - bool: JS `boolean` (a subclass of int, handled by the numeric operations);
 * - str: JS `string`;
 * - float and everything else: a `PyObject` whose `cls` is its Python type.
 */

/** Any Python value. */
export type PyValue = number | bigint | boolean | string | PyObject;

/** Base of every boxed Python object. */
export class PyObject {
  // Both are assigned in the constructor, not as class fields: every value class derives
  // from this one, and V8 defines class fields through an inline cache that goes megamorphic
  // here (it cost 13 % of the explorer's time); a plain store in the constructor does not.
  declare cls: PyType;
  /** Instance attributes; only objects of user classes (and modules, functions) have them. */
  declare dict: Map<string, PyValue> | null;
  constructor(cls: PyType) {
    this.cls = cls;
    this.dict = null;
  }
}

/** A native function: receives the interpreter, positional args and keyword args. */
export type NativeFn = (ctx: Ctx, args: PyValue[], kwargs: Map<string, PyValue> | null) => PyValue;

/**
 * What natives may ask of the interpreter. Implemented by the VM; declared here so
 * the runtime does not import the VM (the pipeline stays one-way).
 */
export interface Ctx {
  /** Call any Python callable and run it to completion (nested); blocking inside is an error. */
  call(fn: PyValue, args: PyValue[], kwargs?: Map<string, PyValue> | null): PyValue;
  /** Write text to sys.stdout (fd 1) or sys.stderr (fd 2) of the current run. */
  write(fd: 1 | 2, text: string): void;
  /** The per-run state (modules, clock, random, threads). */
  readonly run: RunState;
  /** Advance a generator from native code: the yielded value, or `done` with its return value. */
  resumeGenerator(gen: PyObject, sent: PyValue): { done: boolean; value: PyValue };
  /** A stable identity number for an object (id(), default repr, identity hashing). */
  idOf(obj: PyObject): number;
}

/** Per-run mutable state that natives reach through `Ctx.run`. Extended by the VM. */
export interface RunState {
  /** Virtual clock in nanoseconds. */
  now(): number;
  /** Imported modules by name. */
  modules: Map<string, PyObject>;
  /** Per-run storage for modules that keep state (random's generator, …). */
  extra: Map<string, unknown>;
  /** sys settings the interpreter and scheduler read. */
  sys: {
    recursionLimit: number;
    switchInterval: number;
    argv: string[];
    cores: number;
    model: "gil" | "free-threaded";
  };
  /** The seed of this run (random's default seed, scheduling choices). */
  seed: number;
  /** Block the current thread for `seconds` of virtual time (time.sleep). */
  sleep(ctx: Ctx, seconds: number): void;
}

/** A Python type (class). Builtin types are shared and immutable; user classes are per run. */
export class PyType extends PyObject {
  mro: PyType[] = [];
  /** Class namespace. */
  ns: Map<string, PyValue> = new Map();
  /** Creates the native layout for instances of this type (inherited from the nearest builtin base). */
  alloc: ((cls: PyType) => PyObject) | null = null;
  /** User classes are mutable; builtin types are not. */
  readonly heap: boolean;
  /** Module name shown in repr (`<class 'main.Foo'>` prints `__main__`). */
  module = "builtins";
  qualname: string;
  /** Memo of attribute lookups along the MRO; cleared when any class changes. */
  private cache = new Map<string, PyValue | undefined>();
  private cacheEpoch = -1;

  constructor(
    public name: string,
    public bases: PyType[],
    heap = false,
  ) {
    super(null as unknown as PyType); // metatype is patched in by types.ts
    this.heap = heap;
    this.qualname = name;
    this.mro = heap || bases.length ? computeMro(this) : [this];
    for (const b of this.mro) {
      if (b !== this && b.alloc) {
        this.alloc = b.alloc;
        break;
      }
    }
  }

  /** CPython's tp_name, used in error messages: `_thread._local` for C types of a module. */
  get tpName(): string {
    return this.heap || this.module === "builtins" ? this.name : `${this.module}.${this.name}`;
  }

  /** Look `name` up along the MRO (CPython's `_PyType_Lookup`). */
  lookup(name: string): PyValue | undefined {
    if (this.cacheEpoch !== typeEpoch.value) {
      this.cache.clear();
      this.cacheEpoch = typeEpoch.value;
    }
    let v = this.cache.get(name);
    if (v !== undefined || this.cache.has(name)) return v;
    for (const t of this.mro) {
      v = t.ns.get(name);
      if (v !== undefined) break;
    }
    this.cache.set(name, v);
    return v;
  }

  /** Is this type `other` or a subclass of it? */
  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** Bumped whenever a class namespace changes, invalidating every lookup cache. */
export const typeEpoch = { value: 0 };

/** C3 linearization; throws a plain Error with CPython's message when impossible. */
export function computeMro(t: PyType): PyType[] {
  // One base (most classes): C3 gives the class, then its base's MRO.
  if (t.bases.length === 1) return [t, ...t.bases[0].mro];
  const seqs: PyType[][] = t.bases.map((b) => [...b.mro]);
  seqs.push([...t.bases]);
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let head: PyType | null = null;
    for (const s of nonEmpty) {
      const cand = s[0];
      if (!nonEmpty.some((o) => o.indexOf(cand) > 0)) {
        head = cand;
        break;
      }
    }
    if (!head) {
      // CPython names the classes still at the head of the lists left to merge.
      const heads: PyType[] = [];
      for (const s of nonEmpty) if (!heads.includes(s[0])) heads.push(s[0]);
      const names = heads.map((b) => b.name).join(", ");
      throw new MroError(
        `Cannot create a consistent method resolution\norder (MRO) for bases ${names}`,
      );
    }
    out.push(head);
    for (const s of nonEmpty) if (s[0] === head) s.shift();
  }
}

/** Raised by computeMro; the VM turns it into a Python TypeError. */
export class MroError extends Error {}

/** A Python float. */
export class PyFloat extends PyObject {
  constructor(
    cls: PyType,
    public v: number,
  ) {
    super(cls);
  }
}

/** list */
export class PyList extends PyObject {
  constructor(
    cls: PyType,
    public items: PyValue[],
  ) {
    super(cls);
  }
}

/** tuple */
export class PyTuple extends PyObject {
  constructor(
    cls: PyType,
    public readonly items: PyValue[],
  ) {
    super(cls);
  }
}

/** A cell holding a variable captured by a closure. */
export class PyCell extends PyObject {
  constructor(
    cls: PyType,
    public value: PyValue | undefined,
  ) {
    super(cls);
  }
}

/** A builtin function or an unbound builtin method (when `isMethod`). */
export class PyBuiltin extends PyObject {
  constructor(
    cls: PyType,
    public name: string,
    public fn: NativeFn,
    /** Methods are bound to their receiver on attribute access. */
    public isMethod = false,
    /** Bound receiver (for a bound builtin method). */
    public self: PyValue | undefined = undefined,
    /** Qualified owner name, for messages (`list.append`). */
    public owner = "",
  ) {
    super(cls);
  }
}

/** A function bound to an instance (`obj.method`). */
export class PyMethod extends PyObject {
  constructor(
    cls: PyType,
    public fn: PyValue,
    public self: PyValue,
  ) {
    super(cls);
  }
}

/** A module object; its namespace is `dict`. */
export class PyModule extends PyObject {
  constructor(
    cls: PyType,
    public name: string,
  ) {
    super(cls);
    this.dict = new Map();
  }
}

/** property / staticmethod / classmethod wrappers. */
export class PyProperty extends PyObject {
  constructor(
    cls: PyType,
    public fget: PyValue | null,
    public fset: PyValue | null,
    public fdel: PyValue | null,
    public doc: PyValue | null,
  ) {
    super(cls);
  }
}

/** staticmethod(f) or classmethod(f): `kind` tells which. */
export class PyWrapperDescr extends PyObject {
  constructor(
    cls: PyType,
    public fn: PyValue,
  ) {
    super(cls);
  }
}

/** slice(start, stop, step) */
export class PySlice extends PyObject {
  constructor(
    cls: PyType,
    public start: PyValue,
    public stop: PyValue,
    public step: PyValue,
  ) {
    super(cls);
  }
}

/** range(start, stop, step) with int bounds (number or bigint). */
export class PyRange extends PyObject {
  /**
   * Exact bounds when one of them is beyond 2**53; then start/stop/step are only
   * approximations and the runtime defers to range's own (bigint) methods.
   */
  big: [bigint, bigint, bigint] | null = null;
  constructor(
    cls: PyType,
    public start: number,
    public stop: number,
    public step: number,
  ) {
    super(cls);
  }
}

/** A native iterator: `next` returns undefined when exhausted. */
export class PyNativeIter extends PyObject {
  constructor(
    cls: PyType,
    public next: (ctx: Ctx) => PyValue | undefined,
  ) {
    super(cls);
  }
}
