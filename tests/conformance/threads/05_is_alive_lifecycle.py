# is_alive(), ident and native_id before start, while running, blocked, after the end.
import threading
import time

ev = threading.Event()


def worker():
    ev.wait()
    time.sleep(0.1)


t = threading.Thread(target=worker)
print("before start:", t.is_alive(), t.ident is None, t.native_id is None)
t.start()
print("after start:", t.is_alive(), t.ident is not None, isinstance(t.native_id, int))
time.sleep(0.2)
print("blocked on an event:", t.is_alive())
ev.set()
time.sleep(0.3)
print("ended, not joined yet:", t.is_alive())
t.join()
print("after join:", t.is_alive(), isinstance(t.ident, int))
print("main thread alive:", threading.main_thread().is_alive())
