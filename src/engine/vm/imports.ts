/** The import statement: modules are provided by the engine (no file system). */
import { lookupAttr } from "../runtime/attrs";
import { ImportError, ModuleNotFoundError, pyErr } from "../runtime/exceptions";
import { PyModule, type PyValue } from "../runtime/object";
import { None } from "../runtime/types";
import type { PyDict } from "../runtime/containers";
import { moduleFactories, UNSUPPORTED_STDLIB } from "../modules/registry";
import type { Interp } from "./interpreter";

/** Load (or fetch from the cache) the module called `name`, creating parent packages. */
export function loadModule(interp: Interp, name: string): PyModule {
  const cached = interp.run.modules.get(name);
  if (cached) return cached as PyModule;
  const factory = moduleFactories[name];
  if (!factory) {
    const top = name.split(".")[0];
    if (UNSUPPORTED_STDLIB.has(top))
      throw pyErr(
        ModuleNotFoundError,
        `Interleave does not simulate the '${name}' module (its threads and clock are simulated; the supported modules are listed in the README)`,
      );
    const e = pyErr(ModuleNotFoundError, `No module named '${name}'`);
    e.extra = new Map([["name", name]]);
    throw e;
  }
  const m = factory(interp);
  interp.run.modules.set(name, m);
  (interp.run.extra.get("sys.modules") as PyDict | undefined)?.table.set(interp, name, m);
  const dot = name.lastIndexOf(".");
  if (dot > 0) {
    const parent = loadModule(interp, name.slice(0, dot));
    parent.dict!.set(name.slice(dot + 1), m);
  }
  return m;
}

/** IMPORT_NAME: the top-level package, or the leaf module with a fromlist / `as`. */
export function importName(
  interp: Interp,
  name: string,
  fromlist: PyValue,
  leaf: boolean,
): PyValue {
  const parts = name.split(".");
  let m: PyModule | null = null;
  for (let i = 1; i <= parts.length; i++) {
    const mod = loadModule(interp, parts.slice(0, i).join("."));
    if (m === null) m = mod;
  }
  if (leaf || fromlist !== None) return loadModule(interp, name);
  return m!;
}

/** IMPORT_FROM */
export function importFrom(interp: Interp, mod: PyValue, name: string): PyValue {
  const v = lookupAttr(interp, mod, name);
  if (v !== undefined) return v;
  const m = mod as PyModule;
  const sub = moduleFactories[`${m.name}.${name}`];
  if (sub) return loadModule(interp, `${m.name}.${name}`);
  const e = pyErr(ImportError, `cannot import name '${name}' from '${m.name}' (unknown location)`);
  e.extra = new Map([["name", m.name]]);
  throw e;
}

/** from m import * */
export function importStar(interp: Interp, mod: PyValue, into: Map<string, PyValue>): void {
  const m = mod as PyModule;
  const all = m.dict!.get("__all__");
  void interp;
  for (const [k, v] of m.dict!) {
    if (all === undefined && k.startsWith("_")) continue;
    into.set(k, v);
  }
}
