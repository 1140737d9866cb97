# A daemon thread still sleeping when the main thread ends is abandoned: the program exits at once.
import threading
import time

t0 = time.perf_counter()


def background():
    print("daemon starts a 10 s sleep")
    time.sleep(10)
    print("never printed")


t = threading.Thread(target=background, daemon=True)
t.start()
time.sleep(0.2)
print("daemon alive:", t.is_alive())
t.join(timeout=0.1)
print("still alive after join(0.1):", t.is_alive())
print("main ends at", round(time.perf_counter() - t0, 1))
