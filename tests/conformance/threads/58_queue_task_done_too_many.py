# Calling task_done() more times than items were put raises ValueError.
import queue
import threading

q = queue.Queue()
q.put("a")
q.put("b")
q.get()
q.task_done()
q.get()
q.task_done()
print("unfinished:", q.unfinished_tasks)
try:
    q.task_done()
except ValueError as e:
    print(f"{type(e).__name__}: {e}")


def extra():
    try:
        q.task_done()
    except ValueError as e:
        print("in thread:", e)


t = threading.Thread(target=extra)
t.start()
t.join()
q.put("c")
q.task_done()  # allowed without get(): it only counts
print("unfinished after put + task_done:", q.unfinished_tasks, "qsize:", q.qsize())
