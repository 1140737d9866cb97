/** Step-through: the instants worth stopping at and where each thread is at a time (pure). */
import type { Span, ThreadState, Trace } from "../engine/trace/types";
import { runEnd } from "./lanes";

/** Where one thread is at a given time. */
export interface ThreadPosition {
  thread: number;
  state: ThreadState;
  /** Source line of main.py (0 if unknown). */
  line: number;
  /** What it waits for, when blocked or sleeping. */
  label: string | null;
}

/**
 * Sorted distinct times at which something visible changes: every span start and every event.
 * Capped so a CPU-bound run with millions of switches still steps in sensible increments.
 */
export function stepTimes(trace: Trace, cap = 5000): number[] {
  const times = new Set<number>([0]);
  for (const s of trace.spans) times.add(s.start);
  for (const e of trace.events) times.add(e.t);
  const sorted = [...times].sort((a, b) => a - b);
  if (sorted.length <= cap) return sorted;
  const stride = sorted.length / cap;
  return Array.from({ length: cap }, (_, i) => sorted[Math.floor(i * stride)]);
}

/** Index of the last step at or before `t` (0 when before the first). */
export function stepIndexAt(steps: number[], t: number): number {
  let lo = 0;
  let hi = steps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (steps[mid] <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Each started thread's state and line at time `t`: the span covering `t`, with its line
 * refined by the thread's latest event at or before `t` (events carry exact lines).
 */
export function positionsAt(trace: Trace, t: number): ThreadPosition[] {
  const end = runEnd(trace);
  // The last span of a thread reaches the end of the run: at `end` it still counts.
  const covers = (s: Span) => s.start <= t && (t < s.end || s.state === "done" || s.end === end);
  const out = new Map<number, ThreadPosition & { start: number }>();
  for (const s of trace.spans) {
    if (!covers(s)) continue;
    const label =
      s.state === "blocked" || s.state === "sleeping" ? (s.label ?? s.kind ?? null) : null;
    out.set(s.thread, { thread: s.thread, state: s.state, line: s.line, label, start: s.start });
  }
  for (const e of trace.events) {
    if (e.t > t) break;
    const p = out.get(e.thread);
    if (p && e.line > 0 && e.t >= p.start && p.state !== "done") p.line = e.line;
  }
  return [...out.values()].map(({ start: _start, ...p }) => p).sort((a, b) => a.thread - b.thread);
}
