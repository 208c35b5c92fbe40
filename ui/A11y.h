#pragma once

#include <QString>

class QAbstractButton;
class QLabel;
class QWidget;

// Accessible names equal to what is on screen, so a screen reader says what a
// sighted colleague sees ("Password", not "passwordEdit").
namespace A11y {
// "&Password" -> "Password" (a literal "&&" stays one "&").
QString plain(const QString &mnemonicText);
// Makes `label` the buddy of `field` (mnemonic focuses the field) and names the field after it.
void labelField(QLabel *label, QWidget *field);
// Names a button, check box or radio button after its own text.
void nameAfterText(QAbstractButton *button);
// A label that Tab and screen readers can land on and whose text the mouse can copy, but
// that shows no text cursor: it must not look editable.
void makeReadable(QLabel *label);
} // namespace A11y
