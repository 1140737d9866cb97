/**
 * Turns what the scheduler recorded (state changes, events, objects) into the Trace:
 * per-thread spans that tile each thread's life, GIL ownership, and the outcome.
 */
import type { Scheduler, StateChange } from "../vm/scheduler";
import {
  TRACE_VERSION,
  type Deadlock,
  type GilSpan,
  type Model,
  type Outcome,
  type Span,
  type Trace,
  type TraceThread,
} from "./types";

/** Settings echoed into the trace. */
export interface TraceSettings {
  model: Model;
  switchInterval: number;
  cores: number;
  seed: number;
  filename: string;
}

function spanOf(c: StateChange, end: number): Span {
  const s: Span = { thread: c.thread, state: "running", start: c.t, end, line: c.line };
  if (c.state === "blocked") {
    const w = c.wait!;
    s.state = w.kind === "sleep" ? "sleeping" : "blocked";
    s.kind = w.kind;
    s.label = w.label;
    if (w.object) s.object = w.object;
  } else s.state = c.state;
  return s;
}

/** Per-thread spans from the ordered state changes; the last span runs to `end`. */
export function spansFrom(changes: StateChange[], end: number): Span[] {
  const byThread = new Map<number, StateChange[]>();
  for (const c of changes) {
    let l = byThread.get(c.thread);
    if (!l) byThread.set(c.thread, (l = []));
    l.push(c);
  }
  const spans: Span[] = [];
  for (const list of byThread.values()) {
    let last: Span | null = null;
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      const next = i + 1 < list.length ? list[i + 1].t : Math.max(end, c.t);
      // A zero-length span between two changes at the same instant says nothing.
      if (next === c.t && i + 1 < list.length) continue;
      // Running (or ready) straight on across such an instant is one span: a thread put back
      // on its core or handed the GIL again at once never stopped (replays record these).
      if (
        last !== null &&
        last.end === c.t &&
        last.state === c.state &&
        (c.state === "running" || c.state === "ready")
      ) {
        last.end = next;
        continue;
      }
      last = spanOf(c, next);
      spans.push(last);
    }
  }
  spans.sort((a, b) => a.start - b.start || a.thread - b.thread);
  return spans;
}

/** GIL ownership: the running spans (GIL model only). */
export function gilSpans(spans: Span[]): GilSpan[] {
  return spans
    .filter((s) => s.state === "running" && s.end > s.start)
    .map((s) => ({ thread: s.thread, start: s.start, end: s.end }));
}

/** Assemble the trace of a finished run. */
export function buildTrace(
  sched: Scheduler,
  settings: TraceSettings,
  outcome: Omit<Outcome, "deadlock">,
  deadlock: Deadlock | null,
  instructions: number,
): Trace {
  const end = Math.round(outcome.elapsed * 1e9);
  const spans = spansFrom(sched.changes, end);
  const threads: TraceThread[] = sched.threads.map((t) => {
    const meta = sched.meta.get(t)!;
    const done = sched.changes.find((c) => c.thread === t.vm.id && c.state === "done");
    return {
      id: t.vm.id,
      name: t.name,
      ident: t.ident,
      daemon: t.daemon,
      parent: meta.parent,
      created: meta.created,
      started: meta.started ?? (t === sched.main ? 0 : null),
      finished: done ? done.t : null,
      error: t.errorText,
    };
  });
  const events = sched.rec.events.slice().sort((a, b) => a.t - b.t);
  return {
    version: TRACE_VERSION,
    model: settings.model,
    settings: {
      switchInterval: settings.switchInterval,
      cores: settings.cores,
      seed: settings.seed,
    },
    filename: settings.filename,
    threads,
    spans,
    gil: settings.model === "gil" ? gilSpans(spans) : [],
    objects: sched.rec.objects,
    events,
    outcome: { ...outcome, deadlock },
    instructions,
    truncated: sched.rec.dropped > 0,
    schedule: formatSchedule(sched.slices),
  };
}

/** A schedule as text: `thread:instructions` per slice, e.g. "1:1200 2:35 1:8". */
export function formatSchedule(slices: [number, number][]): string {
  return slices.map(([t, n]) => `${t}:${n}`).join(" ");
}

/** Parse a schedule written by formatSchedule; null if it is malformed. */
export function parseSchedule(text: string): [number, number][] | null {
  const parts = text.trim().split(/\s+/).filter(Boolean);
  const out: [number, number][] = [];
  for (const p of parts) {
    const m = /^(\d+):(\d+)$/.exec(p);
    if (!m) return null;
    out.push([Number(m[1]), Number(m[2])]);
  }
  return out;
}
