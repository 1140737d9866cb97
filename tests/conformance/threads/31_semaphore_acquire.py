# Semaphore acquire variants: non-blocking, timeout, release(n), waiting for another thread's release, errors.
import threading
import time

t0 = time.perf_counter()


def now():
    return round(time.perf_counter() - t0, 1)


sem = threading.Semaphore(1)
print("acquire():", sem.acquire())
print("acquire(blocking=False):", sem.acquire(blocking=False))
print("acquire(timeout=0.2):", sem.acquire(timeout=0.2), "at", now())
sem.release(2)
print("after release(2):", sem.acquire(False), sem.acquire(False), sem.acquire(False))

zero = threading.Semaphore(0)
t = threading.Thread(target=lambda: (time.sleep(0.3), zero.release()))
t.start()
print("Semaphore(0) acquire waits:", zero.acquire(), "at", now())
t.join()

for bad in (lambda: threading.Semaphore(-1), lambda: sem.release(0), lambda: sem.acquire(False, 1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
with threading.Semaphore() as r:
    print("context manager enter returns:", r)
