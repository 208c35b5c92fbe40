// The accounts window's layout: the list, its filter, the empty and failure texts and the
// status bar. Its actions are in MainWindowActions.cpp.
#include "MainWindow.h"

#include "Bidi.h"
#include "CodeDialog.h"
#include "ElidedLabel.h"
#include "PracticeBanner.h"
#include "StatusLabel.h"
#include "accounts/AccountsFilter.h"
#include "accounts/AccountsService.h"
#include "network/RateBudget.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace {

// The state column's icon: a warning where the account needs attention, so it is marked
// by a shape and a word, not by colour alone.
class StateDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != AccountsModel::StateColumn)
            return;
        const auto live = AccountsModel::Live(index.data(AccountsModel::LiveRole).toInt());
        QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
        if (index.data(AccountsModel::NeedsAttentionRole).toBool())
            icon = QStyle::SP_MessageBoxWarning;
        else if (live == AccountsModel::Live::Connecting || live == AccountsModel::Live::Verifying)
            icon = QStyle::SP_BrowserReload;
        option->icon = QApplication::style()->standardIcon(icon);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
};

} // namespace

MainWindow::MainWindow(AccountsService *service, RateBudget *budget, const Info &info,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_budget(budget)
    , m_info(info)
    , m_filter(new AccountsFilter(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(info.practice ? tr("Fansly Connect — Practice") : tr("Fansly Connect"));
    m_filter->setSourceModel(service->model());
    buildActions();
    buildMenus();
    setCentralWidget(buildCentre());
    buildStatusBar();
    QSize size(860, 520);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableGeometry().size() * 0.9); // 150 % on a small screen
    resize(size);

    AccountsModel *model = service->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(model, signal, this, [this] {
            updateEmpty();
            updateActions();
        });
    }
    connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmpty);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmpty);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmpty);
    connect(service, &AccountsService::refreshed, this, [this] {
        m_notice->clear();
        updateReadAt();
        updateEmpty();
    });
    connect(service, &AccountsService::refreshFailed, this, &MainWindow::onRefreshFailed);
    connect(service, &AccountsService::whoamiChanged, this, &MainWindow::setWhoami);
    connect(service, &AccountsService::codeNeeded, this, &MainWindow::onCodeNeeded);
    connect(service, &AccountsService::disconnectFailed, this, &MainWindow::onDisconnectFailed);
    connect(service, &AccountsService::runningChanged, this, &MainWindow::updateActions);
    if (budget) {
        connect(budget, &RateBudget::changed, this, &MainWindow::updateRate);
        connect(budget, &RateBudget::remainingChanged, this, &MainWindow::updateRate);
    }
    m_autoRefresh.setInterval(kAutoRefreshMs);
    connect(&m_autoRefresh, &QTimer::timeout, this, &MainWindow::autoRefresh);
    m_autoRefresh.start();
    updateEmpty();
    updateActions();
    updateRate();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::buildCentre()
{
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    if (m_info.practice)
        layout->addWidget(new PracticeBanner(centre));

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Fi&lter:"), centre);
    m_filterEdit = new QLineEdit(centre);
    m_filterEdit->setObjectName(QStringLiteral("accountsFilter"));
    m_filterEdit->setPlaceholderText(tr("Name, username or account ID"));
    // Its clear button comes with the first focus or text: building it looks up the icon
    // theme, which an empty field that shows no button need not wait for.
    connect(m_filterEdit, &QLineEdit::textChanged, this, &MainWindow::offerClearButton);
    filterLabel->setBuddy(m_filterEdit);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &AccountsFilter::setText);
    // Down from the filter goes to the list, as in a search box; Ctrl+F comes back.
    m_filterEdit->installEventFilter(this);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_filterEdit, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    addAction(find);
    auto *attention = new QToolButton(centre);
    attention->setObjectName(QStringLiteral("attentionButton"));
    attention->setDefaultAction(m_actions.value(QStringLiteral("attention")));
    attention->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(attention);
    layout->addLayout(filterRow);

    m_notice = new StatusLabel(centre);
    m_notice->setObjectName(QStringLiteral("listNotice"));
    layout->addWidget(m_notice);

    m_view = new QTableView(centre);
    m_view->setObjectName(QStringLiteral("accountsView"));
    m_view->setAccessibleName(tr("Accounts"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new StateDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountsModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Room for the values, and at least for the caption and its sort mark in any language.
    for (const auto &[column, width] : {std::pair {AccountsModel::NameColumn, 180},
                                        {AccountsModel::UsernameColumn, 160},
                                        {AccountsModel::IdColumn, 170}})
        m_view->setColumnWidth(column,
                               qMax(width, m_view->horizontalHeader()->sectionSizeHint(column)));
    for (const char *name : {"reauth", "code", "resume", "cancelLogin", "disconnect", "copyId"})
        m_view->addAction(m_actions.value(QLatin1String(name)));
    connect(m_view, &QAbstractItemView::activated, this, &MainWindow::onActivated);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateActions);

    auto *empty = new QWidget(centre);
    auto *emptyLayout = new QVBoxLayout(empty);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyButton = new QPushButton(empty);
    m_emptyButton->setObjectName(QStringLiteral("emptyButton"));
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(centre);
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);
    layout->addWidget(m_stack, 1);
    m_view->setFocus(); // arrows move through the accounts at once
    return centre;
}

void MainWindow::buildStatusBar()
{
    // The team's and key's names give way first when the bar is short (a long language at
    // 150 %): they end in "…" and show whole in the tooltip; the counts stay whole.
    m_team = new ElidedLabel(this);
    m_team->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_rate = new QLabel(this);
    m_credits = new QLabel(this);
    m_readAt = new QLabel(this);
    for (QLabel *label : {static_cast<QLabel *>(m_team), m_rate, m_credits, m_readAt}) {
        label->setTextFormat(Qt::PlainText);
        label->setContentsMargins(6, 0, 6, 0); // apart, since a status bar draws no lines
        statusBar()->addWidget(label);
        label->hide();
    }
    m_team->setObjectName(QStringLiteral("teamLabel"));
    m_rate->setObjectName(QStringLiteral("rateLabel"));
    m_credits->setObjectName(QStringLiteral("creditsLabel"));
    m_readAt->setObjectName(QStringLiteral("readAtLabel"));
}

void MainWindow::setKeyReady(bool ready)
{
    m_keyReady = ready;
    updateEmpty();
    updateActions();
}

void MainWindow::updateEmpty()
{
    const bool anyAccount = m_service->model()->rowCount() > 0;
    const bool anyShown = m_filter->rowCount() > 0;
    if (anyShown) {
        m_stack->setCurrentIndex(0);
        return;
    }
    QAction *action = nullptr;
    if (!m_keyReady) {
        m_emptyText->setText(tr("Add your OnlyFansAPI key to see the team's Fansly accounts."));
        action = m_actions.value(QStringLiteral("changeKey"));
    } else if (anyAccount) {
        m_emptyText->setText(m_filter->attentionOnly() && m_filter->text().isEmpty()
                                 ? tr("No account needs attention.")
                                 : tr("No account matches the filter."));
        disconnect(m_emptyClick);
        m_emptyButton->setText(tr("&Show all accounts"));
        m_emptyClick = connect(m_emptyButton, &QPushButton::clicked, this, [this] {
            m_filterEdit->clear();
            m_actions.value(QStringLiteral("attention"))->setChecked(false);
        });
        m_emptyButton->show();
        m_stack->setCurrentIndex(1);
        return;
    } else if (!m_service->model()->hasList()) {
        m_emptyText->setText(m_service->refreshProblem().isEmpty()
                                 ? tr("Reading the team's accounts…")
                                 : tr("The accounts could not be read."));
    } else {
        m_emptyText->setText(tr("No Fansly account is connected yet. Choose Connect account… "
                                "(Ctrl+N) to connect the first creator."));
        action = m_actions.value(QStringLiteral("connect"));
    }
    disconnect(m_emptyClick); // only ours: Qt keeps its own connections to the button
    if (action) {
        m_emptyButton->setText(action->text());
        m_emptyClick = connect(m_emptyButton, &QPushButton::clicked, action, &QAction::trigger);
    }
    m_emptyButton->setVisible(action);
    m_stack->setCurrentIndex(1);
}

void MainWindow::setWhoami(const WhoamiInfo &info)
{
    m_team->setText(tr("Team: %1 · Key: %2").arg(isolated(info.teamName), isolated(info.keyName)));
    m_team->setVisible(!info.teamName.isEmpty() || !info.keyName.isEmpty());
}

void MainWindow::updateRate()
{
    const int left = m_budget ? m_budget->remainingPerMinute() : -1;
    const int limit = m_budget ? m_budget->limitPerMinute() : -1;
    if (left < 0) {
        m_rate->hide();
        return;
    }
    const QLocale locale; // digits as the language writes them (Arabic-Indic in Arabic)
    m_rate->setText(limit > 0 ? tr("Requests left this minute: %1 of %2")
                                    .arg(locale.toString(left), locale.toString(limit))
                              : tr("Requests left this minute: %1").arg(locale.toString(left)));
    m_rate->show();
}

void MainWindow::setCredits(qint64 credits)
{
    m_credits->setVisible(credits >= 0);
    if (credits >= 0)
        m_credits->setText(tr("Credits: %1").arg(QLocale().toString(credits)));
}

void MainWindow::updateReadAt()
{
    const QDateTime at = m_service->model()->readAt();
    m_readAt->setVisible(at.isValid());
    if (at.isValid())
        m_readAt->setText(
            tr("List read at %1")
                .arg(QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)));
}

void MainWindow::onRefreshFailed(const QString &message)
{
    const QDateTime at = m_service->model()->readAt();
    if (at.isValid()) {
        m_notice->setMessage(
            tr("The list could not be refreshed: %1 Showing the list read at %2.")
                .arg(message, QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat)),
            StatusLabel::Tone::Error);
    } else {
        m_notice->setMessage(tr("The accounts could not be read: %1").arg(message),
                             StatusLabel::Tone::Error);
    }
    updateEmpty();
}

void MainWindow::offerClearButton()
{
    if (!m_filterEdit->isClearButtonEnabled())
        m_filterEdit->setClearButtonEnabled(true);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filterEdit && event->type() == QEvent::FocusIn)
        offerClearButton();
    if (watched != m_filterEdit || event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Down && m_filter->rowCount() > 0) {
        // To the first match, as in a search box.
        m_view->setFocus(Qt::TabFocusReason);
        // Selects the row too; QTableView::selectRow() would clear the selection in a
        // right-to-left table (Qt 6.4).
        m_view->setCurrentIndex(m_filter->index(0, 0));
        return true;
    }
    if (key == Qt::Key_Escape && !m_filterEdit->text().isEmpty()) {
        m_filterEdit->clear();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::autoRefresh()
{
    // Quiet: never while nobody sees the window, nor when the budget is needed for logins.
    if (!m_keyReady || !isVisible() || isMinimized() || (m_budget && m_budget->isLow()))
        return;
    m_service->refresh();
}
