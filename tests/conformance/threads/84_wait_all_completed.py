# wait() defaults to ALL_COMPLETED; with a timeout it returns the futures finished so far.
import time
from concurrent.futures import ALL_COMPLETED, ThreadPoolExecutor, wait

t0 = time.perf_counter()


def slow(delay):
    time.sleep(delay)
    return delay


with ThreadPoolExecutor(max_workers=3) as pool:
    fs = [pool.submit(slow, d) for d in (0.3, 0.1, 0.2)]
    done, not_done = wait(fs)
    print("all at", round(time.perf_counter() - t0, 1), sorted(f.result() for f in done), len(not_done))
    fs = [pool.submit(slow, d) for d in (0.1, 0.2, 0.6)]
    done, not_done = wait(fs, timeout=0.3, return_when=ALL_COMPLETED)
    print("timeout at", round(time.perf_counter() - t0, 1), sorted(f.result() for f in done), len(not_done))
    done, not_done = wait(fs, timeout=0)
    print("timeout=0:", len(done), len(not_done))
    print("empty list:", wait([]))
print("end at", round(time.perf_counter() - t0, 1), "constant:", ALL_COMPLETED)
