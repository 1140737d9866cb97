/**
 * Number literals, scanned exactly like CPython 3.11's tokenizer (including
 * where it reports "invalid decimal literal" and friends).
 */
import { PySyntaxError } from "../errors";
import { EOF, isDigit, isIdentChar, Scanner } from "./scanner";

const isHex = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);

/** The number part of the tokenizer. */
export abstract class NumberScanner extends Scanner {
  /** CPython's number scanner; `state` says where `c` (already read) sits. */
  protected number(first: number, start: number, state: "start" | "fraction"): "TOKEN" {
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
        if (kind !== "hexadecimal" && isDigit(c))
          this.error(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        this.backup(c);
        this.error(`invalid ${kind} literal`);
      }
      do c = this.nextc();
      while (ok(c));
    } while (c === 95);
    if (kind !== "hexadecimal" && isDigit(c))
      this.error(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
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
