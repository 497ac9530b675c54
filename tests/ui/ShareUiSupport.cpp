#include "ShareUiSupport.h"

#include "AppUnderTest.h"
#include "TestEnvironment.h"
#include "share/AgeBytes.h"
#include "share/ShareError.h"
#include "share/ZipReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <catch2/catch_test_macros.hpp>

namespace debrief::test {

QString createVault(AppUnderTest& app)
{
    REQUIRE(app.waitForState(VaultController::State::FirstStart));
    const QString code = app.vault().recoveryCode();
    REQUIRE_FALSE(code.isEmpty());
    app.click(QStringLiteral("confirmRecoveryCodeButton"));
    REQUIRE(app.waitForState(VaultController::State::Ready));
    return code;
}

Planted plant(AppUnderTest& app, int count, const QString& prefix)
{
    Planted p;
    Database& db = *app.vault().database();
    for (int n = 1; n <= count; ++n) {
        p.markers.append(markersFor(prefix, n));
        p.ids.append(addSampleEntry(db, p.markers.last(), n).id);
    }
    app.history().reload();
    REQUIRE(waitUntil([&] { return app.history().count() == count; }));
    app.settle();
    return p;
}

void clickRow(AppUnderTest& app, qint64 id, Qt::KeyboardModifiers modifiers)
{
    const int row = app.history().rowOf(id);
    REQUIRE(row >= 0);
    QQuickItem* item = app.require(QStringLiteral("historyRow_%1").arg(row));
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(app.window(), Qt::LeftButton, modifiers, centre.toPoint());
    app.settle();
}

void typeInto(AppUnderTest& app, const QString& field, const QString& text)
{
    QQuickItem* item = app.require(field);
    app.reveal(item);
    app.click(item);
    REQUIRE(item->hasActiveFocus());
    app.type(text);
    app.settle();
}

void revealAndClick(AppUnderTest& app, const QString& name)
{
    QQuickItem* item = app.require(name);
    app.reveal(item);
    app.click(item);
}

namespace {

QObject* dialogNamed(AppUnderTest& app, const QString& dialog)
{
    const QList<QObject*> found = app.all(dialog);
    REQUIRE(found.size() == 1);
    return found.constFirst();
}

} // namespace

bool dialogVisible(AppUnderTest& app, const QString& dialog)
{
    return dialogNamed(app, dialog)->property("visible").toBool();
}

void answerDialog(AppUnderTest& app, const QString& dialog, const QString& owner,
                  const char* function, const QString& path)
{
    QObject* fileDialog = dialogNamed(app, dialog);
    REQUIRE(waitUntil([&] { return fileDialog->property("visible").toBool(); }));
    REQUIRE(QMetaObject::invokeMethod(fileDialog, "close"));
    const QList<QObject*> owners = app.all(owner);
    REQUIRE(owners.size() == 1);
    REQUIRE(QMetaObject::invokeMethod(owners.constFirst(), function,
                                      Q_ARG(QVariant, QVariant(QUrl::fromLocalFile(path)))));
    app.settle();
}

bool waitForTask(AppUnderTest& app, VaultTask& task)
{
    const bool ended = waitUntil([&] { return !task.running(); }, 120000);
    app.settle();
    return ended;
}

QMap<QString, QByteArray> openShare(const QString& path, const AgeIdentity& identity)
{
    AgeError ageError;
    auto zip = agebytes::decrypt(readFile(path), {&identity}, &ageError);
    INFO(ageError.detail.toStdString());
    REQUIRE(zip);
    QMap<QString, QByteArray> files{{QString(), *zip}};
    QBuffer device(&*zip);
    device.open(QIODevice::ReadOnly);
    ShareError error;
    const auto reader = ZipReader::open(&device, {}, &error);
    REQUIRE(reader);
    for (const ZipReader::File& f : reader->files()) {
        const auto bytes = reader->read(f.name, qint64(1) << 30, &error);
        REQUIRE(bytes);
        files.insert(f.name, *bytes);
    }
    return files;
}

bool anyFileContains(const QMap<QString, QByteArray>& files, const QString& marker)
{
    for (const QByteArray& bytes : files) {
        if (containsAnyEncoding(bytes, marker))
            return true;
    }
    return false;
}

int entryCount(const QByteArray& entriesJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(entriesJson);
    REQUIRE(doc.isObject());
    return int(doc.object().value(QStringLiteral("entries")).toArray().size());
}

} // namespace debrief::test
