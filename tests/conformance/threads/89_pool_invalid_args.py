# ThreadPoolExecutor argument checks: max_workers must be positive, initializer must be callable.
import time
from concurrent.futures import ThreadPoolExecutor

for bad in (0, -3):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as e:
        print(f"max_workers={bad}: {type(e).__name__}: {e}")
try:
    ThreadPoolExecutor(initializer="not callable")
except TypeError as e:
    print("initializer:", e)

pool = ThreadPoolExecutor(max_workers=1)
try:
    pool.submit()
except TypeError as e:
    print("submit():", type(e).__name__)
f = pool.submit(time.sleep, 0.1)
pool.shutdown()
print("ok pool still works:", f.done(), f.result())
