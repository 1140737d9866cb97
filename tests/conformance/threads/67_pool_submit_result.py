# submit(fn, *args, **kwargs) returns a Future; result() blocks until the worker returns.
import time
from concurrent.futures import Future, ThreadPoolExecutor

t0 = time.perf_counter()


def power(base, exp=2):
    time.sleep(0.2)
    return base**exp


pool = ThreadPoolExecutor(max_workers=3)
f1 = pool.submit(power, 3)
f2 = pool.submit(power, 2, exp=10)
f3 = pool.submit(power, base=5, exp=3)
print("type:", type(f1).__name__, isinstance(f1, Future))
print("done right after submit:", f1.done())
print(f1.result(), f2.result(), f3.result())
print("results at", round(time.perf_counter() - t0, 1))
f4 = pool.submit(sorted, [3, 1, 2], reverse=True)
print(f4.result())
f5 = pool.submit(lambda: None)
print("None result:", f5.result())
print("result twice:", f1.result(), f1.result())
pool.shutdown()
print("end at", round(time.perf_counter() - t0, 1))
