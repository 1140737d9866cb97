# Ends with an uncaught exception raised inside a generator while a for loop consumes it.
def read_batches(data, size):
    for start in range(0, len(data), size):
        batch = data[start:start + size]
        if None in batch:
            raise ValueError(f"bad record in batch starting at {start}")
        yield batch


def checked(gen):
    for batch in gen:
        yield sum(batch)


print(list(checked(read_batches([1, 2, 3, 4, 5], 2))))
records = [1, 2, 3, 4, None, 6]
for total in checked(read_batches(records, 2)):
    print("batch total", total)
print("not reached")
