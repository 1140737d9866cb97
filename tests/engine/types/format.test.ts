/** str.format / format_map / format() and the __format__ methods against CPython. */
import { expect, test } from "vitest";
import { mismatches, type Case } from "./harness";

const strFormat: Case[] = [
  "'{} + {} = {}'.format(1, 2, 3), '{0}{1}{0}'.format('ab', 'cd'), '{name}'.format(name='x')",
  "'{0[0]} {0[1]} {1[key]}'.format(['x', 'y'], {'key': 'v'})",
  "'{0[}]}'.format({'}': 5}), '{a[b][0]}'.format(a={'b': [7]}), '{0[-1]}'.format({'-1': 2})",
  "'{0!r:>5}|{0!s}|{0!a}'.format('é')",
  "'{:{}}|'.format(1, 5), '{0:{1}}|'.format('pad', 7), '{0:{a}}'.format(3, a='>4')",
  "'{{}} {}'.format('x'), '}}{{'.format(), '{00}'.format(1), '{:=^10}'.format('x')",
  "'{0}{}'.format(1, 2)",
  "'{}{0}'.format(1, 2)",
  "'{'.format()",
  "'}'.format()",
  "'x{'.format()",
  "'{0!x}'.format(1)",
  "'{!}'.format(1)",
  "'{0!rr}'.format(1)",
  "'{:d}'.format('a')",
  "'{:s}'.format(1)",
  "'{a.b}'.format(a=1)",
  "'{0[5]}'.format([1])",
  "'{0['.format([1])",
  "'{x'.format()",
  "'{0.}'.format(1)",
  "'{0[]}'.format(1)",
  "'{0]}'.format([1])",
  "'{0[0]x}'.format([1])",
  "'{0a}'.format(1)",
  "'{ 0}'.format(1)",
  "'{99999999999999999999}'.format(1)",
  "'{0{}'.format(1)",
  "'{}'.format()",
  "'{} {}'.format(1)",
  "'{missing}'.format(present=1)",
  "'{0:}}'.format(1)",
  "'{:{:{}}}'.format(1, 2, 3)",
  "'{:%s}'.format(1)",
  "'{:,s}'.format('a')",
  "'{x}'.format_map({'x': 1}), '{x[0]}'.format_map({'x': 'ab'})",
  "'{}'.format_map({})",
  "'{}'.format_map({}, 1)",
  "'{x}'.format_map({})",
  "\nclass P:\n    def __init__(self):\n        self.x = 3\n    def __format__(self, spec):\n        return '<' + spec + '>'\nprint('{0.x} {0} {0:abc} {0.x!r:>3}'.format(P()))",
  "\nclass D(dict):\n    def __missing__(self, k):\n        return k.upper()\nprint('{a}-{b}'.format_map(D(a=1)))",
];

const formatBuiltin: Case[] = [
  "format(3.5, '.1f'), format('x', '^5'), format(10, ','), format(255, '#x'), format(True, '>5'), format(True, '')",
  "format(1.5, 'd')",
  "format('a', 'd')",
  "format([], 'x')",
  "format(1, 's')",
  "format(True, 's')",
  "format(None, 'x')",
  "(1).__format__(1)",
  "'a'.__format__(1)",
  "'{:+}'.format('a')",
  "'{:=}'.format('a')",
  "f'{1234567:,}' + f'{-0.0:.1f}' + f'{2**70:_}'",
];

test("str.format matches CPython", () => {
  expect(mismatches(strFormat)).toEqual([]);
});

test("format() and __format__ match CPython", () => {
  expect(mismatches(formatBuiltin)).toEqual([]);
});
