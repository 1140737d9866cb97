# BoundedSemaphore rejects releasing above its initial value; a plain Semaphore lets its value grow.
import threading

bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.acquire()
print("third non-blocking acquire:", bs.acquire(blocking=False))
bs.release()
bs.release()
try:
    bs.release()
except ValueError as e:
    print(f"{type(e).__name__}: {e}")


def release_in_thread():
    try:
        bs.release()
    except ValueError as e:
        print(threading.current_thread().name, "got", type(e).__name__)


t = threading.Thread(target=release_in_thread, name="releaser")
t.start()
t.join()

s = threading.Semaphore(2)
s.release()
print("plain Semaphore(2) after an extra release:", [s.acquire(False) for _ in range(4)])
print("BoundedSemaphore is a Semaphore:", issubclass(threading.BoundedSemaphore, threading.Semaphore))
