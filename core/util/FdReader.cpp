// SPDX-License-Identifier: GPL-3.0-or-later
#include "FdReader.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QFile>

namespace Util {
namespace {

constexpr qsizetype ChunkBytes = 64 * 1024;

QString typeName(mode_t mode)
{
    if (S_ISFIFO(mode))
        return QStringLiteral("a FIFO");
    if (S_ISCHR(mode))
        return QStringLiteral("a character device");
    if (S_ISBLK(mode))
        return QStringLiteral("a block device");
    if (S_ISSOCK(mode))
        return QStringLiteral("a socket");
    if (S_ISDIR(mode))
        return QStringLiteral("a directory");
    return QStringLiteral("not a file");
}

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

} // namespace

int openRegularFile(const QString &path, qint64 *size, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::stat(native.constData(), &st) != 0) {
        *error = QStringLiteral("cannot open: %1").arg(systemError(errno));
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = QStringLiteral("not a regular file (%1); skipped").arg(typeName(st.st_mode));
        return -1;
    }
    int fd;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *error = QStringLiteral("cannot open: %1").arg(systemError(errno));
        return -1;
    }
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        *error = QStringLiteral("not a regular file (%1); skipped").arg(typeName(st.st_mode));
        ::close(fd);
        return -1;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    *size = qint64(st.st_size);
    return fd;
}

FdReader::FdReader(int fd, bool closeOnDestruction) : m_fd(fd), m_close(closeOnDestruction) {}

FdReader::~FdReader()
{
    if (m_close && m_fd >= 0)
        ::close(m_fd);
}

bool FdReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0 && m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + ChunkBytes);
    ssize_t n;
    do {
        n = ::read(m_fd, m_buffer.data() + old, size_t(ChunkBytes));
    } while (n < 0 && errno == EINTR);
    if (n <= 0) {
        if (n < 0)
            m_error = systemError(errno);
        m_eof = true;
        m_buffer.resize(old);
        return false;
    }
    m_buffer.resize(old + qsizetype(n));
    return true;
}

QByteArray FdReader::read(qsizetype max)
{
    QByteArray out;
    while (out.size() < max) {
        if (buffered() == 0 && !fill())
            break;
        const qsizetype take = qMin(buffered(), max - out.size());
        out.append(m_buffer.constData() + m_pos, take);
        m_pos += take;
    }
    return out;
}

QByteArray FdReader::readLine(qsizetype max)
{
    QByteArray out;
    while (out.size() < max) {
        if (buffered() == 0 && !fill())
            break;
        const qsizetype want = qMin(buffered(), max - out.size());
        const char *start = m_buffer.constData() + m_pos;
        const void *nl = std::memchr(start, '\n', size_t(want));
        const qsizetype take = nl ? qsizetype(static_cast<const char *>(nl) - start) + 1 : want;
        out.append(start, take);
        m_pos += take;
        if (nl)
            break;
    }
    return out;
}

QByteArray FdReader::peek(qsizetype n)
{
    if (m_pos > 0) { // keep the unread bytes at the start so that fill() appends after them
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    while (buffered() < n && fill()) {
    }
    return m_buffer.mid(m_pos, n);
}

qint64 FdReader::skip(qint64 max)
{
    qint64 done = 0;
    while (done < max) {
        if (buffered() == 0 && !fill())
            break;
        const qsizetype take = qsizetype(qMin<qint64>(buffered(), max - done));
        m_pos += take;
        done += take;
    }
    return done;
}

bool FdReader::atEnd()
{
    return buffered() == 0 && !fill();
}

QByteArray readStandardInput(qsizetype max, bool *more)
{
    FdReader in(STDIN_FILENO, false);
    QByteArray data = in.read(max);
    *more = !in.atEnd();
    return data;
}

} // namespace Util
