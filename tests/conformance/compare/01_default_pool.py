# Thread pool & futures: submit every task, collect each result()
from concurrent.futures import ThreadPoolExecutor
import time

DURATIONS = [3, 5, 1, 2]  # seconds each task takes
WORKERS = 2


def task(n, seconds):
    time.sleep(seconds)  # stands for I/O: a download, a query
    if n == 3:
        raise ValueError(f"task {n} failed")
    return n * n


total = 0
with ThreadPoolExecutor(max_workers=WORKERS) as pool:
    futures = [pool.submit(task, n, s) for n, s in enumerate(DURATIONS, 1)]
    for n, future in enumerate(futures, 1):
        try:
            total += future.result()  # waits; re-raises the task's exception
        except ValueError as e:
            print(f"task {n} raised: {e}")
print("total =", total)
