#pragma once

// The start-up both programs share (fansly-connect and fansly-connect-cli), in the order
// main() calls them.
namespace Bootstrap {
// First thing in main(): the process will hold an API key and creator passwords, so it
// never writes a core dump (and, outside sanitizer builds, cannot be ptrace-attached by
// other processes of the same user on Linux).
void hardenProcess();
// Whether hardenProcess() turned core dumps off (for tests and --verbose).
bool coreDumpsDisabled();
// Once the application object exists: names and version (the settings and keychain
// entries both programs share). Then Languages::use() for the translations.
void setUpApplication();
} // namespace Bootstrap
