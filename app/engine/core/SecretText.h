#pragma once

#include "core/Wipe.h"

#include <QString>

// A QString for a secret (a creator's or a proxy's password) that wipes itself: the last
// SecretText holding a buffer zeroes it when it is destroyed or reassigned, whoever copied
// it meanwhile (requests kept for "Retry now", lambdas waiting for the keychain). Taking a
// plain QString makes a buffer of its own, so a widget's or a caller's copy is never shared
// (and never zeroed under them). A plain QString taken back out of it is an ordinary,
// unwiped copy: hand the SecretText on instead.
class SecretText : public QString
{
public:
    SecretText() = default;
    SecretText(const QString &text) // implicit: `request.password = field->text()`
        : QString(text.constData(), text.size())
    { }
    SecretText(const SecretText &) = default;
    SecretText(SecretText &&other) noexcept
        : QString(std::move(other))
    { }
    ~SecretText() { Wipe::zero(*this); }

    SecretText &operator=(const SecretText &other)
    {
        if (this != &other) {
            Wipe::zero(*this);
            QString::operator=(other);
        }
        return *this;
    }
    SecretText &operator=(SecretText &&other) noexcept
    {
        if (this != &other) {
            Wipe::zero(*this);
            QString::operator=(std::move(other));
        }
        return *this;
    }
    SecretText &operator=(const QString &text) { return *this = SecretText(text); }
};
