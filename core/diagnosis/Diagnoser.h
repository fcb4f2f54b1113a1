// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QFuture>
#include <QList>

#include "BounceFacts.h"
#include "Cause.h"
#include "LiveChecks.h"
#include "codes/LineParser.h"
#include "dsn/BounceAnalysis.h"

namespace Auth {
class PublicSuffix;
}
namespace Dns {
class LookupPool;
class Resolver;
}

namespace Diagnosis {

// What to diagnose: an analysed bounce, or one pasted reply line (set exactly one).
struct DiagnosisInput
{
    std::optional<Dsn::BounceAnalysis> analysis;
    std::optional<Codes::ParsedLine> line;
    CheckOptions options;
};

struct DiagnosisResult
{
    DiagnosisInput input;     // as given (the analysis or line is rendered next to the causes)
    BounceFacts facts;
    LiveCheckResults checks;
    QList<Cause> causes;      // ranked, most likely first; never empty (cause.unknown at worst)

    const Cause *top() const { return causes.isEmpty() ? nullptr : &causes.first(); }
    // One sentence for a person, translated ("Most likely: ... (confidence 90 %)").
    QString verdict() const;
};

// Bounce + codes + live DNS -> ranked causes. run() blocks on DNS: call it from a worker thread
// in the GUI, or use runAsync() which does so on QThreadPool::globalInstance() (the resolver, the
// pool and the PSL must outlive the future). Never throws; bad input yields cause.unknown.
class Diagnoser
{
public:
    explicit Diagnoser(Dns::Resolver &resolver);
    // Checks fan their queries out over the pool (see Auth::CheckEngine); the pool's resolver is used.
    explicit Diagnoser(Dns::LookupPool &pool);
    Diagnoser(Dns::Resolver &resolver, const Auth::PublicSuffix &psl);

    DiagnosisResult run(const DiagnosisInput &input) const;
    QFuture<DiagnosisResult> runAsync(const DiagnosisInput &input) const;

    // The rules alone, over already gathered facts and checks (used by tests and by run()).
    static QList<Cause> diagnose(const BounceFacts &facts, const LiveCheckResults &checks, const Auth::PublicSuffix &psl);

private:
    Dns::Resolver &m_resolver;
    Dns::LookupPool *m_pool = nullptr;
    const Auth::PublicSuffix &m_psl;
};

} // namespace Diagnosis
