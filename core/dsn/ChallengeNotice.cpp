// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChallengeNotice.h"

#include <iterator>

#include "util/PhraseScanner.h"

namespace Dsn {
namespace {

// The request is the notice's first paragraph; the head bounds the cost of long texts.
constexpr qsizetype ChallengeScanChars = 1000;

enum class Weight { Strong, Weak, Product };

struct Phrase
{
    const char *text; // lower case
    Weight weight;
    const char *product; // for Product phrases: the filter's name
};

// Strong: a sentence only a challenge writes (one is enough). Weak: words a bounce may also
// use; they count next to a product name or a filter's own header. Sources: TMDA's
// templates/confirm_request.txt ("is being held because the address ... has not been
// verified", "To release your message for delivery"), Active Spam Killer's
// templates/confirm_en.txt ("requires confirmation before it can be delivered") and its
// "Please confirm (conf#...)" subject (askmessage.py), qconfirm-check(1) ("defers messages
// from unknown envelope senders ... until a reply to the confirmation request is received"),
// and the wordings of issue 13 ("please confirm you are a human", "your message is held until
// you verify").
const Phrase phrases[] = {
    {"until you verify", Weight::Strong, nullptr},
    {"until you confirm", Weight::Strong, nullptr},
    {"until you reply", Weight::Strong, nullptr},
    {"you are a human", Weight::Strong, nullptr},
    {"you are human", Weight::Strong, nullptr},
    {"you are a real person", Weight::Strong, nullptr},
    {"requires confirmation before it can be delivered", Weight::Strong, nullptr},
    {"to release your message", Weight::Strong, nullptr},
    {"is being held because the address", Weight::Strong, nullptr},
    {"please confirm your message", Weight::Strong, nullptr},
    {"please confirm (conf#", Weight::Strong, nullptr},
    {"confirmation request", Weight::Weak, nullptr},
    {"please confirm", Weight::Weak, nullptr},
    {"has not been verified", Weight::Weak, nullptr},
    {"sender verification", Weight::Weak, nullptr},
    {"verification request", Weight::Weak, nullptr},
    {"verify your", Weight::Weak, nullptr},
    {"approved sender", Weight::Weak, nullptr},
    {"whitelist", Weight::Weak, nullptr},
    {"allowlist", Weight::Weak, nullptr},
    {"is held", Weight::Weak, nullptr},
    {"is being held", Weight::Weak, nullptr},
    {"has been held", Weight::Weak, nullptr},
    {"challenge", Weight::Weak, nullptr},
    {"tmda", Weight::Product, "tmda"},
    {"active spam killer", Weight::Product, "ask"},
    {"qconfirm", Weight::Product, "qconfirm"},
    {"spam arrest", Weight::Product, "spamarrest"},
    {"spamarrest", Weight::Product, "spamarrest"},
    {"boxbe", Weight::Product, "boxbe"},
    {"sendio", Weight::Product, "sendio"},
    {"mailinblack", Weight::Product, "mailinblack"},
    {"mailchannels", Weight::Product, "mailchannels"},
};

// ASCII lower case with each run of white space folded to one space: notices wrap their
// lines anywhere. One pass, no intermediate copies (this runs on most messages).
QString folded(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    bool space = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == ' ' || u == '\t' || u == '\n' || u == '\r') {
            space = true;
            continue;
        }
        if (space)
            *o++ = QLatin1Char(' ');
        space = false;
        *o++ = QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
    }
    out.truncate(o - out.constData());
    return out;
}

const Util::PhraseScanner &scanner()
{
    static const Util::PhraseScanner s([] {
        QStringList out;
        for (const Phrase &p : phrases)
            out << QString::fromLatin1(p.text);
        return out;
    }());
    return s;
}

// A filter's own header on its notices: ASK writes X-AskVersion (askmail.py), TMDA writes
// X-Delivery-Agent: TMDA/<version> (AutoResponse.py; also on its real failure notices, so it
// counts only as a product name).
QString productFromHeader(const QList<RawHeader> &header)
{
    if (!TextDecoding::headerValue(header, "X-AskVersion").isEmpty())
        return QStringLiteral("ask");
    if (TextDecoding::headerValue(header, "X-Delivery-Agent").trimmed().toLower().startsWith("tmda"))
        return QStringLiteral("tmda");
    return {};
}

} // namespace

QString ChallengeNotice::detect(const QList<RawHeader> &header, const QString &subject, QStringView text)
{
    bool strong = false;
    bool weak = false;
    QString product = productFromHeader(header);
    auto visit = [&](int index, qsizetype) {
        const Phrase &p = phrases[index];
        strong |= p.weight == Weight::Strong;
        weak |= p.weight == Weight::Weak;
        if (p.weight == Weight::Product && product.isEmpty())
            product = QString::fromLatin1(p.product);
        return true;
    };
    scanner().scan(folded(subject), visit);
    scanner().scan(folded(text.left(ChallengeScanChars)), visit);
    if (strong || (weak && !product.isEmpty()))
        return product.isEmpty() ? QStringLiteral("challenge-response") : product;
    return {};
}

} // namespace Dsn
