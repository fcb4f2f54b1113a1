# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the screenshot and audit scripts: a local NSD serving zones they describe, on a
# free loopback port (never the system resolver). Needs $tmp (a scratch directory) and the
# array pids (killed by the caller's cleanup).
#   zone NAME 'RECORD' ...   add a zone (records relative to NAME)
#   scenario_zones           the world of tests/integration/TestDiagnosisScenarios.cpp
#   start_nsd                start NSD with the zones added so far; sets $port

zone() {
    local name=$1; shift
    { printf '$ORIGIN %s.\n$TTL 300\n@ IN SOA ns.%s. hostmaster.%s. 1 3600 600 86400 300\n@ IN NS ns.%s.\nns IN A 127.0.0.1\n' \
        "$name" "$name" "$name" "$name"; printf '%s\n' "$@"; } > "$tmp/$name.zone"
    printf 'zone:\n  name: %s\n  zonefile: "%s"\n' "$name" "$tmp/$name.zone" >> "$tmp/zones.conf"
}

scenario_zones() {
    zone example.org '@ IN TXT "v=spf1 ip4:192.0.2.10 include:_spf.esp.example.net ~all"' \
        '_dmarc IN TXT "v=DMARC1; p=reject; rua=mailto:dmarc@example.org"' '@ IN MX 10 mail.example.org.' \
        'mail IN A 192.0.2.10' 'mail2 IN A 192.0.2.44'
    zone example.net '_spf.esp IN TXT "v=spf1 ip4:203.0.113.0/24 -all"' 'mailer.esp IN TXT "v=spf1 ip4:203.0.113.0/24 -all"' \
        'mailer.esp IN A 203.0.113.25'
    zone 2.0.192.in-addr.arpa '44 IN PTR mail2.example.org.'
    zone 113.0.203.in-addr.arpa '25 IN PTR mailer.esp.example.net.'
    zone com 'victim.example IN MX 10 mx.victim.example.com.' 'mx.victim.example IN A 198.51.100.80' \
        'contoso.example IN MX 10 contoso-example-com.mail.protection.outlook.example.' 'gmail IN MX 5 mx.gmail.com.' 'mx.gmail IN A 142.250.27.26'
    zone gmail.com '@ IN MX 5 mx.gmail.com.' 'mx IN A 142.250.27.26'
    zone zen.spamhaus.org '44.2.0.192 IN A 127.0.0.3'
}

start_nsd() {
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    cat > "$tmp/nsd.conf" <<CONF
server:
  ip-address: 127.0.0.1@$port
  username: ""
  chroot: ""
  database: ""
  zonelistfile: "$tmp/zone.list"
  pidfile: "$tmp/nsd.pid"
  xfrdfile: "$tmp/xfrd.state"
  logfile: "$tmp/nsd.log"
  rrl-ratelimit: 0
  rrl-whitelist-ratelimit: 0
remote-control:
  control-enable: no
CONF
    cat "$tmp/zones.conf" >> "$tmp/nsd.conf"
    nsd -d -c "$tmp/nsd.conf" & pids+=($!)
    sleep 0.5
}

: > "$tmp/zones.conf"
