# Condition methods need the lock held; a Condition can share an explicit Lock; default lock is an RLock.
import threading

cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print("wait:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("notify:", e)
try:
    cond.notify_all()
except RuntimeError as e:
    print("notify_all:", e)

with cond:
    with cond:  # the default lock is reentrant
        print("nested with on the default lock works")

lock = threading.Lock()
shared = threading.Condition(lock)
with shared:
    print("underlying lock held:", lock.locked())
print("released:", lock.locked())
print("acquire via condition:", shared.acquire(False), lock.locked())
shared.release()
print("released again:", lock.locked())
