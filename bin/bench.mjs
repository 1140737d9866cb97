#!/usr/bin/env node
// `npm run bench`: engine speed figures and ratios against python3, printed, never asserted.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register();
const { runBenchmarks } = await import("../bench/run.ts");
await runBenchmarks({
  readFile: (p) => readFileSync(fileURLToPath(new URL(`../bench/${p}`, import.meta.url)), "utf8"),
  python: (p) => {
    const file = fileURLToPath(new URL(`../bench/${p}`, import.meta.url));
    const t0 = process.hrtime.bigint();
    const r = spawnSync("python3", [file], { encoding: "utf8" });
    if (r.error) return null;
    return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, stdout: r.stdout };
  },
});
