/**
 * `_queue` (CPython's C module: SimpleQueue and Empty) and `queue` itself, run from its
 * Python source at CPython's path. SimpleQueue is native, like CPython's: put() never
 * blocks (so the engine may call it when the main thread ends), and a blocked get() is a
 * retryable native that put() wakes.
 */
import { OverflowError, pyErr, typeError, ValueError } from "../runtime/exceptions";
import { asFloat } from "../runtime/numeric";
import { PyObject, type Ctx, type NativeFn, type PyType, type PyValue } from "../runtime/object";
import { truthy } from "../runtime/ops";
import { defMethod, None, ObjectType, typeOf } from "../runtime/types";
import { block, schedulerOf } from "../vm/scheduler";
import { QUEUE_SOURCE } from "./queuePy";
import { defineModule } from "./registry";
import { defineStdlibModule } from "./stdlibSource";
import { traceEvent } from "./threadModule";
import { addFunctions, argOr, moduleType, newModule } from "./util";

/** A `_queue.SimpleQueue`: unbounded FIFO. */
export class PySimpleQueue extends PyObject {
  items: PyValue[] = [];
  /** Shown in the trace as waits on this object (the queue, or e.g. a pool using it). */
  shownAs: PyObject = this;
  /** What a blocked get() is labelled after the object's name. */
  verb = "get()";
  /** An executor's work queue: its puts and gets are not trace events (submit/running are). */
  quiet = false;
  constructor(cls: PyType) {
    super(cls);
    if (cls.heap) this.dict = new Map();
  }
}

const SimpleQueueType = moduleType(
  "_queue",
  "SimpleQueue",
  [ObjectType],
  (cls) => new PySimpleQueue(cls),
);

function sq(v: PyValue): PySimpleQueue {
  if (!(v instanceof PySimpleQueue))
    throw typeError("descriptor requires a '_queue.SimpleQueue' object");
  return v;
}

/** The `_queue.Empty` class of this run (a Python-level class, as CPython's is a heap type). */
function emptyError(ctx: Ctx): PyType {
  const m = ctx.run.modules.get("_queue");
  return m!.dict!.get("Empty") as PyType;
}

function put(ctx: Ctx, q: PySimpleQueue, item: PyValue): void {
  q.items.push(item);
  if (!q.quiet) traceEvent(ctx, ["queue put", q, item]);
  schedulerOf(ctx).wakeWaiters(q, 1);
}

/** get(block, timeout): timeout in seconds, or null for none. */
function get(ctx: Ctx, q: PySimpleQueue, blocking: boolean, timeout: number | null): PyValue {
  const s = schedulerOf(ctx);
  const wake = s.takeWake(s.current());
  if (q.items.length) {
    const item = q.items.shift()!;
    if (!q.quiet) traceEvent(ctx, ["queue get", q, item]);
    return item;
  }
  if (!blocking || wake?.timedOut || timeout === 0) throw pyErr(emptyError(ctx));
  // "=label": shown by that label alone, naming no object (as _interleave.mutex's verbs).
  const o = q.shownAs;
  const id = q.verb.startsWith("=") ? 0 : s.objectId(o, "queue", typeOf(o).name);
  const since = wake?.wait.since ?? s.clock();
  block({
    kind: "queue get",
    on: q,
    object: id,
    since,
    deadline: wake
      ? wake.wait.deadline
      : timeout !== null
        ? since + Math.round(timeout * 1e9)
        : null,
    label: id ? `${s.rec.nameOf(id)}.${q.verb}` : q.verb.slice(1),
  });
}

/** Argument Clinic's message for an unknown keyword argument. */
function checkKwargs(fname: string, kw: Map<string, PyValue> | null, allowed: string[]): void {
  for (const k of kw?.keys() ?? [])
    if (!allowed.includes(k))
      throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
}

/** CPython's _PyTime_FromSecondsObject checks on a get() timeout. */
function timeoutArg(v: PyValue): number {
  const f = asFloat(v);
  if (f === null) throw typeError(`'${typeOf(v).name}' object cannot be interpreted as an integer`);
  if (Number.isNaN(f)) throw pyErr(ValueError, "Invalid value NaN (not a number)");
  if (Math.abs(f) > 9.2e9) throw pyErr(OverflowError, "timestamp out of range for platform time_t");
  if (f < 0) throw pyErr(ValueError, "'timeout' must be a non-negative number");
  return f;
}

function noArgs(name: string, a: PyValue[], kw: Map<string, PyValue> | null, method = false) {
  if (a.length > 1 || kw?.size) {
    if (method) throw typeError(`SimpleQueue.${name}() takes no arguments (${a.length - 1} given)`);
    throw typeError(`${name}() takes no arguments`);
  }
}

const methods: Record<string, NativeFn> = {
  __new__(ctx, a, kw) {
    const cls = a[0] as PyType;
    if (a.length > 1) throw typeError("SimpleQueue() takes no positional arguments");
    if (kw?.size) throw typeError("SimpleQueue() takes no keyword arguments");
    return cls.alloc!(cls);
  },
  put(ctx, a, kw) {
    checkKwargs("put", kw, ["item", "block", "timeout"]);
    if (a.length > 4) throw typeError(`put() takes at most 3 arguments (${a.length - 1} given)`);
    const item = argOr(a, 1, kw, "item");
    if (item === undefined) throw typeError("put() missing required argument 'item' (pos 1)");
    put(ctx, sq(a[0]), item);
    return None;
  },
  put_nowait(ctx, a, kw) {
    checkKwargs("put_nowait", kw, ["item"]);
    if (a.length > 2)
      throw typeError(`put_nowait() takes at most 1 argument (${a.length - 1} given)`);
    const item = argOr(a, 1, kw, "item");
    if (item === undefined)
      throw typeError("put_nowait() missing required argument 'item' (pos 1)");
    put(ctx, sq(a[0]), item);
    return None;
  },
  get(ctx, a, kw) {
    checkKwargs("get", kw, ["block", "timeout"]);
    if (a.length > 3) throw typeError(`get() takes at most 2 arguments (${a.length - 1} given)`);
    const b = argOr(a, 1, kw, "block");
    const t = argOr(a, 2, kw, "timeout");
    const blocking = b === undefined ? true : truthy(ctx, b);
    const timeout = !blocking || t === undefined || t === None ? null : timeoutArg(t);
    return get(ctx, sq(a[0]), blocking, timeout);
  },
  get_nowait(ctx, a, kw) {
    noArgs("get_nowait", a, kw);
    return get(ctx, sq(a[0]), false, null);
  },
  empty(ctx, a, kw) {
    noArgs("empty", a, kw, true);
    return sq(a[0]).items.length === 0;
  },
  qsize(ctx, a, kw) {
    noArgs("qsize", a, kw, true);
    return sq(a[0]).items.length;
  },
};
for (const [name, fn] of Object.entries(methods)) defMethod(SimpleQueueType, name, fn);

const EMPTY_SOURCE = `
class Empty(Exception):
    pass
`;

defineModule("_queue", (ctx) => {
  const m = newModule("_queue");
  // Registered before the source runs so emptyError() finds the module.
  ctx.run.modules.set("_queue", m);
  defineStdlibModule(ctx, "<native _queue>", EMPTY_SOURCE, m.dict!, "_queue");
  m.dict!.set("SimpleQueue", SimpleQueueType);
  addFunctions(m, {
    /** _trace_as(q, owner, verb): waits on q shown as `Owner#1.verb` (or "=label"); no put/get events. */
    _trace_as(c, a) {
      const q = sq(a[0]);
      q.shownAs = a[1] as PyObject;
      q.verb = String(a[2]);
      q.quiet = true;
      return None;
    },
  });
  return m;
});

defineModule("queue", (ctx) => {
  const m = newModule("queue");
  defineStdlibModule(ctx, "queue.py", QUEUE_SOURCE, m.dict!, "queue");
  return m;
});
