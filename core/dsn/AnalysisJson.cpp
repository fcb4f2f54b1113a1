// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalysisJson.h"

#include <QJsonDocument>

#include "util/JsonWriter.h"

namespace Dsn {

namespace {

// "reason_evidence": what decided the reason; start/end index diagnostic_code.
void writeEvidence(Util::JsonWriter &w, const RecipientResult &r)
{
    using L = QLatin1StringView;
    const Codes::ReasonEvidence &ev = r.reasonEvidence;
    if (ev.kind.isEmpty())
        return;
    w.key(L("reason_evidence"));
    w.beginObject();
    w.member(L("kind"), ev.kind);
    w.member(L("rule"), ev.rule);
    w.member(L("source"), ev.source);
    w.member(L("confidence"), qint64(qRound(ev.confidence * 100))); // percent
    if (ev.start >= 0 && ev.end <= r.diagnosticCode.size()) {
        w.member(L("start"), qint64(ev.start));
        w.member(L("end"), qint64(ev.end));
        w.member(L("matched"), r.diagnosticCode.mid(ev.start, ev.end - ev.start));
    }
    w.endObject();
}

} // namespace

// Written directly, in the order of the documented format: this runs for every message of a
// batch, where a QJsonObject per message plus its serialisation was an eighth of the time.
QByteArray AnalysisJson::toJsonLine(const BounceAnalysis &a, const QString &file)
{
    using L = QLatin1StringView;
    Util::JsonWriter w;
    w.beginObject();
    w.member(L("file"), file);
    w.member(L("kind"), kindName(a.kind));
    w.member(L("mta"), a.mta);
    w.member(L("reporting_mta"), a.reportingMta);
    w.member(L("arrival_date"), a.arrivalDate);
    w.key(L("recipients"));
    w.beginArray();
    for (const RecipientResult &r : a.recipients) {
        w.beginObject();
        w.member(L("recipient"), r.address);
        if (!r.addressCompletedFrom.isEmpty()) {
            // The bounce named only a local part; the domain came from its own context.
            w.member(L("recipient_as_written"), r.addressAsWritten);
            w.member(L("recipient_completed_from"), r.addressCompletedFrom);
        }
        w.member(L("action"), r.action);
        w.member(L("status"), r.status);
        w.member(L("replycode"), r.replyCode);
        w.member(L("reason"), r.reason);
        if (r.statusDerived)
            w.member(L("status_derived"), true);
        writeEvidence(w, r);
        w.member(L("hardbounce"), r.hardBounce);
        w.member(L("diagnostic_code"), r.diagnosticCode);
        w.member(L("remote_mta"), r.remoteMta);
        w.member(L("command"), r.command);
        w.member(L("last_attempt"), r.lastAttempt);
        if (!r.feedbackType.isEmpty())
            w.member(L("feedbacktype"), r.feedbackType);
        w.endObject();
    }
    w.endArray();
    if (a.original.present) {
        const OriginalMessage &m = a.original;
        w.key(L("original"));
        w.beginObject();
        w.member(L("from"), m.from);
        w.member(L("to"), m.to);
        w.member(L("subject"), m.subject);
        w.member(L("message_id"), m.messageId);
        w.member(L("date"), m.date);
        w.member(L("sending_ip"), m.sendingIp);
        w.key(L("dkim"));
        w.beginArray();
        for (const DkimSignature &d : m.dkim) {
            w.beginObject();
            w.member(L("d"), d.domain);
            w.member(L("s"), d.selector);
            w.endObject();
        }
        w.endArray();
        w.member(L("authentication_results"), m.authenticationResults);
        w.key(L("received"));
        w.beginArray();
        for (const ReceivedHop &h : m.received) {
            w.beginObject();
            w.member(L("from"), h.from);
            w.member(L("by"), h.by);
            w.member(L("ip"), h.ip);
            w.member(L("time"), h.time);
            if (h.delaySeconds >= 0)
                w.member(L("delay_s"), qint64(h.delaySeconds));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.member(L("problems"), a.problems);
    w.endObject();
    QByteArray out = w.take();
    out += '\n';
    return out;
}

// The one field list is toJsonLine()'s; the app and the diagnosis (one message at a time)
// read it back as an object.
QJsonObject AnalysisJson::toJson(const BounceAnalysis &a, const QString &file)
{
    return QJsonDocument::fromJson(toJsonLine(a, file)).object();
}

} // namespace Dsn
