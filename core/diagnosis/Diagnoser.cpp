// SPDX-License-Identifier: GPL-3.0-or-later
#include "Diagnoser.h"

#include "SendingIp.h"
#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include "CauseSet.h"
#include "CheckRules.h"
#include "ConsistencyPass.h"
#include "ReplyExcerpt.h"
#include "FixCatalog.h"
#include "MessageRules.h"
#include "SendingIp.h"
#include "auth/common/PublicSuffix.h"
#include "dns/LookupPool.h"

namespace Diagnosis {

namespace {

// Below this nothing explains the bounce well enough to be named alone.
constexpr double kUnknownThreshold = 0.3;

void addUnknown(const BounceFacts &facts, CauseSet &causes)
{
    double best = 0;
    for (const Cause &c : causes.causes())
        best = std::max(best, c.confidence);
    if (best >= kUnknownThreshold)
        return;
    const Text why = facts.recipients.isEmpty()
        ? Text(QT_TRANSLATE_NOOP("Diagnosis", "No failed recipient or reply text was found in the input."))
        : Text(QT_TRANSLATE_NOOP("Diagnosis", "No rule explains this reply with enough confidence."));
    Cause &c = causes.add(QStringLiteral("cause.unknown"), std::max(0.3, 1.0 - best), why);
    if (const RecipientFacts *r = facts.primary()) {
        Evidence e = r->source;
        e.text = Text(QT_TRANSLATE_NOOP("Diagnosis", "The reply was: \"%1\"."), {ReplyExcerpt::of(r->text, QString(), 400)});
        addEvidence(c, e);
    }
}

} // namespace

Diagnoser::Diagnoser(Dns::Resolver &resolver) : Diagnoser(resolver, Auth::PublicSuffix::system()) {}

Diagnoser::Diagnoser(Dns::LookupPool &pool)
    : m_resolver(pool.resolver()), m_pool(&pool), m_psl(Auth::PublicSuffix::system())
{
}

Diagnoser::Diagnoser(Dns::Resolver &resolver, const Auth::PublicSuffix &psl) : m_resolver(resolver), m_psl(psl) {}

QList<Cause> Diagnoser::diagnose(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl)
{
    CauseSet causes;
    MessageRules::apply(facts, causes);
    CheckRules::apply(facts, checks, psl, causes);
    addUnknown(facts, causes);
    QList<Cause> ranked = causes.ranked();
    ConsistencyPass::apply(ranked, facts, checks, psl);
    FixCatalog::complete(ranked);
    return ranked;
}

DiagnosisResult Diagnoser::run(const DiagnosisInput &input) const
{
    DiagnosisResult result;
    result.input = input;
    if (result.input.analysis) {
        SendingIp::settle(*result.input.analysis); // the JSON's "sending_ip" is the checked one
        result.facts = BounceFacts::fromAnalysis(*result.input.analysis);
    }
    else if (input.line)
        result.facts = BounceFacts::fromLine(*input.line);
    result.checks = LiveChecks(m_resolver, m_pool, m_psl).run(result.facts, input.options);
    result.causes = diagnose(result.facts, result.checks, m_psl);
    return result;
}

QFuture<DiagnosisResult> Diagnoser::runAsync(const DiagnosisInput &input) const
{
    const Diagnoser self = *this;
    return QtConcurrent::run([self, input]() { return self.run(input); });
}

QString DiagnosisResult::verdict() const
{
    const Cause *c = top();
    if (!c)
        return QString();
    const QString percent = QString::number(qRound(c->confidence * 100));
    if (c->id == QLatin1String("cause.backscatter"))
        return QCoreApplication::translate("Diagnosis", "Your address was forged (confidence %1 %): this bounce is for a message you did not send, and nothing failed in your own delivery.").arg(percent);
    if (c->id == QLatin1String("cause.fixed-since"))
        return QCoreApplication::translate("Diagnosis", "Looks fixed since the bounce (confidence %1 %): today's DNS no longer shows the failure the receiver reported. Resend.").arg(percent);
    return c->retryHelps
        ? QCoreApplication::translate("Diagnosis", "Most likely: %1 (confidence %2 %). Resending later can help.").arg(c->title(true), percent)
        : QCoreApplication::translate("Diagnosis", "Most likely: %1 (confidence %2 %). Resending unchanged will not help.").arg(c->title(true), percent);
}

} // namespace Diagnosis
