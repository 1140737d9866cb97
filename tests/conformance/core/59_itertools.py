# Checks itertools: count, chain, chain.from_iterable, islice, product, permutations, groupby, accumulate.
import itertools as it

print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, 5), 3)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 0, None, 3)))
print(list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=3))))
print(list(it.product([0, 1], repeat=2)))
print(list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1], max)))
print(list(it.repeat("x", 3)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in it.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))
for key, group in it.groupby(sorted(words, key=len), key=len):
    print(key, list(group))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.pairwise([1, 2, 3, 4])))
counter = it.count()
print(next(counter), next(counter), next(counter))
