#include "core/Log.h"

Q_LOGGING_CATEGORY(lcApi, "fc.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "fc.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "fc.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSimulator, "fc.simulator", QtInfoMsg)
