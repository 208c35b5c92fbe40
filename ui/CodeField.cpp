#include "CodeField.h"

#include "ApiClient.h"

#include <QValidator>

namespace {
// Normalizes instead of refusing: whatever is typed or pasted, the digits stay.
class CodeValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &pos) const override
    {
        const QString before = input.left(pos);
        const QString digits = ApiClient::normalizeCode(input);
        if (digits.size() > CodeField::kMaxDigits)
            return Invalid;
        pos = int(ApiClient::normalizeCode(before).size());
        input = digits;
        return digits.isEmpty() ? Intermediate : Acceptable;
    }
};
} // namespace

CodeField::CodeField(QWidget *parent)
    : QLineEdit(parent)
{
    setValidator(new CodeValidator(this));
    setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhNoPredictiveText);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    f.setStyleHint(QFont::Monospace);
    setFont(f);
    setAlignment(Qt::AlignCenter);
    setMaxLength(64); // room for a pasted sentence; the validator keeps the digits
}

bool CodeField::isPlausible() const
{
    const qsizetype n = code().size();
    return n >= kMinDigits && n <= kMaxDigits;
}
