# map(timeout=0.3) raises TimeoutError when a result is not ready in time; pending calls are cancelled.
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()
ran = []


def now():
    return round(time.perf_counter() - t0, 1)


def slow(delay):
    ran.append(delay)
    time.sleep(delay)
    return delay


with ThreadPoolExecutor(max_workers=1) as pool:
    it = pool.map(slow, [0.1, 0.5, 0.11, 0.12], timeout=0.3)
    try:
        for r in it:
            print("got", r, "at", now())
    except TimeoutError as e:
        print(type(e).__name__, repr(str(e)), "at", now())
        print("builtin TimeoutError:", type(e) is TimeoutError)
print("pool exit at", now())
print("ran:", ran)
