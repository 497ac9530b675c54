#include "desktop/TrayPresence.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QStyle>
#include <QSystemTrayIcon>

namespace debrief::platform {

namespace {

// The app's own icon; the theme's when the app set none; the style's as the last resort (a
// tray icon without an image is invisible).
QIcon trayIcon()
{
    QIcon icon = QGuiApplication::windowIcon();
    if (icon.isNull())
        icon = QIcon::fromTheme(QStringLiteral("debrief"));
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
    return icon;
}

} // namespace

TrayPresence::TrayPresence() = default;

// The icon goes before the menu it shows.
TrayPresence::~TrayPresence()
{
    m_icon.reset();
    m_menu.reset();
}

bool TrayPresence::available() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayPresence::setHandlers(std::function<void()> open, std::function<void()> quit)
{
    m_open = std::move(open);
    m_quit = std::move(quit);
}

void TrayPresence::setVisible(bool visible)
{
    if (!visible) {
        if (m_icon)
            m_icon->hide();
        return;
    }
    if (build())
        m_icon->show();
}

bool TrayPresence::build()
{
    if (m_icon)
        return true;
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        qWarning("tray: a tray icon needs a QApplication");
        return false;
    }
    m_menu = std::make_unique<QMenu>();
    m_menu->addAction(QCoreApplication::translate("TrayPresence", "Open Debrief"), this, [this] {
        if (m_open)
            m_open();
    });
    m_menu->addSeparator();
    m_menu->addAction(QCoreApplication::translate("TrayPresence", "Quit"), this, [this] {
        if (m_quit)
            m_quit();
    });

    m_icon = std::make_unique<QSystemTrayIcon>(trayIcon());
    m_icon->setToolTip(QStringLiteral("Debrief"));
    m_icon->setContextMenu(m_menu.get());
    connect(
        m_icon.get(), &QSystemTrayIcon::activated, this,
        [this](QSystemTrayIcon::ActivationReason reason) {
            // A click (or double click) opens; the context menu has its own reason.
            if ((reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) &&
                m_open)
                m_open();
        });
    return true;
}

} // namespace debrief::platform
