/**
 * Argument lists of calls and class definitions, and parameter lists of
 * functions and lambdas, with CPython's checks on their order.
 */
import type { SyntaxNode } from "@lezer/common";
import type { Arg, Arguments, Expr, Keyword } from "./ast";
import { comprehensionClauses } from "./comprehensions";
import { is, kids, pos, text, type Cst } from "./cst";
import { errorAtSpan, errorAtToken, errorAtTokenAfter, tokenIndexAt } from "./errors";
import { element, expr, inner, name } from "./expressions";

/** Positional and keyword arguments of a call (`ArgList` node). */
export function callArguments(
  cx: Cst,
  argList: SyntaxNode,
  allowGenerator = true,
): { args: Expr[]; keywords: Keyword[] } {
  const { items, trailing } = argumentItems(inner(argList));
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  let sawKeyword = false;
  let sawUnpack = false;
  for (const item of items) {
    const forAt = item.findIndex((n) => is(n, "for") || is(n, "async"));
    if (forAt > 0) {
      if (is(item[1], "AssignOp") && text(cx, item[1]) === "=") {
        throw errorAtSpan(
          cx,
          "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
          item[0],
          item[1],
        );
      }
      if (!allowGenerator) throw errorAtTokenAfter(cx, "invalid syntax", item[forAt].from);
      const { generators, last } = comprehensionClauses(cx, item.slice(forAt));
      if (items.length > 1 || trailing || forAt !== 1) {
        throw errorAtSpan(cx, "Generator expression must be parenthesized", item[0], last);
      }
      const elt = element(cx, item.slice(0, forAt));
      args.push({ type: "GeneratorExp", elt, generators, ...pos(cx, argList) });
      continue;
    }
    const [first, second, third] = item;
    if (item.length === 2 && is(first, "**")) {
      sawUnpack = true;
      keywords.push({
        type: "keyword",
        arg: null,
        value: expr(cx, second),
        ...pos(cx, first, second),
      });
    } else if (item.length === 3 && is(second, "AssignOp") && text(cx, second) === "=") {
      sawKeyword = true;
      keywords.push({
        type: "keyword",
        arg: name(cx, first).id,
        value: expr(cx, third),
        ...pos(cx, first, third),
      });
    } else {
      const isStar = is(first, "*");
      if (isStar && sawUnpack) {
        throw errorAtTokenAfter(
          cx,
          "iterable argument unpacking follows keyword argument unpacking",
          first.from,
        );
      }
      if (!isStar && (sawKeyword || sawUnpack)) {
        const close = kids(argList).pop() ?? argList;
        const msg = sawUnpack
          ? "positional argument follows keyword argument unpacking"
          : "positional argument follows keyword argument";
        throw errorAtTokenAfter(cx, msg, close.from);
      }
      args.push(
        item.length === 3 && is(second, "AssignOp") ? walrusArgument(cx, item) : element(cx, item),
      );
    }
  }
  return { args, keywords };
}

/** Split arguments at commas, except the commas of a generator's `for a, b in` target. */
function argumentItems(nodes: SyntaxNode[]): { items: SyntaxNode[][]; trailing: boolean } {
  const items: SyntaxNode[][] = [];
  let current: SyntaxNode[] = [];
  let inTarget = false;
  let trailing = false;
  for (const n of nodes) {
    if (is(n, "for")) inTarget = true;
    if (is(n, "in")) inTarget = false;
    if (is(n, ",") && !inTarget) {
      items.push(current);
      current = [];
      trailing = true;
      continue;
    }
    current.push(n);
    trailing = false;
  }
  if (current.length > 0) items.push(current);
  return { items, trailing };
}

function walrusArgument(cx: Cst, [target, , value]: SyntaxNode[]): Expr {
  const t = name(cx, target);
  t.ctx = "Store";
  return { type: "NamedExpr", target: t, value: expr(cx, value), ...pos(cx, target, value) };
}

/** One comma-separated part of a parameter list; `/` is hidden by lezer, so the span is kept to look for it. */
interface Segment {
  nodes: SyntaxNode[];
  from: number;
  to: number;
}

function segments(children: SyntaxNode[], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  if (children.length === 0 && from === to) return out;
  let current: SyntaxNode[] = [];
  let start = from;
  for (const c of children) {
    if (is(c, ",")) {
      out.push({ nodes: current, from: start, to: c.from });
      current = [];
      start = c.to;
    } else {
      current.push(c);
    }
  }
  out.push({ nodes: current, from: start, to });
  return out;
}

function slashToken(cx: Cst, seg: Segment): number {
  const list = cx.tokens.list;
  for (let i = tokenIndexAt(cx, seg.from); i < list.length && list[i].to <= seg.to; i++) {
    if (list[i].kind === "OP" && text(cx, list[i]) === "/") return i;
  }
  return -1;
}

/** Parameters of a `def` (`ParamList` node with parentheses). */
export function functionArguments(cx: Cst, params: SyntaxNode): Arguments {
  const children = kids(params);
  const body = children.slice(1, -1);
  const from = children[0].to;
  const to = children[children.length - 1].from;
  const empty = body.length === 0 && slashToken(cx, { nodes: [], from, to }) < 0;
  return buildArguments(cx, empty ? [] : segments(body, from, to), false);
}

/** Parameters of a `lambda` (a `ParamList` node without parentheses, possibly absent). */
export function lambdaArguments(cx: Cst, params: SyntaxNode | undefined): Arguments {
  if (!params || params.from === params.to) return buildArguments(cx, [], true);
  return buildArguments(cx, segments(kids(params), params.from, params.to), true);
}

function buildArguments(cx: Cst, segs: Segment[], lambda: boolean): Arguments {
  const a: Arguments = {
    type: "arguments",
    posonlyargs: [],
    args: [],
    vararg: null,
    kwonlyargs: [],
    kw_defaults: [],
    kwarg: null,
    defaults: [],
  };
  let sawSlash = false;
  let sawStar = false;
  segs.forEach((seg, i) => {
    const nodes = seg.nodes.filter((n) => !n.type.isError);
    const slash = nodes.length === 0 ? slashToken(cx, seg) : -1;
    if (nodes.length === 0 && slash < 0) {
      if (i === segs.length - 1 && i > 0) return; // trailing comma
      throw errorAtTokenAfter(cx, "invalid syntax", seg.from);
    }
    if (a.kwarg) {
      const at = slash >= 0 ? cx.tokens.list[slash] : null;
      const msg = "arguments cannot follow var-keyword argument";
      throw at ? errorAtToken(cx, msg, at) : errorAtTokenAfter(cx, msg, nodes[0].from);
    }
    if (slash >= 0) {
      const t = cx.tokens.list[slash];
      if (sawSlash) throw errorAtToken(cx, "/ may appear only once", t);
      if (sawStar) throw errorAtToken(cx, "/ must be ahead of *", t);
      if (a.args.length === 0) {
        throw errorAtToken(
          cx,
          i < segs.length - 1 ? "at least one argument must precede /" : "invalid syntax",
          t,
        );
      }
      a.posonlyargs = a.args;
      a.args = [];
      sawSlash = true;
      return;
    }
    const [first, second] = nodes;
    if (is(first, "*")) {
      if (sawStar) throw errorAtTokenAfter(cx, "* argument may appear only once", first.from);
      sawStar = true;
      if (second) a.vararg = arg(cx, nodes.slice(1));
      const next = segs[i + 1]?.nodes.filter((n) => !n.type.isError) ?? [];
      if (!second && (next.length === 0 || is(next[0], "**"))) {
        if (!lambda) throw errorAtTokenAfter(cx, "named arguments must follow bare *", first.from);
        const after = cx.tokens.list.findIndex((t) => t.from >= first.to);
        const t = cx.tokens.list[after];
        const target = t && cx.src.text[t.from + cx.shift] === "," ? cx.tokens.list[after + 1] : t;
        throw errorAtToken(cx, "named arguments must follow bare *", target ?? t);
      }
    } else if (is(first, "**")) {
      a.kwarg = arg(cx, nodes.slice(1));
    } else {
      const eq = nodes.findIndex((n) => is(n, "AssignOp"));
      const param = arg(cx, eq < 0 ? nodes : nodes.slice(0, eq));
      const dflt = eq < 0 ? null : expr(cx, nodes[eq + 1]);
      if (sawStar) {
        a.kwonlyargs.push(param);
        a.kw_defaults.push(dflt);
      } else {
        if (dflt) a.defaults.push(dflt);
        else if (a.defaults.length > 0) {
          throw errorAtTokenAfter(
            cx,
            "non-default argument follows default argument",
            nodes[0].from,
          );
        }
        a.args.push(param);
      }
    }
  });
  return a;
}

/** `name` or `name: annotation`. */
function arg(cx: Cst, nodes: SyntaxNode[]): Arg {
  const [nameNode, typeDef] = nodes;
  if (
    nameNode?.name !== "VariableName" ||
    (typeDef && typeDef.name !== "TypeDef") ||
    nodes.length > 2
  ) {
    throw errorAtTokenAfter(cx, "invalid syntax", (nodes[1] ?? nodes[0]).from);
  }
  const annotation = typeDef ? annotationOf(cx, typeDef) : null;
  return {
    type: "arg",
    arg: name(cx, nameNode).id,
    annotation,
    ...pos(cx, nameNode, typeDef ?? nameNode),
  };
}

/** The expression of a `TypeDef` node (`: x` or `-> x`). */
export function annotationOf(cx: Cst, typeDef: SyntaxNode): Expr {
  const parts = kids(typeDef).filter((n) => !is(n, ":"));
  const e = parts[parts.length - 1];
  if (!e || e.from === typeDef.from) throw errorAtTokenAfter(cx, "invalid syntax", typeDef.to);
  return expr(cx, e);
}
