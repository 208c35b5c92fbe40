// Creator passwords do not stay in the buffers the app owns once they were sent: the
// one-shot request body zeroes itself after the network read it, and the types that carry
// a password (SecretText) zero it when their last holder lets go. Not reachable from here:
// QNetworkAccessManager's and the socket's own buffers, the QJsonObject/QJsonDocument copies
// made while the body is built, and a QLineEdit's own text and undo history.
#include "Simulator.h"
#include "core/SecretText.h"
#include "core/Wipe.h"
#include "network/ApiClient.h"
#include "network/OneShotBody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>

#include <optional>

namespace {
bool allZero(const QByteArray &bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == 0; });
}
} // namespace

class TestSecretMemory : public QObject
{
    Q_OBJECT

private slots:
    void bodyIsZeroedOnceReadToTheEnd()
    {
        const QByteArray json = QByteArray(R"({"username":"u","password":"pw-1234"})");
        OneShotBody body(QByteArray(json.constData(), json.size()));
        QCOMPARE(body.read(10), json.left(10));
        QCOMPARE(body.buffer(), json); // still needed: not all of it was sent
        QCOMPARE(body.readAll(), json.mid(10));
        QCOMPARE(body.buffer().size(), json.size());
        QVERIFY2(allZero(body.buffer()), body.buffer().constData());
        QCOMPARE(body.bytesAvailable(), 0);
        QVERIFY(!body.reset()); // and still never read twice
    }

    // The real path: ApiClient's login start over loopback HTTP. By the time the reply is
    // there, the body the network read holds zeros, not the password.
    void startBodyHoldsNoPasswordOnceSent()
    {
        Simulator sim;
        const QString key = QStringLiteral("sk-memory-test");
        sim.addApiKey(key);
        QVERIFY(sim.start());
        QNetworkAccessManager nam;
        ApiClient client(&nam, sim.baseUrl());
        client.setApiKey(key);
        StartRequest request;
        request.username = QStringLiteral("emailcreator");
        request.password = QStringLiteral("Creator-Pa55-word-9931");
        QObject context;
        std::optional<bool> zeroed;
        OneShotBody *body = nullptr;
        QNetworkReply *reply
            = client.startAuthentication(request, &context, [&](const ApiResult<StartReply> &r) {
                  QVERIFY(r.ok());
                  QVERIFY(body);
                  zeroed = !body->buffer().isEmpty() && allZero(body->buffer());
              });
        QVERIFY(reply);
        for (QIODevice *d : reply->findChildren<QIODevice *>())
            body = body ? body : dynamic_cast<OneShotBody *>(d);
        QVERIFY2(body, "the start goes out as a OneShotBody");
        QVERIFY(body->buffer().contains("Creator-Pa55-word-9931")); // not sent yet
        QTRY_VERIFY_WITH_TIMEOUT(zeroed.has_value(), 10000);
        QVERIFY(*zeroed);
    }

    void wipeZeroesInPlaceOnlyTheLastHolder()
    {
        QString secret = QString::fromUtf8("pässwörd-🔑");
        const QChar *where = secret.constData();
        QString other = secret; // shared: zeroing now would change `other` under its holder
        QVERIFY(!Wipe::zero(secret));
        QCOMPARE(other, QString::fromUtf8("pässwörd-🔑"));
        other = QString();
        QVERIFY(Wipe::zero(secret)); // the last holder: zeroed where it lies
        QCOMPARE(secret.constData(), where);
        QCOMPARE(secret, QString(secret.size(), QChar(0)));

        QByteArray bytes("pw-5678", 7);
        bytes.detach();
        const char *at = bytes.constData();
        QVERIFY(Wipe::zero(bytes));
        QCOMPARE(bytes.constData(), at);
        QVERIFY(allZero(bytes));

        // Trimmed from the front: Qt 6 moves data() forward and keeps the room before it, which
        // still holds the first characters. All of it is zeroed, and nothing past its end
        // (ASan reports a write past the allocation).
        QByteArray trimmed("secret-password", 15);
        trimmed.detach();
        trimmed.remove(0, 7);
        const auto &d = trimmed.data_ptr();
        const char *start = d.data() - d.freeSpaceAtBegin();
        const qsizetype allocated = d.constAllocatedCapacity();
        QVERIFY(d.freeSpaceAtBegin() > 0);
        QVERIFY(Wipe::zero(trimmed));
        QVERIFY(std::all_of(start, start + allocated, [](char c) { return c == 0; }));

        QString literal = QStringLiteral("in read-only memory");
        QVERIFY(!Wipe::zero(literal)); // never written to
        Wipe::wipe(literal);
        QVERIFY(literal.isEmpty());
    }

    // A password taken from a field gets a buffer of its own (the field's is never
    // zeroed under it), copies of the SecretText share it, and the last one zeroes it.
    void secretTextOwnsItsBufferAndItsLastHolderWipes()
    {
        const QString typed = QString::fromUtf8("typed-pässword");
        SecretText secret = typed;
        QVERIFY(secret.constData() != typed.constData());
        QCOMPARE(QString(secret), typed);
        {
            SecretText copy = secret; // a lambda's capture, a request kept for "Retry now"
            QCOMPARE(copy.constData(), secret.constData());
        } // not the last holder: nothing zeroed
        QCOMPARE(QString(secret), typed);
        QVERIFY(Wipe::zero(secret)); // alone again, so this one may zero it
        QCOMPARE(typed, QString::fromUtf8("typed-pässword"));
    }
};

QTEST_GUILESS_MAIN(TestSecretMemory)
#include "tst_secretmemory.moc"
