/**
 * Adjacent string literals → one Constant or JoinedStr, following CPython
 * 3.11's FstringParser (Parser/string_parser.c): literal pieces are merged,
 * f-string replacement fields become FormattedValues, and positions are the
 * ones 3.11 assigns (most inner nodes span the whole group of literals).
 */
import { UnsupportedError } from "../errors";
import type { Constant, Expr, FormattedValue, JoinedStr, Pos } from "./ast";
import { pos, text, type Cst, type Span } from "./cst";
import { errorAtTokenAfter, errorAtSpan } from "./errors";
import {
  decodeStrEscapes,
  LiteralError,
  LiteralUnsupported,
  plainStringValue,
  stringParts,
} from "./literals";

/** Parses the text [from, to) of `cx` as one f-string replacement expression. */
export type ExprParser = (cx: Cst, from: number, to: number) => Expr;

/** Convert a run of adjacent string literal tokens (spans relative to `cx`) into one expression. */
export function concatStrings(
  cx: Cst,
  pieces: Span[],
  parseExpr: ExprParser,
): Constant | JoinedStr {
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const group = pos(cx, first, last);
  try {
    return build(cx, pieces, group, parseExpr);
  } catch (e) {
    if (e instanceof LiteralError) {
      if (e.atLiteral) throw errorAtSpan(cx, e.msg, e.span ?? first);
      throw errorAtTokenAfter(cx, e.msg, last.to);
    }
    if (e instanceof LiteralUnsupported) throw new UnsupportedError(e.message, group.lineno);
    throw e;
  }
}

function build(cx: Cst, pieces: Span[], group: Pos, parseExpr: ExprParser): Constant | JoinedStr {
  const kinds = pieces.map((p) => stringParts(text(cx, p)));
  const bytes = kinds.filter((k) => k.bytes).length;
  if (bytes !== 0 && bytes !== pieces.length)
    throw new LiteralError("cannot mix bytes and nonbytes literals");
  if (bytes > 0) {
    const chunks = pieces.map((p) => plainValue(cx, p));
    const all = chunks.flatMap((c) => (c.kind === "bytes" ? Array.from(c.value) : []));
    return { type: "Constant", value: { kind: "bytes", value: Uint8Array.from(all) }, ...group };
  }
  const state = new Joiner(group);
  pieces.forEach((p, i) => {
    if (!kinds[i].fstring) {
      const v = plainValue(cx, p);
      if (v.kind === "str") state.addLiteral(v.value);
      return;
    }
    state.fmode = true;
    const k = kinds[i];
    const bodyStart = p.from + k.bodyStart;
    const scanner = new FstringScanner(
      cx,
      bodyStart,
      bodyStart + k.body.length,
      k.raw,
      pos(cx, p),
      group,
      parseExpr,
    );
    scanner.scan(state, 0);
  });
  return state.finish(group);
}

function plainValue(cx: Cst, p: Span): ReturnType<typeof plainStringValue> {
  try {
    return plainStringValue(text(cx, p));
  } catch (e) {
    if (e instanceof LiteralError && e.atLiteral) e.span = p;
    throw e;
  }
}

/** CPython's FstringParser state: a pending literal plus the values found so far. */
class Joiner {
  fmode = false;
  private lastStr: string | null = null;
  private readonly values: (Constant | FormattedValue)[] = [];

  constructor(private readonly group: Pos) {}

  addLiteral(s: string): void {
    if (s.length === 0) return;
    this.lastStr = (this.lastStr ?? "") + s;
  }

  addValue(v: FormattedValue): void {
    if (this.lastStr !== null) this.values.push(constant(this.lastStr, this.group));
    this.lastStr = null;
    this.values.push(v);
  }

  finish(span: Pos): Constant | JoinedStr {
    if (!this.fmode) return constant(this.lastStr ?? "", span);
    if (this.lastStr !== null) this.values.push(constant(this.lastStr, span));
    this.lastStr = null;
    return { type: "JoinedStr", values: this.values, ...span };
  }
}

function constant(value: string, at: Pos): Constant {
  return { type: "Constant", value: { kind: "str", value }, ...at };
}

const CONVERSIONS: Record<string, number> = { s: 115, r: 114, a: 97 };

/** Scans one f-string body, [start, end) in `cx` offsets, like fstring_find_literal/fstring_find_expr. */
class FstringScanner {
  private s: number;
  private readonly t: string;

  constructor(
    private readonly cx: Cst,
    start: number,
    private readonly end: number,
    private readonly raw: boolean,
    /** Position of this f-string token (format specs span it). */
    private readonly token: Pos,
    /** Position of the whole group of literals (values span it). */
    private readonly group: Pos,
    private readonly parseExpr: ExprParser,
  ) {
    this.s = start;
    this.t = cx.src.text;
  }

  private ch(i: number): string {
    return this.t[i + this.cx.shift];
  }

  scan(state: Joiner, depth: number): void {
    for (;;) {
      const more = this.literal(state, depth);
      if (more) continue;
      if (this.s >= this.end || this.ch(this.s) === "}") break;
      const [value, debugText] = this.replacement(depth);
      if (debugText !== null) state.addLiteral(debugText);
      state.addValue(value);
    }
    if (depth > 0 && (this.s >= this.end || this.ch(this.s) !== "}"))
      throw new LiteralError("f-string: expecting '}'");
  }

  /** Read literal text up to a replacement field; true when it stopped at a doubled brace. */
  private literal(state: Joiner, depth: number): boolean {
    const start = this.s;
    let s = this.s;
    let doubled = false;
    while (s < this.end) {
      let c = this.ch(s++);
      if (!this.raw && c === "\\" && s < this.end) {
        c = this.ch(s++);
        if (c === "N") {
          if (s < this.end && this.ch(s++) === "{") {
            while (s < this.end && this.ch(s++) !== "}");
            continue;
          }
          break;
        }
      }
      if (c === "{" || c === "}") {
        if (depth === 0) {
          if (s < this.end && this.ch(s) === c) {
            doubled = true;
            break;
          }
          if (c === "}") throw new LiteralError("f-string: single '}' is not allowed");
        }
        s--;
        break;
      }
    }
    const raw = this.t.slice(start + this.cx.shift, s + this.cx.shift);
    this.s = doubled ? s + 1 : s;
    state.addLiteral(this.raw ? raw : decodeStrEscapes(raw));
    return doubled;
  }

  /** Read `{expr[=][!c][:spec]}` starting at `{`. */
  private replacement(depth: number): [FormattedValue, string | null] {
    if (depth >= 2) throw new LiteralError("f-string: expressions nested too deeply");
    const exprStart = ++this.s;
    let quote = "";
    let tripleQuote = false;
    const parens: string[] = [];
    for (; this.s < this.end; this.s++) {
      const c = this.ch(this.s);
      if (c === "\\") throw new LiteralError("f-string expression part cannot include a backslash");
      if (quote) {
        if (c !== quote) continue;
        if (!tripleQuote) quote = "";
        else if (this.s + 2 < this.end && this.ch(this.s + 1) === c && this.ch(this.s + 2) === c) {
          this.s += 2;
          quote = "";
        }
      } else if (c === "'" || c === '"') {
        tripleQuote =
          this.s + 2 < this.end && this.ch(this.s + 1) === c && this.ch(this.s + 2) === c;
        if (tripleQuote) this.s += 2;
        quote = c;
      } else if (c === "[" || c === "(" || c === "{") {
        if (parens.length >= 200) throw new LiteralError("f-string: too many nested parenthesis");
        parens.push(c);
      } else if (c === "#") {
        throw new LiteralError("f-string expression part cannot include '#'");
      } else if (parens.length === 0 && "!:}=<>".includes(c)) {
        if (this.s + 1 < this.end) {
          const next = this.ch(this.s + 1);
          if (next === "=" && "!=<>".includes(c)) {
            this.s++;
            continue;
          }
          if (c === "<" || c === ">") continue;
        }
        break;
      } else if (c === "]" || c === ")" || c === "}") {
        const open = parens.pop();
        if (open === undefined) throw new LiteralError(`f-string: unmatched '${c}'`);
        if ({ "(": ")", "[": "]", "{": "}" }[open] !== c) {
          throw new LiteralError(
            `f-string: closing parenthesis '${c}' does not match opening parenthesis '${open}'`,
          );
        }
      }
    }
    const exprEnd = this.s;
    if (quote) throw new LiteralError("f-string: unterminated string");
    if (parens.length > 0)
      throw new LiteralError(`f-string: unmatched '${parens[parens.length - 1]}'`);
    if (this.s >= this.end) throw new LiteralError("f-string: expecting '}'");
    const source = this.t.slice(exprStart + this.cx.shift, exprEnd + this.cx.shift);
    if (/^[ \t\n\f]*$/.test(source)) {
      const stop = this.ch(exprEnd);
      throw new LiteralError(
        stop === "}"
          ? "f-string: empty expression not allowed"
          : `f-string: expression required before '${stop}'`,
      );
    }
    const value = this.parseExpr(this.cx, exprStart, exprEnd);
    let debugText: string | null = null;
    if (this.ch(this.s) === "=") {
      this.s++;
      while (this.s < this.end && /[ \t\n\r\f\v]/.test(this.ch(this.s))) this.s++;
      debugText = this.t.slice(exprStart + this.cx.shift, this.s + this.cx.shift);
    }
    let conversion = -1;
    if (this.ch(this.s) === "!") {
      this.s++;
      if (this.s >= this.end) throw new LiteralError("f-string: expecting '}'");
      const c = this.ch(this.s++);
      if (!(c in CONVERSIONS)) {
        throw new LiteralError("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      conversion = CONVERSIONS[c];
    }
    if (this.s >= this.end) throw new LiteralError("f-string: expecting '}'");
    let spec: JoinedStr | null = null;
    if (this.ch(this.s) === ":") {
      this.s++;
      if (this.s >= this.end) throw new LiteralError("f-string: expecting '}'");
      const inner = new Joiner(this.group);
      inner.fmode = true;
      this.scan(inner, depth + 1);
      spec = inner.finish(this.token) as JoinedStr;
    }
    if (this.s >= this.end || this.ch(this.s) !== "}")
      throw new LiteralError("f-string: expecting '}'");
    this.s++;
    if (debugText !== null && spec === null && conversion === -1) conversion = CONVERSIONS.r;
    return [
      { type: "FormattedValue", value, conversion, format_spec: spec, ...this.group },
      debugText,
    ];
  }
}
