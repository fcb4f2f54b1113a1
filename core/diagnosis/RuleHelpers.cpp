// SPDX-License-Identifier: GPL-3.0-or-later
#include "RuleHelpers.h"

#include <algorithm>

#include "auth/common/DomainCheckQueries.h"

namespace Diagnosis {

Evidence RuleHelpers::dnsEvidence(const Dns::Answer &a, const Text &text)
{
    Evidence e;
    e.source = Evidence::Source::Dns;
    e.text = text;
    e.query = Dns::rrTypeName(a.type) + QLatin1Char(' ') + a.name;
    e.server = a.server;
    e.outcome = Dns::outcomeName(a.outcome);
    e.answer = Auth::DomainCheckQueries::evidence(a);
    return e;
}

Evidence RuleHelpers::checkEvidence(const QString &query, const QString &server, const QString &outcome,
                                    const QString &answer, const Text &text)
{
    Evidence e;
    e.source = Evidence::Source::Dns;
    e.text = text;
    e.query = query;
    e.server = server;
    e.outcome = outcome;
    e.answer = answer;
    return e;
}

Text RuleHelpers::thenText(const RemoteVerdict *remote)
{
    if (!remote)
        return Text();
    // "spf=fail" is the Authentication-Results method and result as the remote wrote them
    // (RFC 8601 2.2): kept as they are; the words around them are whole translatable patterns.
    const QString verdict = remote->check + QLatin1Char('=') + remote->result;
    const bool domain = !remote->domain.isEmpty();
    const bool ip = !remote->ip.isEmpty();
    if (domain && ip)
        return Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 for %2 from %3"), {verdict, remote->domain, remote->ip});
    if (domain)
        return Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 for %2"), {verdict, remote->domain});
    if (ip)
        return Text(QT_TRANSLATE_NOOP("Diagnosis", "%1 from %2"), {verdict, remote->ip});
    return Text::verbatim(verdict);
}

ThenVsNow RuleHelpers::compare(const char *check, const RemoteVerdict *remote, const Text &now, bool nowFails,
                               bool nowUnknown)
{
    ThenVsNow t;
    t.check = QString::fromLatin1(check);
    t.then = thenText(remote);
    t.now = now;
    if (nowUnknown)
        t.state = ThenVsNow::State::Unknown;
    else if (!remote)
        t.state = ThenVsNow::State::NotComparable;
    else if (remote->failed())
        t.state = nowFails ? ThenVsNow::State::StillBroken : ThenVsNow::State::FixedSince;
    else
        t.state = nowFails ? ThenVsNow::State::NotComparable : ThenVsNow::State::Unchanged;
    return t;
}

double RuleHelpers::confirmed(const CauseSet &causes, const QString &id, const RemoteVerdict *remote, double alone)
{
    if (remote && remote->failed())
        return 0.95;
    const Cause *c = causes.find(id);
    if (!c)
        return alone;
    // The message named this cause outright: the check settles it. A weak hint (e.g. only the
    // generic "authfailure" reason) gains less.
    return c->confidence >= 0.6 ? 0.9 : std::max(alone, c->confidence + 0.25);
}

} // namespace Diagnosis
