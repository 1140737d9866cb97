/**
 * Parsing a region of the program as a single expression, the way CPython
 * 3.11 compiles f-string replacement fields: the text is wrapped in
 * parentheses and parsed on its own, with offsets mapped back into the
 * program. Also used for regions lezer's grammar cannot parse in place
 * (see prepare.ts).
 */
import { parser } from "@lezer/python";
import { PySyntaxError } from "../errors";
import type { Expr } from "./ast";
import { firstError, kids, type Cst } from "./cst";
import { diagnose, isTolerated } from "./diagnose";
import { errorAtTokenAfter } from "./errors";
import { expr } from "./expressions";
import { prepareForLezer } from "./prepare";
import { tokenize } from "./tokenize";

/**
 * Parse [from, to) of `cx` as a parenthesized expression. The character
 * before `from` is where the opening parenthesis is assumed to be.
 * `bare` says the region must not be a tuple or generator made by the wrapping parentheses.
 */
export function parseRegion(cx: Cst, from: number, to: number, bare: boolean): Expr {
  const shift = cx.shift + from - 1;
  const body = cx.src.text.slice(cx.shift + from, cx.shift + to);
  const sub = `(${body})`;
  const tokens = tokenize(sub, cx.src, shift);
  const prepared = prepareForLezer(sub, tokens.list);
  const tree = parser.parse(prepared.text);
  const scx: Cst = { src: cx.src, shift, tokens, placeholders: prepared.placeholders, pending: null };
  const err = firstError(tree.topNode, isTolerated);
  if (err) throw diagnose(scx, err);
  const statements = kids(tree.topNode);
  const only = statements.length === 1 && statements[0].name === "ExpressionStatement" ? kids(statements[0]) : [];
  if (only.length !== 1 || only[0].from !== 0 || only[0].to !== sub.length) {
    throw errorAtTokenAfter(scx, "invalid syntax", statements[1]?.from ?? only[1]?.from ?? 0);
  }
  const n = only[0];
  if (bare && (n.name === "TupleExpression" || n.name === "ComprehensionExpression")) {
    const comma = kids(n).find((c) => c.name === "," || c.name === "for");
    throw errorAtTokenAfter(scx, "invalid syntax", comma?.from ?? 0);
  }
  return expr(scx, n);
}

/** Parse an f-string replacement field `{…}` whose expression is [from, to). */
export function parseFstringExpression(cx: Cst, from: number, to: number): Expr {
  try {
    return parseRegion(cx, from, to, false);
  } catch (e) {
    if (e instanceof PySyntaxError && !e.msg.startsWith("f-string")) {
      throw new PySyntaxError(`f-string: ${e.msg}`, e.lineno, e.offset, e.endOffset, e.kind);
    }
    throw e;
  }
}
