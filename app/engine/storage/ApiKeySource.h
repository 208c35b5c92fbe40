#pragma once

#include "storage/SecretStore.h"

#include <QUrl>

#include <functional>

// Where an API key comes from, in one order for both programs: the practice key in
// practice mode; else a key file (--api-key-file); else FANSLY_CONNECT_API_KEY; else the
// system keychain entry for the API origin. Each program turns on the sources it offers.
namespace ApiKeySource {

enum class Where {
    Nowhere,
    Practice,
    File,
    Environment,
    Keychain,
};

struct Sources
{
    QString practiceKey; // non-empty in practice mode: used, and nothing else is looked at
    QString filePath; // empty: no key file
    bool environment = false;
    SecretStore *keychain = nullptr; // null: no keychain
    QUrl origin; // whose keychain entry
};

struct Found
{
    QString key; // empty when none was found
    Where where = Where::Nowhere;
    QString problem; // for people: why a source that was asked for failed (file unreadable,
                     // keychain unavailable); the search stops at a broken file
    SecretStore::Result keychain; // what the keychain said, when it was asked
};

// `done` is called once, later, while `context` lives.
void find(const Sources &sources, QObject *context, std::function<void(const Found &)> done);
// "the system keychain", "the file key.txt": for people.
QString describe(const Found &found, const Sources &sources);
// The same as a word for --json, in every language: practice, file, environment, keychain.
QString token(Where where);

} // namespace ApiKeySource
