/**
 * The Locks panel's data: per lock, who held it and who waited for it over time (pure).
 * The statistics come from the engine's own lockStats, so the CLI and the page agree.
 */
import { lockStats, type LockStats } from "../engine/trace/summary";
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
export interface LockView extends LockStats {
  /** Line of main.py where the lock was created. */
  line: number;
  holds: LockInterval[];
  waits: LockInterval[];
  /** Part of the deadlock's wait-for cycle. */
  inDeadlock: boolean;
}

/** One view per Lock or RLock of the run, in creation order. */
export function lockViews(trace: Trace): LockView[] {
  const end = runEnd(trace);
  const views = new Map<number, LockView>();
  for (const s of lockStats(trace)) {
    const line = trace.objects.find((o) => o.id === s.object)?.line ?? 0;
    views.set(s.object, { ...s, line, holds: [], waits: [], inDeadlock: false });
  }
  const holding = new Map<number, { thread: number; start: number }>();
  // Per lock: waiting thread → when it started and its row in the stack of waiters.
  const waiting = new Map<number, Map<number, { start: number; depth: number }>>();
  const closeWait = (v: LockView, thread: number, t: number) => {
    const w = waiting.get(v.object);
    const entry = w?.get(thread);
    if (w === undefined || entry === undefined) return;
    v.waits.push({ thread, start: entry.start, end: t, depth: entry.depth });
    w.delete(thread);
  };
  for (const e of trace.events) {
    if (e.type !== "lock request" && e.type !== "lock acquire" && e.type !== "lock release")
      continue;
    const v = views.get(e.object);
    if (!v) continue;
    if (e.type === "lock request") {
      if (!waiting.has(e.object)) waiting.set(e.object, new Map());
      const w = waiting.get(e.object)!;
      // The lowest free row, so stacked waiters never overlap.
      const used = new Set([...w.values()].map((x) => x.depth));
      let depth = 0;
      while (used.has(depth)) depth++;
      w.set(e.thread, { start: e.t, depth });
    } else if (e.type === "lock acquire") {
      closeWait(v, e.thread, e.t);
      // An RLock re-entered by its owner keeps the outer interval.
      if (!holding.has(e.object)) holding.set(e.object, { thread: e.thread, start: e.t });
    } else {
      const h = holding.get(e.object);
      if (h && h.thread === e.thread) {
        v.holds.push({ thread: h.thread, start: h.start, end: e.t, depth: 0 });
        holding.delete(e.object);
      }
    }
  }
  for (const [id, h] of holding)
    views.get(id)!.holds.push({ thread: h.thread, start: h.start, end, depth: 0 });
  for (const [id, w] of waiting)
    for (const thread of [...w.keys()]) closeWait(views.get(id)!, thread, end);
  const d = trace.outcome.deadlock;
  const inCycle = new Set(
    (d?.threads ?? []).filter((t) => d!.cycle.includes(t.thread)).map((t) => t.object),
  );
  for (const v of views.values()) v.inDeadlock = inCycle.has(v.object);
  return [...views.values()].sort((a, b) => a.object - b.object);
}

/** The deadlock's wait-for cycle as sentences: "Thread-1 waits for Lock#2, held by Thread-2". */
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
