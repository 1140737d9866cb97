/**
 * The concrete tree from @lezer/python and what the converters need around it:
 * the original text (names and literals are read from it), positions, and
 * small helpers to walk lezer's flat child lists.
 */
import type { SyntaxNode } from "@lezer/common";
import type { Pos } from "./ast";
import type { SourceText } from "./source";
import type { PySyntaxError, UnsupportedError } from "../errors";
import type { Tokens } from "./tokenize";

/** Everything a converter needs to turn lezer nodes into AST nodes. */
export interface Cst {
  /** The whole program, for positions and for reading names and literals. */
  src: SourceText;
  /** Offset of the parsed text within `src` (non-zero for f-string expressions). */
  shift: number;
  /** CPython's tokens of the parsed text (offsets relative to the parsed text). */
  tokens: Tokens;
  /**
   * Regions that lezer saw as one placeholder identifier because its grammar
   * lacks the construct (decorator expressions, `with … as (a, b)`):
   * start offset → end offset. They are parsed separately.
   */
  placeholders: Map<number, number>;
  /** An error CPython would report if nothing before it fails (see diagnose.ts). */
  pending: PendingError | null;
  /** Statements from this offset on are not converted (the tokenizer failed there). */
  stopAt: number;
  /**
   * The first construct found that the engine does not support. It is
   * reported only if the program has no syntax error (CPython would accept it).
   */
  unsupported: UnsupportedError | null;
}

/** A syntax error found from the tokens alone, reported unless an earlier one is found. */
export interface PendingError {
  /** Errors that start before this offset win over this one. */
  at: number;
  error: PySyntaxError;
}

/** A lezer node or an explicit [from, to) span. */
export interface Span {
  from: number;
  to: number;
}

/** The source text of a node. */
export function text(cx: Cst, n: Span): string {
  return cx.src.text.slice(n.from + cx.shift, n.to + cx.shift);
}

/** The AST position of the span from `a`'s start to `b`'s end. */
export function pos(cx: Cst, a: Span, b: Span = a): Pos {
  return cx.src.pos(a.from + cx.shift, b.to + cx.shift);
}

/** Children of a node, without comments (lezer keeps them in the tree). */
export function kids(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = n.firstChild; c; c = c.nextSibling) {
    if (c.name !== "Comment") out.push(c);
  }
  return out;
}

/** Whether a node is the keyword or punctuation `word`. */
export function is(n: SyntaxNode | undefined, word: string): boolean {
  return n !== undefined && n.name === word;
}

/** Split a flat child list at top-level `sep` nodes (lezer does not group list items). */
export function splitAt(
  nodes: SyntaxNode[],
  sep = ",",
): { items: SyntaxNode[][]; trailing: boolean } {
  const items: SyntaxNode[][] = [];
  let current: SyntaxNode[] = [];
  let trailing = false;
  for (const n of nodes) {
    if (n.name === sep) {
      items.push(current);
      current = [];
      trailing = true;
    } else {
      current.push(n);
      trailing = false;
    }
  }
  if (current.length > 0 || items.length === 0) items.push(current);
  if (items.length === 1 && items[0].length === 0) return { items: [], trailing: false };
  return { items, trailing };
}

/** The first error node inside `n` (lezer marks recovered syntax errors this way), if any. */
export function firstError(n: SyntaxNode, skip?: (err: SyntaxNode) => boolean): SyntaxNode | null {
  if (n.type.isError && !(skip && skip(n))) return n;
  for (let c = n.firstChild; c; c = c.nextSibling) {
    const found = firstError(c, skip);
    if (found) return found;
  }
  return null;
}
