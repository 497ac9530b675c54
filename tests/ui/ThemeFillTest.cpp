// Theme.fill: a translated text's %1, %2, … filled in one pass, so a "%2" someone typed in the
// first value stays as they typed it (chained .arg() would fill it with the next value).

#include <QQmlComponent>
#include <QQmlEngine>
#include <catch2/catch_test_macros.hpp>
#include <memory>

namespace {

QString filled(const QString& call)
{
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&engine);
    component.setData(
        ("import QtQml\nimport Debrief\nQtObject { property string result: " + call + " }")
            .toUtf8(),
        QUrl(QStringLiteral("qrc:/ThemeFillTest.qml")));
    INFO(component.errorString().toStdString());
    std::unique_ptr<QObject> object(component.create());
    REQUIRE(object);
    return object->property("result").toString();
}

} // namespace

TEST_CASE("Theme.fill fills each marker once, whatever the values hold", "[theme]")
{
    CHECK(filled(QStringLiteral("Theme.fill(\"%1 wrote: %2\", [\"Alex %2\", \"Fine\"])")) ==
          QStringLiteral("Alex %2 wrote: Fine"));
    CHECK(filled(QStringLiteral("Theme.fill(\"Change %1: %2, %3\", [\"2\", \"Ask %1 first\", "
                                "\"quick win\"])")) ==
          QStringLiteral("Change 2: Ask %1 first, quick win"));
    // A marker without a value stays, as with QString::arg.
    CHECK(filled(QStringLiteral("Theme.fill(\"%1 and %2\", [\"one\"])")) ==
          QStringLiteral("one and %2"));
}
