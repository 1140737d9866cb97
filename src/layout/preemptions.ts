/** A replayed witness's preemptions → labelled marks on the timeline's lanes (pure). */
import type { Preemption } from "../engine/explore/witness";
import { laneOf, type Lane } from "./lanes";
import { xOf, type TimeScale } from "./scale";

/** One preemption mark: a flag at `x` on the preempted thread's lane. */
export interface PreemptionMark {
  thread: number;
  t: number;
  x: number;
  y: number;
  height: number;
  /** "Thread-1 (work) preempted here, after reading counter". */
  label: string;
  /** The label runs right of the flag ("start") or, near the right edge, left of it ("end"). */
  anchor: "start" | "end";
  /** What fits beside the flag: the label, or shorter (the lane names the thread). */
  visible: string;
  /** Pixels between the flag and the plot's edge on the label's side. */
  room: number;
  line: number;
}

/** What the mark says: who was preempted, and what it had just done to shared state. */
export function preemptionLabel(p: Preemption, name: string): string {
  return `${name} preempted here${p.did ? `, after ${p.did}` : ""}`;
}

/** Approximate width of one label character in pixels (0.75rem semibold). */
export const LABEL_CHAR_PX = 7;

/** Marks for the preemptions inside the visible window, in time order. */
export function preemptionMarks(
  list: readonly Preemption[],
  names: ReadonlyMap<number, string>,
  lanes: Lane[],
  scale: TimeScale,
): PreemptionMark[] {
  const out: PreemptionMark[] = [];
  for (const p of [...list].sort((a, b) => a.t - b.t)) {
    if (p.t < scale.t0 || p.t > scale.t1) continue;
    const lane = laneOf(lanes, p.thread);
    if (!lane) continue;
    const x = xOf(scale, p.t);
    const anchor = x > scale.width / 2 ? "end" : "start";
    const label = preemptionLabel(p, names.get(p.thread) ?? `Thread ${p.thread}`);
    const room = anchor === "end" ? x : scale.width - x;
    const fits = (text: string) => (text.length + 2) * LABEL_CHAR_PX <= room;
    const shorter = [
      label,
      `preempted${p.did ? `, after ${p.did}` : ""}`,
      p.did ? `after ${p.did}` : "preempted",
    ];
    out.push({
      thread: p.thread,
      t: p.t,
      x,
      y: lane.y,
      height: lane.height,
      label,
      anchor,
      visible: shorter.find(fits) ?? shorter[shorter.length - 1],
      room,
      line: p.line,
    });
  }
  return out;
}
