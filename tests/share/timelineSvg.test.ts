/** "Save image": the timeline as an SVG document that reads on its own. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { runProgram } from "../../src/engine/index";
import {
  LIGHT_PALETTE,
  paletteFromCss,
  timelineSvg,
  xmlEscape,
} from "../../src/export/timelineSvg";
import { poolTrace } from "../ui/fixtures";

const pool = readFileSync(join(__dirname, "../../src/presets/pool_futures.py"), "utf8");

/** Opening and closing tags balance (a light well-formedness check; e2e parses it for real). */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (!m[1]) stack.push(m[2]);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

test("title, summary, axis with units, every lane name and the legend", () => {
  const trace = runProgram(pool, { trace: true, filename: "main.py" }).trace!;
  const { svg, width, height } = timelineSvg(trace, { title: "Thread pool & futures" });
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(balanced(svg)).toBe(true);
  expect(svg).toContain('<title id="title">Thread pool &amp; futures</title>');
  expect(svg).toContain("Wall time");
  expect(svg).toMatch(/>\d+(\.\d+)? s<\/text>/);
  expect(svg).toContain("virtual time →");
  for (const t of trace.threads) expect(svg).toContain(`>${xmlEscape(t.name)}</text>`);
  expect(svg).toContain(">GIL</text>");
  for (const text of ["running", "waiting for the GIL", "sleeping", "hand-off", "exception"])
    expect(svg).toContain(`>${text}</text>`);
  expect(svg).toContain('fill="url(#hatch)"');
  expect(svg).toContain('marker-end="url(#arrowhead)"');
  expect(width).toBe(1200);
  expect(height).toBeGreaterThan(200);
});

test("names are escaped, long ones shortened, and a narrow image wraps its legend", () => {
  const trace = poolTrace();
  trace.threads[1].name = "worker <a&b> 'quoted' and far too long to fit in the column";
  const wide = timelineSvg(trace, { title: "x" });
  const narrow = timelineSvg(trace, { title: "x", width: 480 });
  expect(wide.svg).toContain("worker &lt;a&amp;b&gt; &apos;quoted&apos;");
  expect(wide.svg).toContain("…</text>");
  expect(wide.svg).not.toContain("<a&b>");
  expect(narrow.height).toBeGreaterThan(wide.height);
  expect(balanced(narrow.svg)).toBe(true);
});

test("same trace, same image (snapshot of the hand-made pool trace)", () => {
  expect(timelineSvg(poolTrace(), { title: "Pool", width: 800 }).svg).toMatchSnapshot();
});

test("the palette comes from CSS variables, with light fallbacks", () => {
  const p = paletteFromCss((name) => (name === "--bg" ? " #0f172a " : ""));
  expect(p.bg).toBe("#0f172a");
  expect(p.fg).toBe(LIGHT_PALETTE.fg);
  const dark = timelineSvg(poolTrace(), { title: "x", palette: p }).svg;
  expect(dark).toContain('<rect width="100%" height="100%" fill="#0f172a"/>');
});
