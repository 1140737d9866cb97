/** The timeline's rows: one per thread, plus the GIL lane in GIL mode, and their colours. */
import type { Trace } from "../engine/trace/types";

/** One row of the timeline. */
export interface Lane {
  /** "gil" or "thread-<id>". */
  key: string;
  kind: "gil" | "thread";
  /** Thread id (thread lanes only). */
  thread: number | null;
  label: string;
  /** Top of the lane in pixels. */
  y: number;
  height: number;
}

/** Lane geometry in pixels. */
export const LANE_HEIGHT = 26;
/** Gap between lanes in pixels. */
export const LANE_GAP = 6;

/**
 * Thread colours, Tableau 10 reordered so neighbours differ in lightness too; the same
 * colour marks the thread's lane label, GIL ownership and its current line in the editor.
 */
export const THREAD_COLORS = [
  "#4e79a7",
  "#f28e2b",
  "#59a14f",
  "#e15759",
  "#b07aa1",
  "#76b7b2",
  "#edc948",
  "#9c755f",
  "#ff9da7",
  "#bab0ac",
] as const;

/** The colour of thread `id` (ids start at 1). */
export function threadColor(id: number): string {
  return THREAD_COLORS[(id - 1) % THREAD_COLORS.length];
}

/** Lanes top to bottom: the GIL (GIL model only), then threads in creation order. */
export function buildLanes(trace: Trace, laneHeight = LANE_HEIGHT, gap = LANE_GAP): Lane[] {
  const lanes: Lane[] = [];
  const add = (l: Omit<Lane, "y" | "height">) =>
    lanes.push({ ...l, y: lanes.length * (laneHeight + gap), height: laneHeight });
  if (trace.model === "gil") add({ key: "gil", kind: "gil", thread: null, label: "GIL" });
  for (const t of trace.threads)
    add({ key: `thread-${t.id}`, kind: "thread", thread: t.id, label: t.name });
  return lanes;
}

/** Total height of `lanes` in pixels. */
export function lanesHeight(lanes: Lane[]): number {
  const last = lanes[lanes.length - 1];
  return last ? last.y + last.height : 0;
}

/** The lane of thread `id`. */
export function laneOf(lanes: Lane[], thread: number): Lane | undefined {
  return lanes.find((l) => l.thread === thread);
}

/** End of the run in ns: the latest span end (or the elapsed time when there are no spans). */
export function runEnd(trace: Trace): number {
  let end = Math.round(trace.outcome.elapsed * 1e9);
  for (const s of trace.spans) if (s.end > end) end = s.end;
  for (const g of trace.gil) if (g.end > end) end = g.end;
  return end;
}
