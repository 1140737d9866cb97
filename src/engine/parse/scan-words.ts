/**
 * Names and string literals, scanned like CPython 3.11's tokenizer: string
 * prefixes, quote matching (where 3.11 does not look inside f-strings), and
 * its "unterminated string literal" and "invalid character" errors.
 */
import { EOF, isIdentChar } from "./scanner";
import { NumberScanner } from "./scan-numbers";

/** The names-and-strings part of the tokenizer. */
export abstract class WordScanner extends NumberScanner {
  /** An identifier, or a string literal if it turns out to be a prefix like `rb`. */
  protected name(first: number, start: number): "TOKEN" {
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
        this.error(
          printable
            ? `invalid character '${ch}' (U+${hex})`
            : `invalid non-printable character U+${hex}`,
        );
      }
      i += ch.length;
    }
  }

  /** A string literal whose opening quote (after `start`) was just read. */
  protected string(quote: number, start: number): "TOKEN" {
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
        const what =
          quoteSize === 3
            ? "unterminated triple-quoted string literal"
            : "unterminated string literal";
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
}
