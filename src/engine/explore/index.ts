/**
 * Race explorer: every outcome a threaded program can produce, each with a replayable
 * witness schedule (`runProgram(source, { schedule: outcome.schedule })` replays it).
 *
 * Single worker:   `await explore(source, options, onProgress, pause)`
 *                  (or `new Explorer(source, options)` and `runBatch(n)` / `result()`).
 * Several workers: exhaustive — `splitParts(source, options, parts)` on one side, each
 *                  worker `explore(source, { ...options, ...part })` for its parts;
 *                  random/PCT — `splitRuns(runs, parts)` gives each `{ firstRun, runs }`;
 *                  then `mergeResults(results)`. `exploreInParts` does the same in one thread.
 *                  A part under way can also hand out work: `Explorer.split()` (work sharing,
 *                  as the worker pool does when a worker is idle).
 * Stop: set `options.signal.aborted` (checked between runs) or return false from
 * `onProgress`; the result so far comes back with `stoppedBy: "cancelled"`.
 */
export { drive, Explorer, explore, exploreSync, EXPLORE_MAX_INSTRUCTIONS } from "./explorer";
export {
  exploreInParts,
  mergeResults,
  splitParts,
  splitPrefixes,
  splitRuns,
  type SearchPart,
} from "./split";
export {
  MODEL_NAMES,
  type ExploreMode,
  type ExploreOptions,
  type ExploreResult,
  type InterleavingModel,
  type Outcome,
  type ProgressFn,
  type SiblingStep,
} from "./types";
