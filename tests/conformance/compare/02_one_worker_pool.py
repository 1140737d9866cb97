# Thread pool & futures: submit every task, collect each result()
from concurrent.futures import ThreadPoolExecutor
import time

DURATIONS = [0.5, 0.3, 0.2]  # seconds each task takes
WORKERS = 1


def task(n, seconds):
    time.sleep(seconds)  # stands for I/O: a download, a query
    return n * n


total = 0
with ThreadPoolExecutor(max_workers=WORKERS) as pool:
    futures = [pool.submit(task, n, s) for n, s in enumerate(DURATIONS, 1)]
    for future in futures:
        total += future.result()  # waits for the task
print("total =", total)
