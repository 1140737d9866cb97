/**
 * CPython's specific syntax error messages (its `invalid_*` grammar rules)
 * for the mistakes people make most, recognized from the tokens around the
 * place lezer stopped. Each rule returns the error and the last token
 * CPython's parser had looked at, which decides whether an unclosed bracket
 * is reported instead.
 */
import type { SyntaxNode } from "@lezer/common";
import { PySyntaxError } from "../errors";
import type { Cst } from "./cst";
import { errorAtSpan, errorAtToken, tokenIndexAt } from "./errors";
import { annotationTarget, assignmentInExpression, forTargetError } from "./hint-rules";
import { concatStrings } from "./strings";
import { parseFstringExpression } from "./subparse";
import {
  bitwiseOrEnd,
  endsExpression,
  expressionEnd,
  expressionStart,
  inComprehension,
  isOpener,
  startsExpression,
  statementStart,
  word,
} from "./token-scan";

/** An error and the index of the last token CPython's parser looked at to find it. */
export interface Found {
  error: PySyntaxError;
  lastSeen: number;
}

/** The specific message for an error at token `i` (lezer's error node `err`), if a rule applies. */
export function specificError(cx: Cst, err: SyntaxNode, i: number): Found | null {
  const list = cx.tokens.list;
  const t = list[i];
  const prev = list[i - 1];
  const at = (error: PySyntaxError, lastSeen = i): Found => ({ error, lastSeen });
  if (t.kind === "INDENT") return at(errorAtToken(cx, "unexpected indent", t, "IndentationError"));
  const k = statementStart(cx, i);
  const first = word(cx, list[k]) === "async" ? k + 1 : k;
  const keyword = word(cx, list[first]);
  const w = word(cx, t);

  const literal = literalError(cx, Math.min(k, enclosingStatementStart(cx, err)), i);
  if (literal) return literal;
  if (
    prev &&
    i - 1 === k &&
    /^(print|exec)$/.test(word(cx, prev)) &&
    w !== "(" &&
    startsExpression(cx, t)
  ) {
    return legacyPrint(cx, k);
  }
  if (keyword === "def" && i === first + 2 && list[first + 1].kind === "NAME" && w !== "(") {
    return at(errorAtToken(cx, "expected '('", t));
  }
  if (i > first && missingColon(cx, keyword, first, i))
    return at(errorAtToken(cx, "expected ':'", t));
  if (
    prev &&
    word(cx, prev) === ":" &&
    /^[,}]$/.test(w) &&
    err.parent?.name.startsWith("Dictionary")
  ) {
    return at(errorAtToken(cx, "expression expected after dictionary key and ':'", prev));
  }
  if (w === "=" && err.parent?.name === "ParamList" && /^\*\*?$/.test(word(cx, list[i - 2]))) {
    const kind = word(cx, list[i - 2]) === "*" ? "var-positional" : "var-keyword";
    return at(errorAtToken(cx, `${kind} argument cannot have default value`, t));
  }
  const annotation = annotationTarget(cx, err);
  if (annotation) return at(annotation);
  const forTarget = forTargetError(cx, err);
  if (forTarget) return at(forTarget);
  if ((w === "=" || w === ":=") && !inComprehension(cx, i)) {
    const found = assignmentInExpression(cx, err, i, keyword);
    if (found) return found;
  }
  const ifExp = missingElse(cx, i, k);
  if (ifExp) return at(ifExp);
  if (
    prev &&
    prev.level > 0 &&
    endsExpression(cx, prev) &&
    startsExpression(cx, t) &&
    err.parent?.name !== "ParamList"
  ) {
    const a = expressionStart(cx, i - 1);
    if (!noCommaHint(cx, a)) {
      const end = expressionEnd(cx, i, prev.level);
      return at(
        errorAtSpan(cx, "invalid syntax. Perhaps you forgot a comma?", list[a], list[end]),
        end + 1,
      );
    }
  }
  // After an operand, CPython's second pass parses the bracket lezer stopped at, up to the end of the file.
  if (cx.tokens.unclosed?.offset === t.from)
    return at(errorAtToken(cx, "invalid syntax", t), endsExpression(cx, prev) ? list.length : i);
  // lezer may stop at an `async` that starts no statement; CPython stops after it.
  if (w === "async" && i === k && !/^(def|for|with)$/.test(word(cx, list[i + 1]))) {
    return at(errorAtToken(cx, "invalid syntax", list[i + 1]), i + 1);
  }
  return null;
}

/** `print x`: CPython's invalid_legacy_expression, for the `print` or `exec` at token `k`. */
export function legacyPrint(cx: Cst, k: number): Found {
  const list = cx.tokens.list;
  const name = word(cx, list[k]);
  const end = expressionEnd(cx, k + 1, list[k].level);
  const msg = `Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`;
  return { error: errorAtSpan(cx, msg, list[k], list[end]), lastSeen: end + 1 };
}

/**
 * CPython's second parsing pass (run because of a syntax error somewhere)
 * reports `print -1` or `print [0]` even though they are valid: the first
 * such use before `error` wins over it.
 */
export function legacyPrintBefore(cx: Cst, error: PySyntaxError): PySyntaxError | null {
  const list = cx.tokens.list;
  for (let k = 0; k + 1 < list.length; k++) {
    const t = list[k];
    if (t.kind !== "NAME" || !/^(print|exec)$/.test(word(cx, t))) continue;
    const line = cx.src.line(t.from + cx.shift);
    const col = cx.src.col(t.from + cx.shift) + 1;
    if (line > error.lineno || (line === error.lineno && col >= error.offset)) return null;
    const before = word(cx, list[k - 1]);
    if (/^(\.|def|class|import|as|from|global|nonlocal)$/.test(before)) continue;
    if (word(cx, list[k + 1]) !== "(" && startsExpression(cx, list[k + 1]))
      return legacyPrint(cx, k).error;
  }
  return null;
}

/** Errors in string literals CPython decodes (a parser action) before it fails at token `i`. */
function literalError(cx: Cst, k: number, i: number): Found | null {
  const list = cx.tokens.list;
  let g = k;
  while (g <= i && g < list.length) {
    if (list[g].kind !== "STRING") {
      g++;
      continue;
    }
    let end = g;
    while (list[end + 1]?.kind === "STRING") end++;
    try {
      concatStrings(cx, list.slice(g, end + 1), parseFstringExpression);
    } catch (e) {
      if (e instanceof PySyntaxError) return { error: e, lastSeen: end + 1 };
    }
    g = end + 1;
  }
  return null;
}

/** Index of the first token of the lezer statement containing `err` (lezer may report an error past its end). */
function enclosingStatementStart(cx: Cst, err: SyntaxNode): number {
  let n: SyntaxNode = err;
  while (n.parent && n.parent.name !== "Script" && n.parent.name !== "Body") n = n.parent;
  return tokenIndexAt(cx, n.from);
}

/** A compound statement header that is complete but not followed by `:`. */
function missingColon(cx: Cst, keyword: string, first: number, i: number): boolean {
  const list = cx.tokens.list;
  const t = list[i];
  const header = list.slice(first + 1, i);
  if (header.some((h) => word(cx, h) === ":" && h.level === 0)) return false;
  const atNewline = t.kind === "NEWLINE";
  const complete = endsExpression(cx, header[header.length - 1]);
  switch (keyword) {
    case "if":
    case "elif":
    case "while":
    case "with":
      return atNewline && complete;
    case "except":
      return atNewline && (header.length === 0 || complete);
    case "for": {
      const inAt = header.findIndex((h) => word(cx, h) === "in" && h.level === 0);
      return atNewline && inAt >= 0 && inAt < header.length - 1 && complete;
    }
    case "try":
    case "else":
    case "finally":
      return header.length === 0 && word(cx, t) !== ":";
    case "class":
      return atNewline && header.length > 0 && list[first + 1].kind === "NAME";
    case "def": {
      // `def f(...)` and `def f(...) -> x` must be followed by `:`.
      const close = header.findIndex((h, j) => word(cx, h) === ")" && h.level === 0 && j >= 2);
      if (close < 0) return false;
      return close === header.length - 1
        ? word(cx, t) !== "->"
        : atNewline && word(cx, header[close + 1]) === "->";
    }
  }
  return false;
}

/** `a if b` without `else` (CPython's invalid_expression, second alternative). */
function missingElse(cx: Cst, i: number, k: number): PySyntaxError | null {
  const list = cx.tokens.list;
  const t = list[i];
  if (/^(else|:)$/.test(word(cx, t)) || i === 0) return null;
  const level = list[i - 1].level;
  for (let j = i - 1; j > k; j--) {
    const tok = list[j];
    if (tok.level < level || (tok.level === level && (word(cx, tok) === "," || isOpener(cx, tok))))
      return null;
    if (tok.level !== level) continue;
    if (word(cx, tok) === "else") return null;
    if (word(cx, tok) !== "if") continue;
    if (
      !endsExpression(cx, list[j - 1]) ||
      inComprehension(cx, j) ||
      !startsExpression(cx, list[j + 1])
    )
      return null;
    const a = expressionStart(cx, j - 1);
    const b = bitwiseOrEnd(cx, j + 1, i - 1);
    return errorAtSpan(cx, "expected 'else' after 'if' expression", list[a], list[b]);
  }
  return null;
}

/** Where CPython does not suggest a missing comma: after soft keywords, names followed by strings, in comprehension clauses. */
function noCommaHint(cx: Cst, a: number): boolean {
  const list = cx.tokens.list;
  const first = list[a];
  const w = word(cx, first);
  // CPython compares soft keywords by the token's length, so any prefix of "match"/"case" counts.
  const soft =
    first.kind === "NAME" && (w === "_" || "match".startsWith(w) || "case".startsWith(w));
  const nameThenString = first.kind === "NAME" && list[a + 1]?.kind === "STRING";
  const before = word(cx, list[a - 1]);
  // Comprehension conditions and iterables are `disjunction`s, where CPython has no comma hint.
  const clause = (before === "if" || before === "in") && inComprehension(cx, a - 1);
  return soft || nameThenString || clause;
}
