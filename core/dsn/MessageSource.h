// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "MimeReader.h"

namespace Util {
class FdReader;
}

namespace Dsn {

// One message read from the inputs; `error` is set (and `data` empty) when it could not be read.
struct SourceMessage
{
    QString name;   // path as given; "dir/member"; "mbox:3" for the third message of an mbox
    QByteArray data;
    QString error;
    QStringList problems; // e.g. the message was larger than the cap and only its start was read
};

// Streams messages out of files, directories (Maildir cur/new or any folder, recursively,
// sorted by name), mbox files (split at "From " lines that follow an empty line, RFC 4155)
// and standard input ("-", read to its end however slowly it arrives). An mbox is never
// loaded whole, and no message is held beyond `maxMessageBytes` (the rest of it is skipped
// and a problem says so): memory stays bounded whatever the input. Only regular files are
// read: FIFOs, devices, sockets, dangling links and link loops, named or found in a
// directory, yield a message with an `error` that says why they were skipped.
class MessageSource
{
public:
    explicit MessageSource(const QStringList &paths, qsizetype maxMessageBytes = DefaultMaxMessageBytes);
    ~MessageSource();

    // The analyzer's own cut (MimeReader::MaxInputBytes): what lies past it would not be
    // parsed anyway, so it is not even held in memory.
    static constexpr qsizetype DefaultMaxMessageBytes = MimeReader::MaxInputBytes;

    // Next message, or false at the end. Unreadable inputs yield a message with `error`.
    bool next(SourceMessage &out);

private:
    bool openNext(SourceMessage &out);
    bool readRaw(QByteArray &msg, QStringList &problems);

    QStringList m_pending;         // files still to open, in order
    qsizetype m_max;
    std::unique_ptr<Util::FdReader> m_file; // the open file (or stdin) being streamed
    QString m_fileName;
    qint64 m_fileSize = -1;        // from stat(); -1 for standard input
    QByteArray m_nextFromLine;     // "From " line that starts the next mbox message
    QByteArray m_lookahead;        // the message after the one being returned
    QStringList m_lookaheadProblems;
    bool m_haveLookahead = false;
    bool m_mbox = false;           // the file starts with a "From " line
    bool m_singleRead = false;     // not an mbox, and its one message was read
    int m_index = 0;               // messages returned from this file so far
};

} // namespace Dsn
