#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// The languages both programs speak, and switching between them: the app's own
// translations (the fctranslations resource), Qt's (standard buttons, context menus) and
// the locale used for dates and numbers. (The CLI links no Qt GUI: a GUI sets its layout
// direction itself from QLocale().textDirection() after use().)
namespace Languages {
// The codes --lang and the Language menu accept: en, de, es, fr, it, pt_BR, pl, ru, uk, fil, ar.
QStringList codes();
// The code among codes() that `text` names ("pt-BR", "PT_br", "tl" for Filipino, "ar_SA"),
// or an empty string.
QString match(const QString &text);
// The language's own name, as its speakers write it ("Español", "العربية").
QString nativeName(const QString &code);
// The code of the system language when the app speaks it, else "en".
QString systemCode();
// Installs the translations for `code` (empty: the system language) in place of any
// installed before, and makes its locale the default.
void use(QCoreApplication &app, const QString &code);
// The code use() chose last ("en" until then).
QString current();
} // namespace Languages
