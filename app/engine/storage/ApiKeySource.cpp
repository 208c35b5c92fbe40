#include "storage/ApiKeySource.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

namespace ApiKeySource {

namespace {

void later(QObject *context, std::function<void(const Found &)> done, Found found)
{
    QTimer::singleShot(0, context, [done = std::move(done), found] { done(found); });
}

Found fromFile(const QString &path)
{
    Found f;
    f.where = Where::File;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        f.problem
            = QCoreApplication::translate("ApiKeySource", "Cannot read the API key file %1: %2")
                  .arg(path, file.errorString());
        return f;
    }
    QByteArray line = file.readLine(64 * 1024);
    f.key = QString::fromUtf8(line).trimmed();
    line.fill('\0');
    if (f.key.isEmpty())
        f.problem
            = QCoreApplication::translate(
                  "ApiKeySource", "The API key file %1 is empty: put the key on its first line.")
                  .arg(path);
    return f;
}

} // namespace

void find(const Sources &sources, QObject *context, std::function<void(const Found &)> done)
{
    if (!sources.practiceKey.isEmpty()) {
        later(context, std::move(done), {sources.practiceKey, Where::Practice, {}, {}});
        return;
    }
    if (!sources.filePath.isEmpty()) {
        later(context, std::move(done), fromFile(sources.filePath));
        return;
    }
    if (sources.environment) {
        const QString env = qEnvironmentVariable("FANSLY_CONNECT_API_KEY").trimmed();
        if (!env.isEmpty()) {
            later(context, std::move(done), {env, Where::Environment, {}, {}});
            return;
        }
    }
    if (!sources.keychain) {
        later(context, std::move(done), {});
        return;
    }
    sources.keychain->read(SecretStore::apiKeyName(sources.origin), context,
                           [done = std::move(done)](const SecretStore::Result &r) {
                               Found f;
                               f.keychain = r;
                               const QString key = r.secret.trimmed();
                               if (r.status == SecretStore::Status::Ok && !key.isEmpty()) {
                                   f.key = key;
                                   f.where = Where::Keychain;
                               } else if (r.status != SecretStore::Status::Ok
                                          && r.status != SecretStore::Status::NotFound) {
                                   f.problem = SecretStore::userMessage(r);
                               }
                               done(f);
                           });
}

QString describe(const Found &found, const Sources &sources)
{
    switch (found.where) {
    case Where::Nowhere: return {};
    case Where::Practice: return QCoreApplication::translate("ApiKeySource", "practice mode");
    case Where::File:
        return QCoreApplication::translate("ApiKeySource", "the file %1").arg(sources.filePath);
    case Where::Environment:
        return QCoreApplication::translate("ApiKeySource",
                                           "the FANSLY_CONNECT_API_KEY environment variable");
    case Where::Keychain: return QCoreApplication::translate("ApiKeySource", "the system keychain");
    }
    return {};
}

QString token(Where where)
{
    switch (where) {
    case Where::Practice: return QStringLiteral("practice");
    case Where::File: return QStringLiteral("file");
    case Where::Environment: return QStringLiteral("environment");
    case Where::Keychain: return QStringLiteral("keychain");
    case Where::Nowhere: break;
    }
    return QStringLiteral("none");
}

} // namespace ApiKeySource
