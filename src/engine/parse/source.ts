/**
 * The program text with a line table, so offsets can be turned into the
 * 1-based line / 0-based column positions CPython reports.
 */
import type { Pos } from "./ast";

/** CPython reads `\r\n` and a lone `\r` as `\n`; doing the same keeps lines and columns equal. */
export function normalizeNewlines(source: string): string {
  return source.replace(/\r\n?/g, "\n");
}

/** A source text (already newline-normalized) that maps offsets to lines and columns. */
export class SourceText {
  /** Offset at which each line starts; index 0 is line 1. */
  readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line containing `offset`. */
  line(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** 0-based column of `offset` within its line. */
  col(offset: number): number {
    return offset - this.lineStarts[this.line(offset) - 1];
  }

  /** The text of 1-based line `n`, without its newline. */
  lineText(n: number): string {
    const start = this.lineStarts[n - 1] ?? this.text.length;
    const next = this.lineStarts[n];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1);
  }

  /** The position of the span [from, to). */
  pos(from: number, to: number): Pos {
    return {
      lineno: this.line(from),
      col_offset: this.col(from),
      end_lineno: this.line(to),
      end_col_offset: this.col(to),
    };
  }
}
