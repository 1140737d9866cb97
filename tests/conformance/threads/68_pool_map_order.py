# Executor.map submits every call at once and yields results in input order, not completion order.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()
starts = []
lock = threading.Lock()


def slow_double(delay):
    with lock:
        starts.append(round(time.perf_counter() - t0, 1))
    time.sleep(delay)
    return delay * 10


with ThreadPoolExecutor(max_workers=3) as pool:
    results = pool.map(slow_double, [0.3, 0.1, 0.2])
    print("map returned at", round(time.perf_counter() - t0, 1), type(results).__name__)
    for r in results:
        print(f"result {r:.0f} at {time.perf_counter() - t0:.1f}")
    print("starts:", sorted(starts))
    print(list(pool.map(pow, [2, 3, 4], [5, 2, 1])))
    print(list(pool.map(str.upper, ["a", "b"], chunksize=10)))
    print(list(pool.map(abs, [])))
print("end at", round(time.perf_counter() - t0, 1))
