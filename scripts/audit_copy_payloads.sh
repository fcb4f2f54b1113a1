#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Audits every Copy payload BounceLens offers on the diagnosis scenarios: runs `diagnose --json`
# on tests/data/diagnosis/*.eml and `check --json` on the scenario domains against a local NSD
# (the zones of tests/screenshots/advice.sh), then pastes each record into a zone file read by
# ldns-read-zone and counts records that fail to parse, carry a placeholder, or authorize the
# forger's / a foreign relay's IP. For a binary older than the `record` JSON field, the text the
# desktop app used to cut out of the fix prose is audited instead.
#   bash scripts/audit_copy_payloads.sh build/bouncelens-cli [OTHER_CLI...]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
bins=("$@")
[ ${#bins[@]} -gt 0 ] || bins=(build/bouncelens-cli)
work=$(mktemp -d)
tmp="$work"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"' EXIT
# shellcheck source=../tests/screenshots/nsd-world.sh
. tests/screenshots/nsd-world.sh
scenario_zones
start_nsd
i=0
for bin in "${bins[@]}"; do
    i=$((i+1))
    for f in tests/data/diagnosis/*.eml; do "$bin" diagnose --json --dns "127.0.0.1:$port" "$f"; done > "$work/diag-$i.json" 2>/dev/null || true
    for d in example.org example.net shop.example fixed.example nomail.example.net; do
        "$bin" check --json --dns "127.0.0.1:$port" --ip 192.0.2.77 --selector old2023 "$d"
    done > "$work/check-$i.json" 2>/dev/null || true
done
WORK="$work" python3 - "${bins[@]}" <<'PY'
import json,subprocess,sys,tempfile,os
work=os.environ['WORK']
def objs(f):
    dec=json.JSONDecoder(); s=open(f).read(); i=0; out=[]
    while i < len(s):
        while i < len(s) and s[i].isspace(): i+=1
        if i>=len(s): break
        o,i=dec.raw_decode(s,i); out.append(o)
    return out
def parses(line):
    with tempfile.NamedTemporaryFile('w',suffix='.zone',delete=False) as t:
        t.write('$ORIGIN .\n$TTL 300\n'+line+'\n'); n=t.name
    r=subprocess.run(['ldns-read-zone',n],capture_output=True); os.unlink(n); return r.returncode==0
def copy_payloads(o,diag,prose):
    out=[]
    def walk(v):
        if isinstance(v,dict):
            if diag and 'record' in v and isinstance(v['record'],str) and 'text' in v: out.append(v['record'])
            if not diag and 'fix' in v and 'severity' in v:
                if 'record' in v: out.extend(v['record'].split('\n'))
                elif prose:
                    fx=v['fix']
                    for tag in ('v=spf1','v=DMARC1','v=DKIM1'):
                        if tag in fx: out.append(fx[fx.index(tag):].strip()); break
            for x in v.values(): walk(x)
        elif isinstance(v,list):
            for x in v: walk(x)
    walk(o); return out
for i,tag in enumerate(sys.argv[1:],1):
    def has_finding_record(v):
        if isinstance(v,dict):
            return ('severity' in v and 'record' in v) or any(has_finding_record(x) for x in v.values())
        return isinstance(v,list) and any(has_finding_record(x) for x in v)
    legacy=not any(has_finding_record(o) for o in objs(f'{work}/check-{i}.json'))
    d=[p for o in objs(f'{work}/diag-{i}.json') for p in copy_payloads(o,True,legacy)]
    c=[p for o in objs(f'{work}/check-{i}.json') for p in copy_payloads(o,False,legacy)]
    allp=sorted(set(d+c))
    bad=[p for p in allp if not parses(p)]
    ph=[p for p in allp if '<' in p]
    forged=[p for p in allp if '198.51.100.77' in p or '198.51.100.99' in p]
    print(f"{tag}: {len(allp)} distinct copy payloads ({len(set(d))} diagnose, {len(set(c))} check); fail ldns-read-zone: {len(bad)}; placeholders: {len(ph)}; authorize forger/relay IP: {len(forged)}")
    for p in bad: print('   BAD:',p[:120])
    for p in forged: print('   IP :',p[:120])
PY
