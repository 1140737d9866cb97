/** str case mapping, padding, character classes, translate/maketrans and encode. */
import { newBytes } from "../../runtime/bytes";
import { newDict, PyDict } from "../../runtime/containers";
import {
  LookupError,
  PyBaseException,
  pyErr,
  typeError,
  UnicodeEncodeError,
  ValueError,
} from "../../runtime/exceptions";
import { asInt } from "../../runtime/numeric";
import { PyBuiltin, PyWrapperDescr, type Ctx, type PyValue } from "../../runtime/object";
import { getItem } from "../../runtime/ops";
import {
  BuiltinFunctionType,
  None,
  StaticMethodType,
  StrType,
  typeName,
} from "../../runtime/types";
import * as V from "../../values/strMethods";
import { checkPositional, def0, def1, defKw, defPos, indexArg, lift, strArg } from "./util";

const S = (v: PyValue) => v as string;

function fillArg(v: PyValue | undefined): string {
  if (v === undefined) return " ";
  if (typeof v !== "string")
    throw typeError(`The fill character must be a unicode character, not ${typeName(v)}`);
  return v;
}

/** str.translate(table): look each code point up; missing keys keep the character. */
function translate(ctx: Ctx, s: string, table: PyValue): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let r: PyValue;
    try {
      r = getItem(ctx, table, cp);
    } catch (e) {
      if (e instanceof PyBaseException && e.cls.isSubtype(LookupError)) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (r === None) continue;
    if (typeof r === "string") out += r;
    else {
      const n = asInt(r);
      if (n === null) throw typeError("character mapping must return integer, None or str");
      if (n < 0 || n > 0x10ffff)
        throw pyErr(ValueError, "character mapping must be in range(0x110000)");
      out += String.fromCodePoint(Number(n));
    }
  }
  return out;
}

/** str.maketrans(x[, y[, z]]) */
function maketrans(ctx: Ctx, args: PyValue[]): PyDict {
  checkPositional("maketrans", args.length, 1, 3);
  const d = newDict();
  const [x, y, z] = args;
  if (y === undefined) {
    if (!(x instanceof PyDict))
      throw typeError("if you give only one argument to maketrans it must be a dict");
    const t = x.table;
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (k === undefined) continue;
      if (typeof k === "string") {
        if (V.cpLength(k) !== 1)
          throw pyErr(ValueError, "string keys in translate table must be of length 1");
        d.table.set(ctx, k.codePointAt(0)!, t.vals[i]);
      } else if (asInt(k) !== null) d.table.set(ctx, k, t.vals[i]);
      else throw typeError("keys in translate table must be strings or integers");
    }
    return d;
  }
  const xs = Array.from(strArg(x, (t) => `maketrans() argument 1 must be str, not ${t}`));
  const ys = Array.from(strArg(y, (t) => `maketrans() argument 2 must be str, not ${t}`));
  if (xs.length !== ys.length)
    throw pyErr(ValueError, "the first two maketrans arguments must have equal length");
  xs.forEach((c, i) => d.table.set(ctx, c.codePointAt(0)!, ys[i].codePointAt(0)!));
  if (z !== undefined)
    for (const c of strArg(z, (t) => `maketrans() argument 3 must be str, not ${t}`))
      d.table.set(ctx, c.codePointAt(0)!, None);
  return d;
}

/** str.encode for the encodings a playground needs (UTF-8, ASCII, Latin-1). */
function encode(s: string, encoding: string): Uint8Array {
  const enc = encoding.toLowerCase().replace(/[-_ ]/g, "");
  const limited = (max: number, name: string) => {
    const out: number[] = [];
    let pos = 0;
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (cp > max) {
        const esc =
          cp <= 0xff
            ? `\\x${cp.toString(16)}`
            : cp <= 0xffff
              ? `\\u${cp.toString(16).padStart(4, "0")}`
              : `\\U${cp.toString(16).padStart(8, "0")}`;
        throw pyErr(
          UnicodeEncodeError,
          `'${name}' codec can't encode character '${esc}' in position ${pos}: ordinal not in range(${max + 1})`,
        );
      }
      out.push(cp);
      pos++;
    }
    return Uint8Array.from(out);
  };
  if (enc === "utf8") return utf8(s);
  if (enc === "ascii" || enc === "usascii") return limited(0x7f, "ascii");
  if (enc === "latin1" || enc === "iso88591" || enc === "l1") return limited(0xff, "latin-1");
  throw pyErr(
    LookupError,
    `Interleave supports only the utf-8, ascii and latin-1 encodings, not '${encoding}'`,
  );
}

function utf8(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 63),
        0x80 | ((cp >> 6) & 63),
        0x80 | (cp & 63),
      );
  }
  return Uint8Array.from(out);
}

let done = false;
/** Install str's text methods (idempotent). */
export function installStrText(): void {
  if (done) return;
  done = true;
  const T = StrType;
  const unary: [string, (s: string) => PyValue][] = [
    ["upper", V.strUpper],
    ["lower", V.strLower],
    ["casefold", V.strCasefold],
    ["capitalize", V.strCapitalize],
    ["title", V.strTitle],
    ["swapcase", V.strSwapcase],
    ["isalpha", V.strIsalpha],
    ["isdecimal", V.strIsdecimal],
    ["isdigit", V.strIsdigit],
    ["isnumeric", V.strIsnumeric],
    ["isspace", V.strIsspace],
    ["isalnum", V.strIsalnum],
    ["isprintable", V.strIsprintable],
    ["isascii", V.strIsascii],
    ["islower", V.strIslower],
    ["isupper", V.strIsupper],
    ["istitle", V.strIstitle],
    ["isidentifier", V.strIsidentifier],
  ];
  for (const [name, fn] of unary) def0(T, name, (ctx, self) => fn(S(self)));
  for (const [name, fn] of [
    ["center", V.strCenter],
    ["ljust", V.strLjust],
    ["rjust", V.strRjust],
  ] as const) {
    defPos(T, name, 1, 2, (ctx, self, [w, f]) => {
      const width = indexArg(ctx, w);
      const fill = fillArg(f);
      return lift(() => fn(S(self), width, fill));
    });
  }
  def1(T, "zfill", (ctx, self, w) => {
    const width = indexArg(ctx, w);
    return lift(() => V.strZfill(S(self), width));
  });
  def1(T, "translate", (ctx, self, table) => translate(ctx, S(self), table));
  T.ns.set(
    "maketrans",
    new PyWrapperDescr(
      StaticMethodType,
      new PyBuiltin(BuiltinFunctionType, "maketrans", (ctx, a) => maketrans(ctx, a)),
    ),
  );
  defKw(T, "encode", ["encoding", "errors"], 0, (ctx, self, [e, err]) => {
    const enc =
      e === undefined
        ? "utf-8"
        : strArg(e, (t) => `encode() argument 'encoding' must be str, not ${t}`);
    if (err !== undefined) strArg(err, (t) => `encode() argument 'errors' must be str, not ${t}`);
    return newBytes(encode(S(self), enc));
  });
}
