# Queue: MainThread produces jobs, workers consume them and put results
import queue
import threading
import time

DURATIONS = [0.2, 0.4, 0.3, 0.3]  # seconds each task takes
WORKERS = 3


def task(n, seconds):
    time.sleep(seconds)  # stands for I/O: a download, a query
    if n == 1:
        raise ValueError(f"task {n} failed")
    return n * n


jobs = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        job = jobs.get()  # blocks while there is no job
        if job is None:  # sentinel: no more work
            break
        results.put(task(*job))


for job in enumerate(DURATIONS, 1):
    jobs.put(job)
for _ in range(WORKERS):
    jobs.put(None)  # one sentinel per worker
threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = 0
while not results.empty():
    total += results.get()
print("total =", total)
