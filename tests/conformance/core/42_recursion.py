# Checks recursion: fib, factorial of 50, mutual recursion, memoization and deep recursion.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(n) for n in range(15)])

def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)
print(factorial(50))
print(factorial(20), len(str(factorial(100))))

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))

memo = {}
def fib_memo(n):
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib_memo(n - 1) + fib_memo(n - 2)
    memo[n] = result
    return result
print(fib_memo(200))

def flatten(tree):
    if not isinstance(tree, list):
        return [tree]
    out = []
    for sub in tree:
        out.extend(flatten(sub))
    return out
print(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]))

def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(len(hanoi(10, "A", "C", "B", [])), hanoi(2, "A", "C", "B", []))

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))

def permutations(items):
    if len(items) <= 1:
        return [items]
    return [[x] + p for i, x in enumerate(items) for p in permutations(items[:i] + items[i + 1:])]
print(permutations([1, 2, 3]))
