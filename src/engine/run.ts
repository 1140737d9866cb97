/** Runs a whole program: parse → compile → interpret, and reports what it printed. */
import { compileModule } from "../engine/compile/compiler";
import { PySyntaxError, UnsupportedError } from "./errors";
import { makeBuiltins } from "./builtins/index";
import "./modules/index";
import { parseModule } from "./parse/parse";
import type { CodeObject } from "./compile/code";
import { PyBaseException, RuntimeError, pyErr, SystemExit } from "./runtime/exceptions";
import { asInt } from "./runtime/numeric";
import type { PyValue, RunState } from "./runtime/object";
import { str } from "./runtime/ops";
import { None } from "./runtime/types";
import { Frame } from "./vm/frame";
import { BlockSignal, BudgetExceeded, Interp } from "./vm/interpreter";
import {
  block,
  INSTRUCTION_NS,
  mulberry32,
  RunAborted,
  Scheduler,
  schedulerOf,
  type DeadlockInfo,
  type SimThread,
} from "./vm/scheduler";
import { sourceLookup } from "./vm/stdlibLines";
import { buildTrace, formatSchedule, parseSchedule } from "./trace/build";
import type { Deadlock } from "./trace/types";
import { exceptionText } from "./modules/threadModule";
import { formatException, formatSyntaxError } from "./vm/traceback";
import type { RunOptions, RunResult } from "./index";

export { INSTRUCTION_NS };

export { schedulerOf };

/** Parse and compile a program (code objects hold no per-run state: they may be reused). */
export function compileSource(source: string, filename: string): CodeObject {
  return compileModule(parseModule(source), filename, source);
}

/** Run `source` to completion (all threads) and report what it printed. */
export function runSingle(
  source: string,
  options: RunOptions = {},
  /** Parse and compile (the explorer passes a cached one: it runs one program thousands of times). */
  compile: (src: string, filename: string) => CodeObject = compileSource,
  /** Race exploration: configures the run's scheduler and interpreter (chooser, probe). */
  setup?: (sched: Scheduler, interp: Interp) => void,
): RunResult {
  const filename = options.filename ?? "main.py";
  let sched: Scheduler | null = null;
  const run: RunState = {
    modules: new Map(),
    extra: new Map(),
    sys: {
      recursionLimit: 1000,
      switchInterval: options.switchInterval ?? 0.005,
      argv: [options.argv0 ?? filename],
      cores: options.cores ?? 4,
      model: options.model ?? "gil",
    },
    seed: options.seed ?? 0,
    now: () => (sched ? sched.clock() : 0),
    sleep(_ctx, seconds) {
      const s = sched!;
      const t = s.current();
      if (s.takeWake(t)) return;
      if (seconds === 0) return;
      block({
        kind: "sleep",
        on: null,
        deadline: s.clock() + Math.round(seconds * 1e9),
        label: `sleep(${seconds})`,
      });
    },
  };
  const result = (stdout: string, stderr: string, exitCode: number): RunResult => ({
    stdout,
    stderr,
    exitCode,
    elapsed: run.now() / 1e9,
    instructions: vm ? vm.totalSteps : 0,
  });
  let vm: Interp | null = null;
  let code;
  try {
    code = compile(source, filename);
  } catch (e) {
    if (e instanceof PySyntaxError) return result("", formatSyntaxError(e, source, filename), 1);
    if (e instanceof UnsupportedError) return result("", e.message + "\n", 1);
    throw e;
  }
  const interp: Interp = new Interp(run, new Map());
  vm = interp;
  sched = new Scheduler(interp, filename);
  sched.model = run.sys.model;
  sched.rng = mulberry32(run.seed);
  if (options.schedule) {
    const slices = parseSchedule(options.schedule);
    if (slices === null)
      return result(
        "",
        `Interleave: the schedule is not valid (expected "thread:instructions ...").\n`,
        2,
      );
    sched.replaySchedule(slices);
  }
  interp.onWrite = printTo(sched);
  run.extra.set("scheduler", sched);
  run.extra.set("sources", new Map([[filename, source]]));
  interp.builtins = makeBuiltins(() => zeroArgSuper(interp));
  if (options.maxInstructions) interp.maxSteps = options.maxInstructions;
  const globals = new Map<string, PyValue>([
    ["__name__", "__main__"],
    ["__doc__", None],
    ["__file__", filename],
  ]);
  // The main module's namespace, for inspection (src/engine/inspect) after main has returned.
  run.extra.set("__main__", globals);
  const main = sched.newThread("MainThread");
  const frame = new Frame(code, globals, interp.builtins, null);
  frame.stop = true;
  interp.thread = main.vm;
  interp.pushFrame(frame);
  const sources = sourceLookup(interp);
  let exitCode = 0;
  let deadlock: Deadlock | null = null;
  // CPython prints the main thread's uncaught exception before waiting for other threads.
  const onMainExit = (e: unknown) => {
    if (e !== null) {
      exitCode = reportUncaught(interp, e, sources);
      if (e instanceof PyBaseException && !e.cls.isSubtype(SystemExit))
        sched!.emit(
          { type: "exception", exception: exceptionText(interp, e), uncaught: true },
          e.traceback.findLast((x) => x.filename === filename)?.lineno ?? 0,
        );
    }
  };
  setup?.(sched, interp);
  try {
    const r = sched.runAll(main, onMainExit);
    if (r.deadlock) {
      deadlock = deadlockOf(r.deadlock, sched);
      interp.write(2, deadlock.message);
      exitCode = exitCode || 1;
    }
    if (sched.limitation) interp.write(2, `Interleave: ${sched.limitation}\n`);
  } catch (e) {
    if (e instanceof RunAborted) throw e; // an explorer abandoned this run: no result
    exitCode = reportUncaught(interp, e, sources);
  }
  let stdout = "";
  let stderr = "";
  for (const o of interp.out) {
    if (o.fd === 1) stdout += o.text;
    else stderr += o.text;
  }
  const res = result(stdout, stderr, exitCode);
  if (options.trace) {
    res.trace = buildTrace(
      sched,
      {
        model: run.sys.model,
        switchInterval: run.sys.switchInterval,
        cores: run.sys.cores,
        seed: run.seed,
        filename,
      },
      { stdout, stderr, exitCode, elapsed: res.elapsed },
      deadlock,
      res.instructions,
    );
  }
  res.deadlock = deadlock;
  res.schedule = formatSchedule(sched.slices);
  return res;
}

/**
 * Forwards printed text to the scheduler's trace. A closure over this one scheduler, not over
 * runSingle's locals: with an arrow written inline (holding the whole run), V8 promoted about a
 * third of everything each run allocated to the old generation, so back-to-back runs (the
 * explorer's) spent their time in GC and two workers ran slower than one. `npm run bench`
 * prints the bytes promoted per schedule.
 */
function printTo(sched: Scheduler): (fd: 1 | 2, text: string) => void {
  return (fd, text) => sched.emit({ type: "print", fd, text });
}

/** The deadlock as trace data, with the message printed on stderr. */
function deadlockOf(d: DeadlockInfo, sched: Scheduler): Deadlock {
  const name = (t: SimThread) => t.name;
  const lines = d.threads.map((x) => {
    const isLock = x.kind === "lock" || x.kind === "rlock";
    const held = isLock && x.holder ? ` (held by ${name(x.holder)})` : "";
    return `  ${name(x.thread)} is waiting for ${x.waiting}${held}`;
  });
  let message = `Interleave: deadlock: every thread is blocked and nothing can wake them.\n${lines.join("\n")}\n`;
  if (d.cycle.length) {
    const parts: string[] = [];
    for (const t of d.cycle) {
      const w = d.threads.find((x) => x.thread === t)!;
      parts.push(name(t), w.waiting);
    }
    parts.push(name(d.cycle[0]));
    message += `Wait-for cycle: ${parts.join(" \u2192 ")}\n`;
  }
  void sched;
  return {
    threads: d.threads.map((x) => ({
      thread: x.thread.vm.id,
      waiting: x.waiting,
      object: x.object,
      holder: x.holder ? x.holder.vm.id : null,
    })),
    cycle: d.cycle.map((t) => t.vm.id),
    message,
  };
}

/** Print an uncaught exception (or SystemExit) the way CPython does; returns the exit status. */
export function reportUncaught(
  vm: Interp,
  e: unknown,
  sources: (f: string) => string | undefined,
): number {
  if (e instanceof BudgetExceeded) {
    vm.write(
      2,
      `Interleave stopped the program after ${e.steps.toLocaleString("en-US")} instructions: it looks like an endless loop. (Raise the limit in the settings if the program is just long.)\n`,
    );
    return 1;
  }
  if (e instanceof BlockSignal) {
    vm.write(2, "Interleave: the program blocked forever (no other thread can wake it).\n");
    return 1;
  }
  const exc = e instanceof PyBaseException ? e : pyErr(RuntimeError, String(e));
  if (exc.cls.isSubtype(SystemExit)) {
    const code = exc.args.length === 0 ? None : exc.args.length === 1 ? exc.args[0] : None;
    if (code === None) return 0;
    const n = asInt(code);
    if (n !== null) return Number(n) & 255;
    vm.write(2, str(vm, code) + "\n");
    return 1;
  }
  vm.write(2, formatException(vm, exc, sources));
  return 1;
}

/** super() with no arguments: the __class__ cell and the first argument of the calling frame. */
function zeroArgSuper(vm: Interp): [PyValue, PyValue] {
  const f = vm.thread.top;
  const code = f.code;
  const i = code.freevars.indexOf("__class__");
  if (i < 0) throw pyErr(RuntimeError, "super(): __class__ cell not found");
  const cls = f.cells[code.cellvars.length + i].value;
  if (cls === undefined) throw pyErr(RuntimeError, "super(): empty __class__ cell");
  if (code.argcount === 0 && !(code.flags & 4)) throw pyErr(RuntimeError, "super(): no arguments");
  const ci = code.cell2arg.indexOf(0);
  const self = ci >= 0 ? f.cells[ci].value : f.fast[0];
  if (self === undefined) throw pyErr(RuntimeError, "super(): arg[0] deleted");
  return [cls, self];
}
