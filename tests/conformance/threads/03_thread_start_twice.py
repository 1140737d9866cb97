# Starting a thread twice raises RuntimeError, while it runs and after it finished.
import threading
import time


def worker():
    time.sleep(0.2)
    print("worker ran once")


t = threading.Thread(target=worker)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("while running:", type(e).__name__, e)
t.join()
try:
    t.start()
except RuntimeError as e:
    print("after join:", type(e).__name__, e)
print("alive:", t.is_alive())

# A fresh Thread object with the same target can be started.
t2 = threading.Thread(target=worker)
t2.start()
t2.join()
print("second object done")
