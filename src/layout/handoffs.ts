/**
 * The hand-offs the guide is about, found in the event list: who gave what to whom and when
 * (submit → worker starts it, set result → result() returns, future done → a callback run
 * by another thread, put → get, release → acquire, thread exit → join), plus instant markers
 * (exceptions, callbacks). Pure.
 */
import type { Trace, TraceEvent } from "../engine/trace/types";

/** Which kind of hand-off an arrow shows. */
export type HandoffKind = "submit" | "result" | "callback" | "queue" | "lock" | "join";

/** An arrow from one thread at one time to another thread (or the same) at a later time. */
export interface Handoff {
  kind: HandoffKind;
  from: { thread: number; t: number };
  to: { thread: number; t: number };
  /** What the arrow means, for its tooltip and the table view. */
  label: string;
}

/** An instant worth a symbol on a lane. */
export interface Marker {
  kind: "exception" | "reraise" | "callback";
  thread: number;
  t: number;
  line: number;
  label: string;
}

type Of<T extends TraceEvent["type"]> = Extract<TraceEvent, { type: T }>;

/** Every hand-off of the run, in event order of the receiving end. */
export function handoffs(trace: Trace): Handoff[] {
  const out: Handoff[] = [];
  const name = (id: number) => trace.objects.find((o) => o.id === id)?.name ?? `object#${id}`;
  const threadName = (id: number) => trace.threads.find((t) => t.id === id)?.name ?? `thread ${id}`;
  const submits = new Map<number, Of<"future submit">>();
  const dones = new Map<number, Of<"future done">>();
  const puts = new Map<string, Of<"queue put">>();
  const releases = new Map<number, Of<"lock release">>();
  const exits = new Map<number, Of<"thread exit">>();
  for (const e of trace.events) {
    switch (e.type) {
      case "future submit":
        submits.set(e.object, e);
        break;
      case "future running": {
        const s = submits.get(e.object);
        if (s)
          out.push(
            arrow("submit", s, e, `submit ${functionName(s.fn)} → ${threadName(e.thread)} runs it`),
          );
        break;
      }
      case "future done":
        dones.set(e.object, e);
        break;
      case "future consumed": {
        const d = dones.get(e.object);
        const what = d?.exception ? `raises ${d.exception}` : `returns ${d?.result ?? ""}`;
        if (d) out.push(arrow("result", d, e, `${name(e.object)}: result() ${what}`));
        break;
      }
      case "callback": {
        // A done-callback added after the future finished runs in the adding thread.
        const d = dones.get(e.object);
        if (d && d.thread !== e.thread)
          out.push(
            arrow(
              "callback",
              d,
              e,
              `${name(e.object)} done → ${functionName(e.fn)} runs in ${threadName(e.thread)}`,
            ),
          );
        break;
      }
      case "queue put":
        puts.set(`${e.object}:${e.seq}`, e);
        break;
      case "queue get": {
        const p = puts.get(`${e.object}:${e.seq}`);
        if (p) out.push(arrow("queue", p, e, `${name(e.object)}: put(${p.item}) → get()`));
        break;
      }
      case "lock release":
        releases.set(e.object, e);
        break;
      case "lock acquire": {
        // Only a contended acquire is a hand-off; re-taking a free lock is not.
        const r = releases.get(e.object);
        if (r && e.waited > 0 && r.thread !== e.thread)
          out.push(arrow("lock", r, e, `${name(e.object)}: release → acquire`));
        break;
      }
      case "thread exit":
        exits.set(e.target, e);
        break;
      case "join": {
        const x = exits.get(e.target);
        if (x) out.push(arrow("join", x, e, `${threadName(e.target)} ended → join() returns`));
        break;
      }
    }
  }
  return out;
}

/** `<function on_done at 0x7f…>` → `on_done()`, bound methods likewise; other reprs unchanged. */
export function functionName(repr: string): string {
  const m =
    /^<function ([\w.<>]+) at 0x[0-9a-f]+>$/.exec(repr) ??
    /^<bound method ([\w.]+) of .*>$/.exec(repr);
  return m ? `${m[1]}()` : repr;
}

function arrow(kind: HandoffKind, from: TraceEvent, to: TraceEvent, label: string): Handoff {
  return {
    kind,
    from: { thread: from.thread, t: from.t },
    to: { thread: to.thread, t: to.t },
    label,
  };
}

/** Instant markers: exceptions (raised, re-raised by result()), callbacks, future results. */
export function markers(trace: Trace): Marker[] {
  const out: Marker[] = [];
  const dones = new Map<number, Of<"future done">>();
  for (const e of trace.events) {
    const at = { thread: e.thread, t: e.t, line: e.line };
    if (e.type === "exception")
      out.push({
        kind: "exception",
        ...at,
        label: `${e.uncaught ? "uncaught " : ""}${e.exception}`,
      });
    else if (e.type === "callback")
      out.push({ kind: "callback", ...at, label: `callback ${functionName(e.fn)}` });
    else if (e.type === "future done") {
      dones.set(e.object, e);
      if (e.exception) out.push({ kind: "exception", ...at, label: `task raised ${e.exception}` });
    } else if (e.type === "future consumed" && e.reraised) {
      const d = dones.get(e.object);
      out.push({
        kind: "reraise",
        ...at,
        label: `result() re-raised ${d?.exception ?? "the exception"}`,
      });
    }
  }
  return out;
}
