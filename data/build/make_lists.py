#!/usr/bin/env python3
"""Builds the compact lists in data/ from the upstream packages (see data/README.md).

usage: make_lists.py CITIES_JSON FEMALE_NAMES_TXT MALE_NAMES_TXT WORDS_FILE OUT_DIR
"""
import json, sys, unicodedata

cities_json, female, male, words_file, out = sys.argv[1:6]
common = set()
for w in open(words_file, encoding='utf-8', errors='ignore'):
    w = w.strip()
    if w and w[0].islower():
        common.add(w.lower())

def fold(s):
    return unicodedata.normalize('NFKC', s).lower().strip()

# US first, then the other English-speaking countries.
order = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ']
places = {}
for c in json.load(open(cities_json, encoding='utf-8')):
    if c['country'] not in order:
        continue
    name = fold(c['name'])
    if len(name) < 3 or any(ch.isdigit() for ch in name):
        continue
    places.setdefault(name, set()).add(c['country'])
with open(f'{out}/places-en.tsv', 'w', encoding='utf-8') as f:
    f.write('# name\tcountries\tambiguous (1 = also a common English word)\n')
    for name in sorted(places):
        ambiguous = 1 if name in common else 0
        f.write(f"{name}\t{','.join(sorted(places[name], key=order.index))}\t{ambiguous}\n")

names = set()
for path in (female, male):
    for line in open(path, encoding='utf-8'):
        n = fold(line)
        if len(n) >= 2 and n.isalpha():
            names.add(n)
with open(f'{out}/first-names-en.tsv', 'w', encoding='utf-8') as f:
    f.write('# name\tambiguous (1 = also a common English word)\n')
    for n in sorted(names):
        f.write(f"{n}\t{1 if n in common else 0}\n")
print(len(places), 'places;', len(names), 'names')
