# Checks time.sleep against perf_counter/monotonic/time deltas (rounded to 0.1 s).
import time

start_perf = time.perf_counter()
start_mono = time.monotonic()
start_wall = time.time()
time.sleep(0.2)
print(round(time.perf_counter() - start_perf, 1))
print(round(time.monotonic() - start_mono, 1))
print(round(time.time() - start_wall, 1))

t0 = time.perf_counter()
for delay in [0.1, 0.1, 0.1]:
    time.sleep(delay)
print("three sleeps", round(time.perf_counter() - t0, 1))

t1 = time.monotonic()
time.sleep(0)
print("zero sleep", round(time.monotonic() - t1, 1))
print(type(time.time()).__name__, type(time.perf_counter()).__name__, type(time.monotonic_ns()).__name__)
a = time.monotonic()
b = time.monotonic()
print("monotonic never goes back:", b >= a)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
def timed(func):
    def wrapper(*args):
        begin = time.perf_counter()
        result = func(*args)
        print(f"{func.__name__} took {time.perf_counter() - begin:.1f}s")
        return result
    return wrapper
@timed
def slow_add(x, y):
    time.sleep(0.3)
    return x + y
print(slow_add(2, 3))
