# Future.result(timeout) raises TimeoutError when the task is not done in time; the task keeps running.
import concurrent.futures
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(lambda: (time.sleep(0.5), "finished")[1])
    try:
        f.result(timeout=0.2)
    except TimeoutError as e:
        print(type(e).__name__, repr(str(e)), "at", now())
    print("done:", f.done(), "running:", f.running())
    try:
        f.result(0)
    except concurrent.futures.TimeoutError:
        print("result(0) raises at once at", now())
    print(f.result(timeout=1.0), "at", now())
    print("after done, result(timeout=0):", f.result(timeout=0))
print("same class:", concurrent.futures.TimeoutError is TimeoutError)
