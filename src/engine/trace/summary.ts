/**
 * Summaries derived from a trace by pure functions: where each thread's time went, how
 * contended each lock was, and the one-line verdict a person reads first.
 */
import type { Span, ThreadState, Trace } from "./types";

/** Time one thread spent in each state (ns), over its life until the run ended. */
export interface ThreadTotals {
  thread: number;
  name: string;
  running: number;
  ready: number;
  blocked: number;
  sleeping: number;
  /** Blocked time per wait label, e.g. { "Future#1.result()": 5e9 }. */
  blockedOn: Record<string, number>;
}

/** Per-thread totals, in thread order. */
export function threadTotals(trace: Trace): ThreadTotals[] {
  const totals = new Map<number, ThreadTotals>();
  for (const t of trace.threads)
    totals.set(t.id, {
      thread: t.id,
      name: t.name,
      running: 0,
      ready: 0,
      blocked: 0,
      sleeping: 0,
      blockedOn: {},
    });
  for (const s of trace.spans) {
    const tt = totals.get(s.thread);
    if (!tt || s.state === "done") continue;
    const d = s.end - s.start;
    tt[s.state as Exclude<ThreadState, "done">] += d;
    if (s.state === "blocked") {
      const k = s.label ?? s.kind ?? "?";
      tt.blockedOn[k] = (tt.blockedOn[k] ?? 0) + d;
    }
  }
  return [...totals.values()];
}

/** Contention of one lock (times in ns). */
export interface LockStats {
  object: number;
  name: string;
  acquisitions: number;
  /** Acquisitions that had to wait. */
  contended: number;
  totalWait: number;
  maxWait: number;
  maxHold: number;
  /** Thread holding it when the run ended, or null. */
  holderAtEnd: number | null;
}

/** Lock statistics from lock events, for every lock and rlock of the trace. */
export function lockStats(trace: Trace): LockStats[] {
  const stats = new Map<number, LockStats>();
  for (const o of trace.objects)
    if (o.type === "lock" || o.type === "rlock")
      stats.set(o.id, {
        object: o.id,
        name: o.name,
        acquisitions: 0,
        contended: 0,
        totalWait: 0,
        maxWait: 0,
        maxHold: 0,
        holderAtEnd: null,
      });
  for (const e of trace.events) {
    if (e.type === "lock acquire") {
      const s = stats.get(e.object);
      if (!s) continue;
      s.acquisitions++;
      if (e.waited > 0) s.contended++;
      s.totalWait += e.waited;
      s.maxWait = Math.max(s.maxWait, e.waited);
      s.holderAtEnd = e.thread;
    } else if (e.type === "lock release") {
      const s = stats.get(e.object);
      if (!s) continue;
      s.maxHold = Math.max(s.maxHold, e.held);
      s.holderAtEnd = null;
    }
  }
  return [...stats.values()];
}

/** Human duration with a unit that fits: 1.2 µs, 35 ms, 5.0 s. */
export function formatDuration(ns: number): string {
  const a = Math.abs(ns);
  if (a >= 1e9) return `${(ns / 1e9).toFixed(1)} s`;
  if (a >= 1e6) return `${+(ns / 1e6).toPrecision(3)} ms`;
  if (a >= 1e3) return `${+(ns / 1e3).toPrecision(3)} µs`;
  return `${Math.round(ns)} ns`;
}

/** The figures behind the one-line summary. */
export interface RunSummary {
  wall: number;
  /** Main thread: time blocked, and the wait it spent most of it in. */
  mainBlocked: number;
  mainBlockedOn: string | null;
  /** Threads other than main that ran any code, and their busy time (running + sleeping). */
  workers: number;
  workersBusy: number;
  /** Sum of the workers' busy time over the wall time (how much the threads overlapped). */
  speedup: number | null;
}

/** Figures for the summary line. */
export function runSummary(trace: Trace): RunSummary {
  const wall = Math.round(trace.outcome.elapsed * 1e9);
  const totals = threadTotals(trace);
  const main = totals.find((t) => t.thread === 1);
  let mainBlockedOn: string | null = null;
  if (main) {
    // The wait it spent longest in, and how many others there were.
    const waits = Object.entries(main.blockedOn)
      .filter(([, v]) => v >= main.blocked / 100)
      .sort((a, b) => b[1] - a[1]);
    if (waits.length === 1) mainBlockedOn = waits[0][0];
    else if (waits.length > 1)
      mainBlockedOn = `${waits[0][0]} and ${waits.length - 1} other wait${waits.length > 2 ? "s" : ""}`;
  }
  const workers = totals.filter((t) => t.thread !== 1 && t.running > 0);
  const workersBusy = workers.reduce((a, t) => a + t.running + t.sleeping, 0);
  return {
    wall,
    mainBlocked: main ? main.blocked : 0,
    mainBlockedOn,
    workers: workers.length,
    workersBusy,
    speedup: workers.length && wall > 0 ? workersBusy / wall : null,
  };
}

/** "Wall time 5.0 s · main thread blocked 5.0 s in Future#1.result() · 2 workers busy 8.0 s · speed-up 1.6× vs sequential" */
export function summaryLine(trace: Trace): string {
  const s = runSummary(trace);
  const parts = [`Wall time ${formatDuration(s.wall)}`];
  if (s.mainBlocked > 0)
    parts.push(
      `main thread blocked ${formatDuration(s.mainBlocked)}${s.mainBlockedOn ? ` in ${s.mainBlockedOn}` : ""}`,
    );
  if (s.workers > 0) {
    parts.push(
      `${s.workers} worker${s.workers > 1 ? "s" : ""} busy ${formatDuration(s.workersBusy)}`,
    );
    if (s.speedup !== null && s.workers > 1)
      parts.push(`speed-up ${s.speedup.toFixed(1)}× vs sequential`);
  }
  if (trace.outcome.deadlock) parts.push("deadlock");
  return parts.join(" · ");
}

/** Spans of one thread, in time order. */
export function spansOf(trace: Trace, thread: number): Span[] {
  return trace.spans.filter((s) => s.thread === thread);
}
