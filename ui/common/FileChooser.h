#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace sphair::ui {

// Asks the user for a file to open or to save to, through QFileDialog. Widget tests cannot
// click a native file dialog, so they install an answer with setOverride() (a test-only seam:
// the code under test runs exactly as it does for the user, only the path comes from the test).
class FileChooser
{
public:
    enum class Mode { Open, Save };
    // Returns the chosen path, or an empty string for "cancelled".
    using Override = std::function<QString(Mode mode, const QString &caption,
                                           const QString &suggestedPath, const QString &filter)>;

    // `filter` as for QFileDialog, e.g. tr("License files (*.lic)"). An empty result means
    // the user cancelled.
    static QString openFile(QWidget *parent, const QString &caption, const QString &filter,
                            const QString &directory = {});
    // `suggestedPath` may be a bare file name; it is then put in the last folder used.
    static QString saveFile(QWidget *parent, const QString &caption, const QString &suggestedPath,
                            const QString &filter);

    // Tests only: answer every request with `override` (an empty function restores the
    // dialogs).
    static void setOverride(Override override);

private:
    static QString lastDirectory();
    static void rememberDirectory(const QString &path);
};

} // namespace sphair::ui
