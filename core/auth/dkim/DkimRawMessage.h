// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Auth {

// A message split into header fields and body WITHOUT re-generating any byte: DKIM hashes
// the bytes as received (RFC 6376 3.4), so every field keeps its original folding and case.
class DkimRawMessage
{
public:
    struct Field
    {
        QByteArray name; // as written, WSP before the colon removed (compare case-insensitively)
        QByteArray raw;  // the whole field including folding and the final CRLF
        int colon = -1;  // offset of ':' in raw; -1 for a line that is not a field
    };

    // Lines end in CRLF. A message with no CR at all (saved with Unix line ends) is converted
    // LF -> CRLF first, the SMTP form it was signed in; anything else is kept byte for byte.
    static DkimRawMessage fromBytes(const QByteArray &bytes);

    const QList<Field> &fields() const { return m_fields; }
    const QByteArray &body() const { return m_body; } // after the empty line; empty if none
    bool convertedLineEnds() const { return m_convertedLineEnds; }

    QList<int> fieldIndexes(const QByteArray &lowerName) const; // top to bottom
    static QByteArray fieldValue(const Field &field);          // raw after the colon, CRLF removed

private:
    void split(const QByteArray &bytes);

    QList<Field> m_fields;
    QByteArray m_body;
    bool m_convertedLineEnds = false;
};

} // namespace Auth
