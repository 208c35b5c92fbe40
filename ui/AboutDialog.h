#pragma once

#include <QDialog>

// About Fansly Connect: the version, where the API is, practice mode or not, and the
// licences of the libraries the app is built on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(bool practice, const QString &apiOrigin, QWidget *parent = nullptr);
};
