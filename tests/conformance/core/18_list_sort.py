# Checks list.sort and sorted with key, reverse and stability.
nums = [5, 2, 9, 1, 5, 6, -3]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 25), ("eve", 40)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
people.sort(key=lambda p: p[0], reverse=True)
people.sort(key=lambda p: p[1])
print(people)
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted((2.5, 1, True)))
print(sorted([], reverse=True), [1].sort())
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
data = {"x": 3, "y": 1, "z": 2}
print(sorted(data, key=data.get), max(data, key=data.get))
