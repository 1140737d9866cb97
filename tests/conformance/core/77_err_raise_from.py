# Ends with raise ... from ... ("The above exception was the direct cause of the following exception:").
class ConfigError(Exception):
    pass


def load_port(config):
    try:
        return int(config["port"])
    except KeyError as exc:
        raise ConfigError("port is missing from the configuration") from exc


print(load_port({"port": "8080"}))
try:
    load_port({})
except ConfigError as e:
    print("caught:", e, "| cause:", repr(e.__cause__))
config = {"host": "localhost"}
print("loading", sorted(config))
port = load_port(config)
print("not reached", port)
