# Timer(interval, function, args, kwargs) calls the function once in its own thread after the interval.
import threading
import time

t0 = time.perf_counter()


def greet(who, punctuation="."):
    t = threading.current_thread()
    print(f"hello {who}{punctuation} at {time.perf_counter() - t0:.1f} in {t.name}, main? {t is threading.main_thread()}")


timer = threading.Timer(0.3, greet, args=("world",), kwargs={"punctuation": "!"})
print("name:", timer.name, "is a Thread:", isinstance(timer, threading.Thread))
print("alive before start:", timer.is_alive())
timer.start()
time.sleep(0.1)
print("alive while waiting:", timer.is_alive())
timer.join()
print("alive after firing:", timer.is_alive(), "at", round(time.perf_counter() - t0, 1))
timer.cancel()  # cancelling after it fired does nothing
second = threading.Timer(0.2, greet, ["again"])
second.start()
print("second timer name:", second.name)
second.join()
print("done at", round(time.perf_counter() - t0, 1))
