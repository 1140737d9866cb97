/** Programs exercising `random` with fixed seeds: every draw must equal CPython's. */
import { py } from "./pyrun";

/** Cases by name. */
export const cases: Record<string, string> = {
  seeds: py`
    import random
    for s in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 5, 10**50, -(10**30), True, 3.5, -2.25, 1e300, "hello", "", "ünï", 7.0]:
        random.seed(s)
        print(repr(s), random.random(), random.getrandbits(64))
    random.seed("abc", version=1)
    print(random.random())
    for bad in [[1], {1: 2}, (1,)]:
        try:
            random.seed(bad)
        except TypeError as e:
            print("TypeError:", e)
  `,
  integers: py`
    import random
    r = random.Random(2024)
    print([r.getrandbits(k) for k in [0, 1, 5, 31, 32, 33, 52, 53, 54, 64, 100, 200]])
    print([r.randrange(10) for _ in range(20)])
    print([r.randrange(5, 500, 7) for _ in range(10)], [r.randrange(100, 0, -3) for _ in range(10)])
    print([r.randint(-10**20, 10**20) for _ in range(5)], [r.randrange(2**100) for _ in range(3)])
    print([r.randint(1, 1) for _ in range(3)], r.randrange(3.0), r.randrange(0, 10.0, 2))
    for bad in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 10, 0),
                lambda: r.randrange(10, 1, 2), lambda: r.randrange(1.5), lambda: r.randint(1, 6.5),
                lambda: r.getrandbits(-1), lambda: r.randrange(1, 5, -1)]:
        try:
            bad()
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
  `,
  sequences: py`
    import random
    r = random.Random(99)
    print([r.choice("abcdefg") for _ in range(10)], r.choice(range(1000)), r.choice((1, 2)))
    deck = list(range(20))
    r.shuffle(deck)
    print(deck)
    print(r.sample(range(100), 10), r.sample("abcdefgh", 8), r.sample(range(10**6), 5), r.sample(range(30), 25))
    print(r.sample(["a", "b", "c"], k=3, counts=[3, 2, 1]), r.sample(range(5), 0))
    print(r.choices("abc", k=10), r.choices(range(5), weights=[1, 0, 0, 5, 1], k=8))
    print(r.choices(["x", "y", "z"], cum_weights=[0.5, 0.75, 1.0], k=6), r.choices([1, 2]))
    for bad in [lambda: r.choice([]), lambda: r.sample({1, 2, 3}, 2), lambda: r.sample([1, 2], 3),
                lambda: r.choices([1, 2], [1]), lambda: r.choices([1, 2], [0, 0]), lambda: r.choices([1], 5),
                lambda: r.choices([1, 2], [1, 1], cum_weights=[1, 2])]:
        try:
            bad()
        except (ValueError, TypeError, IndexError) as e:
            print(type(e).__name__, e)
  `,
  distributions: py`
    import random
    r = random.Random(5)
    print([r.uniform(1, 10) for _ in range(3)], r.uniform(5, 5), r.uniform(3, -3))
    print([r.triangular() for _ in range(2)], r.triangular(0, 10, 2), r.triangular(3, 3, 3))
    print([r.gauss(0, 1) for _ in range(5)], r.gauss(100, 15))
    print([r.normalvariate(10, 2) for _ in range(3)], r.lognormvariate(0, 0.5))
    print(r.expovariate(1.5), r.paretovariate(2.0), r.weibullvariate(1.0, 1.5))
  `,
  state_and_instances: py`
    import random
    a = random.Random(7)
    b = random.Random(7)
    print(a.random() == b.random(), type(a).__name__, isinstance(a, random.Random))
    st = a.getstate()
    x = [a.random() for _ in range(3)]
    a.setstate(st)
    print(x == [a.random() for _ in range(3)], st[0], len(st[1]))
    random.seed(11)
    s = random.getstate()
    first = random.random()
    random.setstate(s)
    print(first == random.random())
    c = random.Random()
    c.seed(123)
    print(c.random(), random.Random(123).randint(1, 100))
  `,
  bulk: py`
    import random
    out = []
    for seed in list(range(150)) + [2**31, 2**63 - 1, 10**18 + 7, -1, 123456789012345678901234567890]:
        random.seed(seed)
        out.append((random.random(), random.randint(1, 10**6), random.randrange(0, 10**30, 7), random.getrandbits(77),
                    random.choice("abcdefghij"), random.sample(range(50), 3), random.gauss(0, 1), random.uniform(-1, 1)))
    for row in out:
        print(row)
  `,
  module_functions: py`
    import random
    random.seed(42)
    print(random.random(), random.randint(1, 6), random.choice("xyz"), random.uniform(0, 1))
    items = list("abcdef")
    random.shuffle(items)
    print(items, random.sample(items, 3), random.getrandbits(10), random.randrange(50))
  `,
};
