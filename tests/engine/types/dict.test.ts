/** dict and its views against CPython. */
import { expect, test } from "vitest";
import { mismatches, type Case } from "./harness";

const dict: Case[] = [
  "{}.get()",
  "{}.get(1, 2, 3)",
  "{}.pop()",
  "{}.setdefault(1, 2, 3)",
  "dict.fromkeys([1], 2, 3)",
  "dict.fromkeys()",
  "{}.update({}, {})",
  "{}.copy(1)",
  "{}.keys(1)",
  "{}.__getitem__([])",
  "{}.get([])",
  "{'a': 1} | 1",
  "{'a': 1}.__or__(1)",
  "{'a': 1}.__ior__([(1, 2)])",
  "{}.pop([])",
  "{}.popitem()",
  "{}.update(1)",
  "{}.update([1])",
  "{}.update([(1, 2, 3)])",
  "dict.fromkeys('ab'), dict.fromkeys('ab', 0)",
  "{'a': 1} == 1, {'a': 1}.__eq__(1), {1: 'a'} == {1.0: 'a'}, {'a': [1]} != {'a': [1]}",
  "{} < {}",
  "{'a': 1, 'b': 2}.get('a'), {'a': 1}.get('z', 0), {'a': 1}.setdefault('b', []), {'a': 1}.pop('z', 'd')",
  "{'x': 1} | {'y': 2, 'x': 3}, {'x': 1}.__ror__({'y': 2})",
  "\nd = {'a': 1}\nd.update({'b': 2}, c=3)\nd.update([('d', 4)])\nd |= {'e': 5}\nprint(d, d.popitem(), d)",
  "\nd = {'a': 1}\nd['b'] = d\nprint(d)",
  "\nd = {1: 'a', 2: 'b'}\nfor k in d:\n    d[k + 10] = 0",
  "\nd = {1: 'a', 2: 'b'}\nprint(list(reversed(d)), type(reversed(d)).__name__, type(iter(d)).__name__)",
  "\nclass D(dict):\n    def __missing__(self, k):\n        return k * 2\nd = D(a=1)\nprint(d['a'], d['zz'], d, repr(d), d.get('q'), D.fromkeys('ab', 1), type(D.fromkeys('a')).__name__)",
  "\nclass D(dict):\n    def __getitem__(self, k):\n        return super().__getitem__(k) + 1\nprint(D(a=1)['a'], D(a=1) == {'a': 1})",
  "\nd = {}\nd[[1]] = 2",
  "hash({})",
];

const views: Case[] = [
  "\nd = {'a': 1, 'b': 2}\nk = d.keys()\nprint(k, d.values(), d.items())\nd['c'] = 3\nprint(k, len(k), 'c' in k)",
  "\nk = {'a': 1, 'b': 2}.keys()\nprint(k & {'a', 'z'}, k - {'a'}, {'a', 'z'} - k, k & ['a'], k ^ {'b'})",
  "\nd = {'a': 1, 'b': 2}\nprint(d.keys() == {'a', 'b'}, d.keys() < {'a', 'b', 'c'}, d.items() == {('a', 1), ('b', 2)})",
  "\nd = {'a': 1}\nprint(d.keys().isdisjoint(['z']), ('a', 1) in d.items(), ['a', 1] in d.items(), 1 in d.values())",
  "\nd = {'a': 1, 'b': 2}\nprint(list(reversed(d.items())), list(reversed(d.values())), type(iter(d.items())).__name__)",
  "hash({}.keys())",
  "\nk = {}.keys()\nk & 1",
  "repr({}.keys()), {}.items(), bool({}.values()), {'a': 1}.keys().mapping['a']",
  "type({}.keys()).__name__, type({}.values()).__name__, type({}.items()).__name__",
  "\nd = {1: 2}\nv = d.values()\nd[3] = 4\nprint(v, list(v))",
  "\nd = {1: 2}\nfor k in d.keys():\n    del d[k]",
];

test("dict methods match CPython", () => {
  expect(mismatches(dict)).toEqual([]);
});

test("dict views match CPython", () => {
  expect(mismatches(views)).toEqual([]);
});
