#pragma once

#include <QString>
#include <QStringList>

namespace debrief {

// How hard a passphrase that protects a file (a share, a backup) is to guess, for the strength
// meter beside the field: zxcvbn's estimate, which counts dictionary words, names, keyboard
// patterns, dates and repeats for what they are, in four words a person understands. A file
// can be attacked offline for as long as someone likes, so the bar is higher than a website's.
class PassphraseStrength
{
public:
    enum class Level
    {
        Empty,
        Weak,   // found in minutes to days
        Fair,   // months to years with dedicated hardware
        Good,   // centuries
        Strong, // out of reach
    };

    // Thresholds in bits of zxcvbn's entropy (log2 of the guesses needed).
    static constexpr double FairBits = 35;
    static constexpr double GoodBits = 50;
    static constexpr double StrongBits = 65;

    // userWords: words an attacker would try first (the app's name, the person's name).
    static PassphraseStrength of(const QString& passphrase, const QStringList& userWords = {});

    double entropyBits() const { return m_bits; }
    Level level() const { return m_level; }
    // 0 (empty) to 4 (strong), for a meter's fill.
    int score() const { return int(m_level); }
    // "Weak", "Fair", "Good", "Strong" (translated); "" when empty.
    QString label() const;

private:
    double m_bits = 0;
    Level m_level = Level::Empty;
};

} // namespace debrief
