/** Trace spans → rectangles to paint, culled to the visible window (pure; tested by snapshot). */
import type { Span, ThreadState, Trace } from "../engine/trace/types";
import type { Lane } from "./lanes";
import { xOf, type TimeScale } from "./scale";

/** One rectangle of the timeline canvas. */
export interface SpanMark {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Thread state, or "gil" for a GIL-ownership mark. */
  state: ThreadState | "gil";
  thread: number;
  /** Key of the lane it is drawn in. */
  lane: string;
  /** Index into trace.spans (or trace.gil for GIL marks), for tooltips and clicks. */
  index: number;
  /** Text drawn inside when it fits (what a blocked thread waits for). */
  label: string | null;
}

/** States drawn as thin bars so "running" stands out (done is a hairline). */
const INSET: Record<ThreadState, number> = {
  running: 0,
  ready: 0.25,
  blocked: 0.15,
  sleeping: 0.3,
  done: 0.45,
};

/** Label shown inside a span: the wait for blocked and sleeping spans. */
export function spanLabel(s: Span): string | null {
  if (s.state === "blocked" || s.state === "sleeping") return s.label ?? s.kind ?? null;
  return null;
}

/**
 * Marks of every span overlapping the window. Spans narrower than a pixel collapse: per lane,
 * at most one sub-pixel mark per pixel column is kept, so 10,000 spans cost ~width marks.
 */
export function spanMarks(trace: Trace, lanes: Lane[], scale: TimeScale): SpanMark[] {
  const marks: SpanMark[] = [];
  const lastColumn = new Map<number, number>();
  const laneByThread = new Map(lanes.filter((l) => l.thread !== null).map((l) => [l.thread!, l]));
  trace.spans.forEach((s, index) => {
    if (s.end < scale.t0 || s.start > scale.t1) return;
    const lane = laneByThread.get(s.thread);
    if (!lane) return;
    const x0 = Math.max(xOf(scale, s.start), -1);
    const x1 = Math.min(xOf(scale, s.end), scale.width + 1);
    let w = x1 - x0;
    if (w < 1) {
      const column = Math.floor(x0);
      if (lastColumn.get(s.thread) === column) return;
      lastColumn.set(s.thread, column);
      w = 1;
    }
    const inset = INSET[s.state] * lane.height;
    marks.push({
      x: x0,
      y: lane.y + inset,
      w,
      h: lane.height - 2 * inset,
      state: s.state,
      thread: s.thread,
      lane: lane.key,
      index,
      label: spanLabel(s),
    });
  });
  const gil = lanes.find((l) => l.kind === "gil");
  if (gil) {
    let lastGilColumn = NaN;
    trace.gil.forEach((g, index) => {
      if (g.end < scale.t0 || g.start > scale.t1) return;
      const x0 = Math.max(xOf(scale, g.start), -1);
      let w = Math.min(xOf(scale, g.end), scale.width + 1) - x0;
      if (w < 1) {
        // Same collapse as thread lanes: one sub-pixel GIL mark per pixel column.
        const column = Math.floor(x0);
        if (column === lastGilColumn) return;
        lastGilColumn = column;
        w = 1;
      }
      marks.push({
        x: x0,
        y: gil.y,
        w,
        h: gil.height,
        state: "gil",
        thread: g.thread,
        lane: "gil",
        index,
        label: null,
      });
    });
  }
  return marks;
}

/** The mark under pixel (x, y): anywhere in its lane's row, with 2 px of slack for thin marks. */
export function hitMark(marks: SpanMark[], lanes: Lane[], x: number, y: number): SpanMark | null {
  const lane = lanes.find((l) => y >= l.y && y <= l.y + l.height);
  if (!lane) return null;
  let best: SpanMark | null = null;
  let bestDistance = 3;
  for (const m of marks) {
    if (m.lane !== lane.key) continue;
    const d = x < m.x ? m.x - x : x > m.x + m.w ? x - m.x - m.w : 0;
    if (d < bestDistance) {
      best = m;
      bestDistance = d;
    }
  }
  return best;
}
