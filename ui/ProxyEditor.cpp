#include "ProxyEditor.h"

#include "A11y.h"
#include "FieldWidth.h"
#include "PasswordField.h"
#include "StatusLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QLabel *fieldLabel(const QString &text, QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    A11y::labelField(label, field);
    return label;
}
} // namespace

ProxyEditor::ProxyEditor(QWidget *parent)
    : QWidget(parent)
    , m_kinds(new QButtonGroup(this))
    , m_managed(new QRadioButton(tr("&Managed proxy"), this))
    , m_country(new QComboBox(this))
    , m_custom(new QRadioButton(tr("C&ustom proxy"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new PasswordField(this))
    , m_save(new QCheckBox(tr("Sa&ve this proxy as"), this))
    , m_saveName(new QLineEdit(this))
    , m_saved(new QRadioButton(tr("&Saved proxy"), this))
    , m_savedCombo(new QComboBox(this))
    , m_customBox(new QWidget(this))
    , m_error(new StatusLabel(this))
{
    const auto name
        = [](QWidget *w, const char *objectName) { w->setObjectName(QLatin1String(objectName)); };
    name(m_managed, "managedProxyRadio");
    name(m_country, "countryCombo");
    name(m_custom, "customProxyRadio");
    name(m_host, "proxyHostEdit");
    name(m_port, "proxyPortEdit");
    name(m_user, "proxyUserEdit");
    name(m_password->lineEdit(), "proxyPasswordEdit");
    name(m_password->toggleButton(), "proxyPasswordShowButton");
    name(m_save, "saveProxyCheck");
    name(m_saveName, "proxyNameEdit");
    name(m_saved, "savedProxyRadio");
    name(m_savedCombo, "savedProxyCombo");
    name(m_error, "proxyError");

    m_kinds->addButton(m_managed, Managed);
    m_kinds->addButton(m_custom, Custom);
    m_kinds->addButton(m_saved, Saved);
    for (QAbstractButton *b : m_kinds->buttons())
        A11y::nameAfterText(b);
    A11y::nameAfterText(m_save);
    m_managed->setChecked(true);

    m_country->addItem(tr("United States"), QStringLiteral("us"));
    m_country->addItem(tr("United Kingdom"), QStringLiteral("uk"));
    m_port->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,5}")), m_port));
    // Room for five digits and the warning icon a wrong port gets, at any scale.
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000"))
                            + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth) + 12
                            + style()->pixelMetric(QStyle::PM_SmallIconSize) + 12);
    m_host->setPlaceholderText(tr("host name or IP address"));
    // The label column takes what its longest label needs; the host field keeps room for its
    // whole hint all the same.
    m_host->setMinimumWidth(fieldWidthFor(m_host, m_host->placeholderText()));
    m_saveName->setAccessibleName(A11y::plain(m_save->text()));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setColumnStretch(2, 1);
    int r = 0;
    layout->addWidget(m_managed, r, 0);
    layout->addWidget(fieldLabel(tr("Countr&y"), m_country, this), r, 1, Qt::AlignRight);
    layout->addWidget(m_country, r, 2, 1, 3, Qt::AlignLeft);
    ++r;
    layout->addWidget(m_saved, r, 0);
    layout->addWidget(fieldLabel(tr("Proxy &name"), m_savedCombo, this), r, 1, Qt::AlignRight);
    layout->addWidget(m_savedCombo, r, 2, 1, 3, Qt::AlignLeft);
    ++r;
    layout->addWidget(m_custom, r, 0, 1, 5);
    ++r;

    // The custom proxy's fields, indented under their radio button.
    auto *grid = new QGridLayout(m_customBox);
    grid->setContentsMargins(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 8, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->addWidget(fieldLabel(tr("Proxy &host"), m_host, m_customBox), 0, 0);
    grid->addWidget(m_host, 0, 1);
    grid->addWidget(fieldLabel(tr("Proxy p&ort"), m_port, m_customBox), 0, 2);
    grid->addWidget(m_port, 0, 3);
    grid->addWidget(fieldLabel(tr("Proxy use&r (optional)"), m_user, m_customBox), 1, 0);
    grid->addWidget(m_user, 1, 1, 1, 3);
    grid->addWidget(
        fieldLabel(tr("Proxy pass&word (optional)"), m_password->lineEdit(), m_customBox), 2, 0);
    grid->addWidget(m_password, 2, 1, 1, 3);
    grid->addWidget(m_save, 3, 0);
    grid->addWidget(m_saveName, 3, 1, 1, 3);
    layout->addWidget(m_customBox, r, 0, 1, 5);
    ++r;
    // Room for a two-line message is kept while there is none, so the rows above never
    // move when one appears (at 150 % the page has no height to spare).
    QSizePolicy keep = m_error->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_error->setSizePolicy(keep);
    m_error->setMinimumHeight(2 * fontMetrics().lineSpacing()
                              + style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing));
    layout->addWidget(m_error, r, 0, 1, 5);

    setTabOrder(m_managed, m_country);
    setTabOrder(m_country, m_saved);
    setTabOrder(m_saved, m_savedCombo);
    setTabOrder(m_savedCombo, m_custom);
    setTabOrder(m_custom, m_host);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_user);
    setTabOrder(m_user, m_password->lineEdit());
    setTabOrder(m_password->lineEdit(), m_password->toggleButton());
    setTabOrder(m_password->toggleButton(), m_save);
    setTabOrder(m_save, m_saveName);

    connect(m_kinds, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on) {
            clearMarks();
            updateEnabled();
        }
    });
    connect(m_save, &QCheckBox::toggled, this, &ProxyEditor::updateEnabled);
    for (QLineEdit *e : {m_host, m_port, m_user, m_password->lineEdit(), m_saveName})
        connect(e, &QLineEdit::textEdited, this, &ProxyEditor::clearMarks);
    setProfiles({}, false);
}

ProxyEditor::Kind ProxyEditor::kind() const
{
    return Kind(m_kinds->checkedId());
}

void ProxyEditor::updateEnabled()
{
    m_country->setEnabled(kind() == Managed);
    m_savedCombo->setEnabled(kind() == Saved && m_savedCombo->count() > 0);
    m_customBox->setEnabled(kind() == Custom);
    m_saveName->setEnabled(m_canSave && m_save->isChecked());
}

void ProxyEditor::setProfiles(const QList<ProxyProfile> &profiles, bool available)
{
    const QString current = m_savedCombo->currentText();
    m_savedCombo->clear();
    for (const ProxyProfile &p : profiles)
        m_savedCombo->addItem(p.name);
    m_savedCombo->setPlaceholderText(tr("None saved yet"));
    // With a placeholder the combo box selects nothing by itself.
    m_savedCombo->setCurrentIndex(profiles.isEmpty() ? -1
                                                     : qMax(0, m_savedCombo->findText(current)));
    m_saved->setEnabled(!profiles.isEmpty());
    m_saved->setToolTip(profiles.isEmpty() ? tr("No proxy has been saved yet.") : QString());
    if (profiles.isEmpty() && kind() == Saved)
        m_managed->setChecked(true);
    m_canSave = available;
    m_save->setEnabled(available);
    if (!available)
        m_save->setChecked(false);
    updateEnabled();
}

void ProxyEditor::useSaved(const QString &name)
{
    m_save->setChecked(false);
    m_saveName->clear();
    const int index = m_savedCombo->findText(name);
    if (index >= 0) {
        m_savedCombo->setCurrentIndex(index);
        m_saved->setChecked(true);
    }
}

ProxySelection ProxyEditor::selection() const
{
    ProxySelection s;
    switch (kind()) {
    case Managed: s.choice = ProxyChoice::managed(m_country->currentData().toString()); break;
    case Custom:
        s.choice = ProxyChoice::custom(m_host->text().trimmed(), m_port->text().toInt(),
                                       m_user->text().trimmed(), m_password->text());
        if (m_canSave && m_save->isChecked())
            s.saveAs = m_saveName->text().trimmed();
        break;
    case Saved: s.savedName = m_savedCombo->currentText(); break;
    }
    return s;
}

bool ProxyEditor::hasInput() const
{
    for (const QLineEdit *edit : {m_host, m_port, m_user, m_saveName})
        if (!edit->text().isEmpty())
            return true;
    return !m_password->text().isEmpty();
}

bool ProxyEditor::validate()
{
    clearMarks();
    const ProxySelection s = selection();
    if (kind() == Saved) {
        if (s.savedName.isEmpty()) {
            mark(m_savedCombo, tr("Choose a saved proxy."));
            return false;
        }
        return true;
    }
    const ProxyProblem problem = s.choice.validate();
    if (!problem.isEmpty()) {
        mark(fieldFor(problem.field), problem.message);
        return false;
    }
    if (kind() == Custom && m_canSave && m_save->isChecked() && s.saveAs.isEmpty()) {
        mark(m_saveName,
             tr("Enter a name to save this proxy under, or untick “Save this proxy as”."));
        return false;
    }
    return true;
}

QWidget *ProxyEditor::fieldFor(ProxyProblem::Field field) const
{
    switch (field) {
    case ProxyProblem::Field::Host: return m_host;
    case ProxyProblem::Field::Port: return m_port;
    case ProxyProblem::Field::Username: return m_user;
    case ProxyProblem::Field::Country:
    case ProxyProblem::Field::None: break;
    }
    return m_country;
}

void ProxyEditor::focusChoice()
{
    if (QAbstractButton *chosen = m_kinds->checkedButton())
        chosen->setFocus(Qt::OtherFocusReason);
}

void ProxyEditor::mark(QWidget *field, const QString &reason)
{
    m_marked = field;
    field->setAccessibleDescription(reason);
    if (auto *edit = qobject_cast<QLineEdit *>(field)) {
        edit->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                        QLineEdit::TrailingPosition)
            ->setObjectName(QStringLiteral("invalidMark"));
    }
    m_error->setMessage(reason, StatusLabel::Tone::Error);
    field->setFocus();
}

void ProxyEditor::clearMarks()
{
    if (m_marked) {
        m_marked->setAccessibleDescription({});
        const QList<QAction *> actions = m_marked->actions();
        for (QAction *a : actions) {
            if (a->objectName() == QLatin1String("invalidMark")) {
                m_marked->removeAction(a);
                delete a;
            }
        }
        m_marked = nullptr;
    }
    m_error->clear();
}
