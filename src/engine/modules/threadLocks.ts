/**
 * _thread.lock and _thread.RLock: the primitive locks (C in CPython), as retryable
 * natives on the scheduler. A blocked acquire throws BlockSignal; the call is made
 * again when a release (or the timeout) wakes the thread, so a woken thread competes
 * for the lock again, exactly like CPython's barging locks.
 */
import { OverflowError, pyErr, runtimeError, typeError, ValueError } from "../runtime/exceptions";
import { asFloat } from "../runtime/numeric";
import {
  PyObject,
  PyTuple,
  type Ctx,
  type NativeFn,
  type PyType,
  type PyValue,
} from "../runtime/object";
import { addr, truthy } from "../runtime/ops";
import { defMethod, newTuple, None, ObjectType, typeOf } from "../runtime/types";
import type { BlockKind } from "../trace/types";
import { block, schedulerOf, type SimThread } from "../vm/scheduler";
import { argOr, checkKwargs, moduleType } from "./util";

/** _thread.TIMEOUT_MAX */
export const TIMEOUT_MAX = 9223372036.0;

/** A lock or reentrant lock, with what the trace needs to show waits on it. */
export class PyLock extends PyObject {
  owner: SimThread | null = null;
  count = 0;
  acquiredAt = 0;
  /** How waits on it are shown; Condition/Event/Queue waiter locks borrow their owner's. */
  kind: BlockKind = "lock";
  /** The object shown as waited on (the lock itself, or e.g. the Queue its waiter serves). */
  shownAs: PyObject = this;
  label = "";
  /** Waiter locks are internal: they get no acquire/release events of their own. */
  internal = false;
  constructor(
    cls: PyType,
    readonly reentrant: boolean,
  ) {
    super(cls);
  }
}

/** _thread.lock */
export const LockType = moduleType("_thread", "lock", [ObjectType], (c) => new PyLock(c, false));
/** _thread.RLock */
export const RLockType = moduleType("_thread", "RLock", [ObjectType], (c) => new PyLock(c, true));

function lockOf(v: PyValue): PyLock {
  if (!(v instanceof PyLock)) throw typeError(`descriptor requires a '_thread.lock' object`);
  return v;
}

/** Parse acquire's (blocking, timeout) with CPython's checks; timeout in seconds or -1. */
function acquireArgs(
  ctx: Ctx,
  args: PyValue[],
  kw: Map<string, PyValue> | null,
): [boolean, number] {
  checkKwargs("acquire", kw, ["blocking", "timeout"]);
  const b = argOr(args, 1, kw, "blocking");
  const t = argOr(args, 2, kw, "timeout");
  const blocking = b === undefined ? true : truthy(ctx, b);
  let timeout = -1;
  if (t !== undefined) {
    const f = asFloat(t);
    if (f === null)
      throw typeError(`'${typeOf(t).name}' object cannot be interpreted as an integer`);
    timeout = f;
  }
  if (!blocking && timeout !== -1)
    throw pyErr(ValueError, "can't specify a timeout for a non-blocking call");
  if (timeout < 0 && timeout !== -1) throw pyErr(ValueError, "timeout value must be positive");
  if (timeout > TIMEOUT_MAX) throw pyErr(OverflowError, "timeout value is too large");
  return [blocking, timeout];
}

/** Display name of a lock in the trace (registers it). */
function traceId(ctx: Ctx, l: PyLock): number {
  const s = schedulerOf(ctx);
  if (l.shownAs !== l) return s.rec.knownId(l.shownAs) ?? 0;
  return s.objectId(l, l.reentrant ? "rlock" : "lock", l.reentrant ? "RLock" : "Lock");
}

/** Try to take `l` for the current thread; blocks (throws) when it must wait. */
export function acquire(ctx: Ctx, l: PyLock, blocking: boolean, timeout: number): boolean {
  const s = schedulerOf(ctx);
  const me = s.current();
  const wake = s.takeWake(me);
  if (l.reentrant && l.owner === me) {
    l.count++;
    return true;
  }
  if (l.count === 0) {
    l.owner = me;
    l.count = 1;
    l.acquiredAt = s.clock();
    if (!l.internal) {
      const id = traceId(ctx, l);
      const waited = wake ? s.clock() - (wake.wait.since ?? s.clock()) : 0;
      s.emit({ type: "lock acquire", object: id, waited });
    }
    return true;
  }
  if (wake?.timedOut || !blocking || timeout === 0) return false;
  const id = traceId(ctx, l);
  const since = wake?.wait.since ?? s.clock();
  if (!wake && !l.internal)
    s.emit({ type: "lock request", object: id, holder: l.owner?.vm.id ?? null });
  const name = s.rec.nameOf(id);
  block({
    kind: l.kind,
    on: l,
    object: id,
    since,
    deadline: wake ? wake.wait.deadline : timeout > 0 ? since + Math.round(timeout * 1e9) : null,
    label: l.label || name,
    holder: l.internal ? undefined : () => l.owner,
  });
}

/** Release `l` (checks done by the caller); wakes one waiter. */
export function release(ctx: Ctx, l: PyLock): void {
  const s = schedulerOf(ctx);
  l.count = 0;
  l.owner = null;
  if (!l.internal)
    s.emit({ type: "lock release", object: traceId(ctx, l), held: s.clock() - l.acquiredAt });
  s.wakeWaiters(l, 1);
}

const lockAcquire: NativeFn = (ctx, a, kw) => {
  const l = lockOf(a[0]);
  const [blocking, timeout] = acquireArgs(ctx, a, kw);
  return acquire(ctx, l, blocking, timeout);
};

const lockRelease: NativeFn = (ctx, a) => {
  const l = lockOf(a[0]);
  if (l.reentrant) {
    if (l.owner !== schedulerOf(ctx).current() || l.count === 0)
      throw runtimeError("cannot release un-acquired lock");
    if (--l.count > 0) return None;
  } else if (l.count === 0) throw runtimeError("release unlocked lock");
  release(ctx, l);
  return None;
};

for (const T of [LockType, RLockType]) {
  defMethod(T, "acquire", lockAcquire);
  defMethod(T, "__enter__", lockAcquire);
  defMethod(T, "release", lockRelease);
  defMethod(T, "__exit__", lockRelease);
}
for (const [alias, fn] of [
  ["acquire_lock", lockAcquire],
  ["release_lock", lockRelease],
] as const)
  defMethod(LockType, alias, fn);
defMethod(LockType, "locked", (ctx, a) => lockOf(a[0]).count > 0);
defMethod(LockType, "locked_lock", (ctx, a) => lockOf(a[0]).count > 0);
defMethod(LockType, "__repr__", (ctx, a) => {
  const l = lockOf(a[0]);
  return `<${l.count ? "locked" : "unlocked"} _thread.lock object at ${addr(ctx, l)}>`;
});
defMethod(RLockType, "__repr__", (ctx, a) => {
  const l = lockOf(a[0]);
  const owner = l.owner?.ident ?? 0;
  const state = l.count ? "locked" : "unlocked";
  return `<${state} _thread.RLock object owner=${owner} count=${l.count} at ${addr(ctx, l)}>`;
});
defMethod(RLockType, "_is_owned", (ctx, a) => lockOf(a[0]).owner === schedulerOf(ctx).current());
// Condition.wait() on an RLock releases every level and restores them afterwards.
defMethod(RLockType, "_release_save", (ctx, a) => {
  const l = lockOf(a[0]);
  if (l.count === 0) throw runtimeError("cannot release un-acquired lock");
  const saved = newTuple([l.count, l.owner!.ident]);
  release(ctx, l);
  return saved;
});
defMethod(RLockType, "_acquire_restore", (ctx, a) => {
  const l = lockOf(a[0]);
  const count = (a[1] as PyTuple).items[0] as number;
  acquire(ctx, l, true, -1);
  l.count = count;
  return None;
});
