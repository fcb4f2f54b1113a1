// SPDX-License-Identifier: GPL-3.0-or-later
#include "DkimRawMessage.h"

namespace Auth {

namespace {

DkimRawMessage::Field makeField(const QByteArray &raw)
{
    DkimRawMessage::Field field;
    field.raw = raw;
    field.colon = raw.indexOf(':');
    const int lineEnd = raw.indexOf('\r');
    if (field.colon < 0 || (lineEnd >= 0 && lineEnd < field.colon)) {
        field.colon = -1; // a line without a colon is not a header field (RFC 5322 2.2)
        return field;
    }
    field.name = raw.left(field.colon);
    while (!field.name.isEmpty() && (field.name.endsWith(' ') || field.name.endsWith('\t')))
        field.name.chop(1);
    return field;
}

} // namespace

DkimRawMessage DkimRawMessage::fromBytes(const QByteArray &bytes)
{
    DkimRawMessage message;
    if (!bytes.contains('\r') && bytes.contains('\n')) {
        QByteArray converted = bytes;
        converted.replace("\n", "\r\n");
        message.m_convertedLineEnds = true;
        message.split(converted);
    } else {
        message.split(bytes);
    }
    return message;
}

void DkimRawMessage::split(const QByteArray &bytes)
{
    qsizetype pos = 0;
    qsizetype fieldStart = -1;
    while (pos < bytes.size()) {
        qsizetype eol = bytes.indexOf("\r\n", pos);
        const qsizetype next = eol < 0 ? bytes.size() : eol + 2;
        const bool emptyLine = eol == pos;
        const bool continuation = !emptyLine && (bytes.at(pos) == ' ' || bytes.at(pos) == '\t');
        if (!continuation && fieldStart >= 0) {
            m_fields.append(makeField(bytes.mid(fieldStart, pos - fieldStart)));
            fieldStart = -1;
        }
        if (emptyLine) {
            m_body = bytes.mid(next); // RFC 5322 2.1: the body follows the first empty line
            return;
        }
        if (!continuation || fieldStart < 0)
            fieldStart = fieldStart < 0 ? pos : fieldStart;
        pos = next;
    }
    if (fieldStart >= 0)
        m_fields.append(makeField(bytes.mid(fieldStart)));
}

QList<int> DkimRawMessage::fieldIndexes(const QByteArray &lowerName) const
{
    QList<int> indexes;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).colon >= 0 && m_fields.at(i).name.toLower() == lowerName)
            indexes.append(i);
    }
    return indexes;
}

QByteArray DkimRawMessage::fieldValue(const Field &field)
{
    QByteArray value = field.raw.mid(field.colon + 1);
    if (value.endsWith("\r\n"))
        value.chop(2);
    return value;
}

} // namespace Auth
