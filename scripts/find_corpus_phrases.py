#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists legacy reason phrases (core/codes/ReasonPhrases.cpp, written before sources were
recorded per entry) that are probably derived from the visible corpus: the phrase occurs in
the diagnostic texts of exactly one MTA family of the corpus, and in no phrase list of a
primary-source table nor of Sisimai's Reason/*.pm (path given with --sisimai, a checkout of
p5-sisimai). Prints C++ initializer lines for core/codes/ReasonPhrasesCorpusOrigins.inc.

  scripts/find_corpus_phrases.py EXPECTED.jsonl ANSWERS.jsonl [--sisimai DIR]
"""
import argparse
import collections
import glob
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))


def legacy_phrases():
    src = open(os.path.join(HERE, '..', 'core', 'codes', 'ReasonPhrases.cpp'), encoding='utf-8').read()
    body = src[src.index('kLegacy = {'):src.index('};', src.index('kLegacy = {'))]
    return re.findall(r'\{R::\w+, "((?:[^"\\]|\\.)*)"\}', body)


def primary_phrases():
    out = set()
    for f in glob.glob(os.path.join(HERE, '..', 'core', 'codes', 'ReasonPhrases?*.cpp')):
        out |= set(re.findall(r'\{R::\w+, "((?:[^"\\]|\\.)*)", ', open(f, encoding='utf-8').read()))
    return out


def sisimai_phrases(d):
    out = set()
    for f in glob.glob(os.path.join(d, 'lib', 'Sisimai', 'Reason', '*.pm')) + glob.glob(os.path.join(d, 'lib', 'Sisimai', 'Lhost', '*.pm')):
        out |= {s.lower() for s in re.findall(r"'([^'\n]{4,})'", open(f, encoding='utf-8', errors='replace').read())}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('expected')
    ap.add_argument('answers')
    ap.add_argument('--sisimai')
    a = ap.parse_args()
    fam = {json.loads(l)['file']: json.loads(l).get('mta') for l in open(a.expected) if l.strip()}
    texts = collections.defaultdict(str)
    for l in open(a.answers):
        if not l.strip():
            continue
        o = json.loads(l)
        for r in o.get('recipients', []):
            texts[fam.get(o['file'], '-')] += ' ' + ' '.join((r.get('diagnostic_code') or '').lower().split())
    # Reply texts of RFC 5321 4.2 itself are primary, whatever the corpus shows.
    rfc5321 = {'service unavailable', 'transaction failed', 'service not available, closing transmission channel'}
    known = rfc5321 | primary_phrases() | (sisimai_phrases(a.sisimai) if a.sisimai else set())
    for p in legacy_phrases():
        parts = p.split('*')
        fams = [f for f, t in texts.items() if all(x in t for x in parts)]
        if len(fams) == 1 and not any(p in k or k == p for k in known):
            print('    {"%s", "corpus:%s"},' % (p, fams[0]))


if __name__ == '__main__':
    main()
