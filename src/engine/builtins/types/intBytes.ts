/** int.to_bytes and int.from_bytes (3.11 signatures: length=1, byteorder='big', *, signed=False). */
import { newBytes, PyBytes } from "../../runtime/bytes";
import { OverflowError, pyErr, typeError, ValueError } from "../../runtime/exceptions";
import { asInt, norm } from "../../runtime/numeric";
import {
  PyBuiltin,
  PyList,
  PyTuple,
  PyWrapperDescr,
  type Ctx,
  type PyType,
  type PyValue,
} from "../../runtime/object";
import { toArray, truthy } from "../../runtime/ops";
import { BuiltinFunctionType, ClassMethodType, IntType, typeName } from "../../runtime/types";
import { bindArgs, defKw, indexArg, strArg } from "./util";

function byteorder(v: PyValue | undefined): "big" | "little" {
  const s =
    v === undefined
      ? "big"
      : strArg(v, (t) => `to_bytes() argument 'byteorder' must be str, not ${t}`);
  if (s !== "big" && s !== "little")
    throw pyErr(ValueError, "byteorder must be either 'little' or 'big'");
  return s;
}

function toBytes(v: bigint, length: number, order: "big" | "little", signed: boolean): Uint8Array {
  if (v < 0n && !signed) throw pyErr(OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? v >= -(1n << (bits - 1n)) && v < 1n << (bits - 1n) : v < 1n << bits;
  if (length === 0 ? v !== 0n : !fits) throw pyErr(OverflowError, "int too big to convert");
  let u = BigInt.asUintN(length * 8, v);
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(u & 0xffn);
    u >>= 8n;
  }
  if (order === "little") out.reverse();
  return out;
}

function bytesOf(ctx: Ctx, v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (
    v instanceof PyList ||
    v instanceof PyTuple ||
    (typeof v === "object" && typeName(v) !== "int")
  ) {
    const items = toArray(ctx, v).map((x) => {
      const n = asInt(x);
      if (n === null)
        throw typeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
      if (n < 0 || n > 255) throw pyErr(ValueError, "bytes must be in range(0, 256)");
      return Number(n);
    });
    return Uint8Array.from(items);
  }
  throw typeError(`cannot convert '${typeName(v)}' object to bytes`);
}

/** Install to_bytes and from_bytes on int (idempotent through installInt). */
export function installIntBytes(): void {
  defKw(
    IntType,
    "to_bytes",
    ["length", "byteorder"],
    0,
    (ctx, self, [len, order, signed]) => {
      const n = len === undefined ? 1 : Number(indexArg(ctx, len));
      if (n < 0) throw pyErr(ValueError, "length argument must be non-negative");
      const sgn = signed !== undefined && truthy(ctx, signed);
      return newBytes(toBytes(BigInt(asInt(self)!), n, byteorder(order), sgn));
    },
    ["signed"],
  );
  const fromBytes = new PyBuiltin(BuiltinFunctionType, "from_bytes", (ctx, a, kw) => {
    const cls = a[0] as PyType;
    const [src, order, signed] = bindArgs("from_bytes", a.slice(1), kw, ["bytes", "byteorder"], 1, [
      "signed",
    ]);
    const data = bytesOf(ctx, src!);
    const bytes = byteorder(order) === "little" ? Array.from(data).reverse() : Array.from(data);
    let v = 0n;
    for (const b of bytes) v = (v << 8n) | BigInt(b);
    if (signed !== undefined && truthy(ctx, signed) && bytes.length > 0)
      v = BigInt.asIntN(bytes.length * 8, v);
    const r = norm(v);
    return cls === IntType ? r : ctx.call(cls, [r]);
  });
  IntType.ns.set("from_bytes", new PyWrapperDescr(ClassMethodType, fromBytes));
}
