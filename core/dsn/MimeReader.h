// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Dsn {

// One leaf of the MIME tree, as the analyzer needs it.
struct MimePart
{
    QByteArray mediaType;  // lower case "type/subtype"
    QByteArray charset;    // lower case, empty when not given
    QByteArray reportType; // multipart/report's report-type of the enclosing part
    QByteArray body;       // body after Content-Transfer-Encoding decoding (raw when that failed)
    qsizetype rawOffset = -1; // body position in the input, -1 when unknown
    qsizetype rawLength = 0;
    bool decoded = false;  // false: body holds the raw encoded bytes
    int depth = 0;
};

struct MimeTree
{
    QByteArray topMediaType;
    QByteArray topReportType;
    QByteArray topHeader; // raw header block of the message
    QList<MimePart> leaves; // in document order
    QStringList problems;
};

// The vmime adapter: the only place that talks to vmime's MIME parser and catches its
// exceptions. Input is capped in size, multipart count and part count before vmime sees it
// (MimeBounds), because vmime has no limit of its own (20,000 nested multiparts take it ~100 s,
// 6,000 overflow the stack; 100,000 flat parts took 148 s).
class MimeReader
{
public:
    static constexpr qsizetype MaxInputBytes = 12 * 1024 * 1024;
    static constexpr int MaxMultiparts = 64; // occurrences of "multipart", in any case
    static constexpr int MaxParts = 5000;     // lines starting with "--" (boundary delimiters)

    // Never throws. Problems (caps applied, undecodable parts) are listed in the result.
    [[nodiscard]] static MimeTree read(const QByteArray &message);
};

} // namespace Dsn
