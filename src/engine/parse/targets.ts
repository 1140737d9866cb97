/**
 * Assignment and deletion targets: setting `ctx` the way CPython does and
 * rejecting what cannot be assigned to, with CPython's messages
 * (_PyPegen_get_invalid_target, RAISE_SYNTAX_ERROR_INVALID_TARGET).
 */
import type { Expr, ExprContext } from "./ast";
import { errorAtNode, exprName } from "./errors";

/** Where a target appears: `=`/`with`/walrus, `for`, or `del`. */
export type TargetKind = "store" | "for" | "del";

/** Set `ctx` on a target and the Names, Starreds, Lists and Tuples nested in it. */
export function setContext(e: Expr, ctx: ExprContext): Expr {
  switch (e.type) {
    case "Name":
    case "Attribute":
    case "Subscript":
      e.ctx = ctx;
      break;
    case "Starred":
      e.ctx = ctx;
      setContext(e.value, ctx);
      break;
    case "List":
    case "Tuple":
      e.ctx = ctx;
      for (const elt of e.elts) setContext(elt, ctx);
      break;
  }
  return e;
}

/** The part of `e` that cannot be a target, or null if `e` is a valid target. */
export function invalidTarget(e: Expr, kind: TargetKind): Expr | null {
  switch (e.type) {
    case "List":
    case "Tuple":
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, kind);
        if (bad) return bad;
      }
      return null;
    case "Starred":
      return kind === "del" ? e : invalidTarget(e.value, kind);
    case "Compare":
      // CPython parses `for a in b` targets as a comparison first; only its left side counts.
      if (kind === "for") return e.ops[0] === "In" ? invalidTarget(e.left, kind) : null;
      return e;
    case "Name":
    case "Subscript":
    case "Attribute":
      return null;
    default:
      return e;
  }
}

/** Check a target and give it Store (or Del) context; throws CPython's "cannot assign to …". */
export function toTarget(e: Expr, kind: TargetKind): Expr {
  const bad = invalidTarget(e, kind);
  if (bad) {
    const verb = kind === "del" ? "delete" : "assign to";
    throw errorAtNode(`cannot ${verb} ${exprName(bad)}`, bad);
  }
  return setContext(e, kind === "del" ? "Del" : "Store");
}
