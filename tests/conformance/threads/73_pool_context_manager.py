# `with ThreadPoolExecutor() as pool` binds the executor and waits for all tasks when the block exits.
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


def slow(delay):
    time.sleep(delay)
    return delay


executor = ThreadPoolExecutor(max_workers=2)
with executor as pool:
    print("same object:", pool is executor)
    fs = [pool.submit(slow, d) for d in (0.2, 0.4)]
    print("block body ends at", now())
print("with exit at", now(), [f.result() for f in fs])

try:
    with ThreadPoolExecutor(max_workers=1) as pool:
        f = pool.submit(slow, 0.3)
        raise ValueError("error inside the with block")
except ValueError as e:
    print("caught", e, "at", now(), "task done:", f.done())
