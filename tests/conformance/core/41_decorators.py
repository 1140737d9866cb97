# Checks decorators with and without arguments, stacking, and functools.wraps.
import functools

def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    return wrapper

def repeat(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

@shout
def hello(name):
    """Say hello."""
    return f"hello {name}"

@logged
def add(a, b):
    """Add two numbers."""
    return a + b

@repeat(3)
def roll(n):
    return n * 2

@logged
@repeat(2)
def pair(x):
    return x

print(hello("ann"), hello.__name__, hello.__doc__)
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(1, 1))
print(roll(4), roll.__name__)
print(pair("p"), pair.__name__)

def count_calls(func):
    @functools.wraps(func)
    def wrapper(*args):
        wrapper.calls += 1
        return func(*args)
    wrapper.calls = 0
    return wrapper
@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls)
