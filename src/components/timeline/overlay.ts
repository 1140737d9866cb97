/** Draws the timeline's SVG overlay with d3: time axis, hand-off arrows, markers, playhead. */
import { select } from "d3";
import type { ArrowMark, MarkerMark } from "../../layout/arrows";
import { xOf, type TimeScale } from "../../layout/scale";
import { timeTicks } from "../../layout/units";

/** Everything the overlay shows, already laid out by the pure layout functions. */
export interface OverlayData {
  scale: TimeScale;
  /** Height of the axis band at the top, in pixels. */
  axis: number;
  /** Height of the lanes below the axis. */
  height: number;
  arrows: ArrowMark[];
  markers: MarkerMark[];
  playhead: number | null;
}

const SYMBOL: Record<MarkerMark["kind"], string> = {
  exception: "✕",
  reraise: "✕",
  callback: "◆",
};

/** (Re)draw the overlay of `svg` from `d`. */
export function drawOverlay(svg: SVGSVGElement, d: OverlayData): void {
  const root = select(svg);
  if (root.select("defs").empty()) {
    const defs = root.append("defs");
    defs
      .append("marker")
      .attr("id", "arrowhead")
      .attr("viewBox", "0 0 10 10")
      .attr("refX", 9)
      .attr("refY", 5)
      .attr("markerWidth", 7)
      .attr("markerHeight", 7)
      .attr("orient", "auto-start-reverse")
      .append("path")
      .attr("d", "M0,0 L10,5 L0,10 z")
      .attr("class", "arrowhead");
    root.append("g").attr("class", "axis");
    root.append("g").attr("class", "arrows");
    root.append("g").attr("class", "markers");
    root.append("line").attr("class", "playhead");
  }
  const ticks = timeTicks(d.scale.t0, d.scale.t1, Math.max(2, Math.floor(d.scale.width / 90)));
  const tick = root
    .select<SVGGElement>("g.axis")
    .selectAll<SVGGElement, (typeof ticks)[number]>("g.tick")
    .data(ticks, (t) => t.label)
    .join((enter) => {
      const g = enter.append("g").attr("class", "tick");
      g.append("line");
      g.append("text");
      return g;
    })
    .attr("transform", (t) => `translate(${xOf(d.scale, t.t)},0)`);
  tick
    .select("line")
    .attr("y1", d.axis - 5)
    .attr("y2", d.axis + d.height);
  tick
    .select("text")
    .attr("y", d.axis - 8)
    // Labels at the edges are anchored inwards so they are never cut off.
    .attr("text-anchor", (t) => {
      const x = xOf(d.scale, t.t);
      return x < 20 ? "start" : x > d.scale.width - 20 ? "end" : "middle";
    })
    .text((t) => t.label);

  const arrows = root
    .select("g.arrows")
    .selectAll<SVGLineElement, ArrowMark>("line")
    .data(d.arrows)
    .join((enter) => {
      const line = enter.append("line");
      line.append("title");
      return line;
    });
  // Native tooltips say what each arrow and marker means.
  arrows.select("title").text((a) => a.label);
  arrows
    .attr("class", (a) => `handoff handoff-${a.kind}`)
    .attr("x1", (a) => a.x1)
    .attr("y1", (a) => a.y1 + d.axis)
    .attr("x2", (a) => a.x2)
    .attr("y2", (a) => a.y2 + d.axis)
    .attr("marker-end", "url(#arrowhead)");

  const marks = root
    .select("g.markers")
    .selectAll<SVGTextElement, MarkerMark>("text")
    .data(d.markers)
    .join("text");
  marks
    .attr("class", (m) => `marker marker-${m.kind}`)
    .attr("x", (m) => m.x)
    .attr("y", (m) => m.y + d.axis)
    .attr("text-anchor", "middle")
    .attr("dominant-baseline", "central")
    // Setting the text drops the old <title>, so a fresh one is added on every draw.
    .text((m) => SYMBOL[m.kind])
    .append("title")
    .text((m) => m.label);

  const ph = root.select("line.playhead");
  if (d.playhead === null || d.playhead < d.scale.t0 || d.playhead > d.scale.t1)
    ph.attr("display", "none");
  else {
    const x = xOf(d.scale, d.playhead);
    ph.attr("display", null)
      .attr("x1", x)
      .attr("x2", x)
      .attr("y1", 0)
      .attr("y2", d.axis + d.height);
  }
}
