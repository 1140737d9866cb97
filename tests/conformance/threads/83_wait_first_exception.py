# wait(return_when=FIRST_EXCEPTION) returns when a future raises, or when all finish if none raises.
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

t0 = time.perf_counter()


def task(delay, fail=False):
    time.sleep(delay)
    if fail:
        raise RuntimeError(f"failed after {delay}")
    return delay


with ThreadPoolExecutor(max_workers=4) as pool:
    fs = [pool.submit(task, 0.1), pool.submit(task, 0.3, True), pool.submit(task, 0.5)]
    done, not_done = wait(fs, return_when=FIRST_EXCEPTION)
    print("returned at", round(time.perf_counter() - t0, 1), "done:", len(done), "not done:", len(not_done))
    print("exceptions:", sorted(str(f.exception()) for f in done if f.exception()))
    print("results:", sorted(f.result() for f in done if not f.exception()))
    t1 = time.perf_counter()
    ok = [pool.submit(task, d) for d in (0.1, 0.2)]
    done, not_done = wait(ok, return_when=FIRST_EXCEPTION)
    print("no exception: returned after", round(time.perf_counter() - t1, 1), sorted(f.result() for f in done), len(not_done))
print("constant:", FIRST_EXCEPTION)
