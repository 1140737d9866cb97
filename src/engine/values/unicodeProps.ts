/**
 * Per-code-point Unicode properties and case mappings as CPython 3.11 sees
 * them: the JS engine's data (regex property escapes, toUpperCase) corrected
 * by the generated difference tables in unicodeTables.ts.
 */
import {
  NEWER_THAN_CPYTHON,
  DIGIT_RANGES,
  NUMERIC_RANGES,
  DECIMAL_ZEROS,
  LOWER_FLIP,
  UPPER_FLIP,
  XID_START_FLIP,
  XID_CONTINUE_FLIP,
  UPPER_EXCEPTIONS,
  LOWER_EXCEPTIONS,
  TITLE_EXCEPTIONS,
  FOLD_EXCEPTIONS,
} from "./unicodeTables";

/** Whether cp lies in a flat [first, last, first, last, ...] range list (binary search). */
export function inRanges(ranges: readonly number[], cp: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const flipSet = (xs: readonly number[]): ReadonlySet<number> => new Set(xs);
const lowerFlip = flipSet(LOWER_FLIP);
const upperFlip = flipSet(UPPER_FLIP);
const xidStartFlip = flipSet(XID_START_FLIP);
const xidContinueFlip = flipSet(XID_CONTINUE_FLIP);

/** Whether CPython's Unicode database has no character at cp yet (the JS engine's is newer). */
export function isNewerThanCPython(cp: number): boolean {
  return cp > 0x7f && inRanges(NEWER_THAN_CPYTHON, cp);
}

function prop(re: RegExp): (cp: number) => boolean {
  return (cp) =>
    cp < 0x80
      ? re.test(String.fromCharCode(cp))
      : !isNewerThanCPython(cp) && re.test(String.fromCodePoint(cp));
}

/** str.isalpha for one code point (categories L*). */
export const isAlphaCp = prop(/^\p{L}$/u);
/** str.isdecimal for one code point (category Nd). */
export const isDecimalCp = prop(/^\p{Nd}$/u);
/** Titlecase letter (category Lt). */
export const isTitleCp = prop(/^\p{Lt}$/u);
/** The Cased property, used by title() and the final-sigma rule. */
export const isCasedCp = prop(/^\p{Cased}$/u);
/** The Case_Ignorable property, used by the final-sigma rule. */
export const isCaseIgnorableCp = prop(/^\p{Case_Ignorable}$/u);
const jsLower = prop(/^\p{Lowercase}$/u);
const jsUpper = prop(/^\p{Uppercase}$/u);
const jsXidStart = prop(/^\p{XID_Start}$/u);
const jsXidContinue = prop(/^\p{XID_Continue}$/u);
const jsNonPrintable = prop(/^[\p{C}\p{Z}]$/u);

/** CPython's Lowercase property. */
export function isLowerCp(cp: number): boolean {
  return jsLower(cp) !== lowerFlip.has(cp);
}

/** CPython's Uppercase property. */
export function isUpperCp(cp: number): boolean {
  return jsUpper(cp) !== upperFlip.has(cp);
}

/** XID_Start (identifier start; '_' is handled by the caller). */
export function isXidStartCp(cp: number): boolean {
  return jsXidStart(cp) !== xidStartFlip.has(cp);
}

/** XID_Continue (identifier continuation). */
export function isXidContinueCp(cp: number): boolean {
  return jsXidContinue(cp) !== xidContinueFlip.has(cp);
}

/** str.isprintable for one code point: not Other or Separator, except the ASCII space. */
export function isPrintableCp(cp: number): boolean {
  if (cp === 0x20) return true;
  return isNewerThanCPython(cp) ? false : !jsNonPrintable(cp);
}

/** Py_UNICODE_ISSPACE: whitespace as str.split() and str.strip() see it. */
export function isSpaceCp(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20);
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** str.isdigit for one code point (Numeric_Type Digit or Decimal). */
export function isDigitCp(cp: number): boolean {
  return cp < 0x80 ? cp >= 0x30 && cp <= 0x39 : inRanges(DIGIT_RANGES, cp);
}

/** str.isnumeric for one code point (any Numeric_Type). */
export function isNumericCp(cp: number): boolean {
  return cp < 0x80 ? cp >= 0x30 && cp <= 0x39 : inRanges(NUMERIC_RANGES, cp);
}

/** The decimal digit value of cp (unicodedata.decimal), or -1 if it is not a decimal digit. */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x80 || !isDecimalCp(cp)) return -1;
  let lo = 0;
  let hi = DECIMAL_ZEROS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (DECIMAL_ZEROS[mid] <= cp) lo = mid;
    else hi = mid - 1;
  }
  const d = cp - DECIMAL_ZEROS[lo];
  return d >= 0 && d < 10 ? d : -1;
}

const toMap = (xs: readonly (readonly [number, string])[]): ReadonlyMap<number, string> =>
  new Map(xs);
const upperExc = toMap(UPPER_EXCEPTIONS);
const lowerExc = toMap(LOWER_EXCEPTIONS);
const titleExc = toMap(TITLE_EXCEPTIONS);
const foldExc = toMap(FOLD_EXCEPTIONS);

function mapping(
  exc: ReadonlyMap<number, string>,
  js: (s: string) => string,
): (cp: number) => string {
  return (cp) => {
    const s = String.fromCodePoint(cp);
    if (cp < 0x80) return js(s);
    return exc.get(cp) ?? (isNewerThanCPython(cp) ? s : js(s));
  };
}

/** Full uppercase mapping of one code point (may be several characters, e.g. ß → SS). */
export const upperOf = mapping(upperExc, (s) => s.toUpperCase());
/** Full lowercase mapping of one code point, without the final-sigma context rule. */
export const lowerOf = mapping(lowerExc, (s) => s.toLowerCase());
/** Full titlecase mapping of one code point (ǆ → ǅ, ß → Ss). */
export const titleOf = mapping(titleExc, (s) => s.toUpperCase());
/** Full case folding of one code point (str.casefold). */
export const foldOf = mapping(foldExc, (s) => s.toLowerCase());
