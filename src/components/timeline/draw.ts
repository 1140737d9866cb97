/** Paints span marks on the timeline canvas (the only part that must be fast: 10,000 spans). */
import type { ThreadState } from "../../engine/trace/types";
import { threadColor } from "../../layout/lanes";
import type { SpanMark } from "../../layout/spanMarks";

/** Colours read from CSS variables, so the canvas follows the theme. */
export interface Palette {
  states: Record<ThreadState, string>;
  hatch: string;
  text: string;
  textOnDark: string;
  /** Behind labels on hatched spans, so they stay readable. */
  labelBg: string;
}

/** The palette for `el` from its computed style. */
export function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string) => css.getPropertyValue(name).trim() || "#888";
  return {
    states: {
      running: v("--state-running"),
      ready: v("--state-ready"),
      blocked: v("--state-blocked"),
      sleeping: v("--state-sleeping"),
      done: v("--state-done"),
    },
    hatch: v("--state-hatch"),
    text: v("--fg"),
    textOnDark: "#ffffff",
    labelBg: v("--surface"),
  };
}

const patterns = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | null>>();

/** Diagonal stripes over blocked spans: blocked must read without colour. */
function hatchPattern(
  ctx: CanvasRenderingContext2D,
  base: string,
  stripe: string,
): CanvasPattern | null {
  let cache = patterns.get(ctx);
  if (!cache) patterns.set(ctx, (cache = new Map()));
  const key = base + stripe;
  if (cache.has(key)) return cache.get(key)!;
  const tile = document.createElement("canvas");
  tile.width = tile.height = 8;
  const t = tile.getContext("2d")!;
  t.fillStyle = base;
  t.fillRect(0, 0, 8, 8);
  t.strokeStyle = stripe;
  t.lineWidth = 2;
  t.beginPath();
  t.moveTo(-2, 10);
  t.lineTo(10, -2);
  t.moveTo(6, 10);
  t.lineTo(10, 6);
  t.moveTo(-2, 2);
  t.lineTo(2, -2);
  t.stroke();
  const p = ctx.createPattern(tile, "repeat");
  cache.set(key, p);
  return p;
}

/** Clear the canvas and paint `marks` (CSS pixels; the context is already scaled by dpr). */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  marks: SpanMark[],
  palette: Palette,
  width: number,
  height: number,
  threadNames: Map<number, string>,
): void {
  ctx.clearRect(0, 0, width, height);
  const hatch = hatchPattern(ctx, palette.states.blocked, palette.hatch);
  ctx.font = "11px system-ui, sans-serif";
  ctx.textBaseline = "middle";
  for (const m of marks) {
    if (m.state === "gil") ctx.fillStyle = threadColor(m.thread);
    else if (m.state === "blocked") ctx.fillStyle = hatch ?? palette.states.blocked;
    else ctx.fillStyle = palette.states[m.state];
    ctx.fillRect(m.x, m.y, m.w, m.h);
    const text = m.state === "gil" ? (threadNames.get(m.thread) ?? null) : m.label;
    if (text && m.w > 36) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(m.x + 3, m.y, m.w - 6, m.h);
      ctx.clip();
      const x = Math.max(m.x, 0) + 4;
      if (m.state !== "gil") {
        ctx.fillStyle = palette.labelBg;
        ctx.fillRect(x - 2, m.y + m.h / 2 - 7, ctx.measureText(text).width + 4, 14);
      }
      ctx.fillStyle = m.state === "gil" ? palette.textOnDark : palette.text;
      ctx.fillText(text, x, m.y + m.h / 2);
      ctx.restore();
    }
  }
}
