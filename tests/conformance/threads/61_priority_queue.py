# PriorityQueue returns the smallest item first; tuples order by priority, then by the next field.
import queue
import threading
import time

pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (2, "b-normal")]:
    pq.put(item)
while not pq.empty():
    print(pq.get())

numbers = queue.PriorityQueue()
for n in [5, -2, 9, 0, 3]:
    numbers.put_nowait(n)
print([numbers.get_nowait() for _ in range(5)])

jobs = queue.PriorityQueue()


def submitter():
    for prio, name in [(5, "report"), (1, "fire"), (3, "email")]:
        jobs.put((prio, name))
    time.sleep(0.2)
    jobs.put((0, "stop"))


t = threading.Thread(target=submitter)
t.start()
time.sleep(0.1)
order = [jobs.get() for _ in range(4)]
t.join()
print(order)
