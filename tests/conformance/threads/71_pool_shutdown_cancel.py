# shutdown(cancel_futures=True) cancels the futures that have not started; the running one completes.
import time
from concurrent.futures import ThreadPoolExecutor

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


def job(i):
    time.sleep(0.3)
    return i


pool = ThreadPoolExecutor(max_workers=1)
fs = [pool.submit(job, i) for i in range(4)]
time.sleep(0.1)
print("running:", [f.running() for f in fs])
pool.shutdown(wait=False, cancel_futures=True)
print("shutdown returned at", now())
print("cancelled:", [i for i, f in enumerate(fs) if f.cancelled()])
print("first result:", fs[0].result(), "at", now())

pool = ThreadPoolExecutor(max_workers=2)
fs = [pool.submit(job, i) for i in range(5)]
time.sleep(0.1)
pool.shutdown(wait=True, cancel_futures=True)
print("shutdown(wait=True) returned at", now())
print("cancelled:", [i for i, f in enumerate(fs) if f.cancelled()])
print("finished:", [f.result() for f in fs if not f.cancelled()])
