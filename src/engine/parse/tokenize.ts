/**
 * A port of CPython 3.11's tokenizer (Parser/tokenizer.c), used for what
 * @lezer/python cannot tell us: CPython's tokenizer errors (unterminated
 * strings, bad numbers, unmatched brackets, inconsistent indentation) with
 * CPython's positions, and CPython's token boundaries, which the error
 * messages of the parser refer to.
 */
import { PySyntaxError } from "../errors";
import { WordScanner } from "./scan-words";
import { EOF, isDigit, isIdentStart, type Token } from "./scanner";
import type { SourceText } from "./source";

export type { Token, TokenKind } from "./scanner";

const tokenizerErrors = new WeakSet<PySyntaxError>();

/** Whether an error came from the tokenizer (CPython words those the same inside f-string expressions). */
export function isTokenizerError(e: unknown): boolean {
  return e instanceof PySyntaxError && tokenizerErrors.has(e);
}

/** An opening bracket that is still open at the end of the text. */
export interface UnclosedBracket {
  char: string;
  offset: number;
}

/** A tokenizer error and how CPython ranks it against parser errors. */
export interface TokenizerError {
  error: PySyntaxError;
  /** Offset where the tokenizer stopped (the tokens end before it). */
  at: number;
  /**
   * CPython tokenizes the rest of the file after a parser error and reports
   * errors like an unterminated string instead; errors it only reports when
   * the parser reaches them (bad dedent, tabs, line continuation) do not.
   */
  overridesParser: boolean;
}

/** The tokens of a text, ending with ENDMARKER unless a bracket was left open or a tokenizer error stopped them. */
export interface Tokens {
  list: Token[];
  unclosed: UnclosedBracket | null;
  error: TokenizerError | null;
}

const TABSIZE = 8;
const OPERATORS = [
  ["**=", "//=", ">>=", "<<=", "..."],
  [
    "!=",
    "%=",
    "&=",
    "**",
    "*=",
    "+=",
    "-=",
    "->",
    "//",
    "/=",
    ":=",
    "<<",
    "<=",
    "<>",
    "==",
    ">=",
    ">>",
    "@=",
    "^=",
    "|=",
  ],
];
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/**
 * Tokenize `text`, which starts at offset `shift` of `src` (non-zero for
 * text cut out of the program, like f-string expressions). A tokenizer error
 * ends the token list and is returned with it.
 */
export function tokenize(text: string, src: SourceText, shift = 0): Tokens {
  return new Tokenizer(text, src, shift).run();
}

class Tokenizer extends WordScanner {
  private readonly indents = [0];
  private readonly altIndents = [0];

  run(): Tokens {
    let atBol = true;
    try {
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
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      tokenizerErrors.add(e);
      const reachedOnly =
        e.kind !== "SyntaxError" || /line continuation|unexpected EOF/.test(e.msg);
      const start = this.list.length > 0 ? this.list[this.list.length - 1].to : 0;
      return {
        list: this.list,
        unclosed: null,
        error: { error: e, at: start, overridesParser: !reachedOnly },
      };
    }
    if (this.brackets.length > 0) {
      const b = this.brackets[this.brackets.length - 1];
      return { list: this.list, unclosed: { char: b.char, offset: b.offset }, error: null };
    }
    this.push("ENDMARKER", this.cur, this.cur);
    return { list: this.list, unclosed: null, error: null };
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
    throw new PySyntaxError(
      "inconsistent use of tabs and spaces in indentation",
      line,
      1,
      0,
      "TabError",
    );
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
        throw new PySyntaxError(
          "unexpected character after line continuation character",
          line,
          col + 1,
          0,
        );
      }
      if (this.cur >= this.text.length) {
        const line = this.src.line(this.cur - 1 + this.shift);
        throw new PySyntaxError("unexpected EOF while parsing", line, 1, 1);
      }
      return this.next(blank);
    }
    return this.operator(c, start);
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
        this.error(
          `closing parenthesis '${ch}' does not match opening parenthesis '${open.char}'${suffix}`,
        );
      }
    }
    this.push("OP", start, this.cur);
    return "TOKEN";
  }
}
