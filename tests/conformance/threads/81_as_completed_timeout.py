# as_completed(timeout) raises TimeoutError naming how many futures are unfinished.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

t0 = time.perf_counter()


def slow(delay):
    time.sleep(delay)
    return delay


with ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(slow, d) for d in (0.1, 0.6, 0.7)]
    try:
        for f in as_completed(fs, timeout=0.3):
            print("completed", f.result(), "at", round(time.perf_counter() - t0, 1))
    except TimeoutError as e:
        print(f"{type(e).__name__}: {e} at {time.perf_counter() - t0:.1f}")
    print("still running:", sum(f.running() for f in fs))
print("pool exit at", round(time.perf_counter() - t0, 1))
