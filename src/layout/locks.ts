/** The Locks panel's data: per lock, holder intervals, waiter intervals and statistics (pure). */
import type { Trace } from "../engine/trace/types";
import { runEnd } from "./lanes";

/** A thread holding or waiting for a lock from `start` to `end`. */
export interface LockInterval {
  thread: number;
  start: number;
  end: number;
  /** Waiters only: 0 for the first waiter, 1 for the one queued behind it, … */
  depth: number;
}

/** Everything the Locks panel shows about one lock. */
export interface LockView {
  object: number;
  name: string;
  line: number;
  holds: LockInterval[];
  waits: LockInterval[];
  acquisitions: number;
  /** Acquisitions that had to wait. */
  contended: number;
  totalWait: number;
  maxWait: number;
  maxHold: number;
  /** Thread holding it when the run ended, if any. */
  holderAtEnd: number | null;
  /** Part of the deadlock's wait-for cycle. */
  inDeadlock: boolean;
}

const LOCK_TYPES = new Set(["lock", "rlock"]);

/** One view per lock or RLock that was used, in creation order. */
export function lockViews(trace: Trace): LockView[] {
  const end = runEnd(trace);
  const views = new Map<number, LockView>();
  const holding = new Map<number, { thread: number; start: number }>();
  // Per lock: waiting thread → when it started and its row in the stack of waiters.
  const waiting = new Map<number, Map<number, { start: number; depth: number }>>();
  const view = (id: number): LockView => {
    let v = views.get(id);
    if (!v) {
      const o = trace.objects.find((x) => x.id === id);
      v = {
        object: id,
        name: o?.name ?? `lock#${id}`,
        line: o?.line ?? 0,
        holds: [],
        waits: [],
        acquisitions: 0,
        contended: 0,
        totalWait: 0,
        maxWait: 0,
        maxHold: 0,
        holderAtEnd: null,
        inDeadlock: false,
      };
      views.set(id, v);
    }
    return v;
  };
  const closeWait = (v: LockView, thread: number, t: number) => {
    const w = waiting.get(v.object);
    const entry = w?.get(thread);
    if (w === undefined || entry === undefined) return;
    v.waits.push({ thread, start: entry.start, end: t, depth: entry.depth });
    w.delete(thread);
  };
  for (const e of trace.events) {
    if (e.type === "lock request") {
      view(e.object);
      if (!waiting.has(e.object)) waiting.set(e.object, new Map());
      const w = waiting.get(e.object)!;
      // The lowest free row, so stacked waiters never overlap.
      const used = new Set([...w.values()].map((x) => x.depth));
      let depth = 0;
      while (used.has(depth)) depth++;
      w.set(e.thread, { start: e.t, depth });
    } else if (e.type === "lock acquire") {
      const v = view(e.object);
      closeWait(v, e.thread, e.t);
      v.acquisitions++;
      if (e.waited > 0) v.contended++;
      v.totalWait += e.waited;
      v.maxWait = Math.max(v.maxWait, e.waited);
      // An RLock re-entered by its owner keeps the outer interval.
      if (!holding.has(e.object)) holding.set(e.object, { thread: e.thread, start: e.t });
    } else if (e.type === "lock release") {
      const v = view(e.object);
      const h = holding.get(e.object);
      if (h && h.thread === e.thread) {
        v.holds.push({ thread: h.thread, start: h.start, end: e.t, depth: 0 });
        v.maxHold = Math.max(v.maxHold, e.t - h.start);
        holding.delete(e.object);
      }
    }
  }
  for (const [id, h] of holding) {
    const v = view(id);
    v.holds.push({ thread: h.thread, start: h.start, end, depth: 0 });
    v.maxHold = Math.max(v.maxHold, end - h.start);
    v.holderAtEnd = h.thread;
  }
  for (const [id, w] of waiting)
    for (const thread of [...w.keys()]) closeWait(view(id), thread, end);
  const deadlocked = new Set(
    (trace.outcome.deadlock?.threads ?? [])
      .filter((t) => trace.outcome.deadlock!.cycle.includes(t.thread))
      .map((t) => t.object),
  );
  const out = [...views.values()].filter((v) => {
    const type = trace.objects.find((o) => o.id === v.object)?.type;
    return type === undefined || LOCK_TYPES.has(type);
  });
  for (const v of out) v.inDeadlock = deadlocked.has(v.object);
  return out.sort((a, b) => a.object - b.object);
}

/** The deadlock's wait-for cycle as text: "Thread-1 waits for Lock#2 held by Thread-2 → …". */
export function deadlockCycleText(trace: Trace): string[] {
  const d = trace.outcome.deadlock;
  if (!d) return [];
  const name = (id: number | null) =>
    id === null ? "nobody" : (trace.threads.find((t) => t.id === id)?.name ?? `thread ${id}`);
  const ids = d.cycle.length > 0 ? d.cycle : d.threads.map((t) => t.thread);
  return ids.map((id) => {
    const w = d.threads.find((t) => t.thread === id);
    if (!w) return `${name(id)} is blocked`;
    return `${name(id)} waits for ${w.waiting}${w.holder !== null ? `, held by ${name(w.holder)}` : ""}`;
  });
}
