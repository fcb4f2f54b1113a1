// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpfMacro.h"

#include <algorithm>

#include <QRegularExpression>
#include <QStringList>

#include "dns/DnsName.h"

namespace Auth {

namespace {

const QString delimiters = QStringLiteral(".-+,/_=");

bool isMacroLetter(QChar c, bool inExplanation)
{
    const QChar lower = c.toLower();
    if (QStringLiteral("slodiphv").contains(lower))
        return true;
    return inExplanation && QStringLiteral("crt").contains(lower);
}

// One "%{...}" body: letter, digits, optional 'r', delimiters.
struct Expand
{
    QChar letter;
    int keep = 0; // 0 = all
    bool reverse = false;
    QString delimiters;
};

// Parses the macro starting at text[pos] == '%'; returns the index after it, or -1 when invalid.
int parseMacro(const QString &text, int pos, bool inExplanation, Expand *out, QString *literal)
{
    if (pos + 1 >= text.size())
        return -1;
    const QChar next = text.at(pos + 1);
    if (next == QLatin1Char('%') || next == QLatin1Char('_') || next == QLatin1Char('-')) {
        *literal = next == QLatin1Char('%') ? QStringLiteral("%") : next == QLatin1Char('_') ? QStringLiteral(" ") : QStringLiteral("%20");
        return pos + 2;
    }
    if (next != QLatin1Char('{') || pos + 2 >= text.size() || !isMacroLetter(text.at(pos + 2), inExplanation))
        return -1;
    literal->clear();
    out->letter = text.at(pos + 2);
    int i = pos + 3;
    QString digits;
    while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128)
        digits += text.at(i++);
    if (!digits.isEmpty()) {
        out->keep = digits.size() > 4 ? 9999 : digits.toInt();
        if (out->keep == 0) // 7.1: "If a DIGIT is specified, the value MUST be nonzero."
            return -1;
    }
    if (i < text.size() && text.at(i).toLower() == QLatin1Char('r')) {
        out->reverse = true;
        ++i;
    }
    while (i < text.size() && delimiters.contains(text.at(i)))
        out->delimiters += text.at(i++);
    if (i >= text.size() || text.at(i) != QLatin1Char('}'))
        return -1;
    return i + 1;
}

QString urlEscape(const QString &value)
{
    QString out;
    for (const char c : value.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '.' || u == '_' || u == '~')
            out += QLatin1Char(c);
        else
            out += QStringLiteral("%%1").arg(u, 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

QString letterValue(QChar letter, const SpfMacroContext &ctx)
{
    bool isV4 = false;
    const quint32 v4 = ctx.ip.toIPv4Address(&isV4);
    switch (letter.toLower().unicode()) {
    case 's': return ctx.localPart + QLatin1Char('@') + ctx.senderDomain;
    case 'l': return ctx.localPart;
    case 'o': return ctx.senderDomain;
    case 'd': return ctx.domain;
    case 'h': return ctx.helo;
    case 'r': return ctx.receiver.isEmpty() ? QStringLiteral("unknown") : ctx.receiver;
    case 't': return QString::number(ctx.timestamp);
    case 'v': return isV4 ? QStringLiteral("in-addr") : QStringLiteral("ip6");
    case 'p': return ctx.validatedName ? ctx.validatedName() : QStringLiteral("unknown");
    case 'i': return isV4 ? QHostAddress(v4).toString() : Dns::DnsName::ip6Nibbles(ctx.ip);
    case 'c': return isV4 ? QHostAddress(v4).toString() : ctx.ip.toString().toLower();
    default: return QString();
    }
}

// 7.3: split on the delimiters, optionally reverse, keep the right-most parts, join with '.'.
QString transform(const QString &value, const Expand &e)
{
    if (e.keep == 0 && !e.reverse && e.delimiters.isEmpty())
        return value;
    const QString delims = e.delimiters.isEmpty() ? QStringLiteral(".") : e.delimiters;
    QStringList parts;
    QString current;
    for (const QChar c : value) {
        if (delims.contains(c)) {
            parts.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(current);
    if (e.reverse)
        std::reverse(parts.begin(), parts.end());
    if (e.keep > 0 && e.keep < parts.size())
        parts = parts.mid(parts.size() - e.keep);
    return parts.join(QLatin1Char('.'));
}

} // namespace

bool SpfMacro::isValid(const QString &text, bool inExplanation, QString *error)
{
    for (int i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%')) {
            Expand e;
            QString literal;
            const int end = parseMacro(text, i, inExplanation, &e, &literal);
            if (end < 0) {
                if (error)
                    *error = QStringLiteral("invalid macro at \"%1\"").arg(text.mid(i, 8));
                return false;
            }
            i = end;
            continue;
        }
        // 7.1: macro-literal is %x21-24 / %x26-7E; explain-string also allows SP.
        const bool ok = (c.unicode() >= 0x21 && c.unicode() <= 0x7E) || (inExplanation && c == QLatin1Char(' '));
        if (!ok) {
            if (error)
                *error = QStringLiteral("invalid character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            return false;
        }
        ++i;
    }
    return true;
}

QString SpfMacro::expand(const QString &text, const SpfMacroContext &context, bool inExplanation)
{
    QString out;
    for (int i = 0; i < text.size();) {
        if (text.at(i) != QLatin1Char('%')) {
            out += text.at(i++);
            continue;
        }
        Expand e;
        QString literal;
        const int end = parseMacro(text, i, inExplanation, &e, &literal);
        if (end < 0) { // not valid: keep the text as it is (callers validate first)
            out += text.at(i++);
            continue;
        }
        if (!literal.isNull() && !literal.isEmpty()) {
            out += literal;
        } else {
            const QString value = transform(letterValue(e.letter, context), e);
            out += e.letter.isUpper() ? urlEscape(value) : value;
        }
        i = end;
    }
    return out;
}

QString SpfMacro::expandDomain(const QString &text, const SpfMacroContext &context)
{
    QString name = expand(text, context, false);
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    while (name.toUtf8().size() > 253 && name.contains(QLatin1Char('.')))
        name = name.section(QLatin1Char('.'), 1);
    return name;
}

bool SpfMacro::containsMacro(const QString &text)
{
    return text.contains(QLatin1Char('%'));
}

} // namespace Auth
