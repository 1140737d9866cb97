# Ends with an uncaught AttributeError: 'int' object has no attribute 'foo'.
class Config:
    def __init__(self):
        self.debug = True
        self.level = 3


cfg = Config()
try:
    cfg.debg
except AttributeError as e:
    print("caught:", e)
try:
    "text".apend("x")
except AttributeError as e:
    print("caught:", e)
print(getattr(cfg, "level"))
value = cfg.level
print("level is", value)
print(value.foo)
print("not reached")
