#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reason agreement of `bouncelens-cli analyze --jsonl` with a corpus's expected reasons,
per MTA family, and leave-one-family-out (LOFO).

  scripts/score_reasons.py EXPECTED.jsonl ANSWERS.jsonl [--show N]
  scripts/score_reasons.py EXPECTED.jsonl --cli build/bouncelens-cli [--lofo] [--markdown]

Agreement is counted per expected recipient exactly as ../shared/tools/score_corpus.py counts
its "reason" column: the recipient must be found (address, or one of also_accept) and its
reason equal the expected one (Sisimai >= 5.6 merged names accepted as aliases). The family is
the manifest's "mta" field (e.g. postfix, sendmail, exim, rfc3464).

--lofo runs the CLI once per family on that family's files with
--without-rules-from=corpus:FAMILY, i.e. with every reason phrase whose provenance is a sample
of that very family switched off, and scores the family on that run. Phrases from primary
sources carry no corpus provenance, so LOFO equals the normal score unless rules were derived
from the corpus; the difference is how much a family's score depends on its own samples.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ALIASES = {'speeding': ('ratelimited',), 'toomanyconn': ('ratelimited',),
           'mesgtoobig': ('emailtoolarge',), 'exceedlimit': ('emailtoolarge',)}


def norm(a):
    return (a or '').replace('<', '').replace('>', '').strip().lower()


def load(path):
    with open(path, encoding='utf-8') as f:
        return [json.loads(l) for l in f if l.strip()]


def reason_ok(expected, got):
    return got == expected or got in ALIASES.get(expected, ())


def score(expected, answers_by_file):
    """{family: [n, ok]} and a list of misses (file, recipient, expected, got)."""
    per = collections.defaultdict(lambda: [0, 0])
    misses = []
    for e in expected:
        got = answers_by_file.get(e['file'])
        fam = e.get('mta') or '-'
        for r in e.get('recipients', []):
            if not r.get('reason'):
                continue
            per[fam][0] += 1
            names = {norm(r['recipient'])} | {norm(x) for x in r.get('also_accept', [])}
            g = None
            if got:
                g = next((x for x in got.get('recipients', []) if norm(x.get('recipient')) in names), None)
            if g is not None and reason_ok(r['reason'], g.get('reason')):
                per[fam][1] += 1
            else:
                misses.append((e['file'], r['recipient'], r['reason'], g.get('reason') if g else None))
    return per, misses


def by_file(answers, root):
    out = {}
    for a in answers:
        f = a.get('file', '')
        if os.path.isabs(f):
            f = os.path.relpath(f, root)
        out[f] = a
    return out


def run_cli(cli, root, files, origin=None):
    cmd = [cli, 'analyze', '--jsonl']
    if origin:
        cmd.append('--without-rules-from=' + origin)
    cmd += files
    out = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def pct(ok, n):
    return 100.0 * ok / n if n else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('expected')
    ap.add_argument('answers', nargs='?')
    ap.add_argument('--cli', help='bouncelens-cli to run (instead of an answers file)')
    ap.add_argument('--lofo', action='store_true', help='also score leave-one-family-out (needs --cli)')
    ap.add_argument('--markdown', action='store_true', help='print the table as Markdown')
    ap.add_argument('--show', type=int, default=0, help='list up to N disagreements')
    a = ap.parse_args()
    root = os.path.dirname(os.path.abspath(a.expected))
    expected = load(a.expected)
    if a.cli:
        cli = os.path.abspath(a.cli)
        answers = run_cli(cli, root, [e['file'] for e in expected])
    elif a.answers:
        answers = load(a.answers)
    else:
        ap.error('give ANSWERS.jsonl or --cli')
    per, misses = score(expected, by_file(answers, root))

    lofo = {}
    if a.lofo:
        if not a.cli:
            ap.error('--lofo needs --cli')
        families = collections.defaultdict(list)
        for e in expected:
            families[e.get('mta') or '-'].append(e)
        for fam, es in families.items():
            ans = run_cli(cli, root, [e['file'] for e in es], 'corpus:' + fam)
            p, _ = score(es, by_file(ans, root))
            lofo[fam] = p[fam]

    fams = sorted(per, key=lambda f: (-per[f][0], f))
    tot = [sum(per[f][0] for f in fams), sum(per[f][1] for f in fams)]
    ltot = [sum(lofo[f][0] for f in lofo), sum(lofo[f][1] for f in lofo)] if lofo else None
    if a.markdown:
        print('| family | recipients | agree | %' + (' | LOFO agree | LOFO %' if lofo else '') + ' |')
        print('|---|---:|---:|---:' + ('|---:|---:' if lofo else '') + '|')
        rows = [(f, per[f], lofo.get(f)) for f in fams] + [('**all**', tot, ltot)]
        for f, (n, ok), l in rows:
            extra = ' | %d | %.1f' % (l[1], pct(l[1], l[0])) if l else ''
            print('| %s | %d | %d | %.1f%s |' % (f, n, ok, pct(ok, n), extra))
    else:
        print('%-16s %6s %6s %7s' % ('family', 'rcpt', 'agree', '%') + ('   %6s %7s' % ('lofo', 'lofo%') if lofo else ''))
        for f in fams + ['ALL']:
            n, ok = tot if f == 'ALL' else per[f]
            line = '%-16s %6d %6d %6.1f%%' % (f, n, ok, pct(ok, n))
            if lofo:
                l = ltot if f == 'ALL' else lofo[f]
                line += '   %6d %6.1f%%' % (l[1], pct(l[1], l[0]))
            print(line)
    for m in misses[:a.show]:
        print('MISS %s %s expected=%s got=%s' % m)
    return 0


if __name__ == '__main__':
    sys.exit(main())
