# Event.clear() resets the flag so later waits block again; a ping-pong driven by two events.
import threading
import time

t0 = time.perf_counter()
ping = threading.Event()
pong = threading.Event()


def log(msg):
    print(f"{time.perf_counter() - t0:.1f} {msg}")


def player():
    for i in range(3):
        ping.wait()
        ping.clear()
        log(f"pong {i}")
        time.sleep(0.1)
        pong.set()


t = threading.Thread(target=player)
t.start()
for i in range(3):
    log(f"ping {i}")
    ping.set()
    pong.wait()
    pong.clear()
    time.sleep(0.1)
t.join()
print("flags:", ping.is_set(), pong.is_set())
ping.set()
ping.clear()
print("after set+clear:", ping.is_set(), ping.wait(0.1))
