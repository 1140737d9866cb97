/** Programs exercising `functools`; each must print what CPython prints. */
import { py } from "./pyrun";

/** Cases by name. */
export const cases: Record<string, string> = {
  partial: py`
    import functools
    def f(a, b, c=3, *rest, **kw):
        return (a, b, c, rest, kw)
    p = functools.partial(f, 1, c=10)
    print(p(2), p(2, 3, 4, c=5, z=1), p.func is f, p.args, p.keywords)
    q = functools.partial(p, 7, d=4)
    print(q(), q.func is f, q.args, q.keywords, type(q).__name__)
    print(repr(functools.partial(max, 1, key=abs)).replace(hex(id(max)), "X"))
    try:
        functools.partial(5)
    except TypeError as e:
        print("TypeError:", e)
    print(list(map(functools.partial(pow, 2), range(5))))
  `,
  reduce: py`
    import functools, operator
    print(functools.reduce(operator.add, range(10)), functools.reduce(operator.mul, [], 1), functools.reduce(lambda a, b: a + b, "abc"))
    for args in [(operator.add, []), (operator.add,), (operator.add, 5)]:
        try:
            functools.reduce(*args)
        except TypeError as e:
            print("TypeError:", e)
  `,
  wraps: py`
    import functools
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            return fn(*a, **k) * 2
        return inner
    @deco
    def g(x):
        "doubles"
        return x
    g.extra = 1
    print(g(4), g.__name__, g.__qualname__, g.__doc__, g.__wrapped__(4), g.__module__)
    def h():
        pass
    h.tag = "t"
    w = functools.update_wrapper(lambda: None, h)
    print(w.__name__, w.tag, w.__wrapped__ is h)
  `,
  lru_cache: py`
    import functools
    @functools.lru_cache
    def sq(n):
        print("compute", n)
        return n * n
    print(sq(3), sq(3), sq(4), sq.cache_info())
    @functools.lru_cache(maxsize=3)
    def ident(n):
        return n
    for n in [1, 2, 3, 1, 4, 2, 5, 1]:
        ident(n)
    print(ident.cache_info(), ident.cache_parameters())
    @functools.cache
    def fact(n):
        return n * fact(n - 1) if n else 1
    print(fact(30), fact.cache_info().misses, fact.__name__)
    @functools.lru_cache(maxsize=0)
    def z(x):
        return x
    z(1); z(1)
    print(z.cache_info())
    ci = ident.cache_info()
    print(ci.hits, ci[1], ci._fields, type(ci).__name__)
    try:
        functools.lru_cache("big")
    except TypeError as e:
        print("TypeError:", e)
  `,
  total_ordering: py`
    import functools
    @functools.total_ordering
    class V:
        def __init__(self, n): self.n = n
        def __eq__(self, o): return self.n == o.n
        def __gt__(self, o): return self.n > o.n
        def __repr__(self): return f"V({self.n})"
    a, b = V(1), V(2)
    print(a < b, a <= b, a >= b, b >= b, sorted([V(3), V(1), V(2)]), V.__lt__.__name__)
    try:
        @functools.total_ordering
        class Bad:
            pass
    except ValueError as e:
        print("ValueError:", e)
  `,
  cmp_to_key: py`
    import functools
    def by_len_then_alpha(a, b):
        return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
    words = ["pear", "fig", "apple", "kiwi", "date"]
    print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
    K = functools.cmp_to_key(lambda a, b: a - b)
    print(K(1) < K(2), K(3) == K(3), max([4, 9, 2], key=K), min([4, 9, 2], key=K))
  `,
  cached_property: py`
    import functools
    class C:
        def __init__(self): self.calls = 0
        @functools.cached_property
        def value(self):
            self.calls += 1
            return 42
    c = C()
    print(c.value, c.value, c.calls)
  `,
};
