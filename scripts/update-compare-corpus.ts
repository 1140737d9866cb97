/**
 * Write the Compare view's generated programs into tests/conformance/compare/ (see
 * tests/compare/corpus.ts), then record what CPython prints for them.
 *
 * Usage: npm run compare:update   (needs python3; takes ~15 s: the programs sleep)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { corpusFiles } from "../tests/compare/corpus";

const dir = join(import.meta.dirname, "..", "tests", "conformance", "compare");
mkdirSync(dir, { recursive: true });
for (const f of readdirSync(dir)) rmSync(join(dir, f));
for (const { name, source } of corpusFiles()) writeFileSync(join(dir, `${name}.py`), source);
execFileSync("python3", [join(import.meta.dirname, "update-conformance.py"), "compare/"], {
  stdio: "inherit",
});
