// Practice mode's memory between runs: the simulator's accounts in a small JSON file.
#include "SimScenario.h"
#include "Simulator.h"
#include "core/Log.h"
#include "network/ApiTypes.h"
#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {
constexpr int kStateVersion = 1;
constexpr char kOldFixedKey[] = "practice-key"; // every practice run's key until 2026-12
} // namespace

QJsonObject SimAccount::toState() const
{
    return {
        {QStringLiteral("id"), m_id},
        {QStringLiteral("fanslyId"), m_fanslyId},
        {QStringLiteral("owner"), m_ownerKey},
        {QStringLiteral("username"), m_username},
        {QStringLiteral("displayName"), m_displayName},
        {QStringLiteral("maskedEmail"), m_maskedEmail},
        {QStringLiteral("kind"), int(m_kind)},
        {QStringLiteral("phase"), int(m_phase)},
        {QStringLiteral("challenge"), int(m_challenge)},
        {QStringLiteral("phaseSince"), double(m_phaseSince)},
        {QStringLiteral("challengeSince"), double(m_challengeSince)},
        {QStringLiteral("codeIsRight"), m_codeIsRight},
        {QStringLiteral("emailDone"), m_emailDone},
        {QStringLiteral("wrongCodes"), m_wrongCodes},
        {QStringLiteral("lastError"), m_lastError},
    };
}

std::unique_ptr<SimAccount> SimAccount::fromState(const QJsonObject &o)
{
    const auto str = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    // Whole numbers in range, or -1: a hand-edited file must not make a cast undefined.
    const auto num = [&o](const char *key) {
        return ApiParse::wholeNumber(o.value(QLatin1String(key)).toDouble(-1), -1, qint64(1) << 53)
            .value_or(-1);
    };
    const int kind = int(num("kind"));
    const int phase = int(num("phase"));
    const int challenge = int(num("challenge"));
    if (str("id").isEmpty() || kind < 0 || kind > int(SimScenario::Kind::RateLimit) || phase < 0
        || phase > int(Phase::Expired) || challenge < 0 || challenge > int(Challenge::Totp))
        return nullptr;
    auto a = std::make_unique<SimAccount>(str("id"), 0, str("owner"), str("username"),
                                          str("displayName"), SimScenario::Kind(kind), 0);
    a->m_fanslyId = str("fanslyId");
    a->m_username = str("username");
    a->m_maskedEmail = str("maskedEmail");
    a->m_phase = Phase(phase);
    a->m_challenge = Challenge(challenge);
    a->m_phaseSince = qint64(num("phaseSince"));
    a->m_challengeSince = qint64(num("challengeSince"));
    a->m_codeIsRight = o.value(QLatin1String("codeIsRight")).toBool();
    a->m_emailDone = o.value(QLatin1String("emailDone")).toBool();
    a->m_wrongCodes = int(qBound(qint64(0), num("wrongCodes"), qint64(1000)));
    a->m_lastError = str("lastError");
    return a;
}

void Simulator::loadState()
{
    if (m_stateFile.isEmpty())
        return;
    QFile file(m_stateFile);
    if (!file.open(QIODevice::ReadOnly))
        return; // the first run
    const QJsonObject root = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object();
    if (root.value(QLatin1String("version")).toInt() != kStateVersion) {
        qCWarning(lcSimulator) << "practice state file not understood; starting fresh";
        return;
    }
    m_accounts.clear();
    for (const QJsonValue &v : root.value(QLatin1String("accounts")).toArray()) {
        QJsonObject o = v.toObject();
        // No owner: this run's key(). Files of earlier versions name the old fixed key.
        const QString owner = o.value(QLatin1String("owner")).toString();
        if (owner.isEmpty() || owner == QLatin1String(kOldFixedKey))
            o.insert(QLatin1String("owner"), m_key);
        if (auto a = SimAccount::fromState(o))
            m_accounts.push_back(std::move(a));
    }
    m_nextSerial = qMax(1, root.value(QLatin1String("nextSerial")).toInt(1));
    qCInfo(lcSimulator) << "practice state:" << m_accounts.size() << "account(s)";
}

void Simulator::saveState() const
{
    if (m_stateFile.isEmpty())
        return;
    QJsonArray accounts;
    for (const auto &a : m_accounts) {
        QJsonObject o = a->toState();
        if (a->ownerKey() == m_key)
            o.remove(QLatin1String("owner")); // the key is this run's secret
        accounts.append(o);
    }
    const QJsonObject root {{QStringLiteral("version"), kStateVersion},
                            {QStringLiteral("nextSerial"), m_nextSerial},
                            {QStringLiteral("accounts"), accounts}};
    PrivateFiles::ensureDir(QFileInfo(m_stateFile).absolutePath()); // 0700, whatever the umask
    QSaveFile file(m_stateFile);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSimulator) << "cannot write the practice state:" << file.errorString();
        return;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    file.commit();
}
