// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonWriter.h"

namespace Util {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.empty()) {
        if (!m_empty.back())
            m_out += ',';
        m_empty.back() = false;
    }
}

void JsonWriter::open(char c)
{
    separate();
    m_out += c;
    m_empty.push_back(true);
}

void JsonWriter::close(char c)
{
    m_out += c;
    if (!m_empty.empty())
        m_empty.pop_back();
}

void JsonWriter::key(QLatin1StringView name)
{
    separate();
    appendString(QByteArrayView(name.data(), name.size()));
    m_out += ':';
    m_afterKey = true;
}

void JsonWriter::value(const QString &s)
{
    separate();
    appendString(s.toUtf8());
}

void JsonWriter::value(bool b)
{
    separate();
    m_out += b ? "true" : "false";
}

void JsonWriter::value(qint64 n)
{
    separate();
    m_out += QByteArray::number(n);
}

void JsonWriter::value(const QStringList &list)
{
    beginArray();
    for (const QString &s : list)
        value(s);
    endArray();
}

// RFC 8259 section 7: quotation mark, reverse solidus and the control characters U+0000 to
// U+001F must be escaped. UTF-8 continuation bytes are >= 0x80, so a byte-wise pass over the
// UTF-8 form is exact. (Lone UTF-16 surrogates were already replaced by toUtf8().)
void JsonWriter::appendString(QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        m_out.append(utf8.data() + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        default:
            m_out += "\\u00";
            m_out += hex[c >> 4];
            m_out += hex[c & 0xF];
        }
    }
    m_out.append(utf8.data() + plainFrom, utf8.size() - plainFrom);
    m_out += '"';
}

} // namespace Util
