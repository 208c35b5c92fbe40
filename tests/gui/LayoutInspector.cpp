#include "LayoutInspector.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QStyleOptionHeader>
#include <QTextDocumentFragment>
#include <QToolBar>
#include <QToolButton>

namespace LayoutInspector {

namespace {

QString named(const QObject *o)
{
    QString name = QLatin1String(o->metaObject()->className());
    if (!o->objectName().isEmpty() && !o->objectName().startsWith(QLatin1String("qt_")))
        name += QLatin1Char('#') + o->objectName();
    return name;
}

// The widget, and the nearest of its parents that says where it is: one of ours (a class
// not named Q…) or one with a name.
QString describe(const QWidget *w)
{
    QString text = named(w);
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        const bool ours = p->metaObject()->className()[0] != 'Q';
        const bool hasName
            = !p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_"));
        if (ours || hasName || p->isWindow())
            return text + QStringLiteral(" in ") + named(p);
    }
    return text;
}

QString sizeText(QSize s)
{
    return QStringLiteral("%1×%2").arg(s.width()).arg(s.height());
}

class Inspection
{
public:
    Inspection(QWidget *window, QSize limit)
        : m_window(window)
        , m_limit(limit)
    { }

    Findings run()
    {
        checkWindow();
        if (auto *menu = qobject_cast<QMenu *>(m_window)) {
            readMenu(menu);
            return m_found;
        }
        const QList<QWidget *> all = m_window->findChildren<QWidget *>();
        for (QWidget *w : all) {
            // Dialogs and wizards are children of the accounts window, but windows of their own.
            if (w->window() != m_window || !w->isVisible())
                continue;
            check(w);
        }
        return m_found;
    }

private:
    void see(const QWidget *w, const QString &text)
    {
        const QString shown = withoutAccelerator(text).trimmed();
        if (!shown.isEmpty())
            m_found.texts.append({describe(w), shown, text});
    }

    void problem(const QString &kind, const QWidget *w, const QString &text, const QString &how)
    {
        m_found.problems << QStringLiteral("%1: %2: “%3” %4")
                                .arg(kind, describe(w), withoutAccelerator(text), how);
    }

    // Needs more than it has: one finding, with both sizes.
    void measure(const QWidget *w, const QString &text, QSize needs, QSize has)
    {
        ++m_found.widgets;
        if (needs.width() > has.width() || needs.height() > has.height())
            problem(QStringLiteral("clipped"), w, text,
                    QStringLiteral("needs %1 px, has %2").arg(sizeText(needs), sizeText(has)));
        else
            checkInside(w, text);
    }

    void checkWindow()
    {
        see(m_window, m_window->windowTitle());
        const QSize device = m_window->frameGeometry().size() * m_window->devicePixelRatioF();
        if (device.width() > m_limit.width() || device.height() > m_limit.height())
            problem(QStringLiteral("too big"), m_window, m_window->windowTitle(),
                    QStringLiteral("is %1 device px, more than %2")
                        .arg(sizeText(device), sizeText(m_limit)));
    }

    // Room inside every parent up to the window (a layout squeezed below its minimum pushes
    // widgets out of sight). Scrolled contents are left alone.
    void checkInside(const QWidget *w, const QString &text)
    {
        QRect r = w->rect();
        for (const QWidget *c = w; c != m_window && c->parentWidget(); c = c->parentWidget()) {
            const QWidget *p = c->parentWidget();
            auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget());
            if (area && area->viewport() == p)
                return;
            r.translate(c->pos());
            if (!p->rect().contains(r)) {
                problem(QStringLiteral("outside"), w, text,
                        QStringLiteral("at %1,%2 %3 reaches out of %4 (%5)")
                            .arg(r.x())
                            .arg(r.y())
                            .arg(sizeText(r.size()), named(p), sizeText(p->size())));
                return;
            }
        }
    }

    void check(QWidget *w)
    {
        if (auto *label = qobject_cast<QLabel *>(w))
            checkLabel(label);
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            checkButton(button);
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            checkLineEdit(edit);
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            checkCombo(combo);
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            checkGroup(group);
        else if (auto *header = qobject_cast<QHeaderView *>(w))
            checkHeader(header);
        else if (auto *bar = qobject_cast<QMenuBar *>(w))
            checkMenuBar(bar);
        else if (auto *tools = qobject_cast<QToolBar *>(w))
            checkToolBar(tools);
        else if (auto *view = qobject_cast<QAbstractItemView *>(w))
            readCells(view);
    }

    void checkLabel(QLabel *label)
    {
        QString text = label->text();
        if (label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
            text = QTextDocumentFragment::fromHtml(text).toPlainText();
        if (text.isEmpty())
            return;
        see(label, text);
        if (label->inherits("ElidedLabel"))
            return; // shortened with "…" by design, whole in its tooltip
        const QSize has = label->size();
        // A wrapped label needs its longest word's width and, at its width, all its lines.
        const QSize needs = label->wordWrap()
            ? QSize(label->minimumSizeHint().width(), label->heightForWidth(has.width()))
            : label->sizeHint();
        measure(label, text, needs, has);
    }

    void checkButton(QAbstractButton *button)
    {
        if (button->text().isEmpty())
            return; // an icon only
        see(button, button->text());
        measure(button, button->text(), button->sizeHint(), button->size());
    }

    // The placeholder shows only in an empty field, where it is cut short with "…".
    void checkLineEdit(QLineEdit *edit)
    {
        if (!edit->text().isEmpty() || edit->placeholderText().isEmpty())
            return;
        see(edit, edit->placeholderText());
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->rect();
        option.lineWidth
            = edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) : 0;
        QRect area = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        area = area.marginsRemoved(edit->textMargins());
        int room = area.width() - 2 * 2; // QLineEdit's own horizontal margin
        // Icons inside the field (clear button, a warning mark) take their place from the text.
        for (auto *icon : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
            if (icon->isVisibleTo(edit))
                room -= icon->width() + edit->style()->pixelMetric(QStyle::PM_SmallIconSize) / 4;
        }
        const int needs = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        measure(edit, edit->placeholderText(), {needs, 0}, {room, 0});
    }

    void checkCombo(QComboBox *combo)
    {
        const QString text
            = combo->currentIndex() < 0 ? combo->placeholderText() : combo->currentText();
        for (int i = 0; i < combo->count(); ++i)
            see(combo, combo->itemText(i));
        if (text.isEmpty() || combo->isEditable())
            return;
        see(combo, text);
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.editable = false;
        option.frame = combo->hasFrame();
        option.currentText = text;
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        int needs = combo->fontMetrics().horizontalAdvance(text) + 2;
        if (!combo->itemIcon(combo->currentIndex()).isNull())
            needs += combo->iconSize().width() + 4;
        measure(combo, text, {needs, 0}, {field.width(), 0});
    }

    void checkGroup(QGroupBox *group)
    {
        if (group->title().isEmpty())
            return;
        see(group, group->title());
        measure(group, group->title(), {group->minimumSizeHint().width(), 0}, {group->width(), 0});
    }

    // Each section's caption (and the sort mark where it shows) within the section.
    void checkHeader(QHeaderView *header)
    {
        const QAbstractItemModel *model = header->model();
        if (!model)
            return;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            QStyleOptionHeader option;
            option.initFrom(header);
            option.section = i;
            option.orientation = header->orientation();
            option.text = model->headerData(i, header->orientation()).toString();
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() == i)
                option.sortIndicator = header->sortIndicatorOrder() == Qt::AscendingOrder
                    ? QStyleOptionHeader::SortUp
                    : QStyleOptionHeader::SortDown;
            see(header, option.text);
            const QSize needs = header->style()->sizeFromContents(QStyle::CT_HeaderSection, &option,
                                                                  QSize(), header);
            ++m_found.widgets;
            if (needs.width() > header->sectionSize(i))
                problem(QStringLiteral("clipped"), header, option.text,
                        QStringLiteral("(column %1) needs %2 px wide, has %3")
                            .arg(i)
                            .arg(needs.width())
                            .arg(header->sectionSize(i)));
        }
    }

    // Menus that do not fit go behind the "»" button at the bar's end, out of sight.
    void checkMenuBar(QMenuBar *bar)
    {
        auto *more = bar->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"));
        for (QAction *a : bar->actions()) {
            if (!a->isVisible() || a->isSeparator())
                continue;
            see(bar, a->text());
            ++m_found.widgets;
            const QRect r = bar->actionGeometry(a);
            const bool hidden = r.isEmpty() || !bar->rect().contains(r)
                || (more && more->isVisible() && more->geometry().intersects(r));
            if (hidden)
                problem(QStringLiteral("clipped"), bar, a->text(),
                        QStringLiteral("menu does not fit in the menu bar (%1 px wide)")
                            .arg(bar->width()));
        }
    }

    void checkToolBar(QToolBar *bar)
    {
        for (QAction *a : bar->actions()) {
            if (!a->isVisible() || a->isSeparator())
                continue;
            QWidget *w = bar->widgetForAction(a);
            if (w && w->isVisible())
                continue; // a tool button, checked as a button
            see(bar, a->text());
            ++m_found.widgets;
            problem(QStringLiteral("clipped"), bar, a->text(),
                    QStringLiteral("does not fit in the tool bar (%1 px wide)").arg(bar->width()));
        }
    }

    // Cells are cut short with "…" by the view itself: their words are only read.
    void readCells(QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        if (!model)
            return;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column)
                see(view, model->index(row, column).data().toString());
        }
    }

    void readMenu(QMenu *menu)
    {
        for (QAction *a : menu->actions()) {
            if (a->isVisible() && !a->isSeparator())
                see(menu, a->text());
        }
    }

    QWidget *m_window;
    QSize m_limit;
    Findings m_found;
};

} // namespace

QString withoutAccelerator(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&') && i + 1 < text.size()) {
            ++i; // "&&" is a literal "&"; "&x" shows "x"
        }
        out += text.at(i);
    }
    return out;
}

bool acceleratorSplitsWord(const QString &text)
{
    // The letters either side, skipping vowel marks (they sit on their letter).
    const auto letter = [&text](qsizetype i, int step) {
        for (; i >= 0 && i < text.size(); i += step) {
            if (text.at(i).joiningType() != QChar::Joining_Transparent)
                return text.at(i);
        }
        return QChar();
    };
    for (qsizetype i = text.indexOf(QLatin1Char('&')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('&'), i + 2)) {
        if (text.at(i + 1) == QLatin1Char('&'))
            continue; // a literal "&"
        // Even after a letter that does not join forward (Arabic alef, waw), the word is
        // shaped in two runs and drawn a few pixels wider than measured.
        const QChar before = letter(i - 1, -1);
        if (before.joiningType() != QChar::Joining_None && letter(i + 1, 1).isLetter())
            return true;
    }
    return false;
}

Findings inspect(QWidget *window, QSize limit)
{
    return Inspection(window, limit).run();
}

} // namespace LayoutInspector
