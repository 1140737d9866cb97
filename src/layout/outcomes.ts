/** The Outcomes histogram: one bar per distinct outcome, and the line saying what was explored. */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from "d3";
import { MODEL_NAMES, type ExploreResult, type Outcome } from "../engine/explore/index";

/** One bar of the histogram. */
export interface OutcomeBar {
  index: number;
  /** What the program printed, shortened to one line ("(printed nothing)" if nothing). */
  text: string;
  /** Deadlock: the wait-for cycle, e.g. "Thread-1 (one) → Lock#2 → Thread-2 (two) → …"; else null. */
  cycle: string | null;
  count: number;
  /** "45.7%". */
  share: string;
  /** "16 · 45.7%". */
  value: string;
  y: number;
  height: number;
  /** Bar length in pixels. */
  width: number;
  /** The button's accessible name: everything the bar says, and what clicking does. */
  name: string;
}

/** The histogram's geometry. */
export interface OutcomeChart {
  bars: OutcomeBar[];
  /** Count → pixels (for the axis). */
  x: ScaleLinear<number, number>;
  y: ScaleBand<number>;
  height: number;
  /** Room for the labels left of the bars. */
  labelWidth: number;
}

/** Rows and their gap, in pixels; the axis below. */
export const BAR_ROW = 30;
export const AXIS_HEIGHT = 24;
const MAX_TEXT = 28;

/** A deadlock's wait-for cycle in words, as its message gives it ("Thread-1 (one) → Lock#2 → …"). */
export function cycleText(o: Pick<Outcome, "deadlock">): string | null {
  const d = o.deadlock;
  if (d === null) return null;
  const line = d.message.split("\n").find((l) => l.startsWith("Wait-for cycle: "));
  if (line) return line.slice("Wait-for cycle: ".length);
  if (d.cycle.length === 0) return "every thread blocked";
  return [...d.cycle, d.cycle[0]].map((id) => `thread ${id}`).join(" → ");
}

/** What an outcome printed, on one line. */
export function outcomeText(o: Outcome): string {
  const lines = o.stdout.replace(/\n$/, "").split("\n");
  const one = o.stdout === "" ? "(printed nothing)" : lines.join(" ⏎ ");
  const text = one.length > MAX_TEXT ? one.slice(0, MAX_TEXT - 1) + "…" : one;
  return o.exitCode !== 0 && o.deadlock === null ? `${text} (exit ${o.exitCode})` : text;
}

/** Share of `count` in `total`, as "45.7%". */
export const shareText = (count: number, total: number) =>
  `${total > 0 ? ((100 * count) / total).toFixed(1) : "0.0"}%`;

/** Lay out the bars of `r` in `width` pixels. */
export function outcomeChart(
  r: Pick<ExploreResult, "outcomes" | "schedules">,
  width: number,
): OutcomeChart {
  const labelWidth = Math.round(Math.min(220, Math.max(110, width * 0.38)));
  const valueRoom = 90;
  const height = r.outcomes.length * BAR_ROW;
  const max = Math.max(1, ...r.outcomes.map((o) => o.count));
  const x = scaleLinear()
    .domain([0, max])
    .range([0, Math.max(20, width - labelWidth - valueRoom)]);
  const y = scaleBand<number>()
    .domain(r.outcomes.map((_, i) => i))
    .range([0, height])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const bars = r.outcomes.map((o, i): OutcomeBar => {
    const share = shareText(o.count, r.schedules);
    const cycle = cycleText(o);
    const text = outcomeText(o);
    const printed =
      o.stdout === ""
        ? "printed nothing"
        : `printed ${JSON.stringify(o.stdout.replace(/\n$/, ""))}`;
    const what = cycle !== null ? `deadlock (${cycle}), ${printed}` : printed;
    const pre = `${o.preemptions} preemption${o.preemptions === 1 ? "" : "s"}`;
    return {
      index: i,
      text,
      cycle,
      count: o.count,
      share,
      value: `${o.count.toLocaleString("en")} · ${share}`,
      y: y(i) ?? 0,
      height: y.bandwidth(),
      width: Math.max(2, x(o.count)),
      name: `Outcome ${i + 1}: ${what}, exit status ${o.exitCode}; ${o.count.toLocaleString("en")} of ${r.schedules.toLocaleString("en")} schedules (${share}). Replay its witness (${pre})`,
    };
  });
  return { bars, x, y, height, labelWidth };
}

/** The line saying what was explored, e.g. "All 35 interleavings, complete". */
export function exploredSummary(r: ExploreResult, running = false): string {
  const n = r.schedules.toLocaleString("en");
  const model = `under “${MODEL_NAMES[r.model]}”`;
  const plural = r.schedules === 1 ? "" : "s";
  if (running) return `Exploring: ${n} schedule${plural} so far ${model}`;
  if (r.stoppedBy === "cancelled")
    return `Stopped after ${n} schedule${plural} ${model}: incomplete`;
  if (r.mode !== "exhaustive")
    return `${n} ${r.mode === "pct" ? "PCT" : "random"} schedule${plural}, seed ${r.seed}, ${model}`;
  const bound =
    r.preemptionBound === null
      ? ""
      : ` with at most ${r.preemptionBound} preemption${r.preemptionBound === 1 ? "" : "s"}`;
  if (r.complete) return `All ${n} interleaving${plural}${bound}, complete, ${model}`;
  return `${n} interleaving${plural}${bound} ${model}: the search stopped at its ${r.stoppedBy === "time" ? "time" : "run"} budget, incomplete`;
}
