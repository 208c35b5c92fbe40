// Shared by the keychain tests. Each runs through keyring-session.sh (a private bus with an
// unlocked gnome-keyring) or no-secret-service.sh (a bus where no Secret Service can start;
// sets FC_EXPECT_NO_KEYCHAIN=1). Both give a throwaway HOME in FC_TEST_HOME.
#pragma once

#include <QTest>

// True when run through no-secret-service.sh.
inline bool expectNoKeychain()
{
    return qEnvironmentVariableIntValue("FC_EXPECT_NO_KEYCHAIN") == 1;
}

// QSKIP returns from the function it is written in, so these must be macros.
#define NEED_KEYCHAIN()                                                                            \
    do {                                                                                           \
        if (expectNoKeychain())                                                                    \
            QSKIP("needs a keychain (run through keyring-session.sh)");                            \
    } while (false)
#define NEED_NO_KEYCHAIN()                                                                         \
    do {                                                                                           \
        if (!expectNoKeychain())                                                                   \
            QSKIP("needs a bus without Secret Service (run through no-secret-service.sh)");        \
    } while (false)
