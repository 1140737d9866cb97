/** Programs exercising operator, copy, heapq, bisect, string and contextlib against CPython. */
import { py } from "./pyrun";

/** Cases by name. */
export const cases: Record<string, string> = {
  operator: py`
    import operator as op
    print(op.add(2, 3), op.sub(2, 3), op.mul("a", 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.pow(2, 10))
    print(op.neg(5), op.pos(-2), op.abs(-3.5), op.invert(5), op.not_([]), op.truth(3), op.is_(None, None), op.is_not(1, None))
    print(op.lt(1, 2), op.le(2, 2), op.eq("a", "a"), op.ne(1, 1), op.gt(1, 2), op.ge(3, 2), op.and_(12, 10), op.or_(12, 3), op.xor(5, 1))
    print(op.lshift(1, 10), op.rshift(1024, 3), op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("xyz", "z"))
    d = {"a": 1}
    op.setitem(d, "b", 2); op.delitem(d, "a"); print(d, op.getitem(d, "b"), op.index(7), op.__add__(1, 1))
    print(list(map(op.itemgetter(0), ["ab", "cd"])), op.itemgetter(1, 0)("xy"), op.itemgetter("k")({"k": 5}))
    class P:
        def __init__(self): self.name = "p"; self.child = self
    print(op.attrgetter("name")(P()), op.attrgetter("child.name", "name")(P()), op.methodcaller("upper")("abc"), op.methodcaller("split", ",", maxsplit=1)("a,b,c"))
    print(op.itemgetter(1), op.attrgetter("a", "b"), op.methodcaller("f", 1, k=2))
    x = [1]; y = op.iadd(x, [2]); print(x, y is x, op.iconcat([0], [1]))
    for bad in [lambda: op.add(1, "a"), lambda: op.neg("a"), lambda: op.itemgetter(5)([1]), lambda: op.indexOf([1], 2), lambda: op.concat(1, 2)]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
  `,
  copy: py`
    import copy
    a = [1, [2, 3], {"k": [4]}]
    s = copy.copy(a); d = copy.deepcopy(a)
    a[1].append(99); a[2]["k"].append(5)
    print(s, d, s[1] is a[1], d[1] is a[1], copy.copy(5), copy.deepcopy((1, 2)) == (1, 2))
    class Node:
        def __init__(self, v): self.v = v; self.kids = []
    n = Node(1); n.kids.append(Node(2)); n.kids.append(n)
    m = copy.deepcopy(n)
    print(m.v, m.kids[0].v, m.kids[1] is m, m is n, m.kids[0] is n.kids[0], copy.copy(n).kids is n.kids)
    t = (1, [2]); u = copy.deepcopy(t); print(u, u is t, u[1] is t[1])
    shared = [0]; pair = [shared, shared]; cp = copy.deepcopy(pair); print(cp[0] is cp[1], cp[0] is shared)
    from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
    dq = deque([[1]], maxlen=3); dq2 = copy.deepcopy(dq); dq[0].append(2); print(dq2, copy.copy(dq))
    dd = defaultdict(list, {"a": [1]}); dd2 = copy.deepcopy(dd); dd["a"].append(2); print(dd2, copy.copy(dd))
    print(copy.deepcopy(Counter("aab")), copy.copy(OrderedDict(a=1)), copy.deepcopy(namedtuple("T", "a b")(1, [2])))
    s = {1, 2}; f = frozenset([3]); print(copy.copy(s), copy.copy(s) is s, copy.copy(f) is f, copy.deepcopy({"x": s}))
    class WithHooks:
        def __init__(self): self.v = [1]
        def __copy__(self): return "copied"
        def __deepcopy__(self, memo): return "deep"
    print(copy.copy(WithHooks()), copy.deepcopy([WithHooks()]))
  `,
  heapq: py`
    import heapq, random
    rng = random.Random(3)
    h = []
    for x in [rng.randrange(100) for _ in range(15)]:
        heapq.heappush(h, x)
    print(h)
    print([heapq.heappop(h) for _ in range(5)], h)
    data = [9, 1, 8, 2, 7, 3, 6, 4, 5, 0]
    heapq.heapify(data); print(data, heapq.heappushpop(data, -1), heapq.heapreplace(data, 10), data)
    print(heapq.nlargest(3, [5, 1, 9, 9, 2]), heapq.nsmallest(2, "hello"), heapq.nlargest(2, ["aa", "b", "ccc"], key=len), heapq.nsmallest(0, [1]))
    print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["a", "cc"], ["bb"], key=len)), list(heapq.merge([3, 1], [2], reverse=True)))
    tasks = []
    for p, name in [(2, "b"), (1, "a"), (2, "a"), (0, "z")]:
        heapq.heappush(tasks, (p, name))
    print([heapq.heappop(tasks) for _ in range(4)])
    for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapreplace([], 1)]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
  `,
  bisect: py`
    import bisect
    a = [1, 2, 2, 2, 5, 8]
    print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3))
    bisect.insort(a, 3); bisect.insort_left(a, 2); print(a)
    recs = [("a", 1), ("b", 3), ("c", 5)]
    print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
    bisect.insort(recs, ("x", 4), key=lambda r: r[1]); print(recs)
    grades = "FDCBA"
    print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
    try:
        bisect.bisect([1], 1, -1)
    except ValueError as e:
        print("ValueError:", e)
  `,
  string: py`
    import string
    print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
    print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
    print(string.capwords(" hello   world  "), string.capwords("a-b-c", "-"), string.ascii_lowercase[::5])
  `,
  contextlib: py`
    from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack
    @contextmanager
    def tag(name):
        print("<" + name + ">")
        try:
            yield name.upper()
        finally:
            print("</" + name + ">")
    with tag("a") as t:
        print("body", t)
    @contextmanager
    def swallow():
        try:
            yield
        except ZeroDivisionError as e:
            print("swallowed", e)
    with swallow():
        1 / 0
    print("after swallow")
    @tag("deco")
    def decorated():
        print("in decorated")
    decorated()
    with suppress(KeyError, IndexError):
        {}["x"]
    with nullcontext(5) as v:
        print("null", v)
    class Res:
        def close(self): print("closed")
    with closing(Res()):
        print("using")
    with ExitStack() as stack:
        for n in "xy":
            stack.enter_context(tag(n))
        stack.callback(print, "callback ran")
        print("stack body")
    @contextmanager
    def noyield():
        if False:
            yield
    try:
        with noyield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
  `,
  contextlib_propagation: py`
    from contextlib import contextmanager, suppress
    @contextmanager
    def tag(name):
        print("<" + name + ">")
        try:
            yield
        finally:
            print("</" + name + ">")
    try:
        with tag("b"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    try:
        with suppress(KeyError):
            [][0]
    except IndexError:
        print("IndexError not suppressed")
  `,
};
