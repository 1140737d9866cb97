/**
 * Race explorer: every outcome a threaded program can produce, each with a replayable
 * witness schedule (`runProgram(source, { schedule: outcome.schedule })` replays it).
 *
 * Single worker:   `await explore(source, options, onProgress, pause)`
 *                  (or `new Explorer(source, options)` and `runBatch(n)` / `result()`).
 * Several workers: every worker runs an `Explorer` for its part; an idle one gets work from
 *                  a busy one's `split()`, and a finished part hands over what it found for
 *                  others with `handoff()`; a `ShareBoard` turns both into new parts (a
 *                  schedule prefix with asleep siblings, or a run range). Random/PCT may
 *                  also start from `splitRuns(runs, parts)`. `mergeResults(results)`
 *                  combines the answers (src/workers/explorePool.ts does all this over
 *                  Web Workers).
 * Stop: set `options.signal.aborted` (checked between runs) or return false from
 * `onProgress`; the result so far comes back with `stoppedBy: "cancelled"`.
 */
export { drive, Explorer, explore, exploreSync, EXPLORE_MAX_INSTRUCTIONS } from "./explorer";
export { mergeResults, ShareBoard, splitRuns } from "./split";
export {
  MODEL_NAMES,
  type ExploreMode,
  type ExploreOptions,
  type ExploreResult,
  type Handoff,
  type InterleavingModel,
  type Outcome,
  type PartOptions,
  type ProgressFn,
  type SiblingStep,
} from "./types";
