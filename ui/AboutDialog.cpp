#include "AboutDialog.h"

#include "core/Version.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AboutDialog::AboutDialog(bool practice, const QString &apiOrigin, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Fansly Connect"));
    auto *layout = new QVBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Fansly Connect icon"));
    layout->addWidget(icon, 0, Qt::AlignHCenter);

    auto line = [this, layout](const QString &text, bool bold = false) {
        auto *label = new QLabel(text, this);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (bold) {
            QFont f = label->font();
            f.setBold(true);
            f.setPointSizeF(f.pointSizeF() * 1.3);
            label->setFont(f);
        }
        layout->addWidget(label);
        return label;
    };
    line(tr("Fansly Connect %1").arg(QStringLiteral(FC_VERSION)), true)
        ->setObjectName(QStringLiteral("aboutVersion"));
    line(tr("Connects creators' Fansly accounts to OnlyFansAPI."));
    line(practice ? tr("Practice mode: a simulator on this computer answers; no real account "
                       "is touched.")
                  : tr("API: %1").arg(apiOrigin))
        ->setObjectName(QStringLiteral("aboutApi"));
    line(tr("Built with Qt %1, used under the GNU Lesser General Public License version 3, "
            "and QtKeychain, used under the BSD 3-Clause License.")
             .arg(QString::fromLatin1(qVersion())))
        ->setObjectName(QStringLiteral("aboutLicences"));

    // Wide enough for the licence sentence on two or three lines, at any font size.
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
