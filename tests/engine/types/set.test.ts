/** set and frozenset against CPython (small-int sets print in CPython's hash order). */
import { expect, test } from "vitest";
import { mismatches, type Case } from "./harness";

const sets: Case[] = [
  "{1, 2}.union(), {1, 2}.intersection(), {1}.union([9], (8,)), {1, 2, 3}.intersection(range(3))",
  "set().update()",
  "frozenset([1]).copy()",
  "{1}.issubset(1)",
  "{1} <= [1]",
  "{1} | [1]",
  "{1}.add([])",
  "{1}.discard([])",
  "{1}.remove({1})",
  "frozenset().union([1])",
  "{1}.isdisjoint(5)",
  "set.union({1}, [5])",
  "{1}.symmetric_difference(1, 2)",
  "{frozenset({1}): 1}[frozenset({1})], {1} == {1.0}, {1, 2} == frozenset({1, 2})",
  "hash(frozenset([1, 2])) == hash(frozenset([2, 1])), frozenset([1, 2]).__hash__()",
  "{1}.__iand__([1])",
  "type(frozenset([1]) | {2}), type({2} | frozenset([1]))",
  "set().pop()",
  "{1, 2, 3} - {2}, {1, 2} ^ {2, 3}, {1, 2} & {2, 3}, {1} | {2}, {1, 2} < {1, 2, 3}, {1, 2} > {1}",
  "{3, 1, 2}, {8, 0}, {0, 8}, {100, 5, 33, 1}, {-1, 2}, set(range(20, 0, -3)), set([-100, 3, -7, 12, -1])",
  "\ns = {5, 3, 1}\nprint(list(s), [x for x in s], s.pop(), s)",
  "\ns = {1, 2, 3, 4}\ns.intersection_update({2, 3}, [3])\nprint(s)\ns.difference_update([3])\ns.symmetric_difference_update({2, 9})\nprint(s)",
  "\ns = {1, 2}\ns |= {3}\ns &= {1, 3}\ns -= {1}\ns ^= {4}\nprint(s, s.issuperset([3]), s.isdisjoint({9}))",
  "\ns = {1, 2}\nfor x in s:\n    s.add(x + 10)",
  "\nclass S(set):\n    pass\nprint(S([1, 2]), S(), type(S([1]) | {3}).__name__, repr(frozenset()), frozenset('a'))",
  "\ns = {1}\ns.add(s)",
  "{[1]}",
  "hash(set())",
  "type(iter({1})).__name__",
  "\nt = frozenset([1, 2])\nprint(t.copy() is t, t | {3}, t - {1}, len(t), 2 in t, t.__contains__(5))",
];

test("set and frozenset match CPython", () => {
  expect(mismatches(sets)).toEqual([]);
});
