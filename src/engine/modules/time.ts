/** The `time` module on the virtual clock: sleep blocks for exactly the virtual time asked. */
import { pyErr, typeError, ValueError } from "../runtime/exceptions";
import { asFloat } from "../runtime/numeric";
import { PyModule, type Ctx, type NativeFn } from "../runtime/object";
import { builtinFn, ModuleType, newFloat, None, typeOf } from "../runtime/types";
import { defineModule } from "./registry";

/** Seconds since the epoch at virtual time zero (a fixed, plausible date: 2026-01-01). */
const EPOCH_BASE = 1767225600;

function makeTime(ctx: Ctx): PyModule {
  const m = new PyModule(ModuleType, "time");
  const run = ctx.run;
  const secs = () => run.now() / 1e9;
  const fns: Record<string, NativeFn> = {
    sleep(c, a) {
      if (a.length !== 1)
        throw typeError(`time.sleep() takes exactly one argument (${a.length} given)`);
      const s = asFloat(a[0]);
      if (s === null)
        throw typeError(`'${typeOf(a[0]).name}' object cannot be interpreted as an integer`);
      if (s < 0) throw pyErr(ValueError, "sleep length must be non-negative");
      run.sleep(c, s);
      return None;
    },
    time: () => newFloat(EPOCH_BASE + secs()),
    time_ns: () => BigInt(EPOCH_BASE) * 1000000000n + BigInt(Math.round(run.now())),
    perf_counter: () => newFloat(secs()),
    perf_counter_ns: () => Math.round(run.now()),
    monotonic: () => newFloat(secs()),
    monotonic_ns: () => Math.round(run.now()),
    process_time: () => newFloat(secs()),
    thread_time: () => newFloat(secs()),
  };
  for (const [k, f] of Object.entries(fns)) m.dict!.set(k, builtinFn(k, f));
  m.dict!.set("__name__", "time");
  return m;
}

defineModule("time", makeTime);
