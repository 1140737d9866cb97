/** Text of the Compare table's cells (pure, so the wording is tested once, here). */
import type { ExceptionFate, ExplorationFacts } from "./measure";

/** "100%", "0%", "67%"; never rounds a partial share to 100% or 0%. */
export function formatShare(correct: number, schedules: number): string {
  if (schedules === 0) return "—";
  if (correct === schedules) return "100%";
  if (correct === 0) return "0%";
  const pct = Math.round((correct / schedules) * 100);
  return pct >= 100 ? ">99%" : pct <= 0 ? "<1%" : `${pct}%`;
}

/** How the schedules were chosen: "all 3 schedules (exhaustive)", "100 schedules sampled by PCT, seed 1". */
export function formatExploration(e: ExplorationFacts): string {
  const n = `${e.schedules.toLocaleString("en")} schedule${e.schedules === 1 ? "" : "s"}`;
  if (e.mode === "exhaustive") {
    if (!e.complete) return `${n} (exhaustive, incomplete)`;
    return e.schedules === 1 ? "the only schedule (exhaustive)" : `all ${n} (exhaustive)`;
  }
  return `${n} sampled by PCT, seed ${e.seed}`;
}

/** The exception column: a word a reader scans, and how it happened. */
export function formatFate(f: ExceptionFate): { word: string; detail: string } {
  switch (f.kind) {
    case "none":
      return { word: "—", detail: "no task raises" };
    case "surfaced":
      return { word: "Surfaced", detail: f.how };
    case "lost":
      return { word: "Lost", detail: f.how };
    case "swallowed":
      return { word: "Lost", detail: f.how };
  }
}
