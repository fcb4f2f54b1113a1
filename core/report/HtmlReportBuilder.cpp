// SPDX-License-Identifier: GPL-3.0-or-later
#include "HtmlReportBuilder.h"

#include "LogOverviewHtml.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QFile>

#include "BadgeBuilder.h"
#include "ReportLabels.h"
#include "util/HtmlEscape.h"

namespace Report {

namespace {

using Util::escapeHtml;

// Raw bounce text beyond this is cut for display (the exports keep the model's full data).
constexpr int kMaxRawChars = 256 * 1024;

QString css()
{
    static const QString sheet = [] {
        QFile file(QStringLiteral(":/report/report.css"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }();
    return sheet;
}

// CSP hash source of the inline style sheet (CSP Level 2, "hash-source").
QString styleHash(const QString &sheet)
{
    const QByteArray digest = QCryptographicHash::hash(sheet.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("'sha256-") + QString::fromLatin1(digest.toBase64()) + QStringLiteral("'");
}

QString tag(const QString &name, const QString &safeInner, const QString &cls = {})
{
    const QString open = cls.isEmpty() ? QStringLiteral("<%1>").arg(name)
                                       : QStringLiteral("<%1 class=\"%2\">").arg(name, cls);
    return open + safeInner + QStringLiteral("</%1>").arg(name);
}

QString listItems(const QStringList &items)
{
    QString out;
    for (const QString &item : items)
        out += tag(QStringLiteral("li"), escapeHtml(item));
    return out;
}

QString row(const QString &safeKey, const QString &safeValue)
{
    return QStringLiteral("<tr><th scope=\"row\">") + safeKey + QStringLiteral("</th><td>") + safeValue
        + QStringLiteral("</td></tr>");
}

QString formatDelay(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("–");
    if (seconds < 120)
        return HtmlReportBuilder::tr("%n s", nullptr, int(seconds));
    if (seconds < 7200)
        return HtmlReportBuilder::tr("%n min", nullptr, int(seconds / 60));
    return HtmlReportBuilder::tr("%n h", nullptr, int(seconds / 3600));
}

struct Span
{
    int start;
    int length;
    QString id;
    QString label;
};

QList<Span> collectSpans(const ReportModel &model, int textSize)
{
    QList<Span> spans;
    auto add = [&](const QList<Field> &fields, const QString &prefix) {
        for (int i = 0; i < fields.size(); ++i) {
            const Field &f = fields.at(i);
            if (f.start >= 0 && f.length > 0 && f.start + f.length <= textSize)
                spans.append({f.start, f.length, prefix + QString::number(i), f.name});
        }
    };
    add(model.messageFields, QStringLiteral("m-"));
    for (int r = 0; r < model.recipients.size(); ++r)
        add(model.recipients.at(r).fields, QStringLiteral("r%1-").arg(r));
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    return spans;
}

} // namespace

QString HtmlReportBuilder::stateIcon(State state)
{
    switch (state) {
    case State::Ok: return QStringLiteral("✔");
    case State::Info: return QStringLiteral("ℹ");
    case State::Warning: return QStringLiteral("⚠");
    case State::Error: return QStringLiteral("✖");
    case State::Unknown: return QStringLiteral("?");
    case State::Pending: return QStringLiteral("…");
    case State::NotChecked: return QStringLiteral("–");
    }
    return QString();
}

QString HtmlReportBuilder::stateWord(State state)
{
    switch (state) {
    case State::Ok: return tr("Pass");
    case State::Info: return tr("Info");
    case State::Warning: return tr("Warning");
    case State::Error: return tr("Fail");
    case State::Unknown: return tr("Unknown — no usable DNS answer"); // timeout, SERVFAIL or REFUSED: never "missing"
    case State::Pending: return tr("Checking…");
    case State::NotChecked: return tr("Not checked");
    }
    return QString();
}

QString HtmlReportBuilder::whoActsText(const QString &whoActs)
{
    if (whoActs == QLatin1String("sender"))
        return tr("You (the sender)");
    if (whoActs == QLatin1String("sender-admin"))
        return tr("Your mail admin");
    if (whoActs == QLatin1String("recipient"))
        return tr("The recipient");
    if (whoActs == QLatin1String("recipient-admin"))
        return tr("The recipient's mail admin");
    if (whoActs == QLatin1String("nobody-retry"))
        return tr("Nobody — wait and retry");
    if (whoActs == QLatin1String("nobody"))
        return tr("Nobody — nothing of yours failed");
    return whoActs.isEmpty() ? tr("Not known") : whoActs;
}

QString HtmlReportBuilder::badge(State state)
{
    return QStringLiteral("<span class=\"badge state-%1\"><span class=\"icon\" aria-hidden=\"true\">%2</span> %3</span>")
        .arg(stateName(state), stateIcon(state), stateWord(state).toHtmlEscaped());
}

QString HtmlReportBuilder::copyLink(const QString &key, const Options &options)
{
    if (!options.interactive)
        return QString();
    return QStringLiteral("<a class=\"button\" role=\"button\" href=\"bouncelens://action/copy/%1\" "
                          "aria-label=\"%2\">%3</a>")
        .arg(escapeHtml(key), tr("Copy record to clipboard").toHtmlEscaped(), tr("Copy").toHtmlEscaped());
}

QString HtmlReportBuilder::page(const QString &title, const QString &safeBody, const Options &options)
{
    const QString sheet = css();
    // Only our inline sheet (by hash) and data: images; no script, no fetch, no form, no base.
    const QString csp = QStringLiteral("default-src 'none'; style-src ") + styleHash(sheet)
        + QStringLiteral("; img-src data:; base-uri 'none'; form-action 'none'");
    QString themeClass;
    if (options.theme == Theme::Light)
        themeClass = QStringLiteral(" class=\"light\"");
    else if (options.theme == Theme::Dark)
        themeClass = QStringLiteral(" class=\"dark\"");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + escapeHtml(options.language) + QStringLiteral("\"")
        + themeClass + QStringLiteral("><head><meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"")
        + csp + QStringLiteral("\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<title>") + escapeHtml(title)
        + QStringLiteral("</title>\n<style>") + sheet + QStringLiteral("</style></head>\n<body>\n") + safeBody
        + QStringLiteral("\n</body></html>\n");
}

QString HtmlReportBuilder::build(const ReportModel &model, const Options &options)
{
    QString body;
    body += QStringLiteral("<header><h1>") + escapeHtml(model.title) + QStringLiteral("</h1>");
    if (!model.source.isEmpty())
        body += QStringLiteral("<p class=\"source\">") + escapeHtml(model.source) + QStringLiteral("</p>");
    body += QStringLiteral("</header>\n<main>\n");
    body += LogOverviewHtml::section(model); // a log excerpt: all results first, this one's report below
    body += verdictSection(model);
    body += checksSummary(model);
    body += causesSection(model, options);
    if (model.code)
        body += QStringLiteral("<div id=\"anatomy\">") + codeSection(*model.code, tr("Status code anatomy")) + QStringLiteral("</div>");
    body += rawSection(model);
    body += originalSection(model.original);
    body += checksSection(model, options);
    body += queriesSection(model);
    body += problemsSection(model);
    body += QStringLiteral("</main>");
    return page(model.title, body, options);
}

QString HtmlReportBuilder::verdictSection(const ReportModel &model)
{
    if (model.verdict.isEmpty())
        return QString();
    QString badges = badge(model.verdictState);
    if (model.permanence == QLatin1String("permanent"))
        badges += QStringLiteral("<span class=\"chip\">") + tr("Permanent").toHtmlEscaped() + QStringLiteral("</span>");
    else if (model.permanence == QLatin1String("temporary"))
        badges += QStringLiteral("<span class=\"chip\">") + tr("Temporary").toHtmlEscaped() + QStringLiteral("</span>");
    if (model.retryHelps.has_value()) {
        const QString text = *model.retryHelps ? tr("Resending can help") : tr("Resending will not help");
        badges += QStringLiteral("<span class=\"chip\">") + text.toHtmlEscaped() + QStringLiteral("</span>");
    }
    if (!model.whoActs.isEmpty())
        badges += QStringLiteral("<span class=\"chip\">") + escapeHtml(tr("Who must act: %1").arg(whoActsText(model.whoActs)))
            + QStringLiteral("</span>");
    if (!model.confidence.isEmpty())
        badges += QStringLiteral("<span class=\"chip\">") + escapeHtml(tr("Confidence: %1").arg(model.confidence))
            + QStringLiteral("</span>");
    return QStringLiteral("<section id=\"verdict\" class=\"verdict state-%1\" aria-label=\"%2\"><p class=\"sentence\">")
               .arg(stateName(model.verdictState), tr("Verdict").toHtmlEscaped())
        + escapeHtml(model.verdict) + QStringLiteral("</p><div class=\"badges\">") + badges + QStringLiteral("</div></section>\n");
}

QString HtmlReportBuilder::causesSection(const ReportModel &model, const Options &options)
{
    const QString head = QStringLiteral("<section id=\"causes\" aria-live=\"polite\"><h2>") + tr("Likely causes").toHtmlEscaped()
        + QStringLiteral("</h2>");
    if (model.diagnosisPending)
        return head + QStringLiteral("<p class=\"pending\"><span class=\"spinner\" aria-hidden=\"true\"></span> ")
            + tr("Diagnosing: weighing the bounce against today's DNS…").toHtmlEscaped() + QStringLiteral("</p></section>\n");
    if (!model.diagnosisRan || model.causes.isEmpty())
        return QStringLiteral("<section id=\"causes\" hidden></section>\n"); // a slot for the result
    QString out = head + QStringLiteral("<ol class=\"causes\">");
    for (int i = 0; i < model.causes.size(); ++i)
        out += causeItem(model.causes.at(i), i, options);
    out += QStringLiteral("</ol>");
    if (!model.skippedChecks.isEmpty())
        out += QStringLiteral("<details class=\"skipped\"><summary>") + tr("Not checked (%n)", nullptr, int(model.skippedChecks.size())).toHtmlEscaped()
            + QStringLiteral("</summary><ul>") + listItems(model.skippedChecks) + QStringLiteral("</ul></details>");
    return out + QStringLiteral("</section>\n");
}

QString HtmlReportBuilder::thenVsNowText(const ThenVsNow &t)
{
    if (t.state == QLatin1String("still-broken"))
        return tr("Still broken");
    if (t.state == QLatin1String("fixed-since"))
        return tr("Fixed since");
    if (t.state == QLatin1String("unchanged"))
        return tr("Passes now, as then");
    if (t.state == QLatin1String("unknown"))
        return tr("Unknown now (the DNS did not answer)");
    return tr("Not comparable");
}

QString HtmlReportBuilder::thenVsNowList(const QList<ThenVsNow> &items)
{
    QString rows;
    for (const ThenVsNow &t : items) {
        const State state = t.state == QLatin1String("still-broken") ? State::Error
            : t.state == QLatin1String("fixed-since") || t.state == QLatin1String("unchanged") ? State::Ok
            : t.state == QLatin1String("unknown") ? State::Unknown : State::Info;
        rows += QStringLiteral("<tr class=\"state-%1\"><th scope=\"row\">").arg(stateName(state)) + escapeHtml(t.check.toUpper())
            + QStringLiteral("</th><td>") + escapeHtml(t.then.isEmpty() ? QStringLiteral("–") : t.then) + QStringLiteral("</td><td>")
            + escapeHtml(t.now) + QStringLiteral("</td><td><span class=\"badge state-%1\"><span class=\"icon\" aria-hidden=\"true\">%2</span> ")
                  .arg(stateName(state), stateIcon(state))
            + thenVsNowText(t).toHtmlEscaped() + QStringLiteral("</span></td></tr>");
    }
    return QStringLiteral("<table class=\"then-now\"><thead><tr><th scope=\"col\">") + tr("Check").toHtmlEscaped()
        + QStringLiteral("</th><th scope=\"col\">") + tr("The receiving server saw").toHtmlEscaped() + QStringLiteral("</th><th scope=\"col\">")
        + tr("Today's DNS").toHtmlEscaped() + QStringLiteral("</th><th scope=\"col\">") + tr("Then vs now").toHtmlEscaped()
        + QStringLiteral("</th></tr></thead><tbody>") + rows + QStringLiteral("</tbody></table>");
}

QString HtmlReportBuilder::causeItem(const Cause &c, int i, const Options &options)
{
    QString out = QStringLiteral("<li class=\"cause\" id=\"cause-%1\" data-cause=\"").arg(i) + escapeHtml(c.id)
        + QStringLiteral("\"><h3>") + escapeHtml(c.title) + QStringLiteral("</h3>");
    out += QStringLiteral("<p class=\"meta\"><span class=\"chip\">")
        + tr("Confidence %1%").arg(qRound(c.confidence * 100)).toHtmlEscaped() + QStringLiteral("</span> <span class=\"chip\">")
        + escapeHtml(tr("Who must act: %1").arg(whoActsText(c.whoActs))) + QStringLiteral("</span> <span class=\"chip\">")
        + (c.retryHelps ? tr("Resending can help") : tr("Resending will not help")).toHtmlEscaped() + QStringLiteral("</span></p>");
    if (!c.fix.isEmpty() || !c.dnsRecords.isEmpty()) {
        // Each record sits under the step that asks for it; records no step names follow the list.
        auto record = [&](int r) -> QString {
            return QStringLiteral("<div class=\"record\"><pre>") + escapeHtml(c.dnsRecords.at(r)) + QStringLiteral("</pre>")
                + copyLink(QStringLiteral("cause-%1-%2").arg(i).arg(r), options) + QStringLiteral("</div>");
        };
        QString steps;
        QList<bool> placed(c.dnsRecords.size(), false);
        for (int s = 0; s < c.fix.size(); ++s) {
            const int r = c.fixRecord.value(s, -1);
            const bool inline_ = r >= 0 && r < c.dnsRecords.size();
            if (inline_)
                placed[r] = true;
            steps += tag(QStringLiteral("li"), escapeHtml(c.fix.at(s)) + (inline_ ? record(r) : QString()));
        }
        out += tag(QStringLiteral("h4"), tr("How to fix it").toHtmlEscaped()) + tag(QStringLiteral("ol"), steps, QStringLiteral("steps"));
        for (int r = 0; r < c.dnsRecords.size(); ++r) {
            if (!placed.at(r))
                out += record(r);
        }
    }
    if (!c.thenVsNow.isEmpty())
        out += thenVsNowList(c.thenVsNow);
    if (!c.evidence.isEmpty()) {
        QString items;
        for (int e = 0; e < c.evidence.size(); ++e) {
            const QString anchor = c.evidenceAnchors.value(e);
            const QString text = escapeHtml(c.evidence.at(e));
            items += tag(QStringLiteral("li"), anchor.isEmpty() ? text
                : QStringLiteral("<a href=\"#") + escapeHtml(anchor) + QStringLiteral("\">") + text + QStringLiteral("</a>"));
        }
        out += tag(QStringLiteral("h4"), tr("Evidence").toHtmlEscaped()) + tag(QStringLiteral("ul"), items, QStringLiteral("evidence"));
    }
    if (!c.adminDetails.isEmpty() || !c.confidenceWhy.isEmpty())
        out += QStringLiteral("<details><summary>") + tr("Details for email admins").toHtmlEscaped() + QStringLiteral("</summary><p>")
            + escapeHtml(c.adminDetails) + QStringLiteral("</p><p>") + escapeHtml(c.confidenceWhy) + QStringLiteral("</p></details>");
    return out + QStringLiteral("</li>");
}

QString HtmlReportBuilder::codeSection(const CodeAnatomy &code, const QString &heading)
{
    QString out = QStringLiteral("<section class=\"code\"><h2>") + heading.toHtmlEscaped() + QStringLiteral("</h2>");
    if (!code.input.isEmpty())
        out += QStringLiteral("<pre class=\"line\">") + escapeHtml(code.input) + QStringLiteral("</pre>");
    if (!code.recognized)
        return out + QStringLiteral("<p>") + tr("This does not look like an SMTP error: no reply code or enhanced status code was recognized.").toHtmlEscaped()
            + QStringLiteral("</p></section>\n");
    if (code.provider.isEmpty() && !code.statusMeaning.isEmpty())
        out += QStringLiteral("<p class=\"sentence\">") + escapeHtml(code.statusMeaning) + QStringLiteral("</p>");
    QString rows;
    if (!code.replyCode.isEmpty())
        rows += row(QStringLiteral("<code>") + escapeHtml(code.replyCode) + QStringLiteral("</code>"), escapeHtml(code.replyMeaning));
    if (!code.status.isEmpty()) {
        const QStringList digits = code.status.split(QLatin1Char('.'));
        rows += row(QStringLiteral("<code>") + escapeHtml(digits.value(0)) + QStringLiteral("</code>.x.x ") + tr("class").toHtmlEscaped(), escapeHtml(code.classText));
        rows += row(QStringLiteral("x.<code>") + escapeHtml(digits.value(1)) + QStringLiteral("</code>.x ") + tr("subject").toHtmlEscaped(), escapeHtml(code.subjectText));
        rows += row(QStringLiteral("<code>") + escapeHtml(code.status) + QStringLiteral("</code> ") + tr("detail").toHtmlEscaped(),
                    escapeHtml(code.detailText.isEmpty() ? code.statusMeaning : code.detailText));
    }
    if (!code.provider.isEmpty()) {
        const QString who = code.providerTag.isEmpty() ? code.provider : code.provider + QStringLiteral(" [") + code.providerTag + QStringLiteral("]");
        rows += row(escapeHtml(who), escapeHtml(code.providerMeaning));
    }
    if (!code.reason.isEmpty()) {
        const QString hard = code.hardBounce ? tr("hard bounce: the address itself is bad") : tr("soft bounce: the address may work later or after a fix");
        rows += row(tr("Reason").toHtmlEscaped(), QStringLiteral("<code>") + escapeHtml(code.reason) + QStringLiteral("</code> — ") + hard.toHtmlEscaped());
        if (!code.reasonKind.isEmpty())
            rows += row(tr("Why this reason").toHtmlEscaped(), reasonEvidenceHtml(code));
    }
    out += QStringLiteral("<table class=\"anatomy\">") + rows + QStringLiteral("</table>");
    if (!code.causes.isEmpty())
        out += tag(QStringLiteral("h3"), tr("Typical causes").toHtmlEscaped()) + tag(QStringLiteral("ul"), listItems(code.causes));
    if (!code.fixes.isEmpty())
        out += tag(QStringLiteral("h3"), tr("What to do").toHtmlEscaped()) + tag(QStringLiteral("ol"), listItems(code.fixes));
    if (!code.notes.isEmpty())
        out += tag(QStringLiteral("ul"), listItems(code.notes), QStringLiteral("notes"));
    return out + QStringLiteral("</section>\n");
}

QString HtmlReportBuilder::recipientTable(const Recipient &recipient, int index)
{
    QString out = QStringLiteral("<section class=\"recipient\" id=\"recipient-%1\"><h3>").arg(index)
        + tr("Recipient %1").arg(index + 1).toHtmlEscaped() + QStringLiteral(": <code>") + escapeHtml(recipient.address)
        + QStringLiteral("</code></h3><table class=\"fields\"><thead><tr><th scope=\"col\">") + tr("Field").toHtmlEscaped()
        + QStringLiteral("</th><th scope=\"col\">") + tr("Value").toHtmlEscaped() + QStringLiteral("</th></tr></thead><tbody>");
    for (int f = 0; f < recipient.fields.size(); ++f) {
        const Field &field = recipient.fields.at(f);
        const QString id = QStringLiteral("r%1-%2").arg(index).arg(f);
        const QString name = field.start >= 0
            ? QStringLiteral("<a href=\"#raw-") + id + QStringLiteral("\">") + escapeHtml(field.name) + QStringLiteral("</a>")
            : escapeHtml(field.name);
        out += QStringLiteral("<tr id=\"row-") + id + QStringLiteral("\"><th scope=\"row\">") + name + QStringLiteral("</th><td>")
            + escapeHtml(field.value) + QStringLiteral("</td></tr>");
    }
    out += QStringLiteral("</tbody></table>");
    if (recipient.code)
        out += QStringLiteral("<details><summary>") + tr("Status code anatomy for this recipient").toHtmlEscaped()
            + QStringLiteral("</summary>") + codeSection(*recipient.code, tr("Status code anatomy for %1").arg(recipient.address))
            + QStringLiteral("</details>");
    return out + QStringLiteral("</section>");
}

QString HtmlReportBuilder::highlightedRaw(const ReportModel &model)
{
    const QString text = model.rawText.left(kMaxRawChars);
    QString out;
    int pos = 0;
    for (const Span &s : collectSpans(model, text.size())) {
        if (s.start < pos)
            continue; // overlapping spans: keep the first
        out += escapeHtml(text.mid(pos, s.start - pos));
        out += QStringLiteral("<a class=\"field\" id=\"raw-") + s.id + QStringLiteral("\" href=\"#row-") + s.id
            + QStringLiteral("\" title=\"") + escapeHtml(s.label) + QStringLiteral("\">") + escapeHtml(text.mid(s.start, s.length))
            + QStringLiteral("</a>");
        pos = s.start + s.length;
    }
    out += escapeHtml(text.mid(pos));
    if (model.rawText.size() > text.size())
        out += QStringLiteral("\n") + tr("[… %n more characters not shown]", nullptr, int(model.rawText.size() - text.size())).toHtmlEscaped();
    return out;
}

QString HtmlReportBuilder::rawSection(const ReportModel &model)
{
    if (model.recipients.isEmpty() && model.rawText.isEmpty())
        return QString();
    QString out = QStringLiteral("<section id=\"bounce\"><h2>") + tr("The bounce").toHtmlEscaped() + QStringLiteral("</h2>");
    if (!model.messageKind.isEmpty() || !model.mta.isEmpty())
        out += QStringLiteral("<p>") + escapeHtml(tr("Kind: %1 · MTA: %2").arg(messageKindLabel(model.messageKind), model.mta.isEmpty() ? tr("not recognized") : model.mta))
            + QStringLiteral("</p>");
    if (!model.messageFields.isEmpty()) {
        QString rows;
        for (int f = 0; f < model.messageFields.size(); ++f) {
            const Field &field = model.messageFields.at(f);
            const QString id = QStringLiteral("m-%1").arg(f);
            const QString name = field.start >= 0
                ? QStringLiteral("<a href=\"#raw-") + id + QStringLiteral("\">") + escapeHtml(field.name) + QStringLiteral("</a>")
                : escapeHtml(field.name);
            rows += QStringLiteral("<tr id=\"row-") + id + QStringLiteral("\"><th scope=\"row\">") + name + QStringLiteral("</th><td>")
                + escapeHtml(field.value) + QStringLiteral("</td></tr>");
        }
        out += QStringLiteral("<table class=\"fields\">") + rows + QStringLiteral("</table>");
    }
    for (int r = 0; r < model.recipients.size(); ++r)
        out += recipientTable(model.recipients.at(r), r);
    if (!model.rawText.isEmpty())
        out += QStringLiteral("<h3>") + tr("Raw bounce text (parsed fields are marked; select one to find it in the table)").toHtmlEscaped()
            + QStringLiteral("</h3><pre class=\"raw\" tabindex=\"0\">") + highlightedRaw(model) + QStringLiteral("</pre>");
    return out + QStringLiteral("</section>\n");
}

QString HtmlReportBuilder::hopsTable(const QList<Hop> &hops)
{
    qint64 maxDelay = 1;
    for (const Hop &h : hops)
        maxDelay = std::max(maxDelay, h.delaySeconds);
    QString out = QStringLiteral("<table class=\"hops\"><thead><tr>");
    for (const QString &head : {tr("Hop"), tr("From"), tr("By"), tr("Time"), tr("Delay")})
        out += QStringLiteral("<th scope=\"col\">") + head.toHtmlEscaped() + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead><tbody>");
    for (int i = 0; i < hops.size(); ++i) {
        const Hop &h = hops.at(i);
        const int width = h.delaySeconds > 0 ? int((h.delaySeconds * 10 + maxDelay - 1) / maxDelay) : 0;
        const QString from = h.ip.isEmpty() ? h.from : h.from + QStringLiteral(" [") + h.ip + QStringLiteral("]");
        const QString time = h.time.isValid() ? QLocale().toString(h.time.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("–");
        out += QStringLiteral("<tr><td>%1</td><td>").arg(i + 1) + escapeHtml(from) + QStringLiteral("</td><td>") + escapeHtml(h.by)
            + QStringLiteral("</td><td>") + escapeHtml(time) + QStringLiteral("</td><td><span class=\"bar w%1\"></span> ").arg(width)
            + formatDelay(h.delaySeconds).toHtmlEscaped() + QStringLiteral("</td></tr>");
    }
    return out + QStringLiteral("</tbody></table>");
}

QString HtmlReportBuilder::originalSection(const Original &original)
{
    if (!original.present)
        return QString();
    QString out = QStringLiteral("<section id=\"original\"><h2>") + tr("The returned original").toHtmlEscaped() + QStringLiteral("</h2>");
    QString rows;
    for (const Field &f : original.headers)
        rows += row(escapeHtml(f.name), escapeHtml(f.value));
    if (!original.sendingIp.isEmpty())
        rows += row(tr("Sending IP").toHtmlEscaped(), QStringLiteral("<code>") + escapeHtml(original.sendingIp) + QStringLiteral("</code>")
                        + (original.sendingIpWhy.isEmpty() ? QString()
                                                           : QStringLiteral(" <span class=\"why\">") + escapeHtml(original.sendingIpWhy) + QStringLiteral("</span>")));
    out += QStringLiteral("<table class=\"fields\">") + rows + QStringLiteral("</table>");
    if (!original.hops.isEmpty())
        out += tag(QStringLiteral("h3"), tr("Received hops").toHtmlEscaped()) + hopsTable(original.hops);
    return out + QStringLiteral("</section>\n");
}

QString HtmlReportBuilder::checkSection(const Check &check, const Options &options)
{
    QString out = QStringLiteral("<section class=\"check state-%1\" id=\"check-%2\" aria-live=\"polite\"><h3>")
                      .arg(stateName(check.state), escapeHtml(check.id))
        + escapeHtml(check.title) + QStringLiteral(" ") + badge(check.state);
    if (check.state == State::Unknown && options.interactive)
        out += QStringLiteral(" <a class=\"button\" role=\"button\" href=\"bouncelens://action/retry/") + escapeHtml(check.id)
            + QStringLiteral("\">") + tr("Retry").toHtmlEscaped() + QStringLiteral("</a>");
    out += QStringLiteral("</h3>");
    if (check.state == State::Pending)
        return out + QStringLiteral("<p class=\"pending\"><span class=\"spinner\" aria-hidden=\"true\"></span> ")
            + tr("Asking the DNS…").toHtmlEscaped() + QStringLiteral("</p></section>");
    if (!check.verdict.isEmpty())
        out += QStringLiteral("<p class=\"sentence\">") + escapeHtml(check.verdict) + QStringLiteral("</p>");
    if (!check.bounceSaw.isEmpty())
        out += QStringLiteral("<p class=\"then-now\">") + escapeHtml(check.bounceSaw) + QStringLiteral("</p>");
    if (!check.findings.isEmpty()) {
        QString items;
        for (qsizetype i = 0; i < check.findings.size(); ++i) {
            const CheckFinding &f = check.findings.at(i);
            items += QStringLiteral("<li class=\"state-%1\">").arg(stateName(f.state)) + badge(f.state) + QStringLiteral(" ")
                + escapeHtml(f.message);
            if (!f.evidence.isEmpty())
                items += QStringLiteral("<div class=\"evidence\"><code>") + escapeHtml(f.evidence) + QStringLiteral("</code></div>");
            if (!f.fix.isEmpty())
                items += QStringLiteral("<div class=\"fix\">") + escapeHtml(tr("Fix: %1").arg(f.fix)) + QStringLiteral("</div>");
            if (!f.record.isEmpty())
                items += QStringLiteral("<div class=\"record\"><pre>") + escapeHtml(f.record) + QStringLiteral("</pre>")
                    + copyLink(QStringLiteral("finding-%1-%2").arg(check.id).arg(i), options) + QStringLiteral("</div>");
            items += QStringLiteral("</li>");
        }
        out += QStringLiteral("<ul class=\"findings\">") + items + QStringLiteral("</ul>");
    }
    if (!check.details.isEmpty() || !check.server.isEmpty()) {
        QString details;
        for (const QString &line : check.details)
            details += escapeHtml(line) + QStringLiteral("\n");
        out += QStringLiteral("<details><summary>") + tr("Technical details").toHtmlEscaped() + QStringLiteral("</summary><pre>") + details
            + QStringLiteral("</pre>");
        if (!check.server.isEmpty()) {
            const QString when = check.checkedAt.isValid() ? QLocale().toString(check.checkedAt.toLocalTime(), QLocale::ShortFormat) : QString();
            out += QStringLiteral("<p class=\"source\">") + escapeHtml(tr("Asked %1 at %2").arg(check.server, when)) + QStringLiteral("</p>");
        }
        out += QStringLiteral("</details>");
    }
    if (!check.whatWeChecked.isEmpty())
        out += QStringLiteral("<p class=\"checked\"><strong>") + tr("What we checked:").toHtmlEscaped() + QStringLiteral("</strong> ")
            + escapeHtml(check.whatWeChecked) + QStringLiteral("</p>");
    return out + QStringLiteral("</section>");
}

QString HtmlReportBuilder::checksSection(const ReportModel &model, const Options &options)
{
    if (model.checks.isEmpty())
        return QString();
    QString out = QStringLiteral("<section id=\"checks\"><h2>") + tr("Live checks").toHtmlEscaped();
    if (!model.domain.isEmpty())
        out += QStringLiteral(" — <code>") + escapeHtml(model.domain) + QStringLiteral("</code>");
    out += QStringLiteral("</h2>");
    for (const Check &check : model.checks)
        out += checkSection(check, options) + QStringLiteral("\n");
    return out + QStringLiteral("</section>\n");
}

QString HtmlReportBuilder::reasonEvidenceHtml(const CodeAnatomy &code)
{
    // The matched words marked inside the sentence around them (both escaped, the mark is ours).
    QString out;
    if (code.reasonStart >= 0) {
        const int from = std::max(0, int(code.reasonText.lastIndexOf(QLatin1Char(' '), std::max(0, code.reasonStart - 80))));
        const int to = std::min(int(code.reasonText.size()), code.reasonEnd + 80);
        out += QStringLiteral("<q class=\"reason-evidence\">") + (from > 0 ? QStringLiteral("… ") : QString())
            + escapeHtml(code.reasonText.mid(from, code.reasonStart - from).trimmed()) + QStringLiteral(" <mark>")
            + escapeHtml(code.reasonText.mid(code.reasonStart, code.reasonEnd - code.reasonStart)) + QStringLiteral("</mark> ")
            + escapeHtml(code.reasonText.mid(code.reasonEnd, to - code.reasonEnd).trimmed())
            + (to < code.reasonText.size() ? QStringLiteral(" …") : QString()) + QStringLiteral("</q> ");
    }
    // The machine kind ("provider", "text-weak", ...) stays in the model and the JSON; the
    // reader gets one whole translated sentence per kind.
    out += escapeHtml(reasonDecisionSentence(code.reasonKind, code.reasonRule, code.reasonConfidence));
    if (!code.reasonSource.isEmpty()) {
        // The citation is data (a file of an MTA's source, an RFC section): quoted as a <cite>
        // in the translated label; the label's markers are replaced once, never inside it.
        const QString cite = QStringLiteral("<cite>") + escapeHtml(citationText(code.reasonSource)) + QStringLiteral("</cite>");
        out += QStringLiteral(" <span class=\"source\">") + tr("source: %1").toHtmlEscaped().replace(QStringLiteral("%1"), cite)
            + QStringLiteral("</span>");
    }
    return out;
}

QString HtmlReportBuilder::checksSummary(const ReportModel &model)
{
    // An empty placeholder keeps the element, so a diagnosis finishing later can fill it in.
    if (model.checks.isEmpty() && model.messageChecks.isEmpty())
        return QStringLiteral("<nav id=\"checks-summary\" class=\"badges\" hidden></nav>\n");
    QString out = QStringLiteral("<nav id=\"checks-summary\" class=\"badges\" aria-label=\"") + tr("Live checks").toHtmlEscaped()
        + QStringLiteral("\">");
    for (const Badge &b : BadgeBuilder::build(model)) {
        const QString target = model.findCheck(b.check) ? QStringLiteral("check-") + b.check : QStringLiteral("causes");
        out += QStringLiteral("<a class=\"badge state-%1\" href=\"#%2\"><span class=\"icon\" aria-hidden=\"true\">%3</span> ")
                   .arg(stateName(b.state), escapeHtml(target), stateIcon(b.state))
            + escapeHtml(b.text) + QStringLiteral("</a>");
    }
    return out + QStringLiteral("</nav>\n");
}

QString HtmlReportBuilder::queriesSection(const ReportModel &model)
{
    if (model.kind == ReportModel::Kind::Empty)
        return QString();
    QString out = QStringLiteral("<section id=\"privacy\"><h2>") + tr("Network traffic").toHtmlEscaped() + QStringLiteral("</h2><p>");
    if (!model.liveLookups)
        return out + tr("Live lookups are off: no DNS query was sent. Nothing is ever uploaded.").toHtmlEscaped() + QStringLiteral("</p></section>\n");
    out += tr("Nothing is ever uploaded. The only network traffic is these %n DNS queries:", nullptr, int(model.dnsQueries.size())).toHtmlEscaped()
        + QStringLiteral("</p>");
    if (model.dnsQueries.isEmpty())
        return out + QStringLiteral("</section>\n");
    QString rows;
    for (const DnsQuery &q : model.dnsQueries)
        rows += QStringLiteral("<tr><td><code>") + escapeHtml(q.name) + QStringLiteral("</code></td><td>") + escapeHtml(q.type)
            + QStringLiteral("</td><td>") + escapeHtml(q.server) + QStringLiteral("</td><td>") + escapeHtml(q.outcome) + QStringLiteral("</td></tr>");
    return out + QStringLiteral("<details><summary>") + tr("Show the queries").toHtmlEscaped()
        + QStringLiteral("</summary><table class=\"queries\">") + rows + QStringLiteral("</table></details></section>\n");
}

QString HtmlReportBuilder::problemsSection(const ReportModel &model)
{
    if (model.problems.isEmpty())
        return QString();
    return QStringLiteral("<section id=\"problems\"><h2>") + tr("Problems while reading").toHtmlEscaped() + QStringLiteral("</h2><ul>")
        + listItems(model.problems) + QStringLiteral("</ul></section>\n");
}

} // namespace Report
