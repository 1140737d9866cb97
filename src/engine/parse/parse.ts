/**
 * Python source → AST (the shape of CPython's `ast` module, see ast.ts).
 *
 * The concrete tree comes from @lezer/python, the grammar the editor uses.
 * Around it: a port of CPython's tokenizer (its errors and token positions),
 * a few rewrites of the text lezer sees for constructs its grammar lacks
 * (prepare.ts), converters that rebuild what lezer flattens or gets wrong
 * (operator precedence, f-strings, literal values), and CPython's syntax
 * error messages for the common mistakes (diagnose.ts).
 */
import { parser } from "@lezer/python";
import { PySyntaxError } from "../errors";
import type { Module } from "./ast";
import { kids, type Cst } from "./cst";
import { structuralError } from "./diagnose";
import { legacyPrintBefore } from "./hints";
import { unclosedError } from "./errors";
import { prepareForLezer } from "./prepare";
import { normalizeNewlines, SourceText } from "./source";
import { statements } from "./statements";
import { tokenize, type TokenizerError } from "./tokenize";

/**
 * Parse a whole program. Throws PySyntaxError (with CPython's message and
 * position) for invalid Python, and UnsupportedError for valid Python the
 * engine does not model (`match`, `except*`, type parameters, `\N{…}`).
 */
export function parseModule(source: string): Module {
  const src = new SourceText(normalizeNewlines(source));
  const tokens = tokenize(src.text, src);
  const tokenError = tokens.error;
  const prepared = prepareForLezer(src.text, tokens.list);
  const tree = parser.parse(prepared.text);
  const cx: Cst = {
    src,
    shift: 0,
    tokens,
    placeholders: prepared.placeholders,
    pending: null,
    stopAt: tokenError ? tokenError.at : Infinity,
    unsupported: null,
  };
  try {
    cx.pending = structuralError(cx);
    const body = statements(cx, kids(tree.topNode));
    if (cx.pending) throw cx.pending.error;
    const unclosed = unclosedError(cx);
    if (unclosed) throw unclosed;
    if (!tokenError && cx.unsupported) throw cx.unsupported;
    if (!tokenError) return { type: "Module", body };
  } catch (e) {
    const parserError =
      e instanceof PySyntaxError &&
      !(tokenError && e === tokenError.error) &&
      !e.msg.endsWith("was never closed");
    if (parserError && (!tokenError || parserErrorWins(cx, e, tokenError)))
      throw legacyPrintBefore(cx, e) ?? e;
    if (!tokenError) throw e;
  }
  throw tokenError.error;
}

/** Whether CPython reports a parser error found before a tokenizer error rather than the tokenizer error. */
function parserErrorWins(cx: Cst, e: PySyntaxError, t: TokenizerError): boolean {
  const isBefore = (line: number, offset: number): boolean =>
    e.lineno < line || (e.lineno === line && e.offset < offset);
  if (!isBefore(t.error.lineno, t.error.offset)) return false;
  // CPython looks one token past the one it fails at, so it meets a tokenizer error right after it.
  const last = cx.tokens.list[cx.tokens.list.length - 1];
  if (last && !isBefore(cx.src.line(last.from), cx.src.col(last.from) + 1)) return false;
  // After a parser error CPython tokenizes the rest of the file, and most tokenizer errors replace it;
  // not when it had to give up at an indentation token.
  return !t.overridesParser || e.msg === "unexpected indent" || e.msg === "unexpected unindent";
}
