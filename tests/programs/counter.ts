/** Programs the unit and e2e tests share (a module without test or browser imports). */

/** The race a newcomer writes first: two threads, two unlocked `counter += 1` each (2, 3 or 4). */
export const COUNTER = `import threading
counter = 0
def work():
    global counter
    for _ in range(2):
        counter += 1
t1 = threading.Thread(target=work)
t2 = threading.Thread(target=work)
t1.start(); t2.start()
t1.join(); t2.join()
print(counter)
`;
