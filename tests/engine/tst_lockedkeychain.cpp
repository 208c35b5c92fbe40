// SecretStore against a gnome-keyring whose login keyring is locked (keyring-session.sh with
// FC_KEYRING=locked or locked-prompt). An entry was saved while it was still unlocked
// (FC_KEYRING_SETUP), so reading it needs the keyring unlocked.
//  - locked-prompt: the unlock window opens on a display nobody looks at. Without a
//    deadline a read, a write or a removal of that entry waits for ever.
//  - locked: the unlock prompt cannot open (no display) and gnome-keyring answers at once.
// Each job's time is printed (qInfo) for the record; no assertion is about time.
#include "storage/SecretStore.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

using Status = SecretStore::Status;

namespace {
const QString kService = QStringLiteral("fc-locked-test"); // FC_KEYRING_SETUP saved here
const QString kSaved = QStringLiteral("saved");

QString mode()
{
    return qEnvironmentVariable("FC_KEYRING");
}
} // namespace

class TestLockedKeychain : public QObject
{
    Q_OBJECT

    enum class Op {
        Read,
        Write,
        Remove
    };

    // Runs one job and waits for its answer (up to `waitMs`; none: nullopt).
    static std::optional<SecretStore::Result> run(SecretStore &store, Op op, const char *what,
                                                  int waitMs = 60000)
    {
        QObject context;
        std::optional<SecretStore::Result> out;
        const auto done = [&out](const SecretStore::Result &r) { out = r; };
        QElapsedTimer clock;
        clock.start();
        switch (op) {
        case Op::Read: store.read(kSaved, &context, done); break;
        case Op::Write: store.write(kSaved, QStringLiteral("new"), &context, done); break;
        case Op::Remove: store.remove(kSaved, &context, done); break;
        }
        [[maybe_unused]] const bool answered
            = QTest::qWaitFor([&] { return out.has_value(); }, waitMs);
        qInfo("%s in a %s keyring: %s after %lld ms", what, qPrintable(mode()),
              out ? qPrintable(SecretStore::technicalDetail(*out).isEmpty()
                                   ? QStringLiteral("status %1").arg(int(out->status))
                                   : SecretStore::technicalDetail(*out))
                  : "no answer",
              clock.elapsed());
        return out;
    }

private slots:
    void initTestCase()
    {
        if (mode().isEmpty())
            QSKIP("run through keyring-session.sh with FC_KEYRING=locked or locked-prompt");
    }

    // The deadline is what ends a job whose unlock prompt is never answered.
    void everyJobEndsWhenTheUnlockPromptIsNeverAnswered()
    {
        if (mode() != QLatin1String("locked-prompt"))
            QSKIP("needs FC_KEYRING=locked-prompt");
        SecretStore store(kService);
        store.setFirstReadRetryDelay(0);
        store.setDeadline(1500);
        // Without the deadline none of these answers within the minute we wait: each needs
        // the entry saved before, so each waits for the keyring to be unlocked.
        for (const auto &[op, what] : {std::pair {Op::Read, "read"}, std::pair {Op::Write, "write"},
                                       std::pair {Op::Remove, "remove"}}) {
            const auto r = run(store, op, what);
            QVERIFY2(r.has_value(), what);
            QCOMPARE(r->status, Status::NoAnswer);
            const QString said = SecretStore::userMessage(*r);
            QVERIFY2(said.contains(QLatin1String("did not answer"))
                         && said.contains(QLatin1String("locked")),
                     qPrintable(said));
            QVERIFY(SecretStore::technicalDetail(*r).contains(QLatin1String("1500 ms")));
        }
    }

    // What a locked keyring answers when it cannot even show its prompt. The entry saved
    // before is reported as missing, and a write is refused.
    void lockedKeyringWithoutAPromptAnswersAtOnce()
    {
        if (mode() != QLatin1String("locked"))
            QSKIP("needs FC_KEYRING=locked");
        SecretStore store(kService);
        store.setFirstReadRetryDelay(0);
        QCOMPARE(store.deadline(), SecretStore::defaultDeadline());
        const auto read = run(store, Op::Read, "read");
        QVERIFY(read.has_value());
        QCOMPARE(read->status, Status::NotFound);
        const auto written = run(store, Op::Write, "write");
        QVERIFY(written.has_value());
        QCOMPARE(written->status, Status::AccessDenied);
        QVERIFY2(SecretStore::technicalDetail(*written).contains(QLatin1String("locked")),
                 qPrintable(SecretStore::technicalDetail(*written)));
        QVERIFY(SecretStore::userMessage(*written).contains(QLatin1String("Unlock")));
    }
};

QTEST_GUILESS_MAIN(TestLockedKeychain)
#include "tst_lockedkeychain.moc"
