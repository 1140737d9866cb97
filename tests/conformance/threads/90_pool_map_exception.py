# A worker exception in map() is raised when iteration reaches that item; earlier results were yielded.
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()


def reciprocal(x):
    time.sleep(0.1)
    return 1 / x


with ThreadPoolExecutor(max_workers=2) as pool:
    got = []
    try:
        for r in pool.map(reciprocal, [1, 2, 0, 4]):
            got.append(r)
    except ZeroDivisionError as e:
        print(f"{type(e).__name__}: {e} at {time.perf_counter() - t0:.1f}")
    print("yielded before the error:", got)
    print("list() of a clean map:", list(pool.map(reciprocal, [4, 5])))
print("end at", round(time.perf_counter() - t0, 1))
