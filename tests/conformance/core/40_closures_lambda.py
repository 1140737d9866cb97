# Checks closures (counter factory, late binding in loops) and lambdas.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
print(c1.__name__, c1.__closure__ is not None, len(c1.__closure__))

late = [lambda: i for i in range(3)]
print([f() for f in late])
early = [lambda i=i: i for i in range(3)]
print([f() for f in early])

def make_multipliers():
    result = []
    for n in range(1, 4):
        def mul(x, n=n):
            return x * n
        result.append(mul)
    return result
print([m(10) for m in make_multipliers()])

def make_adders():
    adders = []
    for n in range(3):
        adders.append(lambda x: x + n)
    return adders
print([a(10) for a in make_adders()])

square = lambda x: x * x
add = lambda a, b=1: a + b
print(square(7), add(2), add(2, 3), (lambda *a, **k: (a, k))(1, z=2))
print(square.__name__, (lambda: None)())
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
def accumulator():
    history = []
    def record(value):
        history.append(value)
        return sum(history) / len(history)
    return record
avg = accumulator()
print(avg(10), avg(20), avg(0))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
