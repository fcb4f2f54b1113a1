// SPDX-License-Identifier: GPL-3.0-or-later
// Decodes the corpus repeatedly on one core and prints messages/second and peak memory for
// (a) a bare vmime parse and (b) Dsn::BounceAnalyzer::analyze. Not a test; see README "Speed".
//   bouncelens-bench-dsn [CORPUS_DIR] [SECONDS] [both|bare|analyze]
// SECONDS 0 or -N makes exactly one or N passes, for instruction counts that do not depend on
// machine load (mode "none" only loads the corpus, to subtract start-up):
//   valgrind --tool=callgrind bouncelens-bench-dsn DIR -3 bare     (then ... -3 analyze, -3 none)
#include <cstdio>

#include <sys/resource.h>
#include <vmime/vmime.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include "dsn/BounceAnalyzer.h"

namespace {

QList<QByteArray> loadCorpus(const QString &dir)
{
    QList<QByteArray> out;
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        QFile file(dir + QLatin1Char('/') + f);
        if (file.open(QIODevice::ReadOnly))
            out.append(file.readAll());
    }
    return out;
}

template<typename F>
double rate(const QList<QByteArray> &msgs, double seconds, F &&work)
{
    QElapsedTimer t;
    t.start();
    qint64 n = 0;
    if (seconds <= 0) {
        const int passes = qMax(1, int(-seconds));
        for (int i = 0; i < passes; ++i) {
            for (const QByteArray &m : msgs)
                work(m);
        }
        return double(msgs.size()) * passes * 1000.0 / double(qMax<qint64>(1, t.elapsed()));
    }
    while (t.elapsed() < seconds * 1000) {
        for (const QByteArray &m : msgs)
            work(m);
        n += msgs.size();
    }
    return double(n) * 1000.0 / double(t.elapsed());
}

long peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dir = args.size() > 1 ? args[1] : QStringLiteral(BOUNCELENS_SHARED_DIR "/corpus/sisimai-public/eml");
    const double seconds = args.size() > 2 ? args[2].toDouble() : 3.0;
    const QString mode = args.size() > 3 ? args[3] : QStringLiteral("both");
    const QList<QByteArray> msgs = loadCorpus(dir);
    if (msgs.isEmpty()) {
        std::fprintf(stderr, "no .eml files in %s\n", qPrintable(dir));
        return 2;
    }
    std::size_t sink = 0;
    const bool doBare = mode == QLatin1String("both") || mode == QLatin1String("bare");
    const bool doFull = mode == QLatin1String("both") || mode == QLatin1String("analyze");
    const double bare = !doBare ? 0.0 : rate(msgs, seconds, [&](const QByteArray &m) {
        vmime::message msg;
        msg.parse(m.toStdString());
        sink += msg.getBody()->getPartCount();
    });
    const long rssAfterBare = peakRssKb();
    const double full = !doFull ? 0.0 : rate(msgs, seconds, [&](const QByteArray &m) {
        sink += std::size_t(Dsn::BounceAnalyzer::analyze(m).recipients.size());
    });
    std::printf("messages in corpus:        %lld\n", static_cast<long long>(msgs.size()));
    std::printf("bare vmime parse:          %.0f msg/s (one core)\n", bare);
    std::printf("BounceAnalyzer::analyze:   %.0f msg/s (one core)\n", full);
    if (doBare && doFull && full > 0)
        std::printf("analysis / bare parse:     %.2f x the time of vmime's parse alone\n", bare / full);
    std::printf("peak RSS:                  %ld KiB after vmime, %ld KiB at end\n", rssAfterBare, peakRssKb());
    std::printf("(checksum %zu)\n", sink);
    return 0;
}
