#include "CodeField.h"

#include "login/VerificationCode.h"

#include <QKeyEvent>
#include <QRegularExpression>
#include <QValidator>

namespace {
// The code inside what was typed or pasted: the first run of digits joined by single
// spaces or dashes ("123 456", "123-456") that is long enough to be a code, so a pasted
// "Your code is 123456. It expires in 10 minutes" gives 123456, not 12345610.
QString codeIn(const QString &text)
{
    static const QRegularExpression run(QStringLiteral("\\d+(?:[ -]\\d+)*"),
                                        QRegularExpression::UseUnicodePropertiesOption);
    QString first;
    for (auto it = run.globalMatch(text); it.hasNext();) {
        const QString digits = VerificationCode::normalize(it.next().captured());
        if (VerificationCode::isPlausible(digits))
            return digits;
        if (first.isEmpty())
            first = digits;
    }
    return first;
}

// Normalizes instead of refusing: whatever is typed or pasted, the code stays.
class CodeValidator : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &pos) const override
    {
        const QString digits = codeIn(input);
        if (digits.size() > VerificationCode::kMaxDigits)
            return Invalid;
        const bool typing = input.size() <= digits.size() + 2; // not a pasted sentence
        pos = typing ? int(VerificationCode::normalize(input.left(pos)).size())
                     : int(digits.size());
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
    // Digits read left to right in every language, Arabic included.
    setLayoutDirection(Qt::LeftToRight);
    setMaxLength(64); // room for a pasted sentence; the validator keeps the digits
}

bool CodeField::isComplete() const
{
    return VerificationCode::isComplete(code());
}

void CodeField::keyPressEvent(QKeyEvent *event)
{
    const QString typed = event->text();
    // Shortcuts (Ctrl+V, Ctrl+A) carry no printable text or come with a modifier.
    const bool printable = !typed.isEmpty() && typed.at(0).isPrint()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    const bool separator = typed == QLatin1String(" ") || typed == QLatin1String("-");
    QLineEdit::keyPressEvent(event); // may report a text change, which clears old hints
    if (printable && !separator && VerificationCode::normalize(typed).isEmpty())
        emit nonDigitTyped();
}
