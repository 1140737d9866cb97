/** The one-line summary a person reads first, computed from the trace (pure). */
import type { Span, Trace } from "../engine/trace/types";
import { runEnd } from "./lanes";
import { formatSummaryTime } from "./units";

/** Figures behind the summary line, also shown in tests. */
export interface RunSummary {
  wall: number;
  mainBlocked: number;
  /** What MainThread waited on longest, e.g. "result()". */
  mainBlockedOn: string | null;
  workers: number;
  workersBusy: number;
  /** (main's own work + workers' busy time) / wall time; null when there is nothing to compare. */
  speedup: number | null;
  deadlock: boolean;
}

/** Time a thread spends doing its own work (running, sleeping, or runnable but waiting). */
function busy(s: Span): number {
  return s.state === "running" || s.state === "sleeping" || s.state === "ready"
    ? s.end - s.start
    : 0;
}

/** What a blocked span reads as in the summary: the engine's label, `result()` for futures. */
function waitName(s: Span): string {
  if (s.kind === "future result") return "result()";
  return s.label ?? s.kind ?? "a wait";
}

/** Summary figures of `trace`. */
export function summarize(trace: Trace): RunSummary {
  const wall = runEnd(trace);
  let mainBlocked = 0;
  let mainOwn = 0;
  const blockedOn = new Map<string, number>();
  const busyBy = new Map<number, number>();
  for (const s of trace.spans) {
    if (s.thread === 1) {
      mainOwn += busy(s);
      if (s.state === "blocked") {
        mainBlocked += s.end - s.start;
        const k = waitName(s);
        blockedOn.set(k, (blockedOn.get(k) ?? 0) + s.end - s.start);
      }
    } else busyBy.set(s.thread, (busyBy.get(s.thread) ?? 0) + busy(s));
  }
  let mainBlockedOn: string | null = null;
  for (const [k, v] of blockedOn)
    if (mainBlockedOn === null || v > blockedOn.get(mainBlockedOn)!) mainBlockedOn = k;
  const busyTimes = [...busyBy.values()].filter((v) => v > 0);
  const workersBusy = busyTimes.reduce((a, b) => a + b, 0);
  const speedup = wall > 0 && busyTimes.length > 0 ? (mainOwn + workersBusy) / wall : null;
  return {
    wall,
    mainBlocked,
    mainBlockedOn,
    workers: busyTimes.length,
    workersBusy,
    speedup,
    deadlock: trace.outcome.deadlock !== null,
  };
}

/** "Wall time 5.0 s · main thread blocked 5.0 s in result() · 2 workers busy 8.0 s · speed-up 1.6× vs sequential". */
export function summaryLine(trace: Trace): string {
  const s = summarize(trace);
  const parts = [`Wall time ${formatSummaryTime(s.wall)}`];
  // A wait shorter than 1% of the run (e.g. start() handing over the GIL) is noise here.
  if (s.mainBlocked > 0 && s.mainBlocked >= s.wall / 100)
    parts.push(
      `main thread blocked ${formatSummaryTime(s.mainBlocked)}${s.mainBlockedOn ? ` in ${s.mainBlockedOn}` : ""}`,
    );
  if (s.workers > 0)
    parts.push(
      `${s.workers} ${s.workers === 1 ? "worker" : "workers"} busy ${formatSummaryTime(s.workersBusy)}`,
    );
  if (s.speedup !== null) parts.push(`speed-up ${s.speedup.toFixed(1)}× vs sequential`);
  if (s.deadlock) parts.push("deadlock");
  return parts.join(" · ");
}
