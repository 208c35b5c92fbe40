// FC_TEST_SHARDED_MAIN(Class): QTEST_GUILESS_MAIN for a long test that CTest runs in parts side
// by side. "--shard K/N" (1 <= K <= N) runs the test functions whose position, in declaration
// order, is K modulo N; every other argument goes to QTest as usual. Without --shard it runs
// them all.
#pragma once

#include <QCoreApplication>
#include <QMetaMethod>
#include <QTest>

#include <cstdio>

namespace FcShard {

inline bool isFixture(const QByteArray &name)
{
    return name == "initTestCase" || name == "cleanupTestCase" || name == "init"
        || name == "cleanup" || name.endsWith("_data");
}

// The arguments for QTest::qExec: ours without "--shard K/N", then the functions of part K.
inline QStringList arguments(const QMetaObject &tests, QStringList args, bool *ok)
{
    *ok = true;
    const qsizetype at = args.indexOf(QStringLiteral("--shard"));
    if (at < 0)
        return args;
    const QStringList part = args.value(at + 1).split(QLatin1Char('/'));
    args.remove(at, qMin<qsizetype>(2, args.size() - at));
    const int k = part.value(0).toInt();
    const int n = part.size() == 2 ? part.value(1).toInt() : 0;
    if (n < 1 || k < 1 || k > n) {
        *ok = false;
        return args;
    }
    int position = 0;
    const qsizetype before = args.size();
    for (int i = tests.methodOffset(); i < tests.methodCount(); ++i) {
        const QMetaMethod m = tests.method(i);
        if (m.methodType() != QMetaMethod::Slot || m.access() != QMetaMethod::Private
            || m.parameterCount() != 0 || isFixture(m.name()))
            continue;
        if (position++ % n == k - 1)
            args << QString::fromLatin1(m.name());
    }
    // A part with no function would make QTest run them all.
    *ok = args.size() > before;
    return args;
}

} // namespace FcShard

#define FC_TEST_SHARDED_MAIN(TestObject)                                                           \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication app(argc, argv);                                                          \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        bool ok = false;                                                                           \
        const QStringList args = FcShard::arguments(tc.staticMetaObject, app.arguments(), &ok);    \
        if (!ok) {                                                                                 \
            std::fputs("--shard takes K/N with 1 <= K <= N, and part K must have a test\n",        \
                       stderr);                                                                    \
            return 2;                                                                              \
        }                                                                                          \
        return QTest::qExec(&tc, args);                                                            \
    }
