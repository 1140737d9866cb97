/** list and tuple methods against CPython. */
import { expect, test } from "vitest";
import { mismatches, type Case } from "./harness";

const list: Case[] = [
  "[3, 1, 2].index(2)",
  "[1].index(3)",
  "['a'].index('b')",
  "[1, 2, 1, 2].index(2, 2)",
  "[1, 2, 1, 2].index(1, -2, 4)",
  "[1].index(1, 'a')",
  "[1, 1, 2].count(1)",
  "[].pop()",
  "[1].pop(5)",
  "[1, 2, 3].pop(-1)",
  "[1].pop('a')",
  "[].pop(1, 2)",
  "[].pop(index=1)",
  "[1].remove(2)",
  "[].append()",
  "[].append(1, 2)",
  "[].copy(1)",
  "[].insert(1)",
  "list.append()",
  "list.append(1, 2)",
  "[].sort(1)",
  "[].sort(foo=1)",
  "[3, 'a'].sort()",
  "sorted([1, 'a'], reverse=True)",
  "[1] + (2,)",
  "[1] * 'a'",
  "[1, 2] * 2",
  "[1].__mul__('a')",
  "[1].__add__(1)",
  "[1, 2] < [1, 3]",
  "[1, 2] == [1, 2.0]",
  "[].__eq__(())",
  "[1, [2]].__repr__()",
  "hash([])",
  "\nx = [1, 2, 3]\nx.insert(-10, 0)\nx.insert(100, 9)\nx.extend(range(2))\nx.extend('ab')\nprint(x)",
  "\nx = [1, 2]\nx.extend(x)\nprint(x, x.reverse(), x)",
  "\nx = [1, 2]\nx += x\nx *= 2\nprint(x)",
  "\nx = [5, 3]\nx.clear()\nprint(x, x.copy() is x)",
  "\nx = [1]\nx.append(x)\nprint(x, repr(x))",
  "\nx = list(range(10))\nx[2:5] = 'ab'\nx[::3] = [0] * len(x[::3])\nprint(x)",
  "\nx = [1, 2]\nx[0:1] = 5",
  "\nx = [1, 2]\nx[::2] = 5",
  "\nx = [1, 2, 3]\nx[::2] = [1]",
  "\nx = [1, 2, 3]\ndel x[::-2]\nprint(x)",
  "\nx = [1]\nx['a']",
  "\nx = [1]\nx['a'] = 2",
  "\nclass L(list):\n    def __getitem__(self, i):\n        return super().__getitem__(i) * 10\nprint(L([1, 2])[1], L([3]) == [3], repr(L([4])))",
  "\nclass L(list):\n    def __eq__(self, o):\n        return True\nprint(L([1]) != [2], L([1]) == [2])",
  "\nclass L(list):\n    pass\nl = L()\nl += [1]\nl.append(2)\nprint(l, type(l).__name__, len(l), l.__len__())",
  "\nx = [3, 1, 2]\ndef k(v):\n    x.append(v)\n    return v\nx.sort(key=k)",
  "type(iter([])).__name__",
  "type(reversed([])).__name__",
  "list(reversed([1, 2, 3]))",
  "[1, 2].__reversed__().__next__()",
];

const tuple: Case[] = [
  "(1, 2).index(3)",
  "(1,).count()",
  "(1, 2, 1).count(1)",
  "(1, 2) + [3]",
  "(1, 2) * 2",
  "(1, 2).__mul__(1.5)",
  "(1,) < (1, 2)",
  "((1,),).__repr__()",
  "().__repr__()",
  "hash((1, 'a')) == hash((1, 'a'))",
  "(1, 2).__getitem__(slice(None, None, -1))",
  "(1, 2)[5]",
  "(1, 2)['x']",
  "type(iter(())).__name__",
];

test("list methods match CPython", () => {
  expect(mismatches(list)).toEqual([]);
});

test("tuple methods match CPython", () => {
  expect(mismatches(tuple)).toEqual([]);
});
