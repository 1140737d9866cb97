/**
 * The thread timeline as a standalone SVG document (for "Save image"): title, summary, time
 * axis with its unit, lane names, spans (blocked ones hatched), GIL ownership, hand-off
 * arrows, markers and a legend, so the picture reads on its own. Pure: trace in, text out;
 * it reuses the page's layout functions, so the image and the page agree.
 */
import type { ThreadState, Trace } from "../engine/trace/types";
import { summaryLine } from "../engine/trace/summary";
import { handoffs, markers } from "../layout/handoffs";
import { arrowMarks, markerMarks } from "../layout/arrows";
import { buildLanes, lanesHeight, runEnd, threadColor } from "../layout/lanes";
import { spanMarks } from "../layout/spanMarks";
import { xOf, type TimeScale } from "../layout/scale";
import { timeTicks } from "../layout/units";

/** Colours of the exported image. */
export interface SvgPalette {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  states: Record<ThreadState, string>;
  hatch: string;
  handoff: string;
  callback: string;
  error: string;
}

/** The light theme of app.css (used when the page's colours cannot be read, and in tests). */
export const LIGHT_PALETTE: SvgPalette = {
  bg: "#ffffff",
  fg: "#1e293b",
  muted: "#475569",
  border: "#cbd5e1",
  states: {
    running: "#16a34a",
    ready: "#f59e0b",
    blocked: "#fca5a5",
    sleeping: "#93c5fd",
    done: "#94a3b8",
  },
  hatch: "#b91c1c",
  handoff: "#7c3aed",
  callback: "#0f766e",
  error: "#b91c1c",
};

/** The palette from the page's CSS variables (`get("--fg")` …), falling back to light. */
export function paletteFromCss(get: (name: string) => string): SvgPalette {
  const v = (name: string, fallback: string) => get(name).trim() || fallback;
  const L = LIGHT_PALETTE;
  return {
    bg: v("--bg", L.bg),
    fg: v("--fg", L.fg),
    muted: v("--muted", L.muted),
    border: v("--border", L.border),
    states: {
      running: v("--state-running", L.states.running),
      ready: v("--state-ready", L.states.ready),
      blocked: v("--state-blocked", L.states.blocked),
      sleeping: v("--state-sleeping", L.states.sleeping),
      done: v("--state-done", L.states.done),
    },
    hatch: v("--state-hatch", L.hatch),
    handoff: v("--handoff", L.handoff),
    callback: v("--callback", L.callback),
    error: v("--error", L.error),
  };
}

/** Options of the export. */
export interface TimelineSvgOptions {
  title: string;
  /** Image width in pixels. */
  width?: number;
  palette?: SvgPalette;
  /** Time window to draw (default: the whole run). */
  window?: { t0: number; t1: number };
}

/** A rendered image: SVG text and its size. */
export interface SvgImage {
  svg: string;
  width: number;
  height: number;
}

/** Escape text for SVG/XML content and attributes. */
export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const r1 = (n: number) => Math.round(n * 10) / 10;
/** Rough width of 11 px system-ui text, to keep labels inside their boxes. */
const fit = (text: string, px: number, charPx = 6.2) => {
  const max = Math.floor(px / charPx);
  return text.length <= max ? text : max <= 1 ? "" : text.slice(0, max - 1) + "…";
};

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const MARGIN = 16;
const LABELS = 180;
const AXIS = 24;
const SYMBOL = { exception: "✕", reraise: "✕", callback: "◆" } as const;

/** One legend entry: a swatch or a symbol, then its text. */
interface LegendItem {
  x: number;
  row: number;
  text: string;
  swatch?: string;
  symbol?: string;
  color?: string;
}

/** Legend entries laid out left to right, wrapping to new rows within `width`. */
function legendLayout(trace: Trace, p: SvgPalette, width: number) {
  const ready = trace.model === "gil" ? "waiting for the GIL" : "waiting for a core";
  const entries: Omit<LegendItem, "x" | "row">[] = [
    { swatch: p.states.running, text: "running" },
    { swatch: p.states.ready, text: ready },
    { swatch: "url(#hatch)", text: "blocked (on what: inside)" },
    { swatch: p.states.sleeping, text: "sleeping" },
    { swatch: p.states.done, text: "done" },
    { symbol: "→", color: p.handoff, text: "hand-off" },
    { symbol: "✕", color: p.error, text: "exception" },
    { symbol: "◆", color: p.callback, text: "callback" },
  ];
  if (trace.model === "gil")
    entries.push({ swatch: "#4e79a7", text: "GIL held by (thread colour)" });
  const items: LegendItem[] = [];
  let x = MARGIN;
  let row = 0;
  for (const e of entries) {
    const w = 24 + e.text.length * 6.8 + 16;
    if (x > MARGIN && x + w > width - MARGIN) {
      x = MARGIN;
      row++;
    }
    items.push({ ...e, x: r1(x), row });
    x += w;
  }
  return { items, rows: row + 1 };
}

/** The timeline of `trace` as an SVG document. */
export function timelineSvg(trace: Trace, o: TimelineSvgOptions): SvgImage {
  const width = Math.max(o.width ?? 1200, 480);
  const p = o.palette ?? LIGHT_PALETTE;
  const end = runEnd(trace);
  const win = o.window ?? { t0: 0, t1: Math.max(end * 1.02, 100) };
  const plotX = MARGIN + LABELS;
  const plotW = width - plotX - MARGIN;
  const scale: TimeScale = { t0: win.t0, t1: win.t1, width: plotW };
  const lanes = buildLanes(trace);
  const top = 64;
  const lanesTop = top + AXIS;
  const lanesH = lanesHeight(lanes);
  const legendY = lanesTop + lanesH + 28;
  const legend = legendLayout(trace, p, width);
  const height = legendY + legend.rows * 20 + 8;
  const out: string[] = [];
  const push = (s: string) => out.push(s);

  push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
      `viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" ` +
      `aria-labelledby="title">`,
  );
  push(`<title id="title">${xmlEscape(o.title)}</title>`);
  push(
    `<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" ` +
      `patternTransform="rotate(45)"><rect width="8" height="8" fill="${p.states.blocked}"/>` +
      `<line x1="0" y1="0" x2="0" y2="8" stroke="${p.hatch}" stroke-width="3"/></pattern>` +
      `<marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" ` +
      `markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" ` +
      `fill="${p.handoff}"/></marker>` +
      `<clipPath id="plot"><rect x="${plotX}" y="${top}" width="${plotW}" ` +
      `height="${AXIS + lanesH}"/></clipPath></defs>`,
  );
  push(`<rect width="100%" height="100%" fill="${p.bg}"/>`);
  push(
    `<text x="${MARGIN}" y="28" font-size="18" font-weight="700" fill="${p.fg}">` +
      `${xmlEscape(o.title)}</text>`,
  );
  const model = trace.model === "gil" ? "CPython with the GIL" : "free-threaded CPython";
  push(
    `<text x="${MARGIN}" y="48" font-size="12" fill="${p.muted}">` +
      `${xmlEscape(`${summaryLine(trace)} · ${model} · seed ${trace.settings.seed}`)}</text>`,
  );

  // Axis: ticks in one unit, grid lines down through the lanes, and what the axis measures.
  push(`<g font-size="11" fill="${p.muted}">`);
  for (const t of timeTicks(win.t0, win.t1, Math.max(2, Math.floor(plotW / 100)))) {
    const x = r1(plotX + xOf(scale, t.t));
    const anchor = x - plotX < 20 ? "start" : plotX + plotW - x < 20 ? "end" : "middle";
    push(
      `<line x1="${x}" x2="${x}" y1="${top + AXIS - 5}" y2="${lanesTop + lanesH}" ` +
        `stroke="${p.border}" stroke-dasharray="2 3"/>` +
        `<text x="${x}" y="${top + AXIS - 9}" text-anchor="${anchor}">${xmlEscape(t.label)}</text>`,
    );
  }
  push(`<text x="${plotX - 8}" y="${top + AXIS - 9}" text-anchor="end">virtual time →</text></g>`);

  // Lane names, each with its thread colour.
  push(`<g font-size="12" fill="${p.fg}">`);
  for (const lane of lanes) {
    const y = lanesTop + lane.y + lane.height / 2;
    if (lane.thread !== null)
      push(
        `<rect x="${MARGIN}" y="${y - 5}" width="10" height="10" rx="2" ` +
          `fill="${threadColor(lane.thread)}"/>`,
      );
    push(
      `<text x="${MARGIN + 16}" y="${y}" dominant-baseline="central">` +
        `${xmlEscape(fit(lane.label, LABELS - 22, 6.8))}</text>`,
    );
  }
  push(`</g>`);
  push(
    `<line x1="${plotX}" x2="${plotX}" y1="${top}" y2="${lanesTop + lanesH}" ` +
      `stroke="${p.border}"/>`,
  );

  // Spans and GIL ownership, clipped to the plot.
  const names = new Map(trace.threads.map((t) => [t.id, t.name]));
  push(`<g clip-path="url(#plot)" font-size="11">`);
  for (const m of spanMarks(trace, lanes, scale)) {
    const x = r1(plotX + m.x);
    const y = r1(lanesTop + m.y);
    const fill =
      m.state === "gil"
        ? threadColor(m.thread)
        : m.state === "blocked"
          ? "url(#hatch)"
          : p.states[m.state];
    push(`<rect x="${x}" y="${y}" width="${r1(m.w)}" height="${r1(m.h)}" fill="${fill}"/>`);
    const text = m.state === "gil" ? (names.get(m.thread) ?? "") : m.label;
    const shown = text && m.w > 36 ? fit(text, m.w - 10) : "";
    if (shown) {
      const tx = r1(Math.max(x, plotX) + 4);
      const ty = r1(lanesTop + m.y + m.h / 2);
      if (m.state !== "gil")
        push(
          `<rect x="${tx - 2}" y="${ty - 7}" width="${r1(shown.length * 6.2 + 4)}" ` +
            `height="14" fill="${p.bg}" opacity="0.85"/>`,
        );
      push(
        `<text x="${tx}" y="${ty}" dominant-baseline="central" ` +
          `fill="${m.state === "gil" ? "#ffffff" : p.fg}">${xmlEscape(shown)}</text>`,
      );
    }
  }
  push(`</g>`);

  // Hand-off arrows and markers, with native tooltips.
  push(`<g clip-path="url(#plot)">`);
  for (const a of arrowMarks(handoffs(trace), lanes, scale))
    push(
      `<line x1="${r1(plotX + a.x1)}" y1="${r1(lanesTop + a.y1)}" x2="${r1(plotX + a.x2)}" ` +
        `y2="${r1(lanesTop + a.y2)}" stroke="${a.kind === "callback" ? p.callback : p.handoff}" ` +
        `stroke-width="1.5" marker-end="url(#arrowhead)"><title>${xmlEscape(a.label)}</title></line>`,
    );
  for (const m of markerMarks(markers(trace), lanes, scale))
    push(
      `<text x="${r1(plotX + m.x)}" y="${r1(lanesTop + m.y)}" text-anchor="middle" ` +
        `dominant-baseline="central" font-size="14" font-weight="700" ` +
        `fill="${m.kind === "callback" ? p.callback : p.error}" stroke="${p.bg}" ` +
        `stroke-width="3" paint-order="stroke">${SYMBOL[m.kind]}<title>${xmlEscape(m.label)}</title></text>`,
    );
  push(`</g>`);

  // Legend: what colours, patterns and symbols mean (never colour alone), wrapped to the width.
  push(`<g font-size="12" fill="${p.muted}">`);
  for (const item of legend.items) {
    const y = legendY + item.row * 20;
    push(
      item.swatch
        ? `<rect x="${item.x}" y="${y - 6}" width="18" height="12" rx="2" fill="${item.swatch}"/>`
        : `<text x="${item.x + 4}" y="${y}" dominant-baseline="central" font-weight="700" ` +
            `fill="${item.color}">${item.symbol}</text>`,
    );
    push(
      `<text x="${item.x + 24}" y="${y}" dominant-baseline="central">${xmlEscape(item.text)}</text>`,
    );
  }
  push(`</g></svg>`);
  return { svg: out.join("\n"), width, height };
}
