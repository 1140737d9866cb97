# Exceptions in several threads each get their own report; the thread names identify them.
import threading
import time


def fail_at(delay, exc):
    time.sleep(delay)
    raise exc


threads = [
    threading.Thread(target=fail_at, args=(0.1, ValueError("first"))),
    threading.Thread(target=fail_at, args=(0.2, TypeError("second")), name="named"),
    threading.Thread(target=fail_at, args=(0.3, RuntimeError())),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("all three ended:", [t.is_alive() for t in threads])
