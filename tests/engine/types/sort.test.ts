/** list.sort against CPython: results, stability, errors, and the exact sequence of comparisons. */
import { expect, test } from "vitest";
import { mismatches, type Case } from "./harness";

// A deterministic pseudo-random list and a key type that logs every comparison it is asked for.
const setup = `
def lcg(n, seed, mod):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed % mod)
    return out
log = []
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v
def check(data, **kw):
    log.clear()
    keys = [K(v) for v in data]
    keys.sort(**kw)
    print([k.v for k in keys][:20], len(log), sum((i + 1) * (a * 1000003 + b) for i, (a, b) in enumerate(log)) % 998244353)`;

const sorts: Case[] = [
  "[3, 1, 2].sort(), sorted([5, 2, 9, 1, 5, 6, -3], reverse=True), sorted('hello'), sorted([], reverse=True)",
  "sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([[2, 1], [1, 2], [1, 1, 1]]), sorted((2.5, 1, True))",
  "sorted(['b', 'A', 'a', 'B'], key=str.lower), sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True)",
  "sorted([1, 'a'])",
  "sorted(['a', 1, 2])",
  "sorted([1, 2, 'a'], reverse=True)",
  "[1, 2].sort(key=1)",
  "[1].sort(key=1)",
  "[].sort(reverse='x')",
  "sorted([3, 1], reverse=1), sorted([1, 2, 3], key=lambda v: -v)",
  `${setup}\ncheck(lcg(10, 1, 100))`,
  `${setup}\ncheck(lcg(70, 7, 1000))`,
  `${setup}\ncheck(lcg(300, 3, 50))`,
  `${setup}\ncheck(lcg(1000, 11, 1000000))`,
  `${setup}\ncheck(list(range(200)) + lcg(200, 5, 50) + list(range(300, 100, -1)))`,
  `${setup}\ncheck(lcg(500, 9, 7), reverse=True)`,
  `${setup}\ncheck(lcg(400, 2, 100000), key=lambda k: K(-k.v))`,
  `${setup}\ncheck([5] * 100 + list(range(100)) + [5] * 100)`,
  "\nwords = [(w, i) for i, w in enumerate('b a c a b c a'.split())]\nprint(sorted(words, key=lambda p: p[0]))",
  "\nx = [3, 2, 1]\ndef k(v):\n    x.append(v)\n    return v\nx.sort(key=k)",
  "\nclass Bad:\n    def __init__(self, v):\n        self.v = v\n    def __lt__(self, o):\n        if self.v == 3:\n            raise ValueError('boom')\n        return self.v < o.v\n    def __repr__(self):\n        return str(self.v)\nx = [Bad(v) for v in [5, 1, 4, 3, 2, 0]]\ntry:\n    x.sort()\nexcept ValueError as e:\n    print(e, x)",
];

test("list.sort matches CPython, comparison for comparison", () => {
  expect(mismatches(sorts)).toEqual([]);
});
