#include "proxy/Proxy.h"

#include <algorithm>

ProxyChoice ProxyChoice::managed(const QString &country)
{
    ProxyChoice p;
    p.kind = Kind::Country;
    p.country = country;
    return p;
}

ProxyChoice ProxyChoice::custom(const QString &host, int port, const QString &user,
                                const QString &password)
{
    ProxyChoice p;
    p.kind = Kind::Custom;
    p.host = host;
    p.port = port;
    p.username = user;
    p.password = password;
    return p;
}

ProxyProblem ProxyChoice::validate() const
{
    using Field = ProxyProblem::Field;
    switch (kind) {
    case Kind::ServerDefault: return {};
    case Kind::Country:
        if (!countries().contains(country))
            return {Field::Country, tr("Choose a proxy country: United States or United Kingdom.")};
        return {};
    case Kind::Custom: {
        const QString h = host.trimmed();
        if (h.isEmpty())
            return {Field::Host, tr("Enter the proxy host name or IP address.")};
        // Nor any whitespace, control or invisible format character (a bidi override), nor
        // brackets (an IPv6 address goes without them): the host is shown back to people,
        // and no host name or IP address contains one.
        const bool unprintable = std::any_of(h.cbegin(), h.cend(), [](QChar c) {
            return c.isSpace() || c.category() == QChar::Other_Control
                || c.category() == QChar::Other_Format || c == u'[' || c == u']';
        });
        if (unprintable || h.contains(QLatin1Char('/')) || h.contains(QLatin1Char('@')))
            return {Field::Host,
                    tr("The proxy host must be a host name or IP address only, "
                       "without spaces, slashes or a user name.")};
        if (port < 1 || port > 65535)
            return {Field::Port, tr("The proxy port must be a number from 1 to 65535.")};
        if (!password.isEmpty() && username.isEmpty())
            return {Field::Username,
                    tr("Enter the proxy user name that goes with the proxy password.")};
        return {};
    }
    }
    return {};
}
