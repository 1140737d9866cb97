/**
 * Timeline layout cost with ~10,000 spans: the pure work each zoom or pan step redoes
 * (span marks culled to the window, hand-off arrows), measured against a 60 fps frame.
 * The e2e perf spec prints the same figure measured in Chromium, with the canvas drawing.
 */
import { performance } from "node:perf_hooks";
import { runProgram } from "../src/engine/index";
import { buildLanes, runEnd } from "../src/layout/lanes";
import { spanMarks } from "../src/layout/spanMarks";
import { arrowMarks } from "../src/layout/arrows";
import { handoffs } from "../src/layout/handoffs";

const BUSY = `
import sys
import threading
sys.setswitchinterval(0.00002)
def spin():
    total = 0
    for i in range(60000):
        total += i
threads = [threading.Thread(target=spin) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
`;

const FRAME_MS = 1000 / 60;

/** Median milliseconds of layout work per zoom step (60 steps in, then out). */
export function layoutBenchmark(): void {
  const trace = runProgram(BUSY, { trace: true }).trace!;
  const lanes = buildLanes(trace);
  const arrows = handoffs(trace);
  const end = runEnd(trace);
  const times: number[] = [];
  const n = 60;
  let marks = 0;
  for (let round = 0; round < 3; round++)
    for (let i = 0; i < n; i++) {
      // Zoom towards a third of the run by 10% per step, then back out.
      const k = i < n / 2 ? i : n - i;
      const width = end * Math.pow(0.9, k);
      const t0 = end / 3 - width / 3;
      const scale = { t0, t1: t0 + width, width: 1000 };
      const started = performance.now();
      marks = spanMarks(trace, lanes, scale).length;
      arrowMarks(arrows, lanes, scale);
      if (round > 0) times.push(performance.now() - started); // round 0 warms the JIT
    }
  times.sort((a, b) => a - b);
  const median = times[times.length >> 1];
  console.log(
    `timeline layout, ${trace.spans.length.toLocaleString("en-US")} spans: median ${median.toFixed(2)} ms per zoom step (≤ ${marks} marks) → ${(median / FRAME_MS).toFixed(2)} of a 60 fps frame (target < 1)`,
  );
}
