/**
 * `_thread` (CPython's C module: locks, idents, the default excepthook) and `_interleave`
 * (the engine's hooks the Python-level threading/queue/futures code calls: starting and
 * joining simulated threads, labelled waiter locks, trace events), plus `threading`
 * itself, run from its Python source at CPython's path.
 */
import { getAttr } from "../runtime/attrs";
import { PyBaseException, RuntimeError, SystemExit, typeError } from "../runtime/exceptions";
import { asFloat } from "../runtime/numeric";
import { PyObject, type Ctx, type NativeFn, type PyValue } from "../runtime/object";
import { repr, str } from "../runtime/ops";
import { None, typeOf } from "../runtime/types";
import { PyTuple } from "../runtime/object";
import type { BlockKind, TraceObject } from "../trace/types";
import { block, schedulerOf, type SimThread } from "../vm/scheduler";
import { formatException } from "../vm/traceback";
import { sourceLookup } from "../vm/stdlibLines";
import { PyLock, LockType, RLockType, TIMEOUT_MAX, acquire } from "./threadLocks";
import { LocalType } from "./threadLocal";
import { THREADING_SOURCE } from "./threadingPy";
import { defineModule } from "./registry";
import { defineStdlibModule } from "./stdlibSource";
import { addFunctions, newModule } from "./util";

/** The native id CPython would show (a plausible Linux TID). */
const nativeId = (t: SimThread) => 4000 + t.vm.id;

function threadByIdent(ctx: Ctx, ident: PyValue): SimThread {
  const t = schedulerOf(ctx).threads.find((x) => x.ident === ident);
  if (!t) throw typeError(`no thread with ident ${String(ident)}`);
  return t;
}

/** Which trace object type an owner of a waiter/mutex is, from the wait kind. */
const OBJECT_TYPE: Record<string, TraceObject["type"]> = {
  condition: "condition",
  event: "event",
  semaphore: "semaphore",
  barrier: "barrier",
  "queue get": "queue",
  "queue put": "queue",
  "queue join": "queue",
  "future result": "future",
  "futures wait": "future",
};

/** An internal lock whose waits the trace shows as waits on `owner`. */
function internalLock(
  ctx: Ctx,
  owner: PyValue,
  kind: PyValue,
  verb: PyValue,
  reentrant = false,
): PyLock {
  const s = schedulerOf(ctx);
  const o = owner as PyObject;
  const k = kind as BlockKind;
  const l = new PyLock(reentrant ? RLockType : LockType, reentrant);
  l.internal = true;
  l.kind = k;
  l.shownAs = o;
  const v = String(verb);
  // "=label": an engine-internal object (e.g. a Thread's started event), shown by that label.
  if (v.startsWith("=")) l.label = v.slice(1);
  else {
    const id = s.objectId(o, OBJECT_TYPE[k] ?? "condition", typeOf(o).name);
    l.label = `${s.rec.nameOf(id)}.${v}`;
  }
  return l;
}

/** `_thread._excepthook(args)`: CPython's default hook for uncaught thread exceptions. */
const excepthook: NativeFn = (ctx, a) => {
  const args = a[0];
  const excType = getAttr(ctx, args, "exc_type");
  if (excType === SystemExit) return None;
  const value = getAttr(ctx, args, "exc_value");
  const thread = getAttr(ctx, args, "thread");
  const name =
    thread === None
      ? String(schedulerOf(ctx).current().ident)
      : str(ctx, getAttr(ctx, thread, "name"));
  ctx.write(2, `Exception in thread ${name}:\n`);
  if (value instanceof PyBaseException)
    ctx.write(2, formatException(ctx, value, sourceLookup(ctx)));
  else ctx.write(2, `${repr(ctx, excType)}\n`);
  return None;
};

function makeThreadModule(ctx: Ctx) {
  const m = newModule("_thread");
  const s = schedulerOf(ctx);
  addFunctions(m, {
    allocate_lock: () => new PyLock(LockType, false),
    get_ident: () => s.current().ident,
    get_native_id: () => nativeId(s.current()),
    _count: () => s.threads.filter((t) => t !== s.main && t.state !== "done").length,
    stack_size: (c, a) => {
      if (a.length && a[0] !== 0) return 0;
      return 0;
    },
    daemon_threads_allowed: () => true,
    _excepthook: excepthook,
    start_new_thread: (c, a) => {
      const fn = a[0];
      const args = a[1];
      if (!(args instanceof PyTuple)) throw typeError("2nd arg must be a tuple");
      const t = s.newThread(`Dummy-${s.threads.length}`);
      s.startThread(t, fn, args.items, null);
      return t.ident;
    },
  });
  const d = m.dict!;
  d.set("LockType", LockType);
  d.set("lock", LockType);
  d.set("RLock", RLockType);
  d.set("_local", LocalType);
  d.set("error", RuntimeError);
  d.set("TIMEOUT_MAX", TIMEOUT_MAX);
  d.set("_ExceptHookArgs", ctx.call(makeHookArgsType(ctx), []));
  return m;
}

/** A tiny class standing in for the structseq `_thread._ExceptHookArgs`. */
function makeHookArgsType(ctx: Ctx): PyValue {
  const ns = new Map<string, PyValue>();
  const src =
    "def _make():\n" +
    "    class _ExceptHookArgs(tuple):\n" +
    "        exc_type = property(lambda self: self[0])\n" +
    "        exc_value = property(lambda self: self[1])\n" +
    "        exc_traceback = property(lambda self: self[2])\n" +
    "        thread = property(lambda self: self[3])\n" +
    "    _ExceptHookArgs.__module__ = '_thread'\n" +
    "    return _ExceptHookArgs\n";
  defineStdlibModule(ctx, "<native _thread>", src, ns, "_thread");
  return ns.get("_make")!;
}

function makeInterleaveModule(ctx: Ctx) {
  const m = newModule("_interleave");
  const s = schedulerOf(ctx);
  addFunctions(m, {
    /** start(pythread, bootstrap, name, daemon) → ident */
    start(c, a) {
      const [py, fn, name, daemon] = a;
      const t = s.newThread(String(name));
      t.daemon = daemon === true;
      t.vm.pyThread = py;
      s.startThread(t, fn, [], null);
      s.emit({ type: "thread start", target: t.vm.id });
      return t.ident;
    },
    set_main(c, a) {
      s.main.vm.pyThread = a[0];
      return None;
    },
    set_name(c, a) {
      threadByIdent(c, a[0]).vm.name = String(a[1]);
      return None;
    },
    /** join(ident, block, timeout) → True once the thread has finished */
    join(c, a) {
      const t = threadByIdent(c, a[0]);
      const me = s.current();
      const wake = s.takeWake(me);
      if (t.state === "done") {
        if (a[1] === true) s.emit({ type: "join", target: t.vm.id });
        return true;
      }
      const timeout = asFloat(a[2]) ?? -1;
      if (a[1] !== true || wake?.timedOut || timeout === 0) return false;
      const since = wake?.wait.since ?? s.clock();
      block({
        kind: "join",
        on: t,
        since,
        deadline: wake
          ? wake.wait.deadline
          : timeout > 0
            ? since + Math.round(timeout * 1e9)
            : null,
        label: `join(${t.name})`,
        holder: () => t,
      });
    },
    /** mutex(owner, kind, verb, reentrant=False) */
    mutex: (c, a) => internalLock(c, a[0], a[1], a[2], a[3] === true),
    waiter(c, a) {
      const l = internalLock(c, a[0], a[1], a[2]);
      acquire(c, l, true, -1);
      return l;
    },
    /** trace(type, obj, *details): a trace event from library code */
    trace(c, a) {
      traceEvent(c, a);
      return None;
    },
    /** uncaught(): the running thread's code raised (called before the excepthook). */
    uncaught(c) {
      const e = (c as unknown as { thread: { excInfo: PyValue | null } }).thread.excInfo;
      if (e instanceof PyBaseException && !e.cls.isSubtype(SystemExit)) {
        const text = exceptionText(c, e);
        s.current().errorText = text;
        const main = s.filename;
        const line = e.traceback.findLast((x) => x.filename === main)?.lineno ?? 0;
        s.emit({ type: "exception", exception: text, uncaught: true }, line);
      }
      return None;
    },
    print_exception(c, a) {
      const e = a[0];
      if (e instanceof PyBaseException) c.write(2, formatException(c, e, sourceLookup(c)));
      return None;
    },
    cpu_count: (c) => c.run.sys.cores,
    /** at_main_exit(fn): the main thread calls fn() when its code ends (threading._shutdown). */
    at_main_exit(c, a) {
      s.atMainExit = a[0];
      return None;
    },
  });
  return m;
}

/** Short text of a value for the trace (repr, capped). */
function shortRepr(ctx: Ctx, v: PyValue): string {
  let r: string;
  try {
    r = repr(ctx, v);
  } catch {
    r = `<${typeOf(v).name}>`;
  }
  return r.length > 80 ? r.slice(0, 77) + "..." : r;
}

const queues = new WeakMap<object, { seq: number; items: { v: PyValue; seq: number }[] }>();

/** Record a library trace event, given as `_interleave.trace` takes it: [type, obj, ...details]. */
export function traceEvent(ctx: Ctx, a: PyValue[]): void {
  const s = schedulerOf(ctx);
  const type = a[0] as string;
  const o = a[1] as PyObject;
  const objType: TraceObject["type"] = type.startsWith("queue")
    ? "queue"
    : type.startsWith("event")
      ? "event"
      : type === "notify"
        ? "condition"
        : "future";
  if (o instanceof PyObject && o.dict?.get("_internal") === true) return;
  const object = s.objectId(o, objType, typeOf(o).name);
  switch (type) {
    case "queue put":
    case "queue get": {
      let q = queues.get(o);
      if (!q) queues.set(o, (q = { seq: 0, items: [] }));
      const item = a[2];
      let seq: number;
      if (type === "queue put") {
        seq = ++q.seq;
        q.items.push({ v: item, seq });
      } else {
        const i = q.items.findIndex((x) => x.v === item);
        seq = i >= 0 ? q.items.splice(i, 1)[0].seq : 0;
      }
      s.emit({ type, object, item: shortRepr(ctx, item), seq });
      return;
    }
    case "future submit":
    case "callback":
      s.emit({ type, object, fn: shortRepr(ctx, a[2]) });
      return;
    case "future done": {
      const exc = a[3];
      s.emit({
        type,
        object,
        result: exc === None ? shortRepr(ctx, a[2]) : "",
        exception: exc === None ? null : exceptionText(ctx, exc),
      });
      return;
    }
    case "future consumed":
      s.emit({ type, object, reraised: a[2] === true });
      return;
    case "notify":
      s.emit({ type, object, n: a[2] as number });
      return;
    case "future running":
    case "future cancelled":
    case "event set":
      s.emit({ type, object });
      return;
  }
}

/** "ValueError: bad" for an exception value. */
export function exceptionText(ctx: Ctx, e: PyValue): string {
  const msg = str(ctx, e);
  return msg ? `${typeOf(e).name}: ${msg}` : typeOf(e).name;
}

defineModule("_thread", makeThreadModule);
defineModule("_interleave", makeInterleaveModule);
defineModule("threading", (ctx) => {
  const m = newModule("threading");
  defineStdlibModule(ctx, "threading.py", THREADING_SOURCE, m.dict!, "threading");
  return m;
});
