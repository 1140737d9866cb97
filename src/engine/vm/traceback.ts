/**
 * Printing uncaught exceptions exactly as CPython 3.11's default excepthook does:
 * chained exceptions, caret lines, "[Previous line repeated N more times]", and
 * "Did you mean" suggestions for NameError and AttributeError.
 */
import type { PySyntaxError } from "../errors";
import { AttributeError, NameError, PyBaseException, type TraceEntry } from "../runtime/exceptions";
import { PyModule, PyType, type Ctx, type PyValue } from "../runtime/object";
import { exceptionStr } from "../runtime/ops";
import { typeOf } from "../runtime/types";

/** Source text of the files frames may point at, by filename. */
export type SourceLookup = (filename: string) => string | undefined;

/** The full text CPython prints for an uncaught exception (ends with a newline). */
export function formatException(ctx: Ctx, e: PyBaseException, sources: SourceLookup): string {
  const seen = new Set<PyBaseException>();
  const parts: string[] = [];
  const visit = (x: PyBaseException) => {
    seen.add(x);
    if (x.cause && !seen.has(x.cause)) {
      visit(x.cause);
      parts.push("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if (x.context && !x.suppressContext && !seen.has(x.context)) {
      visit(x.context);
      parts.push("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    parts.push(formatOne(ctx, x, sources));
  };
  visit(e);
  return parts.join("");
}

function formatOne(ctx: Ctx, e: PyBaseException, sources: SourceLookup): string {
  let out = "";
  if (e.traceback.length) {
    out += "Traceback (most recent call last):\n";
    out += formatEntries(e.traceback, sources);
  }
  return out + exceptionLine(ctx, e);
}

/** The stack lines of a traceback (`  File ..., line N, in f` + source + carets). */
export function formatEntries(entries: TraceEntry[], sources: SourceLookup): string {
  let out = "";
  let last: TraceEntry | null = null;
  let count = 0;
  const flush = () => {
    if (count > 3) {
      const n = count - 3;
      out += `  [Previous line repeated ${n} more time${n > 1 ? "s" : ""}]\n`;
    }
  };
  for (const t of entries) {
    // Library code written in Python for the engine stands for C code: CPython shows no frame.
    if (t.filename.startsWith("<native ")) continue;
    if (last && t.filename === last.filename && t.lineno === last.lineno && t.name === last.name) {
      count++;
      if (count > 3) continue;
    } else {
      flush();
      last = t;
      count = 1;
    }
    out += `  File "${t.filename}", line ${t.lineno}, in ${t.name}\n`;
    const src = sources(t.filename);
    if (src !== undefined) out += sourceAndCarets(src.split("\n")[t.lineno - 1] ?? "", t);
  }
  flush();
  return out;
}

function sourceAndCarets(original: string, t: TraceEntry): string {
  const line = original.replace(/\s+$/, "");
  const stripped = line.trim();
  if (!stripped) return "";
  let out = `    ${stripped}\n`;
  const p = t.pos;
  if (!p || p.line !== t.lineno) return out;
  const strippedChars = line.length - line.trimStart().length;
  const start = p.col + 1;
  let end = p.endCol + 1;
  let anchors: [number, number] | null = null;
  if (p.line === p.endLine) {
    if (p.anchorKind && p.anchorCol !== undefined && p.anchorEndCol !== undefined)
      anchors = [p.anchorCol - p.col, p.anchorEndCol - p.col];
  } else end = strippedChars + stripped.length + 1;
  if (end - start < stripped.length || (anchors && anchors[1] - anchors[0] > 0)) {
    out += "    " + " ".repeat(start - 1 - strippedChars);
    if (anchors) {
      out +=
        "~".repeat(anchors[0]) +
        "^".repeat(anchors[1] - anchors[0]) +
        "~".repeat(Math.max(0, end - start - anchors[1]));
    } else out += "^".repeat(end - start);
    out += "\n";
  }
  return out;
}

/** Type name as printed: `module.Qualname` unless builtins or __main__. */
export function excTypeName(t: PyType): string {
  if (t.module === "builtins" || t.module === "__main__") return t.qualname;
  return `${t.module}.${t.qualname}`;
}

function exceptionLine(ctx: Ctx, e: PyBaseException): string {
  let msg: string;
  try {
    msg = exceptionStr(ctx, e);
  } catch {
    msg = "<exception str() failed>";
  }
  const name = excTypeName(e.cls);
  const sugg = suggestion(ctx, e);
  if (sugg) msg += `. Did you mean: '${sugg}'?`;
  return msg ? `${name}: ${msg}\n` : `${name}\n`;
}

function suggestion(ctx: Ctx, e: PyBaseException): string | null {
  const name = e.extra?.get("name");
  if (typeof name !== "string") return null;
  if (e.cls.isSubtype(NameError)) {
    for (const g of e.candidates ?? []) {
      const s = calculateSuggestion(g, name);
      if (s) return s;
    }
    return null;
  }
  if (e.cls.isSubtype(AttributeError)) {
    const obj = e.extra?.get("obj");
    if (obj === undefined) return null;
    return calculateSuggestion(dirOf(obj), name);
  }
  return null;
}

/** Names `dir(obj)` would list (sorted). */
export function dirOf(obj: PyValue): string[] {
  const names = new Set<string>();
  if (obj instanceof PyModule) for (const k of obj.dict!.keys()) names.add(k);
  else {
    if (typeof obj === "object" && obj.dict) for (const k of obj.dict.keys()) names.add(k);
    const t = obj instanceof PyType ? obj : typeOf(obj);
    for (const m of t.mro) for (const k of m.ns.keys()) names.add(k);
  }
  return [...names].sort();
}

const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  const ca = a.charCodeAt(0);
  const cb = b.charCodeAt(0);
  if ((ca & 31) !== (cb & 31)) return MOVE_COST;
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() ? CASE_COST : MOVE_COST;
}

/** CPython's `levenshtein_distance` from Python/suggestions.c. */
function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.slice(s);
  b = b.slice(s);
  let e = 0;
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  a = a.slice(0, a.length - e);
  b = b.slice(0, b.length - e);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > 40 || b.length > 40) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = buffer[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** CPython's `calculate_suggestions`: the closest candidate within a third of the characters. */
export function calculateSuggestion(dir: string[], name: string): string | null {
  if (dir.length >= 750) return null;
  let best = Infinity;
  let suggestion: string | null = null;
  for (const item of dir) {
    if (item === name) continue;
    let maxDistance = Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, best - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = item;
      best = d;
    }
  }
  return suggestion;
}

/** CPython's output for a syntax error (no "Traceback" header). */
export function formatSyntaxError(e: PySyntaxError, source: string, filename: string): string {
  const raw = source.split("\n")[e.lineno - 1] ?? "";
  const line = raw.replace(/\s+$/, "");
  const lead = line.length - line.trimStart().length;
  let out = `  File "${filename}", line ${e.lineno}\n`;
  const stripped = line.trim();
  if (stripped) {
    out += `    ${stripped}\n`;
    const start = Math.max(1, e.offset - lead);
    const width = Math.max(1, e.endOffset - e.offset);
    out += "    " + " ".repeat(start - 1) + "^".repeat(width) + "\n";
  }
  return out + `${e.kind}: ${e.msg}\n`;
}
