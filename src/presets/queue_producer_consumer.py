# Queue: a producer puts items, a consumer gets them until it sees the None sentinel.
import queue
import threading
import time

q = queue.Queue()
results = []


def consumer():
    while True:
        item = q.get()  # blocks while the queue is empty
        if item is None:  # sentinel: no more work
            q.task_done()
            break
        time.sleep(0.25)  # process the item
        results.append(item * 10)
        print("consumed", item)
        q.task_done()


worker = threading.Thread(target=consumer)
worker.start()
for item in range(1, 4):
    print("produce", item)
    q.put(item)
    time.sleep(0.1)
q.put(None)
q.join()  # blocks until every item got its task_done()
print("all done:", results)
worker.join()
