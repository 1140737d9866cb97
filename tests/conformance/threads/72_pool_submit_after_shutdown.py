# submit() after shutdown raises RuntimeError; shutdown() can be called more than once.
import time
from concurrent.futures import ThreadPoolExecutor

pool = ThreadPoolExecutor(max_workers=2)
f = pool.submit(time.sleep, 0.1)
pool.shutdown()
print("first task done:", f.done())
try:
    pool.submit(print, "never")
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")
pool.shutdown()
pool.shutdown(wait=False)
print("shutdown again is fine")

with ThreadPoolExecutor() as pool2:
    pool2.submit(time.sleep, 0.1)
try:
    pool2.submit(print, "never")
except RuntimeError as e:
    print("after with:", e)
try:
    pool2.map(abs, [1, 2])
except RuntimeError as e:
    print("map after shutdown:", e)
