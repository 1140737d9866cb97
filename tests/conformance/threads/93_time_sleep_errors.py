# time.sleep argument checks: negative values raise ValueError; 0, ints and floats are accepted.
import time

t0 = time.perf_counter()
time.sleep(0)
time.sleep(0.0)
print("sleep(0) returns:", time.sleep(0))
for bad in (-1, -0.5):
    try:
        time.sleep(bad)
    except ValueError as e:
        print(f"sleep({bad}): {type(e).__name__}: {e}")
try:
    time.sleep("1")
except TypeError as e:
    print("sleep('1'):", type(e).__name__, e)
try:
    time.sleep(None)
except TypeError as e:
    print("sleep(None):", type(e).__name__, e)
time.sleep(True)  # bool is an int: sleeps 1 s
print("after sleep(True):", round(time.perf_counter() - t0, 1))
time.sleep(0.3)
print("after sleep(0.3):", round(time.perf_counter() - t0, 1))
