#include "Output.h"

#include "network/ApiError.h"

#include <QJsonDocument>

#include <cstdio>

namespace {
void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

void Output::result(const QString &line) const
{
    if (!m_json)
        write(stdout, line + QLatin1Char('\n'));
}

void Output::object(const QJsonObject &o) const
{
    if (m_json)
        write(stdout,
              QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))
                  + QLatin1Char('\n'));
}

void Output::progress(const QString &line) const
{
    write(stderr, line + QLatin1Char('\n'));
}

void Output::prompt(const QString &text) const
{
    write(stderr, text);
}

QJsonObject Output::errorObject(const QString &kind, const QString &message)
{
    return QJsonObject {{QLatin1String("kind"), kind}, {QLatin1String("message"), message}};
}

void Output::error(const QString &message, const QString &kind) const
{
    progress(message);
    if (m_json && !kind.isEmpty())
        object(QJsonObject {{QLatin1String("error"), errorObject(kind, message)}});
}

void Output::apiError(const ApiError &e, const QString &context) const
{
    QString message = e.userMessage();
    // The server's own words help more than our category sentence when it sent some.
    if (!e.message.isEmpty() && e.kind != ApiError::Kind::Validation
        && e.kind != ApiError::Kind::HttpOther && !message.contains(e.message))
        message += QLatin1String(" (") + e.message + QLatin1Char(')');
    error(context.isEmpty() ? message : context + QLatin1Char(' ') + message, e.kindName());
}
