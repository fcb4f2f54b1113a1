// SPDX-License-Identifier: GPL-3.0-or-later
// The hand-written readers of codes/CodeScanner.h against the regular expressions they replace
// (copied below from LineParser.cpp as it was before the readers, the oracle): over every
// line, tab-separated column, whole text and folded text (as parseLine folds it) of the
// repository's test data and of the shared corpus' messages, hand-made edge cases, and a
// seeded randomized set built from the patterns' own characters and words, each reader must
// give the same match or no match, and the same group spans, as QRegularExpression::match.
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "RealTexts.h"
#include "codes/CodeScanner.h"
#include "codes/LineParser.h"

using namespace Codes;

namespace {

const auto kCaseless = QRegularExpression::CaseInsensitiveOption;

const QRegularExpression &replyBeforeStatusPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\d.])([245][0-5]\d)[\s\-]+#?[245]\.[0-7]\.\d{1,3}(?!\.?\d))"));
    return re;
}

const QRegularExpression &replyAtStartPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:^|said:|smtp;|<<<|error:|reply:|response:|returned:|\]:|>:|'|status:)\s*\(?([245][0-5]\d)(?=[\s\-.,;:)]|$))"),
        kCaseless);
    return re;
}

const QRegularExpression &statusPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?<![\d.])#?([245])\.([0-7])\.(\d{1,3})(?!\.?\d))"));
    return re;
}

const QRegularExpression &markedPattern()
{
    static const QRegularExpression re(QStringLiteral(R"((?:^\s*#?|#|[:;(\[]\s*)([245])\.([0-7])\.(\d{1,3})(?!\.?\d))"));
    return re;
}

const QRegularExpression &commandPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((?:in reply to|after|>>>)\s+(end of data|rcpt to|mail from|data|helo|ehlo|starttls|auth|quit|bdat|initial connection|connect))"),
        kCaseless);
    return re;
}

const QRegularExpression &stageWordsPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"((does not like recipient|did not like our rcpt to|most progress was rcpt|)"
                       R"(failed on data command|failed after i sent the message|did not like our (?:final )?data))"),
        kCaseless);
    return re;
}

const QRegularExpression &gmailStatePattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\(state (\d{1,2})\)\.?)"));
    return re;
}

// The literal words and code-like tokens of the patterns: spliced into random texts so that
// matches, near misses and neighbours of matches are frequent.
const QStringList &tokens()
{
    static const QStringList t = {
        QStringLiteral("said:"), QStringLiteral("smtp;"), QStringLiteral("<<<"), QStringLiteral("error:"), QStringLiteral("reply:"),
        QStringLiteral("response:"), QStringLiteral("returned:"), QStringLiteral("]:"), QStringLiteral(">:"), QStringLiteral("'"),
        QStringLiteral("status:"), QStringLiteral("said"), QStringLiteral("smtp"), QStringLiteral("respon"), QStringLiteral("stat"),
        QStringLiteral("in reply to"), QStringLiteral("in reply"), QStringLiteral("in reply to "), QStringLiteral("after "),
        QStringLiteral(">>> "), QStringLiteral("after\t"), QStringLiteral("after"), QStringLiteral(">>>"), QStringLiteral(">>"),
        QStringLiteral("end of data"), QStringLiteral("end of"), QStringLiteral("rcpt to"), QStringLiteral("mail from"),
        QStringLiteral("data"), QStringLiteral("database"), QStringLiteral("helo"), QStringLiteral("ehlo"), QStringLiteral("starttls"),
        QStringLiteral("auth"), QStringLiteral("quit"), QStringLiteral("bdat"), QStringLiteral("initial connection"),
        QStringLiteral("initial"), QStringLiteral("connect"), QStringLiteral("does not like recipient"), QStringLiteral("does not like"),
        QStringLiteral("did not like our rcpt to"), QStringLiteral("did not like our "), QStringLiteral("most progress was rcpt"),
        QStringLiteral("failed on data command"), QStringLiteral("failed after i sent the message"), QStringLiteral("failed "),
        QStringLiteral("did not like our final data"), QStringLiteral("did not like our data"), QStringLiteral("final "),
        QStringLiteral("(state "), QStringLiteral("(state 14)"), QStringLiteral("(state 6)."), QStringLiteral("(state 123)"),
        QStringLiteral("550"), QStringLiteral("5.1.1"), QStringLiteral("#5.7.1"), QStringLiteral("4.4.10"), QStringLiteral("250"),
        QStringLiteral("421"), QStringLiteral("559"), QStringLiteral("560"), QStringLiteral("2.0.0"), QStringLiteral("5.8.1"),
        QStringLiteral("5.1.1234"), QStringLiteral("4.7.999"), QStringLiteral("5.1.1.2"), QStringLiteral("1.2.3.4"), QStringLiteral("(550"),
        QStringLiteral("550-"), QStringLiteral("550 5.1.1"), QStringLiteral("452-4.2.2"), QStringLiteral("5."), QStringLiteral(".1"),
    };
    return t;
}

// Single characters: digits, the patterns' punctuation, \s, letters of the words, U+017F and
// U+212A (which PCRE folds to 's' and 'k' without case), a letter outside ASCII, NEL and NBSP
// (not \s without UCP).
const QString &alphabet()
{
    static const QString a = QStringLiteral("0123456789.-# \t\n\v\f\r()[]:;<>',") + QStringLiteral("saidmtperoluntdfcphqbkgSAIDMTPEROLUNTDFCHQBKG")
                             + QChar(0x017F) + QChar(0x212A) + QChar(0x00E9) + QChar(0x0085) + QChar(0x00A0) + QChar(0x0130);
    return a;
}

// A letter in a random case, sometimes as its non-ASCII case partner.
QChar randomCase(QRandomGenerator &rng, QChar c)
{
    const int r = rng.bounded(20);
    if (c == u's' && r == 0)
        return QChar(0x017F);
    if (c == u'k' && r == 0)
        return QChar(0x212A);
    return r < 10 ? c.toUpper() : c;
}

QString randomText(QRandomGenerator &rng)
{
    const QString &chars = alphabet();
    const QStringList &words = tokens();
    QString t;
    const int pieces = int(rng.bounded(1, 16));
    for (int p = 0; p < pieces; ++p) {
        if (rng.bounded(2) == 0) {
            t += chars.at(int(rng.bounded(int(chars.size()))));
            continue;
        }
        const QString &w = words.at(int(rng.bounded(int(words.size()))));
        const bool mixCase = rng.bounded(3) == 0;
        for (const QChar c : w)
            t += mixCase ? randomCase(rng, c) : c;
    }
    // Now and then a lone or a paired surrogate: PCRE refuses the first, reads the second as one character.
    const int r = rng.bounded(100);
    if (r == 0)
        t.insert(int(rng.bounded(int(t.size() + 1))), QChar(0xD83D));
    else if (r == 1)
        t.insert(int(rng.bounded(int(t.size() + 1))), QString(QChar(0xD83D)) + QChar(0xDE00));
    return t;
}

QStringList edgeCases()
{
    return {
        QString(), QStringLiteral("550"), QStringLiteral("550\n"), QStringLiteral("550\nx"), QStringLiteral("(550)"), QStringLiteral("( 550"),
        QStringLiteral("said: (550)"), QStringLiteral("SAID:550."), QStringLiteral("]:451:"), QStringLiteral("'552'"), QStringLiteral("'5520"),
        QStringLiteral("x 550 5.1.1"), QStringLiteral("1550 5.1.1"), QStringLiteral(".550 5.1.1"), QStringLiteral("550 -#5.1.1"),
        QStringLiteral("550 5.1.1.2"), QStringLiteral("550 5.1.1."), QStringLiteral("550 5.1.1234"), QStringLiteral("550 5.8.1"),
        QStringLiteral("5.1.1"), QStringLiteral("#5.1.1"), QStringLiteral("##5.1.1"), QStringLiteral("1#5.1.1"), QStringLiteral(" \t#4.2.2 x"),
        QStringLiteral("x: 5.1.0"), QStringLiteral("x(5.1.0)"), QStringLiteral("x[ 5.1.0]"), QStringLiteral("version 2.4.6"),
        QStringLiteral("in reply to RCPT TO command"), QStringLiteral("AFTER END OF DATA"), QStringLiteral(">>> DATA"),
        QStringLiteral("after database"), QStringLiteral("after\t\nconnect"), QStringLiteral("afterdata"), QStringLiteral("after  initial connection"),
        QStringLiteral("in reply to in reply to mail from"), QStringLiteral("(state 14)."), QStringLiteral("(state 123)"), QStringLiteral("(state 1"),
        QStringLiteral("(state 9) (state 14)"), QStringLiteral("does not like recipient."), QStringLiteral("did not like our final data"),
        QStringLiteral("most progress was RCPT TO response"), QStringLiteral("FAILED after I sent the message"),
        QString::fromUtf8("\u017Faid: 550 x"), QString::fromUtf8("\u017Ftatu\u017F: 4.2.2"), QString::fromUtf8("after \u017FTARTTL\u017F"),
        QString::fromUtf8("doe\u017F not li\u212Ae recipient"), QString::fromUtf8("did not li\u212Ae our data"),
        QString(QChar(0xD800)) + QStringLiteral("550 5.1.1"), QStringLiteral("550 5.1.1") + QChar(0xDC00),
        QStringLiteral("550 ") + QChar(0xD83D) + QChar(0xDE00) + QStringLiteral(" 5.1.1"), QChar(0xDE00) + QStringLiteral("5.1.1"),
    };
}

QStringList allTexts()
{
    QStringList texts = edgeCases();
    for (const QString &whole : TestSupport::realFileTexts()) {
        texts << whole;
        const QStringList lines = TestSupport::linesOf(whole);
        // A reply folded as LineParser folds a paste: its lines joined by one space, and what
        // parseLine() made of it (the folded text after its leading codes).
        texts << lines.join(QLatin1Char(' ')) << parseLine(whole).text;
        for (const QString &line : lines) {
            texts << line << parseLine(line).text;
            for (const QString &column : line.split(QLatin1Char('\t')))
                texts << column;
        }
    }
    return texts;
}

CodeSpan spanOf(const QRegularExpressionMatch &m, int group)
{
    return m.hasMatch() ? CodeSpan{m.capturedStart(group), m.capturedLength(group)} : CodeSpan{};
}

bool sameSpan(const CodeSpan &a, const CodeSpan &b)
{
    return a.start == b.start && (a.start < 0 || a.length == b.length);
}

QString describe(const CodeSpan &s)
{
    return s.found() ? QStringLiteral("[%1,%2]").arg(s.start).arg(s.length) : QStringLiteral("none");
}

// Differences and matches of one reader against its pattern, over all texts compared.
struct Tally
{
    explicit Tally(const char *n) : name(n) {}

    const char *name;
    qint64 matches = 0;
    qint64 differences = 0;
    QString firstDifference;

    void add(const QString &text, const QList<CodeSpan> &expected, const QList<CodeSpan> &got)
    {
        matches += expected.first().found();
        bool same = expected.size() == got.size();
        for (int g = 0; same && g < expected.size(); ++g)
            same = sameSpan(expected[g], got[g]);
        if (same)
            return;
        if (differences++ == 0) {
            firstDifference = QStringLiteral("%1 in \"%2\":").arg(QLatin1String(name), text.left(300));
            for (int g = 0; g < expected.size(); ++g)
                firstDifference += QStringLiteral(" expected %1 got %2;").arg(describe(expected[g]), describe(got[g]));
        }
    }
};

QList<CodeSpan> groups(const QRegularExpressionMatch &m, int count)
{
    QList<CodeSpan> spans;
    for (int g = 1; g <= count; ++g)
        spans << spanOf(m, g);
    return spans;
}

QList<CodeSpan> groups(const StatusSpans &s)
{
    return {s.codeClass, s.subject, s.detail};
}

struct Comparison
{
    Tally replyBeforeStatus{"replyBeforeStatus"}, replyAtStart{"replyAtStart"}, status{"status"}, marked{"markedStatus"},
        command{"command"}, stageWords{"stageWords"}, gmailState{"gmailState"};
    qint64 texts = 0;

    QList<Tally *> all() { return {&replyBeforeStatus, &replyAtStart, &status, &marked, &command, &stageWords, &gmailState}; }

    // `froms`: where statusPattern() is searched from (LineParser: where the reply code is).
    void compare(const QString &t, std::initializer_list<qsizetype> froms)
    {
        ++texts;
        const CodeScanner scan(t);
        replyBeforeStatus.add(t, groups(replyBeforeStatusPattern().match(t), 1), {scan.replyBeforeStatus()});
        replyAtStart.add(t, groups(replyAtStartPattern().match(t), 1), {scan.replyAtStart()});
        for (const qsizetype from : froms)
            status.add(t, groups(statusPattern().match(t, from), 3), groups(scan.status(from)));
        marked.add(t, groups(markedPattern().match(t), 3), groups(scan.markedStatus()));
        command.add(t, groups(commandPattern().match(t), 1), {scan.command()});
        stageWords.add(t, groups(stageWordsPattern().match(t), 1), {scan.stageWords()});
        gmailState.add(t, groups(gmailStatePattern().match(t), 1), {scan.gmailState()});
    }

    void report(const char *what)
    {
        QString line = QStringLiteral("%1: %2 texts;").arg(QLatin1String(what)).arg(texts);
        for (const Tally *t : all())
            line += QStringLiteral(" %1 %2 matched, %3 differ;").arg(QLatin1String(t->name)).arg(t->matches).arg(t->differences);
        qInfo("%s", qPrintable(line));
    }
};

} // namespace

class TestCodeScanner : public QObject
{
    Q_OBJECT

private slots:
    void patternsValid()
    {
        for (const QRegularExpression *re : {&replyBeforeStatusPattern(), &replyAtStartPattern(), &statusPattern(), &markedPattern(),
                                             &commandPattern(), &stageWordsPattern(), &gmailStatePattern()})
            QVERIFY2(re->isValid(), qPrintable(re->pattern()));
    }

    // Every real text, and each from where a reply code stands in it (as LineParser searches).
    void realTextsAsThePatterns()
    {
        const QStringList texts = allTexts();
        QVERIFY2(texts.size() > 20000, qPrintable(QString::number(texts.size()))); // the data was found
        Comparison c;
        for (const QString &t : texts) {
            const qsizetype code = CodeScanner(t).replyAtStart().start;
            c.compare(t, {0, qMax<qsizetype>(0, code), t.size() / 2, t.size()});
        }
        c.report("real texts");
        checkNoDifference(c);
        // The patterns did match real texts (a reader that found nothing would not pass above).
        QVERIFY2(c.replyBeforeStatus.matches > 2000, qPrintable(QString::number(c.replyBeforeStatus.matches)));
        QVERIFY2(c.replyAtStart.matches > 1500, qPrintable(QString::number(c.replyAtStart.matches)));
        QVERIFY2(c.status.matches > 5000, qPrintable(QString::number(c.status.matches)));
        QVERIFY2(c.marked.matches > 500, qPrintable(QString::number(c.marked.matches)));
        QVERIFY2(c.command.matches > 300, qPrintable(QString::number(c.command.matches)));
        QVERIFY2(c.stageWords.matches > 50, qPrintable(QString::number(c.stageWords.matches)));
        QVERIFY2(c.gmailState.matches > 10, qPrintable(QString::number(c.gmailState.matches)));
    }

    // 200,000 texts drawn with a fixed seed from the patterns' characters and words.
    void randomTextsAsThePatterns()
    {
        QRandomGenerator rng(14); // issue #14; fixed so that a failure can be reproduced
        Comparison c;
        for (int i = 0; i < 200000; ++i) {
            const QString t = randomText(rng);
            c.compare(t, {0, qsizetype(rng.bounded(int(t.size() + 1)))});
        }
        c.report("random texts");
        checkNoDifference(c);
        for (const Tally *t : c.all())
            QVERIFY2(t->matches > 1000, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(t->name)).arg(t->matches)));
    }

    // Searched from an offset, PCRE2 checks UTF-16 only from one character before it: every
    // offset of texts with surrogates, paired and not, around an enhanced code.
    void statusFromEveryOffset()
    {
        const QChar high(0xD83D), low(0xDE00);
        const QStringList pieces = {QString(high), QString(low), QString(high) + low, QString(low) + low, QStringLiteral("x"),
                                    QStringLiteral("5.1.1"), QStringLiteral("#4.2.2"), QStringLiteral(" ")};
        Comparison c;
        // Every sequence of four pieces: surrogates before, between and after the codes.
        for (int a = 0; a < pieces.size(); ++a)
            for (int b = 0; b < pieces.size(); ++b)
                for (int d = 0; d < pieces.size(); ++d)
                    for (int e = 0; e < pieces.size(); ++e) {
                        const QString t = pieces[a] + pieces[b] + pieces[d] + pieces[e];
                        for (qsizetype from = 0; from <= t.size(); ++from)
                            c.compare(t, {from});
                    }
        c.report("surrogate texts");
        checkNoDifference(c);
        QVERIFY2(c.status.matches > 1000, qPrintable(QString::number(c.status.matches)));
    }

    // A few answers written out, so that a pattern and a reader cannot agree on nonsense.
    void knownAnswers()
    {
        const QString said = QStringLiteral("host x said: 550 5.1.1 <a@b.c>: user unknown (in reply to RCPT TO command)");
        const CodeScanner scan(said);
        QCOMPARE(scan.replyAtStart().start, 13);
        QCOMPARE(scan.replyBeforeStatus().start, 13);
        QCOMPARE(scan.status(13).detail.start, 21);
        QCOMPARE(said.mid(scan.command().start, scan.command().length), QStringLiteral("RCPT TO"));
        QCOMPARE(CodeScanner(u"after database").command().length, 4); // "data": no word boundary
        QCOMPARE(CodeScanner(u"x 5.1.1 y").markedStatus().found(), false);
        QCOMPARE(CodeScanner(u"#5.7.1 y").markedStatus().subject.start, 3);
        QCOMPARE(CodeScanner(u"(state 14).").gmailState().start, 7);
        QCOMPARE(CodeScanner(QString::fromUtf8("\u017Faid: 421 x")).replyAtStart().start, 6);
        const QString lone = QString(QChar(0xDC00)) + QStringLiteral("550 5.1.1"); // not UTF-16: PCRE2 searches nothing
        QVERIFY(!CodeScanner(lone).replyBeforeStatus().found());
    }

private:
    static void checkNoDifference(Comparison &c)
    {
        for (const Tally *t : c.all())
            QVERIFY2(t->differences == 0, qPrintable(QStringLiteral("%1 differences; first: %2").arg(t->differences).arg(t->firstDifference)));
    }
};

QTEST_GUILESS_MAIN(TestCodeScanner)
#include "TestCodeScanner.moc"
