// SECURITY.md RE-1, RE-6 (label reliability): a real vault (texts, answers, voice notes) damaged
// at random, many ways: bytes flipped in the header and in pages, cut short at any length, its
// key file damaged byte by byte. Opening never crashes (the asan build runs this too); with the
// right key the error is always Damaged and never "wrong key" (the key check value in the key
// file tells them apart), with a wrong key always KeyMismatch; damage the open does not see is
// found when the pages are read, never returned as content; and no file is ever changed. In the
// app (VaultController), a damaged vault is moved aside byte for byte when the person asks,
// and a new vault starts with the same key; nothing is deleted. DamagedVaultTest (integration)
// covers the fixed cases one by one; this sweeps them with a printed seed.

#include "VaultController.h"
#include "VaultTestHelpers.h"
#include "fake/FakeSecretStore.h"
#include "vault/AudioStore.h"
#include "vault/KeyringUnlock.h"
#include "vault/LoopStore.h"
#include "vault/RecoveryCode.h"
#include "vault/Statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch_test_macros.hpp>
#include <cstdio>
#include <random>

using namespace debrief;
using namespace debrief::test;
using K = VaultError::Kind;

namespace {

constexpr qint64 PageSize = 4096; // SQLCipher 4 default

quint64 seedWanted()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("DEBRIEF_DAMAGE_SEED").toULongLong(&ok);
    return ok ? seed : std::random_device()();
}

// A vault with something of every kind, made once per process as the app's first start makes
// it (recovery code), then closed (no WAL left).
struct Pristine
{
    QString dir;
    QByteArray keyHex;
    QString recoveryCode;
    QString vaultId;
    QList<ReflectionId> ids;
    QList<RecordingId> recordings;
    qint64 size = 0;
};

const Pristine& pristine()
{
    static const Pristine p = [] {
        Pristine made;
        made.dir = freshDir(QStringLiteral("damage-pristine"));
        made.recoveryCode = recoverycode::generate();
        const VaultKey key = VaultKey::generate();
        made.keyHex = key.toHex();
        VaultError error;
        OpenVault vault = VaultOpener(VaultFiles(made.dir))
                              .create(key.copy(), KeyEnvelope::SecretKind::RecoveryCode,
                                      made.recoveryCode, &error);
        REQUIRE(vault);
        made.vaultId = vault.envelope.vaultId();
        ReflectionStore store(*vault.db);
        LoopStore loops(*vault.db);
        AudioStore audio(*vault.db);
        for (int i = 0; i < 120; ++i) {
            const QString text = QStringLiteral("entry %1: the launch slipped again. ").arg(i) +
                                 QStringLiteral("We promised too much, too early. ").repeated(8);
            made.ids.append(store.add(text, momentAt(1700000000000 + i * 60000), &error));
            REQUIRE_FALSE(error);
            StageAnswer answer;
            answer.text = QStringLiteral("answer %1, the estimate was a guess").arg(i);
            answer.promptVersion = 1;
            REQUIRE_FALSE(loops.setAnswer(made.ids.last(), QStringLiteral("detect.facts"), {},
                                          answer, momentAt(1700000000000)));
        }
        for (int i = 0; i < 4; ++i) {
            const RecordingInfo rec =
                audio.startVoiceReflection(momentAt(1710000000000), oggOpusFormat(), &error);
            REQUIRE_FALSE(error);
            REQUIRE_FALSE(audio.appendChunk(rec.id, QByteArray(9000, char('a' + i)), 1000));
            REQUIRE_FALSE(audio.finish(rec.id, QByteArray(5000, char('k' + i)), 2000));
            made.recordings.append(rec.id);
        }
        vault = {};
        made.size = QFileInfo(VaultFiles(made.dir).databasePath()).size();
        REQUIRE(made.size > 40 * PageSize);
        REQUIRE_FALSE(QFile::exists(VaultFiles(made.dir).databasePath() + QStringLiteral("-wal")));
        return made;
    }();
    return p;
}

VaultKey rightKey()
{
    return VaultKey::fromHex(pristine().keyHex);
}

QString copyOfPristine(const QString& name)
{
    const QString dir = freshDir(name);
    copyFiles(pristine().dir, dir);
    return dir;
}

// Reads everything the app can read, then asks SQLite and SQLCipher to check every page: the
// first error met (its detail says where), or Damaged when a check reports a problem.
VaultError readAndCheckEverything(Database& db)
{
    auto at = [](const char* where, VaultError error) {
        error.detail = QLatin1String(where) + QStringLiteral(": ") + error.detail;
        return error;
    };
    ReflectionStore store(db);
    VaultError error;
    std::optional<HistoryCursor> cursor;
    for (;;) {
        const auto rows = store.page(cursor, 50, &error);
        if (error)
            return at("history page", error);
        if (rows.isEmpty())
            break;
        cursor = ReflectionStore::cursorAfter(rows.last());
    }
    for (ReflectionId id : pristine().ids) {
        if (store.get(id, &error), error)
            return at("get", error);
        if (LoopStore(db).load(id, &error), error)
            return at("loop", error);
    }
    for (RecordingId id : pristine().recordings) {
        if (AudioStore(db).read(id, &error), error)
            return at("audio", error);
    }
    if (store.search(QStringLiteral("estimate"), 200, &error), error)
        return at("search", error);
    Statement integrity(db, "PRAGMA integrity_check;");
    if (!integrity.next())
        return at("integrity_check", integrity.error() ? integrity.error() : VaultError(K::Io));
    if (integrity.text(0) != QStringLiteral("ok"))
        return {K::Damaged, QStringLiteral("integrity_check: ") + integrity.text(0)};
    Statement pages(db, "PRAGMA cipher_integrity_check;");
    if (pages.next())
        return {K::Damaged, QStringLiteral("cipher_integrity_check: ") + pages.text(0)};
    return at("cipher_integrity_check", pages.error());
}

struct Outcome
{
    bool openFailed = false; // the open itself said Damaged
    VaultError error;
};

// Opens the damaged copy with the right key as the app does: Damaged at the open (the key is
// kept, for moving the file aside), or an error when the damaged pages are read; never their
// content. A wrong key is told apart before the file is read. Nothing changes on disk.
Outcome requireDamaged(const QString& dir)
{
    const Snapshot before = snapshot(dir);
    Outcome outcome;
    {
        VaultOpener opener{VaultFiles(dir)};
        OpenVault vault = opener.openWithKey(rightKey(), &outcome.error);
        CAPTURE(outcome.error);
        if (!vault) {
            outcome.openFailed = true;
            CHECK(outcome.error.kind == K::Damaged);
            CHECK(vault.key == rightKey());
        } else {
            outcome.error = readAndCheckEverything(*vault.db);
            // SQLCipher reports a page failing its check as SQLITE_CORRUPT or NOTADB (Damaged),
            // except while following a large blob's overflow pages, where it comes back as
            // SQLITE_ERROR (Io, "could not read"): a clear error either way, never content.
            CHECK((outcome.error.kind == K::Damaged || outcome.error.kind == K::Io));
        }
        VaultError wrong;
        CHECK_FALSE(opener.openWithKey(VaultKey::generate(), &wrong));
        CHECK(wrong.kind == K::KeyMismatch);
    }
    CHECK(differences(before, snapshot(dir)) == "");
    return outcome;
}

} // namespace

TEST_CASE("Bytes flipped anywhere: always Damaged with the right key, never read as content",
          "[damaged]")
{
    const quint64 seed = seedWanted();
    std::printf("damaged files: seed %llu (DEBRIEF_DAMAGE_SEED repeats it)\n",
                static_cast<unsigned long long>(seed));
    std::fflush(stdout);
    std::mt19937_64 rng(seed);
    const qint64 size = pristine().size;
    struct Region
    {
        const char* name;
        qint64 from, to; // [from, to)
    };
    const Region regions[] = {
        {"header (salt)", 0, 16},
        {"first page", 16, PageSize},
        {"a later page", PageSize, size - PageSize},
        {"the last page", size - PageSize, size},
    };
    int atOpen = 0, onRead = 0, onReadAsIo = 0;
    for (int trial = 0; trial < 48; ++trial) {
        const Region& region = regions[trial % 4];
        const QString dir = copyOfPristine(QStringLiteral("flip"));
        const QString path = VaultFiles(dir).databasePath();
        QByteArray bytes = readFile(path);
        const int count = 1 + int(rng() % 4);
        QList<qint64> offsets;
        for (int i = 0; i < count; ++i) {
            const qint64 at = region.from + qint64(rng() % quint64(region.to - region.from));
            bytes[int(at)] = char(bytes.at(int(at)) ^ char(1 + rng() % 255));
            offsets.append(at);
        }
        writeFile(path, bytes);
        INFO("seed " << seed << ", trial " << trial << ": " << count << " byte(s) in "
                     << region.name << " from offset " << offsets.first());
        const Outcome outcome = requireDamaged(dir);
        (outcome.openFailed ? atOpen : onRead) += 1;
        onReadAsIo += outcome.error.kind == K::Io ? 1 : 0;
        // Damage in the header or the first page is seen by the open itself (so the app offers
        // to move the file aside at once).
        if (region.to <= PageSize)
            CHECK(outcome.openFailed);
    }
    std::printf("damaged files: 48 flips, %d found by the open (Damaged), %d by reading and "
                "checking (%d of them as Io)\n",
                atOpen, onRead, onReadAsIo);
    std::fflush(stdout);
}

TEST_CASE("Cut short at any length: always Damaged, never an empty new vault", "[damaged]")
{
    const quint64 seed = seedWanted();
    std::mt19937_64 rng(seed);
    const qint64 size = pristine().size;
    QList<qint64> lengths = {0,
                             1,
                             2,
                             15,
                             16,
                             100,
                             511,
                             512,
                             PageSize - 1,
                             PageSize,
                             PageSize + 1,
                             size / 2 / PageSize * PageSize,
                             size - PageSize,
                             size - 1};
    for (int i = 0; i < 8; ++i)
        lengths.append(1 + qint64(rng() % quint64(size - 1)));
    for (qint64 length : lengths) {
        INFO("seed " << seed << ", cut to " << length << " of " << size << " bytes");
        const QString dir = copyOfPristine(QStringLiteral("cut"));
        const QString path = VaultFiles(dir).databasePath();
        writeFile(path, readFile(path).left(int(length)));
        const Outcome outcome = requireDamaged(dir);
        if (length < PageSize)
            CHECK(outcome.openFailed);
        CHECK(QFileInfo(path).size() == length); // not grown into a new vault either
    }
}

TEST_CASE("The key file damaged anywhere: KeyFileDamaged, never \"wrong secret\" for the "
          "right one, never a file changed",
          "[damaged]")
{
    const QString dir = copyOfPristine(QStringLiteral("envelope"));
    const VaultFiles files(dir);
    const QByteArray original = readFile(files.envelopePath());
    const quint64 seed = seedWanted();
    std::mt19937_64 rng(seed);
    const QByteArray base64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    QMap<std::string, int> outcomes;
    QList<int> valueDamage; // offsets where the damage left well-formed JSON
    for (int at = 0; at < original.size(); ++at) {
        // Every byte broken (the JSON with it), then, where it is a letter or digit, replaced by
        // another (the JSON still well-formed: a value or a name changed).
        for (bool keepForm : {false, true}) {
            QByteArray bytes = original;
            if (!keepForm) {
                bytes[at] = char(bytes.at(at) ^ 0xFF);
            } else {
                if (!base64.contains(bytes.at(at)))
                    continue;
                while (bytes.at(at) == original.at(at))
                    bytes[at] = base64.at(int(rng() % 64));
                valueDamage.append(at);
            }
            writeFile(files.envelopePath(), bytes);
            INFO("seed " << seed << ", byte " << at << " ('" << original.at(at) << "') "
                         << (keepForm ? "replaced" : "broken"));
            const Snapshot before = snapshot(dir);
            VaultError error;
            {
                // With the keyring's key: the damage is said, or the key check asks for the
                // person's secret, or (damage only to a slot) the vault opens, whole. A version
                // number changed upwards reads as a newer Debrief's file (nothing is changed).
                OpenVault vault = VaultOpener(files).openWithKey(rightKey(), &error);
                CAPTURE(error);
                if (vault)
                    CHECK(ReflectionStore(*vault.db).count(&error) == pristine().ids.size() + 4);
                else if (keepForm)
                    CHECK((error.kind == K::KeyFileDamaged || error.kind == K::KeyMismatch ||
                           error.kind == K::NewerVersion));
                else
                    CHECK(error.kind == K::KeyFileDamaged);
                outcomes[vault ? "opens" : kindName(error.kind)] += 1;
            }
            CHECK(differences(before, snapshot(dir)) == "");
        }
    }
    // The right recovery code (one Argon2id run each, so a sample): it opens the vault or says
    // the key file is damaged; it is never called wrong.
    for (int i = 0; i < 8; ++i) {
        const int at = valueDamage.at(int(rng() % quint64(valueDamage.size())));
        QByteArray bytes = original;
        while (bytes.at(at) == original.at(at))
            bytes[at] = base64.at(int(rng() % 64));
        writeFile(files.envelopePath(), bytes);
        INFO("seed " << seed << ", byte " << at << " ('" << original.at(at) << "') replaced");
        const Snapshot before = snapshot(dir);
        VaultError error;
        OpenVault vault = VaultOpener(files).openWithSecret(pristine().recoveryCode, &error);
        CAPTURE(error);
        if (vault)
            CHECK(ReflectionStore(*vault.db).count(&error) == pristine().ids.size() + 4);
        else
            CHECK(error.kind == K::KeyFileDamaged);
        vault = {};
        CHECK(differences(before, snapshot(dir)) == "");
    }
    std::string summary;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        summary += " " + it.key() + " " + std::to_string(it.value());
    std::printf("damaged key file, %lld bytes, opened with the keyring's key:%s\n",
                static_cast<long long>(original.size()), summary.c_str());
    std::fflush(stdout);
}

TEST_CASE("A damaged key check or key file with the right recovery code is KeyFileDamaged",
          "[damaged]")
{
    const QString dir = copyOfPristine(QStringLiteral("envelope-check"));
    const VaultFiles files(dir);
    const QByteArray original = readFile(files.envelopePath());
    const int keyCheck = original.indexOf("\"keyCheck\": \"");
    REQUIRE(keyCheck > 0);
    QByteArray bytes = original;
    const int at = keyCheck + 20; // inside the value
    bytes[at] = bytes.at(at) == 'A' ? 'B' : 'A';
    for (const QByteArray& damaged : {bytes, original.left(original.size() / 2)}) {
        writeFile(files.envelopePath(), damaged);
        const Snapshot before = snapshot(dir);
        VaultError error;
        CHECK_FALSE(VaultOpener(files).openWithSecret(pristine().recoveryCode, &error));
        CAPTURE(error);
        CHECK(error.kind == K::KeyFileDamaged);
        CHECK(error.message() != VaultError(K::WrongSecret).message());
        CHECK(error.message() != VaultError(K::Damaged).message());
        CHECK(differences(before, snapshot(dir)) == "");
    }
}

namespace {

// The app's vault controller over a folder, with the vault's key in a fake keyring (or none).
struct App
{
    App(const QString& dir, bool keyInKeyring)
        : opener(VaultFiles(dir))
    {
        if (keyInKeyring)
            keyring.contents().insert(KeyringUnlock::entryName(pristine().vaultId),
                                      pristine().keyHex);
    }
    bool waitFor(VaultController::State state)
    {
        return waitUntil([&] { return !vault.busy() && vault.state() == state; }, 30000);
    }
    VaultOpener opener;
    platform::FakeSecretStore keyring;
    VaultController vault{opener, keyring};
};

QByteArray plainSqliteFile()
{
    const QString path = QDir(freshDir(QStringLiteral("plain"))).filePath(QStringLiteral("p.db"));
    openMigrated(path, VaultKey());
    return readFile(path);
}

} // namespace

TEST_CASE("In the app a damaged vault is said so, moved aside byte for byte, nothing deleted",
          "[damaged]")
{
    std::mt19937_64 rng(seedWanted());
    const QByteArray good = readFile(VaultFiles(pristine().dir).databasePath());
    QByteArray noise(16 * int(PageSize), '\0');
    for (char& c : noise)
        c = char(rng());
    QByteArray header = good;
    header[int(rng() % 16)] ^= char(1 + rng() % 255);
    QByteArray firstPage = good;
    firstPage[int(16 + rng() % (PageSize - 16))] ^= char(1 + rng() % 255);
    const struct
    {
        const char* name;
        QByteArray bytes;
    } cases[] = {
        {"a byte of the header", header},
        {"a byte of the first page", firstPage},
        {"cut to one byte", good.left(1)},
        {"cut inside the first page", good.left(int(PageSize / 2))},
        {"empty", QByteArray()},
        {"a plain SQLite file", plainSqliteFile()},
        {"random bytes", noise},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const QString dir = copyOfPristine(QStringLiteral("app-damaged"));
        const VaultFiles files(dir);
        writeFile(files.databasePath(), c.bytes);
        const QByteArray envelope = readFile(files.envelopePath());

        App app(dir, true);
        app.vault.start();
        REQUIRE(app.waitFor(VaultController::State::Damaged));
        CHECK(app.vault.errorMessage() == VaultError(K::Damaged).message());
        CHECK(readFile(files.databasePath()) == c.bytes); // looked at, not touched

        app.vault.moveDamagedAside();
        REQUIRE(app.waitFor(VaultController::State::Ready));
        // The damaged file, byte for byte, under a new name beside a new, empty vault that opens
        // with the same key; the key file as it was; nothing else.
        QStringList aside = QDir(dir).entryList({QStringLiteral("vault.damaged-*.db")});
        REQUIRE(aside.size() == 1);
        CHECK(readFile(QDir(dir).filePath(aside.first())) == c.bytes);
        CHECK(app.vault.notice().contains(aside.first()));
        CHECK(readFile(files.envelopePath()) == envelope);
        VaultError error;
        CHECK(ReflectionStore(*app.vault.database()).count(&error) == 0);
        CHECK_FALSE(error);
        for (const QString& name : QDir(dir).entryList(QDir::Files)) {
            CAPTURE(name);
            CHECK((name.startsWith(QStringLiteral("vault.db")) || name == aside.first() ||
                   name == QStringLiteral("vault.keys")));
        }
    }
}

TEST_CASE("In the app, without a keyring: a wrong code changes nothing, the right one finds the "
          "damage",
          "[damaged]")
{
    const QString dir = copyOfPristine(QStringLiteral("app-code"));
    const VaultFiles files(dir);
    flipBytes(files.databasePath(), 3);
    App app(dir, false);
    app.vault.start();
    REQUIRE(app.waitFor(VaultController::State::Locked));
    const Snapshot before = snapshot(dir);
    app.vault.unlock(recoverycode::generate());
    REQUIRE(app.waitFor(VaultController::State::Locked));
    CHECK(app.vault.errorMessage() == VaultError(K::WrongSecret).message());
    CHECK(differences(before, snapshot(dir)) == "");
    app.vault.unlock(pristine().recoveryCode);
    REQUIRE(app.waitFor(VaultController::State::Damaged));
    CHECK(app.vault.errorMessage() == VaultError(K::Damaged).message());
    CHECK(differences(before, snapshot(dir)) == "");
}

TEST_CASE("In the app a damaged key file is said so; nothing is moved or changed", "[damaged]")
{
    const QString dir = copyOfPristine(QStringLiteral("app-keys"));
    const VaultFiles files(dir);
    flipBytes(files.envelopePath(), 40);
    const Snapshot before = snapshot(dir);
    App app(dir, true);
    app.vault.start();
    REQUIRE(app.waitFor(VaultController::State::Failed));
    CHECK(app.vault.errorMessage() == VaultError(K::KeyFileDamaged).message());
    app.vault.moveDamagedAside(); // not offered, and does nothing
    CHECK(app.vault.state() == VaultController::State::Failed);
    CHECK(differences(before, snapshot(dir)) == "");
}
