/** File downloads from the page, and the trace export files. */
import type { Trace } from "../engine/trace/types";
import { toChromeTrace } from "../engine/trace/chrome";

/** Save `blob` as a file named `name` (the browser's ordinary download). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference by now; free ours a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** File name stem for exports of a preset: "interleave-pool-futures". */
export function exportName(presetId: string): string {
  return `interleave-${presetId.replace(/[^a-z0-9-]+/gi, "-")}`;
}

/** The trace as Chrome Trace Event Format JSON text (Perfetto, chrome://tracing). */
export function chromeTraceJson(trace: Trace): string {
  return JSON.stringify(toChromeTrace(trace));
}
