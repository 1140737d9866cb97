# Thread pool & futures: submit/result, map, as_completed, and an exception re-raised by result().
from concurrent.futures import ThreadPoolExecutor, as_completed
import time


def fetch(n):
    time.sleep(n / 10)
    if n == 4:
        raise ValueError(f"task {n} failed")
    return n * n


with ThreadPoolExecutor(max_workers=2) as pool:
    future = pool.submit(fetch, 3)
    print("submit/result:", future.result())  # blocks until the worker is done

    print("map:", list(pool.map(fetch, [1, 2, 3])))  # results in input order

    futures = [pool.submit(fetch, n) for n in (5, 1, 2)]
    for done in as_completed(futures):  # results in completion order
        print("as_completed:", done.result())

    bad = pool.submit(fetch, 4)
    try:
        bad.result()  # the worker's exception is raised again here
    except ValueError as e:
        print("result() re-raised:", e)
