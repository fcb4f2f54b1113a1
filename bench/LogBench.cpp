// SPDX-License-Identifier: GPL-3.0-or-later
// Log reading speed: generates a Postfix/Exim/Sendmail mail log of N lines (default 1,000,000;
// about 1 in 8 lines a failure or deferral, the rest connects, queue lines and successful
// deliveries, as in a real /var/log/mail.log), then streams it line by line through
// Logs::readPastedInput and a Logs::LogSummary, the path of "explain -". Prints lines per
// second and the peak resident memory (getrusage), so that a run with 10x the lines shows
// whether memory stays flat. Not a test: nothing here is asserted.
//   bouncelens-bench-logs [LINES] [FILE] [failures]   (FILE defaults to a temporary file, removed
//   after; "failures" makes every line a failure or deferral: the worst case)
#include <sys/resource.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <QTextStream>

#include "logs/LogSummary.h"
#include "logs/PastedInput.h"

namespace {

QByteArray lineFor(qint64 i, bool failuresOnly)
{
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
    const bool failuresOnly = argc > 3 && QByteArray(argv[3]) == "failures";
    QTemporaryFile temp;
    QFile named(useNamed ? QString::fromLocal8Bit(argv[2]) : QString());
    QFile &file = useNamed ? named : static_cast<QFile &>(temp);
    if (!(useNamed ? named.open(QIODevice::ReadWrite | QIODevice::Truncate) : temp.open()))
        return 1;
    for (qint64 i = 0; i < lines; ++i)
        file.write(lineFor(i, failuresOnly) + '\n');
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
    QTextStream(stdout) << "lines " << summary.lines << " (" << bytes / 1048576 << " MB), results " << summary.results
                        << ", seconds " << QString::number(seconds, 'f', 2) << ", lines/s "
                        << qRound64(summary.lines / seconds) << ", peak RSS before reading " << rssBefore / 1024
                        << " MB, after " << peakRssKb() / 1024 << " MB\n";
    return 0;
}
