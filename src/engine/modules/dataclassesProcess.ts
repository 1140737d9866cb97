/** dataclasses' class processing: collecting fields and generating the methods' source (CPython 3.11). */

/** _process_class and dataclass() (the second part of the module source). */
export const DATACLASSES_PROCESS_SOURCE = `
def _tuple_str(obj_name, fields):
    if not fields:
        return "()"
    return f"({','.join([f'{obj_name}.{f.name}' for f in fields])},)"


def _cmp_src(name, op, self_tuple, other_tuple):
    return (f"def {name}(self, other):\\n"
            f"  if other.__class__ is self.__class__:\\n"
            f"   return {self_tuple}{op}{other_tuple}\\n"
            f"  return NotImplemented\\n")


def _field_init(f, frozen, ns, self_name):
    default_name = f"_dflt_{f.name}"
    if f.default_factory is not MISSING:
        ns[default_name] = f.default_factory
        if f.init:
            value = f"{default_name}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}"
        else:
            value = f"{default_name}()"
    else:
        if f.init:
            if f.default is not MISSING:
                ns[default_name] = f.default
            value = f.name
        else:
            return None
    if f._field_type is _FIELD_INITVAR:
        return None
    if frozen:
        return f"__dataclass_builtins_object__.__setattr__({self_name},{f.name!r},{value})"
    return f"{self_name}.{f.name}={value}"


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        return f.name
    if f.default is not MISSING:
        return f"{f.name}=_dflt_{f.name}"
    return f"{f.name}=_HAS_DEFAULT_FACTORY"


def _init_src(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, ns):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
    body = []
    for f in fields:
        line = _field_init(f, frozen, ns, self_name)
        if line:
            body.append(line)
    if has_post_init:
        params = ",".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f"{self_name}.__post_init__({params})")
    if not body:
        body = ["pass"]
    params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        params += ["*"] + [_init_param(f) for f in kw_only_fields]
    lines = "".join(f"  {b}\\n" for b in body)
    return f"def __init__({','.join([self_name] + params)}):\\n{lines}"


def _fmt_annotation(a):
    if isinstance(a, type):
        if a.__module__ == "builtins":
            return a.__qualname__
        return a.__module__ + "." + a.__qualname__
    return repr(a)


def _signature_text(fields):
    parts = []
    for f in fields:
        text = f"{f.name}: {_fmt_annotation(f.type)}"
        if f.default is not MISSING:
            text += f" = {f.default!r}"
        elif f.default_factory is not MISSING:
            text += " = <factory>"
        parts.append(text)
    return "(" + ", ".join(parts) + ")"


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _is_unhashable(value):
    t = type(value)
    return t in (list, dict, set) or getattr(t, "__hash__", 0) is None


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if isinstance(a_type, InitVar) or a_type is InitVar:
        f._field_type = _FIELD_INITVAR
    if isinstance(a_type, str) and a_type.startswith(("ClassVar", "typing.ClassVar")):
        f._field_type = _FIELD_CLASSVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR) and f.default_factory is not MISSING:
        raise TypeError(f"field {f.name} cannot have a default factory")
    if f.kw_only is MISSING:
        f.kw_only = default_kw_only
    if f._field_type is _FIELD and _is_unhashable(f.default):
        raise ValueError(f"mutable default {type(f.default)} for field {f.name} is not allowed: use default_factory")
    return f


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only):
    fields = {}
    setattr(cls, "__dataclass_params__", _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, "__dataclass_fields__", None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, "__dataclass_params__").frozen:
                any_frozen_base = True
    cls_dict = cls.__dict__
    cls_annotations = cls_dict.get("__annotations__", {})
    cls_fields = []
    kw_only_seen = False
    for name, type_ in cls_annotations.items():
        if type_ is KW_ONLY or type_ == "KW_ONLY" or type_ == "dataclasses.KW_ONLY":
            if kw_only_seen:
                raise TypeError(f"{name!r} is KW_ONLY, but KW_ONLY has already been specified")
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls_dict.items():
        if isinstance(value, Field) and not name in cls_annotations:
            raise TypeError(f"{name!r} is a field but has no type annotation")
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    setattr(cls, "__dataclass_fields__", fields)
    class_hash = cls_dict.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and "__eq__" in cls_dict))
    if order and not eq:
        raise ValueError("eq must be true if order is true")
    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.kw_only]
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    ns = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
          "__dataclass_builtins_object__": object, "cls": cls,
          "FrozenInstanceError": FrozenInstanceError, "_repr_running": set(),
          "__dataclass_super__": _super}
    src = []
    if init:
        self_name = "__dataclass_self__" if "self" in fields else "self"
        src.append(_init_src(all_init_fields, std_init_fields, kw_only_init_fields, frozen,
                             hasattr(cls, "__post_init__"), self_name, ns))
    if repr:
        flds = [f for f in field_list if f.repr]
        body = ", ".join([f"{f.name}={{self.{f.name}!r}}" for f in flds])
        src.append("def __repr__(self):\\n"
                   "  key = id(self)\\n"
                   "  if key in _repr_running:\\n"
                   "   return '...'\\n"
                   "  _repr_running.add(key)\\n"
                   "  try:\\n"
                   f"   result = self.__class__.__qualname__ + f\\"({body})\\"\\n"
                   "  finally:\\n"
                   "   _repr_running.discard(key)\\n"
                   "  return result\\n")
    cmp_fields = [f for f in field_list if f.compare]
    self_tuple = _tuple_str("self", cmp_fields)
    other_tuple = _tuple_str("other", cmp_fields)
    if eq:
        src.append(_cmp_src("__eq__", "==", self_tuple, other_tuple))
    if order:
        for name, op in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")]:
            src.append(_cmp_src(name, op, self_tuple, other_tuple))
    if frozen:
        condition = "type(self) is cls"
        if field_list:
            condition += " or name in {" + ", ".join(repr_(f.name) for f in field_list) + "}"
        src.append(f"def __setattr__(self, name, value):\\n"
                   f"  if {condition}:\\n"
                   f"   raise FrozenInstanceError(f\\"cannot assign to field {{name!r}}\\")\\n"
                   f"  __dataclass_super__(cls, self).__setattr__(name, value)\\n")
        src.append(f"def __delattr__(self, name):\\n"
                   f"  if {condition}:\\n"
                   f"   raise FrozenInstanceError(f\\"cannot delete field {{name!r}}\\")\\n"
                   f"  __dataclass_super__(cls, self).__delattr__(name)\\n")
    hash_action = _hash_action(unsafe_hash, eq, frozen, has_explicit_hash)
    if hash_action == "add":
        flds = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        src.append(f"def __hash__(self):\\n  return hash({_tuple_str('self', flds)})\\n")
    elif hash_action == "exception":
        raise TypeError(f"Cannot overwrite attribute __hash__ in class {cls.__name__}")
    fns = _create_fns("".join(src), ns, cls.__qualname__)
    for name, fn in fns.items():
        if name == "__hash__":
            cls.__hash__ = fn
        elif _set_new_attribute(cls, name, fn):
            if name in ("__lt__", "__le__", "__gt__", "__ge__"):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}. "
                                "Consider using functools.total_ordering")
            if name in ("__setattr__", "__delattr__"):
                raise TypeError(f"Cannot overwrite attribute {name} in class {cls.__name__}")
    if hash_action == "none":
        cls.__hash__ = None
    if "__doc__" not in cls_dict or cls_dict["__doc__"] is None:
        cls.__doc__ = cls.__name__ + _signature_text(all_init_fields)
    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))
    return cls


repr_ = repr
_super = super


def _hash_action(unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        return "exception" if has_explicit_hash else "add"
    if has_explicit_hash:
        return None
    if eq:
        return "add" if frozen else "none"
    return None


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


`;
