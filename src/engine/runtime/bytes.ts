/** A minimal immutable `bytes` (literals, repr, len, indexing, iteration, ==, hash, decode). */
import { PyObject, type PyType } from "./object";
import { builtinType, ObjectType } from "./types";

/** bytes */
export class PyBytes extends PyObject {
  constructor(
    cls: PyType,
    public readonly data: Uint8Array,
  ) {
    super(cls);
  }
}

/** The `bytes` type. */
export const BytesType = builtinType(
  "bytes",
  [ObjectType],
  (cls) => new PyBytes(cls, new Uint8Array(0)),
);

/** A new bytes object. */
export function newBytes(data: Uint8Array): PyBytes {
  return new PyBytes(BytesType, data);
}

/** CPython's repr of bytes: b'...' with \\x escapes for non-printable bytes. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let s = "b" + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 0x5c) s += "\\" + String.fromCharCode(c);
    else if (c === 9) s += "\\t";
    else if (c === 10) s += "\\n";
    else if (c === 13) s += "\\r";
    else if (c < 32 || c >= 127) s += "\\x" + c.toString(16).padStart(2, "0");
    else s += String.fromCharCode(c);
  }
  return s + quote;
}

/** Key for hashing bytes in dicts and sets. */
export function bytesKey(b: Uint8Array): string {
  let s = "y";
  for (const c of b) s += c.toString(16).padStart(2, "0");
  return s;
}
