# Ends with an uncaught KeyError (the key's repr appears after "KeyError: ").
prices = {"apple": 0.5, "bread": 2.25, "milk": 1.1}


def total(cart):
    result = 0
    for item, qty in cart:
        result += prices[item] * qty
    return round(result, 2)


print(total([("apple", 4), ("milk", 1)]))
print(total([("bread", 2)]))
basket = [("apple", 1), ("cheese", 2), ("milk", 3)]
print("checking out", len(basket), "items")
print(total(basket))
print("not reached")
