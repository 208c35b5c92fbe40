#include "SimValidation.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace {

// Laravel turns "" into null before validating.
bool isBlank(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty());
}

void requiredString(SimValidation &errors, const QJsonObject &o, const char *key,
                    const QString &field, const QString &label)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (isBlank(v))
        errors.add(field, QStringLiteral("The %1 field is required.").arg(label));
    else if (!v.isString())
        errors.add(field, QStringLiteral("The %1 field must be a string.").arg(label));
}

void optionalString(SimValidation &errors, const QJsonObject &o, const char *key,
                    const QString &field, const QString &label)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!isBlank(v) && !v.isString())
        errors.add(field, QStringLiteral("The %1 field must be a string.").arg(label));
}

// Laravel's "integer" accepts whole numbers and numeric strings.
bool toInteger(const QJsonValue &v, qint64 *out)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d != std::floor(d) || std::abs(d) > 1e15)
            return false;
        *out = qint64(d);
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        *out = v.toString().trimmed().toLongLong(&ok);
        return ok;
    }
    return false;
}

void validateCustomProxy(SimValidation &errors, const QJsonValue &value)
{
    if (!value.isObject()) {
        errors.add(QStringLiteral("customProxy"),
                   QStringLiteral("The custom proxy field must be an array."));
        return;
    }
    const QJsonObject p = value.toObject();
    requiredString(errors, p, "host", QStringLiteral("customProxy.host"),
                   QStringLiteral("custom proxy.host"));
    const QJsonValue port = p.value(QLatin1String("port"));
    qint64 n = 0;
    if (isBlank(port))
        errors.add(QStringLiteral("customProxy.port"),
                   QStringLiteral("The custom proxy.port field is required."));
    else if (!toInteger(port, &n))
        errors.add(QStringLiteral("customProxy.port"),
                   QStringLiteral("The custom proxy.port field must be an integer."));
    else if (n < 1 || n > 65535)
        errors.add(QStringLiteral("customProxy.port"),
                   QStringLiteral("The custom proxy.port field must be between 1 and 65535."));
    optionalString(errors, p, "username", QStringLiteral("customProxy.username"),
                   QStringLiteral("custom proxy.username"));
    optionalString(errors, p, "password", QStringLiteral("customProxy.password"),
                   QStringLiteral("custom proxy.password"));
}

} // namespace

SimValidation SimValidation::startRequest(const QJsonObject &body)
{
    SimValidation errors;
    const QString username = QStringLiteral("username");
    const QString password = QStringLiteral("password");
    requiredString(errors, body, "username", username, username);
    requiredString(errors, body, "password", password, password);
    optionalString(errors, body, "name", QStringLiteral("name"), QStringLiteral("name"));

    const QJsonValue country = body.value(QLatin1String("proxyCountry"));
    const QJsonValue custom = body.value(QLatin1String("customProxy"));
    if (!isBlank(country)) {
        const QString c = country.toString();
        if (!country.isString() || (c != QLatin1String("us") && c != QLatin1String("uk")))
            errors.add(QStringLiteral("proxyCountry"),
                       QStringLiteral("The selected proxy country is invalid."));
        if (!custom.isUndefined() && !custom.isNull())
            errors.add(QStringLiteral("proxyCountry"),
                       QStringLiteral("The proxy country field prohibits custom proxy from "
                                      "being present."));
    }
    if (!custom.isUndefined() && !custom.isNull())
        validateCustomProxy(errors, custom);

    const QJsonValue force = body.value(QLatin1String("force_connect"));
    const bool forceOk = force.isUndefined() || force.isNull() || force.isBool()
        || (force.isDouble() && (force.toDouble() == 0 || force.toDouble() == 1))
        || force.toString() == QLatin1String("0") || force.toString() == QLatin1String("1");
    if (!forceOk)
        errors.add(QStringLiteral("force_connect"),
                   QStringLiteral("The force connect field must be true or false."));
    return errors;
}

SimValidation SimValidation::codeRequest(const QJsonObject &body)
{
    SimValidation errors;
    const QJsonValue code = body.value(QLatin1String("code"));
    const QString c = code.toString().trimmed(); // Laravel trims strings
    if (isBlank(code))
        errors.add(QStringLiteral("code"), QStringLiteral("The code field is required."));
    else if (!code.isString())
        errors.add(QStringLiteral("code"), QStringLiteral("The code field must be a string."));
    else if (c.size() != 6 || !std::all_of(c.cbegin(), c.cend(), [](QChar ch) {
                 return ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
             }))
        errors.add(QStringLiteral("code"), QStringLiteral("The code field must be 6 digits."));
    return errors;
}

QJsonObject SimValidation::body() const
{
    QJsonObject fields;
    for (const auto &e : m_errors) {
        QJsonArray list = fields.value(e.first).toArray();
        list.append(e.second);
        fields.insert(e.first, list);
    }
    QString message = m_errors.isEmpty() ? QStringLiteral("The given data was invalid.")
                                         : m_errors.first().second;
    const qsizetype more = m_errors.size() - 1;
    if (more == 1)
        message += QLatin1String(" (and 1 more error)");
    else if (more > 1)
        message += QStringLiteral(" (and %1 more errors)").arg(more);
    return QJsonObject {{QStringLiteral("message"), message}, {QStringLiteral("errors"), fields}};
}
