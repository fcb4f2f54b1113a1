// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextDecoding.h"

#include <vmime/vmime.hpp>

#include <QHash>
#include <QMutex>
#include <QStringDecoder>

namespace Dsn {
namespace {

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = dec(bytes);
    return !dec.hasError();
}

bool isAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// vmime's iconv converter for charsets Qt does not know.
QString decodeWithVmime(const QByteArray &bytes, const QByteArray &charset, bool *ok)
{
    try {
        std::string out;
        vmime::charset::convert(bytes.toStdString(), out, vmime::charset(charset.toStdString()),
                                vmime::charset(vmime::charsets::UTF_8));
        *ok = true;
        return QString::fromStdString(out);
    } catch (const vmime::exception &) {
        *ok = false;
        return {};
    }
}

QByteArray normaliseCharset(const QByteArray &charset)
{
    QByteArray cs = charset.trimmed().toLower();
    if (cs == "us-ascii" || cs == "ascii" || cs == "ansi_x3.4-1968")
        return "utf-8"; // ASCII is a subset; 8-bit bytes in "us-ascii" parts are usually UTF-8
    if (cs == "shift-jis" || cs == "sjis" || cs == "x-sjis" || cs == "cp932" || cs == "windows-31j")
        return "shift_jis";
    if (cs == "ks_c_5601-1987")
        return "euc-kr";
    return cs;
}

} // namespace

QString TextDecoding::decode(const QByteArray &bytes, const QByteArray &charset)
{
    if (isAscii(bytes) && !bytes.contains('\x1b'))
        return QString::fromLatin1(bytes);
    QByteArray cs = normaliseCharset(charset);
    if (cs.isEmpty() || cs == "utf-8" || cs == "utf8") {
        if (bytes.contains("\x1b$B") || bytes.contains("\x1b$@"))
            cs = "iso-2022-jp";
        else if (isUtf8(bytes))
            return QString::fromUtf8(bytes);
        else if (cs.isEmpty() || cs.startsWith("utf"))
            cs = "windows-1252";
    }
    QStringDecoder dec(cs.constData());
    if (dec.isValid())
        return dec(bytes);
    bool ok = false;
    const QString viaVmime = decodeWithVmime(bytes, cs, &ok);
    return ok ? viaVmime : QString::fromLatin1(bytes);
}

QString TextDecoding::decodeHeader(const QByteArray &value)
{
    if (!value.contains("=?"))
        return decode(value, QByteArray());
    try {
        auto text = vmime::text::decodeAndUnfold(value.toStdString());
        return QString::fromStdString(text->getConvertedText(vmime::charset(vmime::charsets::UTF_8))).trimmed();
    } catch (const vmime::exception &) {
        return QString::fromLatin1(value);
    }
}

QList<RawHeader> TextDecoding::splitHeaders(const QByteArray &block, qsizetype *bodyStart)
{
    QList<RawHeader> out;
    qsizetype pos = 0;
    const qsizetype n = block.size();
    while (pos < n) {
        qsizetype eol = block.indexOf('\n', pos);
        if (eol < 0)
            eol = n;
        QByteArray line = block.mid(pos, eol - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype next = eol + 1;
        if (line.isEmpty()) {
            pos = next;
            break;
        }
        if ((line[0] == ' ' || line[0] == '\t') && !out.isEmpty()) {
            out.last().value += ' ' + line.trimmed();
        } else {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || line.left(colon).contains(' ')) {
                if (out.isEmpty() && !line.startsWith("From ")) {
                    break; // not a header block at all
                }
            } else {
                out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
        }
        pos = next;
    }
    if (bodyStart)
        *bodyStart = qMin(pos, n);
    return out;
}

QByteArray TextDecoding::headerValue(const QList<RawHeader> &headers, const char *name)
{
    for (const RawHeader &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QString TextDecoding::htmlToText(const QString &html)
{
    static const QHash<QString, QChar> entities = {
        {QStringLiteral("amp"), QLatin1Char('&')}, {QStringLiteral("lt"), QLatin1Char('<')},
        {QStringLiteral("gt"), QLatin1Char('>')},  {QStringLiteral("quot"), QLatin1Char('"')},
        {QStringLiteral("nbsp"), QLatin1Char(' ')}, {QStringLiteral("apos"), QLatin1Char('\'')},
    };
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = html[i];
        if (c == QLatin1Char('<')) {
            const qsizetype end = html.indexOf(QLatin1Char('>'), i);
            if (end < 0)
                break;
            const QString tag = html.mid(i + 1, qMin<qsizetype>(end - i - 1, 8)).toLower();
            if (tag.startsWith(QLatin1String("br")) || tag.startsWith(QLatin1String("/p")) || tag.startsWith(QLatin1String("/tr"))
                || tag.startsWith(QLatin1String("/div")) || tag.startsWith(QLatin1String("p")) || tag.startsWith(QLatin1String("hr"))
                || tag.startsWith(QLatin1String("/h")) || tag.startsWith(QLatin1String("li")))
                out += QLatin1Char('\n');
            else if (tag.startsWith(QLatin1String("/td")))
                out += QLatin1Char(' ');
            if (tag.startsWith(QLatin1String("style")) || tag.startsWith(QLatin1String("script"))) {
                const QLatin1String closeTag(tag.startsWith(QLatin1String("style")) ? "</style" : "</script");
                const qsizetype close = html.indexOf(closeTag, end, Qt::CaseInsensitive);
                i = close < 0 ? end : html.indexOf(QLatin1Char('>'), close);
                if (i < 0)
                    break;
                continue;
            }
            i = end;
        } else if (c == QLatin1Char('&')) {
            const qsizetype semi = html.indexOf(QLatin1Char(';'), i);
            if (semi > i && semi - i < 10) {
                const QString name = html.mid(i + 1, semi - i - 1);
                if (name.startsWith(QLatin1Char('#'))) {
                    bool ok = false;
                    const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok);
                    if (ok) {
                        out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                        i = semi;
                        continue;
                    }
                } else if (entities.contains(name.toLower())) {
                    out += entities.value(name.toLower());
                    i = semi;
                    continue;
                }
            }
            out += c;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace Dsn
