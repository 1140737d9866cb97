/**
 * Values as text for the Variables panel, made from the object model alone: no __repr__ or
 * property of the program runs, so looking at a moment never changes or re-runs anything.
 * Builtin types get CPython's repr; addresses are left out so the text is deterministic.
 */
import { bytesRepr, PyBytes } from "../runtime/bytes";
import { PyDict, PySet, DictType, FrozenSetType } from "../runtime/containers";
import { PyBaseException } from "../runtime/exceptions";
import { PyFunction } from "../runtime/function";
import {
  PyBuiltin,
  PyCell,
  PyFloat,
  PyList,
  PyMethod,
  PyModule,
  PyObject,
  PyRange,
  PySlice,
  PyTuple,
  PyType,
  type PyValue,
} from "../runtime/object";
import { setOrder } from "../runtime/ops";
import { Ellipsis, None, NotImplemented } from "../runtime/types";
import { floatRepr } from "../values/floatRepr";
import { strRepr } from "../values/strRepr";
import { PyDeque } from "../modules/deque";
import { PyDefaultDict } from "../modules/dictTypes";
import { PySimpleQueue } from "../modules/queueModule";
import { PyLock } from "../modules/threadLocks";
import { PyGenerator } from "../vm/generator";
import { libraryRepr, libraryFields } from "./library";
import type { FieldView, ValueView } from "./types";

/** Longest repr shown; longer ones end in "…". */
export const MAX_REPR = 120;
/** Items of a container rendered before "…" (keeps huge lists cheap). */
const MAX_ITEMS = 40;
/** Containers nested deeper than this show as "…". */
const MAX_DEPTH = 4;

/** Cut `s` to MAX_REPR characters, ending in "…" when cut. */
export function truncate(s: string, max = MAX_REPR): string {
  return s.length <= max ? s : s.slice(0, max - 1) + "…";
}

/** The type name shown beside a value. */
export function typeNameOf(v: PyValue): string {
  switch (typeof v) {
    case "string":
      return "str";
    case "number":
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
  }
  return v.cls.tpName;
}

/** A value's repr-like text, truncated; never runs the program's code. */
export function safeRepr(v: PyValue): string {
  return truncate(reprOf(v, 0, new Set()));
}

/** A value with its type, and its attributes one level deep when it has any worth showing. */
export function valueView(v: PyValue): ValueView {
  const view: ValueView = { type: typeNameOf(v), repr: safeRepr(v) };
  const fields = typeof v === "object" ? fieldsOf(v) : [];
  if (fields.length) view.fields = fields;
  return view;
}

function field(name: string, v: PyValue): FieldView {
  return { name, type: typeNameOf(v), repr: safeRepr(v) };
}

/** Attributes shown under an object: library objects pick theirs, instances show their dict. */
function fieldsOf(v: PyObject): FieldView[] {
  const lib = libraryFields(v);
  if (lib !== null) return lib.map(([n, x]) => field(n, x));
  if (v.dict === null || v.dict.size === 0) return [];
  if (v instanceof PyFunction || v instanceof PyModule || v instanceof PyType) return [];
  // Instances of the program's classes show every attribute; objects of the provided modules
  // (executors, pools …) only their public ones.
  const own = v.cls.mro.some((c) => c.heap && c.module === "__main__");
  const out: FieldView[] = [];
  for (const [k, x] of v.dict) if (own || !k.startsWith("_")) out.push(field(k, x));
  return out;
}

/** Items of a sequence, capped, each rendered one level deeper. */
function items(xs: PyValue[], depth: number, seen: Set<PyObject>): string {
  const shown = xs.slice(0, MAX_ITEMS).map((x) => reprOf(x, depth + 1, seen));
  if (xs.length > MAX_ITEMS) shown.push("…");
  return shown.join(", ");
}

function dictItems(d: PyDict, depth: number, seen: Set<PyObject>): string {
  const t = d.table;
  const parts: string[] = [];
  for (let i = 0; i < t.keys.length && parts.length <= MAX_ITEMS; i++) {
    const k = t.keys[i];
    if (k === undefined) continue;
    parts.push(
      parts.length === MAX_ITEMS
        ? "…"
        : `${reprOf(k, depth + 1, seen)}: ${reprOf(t.vals[i], depth + 1, seen)}`,
    );
  }
  return parts.join(", ");
}

/** Containers guard against cycles (CPython prints `[...]`) and deep nesting. */
function container(v: PyObject, depth: number, seen: Set<PyObject>, body: () => string): string {
  if (seen.has(v)) return v instanceof PyDict ? "{...}" : v instanceof PyTuple ? "(...)" : "[...]";
  if (depth > MAX_DEPTH) return "…";
  seen.add(v);
  try {
    return body();
  } finally {
    seen.delete(v);
  }
}

/** repr text of `v`, without truncation of the whole (items are capped). */
export function reprOf(v: PyValue, depth: number, seen: Set<PyObject>): string {
  switch (typeof v) {
    case "string":
      return strRepr(v.length > 2 * MAX_REPR ? v.slice(0, 2 * MAX_REPR) : v);
    case "number":
    case "bigint":
      return String(v);
    case "boolean":
      return v ? "True" : "False";
  }
  if (v === None) return "None";
  if (v === Ellipsis) return "Ellipsis";
  if (v === NotImplemented) return "NotImplemented";
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (v instanceof PyBytes) return bytesRepr(v.data.subarray(0, 2 * MAX_REPR));
  if (v instanceof PyList)
    return container(v, depth, seen, () => `[${items(v.items, depth, seen)}]`);
  if (v instanceof PyTuple)
    return container(v, depth, seen, () =>
      v.items.length === 1
        ? `(${reprOf(v.items[0], depth + 1, seen)},)`
        : `(${items(v.items, depth, seen)})`,
    );
  if (v instanceof PyDict) return container(v, depth, seen, () => dictRepr(v, depth, seen));
  if (v instanceof PySet) return container(v, depth, seen, () => setRepr(v, depth, seen));
  if (v instanceof PyDeque)
    return container(v, depth, seen, () => {
      const maxlen = v.maxlen === null ? "" : `, maxlen=${v.maxlen}`;
      return `deque([${items(v.items, depth, seen)}]${maxlen})`;
    });
  if (v instanceof PyType)
    return `<class '${v.module === "builtins" ? "" : v.module + "."}${v.qualname}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname}>`;
  if (v instanceof PyBuiltin) {
    if (v.self !== undefined) return `<built-in method ${v.name} of ${typeNameOf(v.self)} object>`;
    return `<built-in function ${v.name}>`;
  }
  if (v instanceof PyMethod) {
    const fn =
      v.fn instanceof PyFunction ? v.fn.qualname : v.fn instanceof PyBuiltin ? v.fn.name : "?";
    return `<bound method ${fn} of ${reprOf(v.self, depth + 1, seen)}>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyRange)
    return v.step === 1
      ? `range(${v.start}, ${v.stop})`
      : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice)
    return `slice(${reprOf(v.start, depth, seen)}, ${reprOf(v.stop, depth, seen)}, ${reprOf(v.step, depth, seen)})`;
  if (v instanceof PyGenerator) return `<generator object ${v.qualname}>`;
  if (v instanceof PyCell) return "<cell>";
  if (v instanceof PyBaseException)
    return `${v.cls.name}(${v.args.map((a) => reprOf(a, depth + 1, seen)).join(", ")})`;
  if (v instanceof PyLock) return lockRepr(v);
  if (v instanceof PySimpleQueue) return "<_queue.SimpleQueue object>";
  const lib = libraryRepr(v, (x) => reprOf(x, depth + 1, seen));
  if (lib !== null) return lib;
  const t = v.cls;
  return `<${t.module === "builtins" ? "" : t.module + "."}${t.qualname} object>`;
}

function dictRepr(d: PyDict, depth: number, seen: Set<PyObject>): string {
  const body = `{${dictItems(d, depth, seen)}}`;
  if (d instanceof PyDefaultDict)
    return `defaultdict(${reprOf(d.factory, depth + 1, seen)}, ${body})`;
  // Library subclasses (Counter, OrderedDict) name themselves; a program's own subclass of
  // dict prints like a dict, as in CPython.
  if (d.cls !== DictType && d.cls.module !== "__main__") return `${d.cls.name}(${body})`;
  return body;
}

function setRepr(s: PySet, depth: number, seen: Set<PyObject>): string {
  const xs = setOrder(s);
  const frozen = s.cls === FrozenSetType || s.cls.isSubtype(FrozenSetType);
  if (xs.length === 0) return `${frozen ? "frozenset" : "set"}()`;
  const body = `{${items(xs, depth, seen)}}`;
  return frozen ? `frozenset(${body})` : body;
}

/** `<locked _thread.lock object>`; an RLock names its owner thread where CPython shows its ident. */
export function lockRepr(l: PyLock): string {
  const state = l.count > 0 ? "locked" : "unlocked";
  if (!l.reentrant) return `<${state} _thread.lock object>`;
  const owner = l.count > 0 && l.owner !== null ? l.owner.name : "0";
  return `<${state} _thread.RLock object owner=${owner} count=${l.count}>`;
}
