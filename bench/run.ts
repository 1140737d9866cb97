/** Benchmarks of the engine (printed figures and ratios; `npm run bench`). */
import { performance } from "node:perf_hooks";
import { runProgram } from "../src/engine/index";

interface BenchIO {
  readFile(name: string): string;
  python(name: string): { seconds: number; stdout: string } | null;
}

/** Run every benchmark and print one line per figure. */
export async function runBenchmarks(io: BenchIO): Promise<void> {
  const name = "cpu_bound.py";
  const src = io.readFile(name);
  runProgram(src); // warm up the JIT
  const t0 = performance.now();
  const r = runProgram(src, { maxInstructions: 1e10 });
  const engineSec = (performance.now() - t0) / 1000;
  const instructions = r.instructions;
  const py = io.python(name);
  console.log(
    `${name}: engine ${engineSec.toFixed(3)} s, ${(instructions / engineSec / 1e6).toFixed(1)} M instructions/s (${instructions.toLocaleString("en-US")} instructions)`,
  );
  if (py) {
    const same = py.stdout === r.stdout ? "same output" : "OUTPUT DIFFERS";
    console.log(
      `${name}: python3 ${py.seconds.toFixed(3)} s (incl. start-up) → engine/python3 = ${(engineSec / py.seconds).toFixed(2)}× (${same})`,
    );
  } else console.log(`${name}: python3 not found, no ratio`);
}
