# put() on a full Queue: put(timeout=0.2) raises Full after 0.2 s; put(block=False) raises at once.
import queue
import time

t0 = time.perf_counter()
q = queue.Queue(1)
q.put("only")


def now():
    return round(time.perf_counter() - t0, 1)


try:
    q.put("more", timeout=0.2)
except queue.Full as e:
    print("timeout: Full at", now(), repr(e))
try:
    q.put("more", block=False)
except queue.Full:
    print("block=False: Full at", now())
try:
    q.put("more", False, 5)  # timeout is ignored when not blocking
except queue.Full:
    print("block=False with timeout: Full at", now())
try:
    q.put("more", timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print("contents:", q.get(), "empty:", q.empty())
