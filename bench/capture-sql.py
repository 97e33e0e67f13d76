"""Cuts one page's statements out of a PostgreSQL server log (stdin) between its capture markers; prints a pgbench
script with the bound parameters written in. Arguments: the page's name, a description for the header comment."""
import re
import sys

name, description = sys.argv[1], sys.argv[2]
ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
STATEMENT = re.compile(r"LOG:\s+duration: [\d.]+ ms\s+(?:statement|execute [^:]*): (.*)", re.S)
PARAMETERS = re.compile(r"DETAIL:\s+parameters: (.*)", re.S)
VALUE = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")

entries, current = [], []
for line in sys.stdin:
    if ENTRY.match(line) and current:
        entries.append("".join(current))
        current = []
    current.append(line)
if current:
    entries.append("".join(current))

statements, inside, awaiting = [], False, False
for entry in entries:
    if f"bench-capture:{name}:begin" in entry:
        inside = True
        continue
    if f"bench-capture:{name}:end" in entry:
        break
    if not inside:
        continue
    found = STATEMENT.search(entry)
    bound = PARAMETERS.search(entry)
    if found:
        statements.append([found.group(1).strip(), {}])
        awaiting = True   # the DETAIL right after an execute holds its parameters (a bind's DETAIL does not count)
    elif bound and awaiting:
        statements[-1][1] = {int(n): v for n, v in VALUE.findall(bound.group(1))}
        awaiting = False
    else:
        awaiting = False

print(f"-- {name}: {description} — captured by bench/capture-sql.sh")
for sql, values in statements:
    if not re.match(r"(?is)^\s*(select|with)\b", sql):
        continue   # writes, BEGIN/COMMIT/SET: not part of the ceiling
    sql = re.sub(r"\$(\d+)", lambda m: values.get(int(m.group(1)), "NULL"), sql)
    print(re.sub(r"\s+", " ", sql) + ";")
