/**
 * Text for the objects of the provided modules (threading, queue, concurrent.futures), read
 * from their attributes as CPython's __repr__ would show them, minus the addresses and thread
 * idents that would make the text differ between runs.
 */
import { PyList, PyObject, type PyType, type PyValue } from "../runtime/object";
import { None } from "../runtime/types";
import { PyDeque } from "../modules/deque";
import { PyLock } from "../modules/threadLocks";

/** The first class of `t`'s MRO defined as `module.name`, if any. */
function baseNamed(t: PyType, module: string, ...names: string[]): PyType | null {
  for (const c of t.mro) if (c.module === module && names.includes(c.name)) return c;
  return null;
}

function attr(v: PyObject, name: string): PyValue | undefined {
  return v.dict?.get(name);
}

/** Python truth of a plain attribute value (flags are bools; containers are rarely asked). */
function flag(v: PyValue | undefined): boolean {
  return v === true || (typeof v === "number" && v !== 0);
}

function lengthOf(v: PyValue | undefined): number {
  if (v instanceof PyDeque || v instanceof PyList) return v.items.length;
  return 0;
}

const FUTURE_STATES: Record<string, string> = {
  PENDING: "pending",
  RUNNING: "running",
  CANCELLED: "cancelled",
  CANCELLED_AND_NOTIFIED: "cancelled",
  FINISHED: "finished",
};

/** The repr of a Thread, Future, Event, Condition, Semaphore, Barrier or Queue; else null. */
export function libraryRepr(v: PyObject, rec: (x: PyValue) => string): string | null {
  const t = v.cls;
  if (baseNamed(t, "threading", "Thread")) return threadRepr(v);
  if (baseNamed(t, "concurrent.futures._base", "Future")) return futureRepr(v);
  const sync = baseNamed(t, "threading", "Event", "Semaphore", "BoundedSemaphore", "Barrier");
  const qual = `${t.module}.${t.qualname}`;
  if (sync?.name === "Event") return `<${qual}: ${flag(attr(v, "_flag")) ? "set" : "unset"}>`;
  if (sync?.name === "BoundedSemaphore")
    return `<${qual}: value=${rec(attr(v, "_value") ?? None)}/${rec(attr(v, "_initial_value") ?? None)}>`;
  if (sync?.name === "Semaphore") return `<${qual}: value=${rec(attr(v, "_value") ?? None)}>`;
  if (sync?.name === "Barrier") {
    const state = attr(v, "_state");
    if (state === -2) return `<${qual}: broken>`;
    const waiting = state === 0 ? rec(attr(v, "_count") ?? 0) : "0";
    return `<${qual}: waiters=${waiting}/${rec(attr(v, "_parties") ?? None)}>`;
  }
  if (baseNamed(t, "threading", "Condition")) {
    const lock = attr(v, "_lock");
    return `<Condition(${lock === undefined ? "?" : rec(lock)}, ${lengthOf(attr(v, "_waiters"))})>`;
  }
  return null;
}

function threadRepr(v: PyObject): string {
  const started = attr(v, "_started");
  let status = started instanceof PyObject && flag(attr(started, "_flag")) ? "started" : "initial";
  if (flag(attr(v, "_is_stopped"))) status = "stopped";
  if (flag(attr(v, "_daemonic"))) status += " daemon";
  const name = attr(v, "_name");
  return `<${v.cls.name}(${typeof name === "string" ? name : "?"}, ${status})>`;
}

function futureRepr(v: PyObject): string {
  const state = attr(v, "_state");
  const desc = typeof state === "string" ? (FUTURE_STATES[state] ?? state) : "?";
  if (state !== "FINISHED") return `<${v.cls.name} state=${desc}>`;
  const exc = attr(v, "_exception");
  if (exc !== undefined && exc !== None && exc instanceof PyObject)
    return `<${v.cls.name} state=${desc} raised ${exc.cls.name}>`;
  const result = attr(v, "_result") ?? None;
  const type = typeof result === "object" ? result.cls.name : typeNameOfPrimitive(result);
  return `<${v.cls.name} state=${desc} returned ${type}>`;
}

function typeNameOfPrimitive(v: PyValue): string {
  return typeof v === "string" ? "str" : typeof v === "boolean" ? "bool" : "int";
}

/**
 * The attributes worth showing under a library object (a queue's items, a future's result, a
 * thread subclass's own public fields), or null when `v` is not one of them.
 */
export function libraryFields(v: PyObject): [string, PyValue][] | null {
  const t = v.cls;
  if (v instanceof PyLock) return [];
  if (baseNamed(t, "queue", "Queue")) {
    const out: [string, PyValue][] = [];
    for (const k of ["queue", "maxsize", "unfinished_tasks"]) {
      const x = attr(v, k);
      if (x !== undefined) out.push([k, x]);
    }
    return out;
  }
  if (baseNamed(t, "concurrent.futures._base", "Future")) {
    const state = attr(v, "_state");
    if (state !== "FINISHED") return [];
    const exc = attr(v, "_exception");
    if (exc !== undefined && exc !== None) return [["exception()", exc]];
    return [["result()", attr(v, "_result") ?? None]];
  }
  if (baseNamed(t, "threading", "Thread")) {
    // A subclass's own fields (`self.result = …`); Thread's are all underscored.
    const own = [...(v.dict ?? [])].filter(([k]) => !k.startsWith("_"));
    return own;
  }
  if (baseNamed(t, "threading", "Event", "Semaphore", "BoundedSemaphore", "Barrier", "Condition"))
    return [];
  return null;
}
