# Releasing an unlocked Lock raises RuntimeError; any thread may release a held Lock.
import threading

lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print(f"{type(e).__name__}: {e}")

lock.acquire()


def releaser():
    lock.release()
    print("released by", threading.current_thread().name)


t = threading.Thread(target=releaser, name="other")
t.start()
t.join()
print("locked after other thread released:", lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("second release:", e)
