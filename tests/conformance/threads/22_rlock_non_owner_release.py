# Releasing an RLock from a thread that does not own it raises RuntimeError.
import threading

rl = threading.RLock()
rl.acquire()


def intruder():
    try:
        rl.release()
    except RuntimeError as e:
        print(f"{threading.current_thread().name}: {type(e).__name__}: {e}")
    print("intruder acquire(blocking=False):", rl.acquire(blocking=False))


t = threading.Thread(target=intruder, name="intruder")
t.start()
t.join()
rl.release()
print("owner released it")
try:
    rl.release()
except RuntimeError as e:
    print("main, not held any more:", e)
t2 = threading.Thread(target=intruder, name="intruder-2")
t2.start()
t2.join()
