#pragma once

#include <QMainWindow>

class QTabWidget;

namespace sphair::ui {

// The console's main window: one tab per area of DESIGN.md §5.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

private:
    QWidget *makeComingSoonPage(const QString &summary);

    QTabWidget *m_tabs = nullptr;
};

} // namespace sphair::ui
