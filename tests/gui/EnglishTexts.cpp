#include "EnglishTexts.h"

#include "LayoutInspector.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QWizard>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

// Messages a language may show exactly as English does, each for a reason. Keep it short:
// a word here is a word nobody checks again. Sources as the screen shows them (no "&").
struct Allowed
{
    const char *source;
    const char *languages; // space-separated codes, or "*" for all
};
const Allowed kAllowed[] = {
    // Names: the app, and the abbreviation every language writes so.
    {"Fansly Connect", "*"},
    {"Fansly Connect %1", "*"},
    {"API: %1", "*"},
    // Qt's "OK" is "OK" in all of them.
    {"OK", "*"},
    // The same word in these languages.
    {"Proxy", "de es fr it pt_BR fil"},
    {"Filter:", "de fil"},
    // Words Italian (and Filipino) software takes from English as they are.
    {"File", "it fil"},
    {"Account", "it fil"},
    {"Password", "it fil"},
    // Filipino keeps these English terms, as its glossary says (translations/README.md):
    // account, API key, code, password, proxy, practice mode, team; and "display name".
    {"API key", "fil"},
    {"Account ID", "fil"},
    {"Account ID:", "fil"},
    {"Display name", "fil"},
    {"Verification code", "fil"},
    {"Managed proxy", "fil"},
    {"Fansly Connect — Practice", "fil"},
    {"Team: %1 · Key: %2", "fil"},
};

QString normal(const QString &text)
{
    return LayoutInspector::withoutAccelerator(text).trimmed();
}

bool allowed(const QString &language, const QString &source)
{
    for (const Allowed &a : kAllowed) {
        if (source != QString::fromUtf8(a.source))
            continue;
        const QStringList codes = QString::fromLatin1(a.languages).split(QLatin1Char(' '));
        if (codes.contains(QStringLiteral("*")) || codes.contains(language))
            return true;
    }
    return false;
}

} // namespace

void EnglishTexts::add(const QString &raw)
{
    const QString source = normal(raw);
    static const QRegularExpression placeholder(QStringLiteral("%L?(?:[0-9]|n)"));
    if (!source.contains(placeholder)) {
        if (!source.isEmpty())
            m_exact.insert(source);
        return;
    }
    // A placeholder stands for anything; a message of placeholders and punctuation
    // ("%1:%2", "%1 (%2)") says nothing about the language.
    QString words = source;
    words.remove(placeholder);
    if (std::count_if(words.cbegin(), words.cend(), [](QChar c) { return c.isLetter(); }) < 3)
        return;
    QString pattern;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        pattern += QRegularExpression::escape(source.mid(from, m.capturedStart() - from));
        pattern += QStringLiteral("(.+)");
        from = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(source.mid(from));
    m_patterns.append({QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                          QRegularExpression::DotMatchesEverythingOption),
                       source});
}

bool EnglishTexts::load(const QString &enTsFile, QString *error)
{
    QFile file(enTsFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = enTsFile + QStringLiteral(": ") + file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        // Every source, and the English singular and plural forms of the %n messages.
        if (xml.name() == QLatin1String("source") || xml.name() == QLatin1String("numerusform"))
            add(xml.readElementText());
    }
    if (xml.hasError()) {
        *error = enTsFile + QStringLiteral(": ") + xml.errorString();
        return false;
    }
    for (const QString &text : qtButtonTexts())
        add(text);
    return true;
}

QStringList EnglishTexts::qtButtonTexts()
{
    QStringList texts;
    QDialogButtonBox box;
    for (uint b = QDialogButtonBox::Ok; b <= QDialogButtonBox::RestoreDefaults; b <<= 1)
        texts << box.addButton(QDialogButtonBox::StandardButton(b))->text();
    QWizard wizard;
    for (auto which : {QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton,
                       QWizard::FinishButton, QWizard::CancelButton, QWizard::HelpButton})
        texts << wizard.buttonText(which);
    return texts;
}

QString EnglishTexts::englishLeft(const QString &language, const QString &shown) const
{
    const QString text = normal(shown);
    if (m_exact.contains(text))
        return allowed(language, text) ? QString() : text;
    for (const Pattern &p : m_patterns) {
        if (p.re.match(text).hasMatch() && !allowed(language, p.source))
            return p.source;
    }
    return {};
}
