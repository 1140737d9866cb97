# Queue.join() blocks until every put item has a matching task_done() call.
import queue
import threading
import time

t0 = time.perf_counter()
q = queue.Queue()
handled = []


def worker():
    while True:
        item = q.get()
        time.sleep(0.1)
        handled.append(item)
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for i in range(5):
    q.put(i)
print("unfinished tasks:", q.unfinished_tasks)
q.join()
print("join returned at", round(time.perf_counter() - t0, 1), "handled", handled)
print("unfinished tasks:", q.unfinished_tasks)
q.join()  # nothing pending: returns at once
print("second join at", round(time.perf_counter() - t0, 1))
q.put("late")
q.join()
print("after one more item at", round(time.perf_counter() - t0, 1), "handled", handled[-1])
