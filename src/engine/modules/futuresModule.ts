/**
 * The `concurrent` package and `concurrent.futures` (its `__init__`, `_base` and `thread`),
 * run from their Python sources at CPython's paths. ProcessPoolExecutor is not provided:
 * Interleave simulates threads, not processes, and importing it says so.
 */
import { ImportError, pyErr } from "../runtime/exceptions";
import type { Ctx, PyModule } from "../runtime/object";
import { newList } from "../runtime/types";
import { FUTURES_BASE_SOURCE } from "./futuresBasePy";
import { FUTURES_THREAD_SOURCE } from "./futuresThreadPy";
import { defineModule } from "./registry";
import { defineStdlibModule } from "./stdlibSource";
import { newModule } from "./util";

/**
 * CPython's __init__ imports ThreadPoolExecutor lazily through a module __getattr__; here it
 * is imported at once (the engine has no module __getattr__), which only changes what is in
 * sys.modules.
 */
const FUTURES_INIT_SOURCE = String.raw`
from concurrent.futures._base import (FIRST_COMPLETED,  #@8
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

__all__ = (  #@20
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ProcessPoolExecutor',
    'ThreadPoolExecutor',
)

from concurrent.futures.thread import ThreadPoolExecutor  #@49
`;

const NO_PROCESSES =
  "Interleave simulates threads only: ProcessPoolExecutor (worker processes) is not available; use ThreadPoolExecutor";

/** A package module: `__path__` and `__package__` set, registered before its code runs. */
function packageModule(ctx: Ctx, name: string): PyModule {
  const m = newModule(name);
  m.dict!.set("__path__", newList([]));
  m.dict!.set("__package__", name);
  // Submodules imported by the package's own code find it (loadModule caches it only after).
  ctx.run.modules.set(name, m);
  return m;
}

function stdlibModule(ctx: Ctx, name: string, relPath: string, source: string): PyModule {
  const m = newModule(name);
  m.dict!.set("__package__", name.slice(0, name.lastIndexOf(".")));
  defineStdlibModule(ctx, relPath, source, m.dict!, name);
  return m;
}

defineModule("concurrent", (ctx) => packageModule(ctx, "concurrent"));
defineModule("concurrent.futures", (ctx) => {
  const m = packageModule(ctx, "concurrent.futures");
  defineStdlibModule(
    ctx,
    "concurrent/futures/__init__.py",
    FUTURES_INIT_SOURCE,
    m.dict!,
    "concurrent.futures",
  );
  return m;
});
defineModule("concurrent.futures._base", (ctx) =>
  stdlibModule(ctx, "concurrent.futures._base", "concurrent/futures/_base.py", FUTURES_BASE_SOURCE),
);
defineModule("concurrent.futures.thread", (ctx) =>
  stdlibModule(
    ctx,
    "concurrent.futures.thread",
    "concurrent/futures/thread.py",
    FUTURES_THREAD_SOURCE,
  ),
);
// `from concurrent.futures import ProcessPoolExecutor` looks for a submodule of that name
// once the attribute is missing: both forms of importing it end here.
for (const name of ["concurrent.futures.process", "concurrent.futures.ProcessPoolExecutor"])
  defineModule(name, () => {
    throw pyErr(ImportError, NO_PROCESSES);
  });
