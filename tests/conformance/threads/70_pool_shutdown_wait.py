# shutdown(wait=True) blocks until the tasks finish; shutdown(wait=False) returns at once but the program waits.
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


def slow(delay, label):
    time.sleep(delay)
    print(f"{label} finished at {now()}")
    return label


pool = ThreadPoolExecutor(max_workers=2)
fs = [pool.submit(slow, d, f"task{i}") for i, d in enumerate((0.2, 0.4))]
pool.shutdown(wait=True)
print("shutdown(wait=True) returned at", now(), [f.done() for f in fs])

pool2 = ThreadPoolExecutor(max_workers=1)
f = pool2.submit(slow, 0.3, "background")
g = pool2.submit(slow, 0.1, "queued")
pool2.shutdown(wait=False)
print("shutdown(wait=False) returned at", now(), f.done(), g.done())
print("main thread ends at", now())
