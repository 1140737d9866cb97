import { describe, it, expect } from "vitest";
import fc from "fast-check";
import * as S from "../../../src/engine/values/strMethods";
import type { PyInt } from "../../../src/engine/values/intCore";
import { draw } from "./arbitraries";
import {
  checkAgainstCPython,
  runPython,
  I,
  ours,
  type Enc,
  type Outcome,
  type PyCase,
} from "./oracle";

describe("str method tables", () => {
  it.each<[string, () => unknown, unknown]>([
    ["'  a b  '.split()", () => S.strSplit("  a b  "), ["a", "b"]],
    ["'a,b,,c'.split(',', 2)", () => S.strSplit("a,b,,c", ",", 2), ["a", "b", ",c"]],
    ["' a b c '.rsplit(None, 1)", () => S.strRsplit(" a b c ", null, 1), [" a b", "c"]],
    [
      "'a\\r\\nb\\rc\\n'.splitlines(True)",
      () => S.strSplitlines("a\r\nb\rc\n", true),
      ["a\r\n", "b\r", "c\n"],
    ],
    ["'xxhixx'.strip('x')", () => S.strStrip("xxhixx", "x"), "hi"],
    ["'abc'.replace('', '-')", () => S.strReplace("abc", "", "-"), "-a-b-c-"],
    ["'aaaa'.replace('a', 'b', 2)", () => S.strReplace("aaaa", "a", "b", 2), "bbaa"],
    ["'hello'.find('l', -2)", () => S.strFind("hello", "l", -2), 3],
    ["'abc'.find('', 5)", () => S.strFind("abc", "", 5), -1],
    ["'abc'.count('')", () => S.strCount("abc", ""), 4],
    ["'😀a😀a'.find('a', 2)", () => S.strFind("😀a😀a", "a", 2), 3],
    ["'abc'.startswith('', 5)", () => S.strStartswith("abc", "", 5), false],
    ["'a=b=c'.rpartition('=')", () => S.strRpartition("a=b=c", "="), ["a=b", "=", "c"]],
    ["'ΑΣ'.lower()", () => S.strLower("ΑΣ"), "ας"],
    ["'ß'.upper()", () => S.strUpper("ß"), "SS"],
    ["'ǆemal'.capitalize()", () => S.strCapitalize("ǆemal"), "ǅemal"],
    ["\"they're bill's\".title()", () => S.strTitle("they're bill's"), "They'Re Bill'S"],
    ["'ab'.center(5, '*')", () => S.strCenter("ab", 5, "*"), "**ab*"],
    ["'abc'.center(6)", () => S.strCenter("abc", 6), " abc  "],
    ["'-42'.zfill(6)", () => S.strZfill("-42", 6), "-00042"],
    ["'a\\tbc\\td'.expandtabs(4)", () => S.strExpandtabs("a\tbc\td", 4), "a   bc  d"],
    ["'²'.isdigit()", () => S.strIsdigit("²"), true],
    ["'²'.isdecimal()", () => S.strIsdecimal("²"), false],
    ["'一'.isnumeric()", () => S.strIsnumeric("一"), true],
    ['repr("it\'s")', () => S.strRepr("it's"), `"it's"`],
    ["repr('a\\'b\"')", () => S.strRepr(`a'b"`), `'a\\'b"'`],
    ["repr('\\x00\\u200b\\xe9')", () => S.strRepr("\x00\u200b\xe9"), "'\\x00\\u200bé'"],
    ["ascii('é😀')", () => S.strAscii("é😀"), "'\\xe9\\U0001f600'"],
  ])("%s", (_, fn, want) => {
    expect(fn()).toEqual(want);
  });

  it.each<[string, () => unknown, string, string]>([
    ["'a'.index('b')", () => S.strIndex("a", "b"), "ValueError", "substring not found"],
    ["'a'.rindex('b')", () => S.strRindex("a", "b"), "ValueError", "substring not found"],
    ["'a'.split('')", () => S.strSplit("a", ""), "ValueError", "empty separator"],
    ["'a'.partition('')", () => S.strPartition("a", ""), "ValueError", "empty separator"],
    [
      "'a'.center(5, 'ab')",
      () => S.strCenter("a", 5, "ab"),
      "TypeError",
      "The fill character must be exactly one character long",
    ],
  ])("%s raises", (_, fn, type, msg) => {
    expect(fn).toThrow(expect.objectContaining({ pyType: type, message: msg }));
  });
});

const PIECES = [
  "a",
  "b",
  "A",
  "ab",
  "ba",
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\x0b",
  "\x1c",
  "\x85",
  "\u2028",
  "\xa0",
  "\u3000",
  "\xe9",
  "\xc9",
  "\xdf",
  "\u03c2",
  "\u03a3",
  "\u0130",
  "\u01c5",
  "\u01c6",
  "\ufb01",
  "\u0661",
  "\xb2",
  "\xbd",
  "\u4e00",
  "\ud83d\ude00",
  "_",
  "-",
  "+",
  "0",
  "1",
  "x",
  "\x00",
  "\x7f",
  "'",
  '"',
  "\\",
  "\u0378",
  "\u200b",
  "\u0345",
  "'s",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((a) => a.join(""));
const bound = fc.constantFrom<PyInt | null>(null, null, 0, 1, 2, 3, 5, -1, -2, -4, 12, -20);
const needle = fc.oneof(
  fc.constantFrom("", "a", "ab", " ", "\ud83d\ude00", "\u03a3", "zz"),
  text.filter((s) => s.length < 4),
);

type Call = { e: string; v: Record<string, Enc>; run: () => unknown };
const enc = (r: unknown): Enc => {
  if (typeof r === "boolean") return { b: r };
  if (typeof r === "number") return I(r);
  if (Array.isArray(r)) return r.map(enc);
  return r as string;
};
const opt = (b: PyInt | null): Enc => (b === null ? null : I(b));

function check(calls: Call[]): string[] {
  const cases: PyCase[] = calls.map(({ e, v }) => ({ e, v }));
  return checkAgainstCPython(cases, (_, i): Outcome => ours(calls[i].run, enc));
}

describe("str methods against CPython", { timeout: 30_000 }, () => {
  it("split, rsplit, splitlines, strip family, partition", () => {
    const xs = draw(
      fc.tuple(
        text,
        fc.constantFrom(null, " ", "a", "ab", "", "\n"),
        fc.constantFrom(-1, 0, 1, 2, 5),
        fc.boolean(),
        fc.constantFrom(null, "a", " ab", "", "\ud83d\ude00x"),
      ),
      500,
    );
    const calls = xs.flatMap(([s, sep, n, keep, chars]): Call[] => [
      { e: "s.split(sep, n)", v: { s, sep, n: I(n) }, run: () => S.strSplit(s, sep, n) },
      { e: "s.rsplit(sep, n)", v: { s, sep, n: I(n) }, run: () => S.strRsplit(s, sep, n) },
      { e: "s.splitlines(k)", v: { s, k: { b: keep } }, run: () => S.strSplitlines(s, keep) },
      { e: "s.strip(c)", v: { s, c: chars }, run: () => S.strStrip(s, chars) },
      { e: "s.lstrip(c)", v: { s, c: chars }, run: () => S.strLstrip(s, chars) },
      { e: "s.rstrip(c)", v: { s, c: chars }, run: () => S.strRstrip(s, chars) },
      { e: "s.partition(p)", v: { s, p: sep ?? "b" }, run: () => S.strPartition(s, sep ?? "b") },
      { e: "s.rpartition(p)", v: { s, p: sep ?? "b" }, run: () => S.strRpartition(s, sep ?? "b") },
    ]);
    expect(check(calls)).toEqual([]);
  });

  it("find, rfind, index, rindex, count, startswith, endswith, replace, removeprefix", () => {
    const xs = draw(
      fc.tuple(
        text,
        needle,
        bound,
        bound,
        fc.constantFrom(-1, 0, 1, 2),
        fc.constantFrom("", "-", "XY"),
      ),
      600,
    );
    const calls = xs.flatMap(([s, sub, a, b, n, rep]): Call[] => {
      const v = { s, sub, a: opt(a), b: opt(b) };
      return [
        { e: "s.find(sub, a, b)", v, run: () => S.strFind(s, sub, a, b) },
        { e: "s.rfind(sub, a, b)", v, run: () => S.strRfind(s, sub, a, b) },
        { e: "s.index(sub, a, b)", v, run: () => S.strIndex(s, sub, a, b) },
        { e: "s.rindex(sub, a, b)", v, run: () => S.strRindex(s, sub, a, b) },
        { e: "s.count(sub, a, b)", v, run: () => S.strCount(s, sub, a, b) },
        { e: "s.startswith(sub, a, b)", v, run: () => S.strStartswith(s, sub, a, b) },
        { e: "s.endswith(sub, a, b)", v, run: () => S.strEndswith(s, sub, a, b) },
        {
          e: "s.replace(sub, r, n)",
          v: { s, sub, r: rep, n: I(n) },
          run: () => S.strReplace(s, sub, rep, n),
        },
        { e: "s.removeprefix(sub)", v, run: () => S.strRemoveprefix(s, sub) },
        { e: "s.removesuffix(sub)", v, run: () => S.strRemovesuffix(s, sub) },
      ];
    });
    expect(check(calls)).toEqual([]);
  });

  it("case mappings, padding, predicates, repr", () => {
    const xs = draw(
      fc.tuple(
        text,
        fc.integer({ min: -2, max: 14 }),
        fc.constantFrom(" ", "*", "ab", "", "\ud83d\ude00"),
      ),
      500,
    );
    const calls = xs.flatMap(([s, w, f]): Call[] => [
      { e: "s.upper()", v: { s }, run: () => S.strUpper(s) },
      { e: "s.lower()", v: { s }, run: () => S.strLower(s) },
      { e: "s.casefold()", v: { s }, run: () => S.strCasefold(s) },
      { e: "s.capitalize()", v: { s }, run: () => S.strCapitalize(s) },
      { e: "s.title()", v: { s }, run: () => S.strTitle(s) },
      { e: "s.swapcase()", v: { s }, run: () => S.strSwapcase(s) },
      { e: "s.center(w, f)", v: { s, w: I(w), f }, run: () => S.strCenter(s, w, f) },
      { e: "s.ljust(w, f)", v: { s, w: I(w), f }, run: () => S.strLjust(s, w, f) },
      { e: "s.rjust(w, f)", v: { s, w: I(w), f }, run: () => S.strRjust(s, w, f) },
      { e: "s.zfill(w)", v: { s, w: I(w) }, run: () => S.strZfill(s, w) },
      { e: "s.expandtabs(w)", v: { s, w: I(w) }, run: () => S.strExpandtabs(s, w) },
      { e: "s.isupper()", v: { s }, run: () => S.strIsupper(s) },
      { e: "s.islower()", v: { s }, run: () => S.strIslower(s) },
      { e: "s.istitle()", v: { s }, run: () => S.strIstitle(s) },
      { e: "s.isidentifier()", v: { s }, run: () => S.strIsidentifier(s) },
      { e: "s.isspace()", v: { s }, run: () => S.strIsspace(s) },
      { e: "s.isalnum()", v: { s }, run: () => S.strIsalnum(s) },
      { e: "s.isascii()", v: { s }, run: () => S.strIsascii(s) },
      { e: "repr(s)", v: { s }, run: () => S.strRepr(s) },
      { e: "ascii(s)", v: { s }, run: () => S.strAscii(s) },
    ]);
    expect(check(calls)).toEqual([]);
  });

  it("code points 0-0x2fff and a sample beyond: predicates, case mappings, repr", () => {
    // Every code point takes ~10 s; a dense start plus strides keeps it near one.
    const cps: number[] = [];
    for (let c = 0; c < 0x3000; c++) cps.push(c);
    for (let c = 0x3000; c < 0x10000; c += 7) cps.push(c);
    for (let c = 0x10000; c < 0x110000; c += 211) cps.push(c);
    const [py] = runPython([{ e: "char_signatures(cps)", v: { cps: cps.map(I) } }]);
    if (!("ok" in py) || !Array.isArray(py.ok)) throw new Error("oracle failed");
    const want = py.ok as string[];
    const bad: string[] = [];
    cps.forEach((c, i) => {
      const ch = String.fromCodePoint(c);
      const preds = [
        S.strIsalpha,
        S.strIsdecimal,
        S.strIsdigit,
        S.strIsnumeric,
        S.strIsspace,
        S.strIsalnum,
        S.strIsprintable,
        S.strIsupper,
        S.strIslower,
        S.strIstitle,
        S.strIsidentifier,
      ];
      const flags =
        preds.map((p) => (p(ch) ? "1" : "0")).join("") + (S.strIsidentifier("a" + ch) ? "1" : "0");
      const sig = [
        flags,
        S.strUpper(ch),
        S.strLower(ch),
        S.strTitle(ch),
        S.strCasefold(ch),
        S.strCapitalize(ch),
        S.strSwapcase(ch),
        S.strRepr(ch),
        S.strAscii(ch),
      ].join("|");
      if (sig !== want[i] && bad.length < 10)
        bad.push(
          `U+${c.toString(16)}: CPython ${JSON.stringify(want[i])}, ours ${JSON.stringify(sig)}`,
        );
    });
    expect(bad).toEqual([]);
  });
});
