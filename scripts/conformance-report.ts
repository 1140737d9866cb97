/** Developer tool: run one conformance suite through the engine and list the programs that differ. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runProgram } from "../src/engine/index";

const suite = process.argv[2] ?? "threads";
const only = process.argv[3];
const dir = join(import.meta.dirname, "..", "tests", "conformance", suite);
let pass = 0;
let fail = 0;
for (const f of readdirSync(dir)
  .filter((n) => n.endsWith(".py"))
  .sort()) {
  if (only && !f.startsWith(only)) continue;
  const src = readFileSync(join(dir, f), "utf8");
  const want = JSON.parse(readFileSync(join(dir, f.replace(/\.py$/, ".expected.json")), "utf8"));
  let got;
  try {
    got = runProgram(src, { filename: "main.py" });
  } catch (e) {
    console.log(`CRASH ${f}: ${(e as Error).stack}`);
    fail++;
    continue;
  }
  const ok =
    got.stdout === want.stdout &&
    got.stderr === want.stderr &&
    got.exitCode === want.exitCode &&
    Math.abs(got.elapsed - want.elapsed) <= 0.15;
  if (ok) pass++;
  else {
    fail++;
    console.log(
      `FAIL ${f} (elapsed ${got.elapsed.toFixed(3)} vs ${want.elapsed.toFixed(3)}, exit ${got.exitCode} vs ${want.exitCode})`,
    );
    if (only) {
      console.log("--- got stdout\n" + got.stdout + "--- want stdout\n" + want.stdout);
      console.log("--- got stderr\n" + got.stderr + "--- want stderr\n" + want.stderr);
    }
  }
}
console.log(`${pass} passed, ${fail} failed`);
