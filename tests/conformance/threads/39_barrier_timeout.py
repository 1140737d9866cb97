# Barrier.wait(timeout) breaks the barrier after the timeout; a later arrival fails at once.
import threading
import time

t0 = time.perf_counter()
barrier = threading.Barrier(2)
default_timeout = threading.Barrier(2, timeout=0.2)


def now():
    return round(time.perf_counter() - t0, 1)


try:
    barrier.wait(timeout=0.3)
except threading.BrokenBarrierError:
    print("wait(timeout=0.3) broke the barrier at", now())
print("broken:", barrier.broken)


def late():
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        print("late thread: BrokenBarrierError at", now())


t = threading.Thread(target=late)
t.start()
t.join()
try:
    default_timeout.wait()
except threading.BrokenBarrierError:
    print("constructor timeout=0.2 expired at", now())
