/** Web Worker measuring the Compare table off the main thread; Stop terminates it. */
import * as Comlink from "comlink";
import { measureStrategy } from "../compare/measure";
import { STRATEGIES } from "../compare/programs";
import type { CompareWorkerApi } from "./api";

/** Yield between exploration batches so progress messages go out as they happen. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const api: CompareWorkerApi = {
  async measure(workload, budget, onProgress, onFacts) {
    const all = [];
    for (const s of STRATEGIES) {
      const facts = await measureStrategy(s.id, workload, budget, { onProgress, pause });
      await onFacts(facts);
      all.push(facts);
    }
    return all;
  },
};

Comlink.expose(api);
