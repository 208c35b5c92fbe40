// The start-up floor for bench_report: the least a Qt Widgets program of the same shape
// costs on this machine, built by the same CMake run as the app. `bench_floor wizard N`
// shows a bare QWizard with N empty pages; `bench_floor table N` a QMainWindow whose
// QTableView lists N rows of 5 columns. Like fansly-connect, it honours
// FANSLY_CONNECT_EXIT_ON_PAINT (see app/gui/main.cpp): it writes "painted <steady clock ns>"
// to stderr once its first paint pass is over, and exits.
#include <QApplication>
#include <QMainWindow>
#include <QMetaObject>
#include <QStandardItemModel>
#include <QTableView>
#include <QWizard>
#include <QWizardPage>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace {

class ExitOnPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QMetaObject::invokeMethod(
                this,
                [] {
                    const auto now = std::chrono::steady_clock::now().time_since_epoch();
                    std::fprintf(
                        stderr, "painted %lld\n",
                        static_cast<long long>(
                            std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
                    QCoreApplication::exit(0);
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3 || (std::strcmp(argv[1], "wizard") != 0 && std::strcmp(argv[1], "table") != 0)) {
        std::fprintf(stderr, "usage: bench_floor wizard|table N\n");
        return 2;
    }
    const bool wizard = std::strcmp(argv[1], "wizard") == 0;
    const int n = std::atoi(argv[2]);
    QApplication app(argc, argv);
    ExitOnPaint exitOnPaint;
    if (qEnvironmentVariableIsSet("FANSLY_CONNECT_EXIT_ON_PAINT"))
        app.installEventFilter(&exitOnPaint);

    std::unique_ptr<QWidget> window;
    if (wizard) {
        auto w = std::make_unique<QWizard>();
        for (int i = 0; i < n; ++i) {
            auto *page = new QWizardPage;
            page->setTitle(QStringLiteral("Page %1").arg(i + 1));
            w->addPage(page);
        }
        window = std::move(w);
    } else {
        auto w = std::make_unique<QMainWindow>();
        auto *model = new QStandardItemModel(n, 5, w.get());
        for (int row = 0; row < n; ++row) {
            for (int column = 0; column < 5; ++column)
                model->setItem(
                    row, column,
                    new QStandardItem(QStringLiteral("Account %1.%2").arg(row).arg(column)));
        }
        auto *view = new QTableView;
        view->setModel(model);
        w->setCentralWidget(view);
        w->resize(900, 600);
        window = std::move(w);
    }
    window->show();
    return app.exec();
}
