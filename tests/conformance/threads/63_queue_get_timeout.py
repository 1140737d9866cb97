# Queue.get(timeout=0.3) raises queue.Empty after 0.3 s; it returns early when an item arrives.
import queue
import threading
import time

t0 = time.perf_counter()
q = queue.Queue()


def now():
    return round(time.perf_counter() - t0, 1)


try:
    q.get(timeout=0.3)
except queue.Empty as e:
    print("Empty after", now(), "repr:", repr(e))


def late_put():
    time.sleep(0.2)
    q.put("arrived")


t = threading.Thread(target=late_put)
t.start()
print("got", q.get(timeout=1.0), "at", now())
t.join()
try:
    q.get(timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)
try:
    q.get(block=False, timeout=-0.5)  # not blocking: timeout ignored
except queue.Empty:
    print("get(block=False): Empty at", now())
