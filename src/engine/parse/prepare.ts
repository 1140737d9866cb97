/**
 * The text handed to lezer. It has the program's length (so lezer's offsets
 * are program offsets), with a few rewrites for constructs that
 * @lezer/python's grammar lacks or reads as Python 2:
 * - `print` is renamed so lezer does not parse a Python 2 print statement;
 * - decorator expressions and `with … as <target>` targets other than a name
 *   become one placeholder identifier, parsed separately (subparse.ts);
 * - `with (a as b, c as d):` loses its parentheses (and the line breaks
 *   inside them), which lezer's grammar does not allow;
 * - `for x in *a, b:` and `a[*b]` get a placeholder for the iterable / the subscript;
 * - floats like `5.` or `5.e3` get `_` for the dot (lezer wants a digit after it).
 */
import type { Token } from "./tokenize";

/** The rewritten text and the placeholder regions (start → end offset). */
export interface Prepared {
  text: string;
  placeholders: Map<number, number>;
}

/** Rewrite `text` (tokenized as `tokens`) for lezer. */
export function prepareForLezer(text: string, tokens: Token[]): Prepared {
  const chars = text.split("");
  const placeholders = new Map<number, number>();
  const word = (t: Token | undefined): string => (t ? text.slice(t.from, t.to) : "");
  const placeholder = (from: number, to: number): void => {
    for (let i = from; i < to; i++) chars[i] = "_";
    placeholders.set(from, to);
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "NAME" && word(t) === "print") chars[t.from + 4] = "T";
    if (t.kind === "NUMBER") {
      const dot = word(t).search(/\.(?![0-9])/);
      if (dot > 0) chars[t.from + dot] = "_";
    }
    const prev = tokens[i - 1];
    if (
      word(t) === "[" &&
      prev &&
      /^(NAME|NUMBER|STRING)$|^[)\]}]$/.test(prev.kind === "OP" ? word(prev) : prev.kind)
    ) {
      starredSubscript(text, tokens, i, placeholder);
    }
    const atStatementStart =
      !prev || prev.kind === "NEWLINE" || prev.kind === "INDENT" || prev.kind === "DEDENT";
    if (!atStatementStart) continue;
    if (word(t) === "@") {
      let end = i + 1;
      while (end < tokens.length && tokens[end].kind !== "NEWLINE") end++;
      if (end > i + 1 && end < tokens.length) placeholder(tokens[i + 1].from, tokens[end - 1].to);
    }
    const withAt =
      word(t) === "with" ? i : word(t) === "async" && word(tokens[i + 1]) === "with" ? i + 1 : -1;
    if (withAt >= 0) rewriteWith(text, tokens, withAt + 1, chars, placeholder);
    const forAt =
      word(t) === "for" ? i : word(t) === "async" && word(tokens[i + 1]) === "for" ? i + 1 : -1;
    if (forAt >= 0) rewriteForIterable(text, tokens, forAt + 1, placeholder);
  }
  return { text: chars.join(""), placeholders };
}

function rewriteWith(
  text: string,
  tokens: Token[],
  first: number,
  chars: string[],
  placeholder: (from: number, to: number) => void,
): void {
  const word = (t: Token | undefined): string => (t ? text.slice(t.from, t.to) : "");
  let colon = first;
  while (colon < tokens.length && !(word(tokens[colon]) === ":" && tokens[colon].level === 0)) {
    if (tokens[colon].kind === "NEWLINE") return;
    colon++;
  }
  if (colon >= tokens.length || colon === first) return;
  let base = 0;
  let start = first;
  let end = colon;
  if (
    word(tokens[first]) === "(" &&
    matching(tokens, first) === colon - 1 &&
    word(tokens[first + 1]) !== "yield"
  ) {
    // Blank the parentheses and everything between tokens (line breaks, comments) inside them.
    for (let i = tokens[first].from; i < tokens[colon - 1].to; i++) {
      if (!insideToken(tokens, first + 1, colon - 1, i)) chars[i] = " ";
    }
    base = 1;
    start = first + 1;
    end = colon - 1;
  }
  let itemStart = start;
  for (let i = start; i <= end; i++) {
    const atEnd = i === end || (word(tokens[i]) === "," && tokens[i].level === base);
    if (!atEnd) continue;
    const as = tokens.slice(itemStart, i).findIndex((t) => word(t) === "as" && t.level === base);
    if (as >= 0) {
      const targetFirst = itemStart + as + 1;
      // Only what can be a target (`(a, b)`, `[a]`, `a.b`, `a[0]`), so other mistakes stay lezer's to report.
      const single = i - targetFirst === 1;
      const plainName =
        single &&
        tokens[targetFirst].kind === "NAME" &&
        !/^(True|False|None)$/.test(word(tokens[targetFirst]));
      const opener =
        /^[([*]$/.test(word(tokens[targetFirst])) || /^[.[]$/.test(word(tokens[targetFirst + 1]));
      if (i > targetFirst && !plainName && (single || opener))
        placeholder(tokens[targetFirst].from, tokens[i - 1].to);
    }
    itemStart = i + 1;
  }
}

function starredSubscript(
  text: string,
  tokens: Token[],
  open: number,
  placeholder: (from: number, to: number) => void,
): void {
  const word = (t: Token | undefined): string => (t ? text.slice(t.from, t.to) : "");
  const close = matching(tokens, open);
  if (close <= open + 1) return;
  const level = tokens[open].level;
  const inside = tokens.slice(open + 1, close);
  const atLevel = inside.filter((t) => t.level === level);
  if (atLevel.some((t) => word(t) === ":")) return;
  const starred = inside.some(
    (t, k) => word(t) === "*" && t.level === level && (k === 0 || word(inside[k - 1]) === ","),
  );
  if (starred) placeholder(inside[0].from, inside[inside.length - 1].to);
}

function rewriteForIterable(
  text: string,
  tokens: Token[],
  first: number,
  placeholder: (from: number, to: number) => void,
): void {
  const word = (t: Token | undefined): string => (t ? text.slice(t.from, t.to) : "");
  let inAt = first;
  while (inAt < tokens.length && !(word(tokens[inAt]) === "in" && tokens[inAt].level === 0)) {
    if (tokens[inAt].kind === "NEWLINE") return;
    inAt++;
  }
  let colon = inAt + 1;
  while (colon < tokens.length && !(word(tokens[colon]) === ":" && tokens[colon].level === 0)) {
    if (tokens[colon].kind === "NEWLINE") return;
    colon++;
  }
  if (colon >= tokens.length || colon === inAt + 1) return;
  const starred = tokens
    .slice(inAt + 1, colon)
    .some((t, k, all) => word(t) === "*" && t.level === 0 && (k === 0 || word(all[k - 1]) === ","));
  if (starred) placeholder(tokens[inAt + 1].from, tokens[colon - 1].to);
}

function matching(tokens: Token[], open: number): number {
  const level = tokens[open].level;
  for (let i = open + 1; i < tokens.length; i++) {
    if (tokens[i].level < level) return i;
  }
  return -1;
}

function insideToken(tokens: Token[], from: number, to: number, offset: number): boolean {
  for (let i = from; i < to; i++) {
    if (tokens[i].from <= offset && offset < tokens[i].to) return true;
  }
  return false;
}
