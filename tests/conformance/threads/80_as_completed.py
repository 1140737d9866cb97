# as_completed yields futures in completion order, as soon as each completes.
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

t0 = time.perf_counter()


def slow(name, delay):
    time.sleep(delay)
    return name


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = {pool.submit(slow, n, d): n for n, d in (("slow", 0.3), ("fast", 0.1), ("medium", 0.2))}
    for f in as_completed(futures):
        print(f"{f.result()} at {time.perf_counter() - t0:.1f} (key {futures[f]})")
    finished = pool.submit(slow, "already", 0)
    finished.result()
    late = pool.submit(slow, "late", 0.2)
    order = [f.result() for f in as_completed([late, finished, finished])]
    print("done futures first, duplicates once:", order)
print("end at", round(time.perf_counter() - t0, 1))
