/**
 * PySyntaxErrors placed where CPython 3.11 places them. CPython reports a
 * syntax error at a token (its column + 1, as SyntaxError.offset), and some
 * tokens (INDENT, DEDENT, ENDMARKER) have peculiar positions; this file knows
 * those rules so the rest of the parser can say "at this node" or "at the
 * token after this offset".
 */
import { PySyntaxError } from "../errors";
import type { Expr } from "./ast";
import type { Cst, Span } from "./cst";
import type { Token } from "./tokenize";

type ErrorKind = "SyntaxError" | "IndentationError" | "TabError";

/** CPython's SyntaxError location for a token: lineno, 1-based offset, end offset. */
export function tokenLocation(
  cx: Cst,
  t: Token,
): { lineno: number; offset: number; endOffset: number } {
  const src = cx.src;
  const atEof = t.kind === "ENDMARKER" || (t.kind === "DEDENT" && t.from >= lastTokenEnd(cx));
  if (atEof) {
    // CPython's tokenizer is then positioned at the end of the last line it read.
    const lineno = src.line(Math.max(0, Math.min(t.from, src.text.length) - 1 + cx.shift));
    return { lineno, offset: src.lineText(lineno).length + 1, endOffset: -1 };
  }
  if (t.kind === "INDENT" || t.kind === "DEDENT") {
    const o = t.to + cx.shift;
    return { lineno: src.line(o), offset: src.col(o), endOffset: -1 };
  }
  const from = t.from + cx.shift;
  const to = t.to + cx.shift;
  return { lineno: src.line(from), offset: src.col(from) + 1, endOffset: src.col(to) + 1 };
}

function lastTokenEnd(cx: Cst): number {
  const list = cx.tokens.list;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i].kind !== "DEDENT" && list[i].kind !== "ENDMARKER") return list[i].to + 1;
  }
  return 0;
}

/** A syntax error at `t`. */
export function errorAtToken(
  cx: Cst,
  msg: string,
  t: Token | undefined,
  kind: ErrorKind = "SyntaxError",
): PySyntaxError {
  // Past the last token: the text ended inside brackets, or at a tokenizer error.
  if (!t)
    return (
      cx.tokens.error?.error ??
      unclosedError(cx) ??
      new PySyntaxError(msg, cx.src.line(cx.src.text.length), 1)
    );
  const loc = tokenLocation(cx, t);
  return new PySyntaxError(msg, loc.lineno, loc.offset, loc.endOffset, kind);
}

/** A syntax error spanning from `a`'s start to `b`'s end (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
export function errorAtSpan(
  cx: Cst,
  msg: string,
  a: Span,
  b: Span = a,
  kind: ErrorKind = "SyntaxError",
): PySyntaxError {
  const src = cx.src;
  const from = a.from + cx.shift;
  const to = b.to + cx.shift;
  return new PySyntaxError(msg, src.line(from), src.col(from) + 1, src.col(to) + 1, kind);
}

/** A syntax error at an AST node (CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION). */
export function errorAtNode(msg: string, e: Expr): PySyntaxError {
  return new PySyntaxError(msg, e.lineno, e.col_offset + 1, e.end_col_offset + 1);
}

/** Index of the token at or after `offset` (CPython reports errors at the token it could not use). */
export function tokenIndexAt(cx: Cst, offset: number): number {
  const list = cx.tokens.list;
  // A NEWLINE token ends at its "\n", which lezer may report an error at.
  const reaches = (t: Token): boolean =>
    t.to > offset || t.from >= offset || (t.kind === "NEWLINE" && t.to >= offset);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reaches(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  let i = lo;
  // Zero-width DEDENTs sit where the next line's first token starts; CPython's parser took them fine.
  while (i < list.length - 1 && list[i].kind === "DEDENT" && list[i].from >= offset) i++;
  return i;
}

/** A syntax error at the first token at or after `offset` (where CPython's parser stood). */
export function errorAtTokenAfter(cx: Cst, msg: string, offset: number): PySyntaxError {
  const t = cx.tokens.list[tokenIndexAt(cx, offset)];
  if (!t)
    return (
      cx.tokens.error?.error ??
      unclosedError(cx) ??
      new PySyntaxError(msg, cx.src.line(offset + cx.shift), 1)
    );
  return errorAtToken(cx, msg, t);
}

/** "'(' was never closed", if the text ends inside brackets. */
export function unclosedError(cx: Cst): PySyntaxError | null {
  const u = cx.tokens.unclosed;
  if (!u) return null;
  const o = u.offset + cx.shift;
  return new PySyntaxError(`'${u.char}' was never closed`, cx.src.line(o), cx.src.col(o) + 1, 0);
}

/** CPython's name for an expression kind in error messages (_PyPegen_get_expr_name). */
export function exprName(e: Expr): string {
  switch (e.type) {
    case "Attribute":
      return "attribute";
    case "Subscript":
      return "subscript";
    case "Starred":
      return "starred";
    case "Name":
      return "name";
    case "List":
      return "list";
    case "Tuple":
      return "tuple";
    case "Lambda":
      return "lambda";
    case "Call":
      return "function call";
    case "BoolOp":
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "GeneratorExp":
      return "generator expression";
    case "Yield":
    case "YieldFrom":
      return "yield expression";
    case "Await":
      return "await expression";
    case "ListComp":
      return "list comprehension";
    case "SetComp":
      return "set comprehension";
    case "DictComp":
      return "dict comprehension";
    case "Dict":
      return "dict literal";
    case "Set":
      return "set display";
    case "JoinedStr":
    case "FormattedValue":
      return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v.kind === "None") return "None";
      if (v.kind === "bool") return v.value ? "True" : "False";
      if (v.kind === "Ellipsis") return "ellipsis";
      return "literal";
    }
    case "Compare":
      return "comparison";
    case "IfExp":
      return "conditional expression";
    case "NamedExpr":
      return "named expression";
    case "Slice":
      return "slice";
  }
}
