// A coach without Debrief (label integration): `age -d -i key.txt file.debrief > share.zip`
// (or `age -d` with the passphrase, typed into age through a pseudo-terminal) then `unzip`
// gives entries.md, entries.json and audio/*.opus: readable, valid JSON, the voice notes byte for
// byte. Skips when age or unzip is not installed. Also the readable exports: Markdown and a PDF
// that pdftotext reads, both saying they are not encrypted.

#include "BundleTestSupport.h"
#include "ShareFixture.h"
#include "TestEnvironment.h"
#include "TestStrings.h"
#include "share/BundleJson.h"
#include "share/BundleMarkdown.h"
#include "share/PdfExport.h"
#include "share/SecretBytes.h"
#include "share/ShareExporter.h"
#include "share/ShareKeys.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using namespace debrief::test;

namespace {

void requireTools(const QStringList& tools)
{
    for (const QString& tool : tools) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            SKIP((tool + QStringLiteral(" is not installed")).toStdString());
    }
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args, const QString& answer = {})
{
    QProcess process;
    if (answer.isEmpty()) {
        process.start(program, args);
    } else {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PTY_ANSWER"), answer);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(DEBRIEF_PTY_ANSWER),
                      QStringList{QStringLiteral("--timeout"), QStringLiteral("120"),
                                  QStringLiteral("--"), program} +
                          args);
    }
    process.waitForFinished(180000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

struct Shared
{
    TestVault sender;
    TestVault coach;
    QVector<SampleEntry> entries;
    QVector<EntryMarkers> markers;
};

Shared sharedVaults(const QString& name)
{
    Shared s{makeVault(name), makeVault(name + QStringLiteral("-coach")), {}, {}};
    ShareError error;
    REQUIRE(ShareKeys(*s.sender.db).setDisplayName(QStringLiteral("Alex"), &error));
    for (int n = 1; n <= 2; ++n) {
        s.markers.append(markersFor(QStringLiteral("Iop"), n));
        s.entries.append(addSampleEntry(*s.sender.db, s.markers.last(), n));
    }
    return s;
}

ShareSelection all(const Shared& s)
{
    ShareSelection selection;
    for (const SampleEntry& e : s.entries)
        selection.append({e.id, ShareFields::everything()});
    return selection;
}

// Unzips with the unzip tool and checks what a coach without Debrief would open.
void checkUnzipped(const Shared& s, const QString& zip, const QString& into)
{
    const Run unzip =
        run(QStringLiteral("unzip"), {QStringLiteral("-o"), zip, QStringLiteral("-d"), into});
    INFO(unzip.out.toStdString() << unzip.err.toStdString());
    REQUIRE(unzip.exitCode == 0);
    const QByteArray md = readFile(QDir(into).filePath(QStringLiteral("entries.md")));
    CHECK(md.startsWith("# Reflections shared by Alex"));
    for (const EntryMarkers& m : s.markers) {
        CHECK(md.contains(m.text.toUtf8()));
        CHECK(md.contains(m.lessons.toUtf8()));
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(
        readFile(QDir(into).filePath(QStringLiteral("entries.json"))), &parse);
    REQUIRE(parse.error == QJsonParseError::NoError);
    CHECK(json.object().value(QStringLiteral("version")).toInt() == 1);
    CHECK(json.object().value(QStringLiteral("entries")).toArray().size() == 2);
    CHECK(readFile(QDir(into).filePath(QStringLiteral("audio/1.opus"))) == s.entries.at(0).voice);
    CHECK(readFile(QDir(into).filePath(QStringLiteral("audio/2.opus"))) == s.entries.at(0).spoken);
    CHECK(readFile(QDir(into).filePath(QStringLiteral("audio/3.opus"))) == s.entries.at(1).voice);
    CHECK(readFile(QDir(into).filePath(QStringLiteral("audio/4.opus"))) == s.entries.at(1).spoken);
}

} // namespace

TEST_CASE("age -d with the coach's key, then unzip, opens a share", "[share-interop]")
{
    requireTools({QStringLiteral("age"), QStringLiteral("unzip")});
    Shared s = sharedVaults(QStringLiteral("interop-key"));
    ShareError error;
    const QString coachKey = *ShareKeys(*s.coach.db).publicKey(&error);
    const QString dir = freshDir(QStringLiteral("interop-key-files"));
    const QString file = QDir(dir).filePath(QStringLiteral("for-kim.debrief"));
    REQUIRE(ShareExporter(*s.sender.db)
                .share(all(s), ShareProtection::coachKey(coachKey), file, nullptr, &error));

    // The coach's key file, as a coach exports it from Debrief (or makes with age-keygen).
    const QString keyFile = QDir(dir).filePath(QStringLiteral("key.txt"));
    {
        QByteArray secret = ShareKeys(*s.coach.db).identity(&error)->toSecretText() + '\n';
        QFile f(keyFile);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(secret);
        wipeBytes(secret);
    }
    const QString zip = QDir(dir).filePath(QStringLiteral("share.zip"));
    const Run age = run(QStringLiteral("age"), {QStringLiteral("-d"), QStringLiteral("-i"), keyFile,
                                                QStringLiteral("-o"), zip, file});
    INFO(age.err.toStdString());
    REQUIRE(age.exitCode == 0);
    checkUnzipped(s, zip, QDir(dir).filePath(QStringLiteral("unzipped")));
}

TEST_CASE("age -d with the passphrase, then unzip, opens a share", "[share-interop]")
{
    requireTools({QStringLiteral("age"), QStringLiteral("unzip")});
    Shared s = sharedVaults(QStringLiteral("interop-pass"));
    const QString phrase = QStringLiteral("see you thursday, ünïcode too");
    const QString dir = freshDir(QStringLiteral("interop-pass-files"));
    const QString file = QDir(dir).filePath(QStringLiteral("for-kim.debrief"));
    ShareError error;
    REQUIRE(ShareExporter(*s.sender.db)
                .share(all(s), ShareProtection::passphrase(phrase), file, nullptr, &error));
    const QString zip = QDir(dir).filePath(QStringLiteral("share.zip"));
    const Run age =
        run(QStringLiteral("age"), {QStringLiteral("-d"), QStringLiteral("-o"), zip, file}, phrase);
    INFO(age.err.toStdString());
    REQUIRE(age.exitCode == 0);
    checkUnzipped(s, zip, QDir(dir).filePath(QStringLiteral("unzipped")));
}

TEST_CASE("readable exports: Markdown and a PDF pdftotext reads, marked not encrypted",
          "[share-readable]")
{
    Shared s = sharedVaults(QStringLiteral("readable"));
    const QString dir = freshDir(QStringLiteral("readable-files"));
    ShareError error;
    ShareExporter exporter(*s.sender.db);
    const QString mdPath = QDir(dir).filePath(QStringLiteral("reflections.md"));
    REQUIRE(exporter.exportMarkdown(all(s), mdPath, &error));
    const QByteArray md = readFile(mdPath);
    CHECK(md.startsWith(bundlemarkdown::unencryptedNotice().toUtf8()));
    CHECK(md.contains(s.markers.at(1).answers.toUtf8()));
    CHECK_FALSE(md.contains("audio/")); // no audio goes with a readable export

    requireTools({QStringLiteral("pdftotext")});
    const QString pdfPath = QDir(dir).filePath(QStringLiteral("reflections.pdf"));
    const auto markdown = exporter.readableMarkdown(all(s), &error);
    REQUIRE(markdown);
    REQUIRE(pdfexport::write(*markdown, pdfPath, &error));
    CHECK(readFile(pdfPath).startsWith("%PDF-"));
    const Run text = run(QStringLiteral("pdftotext"), {pdfPath, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    const QString pdf = QString::fromUtf8(text.out);
    INFO(pdf.toStdString());
    CHECK(pdf.contains(QStringLiteral("Not encrypted")));
    CHECK(pdf.contains(QStringLiteral("shared by Alex"))); // "Reflections" has an fl ligature
    for (const EntryMarkers& m : s.markers) {
        CHECK(pdf.contains(m.text));
        CHECK(pdf.contains(m.answers));
        CHECK(pdf.contains(m.lessons));
    }
    const Run info = run(QStringLiteral("pdfinfo"), {pdfPath});
    if (info.exitCode == 0)
        CHECK(info.out.contains("not encrypted"));
}
