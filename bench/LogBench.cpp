// SPDX-License-Identifier: GPL-3.0-or-later
// Log reading speed: generates a Postfix/Exim/Sendmail mail log of N lines (default 1,000,000;
// about 1 in 8 lines a failure or deferral, the rest connects, queue lines and successful
// deliveries, as in a real /var/log/mail.log), then streams it line by line through
// Logs::readPastedInput and a Logs::LogSummary, the path of "explain -". Prints lines per
// second and the peak resident memory (getrusage), so that a run with 10x the lines shows
// whether memory stays flat. Not a test: nothing here is asserted.
//   bouncelens-bench-logs [LINES] [FILE|-] [MODE]   (FILE defaults to a temporary file, removed
//   after). MODE "typical" (default) is the mixed log above; "failures" makes every line a
//   failure or deferral of the three MTAs (the worst case); "postfix", "exim", "sendmail" and
//   "exchange" make every line a failure of that family only (several shapes each: a remote
//   reply, the MTA's own text, a deferral), so that each reader's cost shows on its own; their
//   texts repeat as in a real log (a text naming the recipient is new each line, a deferral's or
//   a DNS failure's text recurs). "unique" is "postfix" with every text different: the worst case
//   for the classification cache (core/logs/DeliveryResult.cpp).
#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <QTextStream>

#include "logs/LogSummary.h"
#include "logs/PastedInput.h"

namespace {

// Every line a failure of one family, cycling through shapes documented in core/logs/*.cpp.
QByteArray familyLine(const QByteArray &family, qint64 i)
{
    const QByteArray n = QByteArray::number(i % 5000);
    const QByteArray id = QByteArray::number(0x4F3A12C0A1LL + i, 16).toUpper();
    const int shape = int(i % 3);
    if (family == "postfix") {
        const QByteArray head = "Mar  1 10:00:00 mail postfix/smtp[2103]: " + id + ": to=<user" + n + "@example.org>, ";
        if (shape == 0)
            return head + "relay=mx1.example.org[192.0.2.25]:25, delay=1.2, delays=0.05/0.01/0.6/0.54, dsn=5.1.1, status=bounced "
                          "(host mx1.example.org[192.0.2.25] said: 550 5.1.1 <user" + n + "@example.org>: Recipient address "
                          "rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))";
        if (shape == 1)
            return head + "relay=none, delay=30, delays=0.02/0/30/0, dsn=4.4.1, status=deferred (connect to "
                          "mx.example.net[203.0.113.5]:25: Connection timed out)";
        return head + "relay=none, delay=2.1, delays=0.05/0.01/2/0, dsn=5.4.4, status=bounced (Host or domain name not found. "
                      "Name service error for name=example.org type=A: Host not found)";
    }
    if (family == "unique") {
        // The postfix shapes with the line number in every diagnostic text: no two texts alike,
        // so the classification cache of Logs::DeliveryResult never hits (its worst case).
        const QByteArray k = QByteArray::number(i);
        const QByteArray head = "Mar  1 10:00:00 mail postfix/smtp[2103]: " + id + ": to=<user" + k + "@example.org>, ";
        if (shape == 0)
            return head + "relay=mx1.example.org[192.0.2.25]:25, delay=1.2, delays=0.05/0.01/0.6/0.54, dsn=5.1.1, status=bounced "
                          "(host mx1.example.org[192.0.2.25] said: 550 5.1.1 <user" + k + "@example.org>: Recipient address "
                          "rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))";
        if (shape == 1)
            return head + "relay=none, delay=30, delays=0.02/0/30/0, dsn=4.4.1, status=deferred (connect to "
                          "mx" + k + ".example.net[203.0.113.5]:25: Connection timed out)";
        return head + "relay=none, delay=2.1, delays=0.05/0.01/2/0, dsn=5.4.4, status=bounced (Host or domain name not found. "
                      "Name service error for name=host" + k + ".example.org type=A: Host not found)";
    }
    if (family == "exim") {
        const QByteArray head = "2024-03-01 10:00:05 1rfGhM-0001aF-Gh ";
        if (shape == 0)
            return head + "** user" + n + "@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.40]: SMTP error "
                          "from remote mail server after end of data: 552 5.3.4 Message size exceeds fixed limit";
        if (shape == 1)
            return head + "== user" + n + "@example.com R=dnslookup T=remote_smtp defer (-44) H=mx.example.com [192.0.2.40]: "
                          "SMTP error from remote mail server after RCPT TO:<user" + n + "@example.com>: 452 4.2.2 Mailbox full";
        return head + "** user" + n + "@nowhere.example: Unrouteable address";
    }
    if (family == "sendmail") {
        const QByteArray head = "Mar  1 10:00:01 mail sm-mta[3102]: 421A0B1C002345: to=<user" + n + "@example.org>, ";
        if (shape == 0)
            return head + "delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120480, relay=mx1.example.org. [192.0.2.25], "
                          "dsn=5.1.1, stat=User unknown";
        if (shape == 1)
            return head + "delay=04:00:02, xdelay=00:00:30, mailer=esmtp, pri=210480, relay=mx.example.net., dsn=4.0.0, "
                          "stat=Deferred: Connection timed out with mx.example.net.";
        return head + "delay=00:00:00, xdelay=00:00:00, mailer=esmtp, pri=30480, relay=nowhere.example, dsn=5.1.2, "
                      "stat=Host unknown (Name server: nowhere.example: host not found)";
    }
    // exchange: message trace rows (Reason column) and NDR diagnostic rows
    const QByteArray head = "2024-03-01T10:00:00.0000000Z\talice@contoso.com\tuser" + n + "@fabrikam.com\t";
    if (shape == 0)
        return head + "Failed\tReason: [{LED=550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address "
                      "lookup};{MSG=};{FQDN=};{IP=};{LRT=}]";
    if (shape == 1)
        return head + "Pending\tReason: [{LED=451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection "
                      "dropped due to SocketError.\"};{MSG=};{FQDN=mx.fabrikam.net};{IP=203.0.113.5};{LRT=3/1/2024 10:00:00 AM}]";
    return "user" + n + "@fabrikam.com Remote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required "
                        "[Stage: CreateMessage]'";
}

QByteArray lineFor(qint64 i, const QByteArray &mode)
{
    if (mode != "typical" && mode != "failures")
        return familyLine(mode, i);
    const bool failuresOnly = mode == "failures";
    if (failuresOnly)
        i = (i / 8) * 8 + 3 + (i % 3) * 8; // case 3 below, cycling its three failure lines
    const QByteArray id = QByteArray::number(0x4F3A12C0A1LL + i / 8, 16).toUpper();
    const QByteArray n = QByteArray::number(i % 5000);
    const QByteArray head = "Mar  1 10:00:00 mail postfix/";
    switch (i % 8) {
    case 0: return head + "smtpd[2101]: connect from client" + n + ".example.net[198.51.100.7]";
    case 1: return head + "cleanup[2102]: " + id + ": message-id=<" + n + "@mail.example.com>";
    case 2: return head + "qmgr[900]: " + id + ": from=<alice@example.com>, size=1532, nrcpt=1 (queue active)";
    case 3:
        if (i % 24 == 3)
            return head + "smtp[2103]: " + id + ": to=<user" + n + "@example.org>, relay=mx1.example.org[192.0.2.25]:25, delay=1.2, "
                   "delays=0.05/0.01/0.6/0.54, dsn=5.1.1, status=bounced (host mx1.example.org[192.0.2.25] said: 550 5.1.1 <user"
                   + n + "@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))";
        if (i % 24 == 11)
            return head + "smtp[2105]: " + id + ": to=<user" + n + "@example.net>, relay=none, delay=30, delays=0.02/0/30/0, dsn=4.4.1, "
                   "status=deferred (connect to mx.example.net[203.0.113.5]:25: Connection timed out)";
        return "2024-03-01 10:00:05 1rfGhM-0001aF-Gh ** user" + n + "@example.com R=dnslookup T=remote_smtp H=mx.example.com "
               "[192.0.2.40]: SMTP error from remote mail server after end of data: 552 5.3.4 Message size exceeds fixed limit";
    case 4: return head + "smtp[2103]: " + id + ": to=<ok" + n + "@example.org>, relay=mx1.example.org[192.0.2.25]:25, delay=1.3, "
                   "delays=0.05/0.01/0.6/0.6, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 7D1E3F)";
    case 5: return head + "qmgr[900]: " + id + ": removed";
    case 6: return "Mar  1 10:00:01 mail sm-mta[3102]: 421A0B1C002345: to=<ok" + n + "@example.org>, delay=00:00:01, xdelay=00:00:01, "
                   "mailer=esmtp, pri=120480, relay=mx1.example.org. [192.0.2.25], dsn=2.0.0, stat=Sent (7D1E3F Message accepted)";
    default: return head + "smtpd[2101]: disconnect from client" + n + ".example.net[198.51.100.7] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5";
    }
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss; // kilobytes on Linux
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 lines = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const bool useNamed = argc > 2 && QByteArray(argv[2]) != "-";
    const QByteArray mode = argc > 3 ? QByteArray(argv[3]) : QByteArray("typical");
    static const QByteArrayList modes{"typical", "failures", "postfix", "exim", "sendmail", "exchange", "unique"};
    if (!modes.contains(mode)) {
        QTextStream(stderr) << "MODE is one of " << modes.join(", ") << '\n';
        return 2;
    }
    QTemporaryFile temp;
    QFile named(useNamed ? QString::fromLocal8Bit(argv[2]) : QString());
    QFile &file = useNamed ? named : static_cast<QFile &>(temp);
    if (!(useNamed ? named.open(QIODevice::ReadWrite | QIODevice::Truncate) : temp.open()))
        return 1;
    for (qint64 i = 0; i < lines; ++i)
        file.write(lineFor(i, mode) + '\n');
    file.flush();
    const qint64 bytes = file.size();
    file.seek(0);
    const long rssBefore = peakRssKb();

    QElapsedTimer timer;
    timer.start();
    Logs::LogSummary summary;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine();
        const Logs::PastedInput p = Logs::readPastedInput(QString::fromUtf8(raw).trimmed());
        summary.lines += p.lines;
        for (const Logs::DeliveryResult &r : p.results)
            summary.add(r);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    QTextStream(stdout) << mode << ": lines " << summary.lines << " (" << bytes / 1048576 << " MB), results " << summary.results
                        << ", seconds " << QString::number(seconds, 'f', 2) << ", lines/s "
                        << qRound64(summary.lines / seconds) << ", peak RSS before reading " << rssBefore / 1024
                        << " MB, after " << peakRssKb() / 1024 << " MB\n";
    return 0;
}
