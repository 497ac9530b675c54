#include "desktop/FolderShareSheet.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

namespace debrief::platform {

bool FolderShareSheet::share(const SharedFile& file, QString* detail)
{
    const QFileInfo info(file.path);
    if (!info.isFile()) {
        if (detail)
            *detail = QStringLiteral("no such file: %1").arg(file.path);
        return false;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(info.absolutePath()))) {
        if (detail)
            *detail = QStringLiteral("no file manager opened %1").arg(info.absolutePath());
        return false;
    }
    return true;
}

} // namespace debrief::platform
