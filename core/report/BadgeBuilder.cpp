// SPDX-License-Identifier: GPL-3.0-or-later
#include "BadgeBuilder.h"

#include "HtmlReportBuilder.h"

namespace Report {

namespace {

constexpr double kNamedCause = 0.3; // the diagnosis names causes from here on (Diagnoser)

const MessageCheck *messageCheck(const ReportModel &model, const QString &check)
{
    for (const MessageCheck &m : model.messageChecks)
        if (m.check == check)
            return &m;
    return nullptr;
}

// Whether a cause concerns the domain a recipient-side check looked at: a cause about another
// recipient's domain (one bounce, several domains) does not colour this badge.
bool concerns(const Cause &c, const MessageCheck *m)
{
    if (!m || m->check != QLatin1String("mx") || m->target.isEmpty() || c.recipients.isEmpty())
        return true;
    for (const QString &r : c.recipients)
        if (r.endsWith(QLatin1Char('@') + m->target, Qt::CaseInsensitive))
            return true;
    return false;
}

// A named cause about this check that today's DNS does not show fixed.
bool causeSaysFailed(const ReportModel &model, const QString &check, const MessageCheck *m = nullptr)
{
    for (const Cause &c : model.causes) {
        if (c.confidence < kNamedCause || BadgeBuilder::checkOfCause(c.id) != check || !concerns(c, m))
            continue;
        bool fixed = false;
        for (const ThenVsNow &t : c.thenVsNow)
            fixed |= t.check == check && (t.state == QLatin1String("fixed-since") || t.state == QLatin1String("unchanged"));
        if (!fixed)
            return true;
    }
    return false;
}

QString subjectOf(const ReportModel &model, const Check &c)
{
    if (c.id == QLatin1String("ptr") || (c.id == QLatin1String("dnsbl") && !model.original.sendingIp.isEmpty()))
        return model.original.sendingIp;
    return model.domain;
}

} // namespace

QString BadgeBuilder::checkOfCause(const QString &causeId)
{
    static const QList<QPair<QString, QString>> map{
        {QStringLiteral("cause.spf-not-authorized"), QStringLiteral("spf")},
        {QStringLiteral("cause.spf-broken"), QStringLiteral("spf")},
        {QStringLiteral("cause.dkim-missing-or-failing"), QStringLiteral("dkim")},
        {QStringLiteral("cause.dmarc-policy-reject"), QStringLiteral("dmarc")},
        {QStringLiteral("cause.no-ptr"), QStringLiteral("ptr")},
        {QStringLiteral("cause.blocklisted"), QStringLiteral("dnsbl")},
        {QStringLiteral("cause.recipient-domain-no-mail"), QStringLiteral("mx")},
        {QStringLiteral("cause.recipient-domain-typo"), QStringLiteral("mx")},
    };
    for (const auto &p : map)
        if (p.first == causeId)
            return p.second;
    return QString();
}

QList<Badge> BadgeBuilder::build(const ReportModel &model)
{
    // A forged message's checks describe the forger's server: that they fail is your
    // protection working, not something for you to fix.
    const bool forged = !model.causes.isEmpty() && model.causes.first().id == QLatin1String("cause.backscatter");
    // Everything but the recipient's MX was about the forger's server.
    auto forgers = [forged](const MessageCheck &m) { return forged && m.check != QLatin1String("mx"); };
    QList<Badge> out;
    for (const Check &c : model.checks) {
        Badge b;
        b.check = c.id;
        b.state = c.state;
        const QString subject = subjectOf(model, c);
        const QString name = subject.isEmpty() ? c.id.toUpper() : tr("%1 %2").arg(c.id.toUpper(), subject);
        const MessageCheck *m = messageCheck(model, c.id);
        const QString published = HtmlReportBuilder::stateWord(c.state);
        if (!m)
            b.text = tr("%1: %2").arg(name, published);
        else if (forgers(*m))
            b.text = tr("%1 — published: %2 · the forged message: %3").arg(name, published, m->text);
        else if (m->subject.isEmpty() || m->subject == subject)
            b.text = tr("%1 — published: %2 · this message: %3").arg(name, published, m->text);
        else // e.g. the sender's MX panel next to the recipient domain this bounce is about
            b.text = tr("%1 — published: %2 · %3: %4").arg(name, published, m->subject, m->text);
        if (m && !forgers(*m) && stateBadness(m->state) > stateBadness(b.state))
            b.state = m->state;
        if (causeSaysFailed(model, c.id, m) && stateBadness(b.state) < stateBadness(State::Error)) {
            // Not checked (lookups off) stays grey: it is not a pass, and no check failed today.
            if (c.state != State::NotChecked && c.state != State::Pending)
                b.state = State::Error;
            if (!m)
                b.text = tr("%1 — published: %2 · the diagnosis names it as a cause").arg(name, HtmlReportBuilder::stateWord(c.state));
        }
        out.append(b);
    }
    // Checks of this message that have no panel of their own (e.g. the recipient's MX of a
    // pasted line) still get a badge.
    for (const MessageCheck &m : model.messageChecks) {
        if (model.findCheck(m.check))
            continue;
        Badge b;
        b.check = m.check;
        const QString subject = m.subject.isEmpty() ? model.domain : m.subject;
        if (forgers(m)) {
            b.state = State::Info;
            b.text = tr("%1 %2 — the forged message: %3").arg(m.check.toUpper(), subject, m.text);
        } else {
            b.state = causeSaysFailed(model, m.check, &m) && stateBadness(m.state) < stateBadness(State::Error) ? State::Error : m.state;
            b.text = tr("%1 %2: %3").arg(m.check.toUpper(), subject, m.text);
        }
        out.append(b);
    }
    return out;
}

void BadgeBuilder::applyDomainVerdict(ReportModel &model)
{
    int errors = 0, warnings = 0, unknown = 0;
    for (const Check &c : model.checks) {
        errors += c.state == State::Error;
        warnings += c.state == State::Warning;
        unknown += c.state == State::Unknown;
    }
    model.verdictState = errors ? State::Error : unknown ? State::Unknown : warnings ? State::Warning : State::Ok;
    if (!errors && !warnings && !unknown) {
        model.verdict = tr("%1 publishes everything checked here correctly.").arg(model.domain);
        return;
    }
    QStringList parts;
    if (errors)
        parts << tr("%n failing", nullptr, errors);
    if (warnings)
        parts << tr("%n with warnings", nullptr, warnings);
    if (unknown)
        parts << tr("%n not answered by the DNS", nullptr, unknown);
    model.verdict = tr("%1: %2.").arg(model.domain, parts.join(QStringLiteral(", ")));
}

} // namespace Report
