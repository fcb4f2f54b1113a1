// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageSource.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <cstdio>

namespace Dsn {
namespace {

QStringList expand(const QStringList &paths)
{
    QStringList out;
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (p != QLatin1String("-") && fi.isDir()) {
            QStringList files;
            QDirIterator it(p, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
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

} // namespace

MessageSource::MessageSource(const QStringList &paths) : m_pending(expand(paths)) {}

MessageSource::~MessageSource() = default;

bool MessageSource::next(SourceMessage &out)
{
    out = SourceMessage{};
    while (true) {
        if (m_file) {
            // One message of lookahead tells whether the file is a multi-message mbox.
            QByteArray current = std::move(m_lookahead);
            const bool hadCurrent = m_haveLookahead;
            m_haveLookahead = readRaw(m_lookahead);
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
    auto file = std::make_unique<QFile>();
    const bool ok = m_fileName == QLatin1String("-") ? file->open(stdin, QIODevice::ReadOnly)
                                                   : (file->setFileName(m_fileName), file->open(QIODevice::ReadOnly));
    if (!ok) {
        out.name = m_fileName;
        out.error = QStringLiteral("cannot open: %1").arg(file->errorString());
        return true;
    }
    // A ".eml" file is one message even when it starts with an mbox "From " line and quotes
    // an unescaped one further down (returned originals often do).
    m_mbox = file->peek(5) == "From " && !m_fileName.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive);
    m_file = std::move(file);
    m_index = 0;
    m_haveLookahead = false;
    m_lookahead.clear();
    m_nextFromLine.clear();
    return false;
}

// Reads one message up to the next "From " separator line (one that follows an empty line,
// RFC 4155 section 2). Returns false when the file has no more data.
bool MessageSource::readRaw(QByteArray &msg)
{
    if (!m_mbox) { // a single message: any "From " line inside it is body text
        msg = m_file->readAll();
        return !msg.isEmpty();
    }
    msg = m_nextFromLine;
    m_nextFromLine.clear();
    bool prevEmpty = true;
    while (!m_file->atEnd()) {
        QByteArray line = m_file->readLine();
        if (line.startsWith("From ") && prevEmpty && !msg.isEmpty()) {
            m_nextFromLine = line;
            return true;
        }
        prevEmpty = line == "\n" || line == "\r\n";
        msg += line;
    }
    return !msg.isEmpty();
}

} // namespace Dsn
