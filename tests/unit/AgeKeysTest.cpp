// Unit tests of age keys: X25519 identities (AGE-SECRET-KEY-1…) and recipients (age1…), their
// Bech32 text, the example key pair of the age specification, and refusing malformed keys.

#include "AgeTestSupport.h"
#include "share/Bech32.h"
#include "share/X25519Identity.h"
#include "share/X25519Recipient.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using K = AgeError::Kind;

namespace {

// The example key pair of the age specification (c2sp.org/age, "The X25519 recipient type").
constexpr char SpecIdentity[] =
    "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX";
constexpr char SpecRecipient[] = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj";

} // namespace

TEST_CASE("The specification's identity gives its recipient", "[age][keys]")
{
    const auto identity = X25519Identity::parse(SpecIdentity);
    REQUIRE(identity);
    CHECK(identity->recipient().toString() == QLatin1String(SpecRecipient));
    CHECK(identity->toSecretText() == SpecIdentity);
    const auto recipient = X25519Recipient::parse(QString::fromLatin1(SpecRecipient));
    REQUIRE(recipient);
    CHECK(*recipient == identity->recipient());
}

TEST_CASE("Generated identities are distinct and round-trip through their text", "[age][keys]")
{
    const auto a = X25519Identity::generate();
    const auto b = X25519Identity::generate();
    REQUIRE(a);
    REQUIRE(b);
    CHECK_FALSE(a->recipient() == b->recipient());
    QByteArray secret = a->toSecretText();
    CHECK(secret.startsWith("AGE-SECRET-KEY-1"));
    CHECK(secret.size() == 74);
    const auto again = X25519Identity::parse(secret);
    wipeBytes(secret);
    REQUIRE(again);
    CHECK(again->recipient() == a->recipient());
    const QString text = a->recipient().toString();
    CHECK(text.startsWith(QLatin1String("age1")));
    CHECK(text.size() == 62);
    CHECK(X25519Recipient::parse(text)->publicKey() == a->recipient().publicKey());
}

TEST_CASE("Keys pasted with whitespace or in the other case still parse", "[age][keys]")
{
    CHECK(X25519Recipient::parse(QStringLiteral("  %1\n").arg(QLatin1String(SpecRecipient))));
    CHECK(X25519Recipient::parse(QString::fromLatin1(SpecRecipient).toUpper()));
    CHECK(X25519Identity::parse(QByteArray(SpecIdentity).toLower()));
    CHECK(X25519Identity::parse(QByteArray(" ") + SpecIdentity + "\r\n"));
}

TEST_CASE("Malformed keys are refused with InvalidKey", "[age][keys]")
{
    const QString recipient = QString::fromLatin1(SpecRecipient);
    const QByteArray identity = SpecIdentity;
    for (const QString& bad : {QString(), QStringLiteral("age1"), recipient.left(20),
                               recipient.chopped(1) + QLatin1Char('q'),  // checksum
                               QStringLiteral("Age") + recipient.mid(3), // mixed case
                               QString::fromLatin1(identity),            // a secret is no recipient
                               recipient + QLatin1Char('x')}) {
        INFO(bad.toStdString());
        AgeError error;
        CHECK_FALSE(X25519Recipient::parse(bad, &error));
        CHECK(error.kind == K::InvalidKey);
        CHECK_FALSE(error.message().isEmpty());
    }
    for (const QByteArray& bad :
         {QByteArray(), identity.chopped(1) + 'Q', identity.left(30), recipient.toLatin1(),
          QByteArray("AGE-SECRET-KEY-PQ-1HZLGZUPT4ETPKDEV8HSGFDCYZ4E522W0A7PU2LHT8EH9W6YLNC3SW"
                     "78XKG")}) {
        INFO(bad.toStdString());
        AgeError error;
        CHECK_FALSE(X25519Identity::parse(bad, &error));
        CHECK(error.kind == K::InvalidKey);
    }
    AgeError pq;
    X25519Identity::parse(
        "AGE-SECRET-KEY-PQ-1HZLGZUPT4ETPKDEV8HSGFDCYZ4E522W0A7PU2LHT8EH9W6YLNC3SW78XKG", &pq);
    CHECK(pq.detail.contains(QLatin1String("post-quantum")));
    // A valid Bech32 string with the right prefix but 31 bytes of key.
    const QByteArray shortKey = bech32::encode("age", test::patternBytes(31));
    CHECK_FALSE(X25519Recipient::parse(QString::fromLatin1(shortKey)));
}
