#pragma once

#include <QString>

// The codes Fansly sends by email or an authenticator app shows: how people type them
// and what can be one. The session, the code field and the CLI prompt share these rules.
namespace VerificationCode {
constexpr int kMinDigits = 4;
constexpr int kMaxDigits = 12;

// Only digits survive, as ASCII: "123 456", "123-456" and "١٢٣٤٥٦" become "123456".
QString normalize(const QString &typed);
// Whether normalized digits can be a code at all (Fansly's are 6; allow some slack).
bool isPlausible(const QString &digits);
} // namespace VerificationCode
