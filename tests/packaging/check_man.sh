#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Each man page renders with groff's man macros and all warnings on (-ww), with nothing on
# stderr, and man(1) formats it (what `man bouncelens-cli` shows once installed).
#   check_man.sh PAGE.1...
set -euo pipefail
status=0
for page in "$@"; do
    before=$status
    warnings=$(groff -man -ww -z "$page" 2>&1) || { echo "groff failed on $page"; status=1; }
    if [ -n "$warnings" ]; then echo "$page: $warnings"; status=1; fi
    rendered=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null) || { echo "man -l failed on $page"; status=1; }
    if [ -n "$rendered" ]; then echo "$page (man): $rendered"; status=1; fi
    name=$(basename "$page" .1)
    MANWIDTH=80 man -l "$page" 2>/dev/null | grep -q "^NAME" || { echo "$page: no NAME section rendered"; status=1; }
    MANWIDTH=80 man -l "$page" 2>/dev/null | grep -q "^ *$name - " || { echo "$page: NAME does not start with $name"; status=1; }
    [ $status -eq "$before" ] && echo "$page: ok"
done
exit $status
