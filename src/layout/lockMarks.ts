/** A lock's lane for the visible window: holders on top, waiters stacked below (pure). */
import type { LockInterval, LockView } from "./locks";
import { xOf, type TimeScale } from "./scale";

/** One rectangle of a lock lane. */
export interface LockRect {
  kind: "hold" | "wait";
  thread: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Row heights of a lock lane in pixels. */
export const HOLD_ROW = 18;
/** Height of one waiter row. */
export const WAIT_ROW = 10;

/** Pixel height of the lane of `v` (one holder row, one row per stacked waiter). */
export function lockLaneHeight(v: LockView): number {
  const depth = v.waits.reduce((m, w) => Math.max(m, w.depth + 1), 0);
  return HOLD_ROW + depth * (WAIT_ROW + 2) + 2;
}

/** Rectangles of `v` inside the window; sub-pixel intervals keep one mark per pixel column per row. */
export function lockRects(v: LockView, scale: TimeScale): LockRect[] {
  const out: LockRect[] = [];
  const seen = new Set<string>();
  const add = (kind: LockRect["kind"], i: LockInterval, y: number, h: number) => {
    if (i.end < scale.t0 || i.start > scale.t1) return;
    const x = Math.max(xOf(scale, i.start), -1);
    let w = Math.min(xOf(scale, i.end), scale.width + 1) - x;
    if (w < 1) {
      const key = `${kind}${i.depth}:${Math.floor(x)}`;
      if (seen.has(key)) return;
      seen.add(key);
      w = 1;
    }
    out.push({ kind, thread: i.thread, x, y, w, h });
  };
  for (const h of v.holds) add("hold", h, 0, HOLD_ROW);
  for (const w of v.waits) add("wait", w, HOLD_ROW + 2 + w.depth * (WAIT_ROW + 2), WAIT_ROW);
  return out;
}
