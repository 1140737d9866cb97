/** Dict/set keys through the hashing hooks (user __hash__/__eq__, identity, frozensets) against CPython. */
import { expect, test } from "vitest";
import { mismatches, type Case } from "./harness";

const classes = `
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
    def __repr__(self):
        return f"P({self.x})"
class OnlyEq:
    def __eq__(self, o):
        return True
class Plain:
    pass`;

const cases: Case[] = [
  `${classes}\nd = {P(1): 'a', P(2): 'b'}\nprint(d[P(1)], P(2) in d, P(3) in d, len({P(1), P(1), P(2)}), d.get(P(9)))`,
  `${classes}\nd = {(P(1), 'k'): 5}\nprint(d[(P(1), 'k')], (P(2), 'k') in d)`,
  `${classes}\nprint({OnlyEq()})`,
  `${classes}\nd = {}\nd[OnlyEq()] = 1`,
  `${classes}\na = Plain()\nb = Plain()\nd = {a: 1, b: 2}\nprint(d[a], d[b], len(d), Plain() in d)`,
  `${classes}\nprint(hash(P(5)) == hash(5), {P(1): 1} == {P(1): 1}, {P(1)} == {P(1)})`,
  "\nd = {frozenset({1, 2}): 'x', frozenset(): 'e'}\nprint(d[frozenset([2, 1])], d[frozenset()], {frozenset({1, 2})}.__contains__({1, 2}))",
  "\nd = {1: 'int'}\nd[1.0] = 'float'\nd[True] = 'bool'\nprint(d, {0: 'a', False: 'b', 0.0: 'c'})",
  "{[1]: 2}",
  "{{}: 2}",
  "{(1, [2]): 3}",
  "{1} - {[1]}",
  "[1] in {1: 2}",
  "{1: 2}.get({})",
  "\nclass H:\n    def __hash__(self):\n        return 'x'\n{H(): 1}",
  "\nclass N:\n    __hash__ = None\nhash(N())",
];

test("keys with user __hash__/__eq__, identity and frozensets match CPython", () => {
  expect(mismatches(cases)).toEqual([]);
});
