#pragma once

#include <QLabel>

// "Practice mode — no real account is touched", on top of every window in practice mode.
class PracticeBanner : public QLabel
{
    Q_OBJECT
public:
    explicit PracticeBanner(QWidget *parent = nullptr);
};
