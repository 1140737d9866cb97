// TEMPORARY STUB written by the lead so the VM can be tried before the parser lands.
// The parser engineer owns this file: replace it entirely.
import type { Module } from "./ast";
/** Parse Python source (stub). */
export function parseModule(source: string): Module {
  void source;
  throw new Error("parser not ready");
}
