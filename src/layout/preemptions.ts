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
  line: number;
}

/** What the mark says: who was preempted, and what it had just done to shared state. */
export function preemptionLabel(p: Preemption, name: string): string {
  return `${name} preempted here${p.did ? `, after ${p.did}` : ""}`;
}

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
    out.push({
      thread: p.thread,
      t: p.t,
      x,
      y: lane.y,
      height: lane.height,
      label: preemptionLabel(p, names.get(p.thread) ?? `Thread ${p.thread}`),
      anchor: x > scale.width / 2 ? "end" : "start",
      line: p.line,
    });
  }
  return out;
}
