/**
 * The merge step of CPython 3.11's timsort (merge_lo / merge_hi with galloping),
 * ported line for line so comparisons happen in CPython's order.
 */
import type { PyValue } from "../../runtime/object";

/** The "a < b" test used for every comparison (may throw a Python exception). */
export type LessThan = (a: PyValue, b: PyValue) => boolean;

/** What the merges share with the sorter: the arrays, the comparison and the galloping threshold. */
export interface MergeState {
  k: PyValue[];
  v: PyValue[] | null;
  lt: LessThan;
  minGallop: number;
}

/** Galloping stays on while a run wins at least this many times in a row. */
export const MIN_GALLOP = 7;

function move(ms: MergeState, to: number, from: number): void {
  ms.k[to] = ms.k[from];
  if (ms.v) ms.v[to] = ms.v[from];
}

/** Merge a[aBase:aBase+na] with the run after it, using a copy of the (shorter) first run. */
export function mergeLo(ms: MergeState, aBase: number, na: number, pb: number, nb: number): void {
  const { k, v, lt } = ms;
  const tk = k.slice(aBase, aBase + na);
  const tv = v ? v.slice(aBase, aBase + na) : null;
  let pa = 0;
  let dest = aBase;
  const fromA = (n: number) => {
    for (let i = 0; i < n; i++, dest++, pa++) {
      k[dest] = tk[pa];
      if (v) v[dest] = tv![pa];
    }
  };
  const fromB = (n: number) => {
    for (let i = 0; i < n; i++, dest++, pb++) move(ms, dest, pb);
  };
  let copyB = false;
  try {
    fromB(1);
    nb--;
    if (nb === 0) return;
    if (na === 1) {
      copyB = true;
      return;
    }
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(k[pb], tk[pa])) {
          fromB(1);
          bcount++;
          acount = 0;
          if (--nb === 0) return;
          if (bcount >= minGallop) break;
        } else {
          fromA(1);
          acount++;
          bcount = 0;
          if (--na === 1) return void (copyB = true);
          if (acount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let n = gallopRight(lt, k[pb], tk, pa, na, 0);
        acount = n;
        if (n) {
          fromA(n);
          na -= n;
          if (na === 1) return void (copyB = true);
          if (na === 0) return;
        }
        fromB(1);
        if (--nb === 0) return;
        n = gallopLeft(lt, tk[pa], k, pb, nb, 0);
        bcount = n;
        if (n) {
          fromB(n);
          nb -= n;
          if (nb === 0) return;
        }
        fromA(1);
        if (--na === 1) return void (copyB = true);
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    // Succeed, Fail (an exception) and CopyB all end by putting A's rest back.
    if (copyB) {
      fromB(nb);
      fromA(1);
    } else if (na) fromA(na);
  }
}

/** Merge two adjacent runs from the right, using a copy of the (shorter) second run. */
export function mergeHi(
  ms: MergeState,
  aBase: number,
  na: number,
  bBase: number,
  nb: number,
): void {
  const { k, v, lt } = ms;
  const tk = k.slice(bBase, bBase + nb);
  const tv = v ? v.slice(bBase, bBase + nb) : null;
  let dest = bBase + nb - 1;
  let pb = nb - 1;
  let pa = aBase + na - 1;
  const fromA = () => move(ms, dest--, pa--);
  const fromB = () => {
    k[dest] = tk[pb];
    if (v) v[dest] = tv![pb];
    dest--;
    pb--;
  };
  /** Shift A's last n items right onto dest (ranges overlap: copy backwards). */
  const slideA = (n: number) => {
    dest -= n;
    pa -= n;
    for (let i = n; i >= 1; i--) move(ms, dest + i, pa + i);
  };
  const slideB = (n: number) => {
    dest -= n;
    pb -= n;
    for (let i = 1; i <= n; i++) {
      k[dest + i] = tk[pb + i];
      if (v) v[dest + i] = tv![pb + i];
    }
  };
  let copyA = false;
  try {
    fromA();
    if (--na === 0) return;
    if (nb === 1) return void (copyA = true);
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0;
      let bcount = 0;
      for (;;) {
        if (lt(tk[pb], k[pa])) {
          fromA();
          acount++;
          bcount = 0;
          if (--na === 0) return;
          if (acount >= minGallop) break;
        } else {
          fromB();
          bcount++;
          acount = 0;
          if (--nb === 1) return void (copyA = true);
          if (bcount >= minGallop) break;
        }
      }
      minGallop++;
      do {
        minGallop -= minGallop > 1 ? 1 : 0;
        ms.minGallop = minGallop;
        let n = na - gallopRight(lt, tk[pb], k, aBase, na, na - 1);
        acount = n;
        if (n) {
          slideA(n);
          na -= n;
          if (na === 0) return;
        }
        fromB();
        if (--nb === 1) return void (copyA = true);
        n = nb - gallopLeft(lt, k[pa], tk, 0, nb, nb - 1);
        bcount = n;
        if (n) {
          slideB(n);
          nb -= n;
          if (nb === 1) return void (copyA = true);
          if (nb === 0) return;
        }
        fromA();
        if (--na === 0) return;
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      minGallop++;
      ms.minGallop = minGallop;
    }
  } finally {
    if (copyA) {
      slideA(na);
      k[dest] = tk[pb];
      if (v) v[dest] = tv![pb];
    } else if (nb) {
      for (let i = 0; i < nb; i++) {
        k[dest - (nb - 1) + i] = tk[i];
        if (v) v[dest - (nb - 1) + i] = tv![i];
      }
    }
  }
}

/** Where `key` goes in the sorted a[base..base+n): left of any equal items. */
export function gallopLeft(
  lt: LessThan,
  key: PyValue,
  a: PyValue[],
  base: number,
  n: number,
  hint: number,
): number {
  let lastofs = 0;
  let ofs = 1;
  const h = base + hint;
  if (lt(a[h], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[h + ofs], key)) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[h - ofs], key)) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** Where `key` goes in the sorted a[base..base+n): right of any equal items. */
export function gallopRight(
  lt: LessThan,
  key: PyValue,
  a: PyValue[],
  base: number,
  n: number,
  hint: number,
): number {
  let lastofs = 0;
  let ofs = 1;
  const h = base + hint;
  if (lt(key, a[h])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[h - ofs])) {
        lastofs = ofs;
        ofs = (ofs << 1) + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[h + ofs])) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}
