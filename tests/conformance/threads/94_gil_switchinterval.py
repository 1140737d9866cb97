# sys.getswitchinterval() defaults to 5 ms; setswitchinterval changes it and rejects non-positive values.
import sys
import threading

print("default:", sys.getswitchinterval())
sys.setswitchinterval(0.001)
print("after set:", sys.getswitchinterval())
for bad in (0, -1.0):
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(f"setswitchinterval({bad}): {e}")
seen = []


def worker():
    seen.append(sys.getswitchinterval())


t = threading.Thread(target=worker)
t.start()
t.join()
print("seen in thread:", seen)
sys.setswitchinterval(0.005)
print("restored:", sys.getswitchinterval())
