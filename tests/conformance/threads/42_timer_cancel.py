# Timer.cancel() before the interval ends: the function never runs and the timer thread ends at once.
import threading
import time

t0 = time.perf_counter()
fired = []


def action():
    fired.append(True)
    print("never printed")


timer = threading.Timer(0.5, action)
timer.start()
time.sleep(0.2)
timer.cancel()
timer.join()
print("joined at", round(time.perf_counter() - t0, 1), "alive:", timer.is_alive())
print("fired:", fired)
timer.cancel()  # a second cancel is harmless
unstarted = threading.Timer(0.1, action)
unstarted.cancel()
unstarted.start()  # cancelled before start: never fires either
unstarted.join()
print("cancelled-before-start timer ended at", round(time.perf_counter() - t0, 1), "fired:", fired)
time.sleep(0.4)
print("after the original deadline:", fired)
