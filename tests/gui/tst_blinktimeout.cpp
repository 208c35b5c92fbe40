// The text cursor stops blinking after a while without input, so an idle page wakes nothing,
// and blinks again at the next key press, click or focus change.
#include "BlinkTimeout.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

namespace {

// Timer events delivered anywhere in the application while it idles for `ms`.
int timerEventsDuring(int ms)
{
    struct Counter : QObject
    {
        int count = 0;
        bool eventFilter(QObject *o, QEvent *e) override
        {
            if (e->type() == QEvent::Timer)
                ++count;
            return QObject::eventFilter(o, e);
        }
    } counter;
    qApp->installEventFilter(&counter);
    QTest::qWait(ms);
    qApp->removeEventFilter(&counter);
    return counter.count;
}

} // namespace

class TestBlinkTimeout : public QObject
{
    Q_OBJECT
private slots:
    void stopsAndStartsAgain()
    {
        const int platform = QApplication::cursorFlashTime();
        QVERIFY2(platform > 0, "the offscreen platform blinks");
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *code = new QLineEdit;
        auto *other = new QLineEdit;
        layout->addWidget(code);
        layout->addWidget(other);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        code->setFocus();
        {
            BlinkTimeout blink(1500);
            QVERIFY(blink.isBlinking());
            QVERIFY2(timerEventsDuring(700) > 0, "the cursor blinks at first");
            QTRY_VERIFY(!blink.isBlinking());
            QCOMPARE(timerEventsDuring(1200), 0); // nothing wakes the idle window

            QTest::keyClick(code, Qt::Key_1);
            QVERIFY(blink.isBlinking());
            QCOMPARE(code->text(), QStringLiteral("1")); // the key still reaches the field
            QTRY_VERIFY(!blink.isBlinking());

            other->setFocus();
            QVERIFY(blink.isBlinking());
            QTRY_VERIFY(!blink.isBlinking());
            QTest::mouseClick(code, Qt::LeftButton);
            QVERIFY(blink.isBlinking());
        }
        QCOMPARE(QApplication::cursorFlashTime(), platform); // given back when it goes
    }
};

QTEST_MAIN(TestBlinkTimeout)
#include "tst_blinktimeout.moc"
