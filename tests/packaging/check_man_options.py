#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The man pages and --help agree: every long option a program prints in --help is in its man
page, every option the man page names is accepted, and every bouncelens-cli command has a
section. Catches a page left behind when an option is added or renamed.
    check_man_options.py BOUNCELENS BOUNCELENS_CLI MAN_DIR"""
import os
import re
import subprocess
import sys

OPTION = re.compile(r"(?<![\w-])--([a-z][a-z-]*)")
MAN_OPTION = re.compile(r"\\-\\-([a-z](?:[a-z]|\\-)*)")


def help_text(*argv):
    env = dict(os.environ, DISPLAY="", WAYLAND_DISPLAY="")
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=60)
    if done.returncode != 0:
        sys.exit(f"{' '.join(argv)} exited {done.returncode}: {done.stderr}")
    return done.stdout


def man_options(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return text, {m.replace("\\-", "-") for m in MAN_OPTION.findall(text)}


def compare(what, from_help, page):
    text, in_man = man_options(page)
    failures = []
    for opt in sorted(from_help - in_man):
        failures.append(f"{what}: --{opt} is in --help but not in {os.path.basename(page)}")
    for opt in sorted(in_man - from_help):
        failures.append(f"{what}: {os.path.basename(page)} names --{opt}, which --help does not list")
    return text, failures


def main():
    gui, cli, man_dir = sys.argv[1:4]
    failures = []

    # --help lists BounceLens's own options; --help-all would add Qt's (-platform, --qmljsdebugger).
    gui_options = set(OPTION.findall(help_text(gui, "--help")))
    _, f = compare("bouncelens", gui_options, os.path.join(man_dir, "bouncelens.1"))
    failures += f

    overview = help_text(cli, "--help")
    commands = re.findall(r"^  ([a-z]+) ", overview, re.M)
    if not commands:
        sys.exit("bouncelens-cli --help lists no command")
    cli_options = {"help", "version"}
    for command in commands:
        cli_options |= set(OPTION.findall(help_text(cli, command, "--help")))
    text, f = compare("bouncelens-cli", cli_options, os.path.join(man_dir, "bouncelens-cli.1"))
    failures += f
    for command in commands:
        if not re.search(rf"^\.SS {command} ", text, re.M):
            failures.append(f"bouncelens-cli.1 has no section for the command {command}")

    for line in failures:
        print(line)
    print(f"{len(commands)} commands, {len(cli_options)} CLI options, {len(gui_options)} app options; "
          f"{len(failures)} disagreements")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
