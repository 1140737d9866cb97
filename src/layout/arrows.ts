/** Hand-offs and markers → SVG geometry for the visible window (pure; tested by snapshot). */
import type { Handoff, HandoffKind, Marker } from "./handoffs";
import { laneOf, type Lane } from "./lanes";
import { xOf, type TimeScale } from "./scale";

/** An arrow to draw from (x1, y1) to (x2, y2). */
export interface ArrowMark {
  kind: HandoffKind;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label: string;
}

/** A symbol to draw at (x, y). */
export interface MarkerMark {
  kind: Marker["kind"];
  x: number;
  y: number;
  label: string;
  line: number;
}

/** Arrows that cross the window, pointing from the giver's lane to the receiver's lane. */
export function arrowMarks(list: Handoff[], lanes: Lane[], scale: TimeScale): ArrowMark[] {
  const out: ArrowMark[] = [];
  for (const h of list) {
    if (Math.max(h.from.t, h.to.t) < scale.t0 || Math.min(h.from.t, h.to.t) > scale.t1) continue;
    const a = laneOf(lanes, h.from.thread);
    const b = laneOf(lanes, h.to.thread);
    if (!a || !b) continue;
    // Start and end at the lane edges facing each other, so the arrow does not hide the spans.
    const down = b.y > a.y;
    const same = a === b;
    out.push({
      kind: h.kind,
      x1: xOf(scale, h.from.t),
      y1: same ? a.y : down ? a.y + a.height : a.y,
      x2: xOf(scale, h.to.t),
      y2: same ? b.y : down ? b.y : b.y + b.height,
      label: h.label,
    });
  }
  return out;
}

/** Markers inside the window, centred on their lane. */
export function markerMarks(list: Marker[], lanes: Lane[], scale: TimeScale): MarkerMark[] {
  const out: MarkerMark[] = [];
  for (const m of list) {
    if (m.t < scale.t0 || m.t > scale.t1) continue;
    const lane = laneOf(lanes, m.thread);
    if (!lane) continue;
    out.push({
      kind: m.kind,
      x: xOf(scale, m.t),
      y: lane.y + lane.height / 2,
      label: m.label,
      line: m.line,
    });
  }
  return out;
}
