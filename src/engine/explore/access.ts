/**
 * What one step of a thread touches, and where a thread switch can matter.
 *
 * "Visible" instructions — the only places the "any instruction" model switches threads —
 * are those that can affect or observe another thread, when they run in the user's file:
 *  - loads/stores/deletes of globals (module-level names included), of closure cells,
 *    of attributes (LOAD_METHOD too) and of subscripts;
 *  - `in` and in-place operators on containers (`x in shared`, `shared += [1]`);
 *  - `with` entry (a lock's __enter__) and every call except a call of a function defined
 *    in the user's file (its body's instructions speak for it): natives — lock acquire and
 *    release, print, list.append … — and the library (threading, queue, futures).
 * Everything else (locals, constants, arithmetic, jumps) is private to the thread: switching
 * before it cannot change an outcome, so the explorer does not.
 * Library code (threading.py, queue.py …) and natives' callbacks are atomic between
 * blocking points: they are correctly synchronised and linearizable, so finer switches add
 * schedules without adding outcomes. Their accesses are still recorded, for the
 * independence test of partial-order reduction.
 */
import { Op } from "../compile/code";
import { NULL } from "../runtime/attrs";
import { PyFunction } from "../runtime/function";
import {
  PyBuiltin,
  PyFloat,
  PyMethod,
  PyObject,
  PyRange,
  PyTuple,
  PyType,
  type PyValue,
} from "../runtime/object";
import { None } from "../runtime/types";
import type { Frame } from "../vm/frame";

/**
 * One read or write of shared state. `id` numbers objects in order of first access in the
 * run (so runs sharing a prefix agree on the ids given in it); `key` null = whole object.
 */
export interface Access {
  id: number;
  key: string | number | null;
  write: boolean;
}

/** Receives what an instruction touches. */
export type AccessSink = (obj: object, key: string | number | null, write: boolean) => void;

/** Same key, or one of them is the whole object; and at least one of them writes. */
const clash = (a: Access, b: Access) =>
  (a.write || b.write) && (a.key === b.key || a.key === null || b.key === null);

function clashAny(xs: readonly Access[], ys: readonly Access[]): boolean {
  for (const x of xs) for (const y of ys) if (clash(x, y)) return true;
  return false;
}

/** No accesses: what a footprint shows until its first one (many steps touch nothing). */
const NOTHING: ReadonlyMap<number, readonly Access[]> = new Map();

/** What one step touched, without repeats, indexed by object id. */
export class Footprint {
  /** Made at the first access. */
  private map: Map<number, Access[]> | null = null;

  get byId(): ReadonlyMap<number, readonly Access[]> {
    return this.map ?? NOTHING;
  }

  /** Record an access (repeats of the same one are dropped). */
  add(id: number, key: string | number | null, write: boolean): void {
    const byId = (this.map ??= new Map());
    let list = byId.get(id);
    if (list === undefined) byId.set(id, (list = []));
    for (const a of list) if (a.key === key && a.write === write) return;
    list.push({ id, key, write });
  }

  /** Every access as plain data: [object id, key, write]. */
  list(): [number, string | number | null, boolean][] {
    const out: [number, string | number | null, boolean][] = [];
    for (const xs of this.byId.values()) for (const a of xs) out.push([a.id, a.key, a.write]);
    return out;
  }
}

/** Two steps depend on each other (do not commute): same object and key, one writing. */
export function dependent(a: Footprint, b: Footprint): boolean {
  const [small, big] = a.byId.size <= b.byId.size ? [a, b] : [b, a];
  for (const [id, xs] of small.byId) {
    const ys = big.byId.get(id);
    if (ys !== undefined && clashAny(xs, ys)) return true;
  }
  return false;
}

/**
 * `dependent` for a step recorded in an earlier run (`old`), branching from a point where
 * `mark` ids were given: ids below it mean the same objects in both runs; objects first
 * touched after it cannot be matched, so any two of them are taken to be the same.
 */
export function dependentAcross(old: Footprint, mark: number, now: Footprint): boolean {
  for (const [id, xs] of old.byId) {
    if (id < mark) {
      const ys = now.byId.get(id);
      if (ys !== undefined && clashAny(xs, ys)) return true;
      continue;
    }
    for (const [id2, ys] of now.byId) if (id2 >= mark && clashAny(xs, ys)) return true;
  }
  return false;
}

/** Instruction kinds the probe looks at (all others are thread-private). */
const WATCHED = new Uint8Array(Op.OPCODE_COUNT + 1);
for (const op of [
  Op.LOAD_GLOBAL,
  Op.STORE_GLOBAL,
  Op.DELETE_GLOBAL,
  Op.LOAD_NAME,
  Op.STORE_NAME,
  Op.DELETE_NAME,
  Op.LOAD_DEREF,
  Op.LOAD_CLASSDEREF,
  Op.STORE_DEREF,
  Op.DELETE_DEREF,
  Op.LOAD_ATTR,
  Op.LOAD_METHOD,
  Op.STORE_ATTR,
  Op.DELETE_ATTR,
  Op.BINARY_SUBSCR,
  Op.STORE_SUBSCR,
  Op.DELETE_SUBSCR,
  Op.CONTAINS_OP,
  Op.BINARY_OP,
  Op.BEFORE_WITH,
  Op.CALL,
  Op.CALL_KW,
  Op.CALL_EX,
])
  WATCHED[op] = 1;

/** A value other threads could mutate or observe (immutable and code objects are not). */
function shared(v: PyValue): v is PyObject {
  return (
    v instanceof PyObject &&
    v !== None &&
    !(
      v instanceof PyTuple ||
      v instanceof PyFloat ||
      v instanceof PyRange ||
      v instanceof PyFunction ||
      v instanceof PyBuiltin ||
      v instanceof PyType
    )
  );
}

/** Attributes live in the instance dict when there is one (module attributes = its globals). */
const home = (o: PyObject): object => o.dict ?? o;

/** A subscript key, or null (whole object) when it is not a plain int or str. */
const keyOf = (k: PyValue): string | number | null =>
  typeof k === "number" || typeof k === "string" ? k : null;

/** The Python function `fn` calls, if it is one (its body's accesses are recorded). */
function pythonFunction(fn: PyValue): PyFunction | null {
  if (fn instanceof PyMethod) fn = fn.fn;
  return fn instanceof PyFunction ? fn : null;
}

/**
 * Report what instruction `op` is about to touch to `push`; returns whether it is visible
 * (a possible switch point). `stack`/`sp` are the frame's operand stack before it runs.
 */
export function recordAccess(
  push: AccessSink,
  f: Frame,
  op: number,
  arg: number,
  stack: PyValue[],
  sp: number,
  file: string,
): boolean {
  if (WATCHED[op] === 0) return false;
  switch (op) {
    case Op.LOAD_GLOBAL:
      push(f.globals, f.code.names[arg], false);
      return true;
    case Op.STORE_GLOBAL:
    case Op.DELETE_GLOBAL:
      push(f.globals, f.code.names[arg], true);
      return true;
    case Op.LOAD_NAME:
    case Op.STORE_NAME:
    case Op.DELETE_NAME:
      if (f.locals !== null) return false; // a class body's own namespace
      push(f.globals, f.code.names[arg], op !== Op.LOAD_NAME);
      return true;
    case Op.LOAD_DEREF:
    case Op.LOAD_CLASSDEREF:
    case Op.STORE_DEREF:
    case Op.DELETE_DEREF: {
      const cell = f.cells[arg];
      if (cell === undefined) return false;
      push(cell, null, op === Op.STORE_DEREF || op === Op.DELETE_DEREF);
      return true;
    }
    case Op.LOAD_ATTR:
    case Op.LOAD_METHOD:
    case Op.STORE_ATTR:
    case Op.DELETE_ATTR: {
      const o = stack[sp - 1];
      if (!shared(o)) return false;
      push(home(o), f.code.names[arg], op === Op.STORE_ATTR || op === Op.DELETE_ATTR);
      return true;
    }
    case Op.BINARY_SUBSCR:
    case Op.DELETE_SUBSCR:
    case Op.STORE_SUBSCR: {
      const o = stack[sp - 2];
      if (!shared(o)) return false;
      push(o, keyOf(stack[sp - 1]), op !== Op.BINARY_SUBSCR);
      return true;
    }
    case Op.CONTAINS_OP: {
      const o = stack[sp - 1];
      if (!shared(o)) return false;
      push(o, null, false);
      return true;
    }
    case Op.BINARY_OP: {
      const o = stack[sp - 2];
      // Only in-place operators mutate their left operand (`shared += [1]` extends the list).
      if (arg < Op.INPLACE || !shared(o)) return false;
      push(o, null, true);
      return true;
    }
    case Op.BEFORE_WITH: {
      // A native context manager (a lock) is entered opaquely; a Python one records itself.
      const o = stack[sp - 1];
      if (shared(o) && o.dict === null) push(o, null, true);
      return true;
    }
    default:
      return recordCall(push, op, arg, stack, sp, file);
  }
}

/** CALL, CALL_KW, CALL_EX: the receiver is written, other object arguments are read. */
function recordCall(
  push: AccessSink,
  op: number,
  arg: number,
  stack: PyValue[],
  sp: number,
  file: string,
): boolean {
  // The arguments are args[from, to) (no copy: this runs before every call).
  let bottom: number;
  let args: PyValue[];
  let from: number;
  let to: number;
  if (op === Op.CALL_EX) {
    bottom = sp - 2 - (arg & 1);
    const a = stack[bottom + 1];
    args = a instanceof PyTuple ? a.items : [];
    from = 0;
    to = args.length;
  } else {
    to = op === Op.CALL_KW ? sp - 1 : sp;
    bottom = to - arg - 2;
    args = stack;
    from = bottom + 2;
  }
  const callee = stack[bottom];
  const py = pythonFunction(callee);
  // The user's functions are not switch points (their bodies are); library functions are,
  // and their bodies record what they touch.
  if (py !== null) return py.code.filename !== file;
  if (callee instanceof PyType) {
    for (let i = from; i < to; i++) {
      const a = args[i];
      if (shared(a)) push(home(a), null, false);
    }
    return true;
  }
  let self: PyValue | undefined = op === Op.CALL_EX ? undefined : stack[bottom + 1];
  if (self === NULL) self = undefined;
  if (self === undefined && (callee instanceof PyBuiltin || callee instanceof PyMethod))
    self = callee.self;
  // A receiverless native (heappush, shuffle, next …) may mutate its first argument.
  let first = self === undefined;
  if (self !== undefined && shared(self)) push(home(self), null, true);
  for (let i = from; i < to; i++) {
    const a = args[i];
    if (shared(a)) push(home(a), null, first);
    first = false;
  }
  return true;
}
