#pragma once

#include <QLoggingCategory>

// Secrets (API keys, passwords, proxy passwords, codes) never go into these.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcSimulator)
