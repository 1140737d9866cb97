/** Registers the builtin functions and lazy-iterator types defined in the functions*.ts files. */
import { addIterProtocol } from "./functionsUtil";
import type { PyValue } from "../runtime/object";
import { builtinFn, IteratorType } from "../runtime/types";
import { CallableIterType } from "./core";
import { introspectFunctions } from "./functionsIntrospect";
import { installIterTypes, iterFunctions, iterTypes } from "./functionsIter";
import { numericFunctions } from "./functionsNumeric";
import { orderFunctions } from "./functionsOrder";
import { installGeneratorMethods } from "../vm/generatorMethods";

let installed = false;
/** Add abs, divmod, pow, round, min, max, sorted, map, zip … to a builtins namespace. */
export function addFunctionBuiltins(ns: Map<string, PyValue>): void {
  if (!installed) {
    installed = true;
    installIterTypes();
    installGeneratorMethods();
    // The runtime's own native iterators answer next()/iter() through the same protocol.
    addIterProtocol(IteratorType);
    addIterProtocol(CallableIterType);
  }
  // No object spread: spreading these four objects afresh for every run made V8 promote
  // a large share of each run's garbage to the old generation (measured with --trace-gc-nvp).
  for (const fns of [numericFunctions, orderFunctions, iterFunctions, introspectFunctions])
    for (const name in fns) ns.set(name, builtinFn(name, fns[name]));
  for (const t of iterTypes) ns.set(t.name, t);
}
