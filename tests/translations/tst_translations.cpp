// Translations: the .qm files are in the resource where Bootstrap::setUpApplication
// looks, German is complete and well-formed, lupdate finds nothing new in the sources, and English
// gets real singular and plural forms for "%n second(s)".
//
// When this fails because a message is unfinished, the strings in the code changed: run
//   cmake --build <build dir> --target update_translations
// then translate the new messages in translations/fansly-connect_de.ts (and the plural
// ones in translations/fansly-connect_en.ts).
#include "network/ApiError.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // one entry, or the numerus forms
};

// The translated languages, their plural forms in Qt's order, and for each form a number
// that takes it (QTranslator picks the form by Qt's rules for the .ts file's language).
struct Language
{
    const char *code;
    QList<int> formSamples;
};
const QList<Language> &languages()
{
    static const QList<Language> all {
        {"de", {1, 3}},    {"es", {1, 3}},
        {"fr", {1, 3}},    {"it", {1, 3}},
        {"pt_BR", {1, 3}}, {"pl", {1, 3, 5}},
        {"ru", {1, 3, 5}}, {"uk", {1, 3, 5}},
        {"fil", {1, 3}},   {"ar", {0, 1, 2, 3, 11, 100}},
    };
    return all;
}

QString tsPath(const char *language)
{
    return QStringLiteral(FC_TS_DIR "/fansly-connect_%1.ts").arg(QLatin1String(language));
}

QString qmResource(const char *language)
{
    return QStringLiteral(":/i18n/fansly-connect_%1.qm").arg(QLatin1String(language));
}

// Reads every message of a .ts file; an empty list with *error set when it cannot.
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    bool inMessage = false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("message")
            && inMessage) {
            messages << current;
            inMessage = false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && !inMessage) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage {};
            current.context = context;
            current.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            inMessage = true;
        } else if (name == QLatin1String("source") && inMessage) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment") && inMessage) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation") && inMessage) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.forms << xml.readElementText();
        } else if (name == QLatin1String("numerusform") && inMessage) {
            current.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The placeholders %1..%99, %L1 and %n of a text, sorted, so "%2 … %1" matches "%1 … %2".
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    std::sort(found.begin(), found.end());
    return found;
}

bool hasMnemonic(QString text)
{
    return text.remove(QStringLiteral("&&")).contains(QLatin1Char('&'));
}

QString describe(const TsMessage &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
}

// The messages lupdate finds in today's sources (plus `extraSource`, if given), merged into
// a scratch copy of the committed .ts file as `update_translations` would. Messages the
// committed file lacks come out "unfinished".
QList<TsMessage> lupdateInto(const char *language, const QString &extraSource, QString *error)
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("scratch.ts"));
    if (!QFile::copy(tsPath(language), ts)) {
        *error = QStringLiteral("cannot copy the .ts file");
        return {};
    }
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QFile list(QStringLiteral(FC_TR_SOURCES_LIST));
    if (!list.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read " FC_TR_SOURCES_LIST);
        return {};
    }
    QByteArray sources = list.readAll();
    if (!extraSource.isEmpty())
        sources += extraSource.toUtf8() + '\n';
    QFile scratchList(dir.filePath(QStringLiteral("sources.lst")));
    if (!scratchList.open(QIODevice::WriteOnly) || scratchList.write(sources) != sources.size()) {
        *error = QStringLiteral("cannot write the source list");
        return {};
    }
    scratchList.close();
    QProcess lupdate;
    lupdate.start(QStringLiteral(FC_LUPDATE),
                  {QLatin1Char('@') + scratchList.fileName(), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"),
                   ts});
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAll());
        return {};
    }
    return readTs(ts, error);
}

QStringList unfinished(const QList<TsMessage> &messages)
{
    QStringList out;
    for (const TsMessage &m : messages)
        if (m.type == QLatin1String("unfinished"))
            out << describe(m);
    return out;
}

std::unique_ptr<QTranslator> loadQm(const char *language)
{
    auto t = std::make_unique<QTranslator>();
    if (!t->load(qmResource(language)))
        return nullptr;
    return t;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void qmFilesAreInTheResource_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("en_US");
        const char *locales[] = {"de_DE", "es_MX", "fr_FR", "it_IT",  "pt_BR",
                                 "pl_PL", "ru_RU", "uk_UA", "fil_PH", "ar_SA"};
        for (qsizetype i = 0; i < languages().size(); ++i)
            QTest::newRow(languages().at(i).code)
                << QString::fromLatin1(languages().at(i).code) << QString::fromLatin1(locales[i]);
    }
    void qmFilesAreInTheResource()
    {
        QFETCH(QString, language);
        QFETCH(QString, locale);
        const QString path = QStringLiteral(":/i18n/fansly-connect_%1.qm").arg(language);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QTranslator byPath;
        QVERIFY(byPath.load(path));
        QVERIFY(!byPath.isEmpty());
        // As main.cpp loads it: by locale, from the resource directory.
        QTranslator byLocale;
        QVERIFY(byLocale.load(QLocale(locale), QStringLiteral("fansly-connect"),
                              QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(byLocale.filePath(), path);
    }

    void germanApiErrorIsGerman()
    {
        const auto de = loadQm("de");
        QVERIFY(de);
        QCOMPARE(de->translate("ApiError", "Cancelled."), QStringLiteral("Abgebrochen."));
        QVERIFY(QCoreApplication::installTranslator(de.get()));
        const QString text = ApiError::make(ApiError::Kind::Network).userMessage();
        QCoreApplication::removeTranslator(de.get());
        QVERIFY2(text.contains(QStringLiteral("Internetverbindung")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Check the internet connection")));
    }

    void englishPluralsAtRuntime()
    {
        const auto en = loadQm("en");
        QVERIFY(en);
        QVERIFY(QCoreApplication::installTranslator(en.get()));
        ApiError e = ApiError::make(ApiError::Kind::RateLimited);
        e.retryAfterSeconds = 1;
        const QString one = e.userMessage();
        e.retryAfterSeconds = 3;
        const QString three = e.userMessage();
        QCoreApplication::removeTranslator(en.get());
        QVERIFY2(one.contains(QStringLiteral("Wait 1 second and")), qPrintable(one));
        QVERIFY2(three.contains(QStringLiteral("Wait 3 seconds and")), qPrintable(three));
    }

    // Every %n message has English forms: "1 second", "3 seconds", never "second(s)".
    void everyEnglishNumerusMessageHasPlurals()
    {
        QString error;
        const QList<TsMessage> messages = readTs(tsPath("en"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto en = loadQm("en");
        QVERIFY(en);
        // QCoreApplication::translate, not QTranslator::translate: only it fills in %n.
        QVERIFY(QCoreApplication::installTranslator(en.get()));
        const auto cleanup = qScopeGuard([&] { QCoreApplication::removeTranslator(en.get()); });
        int numerus = 0;
        for (const TsMessage &m : messages) {
            if (!m.numerus)
                continue;
            ++numerus;
            const QByteArray ctx = m.context.toUtf8(), src = m.source.toUtf8(),
                             cmt = m.comment.toUtf8();
            const char *comment = m.comment.isEmpty() ? nullptr : cmt.constData();
            const QString one
                = QCoreApplication::translate(ctx.constData(), src.constData(), comment, 1);
            const QString three
                = QCoreApplication::translate(ctx.constData(), src.constData(), comment, 3);
            const QString what = describe(m) + QStringLiteral(" in fansly-connect_en.ts -> \"")
                + one + QStringLiteral("\" / \"") + three + QLatin1Char('"');
            QVERIFY2(m.type.isEmpty(), qPrintable(what + QStringLiteral(": unfinished")));
            QVERIFY2(!one.isEmpty() && !three.isEmpty(), qPrintable(what));
            QVERIFY2(one != three, qPrintable(what));
            QVERIFY2(!one.contains(QStringLiteral("(s)")) && !three.contains(QStringLiteral("(s)")),
                     qPrintable(what));
            if (m.source.contains(QStringLiteral("%n second(s)"))) {
                QVERIFY2(one.contains(QStringLiteral("1 second"))
                             && !one.contains(QStringLiteral("1 seconds")),
                         qPrintable(what));
                QVERIFY2(three.contains(QStringLiteral("3 seconds")), qPrintable(what));
            }
        }
        QVERIFY(numerus > 0);
    }

    // fansly-connect-cli shares the .qm files: its messages are in them, and the German help
    // keeps every command, option, environment variable and the column layout of the English.
    void cliIsTranslated_data()
    {
        QTest::addColumn<QByteArray>("language");
        for (const Language &l : languages())
            QTest::newRow(l.code) << QByteArray(l.code);
    }
    void cliIsTranslated()
    {
        QFETCH(QByteArray, language);
        const bool german = language == "de";
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language.constData()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto de = loadQm(language.constData());
        QVERIFY(de);
        if (german)
            QCOMPARE(de->translate("CliOptions", "No command given."),
                     QStringLiteral("Kein Befehl angegeben."));

        QString noKey, help;
        for (const TsMessage &m : messages) {
            if (m.context == QLatin1String("Cli")
                && m.source.startsWith(QLatin1String("No API key.")))
                noKey = m.source;
            if (m.context == QLatin1String("CliOptions")
                && m.source.startsWith(QLatin1String("Usage: fansly-connect-cli")))
                help = m.source;
        }
        QVERIFY2(!noKey.isEmpty(),
                 "the CLI's \"No API key\" message is not in fansly-connect_de.ts");
        QVERIFY2(!help.isEmpty(), "the CLI's help text is not in fansly-connect_de.ts");
        const QString noKeyDe = de->translate("Cli", noKey.toUtf8().constData());
        const QString helpDe = de->translate("CliOptions", help.toUtf8().constData());
        QVERIFY(!noKeyDe.isEmpty() && noKeyDe != noKey);
        QVERIFY(!helpDe.isEmpty() && helpDe != help);
        if (german) {
            QVERIFY2(noKeyDe.startsWith(QStringLiteral("Kein API-Schlüssel.")),
                     qPrintable(noKeyDe));
            QVERIFY2(helpDe.startsWith(QStringLiteral("Aufruf: fansly-connect-cli")),
                     qPrintable(helpDe));
        }

        // Options, environment variables and commands in backquotes stay as they are.
        const auto tokens = [](const QString &text) {
            static const QRegularExpression re(
                QStringLiteral("--[a-z][a-z-]*|FANSLY_CONNECT_[A-Z_]+|`[^`]+`"));
            QStringList found;
            for (auto it = re.globalMatch(text); it.hasNext();)
                found << it.next().captured();
            found.sort();
            found.removeDuplicates();
            return found;
        };
        QCOMPARE(tokens(helpDe), tokens(help));
        // The left column (commands, options, exit codes) is the same and its descriptions
        // start in the same column; wrapped lines are indented as in the English text.
        const auto columns = [](const QString &text) {
            static const QRegularExpression re(QStringLiteral("^(  \\S(?:.*?\\S)?) {2,}\\S"));
            QStringList layout;
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                const auto m = re.match(line);
                if (m.hasMatch())
                    layout << m.captured(1) + QLatin1Char('@')
                            + QString::number(m.capturedLength(0) - 1);
            }
            return layout;
        };
        const auto indents = [](const QString &text) {
            QList<qsizetype> found;
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                qsizetype indent = 0;
                while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
                    ++indent;
                if (indent < line.size() && !found.contains(indent))
                    found << indent;
            }
            std::sort(found.begin(), found.end());
            return found;
        };
        QCOMPARE(columns(helpDe), columns(help));
        QCOMPARE(indents(helpDe), indents(help));
        const auto widest = [](const QString &text) {
            qsizetype w = 0;
            for (const QString &line : text.split(QLatin1Char('\n')))
                w = qMax(w, line.size());
            return w;
        };
        QVERIFY2(widest(helpDe) <= widest(help),
                 qPrintable(QStringLiteral("German help lines are up to %1 characters wide, "
                                           "the English ones %2")
                                .arg(widest(helpDe))
                                .arg(widest(help))));
    }

    // lupdate over today's sources: nothing new, nothing unfinished. Run for real (not just
    // reading the committed .ts), so a tr() string nobody added to the .ts files fails here.
    void lupdateFindsNothingNew_data()
    {
        QTest::addColumn<QByteArray>("language");
        QTest::newRow("en") << QByteArray("en");
        for (const Language &l : languages())
            QTest::newRow(l.code) << QByteArray(l.code);
    }
    void lupdateFindsNothingNew()
    {
        QFETCH(QByteArray, language);
        QString error;
        const QList<TsMessage> merged = lupdateInto(language.constData(), {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<TsMessage> committed = readTs(tsPath(language.constData()), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // New to the file, not merely untranslated (English leaves most messages unfinished
        // on purpose; languageIsComplete checks the rest).
        QSet<QString> known;
        for (const TsMessage &m : committed)
            known.insert(describe(m));
        QStringList fresh;
        for (const QString &m : unfinished(merged))
            if (!known.contains(m))
                fresh << m;
        QVERIFY2(fresh.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) in the code are not in "
                                           "fansly-connect_%2.ts (run the update_translations "
                                           "target and translate):\n  ")
                                .arg(fresh.size())
                                .arg(QString::fromLatin1(language))
                            + fresh.join(QStringLiteral("\n  "))));
        QCOMPARE(merged.size(), committed.size()); // and none the code no longer has
    }

    // The check above can fail: a source with a new tr() string makes it report just that.
    void lupdateCatchesANewString()
    {
        QTemporaryDir dir;
        const QString source = dir.filePath(QStringLiteral("Canary.cpp"));
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#include <QCoreApplication>\n"
                   "QString canary() { return QCoreApplication::translate(\"Canary\", "
                   "\"A string nobody translated\"); }\n");
        file.close();
        QString error;
        const QStringList fresh = unfinished(lupdateInto("de", source, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(fresh, QStringList {QStringLiteral("[Canary] \"A string nobody translated\"")});
    }

    // Any message added to the code but not translated, or translated carelessly, fails here.
    void languageIsComplete_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < languages().size(); ++i)
            QTest::newRow(languages().at(i).code) << int(i);
    }
    void languageIsComplete()
    {
        QFETCH(int, index);
        const Language &language = languages().at(index);
        const qsizetype forms = language.formSamples.size();
        QString error;
        const QList<TsMessage> messages = readTs(tsPath(language.code), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        const auto qm = loadQm(language.code);
        QVERIFY(qm);
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QString what = describe(m);
            if (!m.type.isEmpty()) {
                problems << what + QStringLiteral(": ") + m.type;
                continue;
            }
            if (m.forms.isEmpty() || (m.numerus && m.forms.size() != forms)) {
                problems << what
                        + QStringLiteral(": expected %1 form(s), found %2")
                              .arg(m.numerus ? forms : 1)
                              .arg(m.forms.size());
                continue;
            }
            const QByteArray ctx = m.context.toUtf8(), src = m.source.toUtf8(),
                             cmt = m.comment.toUtf8();
            const char *comment = m.comment.isEmpty() ? nullptr : cmt.constData();
            for (qsizetype i = 0; i < m.forms.size(); ++i) {
                const QString &t = m.forms.at(i);
                if (t.trimmed().isEmpty()) {
                    problems << what + QStringLiteral(": empty translation");
                    continue;
                }
                // Arabic may say "one second" or "two seconds" in words, without the number.
                const bool wordForm = m.numerus && QByteArray(language.code) == "ar"
                    && language.formSamples.at(i) <= 2;
                QStringList wanted = placeholders(m.source);
                if (wordForm) {
                    for (const char *number : {"%n", "%Ln"})
                        if (!placeholders(t).contains(QLatin1String(number)))
                            wanted.removeAll(QLatin1String(number));
                }
                if (wanted != placeholders(t))
                    problems << what
                            + QStringLiteral(": placeholders %1 became %2 in \"%3\"")
                                  .arg(placeholders(m.source).join(u' '),
                                       placeholders(t).join(u' '), t);
                if (t.startsWith(QLatin1Char(' ')) != m.source.startsWith(QLatin1Char(' '))
                    || t.endsWith(QLatin1Char('\n')) != m.source.endsWith(QLatin1Char('\n')))
                    problems << what
                            + QStringLiteral(": leading space or final line break "
                                             "differs in \"%1\"")
                                  .arg(t);
                if (hasMnemonic(m.source) != hasMnemonic(t))
                    problems << what
                            + QStringLiteral(": the '&' shortcut is missing or added in \"%1\"")
                                  .arg(t);
                // And the compiled .qm carries it, each plural form for a number that takes
                // it by the language's rules (QTranslator leaves %n in place).
                const int n = m.numerus ? language.formSamples.at(i) : -1;
                const QString compiled
                    = qm->translate(ctx.constData(), src.constData(), comment, n);
                if (compiled != t)
                    problems << what + QStringLiteral(": the .qm gives \"%1\"").arg(compiled);
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1 problem(s) in fansly-connect_%2.ts (after changing "
                                           "strings, run the update_translations target and "
                                           "translate):\n  ")
                                .arg(problems.size())
                                .arg(QString::fromLatin1(language.code))
                            + problems.join(QStringLiteral("\n  "))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
