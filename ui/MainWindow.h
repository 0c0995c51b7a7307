#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace sphair::ui {

// The console's main window: one tab per area of DESIGN.md §5.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }

    // Shows which platform the console talks to, in the environment's colour, at all times.
    void showEnvironment(const QString &profileName, const QString &environmentName,
                         const QString &colour);
    void showStatus(const QString &message);

private:
    QWidget *makeComingSoonPage(const QString &summary);

    QTabWidget *m_tabs = nullptr;
    QLabel *m_environment = nullptr;
};

} // namespace sphair::ui
