# wait(return_when=FIRST_COMPLETED) returns as soon as one future finishes.
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

t0 = time.perf_counter()


def slow(delay):
    time.sleep(delay)
    return delay


with ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(slow, d) for d in (0.4, 0.2, 0.6)]
    done, not_done = wait(fs, return_when=FIRST_COMPLETED)
    print("returned at", round(time.perf_counter() - t0, 1))
    print("done:", sorted(f.result() for f in done), "not done:", len(not_done))
    result = wait(not_done, return_when="FIRST_COMPLETED")
    print("again at", round(time.perf_counter() - t0, 1), sorted(f.result() for f in result.done), len(result.not_done))
    print("fields:", type(result).__name__, result._fields)
    print("constant:", FIRST_COMPLETED)
print("end at", round(time.perf_counter() - t0, 1))
