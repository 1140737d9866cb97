# LifoQueue returns the most recently put item first; it blocks like Queue.
import queue
import threading
import time

t0 = time.perf_counter()
stack = queue.LifoQueue()
for word in ("bottom", "middle", "top"):
    stack.put(word)
print("qsize:", stack.qsize())
print([stack.get() for _ in range(3)])
print("is a Queue:", isinstance(stack, queue.Queue))


def pusher():
    for i in range(3):
        stack.put(i)
    time.sleep(0.2)
    stack.put("late")


t = threading.Thread(target=pusher)
t.start()
time.sleep(0.1)
print("three pushed:", [stack.get() for _ in range(3)])
print("blocking get:", stack.get(), "at", round(time.perf_counter() - t0, 1))
t.join()
bounded = queue.LifoQueue(maxsize=1)
bounded.put(1)
try:
    bounded.put_nowait(2)
except queue.Full:
    print("bounded LifoQueue is full")
