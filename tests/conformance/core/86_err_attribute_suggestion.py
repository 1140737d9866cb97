# Ends with an uncaught AttributeError on a near-miss method name (3.11 adds "Did you mean: 'append'?").
class Inventory:
    def __init__(self):
        self.items = []
        self.capacity = 3

    def add(self, item):
        if len(self.items) >= self.capacity:
            return False
        self.items.append(item)
        return True


inv = Inventory()
print(inv.add("hammer"), inv.add("saw"))
try:
    inv.capacty
except AttributeError as e:
    print("caught (no suggestion in str):", e)
print(inv.items, inv.capacity)
inv.items.apend("drill")
print("not reached")
