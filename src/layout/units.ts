/** Virtual-time formatting and axis ticks in the unit that fits (ns, µs, ms, s). */

/** A time unit with its size in nanoseconds. */
export interface TimeUnit {
  name: "ns" | "µs" | "ms" | "s";
  ns: number;
}

/** Units from smallest to largest. */
export const UNITS: readonly TimeUnit[] = [
  { name: "ns", ns: 1 },
  { name: "µs", ns: 1e3 },
  { name: "ms", ns: 1e6 },
  { name: "s", ns: 1e9 },
];

/** The largest unit in which `ns` is at least 1 (ns for zero). */
export function unitFor(ns: number): TimeUnit {
  const a = Math.abs(ns);
  for (let i = UNITS.length - 1; i > 0; i--) if (a >= UNITS[i].ns) return UNITS[i];
  return UNITS[0];
}

/** Trim a fixed-point number: "5.00" → "5", "1.50" → "1.5". */
function trim(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/** `ns` as a short human time: "0 s", "850 ns", "12.5 µs", "5 ms", "1.25 s". */
export function formatTime(ns: number, digits = 3): string {
  if (ns === 0) return "0 s";
  const unit = unitFor(ns);
  const v = ns / unit.ns;
  // Three significant digits: 1.25 s, 12.5 ms, 125 µs.
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(v))));
  return `${trim(v.toFixed(decimals))} ${unit.name}`;
}

/** A duration the summary line reads best with one decimal: "5.0 s", "12.0 ms". */
export function formatSummaryTime(ns: number): string {
  const unit = ns === 0 ? UNITS[3] : unitFor(ns);
  return `${(ns / unit.ns).toFixed(1)} ${unit.name}`;
}

/** One axis tick: time and label. */
export interface Tick {
  t: number;
  label: string;
}

/** Nice ticks (1, 2, 5 × 10ⁿ ns) between t0 and t1, about `count` of them, labelled in one unit. */
export function timeTicks(t0: number, t1: number, count: number): Tick[] {
  const span = t1 - t0;
  if (!(span > 0) || count < 1) return [];
  const raw = span / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  // d3's thresholds: the multiple of 1, 2, 5 or 10 closest to the wanted step.
  const e = raw / pow;
  const step = (e >= 7.07 ? 10 : e >= 3.16 ? 5 : e >= 1.41 ? 2 : 1) * pow;
  const first = Math.ceil(t0 / step);
  const last = Math.floor(t1 / step + 1e-9);
  // One unit for the whole axis, the one of its largest value, so labels compare at a glance.
  const unit = unitFor(Math.max(Math.abs(first * step), Math.abs(last * step), step));
  const decimals = Math.max(0, -Math.floor(Math.log10(step / unit.ns) + 1e-9));
  const ticks: Tick[] = [];
  for (let i = first; i <= last; i++) {
    const t = i * step;
    ticks.push({ t, label: `${trim((t / unit.ns).toFixed(decimals))} ${unit.name}` });
  }
  return ticks;
}
