#pragma once

#include <QString>

// The codes Fansly sends by email or an authenticator app shows: how people type them
// and what can be one. The session, the code field and the CLI prompt share these rules.
namespace VerificationCode {
constexpr int kFanslyDigits = 6; // what Fansly sends and authenticator apps show
constexpr int kMinDigits = 4;
constexpr int kMaxDigits = 12;

// Only digits survive, as ASCII: "123 456", "123-456" and "١٢٣٤٥٦" become "123456".
QString normalize(const QString &typed);
// Whether normalized digits can be a code at all (Fansly's are 6; allow some slack): what
// the engine accepts, and what a pasted sentence is searched for.
bool isPlausible(const QString &digits);
// Whether the digits are a whole Fansly code: what a form waits for before "Verify".
bool isComplete(const QString &digits);
} // namespace VerificationCode
