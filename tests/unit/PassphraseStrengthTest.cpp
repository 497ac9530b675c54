// Unit tests of the passphrase strength meter (zxcvbn): common and patterned passwords are weak
// however long, several unrelated words or random characters are strong, the person's own
// words count for little, and the labels follow the levels.

#include "share/PassphraseStrength.h"
#include "TestStrings.h"

#include <catch2/catch_test_macros.hpp>

using namespace debrief;
using L = PassphraseStrength::Level;

TEST_CASE("An empty passphrase has no strength and no label", "[passphrase]")
{
    const auto s = PassphraseStrength::of(QString());
    CHECK(s.level() == L::Empty);
    CHECK(s.score() == 0);
    CHECK(s.label().isEmpty());
}

TEST_CASE("Common passwords and keyboard patterns are weak, whatever their length", "[passphrase]")
{
    for (const char* text :
         {"password", "Password1", "password123456", "qwertyuiop", "123456789012", "iloveyou"}) {
        INFO(text);
        const auto s = PassphraseStrength::of(QString::fromLatin1(text));
        CHECK(s.level() == L::Weak);
        CHECK(s.entropyBits() < PassphraseStrength::FairBits);
        CHECK(s.label() == QLatin1String("Weak"));
    }
}

TEST_CASE("More unrelated words make a stronger passphrase", "[passphrase]")
{
    const auto two = PassphraseStrength::of(QStringLiteral("correct horse"));
    const auto four = PassphraseStrength::of(QStringLiteral("correct horse battery staple"));
    CHECK(four.entropyBits() > two.entropyBits());
    CHECK(two.level() == L::Weak);
    CHECK(four.level() == L::Strong);
    CHECK(four.label() == QLatin1String("Strong"));
}

TEST_CASE("Random characters and long word chains are strong", "[passphrase]")
{
    for (const char* text : {"7Kq#zP2vL9!wXr4m", "mauve-lantern-97-quietly-orbit"}) {
        INFO(text);
        CHECK(PassphraseStrength::of(QString::fromLatin1(text)).level() == L::Strong);
    }
}

TEST_CASE("Levels between weak and strong are fair and good", "[passphrase]")
{
    // Three common words: guessable with dedicated hardware.
    const auto fair = PassphraseStrength::of(QStringLiteral("blue fish tank"));
    CHECK(fair.level() == L::Fair);
    CHECK(fair.label() == QLatin1String("Fair"));
    // Three rarer words.
    const auto good = PassphraseStrength::of(QStringLiteral("zebra kettle lamp"));
    CHECK(good.entropyBits() >= PassphraseStrength::GoodBits);
    CHECK(good.entropyBits() < PassphraseStrength::StrongBits);
    CHECK(good.level() == L::Good);
    CHECK(good.label() == QLatin1String("Good"));
}

TEST_CASE("The person's own words make a passphrase weaker", "[passphrase]")
{
    const QString text = QStringLiteral("Debrief-2026");
    const auto plain = PassphraseStrength::of(text);
    const auto known = PassphraseStrength::of(text, {QStringLiteral("debrief"), QString()});
    CHECK(known.entropyBits() < plain.entropyBits());
    CHECK(known.level() == L::Weak);
}
