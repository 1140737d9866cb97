# Checks classes: __init__, inheritance, super(), overriding, class vs instance attributes.
class Account:
    bank = "First Bank"
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def describe(self):
        return f"{self.owner}: {self.balance} at {self.bank}"

class Savings(Account):
    rate = 0.02

    def __init__(self, owner, balance=0, rate=None):
        super().__init__(owner, balance)
        if rate is not None:
            self.rate = rate

    def add_interest(self):
        return self.deposit(round(self.balance * self.rate, 2))

    def describe(self):
        return super().describe() + f" (savings {self.rate:.0%})"

a = Account("ann", 10)
s = Savings("sam", 1000)
t = Savings("tia", 500, rate=0.1)
print(a.describe())
print(s.describe())
print(s.add_interest(), t.add_interest(), t.describe())
print(Account.count, a.count, s.count)
a.bank = "Own Bank"
print(a.bank, s.bank, Account.bank)
Account.bank = "Merged Bank"
print(a.bank, s.bank, t.describe())
print(Savings.rate, t.rate, "rate" in vars(t), "rate" in vars(s))
print(sorted(vars(a)), isinstance(s, Account), isinstance(a, Savings))
print(Savings.__bases__[0].__name__, Savings.__name__, type(s).__name__)
class Empty:
    pass
e = Empty()
e.dynamic = 1
print(e.dynamic, vars(e))
shared = []
class Buggy:
    items = shared
    def add(self, x):
        self.items.append(x)
b1, b2 = Buggy(), Buggy()
b1.add(1)
b2.add(2)
print(b1.items, b2.items, Buggy.items is shared)
print(Account.deposit(a, 5), a.balance)
