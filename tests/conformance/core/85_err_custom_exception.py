# Ends with an uncaught custom exception carrying several args (its str() is the args tuple).
class InsufficientFunds(Exception):
    def __init__(self, balance, amount):
        super().__init__(balance, amount)
        self.balance = balance
        self.amount = amount


class Wallet:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.balance, amount)
        self.balance -= amount
        return self.balance


w = Wallet(100)
print(w.withdraw(30), w.withdraw(20))
try:
    w.withdraw(500)
except InsufficientFunds as e:
    print("caught:", e, e.args, e.balance, e.amount)
print(w.withdraw(60))
print("not reached")
