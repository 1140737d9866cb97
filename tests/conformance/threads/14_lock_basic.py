# Lock: acquire/release, locked(), non-blocking and timeout acquire results, argument errors.
import threading

lock = threading.Lock()
print("type:", type(lock).__name__)
print("locked at first:", lock.locked())
print("acquire():", lock.acquire())
print("locked:", lock.locked())
print("acquire(blocking=False) while held:", lock.acquire(blocking=False))
print("acquire(False) while held:", lock.acquire(False))
lock.release()
print("locked after release:", lock.locked())
print("acquire(blocking=False) when free:", lock.acquire(blocking=False))
lock.release()
print("acquire(timeout=0.5) when free:", lock.acquire(timeout=0.5))
lock.release()
print("acquire(True, -1):", lock.acquire(True, -1))
lock.release()
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
print("Lock is a factory:", threading.Lock is not type(lock), isinstance(lock, type(threading.Lock())))
print("final locked:", lock.locked())
