/**
 * Case mappings and character-class predicates of str, with CPython's
 * definitions: full (multi-character) mappings, the final-sigma rule,
 * capitalize() using title case for the first character (3.8+).
 */
import {
  upperOf,
  lowerOf,
  titleOf,
  foldOf,
  isCasedCp,
  isCaseIgnorableCp,
  isUpperCp,
  isLowerCp,
  isTitleCp,
  isAlphaCp,
  isDecimalCp,
  isDigitCp,
  isNumericCp,
  isSpaceCp,
  isPrintableCp,
  isXidStartCp,
  isXidContinueCp,
} from "./unicodeProps";

function codePoints(s: string): number[] {
  return Array.from(s, (ch) => ch.codePointAt(0) ?? 0);
}

// CPython's handle_capital_sigma: Σ lowers to ς at the end of a cased word.
function lowerAt(cps: number[], i: number): string {
  const c = cps[i];
  if (c !== 0x3a3) return lowerOf(c);
  let j = i - 1;
  while (j >= 0 && isCaseIgnorableCp(cps[j])) j--;
  let finalSigma = j >= 0 && isCasedCp(cps[j]);
  if (finalSigma && i + 1 < cps.length) {
    j = i + 1;
    while (j < cps.length && isCaseIgnorableCp(cps[j])) j++;
    finalSigma = j === cps.length || !isCasedCp(cps[j]);
  }
  return finalSigma ? "\u03c2" : "\u03c3";
}

/** str.upper(). */
export function strUpper(s: string): string {
  if (/^\p{ASCII}*$/u.test(s)) return s.toUpperCase();
  return codePoints(s).map(upperOf).join("");
}

/** str.lower(). */
export function strLower(s: string): string {
  if (/^\p{ASCII}*$/u.test(s)) return s.toLowerCase();
  const cps = codePoints(s);
  return cps.map((_, i) => lowerAt(cps, i)).join("");
}

/** str.casefold(). */
export function strCasefold(s: string): string {
  if (/^\p{ASCII}*$/u.test(s)) return s.toLowerCase();
  return codePoints(s).map(foldOf).join("");
}

/** str.capitalize(): first character title-cased, the rest lowercased. */
export function strCapitalize(s: string): string {
  const cps = codePoints(s);
  return cps.map((c, i) => (i === 0 ? titleOf(c) : lowerAt(cps, i))).join("");
}

/** str.title(): title-case after an uncased character, lowercase after a cased one. */
export function strTitle(s: string): string {
  const cps = codePoints(s);
  let prevCased = false;
  let out = "";
  for (let i = 0; i < cps.length; i++) {
    out += prevCased ? lowerAt(cps, i) : titleOf(cps[i]);
    prevCased = isCasedCp(cps[i]);
  }
  return out;
}

/** str.swapcase(). */
export function strSwapcase(s: string): string {
  const cps = codePoints(s);
  return cps
    .map((c, i) =>
      isUpperCp(c) ? lowerAt(cps, i) : isLowerCp(c) ? upperOf(c) : String.fromCodePoint(c),
    )
    .join("");
}

function all(s: string, pred: (cp: number) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!pred(ch.codePointAt(0) ?? 0)) return false;
  return true;
}

/** str.isalpha(). */
export const strIsalpha = (s: string): boolean => all(s, isAlphaCp);
/** str.isdecimal(). */
export const strIsdecimal = (s: string): boolean => all(s, isDecimalCp);
/** str.isdigit(). */
export const strIsdigit = (s: string): boolean => all(s, isDigitCp);
/** str.isnumeric(). */
export const strIsnumeric = (s: string): boolean => all(s, isNumericCp);
/** str.isspace(). */
export const strIsspace = (s: string): boolean => all(s, isSpaceCp);
/** str.isalnum(): every character is alphabetic, decimal, digit or numeric. */
export const strIsalnum = (s: string): boolean =>
  all(s, (c) => isAlphaCp(c) || isDecimalCp(c) || isDigitCp(c) || isNumericCp(c));
/** str.isprintable() (true for the empty string). */
export const strIsprintable = (s: string): boolean => s.length === 0 || all(s, isPrintableCp);
/** str.isascii() (true for the empty string). */
export const strIsascii = (s: string): boolean => /^\p{ASCII}*$/u.test(s);

/** str.islower(): has a cased character and no uppercase or titlecase ones. */
export function strIslower(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    if (isUpperCp(c) || isTitleCp(c)) return false;
    if (!cased && isLowerCp(c)) cased = true;
  }
  return cased;
}

/** str.isupper(): has a cased character and no lowercase or titlecase ones. */
export function strIsupper(s: string): boolean {
  let cased = false;
  for (const c of codePoints(s)) {
    if (isLowerCp(c) || isTitleCp(c)) return false;
    if (!cased && isUpperCp(c)) cased = true;
  }
  return cased;
}

/** str.istitle(): uppercase/titlecase only after uncased characters, lowercase only after cased ones. */
export function strIstitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of codePoints(s)) {
    if (isUpperCp(c) || isTitleCp(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (isLowerCp(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** str.isidentifier(): XID_Start or '_' first, XID_Continue after. */
export function strIsidentifier(s: string): boolean {
  const cps = codePoints(s);
  if (cps.length === 0) return false;
  if (!(cps[0] === 0x5f || isXidStartCp(cps[0]))) return false;
  return cps.every((c, i) => i === 0 || isXidContinueCp(c));
}
