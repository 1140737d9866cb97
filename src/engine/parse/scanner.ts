/**
 * The cursor under the tokenizer (a port of CPython 3.11's tok_nextc /
 * tok_backup / syntaxerror): reading characters, backing up, emitting
 * tokens, and raising errors at the column CPython reports.
 */
import { PySyntaxError } from "../errors";
import type { SourceText } from "./source";

/** Token kinds, as in CPython's `token` module (ERRORTOKENs become OP). */
export type TokenKind =
  "NAME" | "NUMBER" | "STRING" | "OP" | "NEWLINE" | "INDENT" | "DEDENT" | "ENDMARKER";

/** One token; offsets index the tokenized text. */
export interface Token {
  kind: TokenKind;
  from: number;
  to: number;
  /** Bracket nesting depth after this token. */
  level: number;
}

/** End of input, as returned by `nextc`. */
export const EOF = -1;

/** Whether a character code is an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Whether a character code can start an identifier (CPython lets the identifier check judge non-ASCII later). */
export const isIdentStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;

/** Whether a character code can continue an identifier. */
export const isIdentChar = (c: number): boolean => isIdentStart(c) || isDigit(c);

/** Character-level state shared by the tokenizer's parts. */
export abstract class Scanner {
  protected cur = 0;
  protected readonly text: string;
  protected readonly list: Token[] = [];
  protected readonly brackets: { char: string; offset: number }[] = [];

  constructor(
    text: string,
    protected readonly src: SourceText,
    protected readonly shift: number,
  ) {
    // Like CPython for exec input: the last line always ends with a newline.
    this.text = text.endsWith("\n") ? text : text + "\n";
  }

  /** The next character code (EOF at the end), advancing the cursor. */
  protected nextc(): number {
    if (this.cur >= this.text.length) return EOF;
    return this.text.charCodeAt(this.cur++);
  }

  /** Step back over `c`, the character just read (nothing for EOF). */
  protected backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  /** Emit a token, recording the bracket depth after it. */
  protected push(kind: TokenKind, from: number, to: number): void {
    this.list.push({ kind, from, to, level: this.brackets.length });
  }

  /** Error whose 1-based offset is the column of `this.cur` (CPython's `syntaxerror`). */
  protected error(
    msg: string,
    at = this.cur,
    kind: "SyntaxError" | "IndentationError" | "TabError" = "SyntaxError",
  ): never {
    const o = at + this.shift;
    const line = this.src.line(Math.max(0, o - 1));
    const lineStart = this.src.lineStarts[line - 1];
    const offset = o - lineStart;
    throw new PySyntaxError(msg, line, offset, offset, kind);
  }
}
