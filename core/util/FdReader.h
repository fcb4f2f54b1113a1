// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Util {

// Opens `path` for reading only if it is a regular file (after following symbolic links).
// FIFOs, devices, sockets, directories, dangling links and link loops are refused with a
// reason in `error` (e.g. "not a regular file (a FIFO); skipped") instead of blocking on a
// FIFO or reading /dev/zero forever. The open itself is non-blocking and the type is checked
// again on the descriptor (fstat), so a file swapped for a FIFO after stat() cannot block.
// Returns the descriptor (blocking mode, close-on-exec) and its size, or -1.
int openRegularFile(const QString &path, qint64 *size, QString *error);

// Buffered reads from a file descriptor that block until they have what they ask for or the
// end of input: a pipe whose writer pauses is read to its end, never one read() and done.
// Every call is bounded by its own size argument, so no input can make it hold more.
class FdReader
{
public:
    FdReader(int fd, bool closeOnDestruction);
    ~FdReader();
    FdReader(const FdReader &) = delete;
    FdReader &operator=(const FdReader &) = delete;

    // Up to `max` bytes; fewer only at the end of input.
    QByteArray read(qsizetype max);
    // The next line with its '\n', or at most `max` bytes of it; empty at the end of input.
    QByteArray readLine(qsizetype max);
    // The next `n` bytes without consuming them (fewer at the end of input).
    QByteArray peek(qsizetype n);
    // Discards up to `max` bytes; returns how many were discarded.
    qint64 skip(qint64 max);
    bool atEnd();
    QString errorString() const { return m_error; }

private:
    bool fill(); // one read(2) into the buffer; false at the end of input or on error
    qsizetype buffered() const { return m_buffer.size() - m_pos; }

    int m_fd;
    bool m_close;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    QString m_error;
};

// Reads standard input to its end, at most `max` bytes; `*more` is set when input went on.
QByteArray readStandardInput(qsizetype max, bool *more);

} // namespace Util
