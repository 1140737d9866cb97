/**
 * The Compare programs checked against CPython: a few workloads × every strategy, written to
 * tests/conformance/compare/ by `npm run compare:update` (then run by real python3, like the
 * rest of the conformance corpus). Workloads keep ≥ 0.1 s between events, so CPython's
 * output does not depend on its scheduler's jitter.
 */
import {
  DEFAULT_WORKLOAD,
  STRATEGIES,
  programFor,
  type Workload,
} from "../../src/compare/programs";

/** Named workloads of the corpus. */
export const CORPUS_WORKLOADS: { tag: string; workload: Workload }[] = [
  { tag: "default", workload: DEFAULT_WORKLOAD },
  { tag: "one_worker", workload: { durations: [0.5, 0.3, 0.2], workers: 1, failing: null } },
  { tag: "first_fails", workload: { durations: [0.2, 0.4, 0.3, 0.3], workers: 3, failing: 1 } },
];

/** Every corpus file: its name (without .py) and the program it must hold. */
export function corpusFiles(): { name: string; source: string }[] {
  return CORPUS_WORKLOADS.flatMap(({ tag, workload }, i) =>
    STRATEGIES.map((s) => ({
      name: `${String(i + 1).padStart(2, "0")}_${tag}_${s.id.replace("-", "_")}`,
      source: programFor(s.id, workload),
    })),
  );
}
