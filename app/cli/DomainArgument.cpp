// SPDX-License-Identifier: GPL-3.0-or-later
#include "DomainArgument.h"

#include <QCoreApplication>
#include <QStringList>

#include "util/TerminalText.h"

namespace Cli {
namespace {

// lupdate files these tr() calls under the namespace they are written in, "Cli"
// (translations/*.ts); the same context here, or the translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// Label separators of IDNA (RFC 3490 section 3.1): full stop and its ideographic and
// full-width forms.
bool isDot(QChar c)
{
    return c == u'.' || c == u'\u3002' || c == u'\uff0e' || c == u'\uff61';
}

QString describe(QChar c)
{
    if (c == u' ')
        return tr("a space");
    if (c.isSpace())
        return tr("white space");
    if (c.unicode() < 0x20 || c.unicode() == 0x7f || (c.unicode() >= 0x80 && c.unicode() <= 0x9f))
        return tr("a control character (%1)").arg(Util::escapeTerminal(QString(c)));
    return QStringLiteral("\"%1\"").arg(c);
}

} // namespace

QString domainArgumentError(const QString &name)
{
    if (name.isEmpty())
        return tr("the name is empty");
    QString labelsText = name;
    if (isDot(labelsText.back()))
        labelsText.chop(1);
    if (labelsText.isEmpty())
        return tr("the name has no labels");
    for (const QChar c : labelsText) {
        const char16_t u = c.unicode();
        const bool ascii = u < 0x80;
        const bool allowed = ascii ? ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')
                                      || u == '-' || u == '_' || u == '.')
                                   : (isDot(c) || c.isLetterOrNumber() || c.isMark() || c.isSurrogate());
        if (!allowed)
            return tr("it contains %1").arg(describe(c));
    }
    qsizetype total = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= labelsText.size(); ++i) {
        if (i < labelsText.size() && !isDot(labelsText.at(i)))
            continue;
        const QStringView label = QStringView(labelsText).mid(start, i - start);
        if (label.isEmpty())
            return tr("it has an empty label");
        if (label.front() == u'-' || label.back() == u'-')
            return tr("the label \"%1\" starts or ends with \"-\"").arg(label.toString());
        bool asciiLabel = true;
        for (const QChar c : label)
            asciiLabel = asciiLabel && c.unicode() < 0x80;
        if (asciiLabel && label.size() > 63)
            return tr("the label \"%1\" is longer than 63 characters").arg(label.left(20).toString() + QStringLiteral("..."));
        total += label.size() + 1;
        start = i + 1;
    }
    if (total - 1 > 253)
        return tr("the name is longer than 253 characters");
    return QString();
}

} // namespace Cli
