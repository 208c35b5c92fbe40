#include "Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Languages {

namespace {

QString g_current = QStringLiteral("en");
QTranslator *g_qt = nullptr;
QTranslator *g_own = nullptr;

void drop(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

// Qt's own texts. Debian ships no qtbase_fil.qm: ours (translations/qt_fil.ts) names the
// wizard's, message boxes' and line edits' texts, so no English is left on screen.
QTranslator *qtTranslator(const QString &code, QCoreApplication &app)
{
    auto *t = new QTranslator(&app);
    const QLocale locale(code);
    if (t->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || t->load(QStringLiteral(":/i18n/qt_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(t);
        return t;
    }
    delete t;
    return nullptr;
}

} // namespace

QStringList codes()
{
    return {QStringLiteral("en"),  QStringLiteral("de"), QStringLiteral("es"),
            QStringLiteral("fr"),  QStringLiteral("it"), QStringLiteral("pt_BR"),
            QStringLiteral("pl"),  QStringLiteral("ru"), QStringLiteral("uk"),
            QStringLiteral("fil"), QStringLiteral("ar")};
}

QString match(const QString &text)
{
    QString wanted = text.trimmed();
    wanted.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (wanted.isEmpty())
        return {};
    // Tagalog is what Filipino is built on; systems name it either way.
    if (wanted.compare(QLatin1String("tl"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("fil");
    for (const QString &code : codes())
        if (wanted.compare(code, Qt::CaseInsensitive) == 0)
            return code;
    // A territory we do not have a translation of: the language alone ("ar_SA", "de_AT").
    // Portuguese from anywhere gets the Brazilian translation, not English.
    const QString language = wanted.section(QLatin1Char('_'), 0, 0).toLower();
    if (language == QLatin1String("pt"))
        return QStringLiteral("pt_BR");
    if (language == QLatin1String("tl"))
        return QStringLiteral("fil");
    for (const QString &code : codes())
        if (code == language)
            return code;
    return {};
}

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = locale.toUpper(name.left(1)).at(0);
    if (code == QLatin1String("pt_BR"))
        name += QStringLiteral(" (") + locale.nativeTerritoryName() + QLatin1Char(')');
    return name;
}

QString systemCode()
{
    for (const QString &language : QLocale::system().uiLanguages()) {
        const QString code = match(language);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

void use(QCoreApplication &app, const QString &wanted)
{
    const QString code = wanted.isEmpty() ? systemCode() : match(wanted);
    drop(g_qt);
    drop(g_own);
    g_current = code.isEmpty() ? QStringLiteral("en") : code;
    const QLocale locale(g_current);
    QLocale::setDefault(locale);
    if (g_current != QLatin1String("en"))
        g_qt = qtTranslator(g_current, app);
    // English has a file too: the singular and plural forms of the %n messages.
    g_own = new QTranslator(&app);
    if (g_own->load(QStringLiteral(":/i18n/fansly-connect_%1.qm").arg(g_current))) {
        QCoreApplication::installTranslator(g_own);
    } else {
        delete g_own;
        g_own = nullptr;
    }
}

QString current()
{
    return g_current;
}

} // namespace Languages
