# Ends with sys.exit("message"): the message goes to stderr and the exit code is 1.
import sys


def check_config(config):
    missing = [key for key in ("host", "port", "user") if key not in config]
    return missing


config = {"host": "example.org", "port": 80}
print("checking config with", len(config), "keys")
try:
    sys.exit(None)
except SystemExit as e:
    print("exit(None) code:", e.code)
missing = check_config(config)
if missing:
    print("about to exit")
    sys.exit("error: missing config keys: " + ", ".join(missing))
print("not reached")
for i in range(3):
    print(i)
print("really not reached")
