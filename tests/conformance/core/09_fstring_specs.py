# Checks f-string format specs: width, fill, align, sign, grouping and precision.
n = 1234567
x = 3.14159265
name = "Ada"
print(f"[{name}]", f"[{name:10}]", f"[{name:>10}]", f"[{name:^10}]", f"[{name:*<10}]")
print(f"[{n:10}]", f"[{n:<10}]", f"[{n:^11}]", f"[{n:_>12}]", f"[{n:=+12}]")
print(f"{n:,}", f"{n:_}", f"{-n:,}", f"{1234567.891:,.2f}", f"{2**70:,}")
print(f"{n:+}", f"{-n:+}", f"{n: }", f"{-n: }", f"{n:-}")
print(f"{x:.2f}", f"{x:8.3f}|", f"{x:<8.1f}|", f"{x:+.4f}", f"{x:08.2f}")
print(f"{-x:08.2f}", f"{x:.0f}", f"{2.5:.0f}", f"{0.125:.2f}", f"{1e-10:.3f}")
print(f"{42:05}", f"{-42:05}", f"{42:#06x}", f"{7:03d}")
print(f"{'left':<6}|{'mid':^7}|{'right':>7}|")
print(f"{'x':~^9}", f"{'':->5}", f"{3:^5}")
print(f"{0.5:%}", f"{0.256:.1%}", f"{1:.0%}")
print(f"{12345.6789:_.2f}", f"{1e6:,.0f}")
rows = [("apples", 3, 1.5), ("kiwis", 12, 0.25), ("watermelon", 1, 4.0)]
for item, qty, price in rows:
    print(f"{item:<12}{qty:>4}{price:>8.2f}{qty * price:>9.2f}")
print(f"{True}", f"{None}", f"{[1, 2]}", f"{(1,)}")
print(f"{{literal braces}}", f"{n}{{}}")
