/** str methods against CPython. */
import { expect, test } from "vitest";
import { mismatches, type Case } from "./harness";

const search: Case[] = [
  "'hello world'.find('o'), 'hello'.find('l', 3), 'hello'.rfind('l'), 'a'.find('b')",
  "'a'.find('a', x=1)",
  "'a'.find('a', 1, 2, 3)",
  "'a'.find('a', 'x')",
  "'a'.find(1)",
  "'a'.find()",
  "'abc'.index('z')",
  "'abc'.rindex('z')",
  "'aaa'.count('a'), 'aaa'.count(''), 'a'.count('', 5), 'abab'.count('ab', 1)",
  "'hello'.startswith(('x', 'he')), 'hello'.endswith('lo', 0, 5), 'a'.startswith(('a', 1))",
  "'a'.startswith(1)",
  "'a'.startswith((1,))",
  "'a'.endswith()",
  "'abc'.startswith('b', 1), 'abc'.startswith('', 5), 'abc'.endswith('c', -1)",
];

const split: Case[] = [
  "'a b  c'.split(), 'a,b,,c'.split(','), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1)",
  "'  x  y  '.split(None, 1), '  x  y  '.rsplit(None, 1), ''.split(), ''.split(',')",
  "'a'.split(1)",
  "'a'.split('')",
  "'a'.split(',', 1, 2)",
  "'a'.split(sep=',', x=1)",
  "'a'.split(maxsplit='x')",
  "'a,b'.split(sep=',', maxsplit=0)",
  "'a\\nb\\r\\nc\\rd\\x0be'.splitlines(), 'a\\nb\\n'.splitlines(True), 'x'.splitlines(keepends=2)",
  "'a'.splitlines('x')",
  "'  hi  '.strip(), 'xxhixx'.strip('x'), 'abc'.lstrip('ab'), 'abc'.rstrip('bc'), 'a'.strip(None)",
  "'a'.strip(1)",
  "'a'.strip(1, 2)",
  "'aaa'.replace('a', 'b', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2)",
  "'a'.replace(1, 2)",
  "'a'.replace('a', 2)",
  "'a'.replace('a', 'b', 'c')",
  "'a'.replace('a')",
  "'k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'kv'.partition('='), 'kv'.rpartition('=')",
  "'a'.partition('')",
  "'a'.partition(1)",
  "'-'.join(['a', 'b']), ''.join('xyz'), ','.join(str(i) for i in range(3)), '-'.join({'a': 1})",
  "'-'.join([1])",
  "'-'.join(['a', 2])",
  "''.join(1)",
  "'a\\tbc\\td'.expandtabs(), 'a\\tb'.expandtabs(4), 'a\\tb'.expandtabs(tabsize=2)",
  "'abc'.removeprefix('ab'), 'abc'.removesuffix('bc'), 'x'.removesuffix('')",
  "'x'.removeprefix(1)",
];

const text: Case[] = [
  "'hello World'.upper(), 'ÉCOLE'.lower(), 'straße'.upper(), 'ß'.casefold(), 'hello world'.title()",
  "\"o'neil's\".title(), 'hELLO'.capitalize(), 'Ab'.swapcase()",
  "'a'.upper(1)",
  "'42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), 'a'.zfill(-1)",
  "'ab'.center(7), 'ab'.center(6, '-'), 'abc'.center(6), 'ab'.ljust(4, '*'), 'ab'.rjust(4)",
  "'a'.center(5, 'ab')",
  "'a'.center('x')",
  "'a'.ljust(3, 1)",
  "'a'.ljust()",
  "'a'.center(5, fillchar='x')",
  "'123'.isdigit(), ''.isdigit(), 'abc'.isalpha(), 'a1'.isalnum(), ' \\t'.isspace(), 'Ab Cd'.istitle()",
  "'UP'.isupper(), 'lo'.islower(), '½'.isnumeric(), '½'.isdigit(), 'x_1'.isidentifier(), '1x'.isidentifier()",
  "'é'.isascii(), 'a\\n'.isprintable(), '²'.isdecimal(), '²'.isdigit()",
  "'abc'.translate({97: None, 98: 'xy', 99: 65}), 'abc'.translate(str.maketrans('ab', 'xy', 'c'))",
  "'abc'.translate({97: 1.5})",
  "'a'.translate(1)",
  "str.maketrans(1)",
  "str.maketrans({'ab': 1})",
  "str.maketrans({'a': 1, 98: 2})",
  "str.maketrans('ab', 'c')",
  "str.maketrans('a', 'b', 1)",
  "'é'.encode(), 'a'.encode('ascii'), 'é'.encode('latin-1'), 'a'.encode(errors='x', encoding='ascii')",
  "'é'.encode('ascii')",
];

const dunders: Case[] = [
  "'a' + 1",
  "'a'.__add__(1)",
  "'a'.__mul__('b')",
  "'ab'.__mul__(2), 'a'.__rmul__(3), 'a' * -1",
  "'a'.__rmod__(1)",
  "'a'.__mod__(1)",
  "'%s-%d' % ('x', 3)",
  "'abc'.__getitem__(1.5)",
  "'abc'.__getitem__(slice(None, None, -1)), 'abc'.__getitem__(-1), 'abc'.__len__()",
  "'abc'.__getitem__(5)",
  "'b'.__contains__('b'), 'abc'.__contains__('')",
  "'a'.__contains__(1)",
  "1 in 'a'",
  "'a' < 'b', 'a'.__lt__(1), 'b'.__ge__('a'), 'a'.__eq__('a')",
  "str.upper(5)",
  "str.join(1, [])",
  "type(iter('ab')).__name__, list(iter('ab')), 'ab'.__iter__().__next__()",
  "'x'.__str__(), 'x'.__repr__(), 'it\\'s'.__repr__()",
  "sorted('bca'), max('abc'), 'a' * 3",
];

test("str search methods match CPython", () => {
  expect(mismatches(search)).toEqual([]);
});

test("str split/strip/replace/join match CPython", () => {
  expect(mismatches(split)).toEqual([]);
});

test("str case, padding, predicates, translate, encode match CPython", () => {
  expect(mismatches(text)).toEqual([]);
});

test("str dunders match CPython", () => {
  expect(mismatches(dunders)).toEqual([]);
});
