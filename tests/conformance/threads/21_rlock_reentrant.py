# RLock: the owner can acquire it again; other threads get it only after as many releases as acquires.
import threading

rl = threading.RLock()
probes = []


def probe(label):
    got = rl.acquire(blocking=False)
    probes.append((label, got))
    if got:
        rl.release()


def run_probe(label):
    t = threading.Thread(target=probe, args=(label,))
    t.start()
    t.join()


print("type:", type(rl).__name__)
print(rl.acquire(), rl.acquire(), rl.acquire(blocking=False))
run_probe("held 3 times")
rl.release()
rl.release()
run_probe("held once")
rl.release()
run_probe("released")
for p in probes:
    print(*p)


def nested(depth):
    with rl:
        if depth:
            return nested(depth - 1)
        return "deepest level reached"


print(nested(5))
try:
    rl.release()
except RuntimeError as e:
    print("release when free:", e)
