# Future.exception() waits for the task and returns the raised exception, or None on success.
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


def check(n):
    time.sleep(0.2)
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


with ThreadPoolExecutor(max_workers=2) as pool:
    ok = pool.submit(check, 5)
    bad = pool.submit(check, -1)
    try:
        bad.exception(timeout=0.1)
    except TimeoutError:
        print("exception(timeout=0.1) timed out at", now())
    exc = bad.exception()
    print("exception():", type(exc).__name__, exc, "at", now())
    print("success exception():", ok.exception())
    print("has traceback:", exc.__traceback__ is not None)
    print("done:", ok.done(), bad.done(), "cancelled:", bad.cancelled())
    try:
        bad.result()
    except ValueError as e:
        print("result() raises the same object:", e is exc)
