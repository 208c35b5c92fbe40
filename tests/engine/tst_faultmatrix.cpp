// The fault matrix (issue 10): every API call against every fault a local server can
// produce, each cell named "call/fault", each checked against one expectation table
// (tst_faultmatrix_expected.cpp) for what a person is left with: the error kind and the
// sentence shown, whether the app retries and when, what stays on screen and whether the
// login is still kept to resume. It counts its cells and fails when fewer than 7 × 30 ran.
//
// FC_FAULTMATRIX_MARKDOWN=FILE writes docs/RELIABILITY.md's table from the expectations
// (run one cell with it: tst_faultmatrix "matrix:start/refused");
// FC_FAULTMATRIX_RECORD=FILE writes what each cell saw as table lines (to review by hand
// when the engine changes on purpose), without comparing.
#include "tst_faultmatrix.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace FaultMatrix;

namespace {

constexpr int kMinimumCells = 7 * 30;
constexpr int kTransferTimeoutMs = 250;
// A too-large reply must be dropped long before its 50 MB: what the OS buffers on
// loopback plus the 1 MiB cap is far below this.
constexpr qint64 kMostBytesReadOfALargeReply = 16 * 1024 * 1024;

QByteArray kindName(ApiError::Kind kind)
{
    return "K::" + QByteArray(kindId(kind));
}

QByteArray quoted(const QString &s)
{
    QByteArray out = "\"";
    for (const QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += '\\';
        out += QString(c).toUtf8();
    }
    return out + '"';
}

// The key phrase a recorded cell proposes: the shown text's first sentence, at most ~60
// characters, cut at a word.
QString keyPhrase(const QString &sentence)
{
    QString s = sentence.section(QStringLiteral(". "), 0, 0);
    if (s.size() > 60)
        s = s.left(60).section(QLatin1Char(' '), 0, -2);
    return s;
}

QByteArray callEnum(Call call)
{
    QByteArray n = callName(call).toLatin1();
    n[0] = char(QChar::toUpper(n[0]));
    return "C::" + n;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT
    int m_rows = 0;
    int m_cells = 0;
    QFile m_record;
    QHash<QString, const Expected *> m_expected;

private slots:
    void initTestCase()
    {
        m_rows = int(faultNames().size() * std::size(kCalls));
        for (const Expected &e : expectations())
            m_expected.insert(callName(e.call) + QLatin1Char('/') + QLatin1String(e.fault), &e);
        const QString record = qEnvironmentVariable("FC_FAULTMATRIX_RECORD");
        if (!record.isEmpty()) {
            m_record.setFileName(record);
            QVERIFY(m_record.open(QIODevice::WriteOnly));
        }
        const QString markdown = qEnvironmentVariable("FC_FAULTMATRIX_MARKDOWN");
        if (!markdown.isEmpty()) {
            QFile out(markdown);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(markdownTable().toUtf8());
        }
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("call");
        for (const Call call : kCalls) {
            for (const QString &fault : faultNames())
                QTest::addRow("%s/%s", qPrintable(callName(call)), qPrintable(fault))
                    << fault << int(call);
        }
    }
    void matrix()
    {
        QFETCH(QString, fault);
        QFETCH(int, call);
        const Call c = Call(call);
        ++m_cells;
        const Observed o = runCell(fault, c, kTransferTimeoutMs);
        if (QTest::currentTestFailed())
            return;

        // Promises that hold in every cell, whatever the table says.
        QCOMPARE(o.otherOriginRequests, 0); // the key never goes to another origin
        if (c == Call::Start || c == Call::Code || c == Call::Reauth)
            QVERIFY2(o.sent <= 1, "a start or a code reached the server twice");
        if (isLarge(fault)) { // the 1 MiB cap holds as data arrives, for every framing
            qInfo("the client read %.1f MiB of a 50 MB reply", o.largeBytesSent / 1048576.0);
            QVERIFY2(o.largeBytesSent < kMostBytesReadOfALargeReply,
                     qPrintable(QStringLiteral("the client read %1 bytes of a 50 MB reply")
                                    .arg(o.largeBytesSent)));
        }

        if (m_record.isOpen()) {
            m_record.write("    {\"" + fault.toUtf8() + "\", " + callEnum(c) + ", "
                           + kindName(o.kind) + ", " + quoted(o.screen) + ", "
                           + QByteArray::number(o.retryMs) + ", " + (o.pending ? "true" : "false")
                           + ", " + QByteArray::number(o.sent) + ", "
                           + quoted(keyPhrase(o.sentence)) + "},\n");
            m_record.flush();
            return;
        }
        const Expected *e = m_expected.value(callName(c) + QLatin1Char('/') + fault);
        QVERIFY2(e, "no expectation for this cell");
        QCOMPARE(kindName(o.kind), kindName(e->kind));
        QCOMPARE(o.screen, QString::fromUtf8(e->screen));
        QCOMPARE(o.retryMs, e->retryMs);
        QCOMPARE(o.pending, e->pending);
        if (c == Call::Start || c == Call::Code || c == Call::Reauth)
            QCOMPARE(o.sent, e->sent);
        else // Qt may send a GET or DELETE again by itself when a kept-alive connection drops
            QCOMPARE(o.sent > 0, e->sent > 0);
        const QString phrase = QString::fromUtf8(e->phrase);
        if (phrase.isEmpty())
            QCOMPARE(o.sentence, QString());
        else
            QVERIFY2(o.sentence.contains(phrase),
                     qPrintable(QStringLiteral("shown: \"%1\", expected to contain \"%2\"")
                                    .arg(o.sentence, phrase)));
    }

    void cleanupTestCase()
    {
        qInfo("fault matrix: %d cells run of %d (%lld faults x 7 calls)", m_cells, m_rows,
              qlonglong(faultNames().size()));
        QVERIFY2(m_rows >= kMinimumCells, "the matrix shrank below 7 calls x 30 faults");
        QCOMPARE(int(expectations().size()), m_rows); // every cell has one expectation
        // A run filtered to some cells (by name on the command line) checks only those.
        if (m_cells == m_rows)
            QVERIFY(m_cells >= kMinimumCells);
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
