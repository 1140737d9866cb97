/** int, bool, float, range and slice methods against CPython. */
import { expect, test } from "vitest";
import { mismatches, type Case } from "./harness";

const ints: Case[] = [
  "(5).bit_length(), (-255).bit_length(), (2**100).bit_length(), (255).bit_count(), (-7).bit_count()",
  "(3).as_integer_ratio(), (7).conjugate(), True.conjugate(), True.real, (5).imag, (5).numerator, (5).denominator",
  "(7).__round__(-1), (15).__round__(-1), (25).__round__(-1), (7).__round__(), (7).__round__(None)",
  "(5).__round__('a')",
  "(1).__add__(1.5), (1).__radd__(2), (7).__divmod__(2), (7).__rdivmod__(2), (2).__pow__(10, 7), (2).__pow__(-1, 5)",
  "(5).__lt__(6), (5).__eq__(5.0), (5).__ne__('a'), True.__and__(False), True.__or__(2), (3).__xor__(True)",
  "(5).__index__(), (-5).__abs__(), (5).__neg__(), (5).__invert__(), (5).__float__(), (0).__bool__(), (5).__trunc__()",
  "(255).to_bytes(2, 'big'), (255).to_bytes(), (1).to_bytes(length=2, byteorder='little'), (0).to_bytes(0)",
  "(256).to_bytes()",
  "(-1).to_bytes(2, 'big')",
  "(-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True)",
  "(1).to_bytes(2, 'mid')",
  "(1).to_bytes(-1)",
  "int.from_bytes(b'\\x01\\x00', 'little'), int.from_bytes([255, 0], signed=True), int.from_bytes(b'\\xff', 'big', signed=True), int.from_bytes(b'')",
  "int.from_bytes(1)",
  "format(255, 'x'), format(True, '>5'), format(True, ''), f'{False:d}', (10).__format__(','), True.__repr__()",
  "int.bit_length(True), int.__add__(1, 2)",
  "int.bit_length('a')",
];

const floats: Case[] = [
  "(1.5).hex(), (-0.0).hex(), (1e-320).hex(), (0.1).hex(), float('inf').hex(), (2.0**1023 * 1.9).hex()",
  "float.fromhex('0x1.8p+0'), float.fromhex(' -0x1p-2 '), float.fromhex('0x.8'), float.fromhex('0X1P3'), float.fromhex('inf')",
  "float.fromhex('0x1p2000')",
  "float.fromhex('x')",
  "(0.1).as_integer_ratio(), (-2.5).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer()",
  "float('inf').as_integer_ratio()",
  "float('nan').as_integer_ratio()",
  "(2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (1.5).__round__(None), (123.456).__round__(-1)",
  "float('inf').__round__()",
  "(1.5).__int__(), (-1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__(), (1.5).__abs__(), (1.5).__neg__()",
  "(1.5).__radd__(1), (7.5).__divmod__(2), (1.0).__eq__(1), (1.5).__lt__(2), (1.0).__add__('a'), (0.5).real, (0.5).imag",
  "(1.0).__divmod__(0.0)",
  "(2.0).__pow__(2, 3)",
  "format(1.5, 'd')",
  "format(1.0, 'x')",
  "format(1234.5, '_.1f'), format(0.5, '%'), (2.5).__format__('.0f'), repr(1e22), (1e16).__repr__()",
];

const ranges: Case[] = [
  "\nbig = range(10 ** 20)\nprint(big[-1], big[10 ** 19], 10 ** 19 in big, -1 in big, big, big[::2], big[5:2:-1], len(big[:10]))",
  "len(range(10 ** 20))",
  "\nr = range(3, 20, 4)\nprint(r.index(11), r.count(15), r[1:3], r[::-1], list(r[::-1]), r.start, r.stop, r.step)",
  "range(2**60, 2**60 + 3)[1], list(range(2**60, 2**60 + 2)), list(range(2**60, 2**60 + 2).__reversed__())",
  "range(5).index(7)",
  "range(5).index('a')",
  "range(5).count(2.0), range(5).index(True), 2.0 in range(5)",
  "range(1, 10, 0)",
  "range(1.5)",
  "range()",
  "range(1, 2, 3, 4)",
  "range(3)[5]",
  "range(3)['a']",
  "range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(3).__eq__(3)",
  "slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(1, 2).start, slice(3).stop, slice(1, 2, 3).step",
  "slice(1, 2).indices(-1)",
  "slice(1, 2, 0).indices(3)",
  "hash(slice(1))",
  "slice(1, 2) == slice(1, 2), slice(1) != slice(2), repr(slice(None, 'a'))",
];

test("int and bool methods match CPython", () => {
  expect(mismatches(ints)).toEqual([]);
});

test("float methods match CPython", () => {
  expect(mismatches(floats)).toEqual([]);
});

test("range and slice match CPython", () => {
  expect(mismatches(ranges)).toEqual([]);
});
