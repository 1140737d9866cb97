/** Programs exercising `dataclasses` (and class-body annotations); each must print what CPython prints. */
import { py } from "./pyrun";

/** Cases by name. */
export const cases: Record<string, string> = {
  annotations: py`
    class A:
        x: int
        y: str = "s"
        if True:
            z: float = 1.0
        def f(self):
            w: int = 3
            return w
    print(A.__annotations__, A.y, A().f(), hasattr(A, "x"))
    n: int = 5
    print(__annotations__, n)
  `,
  basics: py`
    from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
    @dataclass
    class P:
        x: int
        y: int = 0
        tags: list = field(default_factory=list, repr=False)
    p = P(1)
    print(p, P(1, 2) == P(1, 2), P(1) == P(2), p == (1, 0), p.tags, P.__init__.__qualname__)
    print([f.name for f in fields(P)], asdict(P(3, 4, ["t"])), astuple(p), replace(p, y=9))
    print(is_dataclass(P), is_dataclass(p), is_dataclass(1), P.__hash__, P.__match_args__, P.__doc__)
    for bad in [lambda: P(), lambda: P(1, 2, [], 4), lambda: P(1, z=2), lambda: fields(1), lambda: asdict(P)]:
        try:
            bad()
        except TypeError as e:
            print("TypeError:", e)
  `,
  order_frozen_hash: py`
    from dataclasses import dataclass, FrozenInstanceError
    @dataclass(order=True, frozen=True)
    class V:
        major: int
        minor: int = 0
    vs = sorted([V(2), V(1, 5), V(1, 2)])
    print(vs, V(1) < V(2), V(1, 1) >= V(1, 1), hash(V(1, 2)) == hash((1, 2)), {V(1): "a"}[V(1)])
    try:
        vs[0].minor = 3
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e, isinstance(e, AttributeError))
    try:
        del vs[0].major
    except FrozenInstanceError as e:
        print("FrozenInstanceError:", e)
    try:
        V(1) < 3
    except TypeError as e:
        print("TypeError:", e)
    @dataclass(eq=False)
    class N:
        a: int
    print(N(1) == N(1), N(1).__eq__ is not None, hash(N(1)) != 0)
    @dataclass(unsafe_hash=True)
    class U:
        a: int
        b: list = None
    print(hash(U(1)) == hash((1, None)))
  `,
  post_init_inheritance: py`
    from dataclasses import dataclass, field, InitVar
    @dataclass
    class Base:
        a: int
        b: int = 2
        def __post_init__(self):
            self.total = self.a + self.b
    @dataclass
    class Child(Base):
        c: int = 3
    ch = Child(1, c=10)
    print(ch, ch.total, Child.__dataclass_fields__.keys())
    @dataclass
    class WithInit:
        x: int
        scale: InitVar[int] = 2
        def __post_init__(self, scale):
            self.x *= scale
    print(WithInit(5), WithInit(5, 3))
    @dataclass
    class Custom:
        v: int
        def __repr__(self):
            return "custom"
    print(Custom(1), repr(Custom(2)))
    @dataclass
    class Recur:
        items: list = field(default_factory=list)
    r = Recur(); r.items.append(r); print(r)
  `,
  errors: py`
    from dataclasses import dataclass, field
    def attempt(make):
        try:
            make()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    def mutable():
        @dataclass
        class M:
            xs: list = []
    def order_without_eq():
        @dataclass(order=True, eq=False)
        class O:
            a: int
    def default_first():
        @dataclass
        class D:
            a: int = 1
            b: int
    def both():
        field(default=1, default_factory=list)
    def no_annotation():
        @dataclass
        class Z:
            a = field(default=1)
    for f in [mutable, order_without_eq, default_first, both, no_annotation]:
        attempt(f)
  `,
};
