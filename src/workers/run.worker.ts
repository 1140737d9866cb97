/** Web Worker running the engine, so a long or endless program never freezes the page. */
import * as Comlink from "comlink";
import { runProgram } from "../engine";
import { replayWitness } from "../engine/explore/witness";
import { inspectAt } from "../engine/inspect/index";
import {
  MAIN_FILENAME,
  MAX_INSTRUCTIONS,
  type InspectResult,
  type RunResponse,
  type RunSettings,
  type RunWorkerApi,
} from "./api";

/** Engine options for `settings` (the same for a run and for inspecting it). */
const optionsOf = (settings: RunSettings) => ({
  filename: MAIN_FILENAME,
  seed: settings.seed,
  maxInstructions: MAX_INSTRUCTIONS,
  model: settings.model,
  switchInterval: settings.switchInterval,
  cores: settings.cores,
  schedule: settings.schedule,
});

const api: RunWorkerApi = {
  run(source, settings): RunResponse {
    const started = performance.now();
    try {
      const options = { ...optionsOf(settings), trace: true };
      const { schedule, witness } = settings;
      const replay = witness && schedule ? replayWitness(source, { ...options, schedule }) : null;
      const r = replay?.result ?? runProgram(source, options);
      return {
        preemptions: replay?.preemptions,
        stdout: r.stdout,
        stderr: r.stderr,
        exitCode: r.exitCode,
        elapsed: r.elapsed,
        instructions: r.instructions,
        trace: r.trace,
        schedule: r.schedule,
        wallMs: performance.now() - started,
      };
    } catch (e) {
      // An engine bug must read as a message, not as a rejected promise with a JS stack.
      const message = e instanceof Error ? e.message : String(e);
      return {
        stdout: "",
        stderr: `Interleave: internal error in the simulator: ${message}\n`,
        exitCode: 1,
        elapsed: 0,
        instructions: 0,
        wallMs: performance.now() - started,
      };
    }
  },
  inspect(source, settings, t): InspectResult {
    try {
      return inspectAt(source, optionsOf(settings), t);
    } catch (e) {
      return {
        error: `Interleave could not replay this moment: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
  },
};

Comlink.expose(api);
