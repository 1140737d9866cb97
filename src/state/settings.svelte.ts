/** Run settings the user picks (model, switch interval, cores, seed), remembered across visits. */
import type { Model } from "../engine/trace/types";
import type { RunSettings } from "../workers/api";
import { load, save } from "./storage";

/** CPython's default switch interval (sys.getswitchinterval()). */
export const DEFAULT_SWITCH_INTERVAL = 0.005;

/** The settings panel's state. */
export class SettingsState {
  model = $state<Model>("gil");
  switchInterval = $state(DEFAULT_SWITCH_INTERVAL);
  cores = $state(4);
  seed = $state(0);

  constructor() {
    const saved = load<Partial<RunSettings>>("settings", {});
    if (saved.model === "gil" || saved.model === "free-threaded") this.model = saved.model;
    if (typeof saved.switchInterval === "number" && saved.switchInterval > 0)
      this.switchInterval = saved.switchInterval;
    if (typeof saved.cores === "number" && saved.cores >= 1) this.cores = saved.cores;
    if (typeof saved.seed === "number") this.seed = saved.seed;
  }

  /** A fresh random seed (the UI may use Math.random; only the engine must replay). */
  newSeed(): void {
    this.seed = Math.floor(Math.random() * 1_000_000);
  }

  /** The settings as plain data for the worker, saved as a side effect. */
  snapshot(): RunSettings {
    const s: RunSettings = {
      model: this.model,
      switchInterval: this.switchInterval,
      cores: this.cores,
      seed: this.seed,
    };
    save("settings", s);
    return s;
  }
}
