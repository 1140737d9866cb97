/**
 * Comprehensions and generator expressions. lezer lists the element and the
 * `for … in … if …` clauses as flat siblings; this regroups them.
 */
import type { SyntaxNode } from "@lezer/common";
import type { Comprehension, Expr, Pos } from "./ast";
import { is, type Cst, type Span } from "./cst";
import { errorAtSpan, errorAtTokenAfter } from "./errors";
import { element, expr, expressionList } from "./expressions";
import { toTarget } from "./targets";

/** A comprehension node; `body` is what lies between its brackets. */
export function comprehension(cx: Cst, n: SyntaxNode, body: SyntaxNode[], at: Pos): Expr {
  const forAt = body.findIndex((c) => is(c, "for") || is(c, "async"));
  if (forAt <= 0) throw errorAtTokenAfter(cx, "invalid syntax", n.from);
  const head = body.slice(0, forAt);
  if (n.name === "DictionaryComprehensionExpression") {
    if (is(head[0], "**"))
      throw errorAtSpan(cx, "dict unpacking cannot be used in dict comprehension", head[0]);
    if (head.length !== 3 || !is(head[1], ":"))
      throw errorAtTokenAfter(cx, "invalid syntax", head[0].from);
    const key = expr(cx, head[0]);
    const value = expr(cx, head[2]);
    return {
      type: "DictComp",
      key,
      value,
      generators: comprehensionClauses(cx, body.slice(forAt)).generators,
      ...at,
    };
  }
  if (is(head[0], "*")) {
    throw errorAtSpan(
      cx,
      "iterable unpacking cannot be used in comprehension",
      head[0],
      head[head.length - 1],
    );
  }
  const elt = element(cx, head);
  const generators = comprehensionClauses(cx, body.slice(forAt)).generators;
  switch (n.name) {
    case "ArrayComprehensionExpression":
      return { type: "ListComp", elt, generators, ...at };
    case "SetComprehensionExpression":
      return { type: "SetComp", elt, generators, ...at };
    default:
      return { type: "GeneratorExp", elt, generators, ...at };
  }
}

/** The `[async] for … in … [if …]` clauses; `last` is the last condition or iterable (for error ranges). */
export function comprehensionClauses(
  cx: Cst,
  nodes: SyntaxNode[],
): { generators: Comprehension[]; last: Span } {
  const generators: Comprehension[] = [];
  let last: Span = nodes[0];
  let i = 0;
  while (i < nodes.length) {
    const isAsync = is(nodes[i], "async");
    if (isAsync) i++;
    if (!is(nodes[i], "for"))
      throw errorAtTokenAfter(cx, "invalid syntax", (nodes[i] ?? nodes[i - 1]).from);
    const start = ++i;
    while (i < nodes.length && !is(nodes[i], "in")) i++;
    if (i >= nodes.length || i === start)
      throw errorAtTokenAfter(cx, "invalid syntax", nodes[i - 1].to);
    const target = toTarget(expressionList(cx, nodes.slice(start, i)), "for");
    const iterNode = nodes[++i];
    if (!iterNode) throw errorAtTokenAfter(cx, "invalid syntax", nodes[i - 1].to);
    last = iterNode;
    const iter = expr(cx, iterNode);
    i++;
    const ifs: Expr[] = [];
    while (is(nodes[i], "if") && nodes[i + 1]) {
      last = nodes[i + 1];
      ifs.push(expr(cx, nodes[i + 1]));
      i += 2;
    }
    generators.push({ type: "comprehension", target, iter, ifs, is_async: isAsync ? 1 : 0 });
  }
  return { generators, last };
}
