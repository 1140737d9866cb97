/**
 * Turning lezer's error nodes into CPython's SyntaxError. lezer recovers
 * where the text stops being Python; CPython reports the token there, and for
 * common mistakes a specific message (hints.ts). Also the errors CPython
 * finds from the token structure alone (indentation).
 */
import type { SyntaxNode } from "@lezer/common";
import { PySyntaxError } from "../errors";
import { text, type Cst, type PendingError } from "./cst";
import { errorAtToken, tokenIndexAt, unclosedError } from "./errors";
import { specificError } from "./hints";
import { statementStart, word } from "./token-scan";

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
  if (
    err.from === err.to &&
    before?.name === "yield" &&
    text(cx, { from: before.to, to: err.from }).trim() === ""
  )
    return true;
  // Positional-only marker in a lambda (lezer only knows it in `def`).
  if (
    err.parent?.name === "ParamList" &&
    text(cx, err) === "/" &&
    err.parent.parent?.name === "LambdaExpression"
  )
    return true;
  return false;
}

/** The SyntaxError CPython reports for the program lezer could not parse at `err`. */
export function diagnose(cx: Cst, err: SyntaxNode): PySyntaxError {
  const list = cx.tokens.list;
  const i = tokenIndexAt(cx, err.from);
  const t = list[i];
  if (!t)
    return (
      cx.tokens.error?.error ??
      unclosedError(cx) ??
      new PySyntaxError("invalid syntax", cx.src.line(err.from + cx.shift), 1)
    );
  const found = specificError(cx, err, i) ?? {
    error: errorAtToken(cx, "invalid syntax", t),
    lastSeen: i,
  };
  // Open brackets win when CPython's parser had looked at a line after the one that opened them.
  const u = cx.tokens.unclosed;
  if (u) {
    const seen = list[found.lastSeen];
    if (!seen || cx.src.line(seen.from + cx.shift) > cx.src.line(u.offset + cx.shift))
      return unclosedError(cx) ?? found.error;
  }
  return found.error;
}

/**
 * Errors CPython finds from the token structure: an indented line where no
 * block starts ("unexpected indent"), and a block header not followed by an
 * indented block. lezer does not always flag them, and where it does, its
 * error comes later than CPython's.
 */
export function structuralError(cx: Cst): PendingError | null {
  const list = cx.tokens.list;
  const opensBlock = (j: number): boolean =>
    list[j]?.kind === "NEWLINE" && word(cx, list[j - 1]) === ":";
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    if (t.kind === "INDENT" && !opensBlock(i - 1)) {
      return { at: t.from, error: errorAtToken(cx, "unexpected indent", t, "IndentationError") };
    }
    if (opensBlock(i) && list[i + 1] && list[i + 1].kind !== "INDENT") {
      const k = statementStart(cx, i);
      const first = word(cx, list[k]) === "async" ? k + 1 : k;
      let owner = BLOCK_OWNERS[word(cx, list[first])];
      if (!owner) continue;
      if (owner === "'except' statement" && word(cx, list[first + 1]) === "*")
        owner = "'except*' statement";
      const line = cx.src.line(list[k].from + cx.shift);
      const msg = `expected an indented block after ${owner} on line ${line}`;
      return {
        at: list[i - 1].from,
        error: errorAtToken(cx, msg, list[i + 1], "IndentationError"),
      };
    }
  }
  return null;
}
