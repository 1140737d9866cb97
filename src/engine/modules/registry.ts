/** Modules the engine provides, by import name. */
import type { Ctx, PyModule } from "../runtime/object";

/** Creates a fresh module object for one run. */
export type ModuleFactory = (ctx: Ctx) => PyModule;

/** Registered module factories (each module file registers itself). */
export const moduleFactories: Partial<Record<string, ModuleFactory>> = {};

/** Register a module factory under `name`. */
export function defineModule(name: string, factory: ModuleFactory): void {
  moduleFactories[name] = factory;
}

/** Standard-library modules that exist in CPython but are not simulated here. */
export const UNSUPPORTED_STDLIB = new Set(
  (
    "asyncio multiprocessing subprocess socket shutil pathlib io json re datetime decimal fractions " +
    "statistics typing enum pickle logging argparse unittest urllib http email csv " +
    "sqlite3 signal select selectors ssl struct zlib gzip hashlib hmac secrets uuid weakref contextvars " +
    "abc inspect traceback textwrap array tempfile glob fnmatch platform locale gc atexit"
  ).split(" "),
);
