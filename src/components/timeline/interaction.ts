/** Keyboard, wheel and theme hooks of the timeline, kept out of the component's markup. */
import { tOf, type TimeScale } from "../../layout/scale";
import type { TimelineState } from "../../state/timeline.svelte";

/** The action for a key pressed on the plot, or null if the key is not ours. */
export function keyAction(view: TimelineState, key: string): (() => void) | null {
  const keys: Record<string, () => void> = {
    "+": () => view.zoom(1.5),
    "=": () => view.zoom(1.5),
    "-": () => view.zoom(1 / 1.5),
    ArrowLeft: () => view.panFraction(-0.1),
    ArrowRight: () => view.panFraction(0.1),
    "0": () => view.fit(),
    Home: () => view.fit(),
  };
  return keys[key] ?? null;
}

/**
 * Wheel zooms around the pointer (or pans with Shift or a sideways gesture). Registered
 * non-passive so the page does not scroll while the pointer is over the chart.
 */
export function attachWheel(
  el: HTMLElement,
  view: TimelineState,
  scale: () => TimeScale,
): () => void {
  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const s = scale();
    if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      const d = e.shiftKey ? e.deltaY : e.deltaX;
      view.panBy((d / s.width) * (view.t1 - view.t0));
    } else {
      const x = e.clientX - el.getBoundingClientRect().left;
      view.zoom(Math.exp(-e.deltaY * 0.002), tOf(s, x));
    }
  };
  el.addEventListener("wheel", onWheel, { passive: false });
  return () => el.removeEventListener("wheel", onWheel);
}

/** Call `onChange` when the colour scheme changes (OS setting or the Theme toggle). */
export function watchTheme(onChange: () => void): () => void {
  const mq = matchMedia("(prefers-color-scheme: dark)");
  mq.addEventListener("change", onChange);
  const mo = new MutationObserver(onChange);
  mo.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => {
    mq.removeEventListener("change", onChange);
    mo.disconnect();
  };
}
