/**
 * Export a trace in the Chrome Trace Event Format (JSON object form), which Perfetto and
 * chrome://tracing open: one named thread per lane (plus a GIL lane), "X" slices for
 * thread states, instants for prints and exceptions, and flow arrows for the hand-offs
 * (queue put → get, future submit → run → done → result, lock release → next acquire).
 */
import type { Trace, TraceEvent } from "./types";

/** One Chrome trace event (the fields this exporter uses). */
export interface ChromeEvent {
  ph: "X" | "M" | "i" | "s" | "f";
  name: string;
  pid: number;
  tid: number;
  ts?: number;
  dur?: number;
  cat?: string;
  s?: "t" | "p" | "g";
  id?: number;
  bp?: "e";
  args?: Record<string, unknown>;
}

/** The exported file. */
export interface ChromeTrace {
  traceEvents: ChromeEvent[];
  displayTimeUnit: "ms" | "ns";
  otherData: Record<string, unknown>;
}

const PID = 1;
/** Lane of the GIL (thread ids start at 1). */
const GIL_TID = 0;
const us = (ns: number) => ns / 1000;

const STATE_NAMES: Record<string, string> = {
  running: "running",
  ready: "waiting for the GIL",
  blocked: "blocked",
  sleeping: "sleeping",
  done: "done",
};

/** Convert a trace to Chrome Trace Event Format. */
export function toChromeTrace(trace: Trace): ChromeTrace {
  const ev: ChromeEvent[] = [];
  const meta = (name: string, tid: number, args: Record<string, unknown>) =>
    ev.push({ ph: "M", name, pid: PID, tid, args });
  meta("process_name", 0, { name: `Interleave: ${trace.filename}` });
  if (trace.model === "gil") {
    meta("thread_name", GIL_TID, { name: "GIL" });
    meta("thread_sort_index", GIL_TID, { sort_index: 0 });
  }
  for (const t of trace.threads) {
    meta("thread_name", t.id, { name: t.name });
    meta("thread_sort_index", t.id, { sort_index: t.id });
  }
  const names = new Map(trace.threads.map((t) => [t.id, t.name]));
  for (const s of trace.spans) {
    if (s.state === "done") continue;
    const name =
      s.state === "blocked" || s.state === "sleeping"
        ? (s.label ?? STATE_NAMES[s.state])
        : STATE_NAMES[s.state];
    ev.push({
      ph: "X",
      name,
      cat: s.state,
      pid: PID,
      tid: s.thread,
      ts: us(s.start),
      dur: us(s.end - s.start),
      args: { line: s.line, ...(s.kind ? { kind: s.kind } : {}) },
    });
  }
  for (const g of trace.gil)
    ev.push({
      ph: "X",
      name: names.get(g.thread) ?? `thread ${g.thread}`,
      cat: "gil",
      pid: PID,
      tid: GIL_TID,
      ts: us(g.start),
      dur: us(g.end - g.start),
    });
  for (const e of trace.events) {
    if (e.type === "print") ev.push(instant(e, e.fd === 1 ? "print" : "stderr", { text: e.text }));
    else if (e.type === "exception")
      ev.push(instant(e, "exception", { exception: e.exception, uncaught: e.uncaught }));
  }
  ev.push(...flows(trace));
  return {
    traceEvents: ev,
    displayTimeUnit: "ms",
    otherData: {
      version: trace.version,
      model: trace.model,
      elapsed: trace.outcome.elapsed,
      exitCode: trace.outcome.exitCode,
    },
  };
}

function instant(e: TraceEvent, name: string, args: Record<string, unknown>): ChromeEvent {
  return {
    ph: "i",
    s: "t",
    name,
    pid: PID,
    tid: e.thread,
    ts: us(e.t),
    args: { line: e.line, ...args },
  };
}

/** Flow arrows: each chain of events gets an id; "s" starts it, "f" (binding to the enclosing slice) ends each hop. */
function flows(trace: Trace): ChromeEvent[] {
  const out: ChromeEvent[] = [];
  let nextId = 1;
  const arrow = (from: TraceEvent, to: TraceEvent, name: string) => {
    const id = nextId++;
    out.push({ ph: "s", id, name, cat: "handoff", pid: PID, tid: from.thread, ts: us(from.t) });
    out.push({
      ph: "f",
      bp: "e",
      id,
      name,
      cat: "handoff",
      pid: PID,
      tid: to.thread,
      ts: us(to.t),
    });
  };
  const puts = new Map<string, TraceEvent>();
  const lastRelease = new Map<number, TraceEvent>();
  const futureLast = new Map<number, TraceEvent>();
  for (const e of trace.events) {
    switch (e.type) {
      case "queue put":
        puts.set(`${e.object}:${e.seq}`, e);
        break;
      case "queue get": {
        const p = puts.get(`${e.object}:${e.seq}`);
        if (p) arrow(p, e, `put → get ${e.item}`);
        break;
      }
      case "lock release":
        lastRelease.set(e.object, e);
        break;
      case "lock acquire": {
        const r = lastRelease.get(e.object);
        if (r && e.waited > 0 && r.thread !== e.thread) arrow(r, e, "release → acquire");
        break;
      }
      case "future submit":
        futureLast.set(e.object, e);
        break;
      case "future running":
      case "future done":
      case "future consumed":
      case "callback": {
        const prev = futureLast.get(e.object);
        if (prev && prev.thread !== e.thread) arrow(prev, e, `${prev.type} → ${e.type}`);
        futureLast.set(e.object, e);
        break;
      }
    }
  }
  return out;
}
