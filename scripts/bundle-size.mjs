#!/usr/bin/env node
/**
 * Prints the gzip size of the JavaScript the page loads before first paint (the entry script
 * and its modulepreloads in dist/index.html), and of the chunks loaded later. Run after
 * `npm run build`: `node scripts/bundle-size.mjs`.
 */
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = new URL("../dist/", import.meta.url).pathname;
if (!existsSync(join(dist, "index.html"))) {
  console.error("dist/index.html is missing: run `npm run build` first.");
  process.exit(1);
}
const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = [
  ...html.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g),
].map((m) => m[1]);

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const sizes = (file) => {
  const data = readFileSync(join(dist, file));
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
};

let total = 0;
console.log("Initial JS (loaded before first paint):");
for (const f of initial) {
  const s = sizes(f);
  total += s.gzip;
  console.log(`  ${f}  ${kB(s.raw)} raw, ${kB(s.gzip)} gzip`);
}
console.log(`  total: ${kB(total)} gzip`);
console.log("Loaded later (lazily or in a worker):");
for (const f of readdirSync(join(dist, "assets")).filter((f) => f.endsWith(".js"))) {
  if (initial.includes(`assets/${f}`)) continue;
  const s = sizes(`assets/${f}`);
  console.log(`  assets/${f}  ${kB(s.raw)} raw, ${kB(s.gzip)} gzip`);
}
