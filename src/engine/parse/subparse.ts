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
import { firstError, kids, pos, type Cst } from "./cst";
import { diagnose, isTolerated } from "./diagnose";
import { errorAtTokenAfter } from "./errors";
import { element, elements, expr, inner } from "./expressions";
import { prepareForLezer } from "./prepare";
import { isTokenizerError, tokenize } from "./tokenize";

/**
 * Parse [from, to) of `cx` as a parenthesized expression. The character
 * before `from` is where the opening parenthesis is assumed to be.
 * In "bare" mode the region must not be a tuple or generator made by the
 * wrapping parentheses; in "list" mode it may be a tuple without
 * parentheses (`for x in *a, b:`), which then spans just the region;
 * "subscript" also makes `*b` a one-element tuple, as in `a[*b]`.
 */
export function parseRegion(
  cx: Cst,
  from: number,
  to: number,
  mode: "bare" | "list" | "subscript" | "field",
): Expr {
  const shift = cx.shift + from - 1;
  const body = cx.src.text.slice(cx.shift + from, cx.shift + to);
  const sub = `(${body})`;
  const tokens = tokenize(sub, cx.src, shift);
  if (tokens.error) throw tokens.error.error;
  // The wrapping parentheses are not in the program: a decorator or a `for` iterable is at bracket depth 0.
  if (mode === "bare" || mode === "list")
    for (const t of tokens.list) t.level = Math.max(0, t.level - 1);
  const prepared = prepareForLezer(sub, tokens.list);
  const tree = parser.parse(prepared.text);
  const scx: Cst = {
    src: cx.src,
    shift,
    tokens,
    placeholders: prepared.placeholders,
    pending: null,
    stopAt: Infinity,
    unsupported: null,
  };
  const err = firstError(tree.topNode, (e) => isTolerated(scx, e));
  if (err) throw diagnose(scx, err);
  const statements = kids(tree.topNode);
  const only =
    statements.length === 1 && statements[0].name === "ExpressionStatement"
      ? kids(statements[0])
      : [];
  if (only.length !== 1 || only[0].from !== 0 || only[0].to !== sub.length) {
    throw errorAtTokenAfter(scx, "invalid syntax", statements[1]?.from ?? only[1]?.from ?? 0);
  }
  const n = only[0];
  if (mode === "bare" && (n.name === "TupleExpression" || n.name === "ComprehensionExpression")) {
    const comma = kids(n).find((c) => c.name === "," || c.name === "for");
    throw errorAtTokenAfter(scx, "invalid syntax", comma?.from ?? 0);
  }
  if (
    (mode === "list" || mode === "subscript") &&
    (n.name === "TupleExpression" || n.name === "ParenthesizedExpression")
  ) {
    const items = inner(n);
    const region = pos(cx, { from, to });
    if (n.name === "TupleExpression")
      return { type: "Tuple", elts: elements(scx, items), ctx: "Load", ...region };
    // `a[*b]` is a one-element tuple; `for x in *a:` a lone starred expression.
    if (items[0]?.name === "*" && mode === "subscript")
      return { type: "Tuple", elts: [element(scx, items)], ctx: "Load", ...region };
    if (items[0]?.name === "*") return element(scx, items);
  }
  return expr(scx, n);
}

/**
 * Parse an f-string replacement field `{…}` whose expression is [from, to).
 * CPython 3.11 reports errors in it with columns counted from the `{`.
 */
export function parseFstringExpression(cx: Cst, from: number, to: number): Expr {
  try {
    return parseRegion(cx, from, to, "field");
  } catch (e) {
    if (!(e instanceof PySyntaxError) || e.msg.startsWith("f-string")) throw e;
    const brace = cx.shift + from - 1;
    const line = cx.src.line(brace);
    const base = e.lineno === line ? cx.src.col(brace) : 0;
    const shiftCol = (c: number): number => (c > 0 ? c - base : c);
    const msg = isTokenizerError(e) ? e.msg : `f-string: ${e.msg}`;
    throw new PySyntaxError(msg, e.lineno, shiftCol(e.offset), shiftCol(e.endOffset), e.kind);
  }
}
