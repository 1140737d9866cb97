# acquire(timeout=0.2) on a lock held elsewhere fails after 0.2 s; acquire(timeout=1) succeeds at release.
import threading
import time

t0 = time.perf_counter()
lock = threading.Lock()


def now():
    return round(time.perf_counter() - t0, 1)


def holder():
    with lock:
        time.sleep(0.5)


t = threading.Thread(target=holder)
t.start()
time.sleep(0.1)
print("acquire(timeout=0.2):", lock.acquire(timeout=0.2), "at", now())
print("acquire(blocking=False):", lock.acquire(blocking=False), "at", now())
print("acquire(timeout=1.0):", lock.acquire(timeout=1.0), "at", now())
t.join()
# A Lock is not reentrant: the owner itself times out.
print("owner re-acquires with timeout=0.2:", lock.acquire(timeout=0.2), "at", now())
lock.release()
print("locked:", lock.locked())
