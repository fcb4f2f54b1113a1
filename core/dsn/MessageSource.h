// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

namespace Dsn {

// One message read from the inputs; `error` is set (and `data` empty) when it could not be read.
struct SourceMessage
{
    QString name;   // path as given; "dir/member"; "mbox:3" for the third message of an mbox
    QByteArray data;
    QString error;
};

// Streams messages out of files, directories (Maildir cur/new or any folder, recursively,
// sorted by name), mbox files (split at "From " lines that follow an empty line, RFC 4155)
// and standard input ("-"). An mbox is never loaded whole: memory stays bounded by the
// largest single message.
class MessageSource
{
public:
    explicit MessageSource(const QStringList &paths);
    ~MessageSource();

    // Next message, or false at the end. Unreadable inputs yield a message with `error`.
    bool next(SourceMessage &out);

private:
    bool openNext(SourceMessage &out);
    bool readRaw(QByteArray &msg);

    QStringList m_pending;         // files still to open, in order
    std::unique_ptr<QFile> m_file; // the open file (or stdin) being streamed
    QString m_fileName;
    QByteArray m_nextFromLine;     // "From " line that starts the next mbox message
    QByteArray m_lookahead;        // the message after the one being returned
    bool m_haveLookahead = false;
    bool m_mbox = false;           // the file starts with a "From " line
    int m_index = 0;               // messages returned from this file so far
};

} // namespace Dsn
