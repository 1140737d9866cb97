/**
 * A compact timeline for one row of the Compare table: one thin lane per thread (no GIL
 * lane), spans as rectangles on a time scale shared by every row, so widths compare.
 * Reuses the main timeline's lanes and span marks; pure and unit-tested.
 */
import { formatDuration } from "../engine/trace/summary";
import type { Trace } from "../engine/trace/types";
import { buildLanes, type Lane } from "./lanes";
import { spanMarks, type SpanMark } from "./spanMarks";
import { fitWindow } from "./scale";

/** Geometry and marks of a small timeline. */
export interface MiniTimeline {
  width: number;
  height: number;
  lanes: Lane[];
  marks: SpanMark[];
  /** Text alternative: each thread and where its time went. */
  description: string;
}

/** Thread lanes only, stacked `laneHeight` apart with `gap` between them. */
function threadLanes(trace: Trace, laneHeight: number, gap: number): Lane[] {
  return buildLanes(trace, laneHeight, gap)
    .filter((l) => l.kind === "thread")
    .map((l, i) => ({ ...l, y: i * (laneHeight + gap) }));
}

/** Where one thread's time went, e.g. "MainThread: blocked 7.0 s". */
function threadLine(trace: Trace, thread: number, name: string): string {
  const totals = { running: 0, blocked: 0, sleeping: 0, ready: 0 };
  for (const s of trace.spans)
    if (s.thread === thread && s.state !== "done") totals[s.state] += s.end - s.start;
  const parts = (["sleeping", "blocked", "running"] as const)
    .filter((k) => totals[k] >= 1e6)
    .map((k) => `${k} ${formatDuration(totals[k])}`);
  const died = trace.threads.find((t) => t.id === thread)?.error;
  return `${name}: ${parts.length ? parts.join(", ") : "brief"}${died ? `, died of ${died}` : ""}`;
}

/**
 * The small timeline of `trace` drawn `width` pixels wide for times 0…`end` ns (the longest
 * run of the table, so every row shares one scale).
 */
export function miniTimeline(
  trace: Trace,
  width: number,
  end: number,
  laneHeight = 8,
  gap = 3,
): MiniTimeline {
  const lanes = threadLanes(trace, laneHeight, gap);
  const marks = spanMarks(trace, lanes, fitWindow(end, width)).filter((m) => m.state !== "done");
  const last = lanes[lanes.length - 1];
  return {
    width,
    height: last ? last.y + last.height : 0,
    lanes,
    marks,
    description: lanes.map((l) => threadLine(trace, l.thread!, l.label)).join("; "),
  };
}
