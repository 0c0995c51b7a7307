#include "ui/common/FileChooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace sphair::ui {

namespace {

FileChooser::Override &installedOverride()
{
    static FileChooser::Override override;
    return override;
}

const QString kLastDirectoryKey = QStringLiteral("files/last-directory");

} // namespace

void FileChooser::setOverride(Override override)
{
    installedOverride() = std::move(override);
}

QString FileChooser::lastDirectory()
{
    QString saved = QSettings().value(kLastDirectoryKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void FileChooser::rememberDirectory(const QString &path)
{
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
}

QString FileChooser::openFile(QWidget *parent, const QString &caption, const QString &filter,
                              const QString &directory)
{
    if (installedOverride())
        return installedOverride()(Mode::Open, caption, directory, filter);
    QString path = QFileDialog::getOpenFileName(
        parent, caption, directory.isEmpty() ? lastDirectory() : directory, filter);
    if (!path.isEmpty())
        rememberDirectory(path);
    return path;
}

QString FileChooser::saveFile(QWidget *parent, const QString &caption, const QString &suggestedPath,
                              const QString &filter)
{
    QString suggested = suggestedPath;
    if (QFileInfo(suggested).isRelative())
        suggested = QDir(lastDirectory()).filePath(suggested);
    if (installedOverride())
        return installedOverride()(Mode::Save, caption, suggested, filter);
    QString path = QFileDialog::getSaveFileName(parent, caption, suggested, filter);
    if (!path.isEmpty())
        rememberDirectory(path);
    return path;
}

} // namespace sphair::ui
