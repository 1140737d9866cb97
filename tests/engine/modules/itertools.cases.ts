/** Programs exercising `itertools`: results, laziness and type names must match CPython. */
import { py } from "./pyrun";

/** Cases by name. */
export const cases: Record<string, string> = {
  infinite: py`
    import itertools as it
    c = it.count(5)
    print(next(c), next(c), c, it.count(1.5, 0.25), it.count(0, 2), list(it.islice(it.count(10, -3), 4)))
    r = it.repeat("ab", 3)
    print(next(r), r, list(r), it.repeat(1), list(it.repeat(0, -2)))
    print(list(it.islice(it.cycle([1, 2, 3]), 7)), list(it.cycle([])))
    print(type(c).__name__, type(it.chain()).__name__, type(it.islice([], 1)))
  `,
  laziness: py`
    import itertools as it
    def gen():
        for i in range(5):
            print("yield", i)
            yield i
    g = gen()
    s = it.islice(g, 1, 3)
    print("made")
    print(next(s))
    print(list(s))
    print(next(g))
    t = it.takewhile(lambda x: x < 2, gen())
    print(list(t))
    m = it.chain(gen(), "x")
    print(next(m), next(m))
  `,
  combinatorics: py`
    import itertools as it
    print(list(it.product("ab", range(2), repeat=2))[:5], list(it.product()), list(it.product([], [1])))
    print(list(it.permutations("abc")), list(it.permutations(range(4), 2))[:7], list(it.permutations([1], 2)))
    print(list(it.combinations(range(5), 3)), list(it.combinations("ab", 0)), list(it.combinations("ab", 3)))
    print(list(it.combinations_with_replacement("abc", 2)), list(it.combinations_with_replacement([], 0)))
    print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(20), 4))))
    for bad in [lambda: it.combinations("ab"), lambda: it.permutations("ab", -1), lambda: it.product([1], repeat=-1)]:
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
  `,
  grouping: py`
    import itertools as it
    print([(k, list(g)) for k, g in it.groupby("aaabccdaa")])
    print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2)])
    groups = it.groupby("aabbc")
    k1, g1 = next(groups)
    k2, g2 = next(groups)
    print(k1, list(g1), k2, list(g2))
    print(list(it.groupby([])))
    a, b, c = it.tee(iter([1, 2, 3]), 3)
    print(next(a), list(b), list(a), list(c), type(a).__name__)
    print(list(it.pairwise("abcd")), list(it.pairwise([1])))
  `,
  filtering: py`
    import itertools as it
    print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)))
    print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate("abc")), list(it.accumulate([2, 3, 4], lambda a, b: a * b)))
    print(list(it.compress("abcdef", [1, 0, 1])), list(it.filterfalse(None, [0, 1, "", "a", None])))
    print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 3, 8])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 3])))
    print(list(it.starmap(lambda a, b: a * b, [(2, 3), [4, 5]])), list(it.zip_longest("ab", "wxyz", [1])))
    print(list(it.zip_longest()), list(it.chain.from_iterable(["ab", [1], ()])))
    print(list(it.islice(range(100), 5, 50, 10)), list(it.islice("abc", None)), list(it.islice("abcdef", 2, None)))
    for bad in [lambda: it.islice([], -1), lambda: it.islice([], 1, 2, 0), lambda: it.islice([], "a"), lambda: it.count("a")]:
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
  `,
};
