# CPU-bound benchmark: nested loops, integer arithmetic, list and dict work.
def work(n):
    total = 0
    squares = []
    counts = {}
    for i in range(n):
        for j in range(50):
            total += (i * j) % 7
        squares.append(i * i)
        key = i % 100
        counts[key] = counts.get(key, 0) + 1
    return total, sum(squares[-10:]), len(counts)


print(work(20000))
