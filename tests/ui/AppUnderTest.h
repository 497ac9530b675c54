#pragma once

#include "AppServices.h"

#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStringList>
#include <catch2/catch_test_macros.hpp>
#include <functional>
#include <memory>

#include "ManualClock.h"
#include "fake/FakeNotifier.h"
#include "fake/FakeNudgeScheduler.h"
#include "fake/FakePermissions.h"
#include "fake/FakeShareSheet.h"
#include "fake/FakeStartAtLogin.h"

namespace debrief::platform {
class FakeSecretStore;
}

namespace debrief::test {

// What stands in for the OS's reminders in a UI test: a notifier that records, a scheduler that
// fires when the test moves time, and the clock the reminders are planned with. A test may put
// a real notifier in place of the fake (the D-Bus one, against dbusmock).
struct TestPlatform
{
    explicit TestPlatform(ManualClock& c)
        : clock(c)
    {
    }
    ManualClock& clock;
    platform::FakeNotifier notifier;
    platform::FakeNudgeScheduler scheduler;
    platform::FakeStartAtLogin startAtLogin;
    platform::FakeShareSheet shareSheet; // records the files handed to the OS
    platform::Notifier* realNotifier = nullptr;
};

// One start of the real app for UI tests: the same services and wiring as main.cpp
// (AppServices) over a data folder and a fake keyring, the real Main.qml in a
// QQmlApplicationEngine with the Material style. Items are found by objectName.
class AppUnderTest
{
public:
    // beforeStart runs after the UI is loaded and before VaultController::start() (page size,
    // clock…). The window is shown at width x height.
    // platform: the reminders' fakes and clock (default: a clock at the real now, fakes).
    AppUnderTest(const QString& dataDir, platform::FakeSecretStore& secrets, int width = 1280,
                 int height = 800, const std::function<void(AppServices&)>& beforeStart = {},
                 TestPlatform* platform = nullptr);
    ~AppUnderTest();
    AppUnderTest(const AppUnderTest&) = delete;
    AppUnderTest& operator=(const AppUnderTest&) = delete;

    // Starts after this as if Settings > Language had been set to language ("de", "zh_CN"; ""
    // for the system's) at an earlier start: the stored choice, which AppServices puts into
    // effect (the embedded translation, the default locale) before the QML loads.
    static void chooseLanguage(const QString& language);

    AppServices& services() { return *m_services; }
    VaultController& vault() { return m_services->vault(); }
    HistoryModel& history() { return m_services->history(); }
    EntryController& entries() { return m_services->entries(); }
    QQuickWindow* window() const { return m_window; }
    // The microphone permission the app sees (granted unless a test says otherwise).
    platform::FakePermissions& permissions() { return m_permissions; }

    // Every item or object with this objectName under root (default: the whole window).
    QList<QObject*> all(const QString& objectName, QObject* root = nullptr) const;
    // The first such item that is visible (or null).
    QQuickItem* visibleItem(const QString& objectName, QObject* root = nullptr) const;
    // Like visibleItem, but fails the test when there is none.
    QQuickItem* require(const QString& objectName, QObject* root = nullptr) const;

    bool waitForState(VaultController::State state, int timeoutMs = 15000);
    // Waits until no StackView is in a transition, no popup is animating and the scene is
    // polished.
    void settle();
    void resize(int width, int height);
    // Scrolls the page holding the item (its nearest Flickable that is not a list) until the
    // item sits mid-screen, as a swipe would.
    void reveal(QQuickItem* item);

    // A real mouse click in the middle of the item (it must be visible and enabled).
    void click(QQuickItem* item);
    void click(const QString& objectName) { click(require(objectName)); }
    // Real key events, delivered to the item with active focus.
    void type(const QString& text);
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    // QML warnings and errors seen since this start (a clean run has none).
    QStringList qmlProblems() const;

private:
    platform::FakePermissions m_permissions;
    ManualClock m_ownClock;
    TestPlatform m_ownPlatform{m_ownClock};
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QPointer<QQuickWindow> m_window;
    int m_problemsAtStart = 0;
};

// Fails the test, listing them, when QML reported a warning or an error.
#define CHECK_NO_QML_PROBLEMS(app)                                                                 \
    do {                                                                                           \
        INFO((app).qmlProblems().join(QLatin1Char('\n')).toStdString());                           \
        CHECK((app).qmlProblems().isEmpty());                                                      \
    } while (false)

// Text of a QML item's "text" property.
QString textOf(const QObject* item);

} // namespace debrief::test
