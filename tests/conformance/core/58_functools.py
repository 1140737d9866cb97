# Checks functools: partial, reduce, wraps, lru_cache and cmp_to_key.
import functools
import operator

def power(base, exp, mod=None):
    return pow(base, exp, mod)

square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=10)
two_to = functools.partial(power, 2)
print(square(7), cube_mod(7), two_to(10), square.func.__name__, square.args, square.keywords)
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, range(1, 6), 10))
print(functools.reduce(max, [3, 9, 2]), functools.reduce(operator.add, [], "empty"))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

calls = []
@functools.lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 1, 2]:
    slow_square(n)
print(calls, slow_square.cache_info())

def trace(func):
    @functools.wraps(func)
    def inner(*a):
        return func(*a)
    return inner
@trace
def documented():
    """Docs survive."""
print(documented.__name__, documented.__doc__, documented.__qualname__)

def compare(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 8], key=functools.cmp_to_key(lambda a, b: compare(b, a))))
print(list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])), operator.mul(6, 7))
