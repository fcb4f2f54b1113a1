// SPDX-License-Identifier: GPL-3.0-or-later
#include "MimeReader.h"

#include "MimeBounds.h"

#include <vmime/vmime.hpp>
#include <vmime/contentTypeField.hpp>

#include <strings.h>

namespace Dsn {
namespace {

// The top-level header as vmime needs to see it: only the MIME fields (RFC 2045 section 3:
// MIME-Version and Content-*) that decide the body structure. The analyzer reads every other
// field (Received, From, DKIM-Signature, ...) from the raw bytes itself, and vmime's typed
// parsing of those fields (addresses, dates, relays, encoded words) was 40 % of its
// instructions on the corpus.
// Lines that are not a well-formed "Name:" field are kept verbatim, so vmime finds the end of
// the header exactly where it would in the full message. `removed` is the byte count taken
// out; every body offset in the skeleton plus `removed` is the offset in the input.
std::string mimeSkeleton(const QByteArray &data, qsizetype &removed)
{
    std::string out;
    out.reserve(size_t(data.size()));
    removed = 0;
    const char *p = data.constData();
    const qsizetype n = data.size();
    qsizetype pos = 0;
    bool dropping = false;
    while (pos < n) {
        qsizetype eol = data.indexOf('\n', pos);
        const qsizetype next = eol < 0 ? n : eol + 1;
        const qsizetype len = next - pos;
        if (p[pos] == '\n' || (p[pos] == '\r' && len <= 2)) // the empty line that ends the header
            break;
        const bool continuation = p[pos] == ' ' || p[pos] == '\t';
        if (!continuation) {
            qsizetype colon = pos;
            while (colon < next && p[colon] > ' ' && p[colon] < 127 && p[colon] != ':')
                ++colon;
            const bool field = colon > pos && colon < next && p[colon] == ':';
            const qsizetype nameLen = colon - pos;
            const bool mime = field
                && ((nameLen > 8 && strncasecmp(p + pos, "content-", 8) == 0)
                    || (nameLen == 12 && strncasecmp(p + pos, "mime-version", 12) == 0));
            dropping = field && !mime;
        }
        if (dropping)
            removed += len;
        else
            out.append(p + pos, size_t(len));
        pos = next;
    }
    out.append(p + pos, size_t(n - pos));
    return out;
}

QByteArray lower(const std::string &s)
{
    return QByteArray::fromStdString(s).toLower();
}

struct Walker
{
    const std::string &input; // what vmime parsed (the skeleton)
    qsizetype delta;          // skeleton offset + delta = offset in the message
    MimeTree &tree;

    // vmime's findField()/hasParameter() lower-case every name they compare (a string copy
    // each); one pass with strcasecmp over the few fields of a part is much cheaper.
    static std::shared_ptr<const vmime::headerField> field(const vmime::header &header, const char *name)
    {
        const size_t n = header.getFieldCount();
        for (size_t i = 0; i < n; ++i) {
            auto f = header.getFieldAt(i);
            if (strcasecmp(f->getName().c_str(), name) == 0)
                return f;
        }
        return nullptr;
    }

    void mediaInfo(const vmime::header &header, QByteArray &type, QByteArray &charset, QByteArray &report)
    {
        auto ctf = std::dynamic_pointer_cast<const vmime::contentTypeField>(field(header, "Content-Type"));
        if (!ctf) {
            type = "text/plain";
            return;
        }
        auto mt = ctf->getValue<vmime::mediaType>();
        type = lower(mt->getType() + '/' + mt->getSubType());
        const size_t n = ctf->getParameterCount();
        for (size_t i = 0; i < n; ++i) {
            auto p = ctf->getParameterAt(i);
            if (strcasecmp(p->getName().c_str(), "charset") == 0)
                charset = lower(p->getValue().getBuffer());
            else if (strcasecmp(p->getName().c_str(), "report-type") == 0)
                report = lower(p->getValue().getBuffer());
        }
    }

    // Content-Transfer-Encoding (RFC 2045 section 6.1); 7bit when absent.
    static std::string encodingOf(const vmime::header &header)
    {
        auto f = field(header, "Content-Transfer-Encoding");
        if (!f)
            return "7bit";
        auto enc = f->getValue<vmime::encoding>();
        return enc ? enc->getName() : std::string("7bit");
    }

    static bool wanted(const QByteArray &type)
    {
        // Only text is read; images and other attachments are never decoded (speed, memory).
        return type.startsWith("text/") || type.startsWith("message/") || type.isEmpty();
    }

    void leaf(const vmime::bodyPart &part, const QByteArray &report, int depth)
    {
        MimePart out;
        QByteArray dummy;
        mediaInfo(*part.getHeader(), out.mediaType, out.charset, dummy);
        out.reportType = report;
        out.depth = depth;
        auto body = part.getBody();
        out.rawOffset = qsizetype(body->getParsedOffset());
        out.rawLength = qsizetype(body->getParsedLength());
        if (out.mediaType.startsWith("multipart/")) {
            // A multipart whose boundary is missing or never occurs: read its body as text.
            tree.problems << QStringLiteral("%1 without usable boundary; body read as plain text")
                                 .arg(QString::fromLatin1(out.mediaType));
            out.mediaType = "text/plain";
        }
        if (wanted(out.mediaType))
            extract(*body, encodingOf(*part.getHeader()), out);
        if (out.rawOffset >= 0)
            out.rawOffset += delta; // from here on an offset in the message, not the skeleton
        tree.leaves.append(std::move(out));
    }

    void extract(const vmime::body &body, const std::string &enc, MimePart &out)
    {
        // Identity encodings (RFC 2045 section 6.2): the body is the input slice itself, which
        // spares vmime's stream adapters (the costliest step of the analysis).
        if ((enc == "7bit" || enc == "8bit" || enc == "binary") && out.rawOffset >= 0
            && size_t(out.rawOffset + out.rawLength) <= input.size()) {
            out.body = QByteArray(input.data() + out.rawOffset, out.rawLength);
            out.decoded = true;
            return;
        }
        auto contents = body.getContents();
        std::string buffer;
        vmime::utility::outputStreamStringAdapter os(buffer);
        try {
            contents->extract(os);
            out.decoded = true;
        } catch (const vmime::exception &e) {
            buffer.clear();
            contents->extractRaw(os);
            tree.problems << QStringLiteral("part %1: cannot decode %2 (%3); raw bytes used")
                                 .arg(QString::fromLatin1(out.mediaType),
                                      QString::fromStdString(enc),
                                      QString::fromUtf8(e.what()));
        }
        out.body = QByteArray::fromStdString(buffer);
    }

    void walk(const vmime::bodyPart &part, const QByteArray &report, int depth)
    {
        auto body = part.getBody();
        const size_t n = body->getPartCount();
        if (n == 0 || depth > MimeReader::MaxMultiparts) {
            leaf(part, report, depth);
            return;
        }
        QByteArray type, charset, childReport;
        mediaInfo(*part.getHeader(), type, charset, childReport);
        for (size_t i = 0; i < n; ++i)
            walk(*body->getPartAt(i), childReport.isEmpty() ? report : childReport, depth + 1);
    }
};

} // namespace

MimeTree MimeReader::read(const QByteArray &message)
{
    MimeTree tree;
    QByteArray data = message;
    if (data.size() > MaxInputBytes) {
        tree.problems << QStringLiteral("message is %1 bytes; only the first %2 bytes were parsed")
                             .arg(data.size()).arg(MaxInputBytes);
        data.truncate(MaxInputBytes);
    }
    const MimeBounds bounds = MimeBounds::scan(data, MaxMultiparts, MaxParts);
    if (bounds.tooManyMultiparts) {
        tree.problems << QStringLiteral("more than %1 multipart parts; the rest of the message (from byte %2) was not parsed")
                             .arg(MaxMultiparts).arg(bounds.cut);
    } else if (bounds.tooManyParts) {
        tree.problems << QStringLiteral("more than %1 MIME parts; the rest of the message (from byte %2) was not parsed")
                             .arg(MaxParts).arg(bounds.cut);
    }
    if (bounds.cut >= 0)
        data.truncate(bounds.cut);
    try {
        qsizetype removed = 0;
        const std::string skeleton = mimeSkeleton(data, removed);
        vmime::message msg;
        msg.parse(skeleton);
        auto header = msg.getHeader();
        tree.topHeader = data.mid(qsizetype(header->getParsedOffset()), qsizetype(header->getParsedLength()) + removed);
        QByteArray charset;
        Walker walker{skeleton, removed, tree};
        walker.mediaInfo(*header, tree.topMediaType, charset, tree.topReportType);
        walker.walk(msg, tree.topReportType, 0);
    } catch (const vmime::exception &e) {
        tree.problems << QStringLiteral("MIME parser failed: %1").arg(QString::fromUtf8(e.what()));
    } catch (const std::exception &e) {
        tree.problems << QStringLiteral("MIME parser failed: %1").arg(QString::fromUtf8(e.what()));
    }
    return tree;
}

} // namespace Dsn
