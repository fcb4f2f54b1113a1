// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliLanguage.h"

#include <QCoreApplication>

#include "util/Translations.h"

namespace Cli {

namespace {

bool isEnglish(const QString &lang)
{
    // "C" and "POSIX" are the portable locale (POSIX XBD 7.2): untranslated messages.
    return lang.isEmpty() || lang == QLatin1String("C") || lang == QLatin1String("POSIX") || lang == QLatin1String("en")
        || lang.startsWith(QLatin1String("en_"));
}

} // namespace

QCommandLineOption langOption()
{
    return QCommandLineOption(QStringLiteral("lang"),
                              QCoreApplication::translate("CliLanguage", "Language of the readable output (en, de, fr; default: the locale of LC_ALL, LC_MESSAGES or LANG). JSON stays English."),
                              QStringLiteral("LANG"));
}

QString localeLanguage()
{
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        QString value = qEnvironmentVariable(name);
        if (value.isEmpty())
            continue; // POSIX: an empty variable counts as unset
        value = value.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
        return isEnglish(value) ? QString() : value;
    }
    return QString();
}

void useLanguage(const QString &lang, QTextStream &err)
{
    const QString wanted = lang.isEmpty() ? localeLanguage() : lang;
    if (isEnglish(wanted))
        return;
    if (!Util::installTranslators(wanted) && !lang.isEmpty())
        err << QCoreApplication::translate("CliLanguage", "No translation for \"%1\"; using English.").arg(lang) << '\n';
}

void useLanguageForHelp(const QStringList &args, QTextStream &err)
{
    if (!args.contains(QLatin1String("--help")) && !args.contains(QLatin1String("-h")))
        return;
    QString lang;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[i + 1];
        else if (args[i].startsWith(QLatin1String("--lang=")))
            lang = args[i].mid(7);
    }
    useLanguage(lang, err);
}

} // namespace Cli
