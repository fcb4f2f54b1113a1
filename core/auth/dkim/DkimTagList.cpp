// SPDX-License-Identifier: GPL-3.0-or-later
#include "DkimTagList.h"

namespace Auth {

namespace {

bool isWsp(char c) { return c == ' ' || c == '\t'; }
bool isFwsByte(char c) { return isWsp(c) || c == '\r' || c == '\n'; }
bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isDigit(char c) { return c >= '0' && c <= '9'; }

// VALCHAR = %x21-3A / %x3C-7E (RFC 6376 3.2): printable ASCII except ';'.
bool isValChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x21 && u <= 0x7e && c != ';';
}

QByteArray trimFws(const QByteArray &text)
{
    int begin = 0;
    int end = text.size();
    while (begin < end && isFwsByte(text.at(begin)))
        ++begin;
    while (end > begin && isFwsByte(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

// tag-name = ALPHA *ALNUMPUNC (RFC 6376 3.2). A '-' is accepted as well: names such as
// "x-foo" are published in the wild, and unknown tags MUST be ignored anyway (3.6.1), so
// rejecting the whole record for one would make verifiers disagree for no benefit.
bool isTagName(const QByteArray &name)
{
    if (name.isEmpty() || !isAlpha(name.at(0)))
        return false;
    for (char c : name) {
        if (!isAlpha(c) && !isDigit(c) && c != '_' && c != '-')
            return false;
    }
    return true;
}

bool isTagValue(const QByteArray &value)
{
    for (char c : value) {
        if (!isValChar(c) && !isFwsByte(c))
            return false;
    }
    return true;
}

int base64Index(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (isDigit(c))
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

} // namespace

DkimTagList DkimTagList::parse(const QByteArray &text)
{
    DkimTagList list;
    const QList<QByteArray> specs = text.split(';');
    for (int i = 0; i < specs.size(); ++i) {
        const QByteArray spec = trimFws(specs.at(i));
        if (spec.isEmpty()) {
            // Only a trailing ";" is allowed by the grammar; tolerate stray empty specs too,
            // as every deployed verifier does, since they carry no meaning.
            continue;
        }
        const int eq = spec.indexOf('=');
        if (eq < 0) {
            list.m_error = QStringLiteral("tag without '=': \"%1\"").arg(QString::fromLatin1(spec.left(40)));
            return list;
        }
        Tag tag{trimFws(spec.left(eq)), trimFws(spec.mid(eq + 1))};
        if (!isTagName(tag.name)) {
            list.m_error = QStringLiteral("invalid tag name \"%1\"").arg(QString::fromLatin1(tag.name.left(40)));
            return list;
        }
        if (!isTagValue(tag.value)) {
            list.m_error = QStringLiteral("invalid character in the value of tag %1=").arg(QString::fromLatin1(tag.name));
            return list;
        }
        if (list.has(tag.name.constData())) {
            // RFC 6376 3.2: "Tags with duplicate names MUST NOT occur"; the whole list is invalid.
            list.m_error = QStringLiteral("duplicate tag %1=").arg(QString::fromLatin1(tag.name));
            return list;
        }
        list.m_tags.append(tag);
    }
    return list;
}

bool DkimTagList::has(const char *name) const
{
    return indexOf(name) >= 0;
}

int DkimTagList::indexOf(const char *name) const
{
    for (int i = 0; i < m_tags.size(); ++i) {
        if (m_tags.at(i).name == name)
            return i;
    }
    return -1;
}

std::optional<QByteArray> DkimTagList::value(const char *name) const
{
    const int i = indexOf(name);
    if (i < 0)
        return std::nullopt;
    return m_tags.at(i).value;
}

QByteArray DkimTagList::stripWhitespace(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        if (!isFwsByte(c))
            out.append(c);
    }
    return out;
}

std::optional<QByteArray> DkimTagList::decodeBase64(const QByteArray &value)
{
    const QByteArray text = stripWhitespace(value);
    int padding = 0;
    QByteArray out;
    out.reserve(text.size() * 3 / 4);
    quint32 buffer = 0;
    int bits = 0;
    for (char c : text) {
        if (c == '=') {
            ++padding;
            continue;
        }
        const int index = base64Index(c);
        if (index < 0 || padding > 0)
            return std::nullopt; // foreign byte, or data after padding
        buffer = (buffer << 6) | quint32(index);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((buffer >> bits) & 0xff));
        }
    }
    const int dataChars = text.size() - padding;
    // One leftover character can never encode a byte; padding must complete a quantum.
    if (dataChars % 4 == 1 || padding > 2 || (padding > 0 && text.size() % 4 != 0))
        return std::nullopt;
    return out;
}

QList<QByteArray> DkimTagList::splitColonList(const QByteArray &value)
{
    QList<QByteArray> items;
    for (const QByteArray &item : value.split(':'))
        items.append(trimFws(item));
    return items;
}

} // namespace Auth
