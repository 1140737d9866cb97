/**
 * Compiled code by file name, then by the source string itself. Code objects hold no per-run
 * state, so one compilation serves every run; and V8 keeps a string's hash, so a lookup costs
 * nothing per run (a key built by concatenating file and source would copy and hash the whole
 * source every time — all of threading.py, thousands of times in an exploration).
 */
import type { CodeObject } from "./code";

export class CodeCache {
  private readonly byFile = new Map<string, Map<string, CodeObject>>();

  /** `limit`: files, and sources per file, kept before that level starts over. */
  constructor(
    private readonly compile: (source: string, filename: string) => CodeObject,
    private readonly limit = Infinity,
  ) {}

  get(source: string, filename: string): CodeObject {
    let sources = this.byFile.get(filename);
    if (sources === undefined) {
      if (this.byFile.size >= this.limit) this.byFile.clear();
      this.byFile.set(filename, (sources = new Map()));
    }
    let code = sources.get(source);
    if (code === undefined) {
      if (sources.size >= this.limit) sources.clear();
      code = this.compile(source, filename);
      sources.set(source, code);
    }
    return code;
  }
}
