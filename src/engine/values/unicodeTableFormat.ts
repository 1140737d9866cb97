/** Decoders for the compact string encoding of the generated tables in unicodeTables.ts. */

/** "1f 2a0 ..." (space-separated hex) to numbers. */
export function parseHexList(text: string): readonly number[] {
  return text === "" ? [] : text.split(" ").map((h) => Number.parseInt(h, 16));
}

/** "df=Ss;1c4=ǅ;..." (hex code point = mapping, ';'-separated) to [code point, mapping] pairs. */
export function parseHexMap(text: string): readonly (readonly [number, string])[] {
  if (text === "") return [];
  return text.split(";").map((entry) => {
    const eq = entry.indexOf("=");
    return [Number.parseInt(entry.slice(0, eq), 16), entry.slice(eq + 1)] as const;
  });
}
