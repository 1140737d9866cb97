/** Benchmarks of the engine (printed figures and ratios; `npm run bench`). */
import { performance } from "node:perf_hooks";
import { runProgram, type RunOptions, type RunResult } from "../src/engine/index";
import { poolBenchmarks } from "./chromium";
import { exploreBenchmarks, exploreGcFigures, poolPrograms } from "./explore";
import { layoutBenchmark } from "./layout";

interface BenchIO {
  readFile(name: string): string;
  python(name: string): { seconds: number; stdout: string } | null;
}

function timed(src: string, options: RunOptions): { r: RunResult; sec: number } {
  runProgram(src, options); // warm up the JIT
  const t0 = performance.now();
  const r = runProgram(src, { maxInstructions: 1e10, ...options });
  return { r, sec: (performance.now() - t0) / 1000 };
}

/** Engine speed on one program, and the ratio to python3 running it. */
function versusPython(io: BenchIO, name: string, target: string): void {
  const { r, sec } = timed(io.readFile(name), {});
  console.log(
    `${name}: engine ${sec.toFixed(3)} s, ${(r.instructions / sec / 1e6).toFixed(1)} M instructions/s (${r.instructions.toLocaleString("en-US")} instructions)`,
  );
  const py = io.python(name);
  if (!py) {
    console.log(`${name}: python3 not found, no ratio`);
    return;
  }
  const same = py.stdout === r.stdout ? "same output" : "OUTPUT DIFFERS";
  console.log(
    `${name}: python3 ${py.seconds.toFixed(3)} s (incl. start-up) → engine/python3 = ${(sec / py.seconds).toFixed(2)}× (target ${target}; ${same})`,
  );
}

/** Synchronisation-heavy program: instructions per second and trace bytes per event. */
function handoffs(io: BenchIO): void {
  const name = "handoffs.py";
  const { r, sec } = timed(io.readFile(name), { trace: true });
  const t = r.trace!;
  const bytes = JSON.stringify(t).length;
  const records = t.events.length + t.spans.length;
  console.log(
    `${name}: ${r.stdout.trim()} · engine ${sec.toFixed(3)} s, ${(r.instructions / sec / 1e6).toFixed(1)} M instructions/s, virtual ${r.elapsed.toFixed(3)} s`,
  );
  console.log(
    `${name}: trace ${(bytes / 1e6).toFixed(2)} MB for ${t.events.length.toLocaleString("en-US")} events + ${t.spans.length.toLocaleString("en-US")} spans → ${(bytes / records).toFixed(0)} bytes per record`,
  );
}

/** Trace size of a run of about a million instructions (target: under 50 MB). */
function traceSize(): void {
  const src = `
import threading
def spin(n):
    x = 0
    for i in range(n):
        x += i
ts = [threading.Thread(target=spin, args=(80000,)) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
`;
  const r = runProgram(src, { trace: true });
  const mb = JSON.stringify(r.trace).length / 1e6;
  console.log(
    `trace of a ${(r.instructions / 1e6).toFixed(2)} M-instruction run: ${mb.toFixed(3)} MB (target < 50 MB)`,
  );
}

/** Run every benchmark and print one line per figure. */
export async function runBenchmarks(io: BenchIO): Promise<void> {
  // First, in a fresh isolate, as an explorer worker (page or CLI) runs: it only explores.
  exploreGcFigures("in a fresh isolate");
  versusPython(io, "cpu_bound.py", "≤ 2×");
  versusPython(io, "cpu_threads.py", "≤ 2×");
  handoffs(io);
  traceSize();
  layoutBenchmark();
  exploreBenchmarks();
  exploreGcFigures("after the benchmarks above, same isolate");
  await poolBenchmarks(poolPrograms());
}
