/**
 * Questions about CPython's token stream that the syntax error rules ask:
 * where a statement or an expression starts and ends, what can begin or end
 * an expression. Indexes are into `cx.tokens.list`.
 */
import { text, type Cst } from "./cst";
import type { Token } from "./tokenize";

/** Python's keywords (soft keywords excluded). */
export const KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
);

/** The text of a token ("" past the end). */
export function word(cx: Cst, t: Token | undefined): string {
  return t ? text(cx, t) : "";
}

/** Whether a token is an opening bracket. */
export function isOpener(cx: Cst, t: Token | undefined): boolean {
  return /^[([{]$/.test(word(cx, t));
}

/** Index of the first token of the statement containing token `i`. */
export function statementStart(cx: Cst, i: number): number {
  const list = cx.tokens.list;
  let k = i;
  while (k > 0) {
    const p = list[k - 1];
    if (p.kind === "NEWLINE" || p.kind === "INDENT" || p.kind === "DEDENT") break;
    if (word(cx, p) === ";" && p.level === 0) break;
    k--;
  }
  return k;
}

/** Whether a token can begin an expression. */
export function startsExpression(cx: Cst, t: Token | undefined): boolean {
  if (!t) return false;
  const w = word(cx, t);
  if (t.kind === "NUMBER" || t.kind === "STRING") return true;
  if (t.kind === "NAME")
    return !KEYWORDS.has(w) || ["True", "False", "None", "not", "lambda", "await"].includes(w);
  return ["(", "[", "{", "~", "...", "-", "+"].includes(w);
}

/** Whether a token can end an expression. */
export function endsExpression(cx: Cst, t: Token | undefined): boolean {
  if (!t) return false;
  const w = word(cx, t);
  if (t.kind === "NUMBER" || t.kind === "STRING") return true;
  if (t.kind === "NAME") return !KEYWORDS.has(w) || ["True", "False", "None"].includes(w);
  return [")", "]", "}", "..."].includes(w);
}

const START_STOPS = new Set(
  ", = : := if else for lambda yield return from import del assert raise with as async await ; in".split(
    " ",
  ),
);

/** Scanning back from token `i`, the first token of the expression it ends (at its bracket depth). */
export function expressionStart(cx: Cst, i: number): number {
  const list = cx.tokens.list;
  const level = list[i].level;
  let k = i;
  while (k > 0) {
    const p = list[k - 1];
    if (p.level < level || p.kind === "NEWLINE" || p.kind === "INDENT" || p.kind === "DEDENT")
      break;
    if (p.level === level && isOpener(cx, p)) break;
    // `in` belongs to the expression (a comparison) unless it is a `for … in`.
    if (
      p.level === level &&
      START_STOPS.has(word(cx, p)) &&
      (word(cx, p) !== "in" || inComprehension(cx, k - 1))
    )
      break;
    k--;
  }
  return k;
}

/** Whether token `i` lies in the `for`/`if` clauses of a comprehension (a `for` precedes it in its brackets). */
export function inComprehension(cx: Cst, i: number): boolean {
  const list = cx.tokens.list;
  const level = list[i].level;
  for (let k = i - 1; k >= 0 && list[k].level >= level; k--) {
    const w = word(cx, list[k]);
    if (list[k].level !== level) continue;
    if (w === "," || isOpener(cx, list[k]) || list[k].kind === "NEWLINE") return false;
    if (w === "for") return true;
  }
  return false;
}

const END_STOPS = new Set(", = : := for async ;".split(" "));

/** Whether tokens `k` and `k + 1` (at depth `level`) are two adjacent operands, which no expression contains. */
function adjacentOperands(cx: Cst, k: number, level: number): boolean {
  const list = cx.tokens.list;
  const a = list[k];
  const b = list[k + 1];
  if (a.level !== level || b.level < level) return false;
  const trailer = /^[([]$/.test(word(cx, b));
  const strings = a.kind === "STRING" && b.kind === "STRING";
  return endsExpression(cx, a) && startsExpression(cx, b) && !trailer && !strings;
}

/** Scanning forward from token `i`, the last token of the expression it starts. */
export function expressionEnd(cx: Cst, i: number, level: number): number {
  const list = cx.tokens.list;
  let k = i;
  while (k + 1 < list.length) {
    const n = list[k + 1];
    if (n.kind === "NEWLINE" || n.kind === "ENDMARKER" || n.level < level) break;
    if (n.level === level && (END_STOPS.has(word(cx, n)) || /^[)\]}]$/.test(word(cx, n)))) break;
    if (adjacentOperands(cx, k, level)) break;
    k++;
  }
  return k;
}

const BITWISE_OR_STOPS = new Set("== != < <= > >= <> in not is and or if else".split(" "));

/** The last token of the `bitwise_or` starting at token `i`, looking no further than `limit`. */
export function bitwiseOrEnd(cx: Cst, i: number, limit: number): number {
  const list = cx.tokens.list;
  const level = list[i].level - (isOpener(cx, list[i]) ? 1 : 0);
  let k = i;
  while (k + 1 <= limit) {
    const n = list[k + 1];
    if (n.level === level && BITWISE_OR_STOPS.has(word(cx, n))) break;
    if (adjacentOperands(cx, k, level)) break;
    k++;
  }
  return k;
}
