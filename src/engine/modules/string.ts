/** The `string` module: its character-class constants and capwords(). */
import { getAttr } from "../runtime/attrs";
import { typeError } from "../runtime/exceptions";
import { toArray } from "../runtime/ops";
import { builtinFn, newList, None, typeOf } from "../runtime/types";
import { defineModule } from "./registry";
import { newModule } from "./util";

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = LOWER.toUpperCase();
const DIGITS = "0123456789";
const PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE = " \t\n\r\x0b\x0c";

function makeString() {
  const m = newModule("string");
  const d = m.dict!;
  d.set("ascii_lowercase", LOWER);
  d.set("ascii_uppercase", UPPER);
  d.set("ascii_letters", LOWER + UPPER);
  d.set("digits", DIGITS);
  d.set("hexdigits", DIGITS + "abcdefABCDEF");
  d.set("octdigits", "01234567");
  d.set("punctuation", PUNCT);
  d.set("whitespace", WHITESPACE);
  d.set("printable", DIGITS + LOWER + UPPER + PUNCT + WHITESPACE);
  // capwords(s, sep=None): (sep or ' ').join(x.capitalize() for x in s.split(sep))
  d.set(
    "capwords",
    builtinFn("capwords", (ctx, a, kw) => {
      const s = a[0];
      const sep = a[1] ?? kw?.get("sep") ?? None;
      if (typeof s !== "string")
        throw typeError(
          `descriptor 'split' for 'str' objects doesn't apply to a '${typeOf(s).name}' object`,
        );
      const parts = toArray(ctx, ctx.call(getAttr(ctx, s, "split"), sep === None ? [] : [sep]));
      const words = parts.map((p) => ctx.call(getAttr(ctx, p, "capitalize"), []));
      return ctx.call(getAttr(ctx, sep === None ? " " : sep, "join"), [newList(words)]);
    }),
  );
  return m;
}

defineModule("string", makeString);
