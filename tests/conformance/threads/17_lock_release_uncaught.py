# An uncaught RuntimeError from releasing an unlocked Lock: traceback on stderr, exit code 1.
import threading
import time

lock = threading.Lock()


def worker():
    with lock:
        time.sleep(0.1)


t = threading.Thread(target=worker)
t.start()
t.join()
print("lock after worker:", lock.locked())
print("releasing an unlocked lock...")
lock.release()
print("never printed")
