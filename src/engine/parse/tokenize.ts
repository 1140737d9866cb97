/**
 * A port of CPython 3.11's tokenizer (Parser/tokenizer.c), used for what
 * @lezer/python cannot tell us: CPython's tokenizer errors (unterminated
 * strings, bad numbers, unmatched brackets, inconsistent indentation) with
 * CPython's positions, and CPython's token boundaries, which the error
 * messages of the parser refer to.
 */
import { PySyntaxError } from "../errors";
import type { SourceText } from "./source";

/** Token kinds, as in CPython's `token` module (ERRORTOKENs become OP). */
export type TokenKind = "NAME" | "NUMBER" | "STRING" | "OP" | "NEWLINE" | "INDENT" | "DEDENT" | "ENDMARKER";

/** One token; offsets index the tokenized text. */
export interface Token {
  kind: TokenKind;
  from: number;
  to: number;
  /** Bracket nesting depth after this token. */
  level: number;
}

/** An opening bracket that is still open at the end of the text. */
export interface UnclosedBracket {
  char: string;
  offset: number;
}

/** The tokens of a text, ending with ENDMARKER unless a bracket was left open. */
export interface Tokens {
  list: Token[];
  unclosed: UnclosedBracket | null;
}

const EOF = -1;
const TABSIZE = 8;
const OPERATORS = [
  ["**=", "//=", ">>=", "<<=", "..."],
  ["!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>", "==", ">=", ">>", "@=", "^=", "|="],
];
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isIdentStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
const isIdentChar = (c: number): boolean => isIdentStart(c) || isDigit(c);

/**
 * Tokenize `src.text.slice(start, end)`. `shift` is added to offsets when
 * reporting errors, for text that was cut out of a larger source (f-string
 * expressions). Throws PySyntaxError for tokenizer errors.
 */
export function tokenize(text: string, src: SourceText, shift = 0): Tokens {
  return new Tokenizer(text, src, shift).run();
}

class Tokenizer {
  private cur = 0;
  private readonly text: string;
  private readonly list: Token[] = [];
  private readonly indents = [0];
  private readonly altIndents = [0];
  private readonly brackets: { char: string; offset: number }[] = [];

  constructor(
    text: string,
    private readonly src: SourceText,
    private readonly shift: number,
  ) {
    // Like CPython for exec input: the last line always ends with a newline.
    this.text = text.endsWith("\n") ? text : text + "\n";
  }

  run(): Tokens {
    let atBol = true;
    for (;;) {
      let blank = false;
      if (atBol) {
        atBol = false;
        blank = this.indentation();
      }
      const kind = this.next(blank);
      if (kind === "EOF") break;
      if (kind === "NL") atBol = true;
    }
    if (this.brackets.length > 0) {
      const b = this.brackets[this.brackets.length - 1];
      return { list: this.list, unclosed: { char: b.char, offset: b.offset } };
    }
    this.push("ENDMARKER", this.cur, this.cur);
    return { list: this.list, unclosed: null };
  }

  private nextc(): number {
    if (this.cur >= this.text.length) return EOF;
    return this.text.charCodeAt(this.cur++);
  }

  private backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  private push(kind: TokenKind, from: number, to: number): void {
    this.list.push({ kind, from, to, level: this.brackets.length });
  }

  /** Error whose 1-based offset is the column of `this.cur` (CPython's `syntaxerror`). */
  private error(msg: string, at = this.cur, kind: "SyntaxError" | "IndentationError" | "TabError" = "SyntaxError"): never {
    const o = at + this.shift;
    const line = this.src.line(Math.max(0, o - 1));
    const lineStart = this.src.lineStarts[line - 1];
    const offset = o - lineStart;
    throw new PySyntaxError(msg, line, offset, offset, kind);
  }

  /** Measure the indentation of a new line; returns whether the line is blank. */
  private indentation(): boolean {
    const lineStart = this.cur;
    let col = 0;
    let altcol = 0;
    let c: number;
    for (;;) {
      c = this.nextc();
      if (c === 32) {
        col++;
        altcol++;
      } else if (c === 9) {
        col = (Math.floor(col / TABSIZE) + 1) * TABSIZE;
        altcol++;
      } else if (c === 12) {
        col = altcol = 0;
      } else break;
    }
    this.backup(c);
    if (c === 35 || c === 10 || c === 92) return true;
    if (this.brackets.length > 0) return false;
    const top = this.indents.length - 1;
    if (col === this.indents[top]) {
      if (altcol !== this.altIndents[top]) this.tabError();
    } else if (col > this.indents[top]) {
      if (altcol <= this.altIndents[top]) this.tabError();
      this.indents.push(col);
      this.altIndents.push(altcol);
      this.push("INDENT", lineStart, this.cur);
    } else {
      while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
        this.indents.pop();
        this.altIndents.pop();
        this.push("DEDENT", this.cur, this.cur);
      }
      if (col !== this.indents[this.indents.length - 1]) {
        const line = this.src.line(this.cur + this.shift);
        const offset = this.src.lineText(line).length + 1;
        throw new PySyntaxError(
          "unindent does not match any outer indentation level",
          line,
          offset,
          -1,
          "IndentationError",
        );
      }
      if (altcol !== this.altIndents[this.altIndents.length - 1]) this.tabError();
    }
    return false;
  }

  private tabError(): never {
    const line = this.src.line(this.cur + this.shift);
    throw new PySyntaxError("inconsistent use of tabs and spaces in indentation", line, 1, 0, "TabError");
  }

  /** Read one token; "NL" after a newline, "EOF" at the end. */
  private next(blank: boolean): "EOF" | "NL" | "TOKEN" {
    let c: number;
    do c = this.nextc();
    while (c === 32 || c === 9 || c === 12);
    const start = this.cur - 1;
    if (c === 35) {
      while (c !== EOF && c !== 10) c = this.nextc();
    }
    if (c === EOF) {
      this.cur = this.text.length;
      if (this.brackets.length === 0) {
        while (this.indents.length > 1) {
          this.indents.pop();
          this.push("DEDENT", this.cur, this.cur);
        }
      }
      return "EOF";
    }
    if (isIdentStart(c)) return this.name(c, start);
    if (c === 10) {
      if (!blank && this.brackets.length === 0) this.push("NEWLINE", start, this.cur - 1);
      return "NL";
    }
    if (c === 46) {
      const d = this.nextc();
      if (isDigit(d)) return this.number(d, start, "fraction");
      this.backup(d);
    } else if (isDigit(c)) {
      return this.number(c, start, "start");
    }
    if (c === 39 || c === 34) return this.string(c, start);
    if (c === 92) {
      c = this.nextc();
      if (c !== 10) {
        const o = this.cur + this.shift;
        const line = this.src.line(o - 1);
        const col = o - 1 - this.src.lineStarts[line - 1];
        throw new PySyntaxError("unexpected character after line continuation character", line, col + 1, 0);
      }
      if (this.cur >= this.text.length) {
        const line = this.src.line(this.cur - 1 + this.shift);
        throw new PySyntaxError("unexpected EOF while parsing", line, 1, 1);
      }
      return this.next(blank);
    }
    return this.operator(c, start);
  }

  private name(first: number, start: number): "TOKEN" {
    let c = first;
    let sawB = false;
    let sawR = false;
    let sawU = false;
    let sawF = false;
    for (;;) {
      const lower = c | 32;
      if (!(sawB || sawU || sawF) && lower === 98) sawB = true;
      else if (!(sawB || sawU || sawR || sawF) && lower === 117) sawU = true;
      else if (!(sawR || sawU) && lower === 114) sawR = true;
      else if (!(sawF || sawB || sawU) && lower === 102) sawF = true;
      else break;
      c = this.nextc();
      if (c === 34 || c === 39) return this.string(c, start);
    }
    let nonAscii = false;
    while (isIdentChar(c)) {
      if (c >= 128) nonAscii = true;
      c = this.nextc();
    }
    this.backup(c);
    if (nonAscii) this.verifyIdentifier(start);
    this.push("NAME", start, this.cur);
    return "TOKEN";
  }

  private verifyIdentifier(start: number): void {
    const word = this.text.slice(start, this.cur);
    let i = 0;
    for (const ch of word) {
      const ok = i === 0 ? /[\p{XID_Start}_]/u.test(ch) : /\p{XID_Continue}/u.test(ch);
      if (!ok) {
        const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
        const printable = ch === " " || !/^[\p{C}\p{Z}]$/u.test(ch);
        this.cur = start + i + ch.length;
        this.error(printable ? `invalid character '${ch}' (U+${hex})` : `invalid non-printable character U+${hex}`);
      }
      i += ch.length;
    }
  }

  private string(quote: number, start: number): "TOKEN" {
    let quoteSize = 1;
    let endQuoteSize = 0;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c !== quote) this.backup(c);
    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === 10)) {
        const detected = this.src.line(this.cur - 1 + this.shift);
        const what = quoteSize === 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
        this.error(`${what} (detected at line ${detected})`, start + 1);
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === 92) this.nextc();
      }
    }
    this.push("STRING", start, this.cur);
    return "TOKEN";
  }

  private operator(c: number, start: number): "TOKEN" {
    const ch = String.fromCharCode(c);
    for (const ops of OPERATORS) {
      const candidate = this.text.slice(start, start + ops[0].length);
      if (ops.includes(candidate)) {
        this.cur = start + candidate.length;
        this.push("OP", start, this.cur);
        return "TOKEN";
      }
    }
    if (ch === "(" || ch === "[" || ch === "{") {
      if (this.brackets.length >= 200) this.error("too many nested parentheses");
      this.brackets.push({ char: ch, offset: start });
    } else if (ch in CLOSERS) {
      const open = this.brackets.pop();
      if (!open) this.error(`unmatched '${ch}'`);
      if (open.char !== CLOSERS[ch]) {
        const openLine = this.src.line(open.offset + this.shift);
        const here = this.src.line(start + this.shift);
        const suffix = openLine !== here ? ` on line ${openLine}` : "";
        this.error(`closing parenthesis '${ch}' does not match opening parenthesis '${open.char}'${suffix}`);
      }
    }
    this.push("OP", start, this.cur);
    return "TOKEN";
  }

  /** CPython's number scanner; `state` says where `c` (already read) sits. */
  private number(first: number, start: number, state: "start" | "fraction"): "TOKEN" {
    let c = first;
    if (state === "fraction") {
      c = this.decimalTail();
      return this.exponentPart(c, start);
    }
    if (c === 48) {
      c = this.nextc();
      const lower = c | 32;
      if (lower === 120) return this.radix(start, isHex, "hexadecimal");
      if (lower === 111) return this.radix(start, (d) => d >= 48 && d <= 55, "octal");
      if (lower === 98) return this.radix(start, (d) => d === 48 || d === 49, "binary");
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          c = this.nextc();
          if (!isDigit(c)) {
            this.backup(c);
            this.error("invalid decimal literal");
          }
        }
        if (c !== 48) break;
        c = this.nextc();
      }
      const zerosEnd = this.cur;
      if (isDigit(c)) {
        nonzero = true;
        c = this.decimalTail();
      }
      if (c === 46) {
        c = this.nextc();
        if (isDigit(c)) c = this.decimalTail();
        return this.exponentPart(c, start);
      }
      if ((c | 32) === 101 || (c | 32) === 106) return this.exponentPart(c, start);
      if (nonzero) {
        this.backup(c);
        const line = this.src.line(start + this.shift);
        const ls = this.src.lineStarts[line - 1];
        throw new PySyntaxError(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          line,
          start + this.shift + 1 - ls,
          zerosEnd + this.shift - ls,
        );
      }
      this.verifyEnd(c, "decimal");
      return this.finish(c, start);
    }
    c = this.decimalTail();
    if (c === 46) {
      c = this.nextc();
      if (isDigit(c)) c = this.decimalTail();
    }
    return this.exponentPart(c, start);
  }

  private exponentPart(first: number, start: number): "TOKEN" {
    let c = first;
    if ((c | 32) === 101) {
      const e = c;
      c = this.nextc();
      if (c === 43 || c === 45) {
        c = this.nextc();
        if (!isDigit(c)) {
          this.backup(c);
          this.error("invalid decimal literal");
        }
      } else if (!isDigit(c)) {
        this.backup(c);
        this.verifyEnd(e, "decimal");
        this.backup(e);
        this.push("NUMBER", start, this.cur);
        return "TOKEN";
      }
      c = this.decimalTail();
    }
    if ((c | 32) === 106) {
      c = this.nextc();
      this.verifyEnd(c, "imaginary");
    } else {
      this.verifyEnd(c, "decimal");
    }
    return this.finish(c, start);
  }

  private radix(start: number, ok: (c: number) => boolean, kind: string): "TOKEN" {
    let c = this.nextc();
    do {
      if (c === 95) c = this.nextc();
      if (!ok(c)) {
        if (kind !== "hexadecimal" && isDigit(c)) this.error(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        this.backup(c);
        this.error(`invalid ${kind} literal`);
      }
      do c = this.nextc();
      while (ok(c));
    } while (c === 95);
    if (kind !== "hexadecimal" && isDigit(c)) this.error(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
    this.verifyEnd(c, kind);
    return this.finish(c, start);
  }

  private finish(c: number, start: number): "TOKEN" {
    this.backup(c);
    this.push("NUMBER", start, this.cur);
    return "TOKEN";
  }

  private decimalTail(): number {
    let c: number;
    for (;;) {
      do c = this.nextc();
      while (isDigit(c));
      if (c !== 95) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.error("invalid decimal literal");
      }
    }
    return c;
  }

  /** A number directly followed by a letter is an error, except before the keywords CPython only warns about. */
  private verifyEnd(c: number, kind: string): void {
    const rest = this.text.slice(this.cur - 1);
    const keyword = /^(and|else|for|if|in|is|not|or)(?![A-Za-z0-9_\u0080-\uffff])/.exec(rest);
    const partial = /^i[fns]/.test(rest);
    if (keyword || partial) return;
    if (c !== EOF && isIdentChar(c)) {
      this.backup(c);
      this.error(`invalid ${kind} literal`);
    }
  }
}
