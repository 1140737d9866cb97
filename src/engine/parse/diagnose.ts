/**
 * Turning lezer's error nodes into CPython's SyntaxError. lezer recovers
 * where the text stops being Python; CPython reports the token there, and for
 * common mistakes a specific message (CPython's `invalid_*` grammar rules).
 * The cases copied here are the ones beginners meet; anything else is
 * "invalid syntax" at the token lezer stopped at.
 */
import type { SyntaxNode } from "@lezer/common";
import { PySyntaxError } from "../errors";
import type { Expr } from "./ast";
import { text, type Cst, type PendingError } from "./cst";
import { errorAtSpan, errorAtToken, exprName, tokenIndexAt, unclosedError } from "./errors";
import { expr } from "./expressions";
import type { Token } from "./tokenize";

const KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(
    " ",
  ),
);

const BLOCK_OWNERS: Record<string, string> = {
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  while: "'while' statement",
  for: "'for' statement",
  with: "'with' statement",
  try: "'try' statement",
  except: "'except' statement",
  finally: "'finally' statement",
  def: "function definition",
  class: "class definition",
};

/** lezer errors that are not errors in Python (gaps in lezer's grammar handled by the converters). */
export function isTolerated(cx: Cst, err: SyntaxNode): boolean {
  // f-strings are re-read the way CPython 3.11 reads them (strings.ts); lezer reads them as 3.12 does.
  for (let p = err.parent; p; p = p.parent) if (p.name === "FormatString") return true;
  const before = err.prevSibling;
  // A bare `yield` (lezer's grammar wants a value after it).
  if (err.from === err.to && before?.name === "yield" && text(cx, { from: before.to, to: err.from }).trim() === "") return true;
  // Positional-only marker in a lambda (lezer only knows it in `def`).
  if (err.parent?.name === "ParamList" && text(cx, err) === "/" && err.parent.parent?.name === "LambdaExpression") return true;
  return false;
}

/** The SyntaxError CPython reports for the program lezer could not parse at `err`. */
export function diagnose(cx: Cst, err: SyntaxNode): PySyntaxError {
  const list = cx.tokens.list;
  const i = tokenIndexAt(cx, err.from);
  const t = list[i];
  if (!t) return unclosedError(cx) ?? new PySyntaxError("invalid syntax", cx.src.line(err.from + cx.shift), 1);
  const found = specific(cx, err, i) ?? { error: errorAtToken(cx, "invalid syntax", t), lastSeen: i };
  // Open brackets win when CPython's parser had looked at a line after the one that opened them.
  const u = cx.tokens.unclosed;
  if (u) {
    const seen = list[found.lastSeen];
    if (!seen || cx.src.line(seen.from + cx.shift) > cx.src.line(u.offset + cx.shift)) return unclosedError(cx) ?? found.error;
  }
  return found.error;
}

/** An error and the last token CPython's parser looked at to find it. */
interface Found {
  error: PySyntaxError;
  lastSeen: number;
}

function word(cx: Cst, t: Token | undefined): string {
  return t ? text(cx, t) : "";
}

/** Index of the first token of the statement containing token `i`. */
function statementStart(cx: Cst, i: number): number {
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

function specific(cx: Cst, err: SyntaxNode, i: number): Found | null {
  const list = cx.tokens.list;
  const t = list[i];
  const prev = list[i - 1];
  const at = (error: PySyntaxError, lastSeen = i): Found => ({ error, lastSeen });
  if (t.kind === "INDENT") return at(errorAtToken(cx, "unexpected indent", t, "IndentationError"));
  const k = statementStart(cx, i);
  let keyword = word(cx, list[k]);
  if (keyword === "async") keyword = word(cx, list[k + 1]);

  if (prev && i - 1 === k && (word(cx, prev) === "print" || word(cx, prev) === "exec") && startsExpression(cx, t)) {
    const end = expressionEnd(cx, i, 0);
    const w = word(cx, prev);
    return at(errorAtSpan(cx, `Missing parentheses in call to '${w}'. Did you mean ${w}(...)?`, prev, list[end]), end + 1);
  }
  if (keyword in BLOCK_OWNERS) {
    const header = list.slice(k, i);
    const hasColon = header.some((h) => word(cx, h) === ":" && h.level === 0);
    const bareHeader = ["try", "finally", "else"].includes(keyword) && i === k + 1;
    if ((t.kind === "NEWLINE" && !hasColon) || (bareHeader && word(cx, t) !== ":")) {
      return at(errorAtToken(cx, "expected ':'", t));
    }
  }
  if (err.parent?.name === "ConditionalExpression" && !err.parent.getChild("else")) {
    const parts = childrenBefore(err.parent, err);
    if (parts.length >= 3) return at(errorAtSpan(cx, "expected 'else' after 'if' expression", parts[0], parts[parts.length - 1]));
  }
  if (word(cx, t) === "=" || word(cx, t) === ":=") {
    const e = assignmentInExpression(cx, err, i, keyword);
    if (e) return at(e);
  }
  if (keyword === "def" && i === k + 2 && list[k + 1].kind === "NAME" && word(cx, t) !== "(") {
    return at(errorAtToken(cx, "expected '('", t));
  }
  if (prev && word(cx, prev) === ":" && /^[,}]$/.test(word(cx, t)) && err.parent?.name.startsWith("Dictionary")) {
    return at(errorAtToken(cx, "expression expected after dictionary key and ':'", prev));
  }
  if (prev && prev.level > 0 && endsExpression(cx, prev) && startsExpression(cx, t) && err.parent?.name !== "ParamList") {
    const a = expressionStart(cx, i - 1);
    const soft = ["match", "case", "_"].includes(word(cx, list[a]));
    const nameThenString = list[a].kind === "NAME" && list[a + 1]?.kind === "STRING";
    if (!soft && !nameThenString) {
      const end = expressionEnd(cx, i, prev.level);
      return at(errorAtSpan(cx, "invalid syntax. Perhaps you forgot a comma?", list[a], list[end]), end + 1);
    }
  }
  return null;
}

function childrenBefore(parent: SyntaxNode, stop: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = parent.firstChild; c && c.from < stop.from + (stop.from === stop.to ? 0 : 1) && c !== stop; c = c.nextSibling) {
    if (c.name !== "Comment" && !c.type.isError) out.push(c);
  }
  return out;
}

function startsExpression(cx: Cst, t: Token): boolean {
  const w = word(cx, t);
  if (t.kind === "NUMBER" || t.kind === "STRING") return true;
  if (t.kind === "NAME") return !KEYWORDS.has(w) || ["True", "False", "None", "not", "lambda", "await"].includes(w);
  return ["(", "[", "{", "~", "...", "-", "+"].includes(w);
}

function endsExpression(cx: Cst, t: Token): boolean {
  const w = word(cx, t);
  if (t.kind === "NUMBER" || t.kind === "STRING") return true;
  if (t.kind === "NAME") return !KEYWORDS.has(w) || ["True", "False", "None"].includes(w);
  return [")", "]", "}", "..."].includes(w);
}

/** Scanning back from token `i`, the first token of the expression it ends (at its bracket depth). */
function expressionStart(cx: Cst, i: number): number {
  const list = cx.tokens.list;
  const level = list[i].level;
  const stops = new Set([",", "=", ":", ":=", "if", "else", "for", "lambda", "yield", "return", "from", "import", "del", "assert", "raise", "with", "as", "async", "await", ";", "in"]);
  let k = i;
  while (k > 0) {
    const p = list[k - 1];
    if (p.level < level || p.kind === "NEWLINE" || p.kind === "INDENT" || p.kind === "DEDENT") break;
    if (p.level === level && stops.has(word(cx, p))) {
      // `in` belongs to the expression unless it is a `for … in`.
      if (word(cx, p) !== "in" || hasForBefore(cx, k - 1, level)) break;
    }
    if (p.level === level && /^[([{]$/.test(word(cx, p))) break;
    k--;
  }
  return k;
}

function hasForBefore(cx: Cst, i: number, level: number): boolean {
  const list = cx.tokens.list;
  for (let k = i - 1; k >= 0 && list[k].level >= level; k--) {
    const w = word(cx, list[k]);
    if (list[k].level === level && (w === "," || /^[([{]$/.test(w))) return false;
    if (list[k].level === level && w === "for") return true;
  }
  return false;
}

/** Scanning forward from token `i`, the last token of the expression it starts. */
function expressionEnd(cx: Cst, i: number, level: number): number {
  const list = cx.tokens.list;
  const stops = new Set([",", "=", ":", ":=", "for", "async", ";"]);
  let k = i;
  while (k + 1 < list.length) {
    const n = list[k + 1];
    if (n.kind === "NEWLINE" || n.kind === "ENDMARKER" || n.level < level) break;
    if (n.level === level && stops.has(word(cx, n))) break;
    if (n.level === level && /^[)\]}]$/.test(word(cx, n))) break;
    k++;
  }
  return k;
}

/**
 * `x = 1` where an expression is expected (CPython's invalid_named_expression
 * and invalid_kwarg), `f() := 1`, and `x = yield = 1`.
 */
function assignmentInExpression(cx: Cst, err: SyntaxNode, i: number, keyword: string): PySyntaxError | null {
  const list = cx.tokens.list;
  const t = list[i];
  let before = err.prevSibling;
  while (before && (before.name === "Comment" || before.type.isError)) before = before.prevSibling;
  if (!before || before.to !== list[i - 1]?.to) return null;
  if (before.name === "AssignOp") return null;
  if (word(cx, t) === ":=") {
    const target = convertOrNull(cx, before);
    if (!target || target.type === "Name") return null;
    return new PySyntaxError(
      `cannot use assignment expressions with ${exprName(target)}`,
      target.lineno,
      target.col_offset + 1,
      target.end_col_offset + 1,
    );
  }
  if (before.name === "YieldExpression") return errorAtSpan(cx, "assignment to yield expression not possible", before);
  const context = err.parent?.name ?? "";
  const conditionContext = ["IfStatement", "WhileStatement"].includes(context) && ["if", "elif", "while"].includes(keyword);
  const displayContext = ["ArrayExpression", "ArrayComprehensionExpression", "SetExpression", "ParenthesizedExpression", "TupleExpression"].includes(context);
  if (!conditionContext && !displayContext && context !== "ArgList") return null;
  const target = convertOrNull(cx, before);
  if (!target) return null;
  if (context === "ArgList") {
    if (target.type === "Name") return null;
    return errorAtSpan(cx, 'expression cannot contain assignment, perhaps you meant "=="?', before, t);
  }
  if (target.type === "Name" && before.name === "VariableName") {
    const end = expressionEnd(cx, i + 1, t.level);
    const valueEnd = bitwiseOrEnd(cx, i + 1, end);
    const after = word(cx, list[valueEnd + 1]);
    if (after === "=" || after === ":=") return null;
    return errorAtSpan(cx, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", before, list[valueEnd]);
  }
  const excluded =
    target.type === "List" ||
    target.type === "Tuple" ||
    target.type === "GeneratorExp" ||
    (target.type === "Constant" && (target.value.kind === "bool" || target.value.kind === "None"));
  if (excluded || !isBitwiseOr(target, before)) return null;
  return new PySyntaxError(
    `cannot assign to ${exprName(target)} here. Maybe you meant '==' instead of '='?`,
    target.lineno,
    target.col_offset + 1,
    target.end_col_offset + 1,
  );
}

function convertOrNull(cx: Cst, n: SyntaxNode): Expr | null {
  try {
    return expr(cx, n);
  } catch {
    return null;
  }
}

/** Whether an expression is at CPython's `bitwise_or` level (what may stand left of `=` in its error rules). */
export function isBitwiseOr(e: Expr, node: SyntaxNode): boolean {
  if (node.name === "ParenthesizedExpression") return true;
  if (e.type === "UnaryOp") return e.op !== "Not";
  return !["Compare", "BoolOp", "IfExp", "Lambda", "NamedExpr", "Starred", "Yield", "YieldFrom"].includes(e.type);
}

/** The last token of the `bitwise_or` starting at token `i` (stopping at comparisons, `and`, `or`, `if`). */
function bitwiseOrEnd(cx: Cst, i: number, limit: number): number {
  const list = cx.tokens.list;
  const level = list[i].level - (/^[([{]$/.test(word(cx, list[i])) ? 1 : 0);
  const stops = new Set(["==", "!=", "<", "<=", ">", ">=", "<>", "in", "not", "is", "and", "or", "if", "else"]);
  let k = i;
  while (k + 1 <= limit) {
    const n = list[k + 1];
    if (n.level === level && stops.has(word(cx, n))) break;
    k++;
  }
  return k;
}

/**
 * Errors CPython finds from the token structure: an indented line where no
 * block starts ("unexpected indent"), and a block header not followed by an
 * indented block. lezer does not always flag them, and where it does, its
 * error comes later than CPython's.
 */
export function structuralError(cx: Cst): PendingError | null {
  const list = cx.tokens.list;
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    const opensBlock = (j: number): boolean => list[j]?.kind === "NEWLINE" && word(cx, list[j - 1]) === ":";
    if (t.kind === "INDENT" && !opensBlock(i - 1)) {
      return { at: t.from, error: errorAtToken(cx, "unexpected indent", t, "IndentationError") };
    }
    if (opensBlock(i) && list[i + 1]?.kind !== "INDENT") {
      const k = statementStart(cx, i);
      const first = word(cx, list[k]) === "async" ? k + 1 : k;
      let owner = BLOCK_OWNERS[word(cx, list[first])];
      if (!owner) continue;
      if (owner === "'except' statement" && word(cx, list[first + 1]) === "*") owner = "'except*' statement";
      const line = cx.src.line(list[k].from + cx.shift);
      const msg = `expected an indented block after ${owner} on line ${line}`;
      return { at: list[i - 1].from, error: errorAtToken(cx, msg, list[i + 1], "IndentationError") };
    }
  }
  return null;
}
