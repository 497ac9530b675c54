#include "AppUnderTest.h"

#include "TestEnvironment.h"
#include "fake/FakeSecretStore.h"

#include <QMutex>
#include <QQuickStyle>
#include <QSet>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <algorithm>
#include <catch2/catch_test_macros.hpp>

Q_IMPORT_QML_PLUGIN(Debrief_UiPlugin)
Q_IMPORT_QML_PLUGIN(DebriefPlugin)

namespace debrief::test {

namespace {

// Every warning or error while QML runs is a problem the tests report.
QMutex g_problemsMutex;
QStringList g_problems;
QtMessageHandler g_previousHandler = nullptr;

void recordProblems(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type != QtDebugMsg && type != QtInfoMsg) {
        const QMutexLocker lock(&g_problemsMutex);
        g_problems.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

void installOnce()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    g_previousHandler = qInstallMessageHandler(recordProblems);
    QQuickStyle::setStyle(QStringLiteral("Material"));
}

int problemCount()
{
    const QMutexLocker lock(&g_problemsMutex);
    return int(g_problems.size());
}

void collect(QObject* object, const QString& name, QSet<QObject*>& seen, QList<QObject*>& out)
{
    if (!object || seen.contains(object))
        return;
    seen.insert(object);
    if (object->objectName() == name)
        out.append(object);
    for (QObject* child : object->children())
        collect(child, name, seen, out);
    if (auto* item = qobject_cast<QQuickItem*>(object)) {
        for (QQuickItem* child : item->childItems())
            collect(child, name, seen, out);
    }
    if (auto* window = qobject_cast<QQuickWindow*>(object))
        collect(window->contentItem(), name, seen, out);
}

} // namespace

QString textOf(const QObject* item)
{
    return item ? item->property("text").toString() : QString();
}

AppUnderTest::AppUnderTest(const QString& dataDir, platform::FakeSecretStore& secrets, int width,
                           int height, const std::function<void(AppServices&)>& beforeStart,
                           TestPlatform* platform)
{
    installOnce();
    m_problemsAtStart = problemCount();
    TestPlatform& p = platform ? *platform : m_ownPlatform;
    m_services = std::make_unique<AppServices>(
        VaultFiles(dataDir),
        AppPlatform{secrets, m_permissions, p.realNotifier ? *p.realNotifier : p.notifier,
                    p.scheduler, p.startAtLogin, p.clock, p.shareSheet});
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_services->uiLanguage().setEngine(m_engine.get()); // as main.cpp does
    m_engine->setInitialProperties(m_services->qmlProperties());
    m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Debrief/Main.qml")));
    REQUIRE(m_engine->rootObjects().size() == 1);
    m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
    REQUIRE(m_window);
    m_window->resize(width, height);
    if (beforeStart)
        beforeStart(*m_services);
    m_services->vault().start();
    m_window->show();
    m_window->requestActivate();
    REQUIRE(QTest::qWaitForWindowExposed(m_window));
    REQUIRE(QTest::qWaitForWindowActive(m_window));
}

void AppUnderTest::chooseLanguage(const QString& language)
{
    LanguageSettings(VoiceSettings::standardFile()).setLanguage(language);
}

AppUnderTest::~AppUnderTest()
{
    // Let the keyring's asynchronous answers and deferred deletes arrive before tearing down.
    QCoreApplication::processEvents();
    m_engine.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_services.reset();
}

QList<QObject*> AppUnderTest::all(const QString& objectName, QObject* root) const
{
    QSet<QObject*> seen;
    QList<QObject*> out;
    collect(root ? root : m_window.data(), objectName, seen, out);
    return out;
}

QQuickItem* AppUnderTest::visibleItem(const QString& objectName, QObject* root) const
{
    for (QObject* object : all(objectName, root)) {
        auto* item = qobject_cast<QQuickItem*>(object);
        if (item && item->isVisible() && item->opacity() > 0)
            return item;
    }
    return nullptr;
}

QQuickItem* AppUnderTest::require(const QString& objectName, QObject* root) const
{
    QQuickItem* item = nullptr;
    waitUntil([&] { return (item = visibleItem(objectName, root)) != nullptr; }, 5000);
    INFO("visible item " << objectName.toStdString());
    REQUIRE(item);
    return item;
}

bool AppUnderTest::waitForState(VaultController::State state, int timeoutMs)
{
    const bool reached =
        waitUntil([&] { return vault().state() == state && !vault().busy(); }, timeoutMs);
    if (reached)
        settle();
    return reached;
}

void AppUnderTest::settle()
{
    const auto busy = [this] {
        for (QObject* stack : all(QStringLiteral("contentStack"))) {
            if (stack->property("busy").toBool())
                return true;
        }
        for (QObject* snackbar : all(QStringLiteral("snackbar"))) {
            if (snackbar->property("moving").toBool())
                return true;
        }
        return false;
    };
    REQUIRE(waitUntil([&] { return !busy(); }, 5000));
    // One frame so layouts and bindings have settled.
    QTest::qWait(50);
}

void AppUnderTest::resize(int width, int height)
{
    m_window->resize(width, height);
    REQUIRE(waitUntil([&] { return m_window->width() == width && m_window->height() == height; }));
    settle();
}

void AppUnderTest::reveal(QQuickItem* item)
{
    REQUIRE(item);
    QQuickItem* flick = item->parentItem();
    while (flick && (!flick->inherits("QQuickFlickable") || flick->inherits("QQuickListView")))
        flick = flick->parentItem();
    if (!flick)
        return;
    auto* content = flick->property("contentItem").value<QQuickItem*>();
    REQUIRE(content);
    const qreal y = item->mapToItem(content, QPointF(0, 0)).y();
    const qreal most = std::max(0.0, flick->property("contentHeight").toReal() - flick->height());
    flick->setProperty("contentY",
                       std::clamp(y - (flick->height() - item->height()) / 2, 0.0, most));
    settle();
}

void AppUnderTest::click(QQuickItem* item)
{
    REQUIRE(item);
    INFO("clicking " << item->objectName().toStdString());
    REQUIRE(item->isVisible());
    REQUIRE(item->isEnabled());
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    REQUIRE(QRectF(QPointF(0, 0), QSizeF(m_window->size())).contains(centre));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    settle();
}

void AppUnderTest::type(const QString& text)
{
    // One press and release per character, carrying its text, as a keyboard would send them.
    for (const QChar c : text) {
        if (c == QLatin1Char('\n')) {
            QTest::keyClick(m_window, Qt::Key_Return);
            continue;
        }
        const bool upper = c.isUpper();
        const Qt::Key key = c.unicode() < 0x80 ? Qt::Key(c.toUpper().unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, m_window, key, QString(c),
                            upper ? Qt::ShiftModifier : Qt::NoModifier);
    }
}

void AppUnderTest::key(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(m_window, key, modifiers);
    settle();
}

QStringList AppUnderTest::qmlProblems() const
{
    const QMutexLocker lock(&g_problemsMutex);
    return g_problems.mid(m_problemsAtStart);
}

} // namespace debrief::test
