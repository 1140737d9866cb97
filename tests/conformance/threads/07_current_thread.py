# current_thread() is the running Thread object; in the main thread it is MainThread.
import threading
import time

seen = {}
threads = {}


def worker(label):
    me = threading.current_thread()
    time.sleep(0.1)
    seen[label] = (me.name, me is threads[label], me is threading.main_thread())


for label in ("a", "b", "c"):
    threads[label] = threading.Thread(target=worker, args=(label,), name=f"worker-{label}")
for t in threads.values():
    t.start()
for t in threads.values():
    t.join()
for label in sorted(seen):
    print(label, seen[label])

main = threading.current_thread()
print(main.name, main is threading.main_thread(), type(main).__name__)
print(isinstance(main, threading.Thread))
