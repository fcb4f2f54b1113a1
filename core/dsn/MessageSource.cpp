// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageSource.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <unistd.h>

#include "util/FdReader.h"

namespace Dsn {
namespace {

QStringList expand(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (p != QLatin1String("-") && fi.isDir()) {
            QStringList files;
            // QDir::System lists FIFOs, sockets, devices and dangling links too, so that they
            // are reported as skipped (openNext) rather than left out without a word.
            QDirIterator it(p, QDir::Files | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (!QFileInfo(f).fileName().startsWith(QLatin1Char('.')))
                    files << f;
            }
            files.sort();
            out += files;
        } else {
            out << p;
        }
    }
    return out;
}

// Lines of an mbox are read in pieces of at most this size: a "line" of 1 GB without a
// newline is never held whole.
constexpr qsizetype LinePieceBytes = 64 * 1024;

QString tooLarge(qint64 size, qsizetype kept)
{
    return QStringLiteral("message is %1 bytes; only the first %2 bytes were read").arg(size).arg(kept);
}

} // namespace

MessageSource::MessageSource(const QStringList &paths, qsizetype maxMessageBytes)
    : m_pending(expand(paths)), m_max(maxMessageBytes)
{
}

MessageSource::~MessageSource() = default;

bool MessageSource::next(SourceMessage &out)
{
    out = SourceMessage{};
    while (true) {
        if (m_file) {
            // One message of lookahead tells whether the file is a multi-message mbox.
            QByteArray current = std::move(m_lookahead);
            QStringList currentProblems = std::move(m_lookaheadProblems);
            const bool hadCurrent = m_haveLookahead;
            m_lookaheadProblems.clear();
            m_haveLookahead = readRaw(m_lookahead, m_lookaheadProblems);
            if (!hadCurrent && m_index == 0) {
                if (!m_haveLookahead) { // empty file: still one (empty) message
                    out.name = m_fileName;
                    out.data = QByteArray("");
                    m_file.reset();
                    return true;
                }
                continue;
            }
            if (!hadCurrent) {
                m_file.reset();
                continue;
            }
            out.name = (m_index == 0 && !m_haveLookahead) ? m_fileName
                                                          : m_fileName + QLatin1Char(':') + QString::number(m_index + 1);
            out.data = std::move(current);
            out.problems = std::move(currentProblems);
            ++m_index;
            if (!m_haveLookahead)
                m_file.reset();
            return true;
        }
        if (m_pending.isEmpty())
            return false;
        if (openNext(out))
            return true;
    }
}

// Opens the next input. Returns true when it produced a message (an error) directly.
bool MessageSource::openNext(SourceMessage &out)
{
    m_fileName = m_pending.takeFirst();
    if (m_fileName == QLatin1String("-")) {
        m_file = std::make_unique<Util::FdReader>(STDIN_FILENO, false);
        m_fileSize = -1;
    } else {
        qint64 size = 0;
        QString error;
        const int fd = Util::openRegularFile(m_fileName, &size, &error);
        if (fd < 0) {
            out.name = m_fileName;
            out.error = error;
            return true;
        }
        m_file = std::make_unique<Util::FdReader>(fd, true);
        m_fileSize = size;
    }
    // A ".eml" file is one message even when it starts with an mbox "From " line and quotes
    // an unescaped one further down (returned originals often do).
    m_mbox = m_file->peek(5) == "From " && !m_fileName.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive);
    m_index = 0;
    m_haveLookahead = false;
    m_lookahead.clear();
    m_lookaheadProblems.clear();
    m_nextFromLine.clear();
    m_singleRead = false;
    return false;
}

// Reads one message up to the next "From " separator line (one that follows an empty line,
// RFC 4155 section 2). Returns false when the file has no more data. At most m_max bytes
// are kept; the rest of an oversized message is read past (not held) and counted.
bool MessageSource::readRaw(QByteArray &msg, QStringList &problems)
{
    if (!m_mbox) { // a single message: any "From " line inside it is body text
        if (m_singleRead)
            return false; // what lies past the cap is not another message
        m_singleRead = true;
        msg = m_file->read(m_max);
        if (!m_file->atEnd()) { // not read further: a pipe may never end, a file's size is known
            problems << (m_fileSize >= 0 ? tooLarge(m_fileSize, msg.size())
                                         : QStringLiteral("message is more than %1 bytes; only the first %1 bytes were read")
                                               .arg(msg.size()));
        }
        return !msg.isEmpty();
    }
    msg = m_nextFromLine;
    m_nextFromLine.clear();
    qint64 dropped = 0;
    bool prevEmpty = true;
    bool atLineStart = true;
    while (!m_file->atEnd()) {
        const QByteArray piece = m_file->readLine(LinePieceBytes);
        const bool lineStart = atLineStart;
        atLineStart = piece.endsWith('\n');
        if (lineStart && piece.startsWith("From ") && prevEmpty && !msg.isEmpty()) {
            m_nextFromLine = piece;
            break;
        }
        prevEmpty = lineStart && (piece == "\n" || piece == "\r\n");
        const qsizetype room = m_max - msg.size();
        if (piece.size() <= room) {
            msg += piece;
        } else {
            msg += piece.left(room);
            dropped += piece.size() - room;
        }
    }
    if (dropped > 0)
        problems << tooLarge(qint64(msg.size()) + dropped, msg.size());
    return !msg.isEmpty();
}

} // namespace Dsn
