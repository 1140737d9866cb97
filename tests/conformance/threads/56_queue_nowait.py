# put_nowait/get_nowait raise queue.Full/queue.Empty; qsize, empty and full track the contents.
import queue

q = queue.Queue(maxsize=3)
for i in range(3):
    q.put_nowait(i)
    print("put", i, "qsize", q.qsize(), "full", q.full())
try:
    q.put_nowait(3)
except queue.Full as e:
    print("put_nowait on full:", type(e).__name__, repr(str(e)))
while not q.empty():
    print("get_nowait:", q.get_nowait())
try:
    q.get_nowait()
except queue.Empty as e:
    print("get_nowait on empty:", type(e).__name__, repr(e))
print("Empty is Exception:", issubclass(queue.Empty, Exception), "Full is Exception:", issubclass(queue.Full, Exception))
unbounded = queue.Queue()
for i in range(1000):
    unbounded.put_nowait(i)
print("unbounded:", unbounded.qsize(), unbounded.full())
negative = queue.Queue(maxsize=-1)
negative.put_nowait("x")
print("maxsize -1 is unbounded:", negative.full(), negative.maxsize)
