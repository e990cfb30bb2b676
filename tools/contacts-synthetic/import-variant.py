#!/usr/bin/env python3
"""Another import file for the contacts import benchmark (docs/benchmarks.md, "Contacts (issue 5)").

usage: import-variant.py SRC OUT START ROWS TAG

Writes ROWS rows of SRC (generate.py's import.csv, repeated when ROWS is larger) to OUT with fresh valid Business IDs
(check digit) counted from START and each e-mail tagged with TAG, so that the rows are new to a database that already
holds SRC's: a second run of the same file would report every row a duplicate. From 2000000 up, the numbers that
generate.py's companies may use are skipped (2000000 + 7i, or the next one or two when that has no check digit);
0100000–1999999 is otherwise unused. Prints the next free START.
"""
import csv
import sys

WEIGHTS = [7, 9, 10, 5, 8, 4, 2]


def main():
    src, out, start, rows, tag = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
    with open(src, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        body = list(reader)
    email = header.index("personEmail")
    n = start
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        for i in range(rows):
            row = list(body[i % len(body)])
            while True:
                digits = f"{n:07d}"
                n += 1
                remainder = sum(int(c) * w for c, w in zip(digits, WEIGHTS)) % 11
                if remainder != 1 and not (n - 1 >= 2_000_000 and (n - 1 - 2_000_000) % 7 < 3):
                    break
            row[0] = f"{digits}-{0 if remainder == 0 else 11 - remainder}"
            row[email] = row[email].replace("@example.org", f".{tag}{i // len(body)}@example.org")
            writer.writerow(row)
    print(out, "next start", n)


if __name__ == "__main__":
    main()
