#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// Laravel-style request validation of the simulated endpoints: field -> messages,
// answered as 422 {"message": "<first> (and N more errors)", "errors": {...}}.
class SimValidation
{
public:
    // POST /api/fansly/authenticate
    static SimValidation startRequest(const QJsonObject &body);
    // PUT /api/fansly/authenticate/{id}
    static SimValidation codeRequest(const QJsonObject &body);

    bool isEmpty() const { return m_errors.isEmpty(); }
    void add(const QString &field, const QString &message) { m_errors.append({field, message}); }
    QJsonObject body() const;

private:
    QList<QPair<QString, QString>> m_errors; // in the order found
};
