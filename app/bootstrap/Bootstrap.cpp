#include "Bootstrap.h"

#include "core/AppInfo.h"

#include <QCoreApplication>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define FC_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FC_SANITIZED 1
#endif
#endif

namespace Bootstrap {

void hardenProcess()
{
#if defined(Q_OS_UNIX)
    const rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#if defined(Q_OS_LINUX) && !defined(FC_SANITIZED)
    // Also keeps a piped core_pattern (systemd-coredump) and same-user ptrace out.
    // LeakSanitizer needs ptrace on itself, so sanitizer builds keep the rlimit only.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    // Windows: Windows Error Reporting writes dumps only when the user has configured
    // LocalDumps; nothing to switch off from inside the process.
}

bool coreDumpsDisabled()
{
#if defined(Q_OS_UNIX)
    rlimit current {};
    return getrlimit(RLIMIT_CORE, &current) == 0 && current.rlim_cur == 0;
#else
    return false;
#endif
}

void setUpApplication()
{
    AppInfo::apply();
}

} // namespace Bootstrap
