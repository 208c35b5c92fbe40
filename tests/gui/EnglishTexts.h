// tst_layouts' list of the English a translated screen must not show: the sources of our
// messages (and their English plural forms) and Qt's own button texts, less each language's
// short list of words that are the same in English (kAllowed in EnglishTexts.cpp).
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

class EnglishTexts
{
public:
    // Reads the messages of `enTsFile` (fansly-connect_en.ts) and Qt's button texts as Qt
    // shows them now: call while English is in use. False (and `error`) if it cannot.
    bool load(const QString &enTsFile, QString *error);
    int count() const { return int(m_exact.size() + m_patterns.size()); }

    // Qt's own button texts (message boxes, the wizard) in the language installed now.
    static QStringList qtButtonTexts();

    // The English message `shown` is (a placeholder matching anything), unless `language`
    // keeps that message's words as they are; empty when none.
    QString englishLeft(const QString &language, const QString &shown) const;

private:
    void add(const QString &source);

    QSet<QString> m_exact;
    struct Pattern
    {
        QRegularExpression re;
        QString source;
    };
    QList<Pattern> m_patterns;
};
