/** Programs exercising `collections`; each must print what CPython prints. */
import { py } from "./pyrun";

/** Cases by name. */
export const cases: Record<string, string> = {
  deque: py`
    from collections import deque
    d = deque(range(5), maxlen=6)
    d.extend([5, 6]); d.appendleft(-1)
    print(d, d.maxlen, len(d), d[0], d[-1], 3 in d, d.count(3), d.index(4), d.index(4, 2, 6))
    d.rotate(2); print(d); d.rotate(-3); print(d)
    d.remove(3); d.insert(1, "x"); d.reverse(); print(d, list(reversed(d)), bool(deque()))
    d[0] = "first"; del d[1]; print(d, d.popleft(), d.pop(), d)
    print(deque("ab") == deque("ab"), deque([1, 2]) < deque([1, 3]), deque() == [], type(d).__name__, deque)
    e = deque(); e.append(e); print(e)
    c = d.copy(); c.clear(); print(c, d)
    for bad in [lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).index(9), lambda: deque([1]).remove(2),
                lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque(maxlen=-1), lambda: deque([1])["a"]]:
        try:
            bad()
        except Exception as ex:
            print(type(ex).__name__, ex)
    it = iter(d)
    d.append(1)
    try:
        next(it)
    except RuntimeError as ex:
        print("RuntimeError:", ex)
  `,
  defaultdict: py`
    from collections import defaultdict
    d = defaultdict(list)
    d["a"].append(1); d["b"]; d["a"].append(2)
    print(d, len(d), d.get("zz"), "zz" in d, dict(d), d.default_factory)
    n = defaultdict(int, {"x": 1}, y=2)
    n["z"] += 5
    print(n, sorted(n.items()), n.copy(), type(n.copy()).__name__)
    n.default_factory = None
    try:
        n["q"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        defaultdict(5)
    except TypeError as e:
        print("TypeError:", e)
    tree = lambda: defaultdict(tree)
    t = tree(); t["a"]["b"]["c"] = 1
    print(dict(t["a"]["b"]), isinstance(t, dict), defaultdict(None, {1: 2}), defaultdict(tree).default_factory is tree)
  `,
  counter: py`
    from collections import Counter
    c = Counter("mississippi")
    print(c, c.most_common(2), c.most_common(0), c.most_common(-1), c["z"], c.total())
    c.update({"m": 2}, s=1); c.update("ppp"); c.subtract("iiii")
    print(c, sorted(c.elements()))
    a, b = Counter(a=3, b=1, c=-2), Counter(a=1, b=2, d=4)
    print(a + b, a - b, a | b, a & b, +a, -a)
    print(a == Counter(a=3, b=1, c=-2), Counter() == Counter(), Counter(a=1) <= Counter(a=2), Counter("ab") < Counter("abc"))
    a += b; print(a)
    x = Counter(); print(x, repr(x), len(x), bool(x), list(Counter([3, 1, 3, 2]).keys()))
    print(Counter({"a": 1.5, "b": 0.5}), Counter("aabbcc").most_common(), Counter(cats=4, dogs=8).copy())
    del c["m"]; print("m" in c, isinstance(c, dict), type(c).__name__)
  `,
  namedtuple: py`
    from collections import namedtuple
    P = namedtuple("P", "x, y")
    p = P(1, y=2)
    print(p, p.x + p.y, p == (1, 2), p < (1, 3), hash(p) == hash((1, 2)), p[::-1], len(p), list(p))
    print(P._fields, P._field_defaults, p._asdict(), p._replace(y=5), P._make("ab"), P.__name__, P.__doc__)
    Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 1])
    print(Q(9), Q(9, 8, 7), Q._field_defaults, Q.__new__.__doc__)
    R = namedtuple("R", "def x x", rename=True)
    print(R._fields)
    class S(P):
        def norm(self):
            return (self.x ** 2 + self.y ** 2) ** 0.5
    print(S(3, 4).norm(), S(3, 4))
    for bad in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, 2, z=3), lambda: P(1, x=2), lambda: p._replace(z=1),
                lambda: P._make([1]), lambda: namedtuple("T", "a a"), lambda: namedtuple("T", "_a"),
                lambda: namedtuple("T", "class"), lambda: namedtuple("1T", "a"), lambda: setattr(p, "x", 5),
                lambda: setattr(p, "w", 5), lambda: Q(), lambda: namedtuple("T", "a", defaults=[1, 2])]:
        try:
            bad()
        except Exception as ex:
            print(type(ex).__name__, ex)
  `,
  ordereddict: py`
    from collections import OrderedDict
    o = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
    o.move_to_end("a"); print(o, list(o))
    o.move_to_end("c", last=False); print(o)
    print(o.popitem(), o.popitem(last=False), o, OrderedDict(), OrderedDict.fromkeys("xy", 0))
    print(isinstance(o, dict), o == {"b": 2}, type(o.copy()).__name__)
    try:
        OrderedDict().popitem()
    except KeyError as e:
        print("KeyError:", e)
    try:
        o.move_to_end("zz")
    except KeyError as e:
        print("KeyError:", e)
  `,
};
