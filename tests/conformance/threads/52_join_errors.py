# join() errors: before start, and a thread joining itself; start() of a thread without target is a no-op run.
import threading
import time

t = threading.Thread(target=time.sleep, args=(0.1,))
try:
    t.join()
except RuntimeError as e:
    print("join before start:", e)


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print("join self:", e)


s = threading.Thread(target=join_self)
s.start()
s.join()
t.start()
t.join()
t.join()
print("joining twice is fine, alive:", t.is_alive())
empty = threading.Thread()
empty.start()
empty.join()
print("thread without target ran:", not empty.is_alive())
