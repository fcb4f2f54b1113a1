// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Cli {

// The "--lang LANG" option every command shares: the language of the readable output.
QCommandLineOption langOption();

// The language the readable output uses when --lang is not given: the user's message locale as
// POSIX orders it (LC_ALL, then LC_MESSAGES, then LANG; XBD 8.2), without ".UTF-8" or
// "@modifier". Empty for C/POSIX or nothing set: English.
QString localeLanguage();

// Installs the translation of the readable output: lang when given, else localeLanguage().
// A --lang without a translation prints a warning to err and keeps English; a locale without
// one keeps English silently (as the desktop app does). JSON output never calls this: it stays
// English whatever the language.
void useLanguage(const QString &lang, QTextStream &err);

// For "--help": the option texts are built before the command line is parsed, so a command
// asked for help installs the language first, from "--lang X"/"--lang=X" in args or the locale.
// Does nothing unless args hold --help or -h.
void useLanguageForHelp(const QStringList &args, QTextStream &err);

} // namespace Cli
