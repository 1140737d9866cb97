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
import type { Module } from "./ast";
import { kids, type Cst } from "./cst";
import { structuralError } from "./diagnose";
import { unclosedError } from "./errors";
import { prepareForLezer } from "./prepare";
import { normalizeNewlines, SourceText } from "./source";
import { statements } from "./statements";
import { tokenize } from "./tokenize";

/**
 * Parse a whole program. Throws PySyntaxError (with CPython's message and
 * position) for invalid Python, and UnsupportedError for valid Python the
 * engine does not model (`match`, `except*`, type parameters, `\N{…}`).
 */
export function parseModule(source: string): Module {
  const src = new SourceText(normalizeNewlines(source));
  const tokens = tokenize(src.text, src);
  const prepared = prepareForLezer(src.text, tokens.list);
  const tree = parser.parse(prepared.text);
  const cx: Cst = { src, shift: 0, tokens, placeholders: prepared.placeholders, pending: null };
  cx.pending = structuralError(cx);
  const body = statements(cx, kids(tree.topNode));
  if (cx.pending) throw cx.pending.error;
  const unclosed = unclosedError(cx);
  if (unclosed) throw unclosed;
  return { type: "Module", body };
}
