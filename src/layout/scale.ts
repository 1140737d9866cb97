/** The visible time window of a chart and its mapping to pixels (pure, no d3 needed). */

/** A visible window [t0, t1] of virtual ns drawn across `width` pixels. */
export interface TimeScale {
  t0: number;
  t1: number;
  width: number;
}

/** Pixel x of time `t`. */
export function xOf(s: TimeScale, t: number): number {
  return ((t - s.t0) / (s.t1 - s.t0)) * s.width;
}

/** Time at pixel `x`. */
export function tOf(s: TimeScale, x: number): number {
  return s.t0 + (x / s.width) * (s.t1 - s.t0);
}

/** The smallest window we zoom into: 100 ns (five instructions). */
export const MIN_WINDOW_NS = 100;

/** Zoom by `factor` (> 1 zooms in) keeping time `anchor` at the same pixel, clamped to [0, end]. */
export function zoomAt(s: TimeScale, factor: number, anchor: number, end: number): TimeScale {
  const span = Math.min(
    Math.max((s.t1 - s.t0) / factor, MIN_WINDOW_NS),
    Math.max(end, MIN_WINDOW_NS),
  );
  const ratio = (anchor - s.t0) / (s.t1 - s.t0);
  return clampWindow({ ...s, t0: anchor - ratio * span, t1: anchor - ratio * span + span }, end);
}

/** Pan by `dt` ns (positive moves later), clamped to [0, end]. */
export function panBy(s: TimeScale, dt: number, end: number): TimeScale {
  return clampWindow({ ...s, t0: s.t0 + dt, t1: s.t1 + dt }, end);
}

/** Centre the window on `t` without changing its size. */
export function centreOn(s: TimeScale, t: number, end: number): TimeScale {
  const half = (s.t1 - s.t0) / 2;
  return clampWindow({ ...s, t0: t - half, t1: t + half }, end);
}

/** The whole run [0, end] (at least MIN_WINDOW_NS wide). */
export function fitWindow(end: number, width: number): TimeScale {
  return { t0: 0, t1: Math.max(end, MIN_WINDOW_NS), width };
}

/** Shift the window back inside [0, max(end, its size)]. */
export function clampWindow(s: TimeScale, end: number): TimeScale {
  const span = s.t1 - s.t0;
  const limit = Math.max(end, span);
  let t0 = Math.min(Math.max(s.t0, 0), limit - span);
  if (!Number.isFinite(t0)) t0 = 0;
  return { ...s, t0, t1: t0 + span };
}
