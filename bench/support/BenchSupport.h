#pragma once

#include <QString>
#include <QStringList>
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace debrief {
class Database;
struct VaultError;
} // namespace debrief

// Helpers shared by the benchmark programs. Nothing here is used by the app.
namespace debrief::bench {

using Clock = std::chrono::steady_clock;

inline double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// Nearest-rank percentile (p in 0..100) of unsorted samples; 0 for none.
double percentile(std::vector<double> samples, double p);
inline double median(const std::vector<double>& samples)
{
    return percentile(samples, 50);
}

// splitmix64: the same sequence for a seed on every platform (std:: distributions are not).
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    {
    }
    std::uint64_t next();
    int uniform(int lo, int hi); // inclusive
    double unit();               // [0, 1)

private:
    std::uint64_t m_state;
};

// Deterministic, reflection-like text: sentences and paragraphs of words drawn from a Zipf
// distribution (s = 1) over ~20k words: English function and content words (a few with
// accents), then pronounceable made-up words standing in for a real vocabulary's long tail.
class TextGenerator
{
public:
    explicit TextGenerator(std::uint64_t seed);

    // A text of minWords..maxWords words, UTF-8.
    std::string text(int minWords, int maxWords);
    QString qtext(int minWords, int maxWords)
    {
        return QString::fromStdString(text(minWords, maxWords));
    }
    // A search box query: 1 word (60 %) or 2 (40 %), each an English content word (70 %) or a
    // mid-frequency rare word (30 %), 30 % of the words cut to a 3–5 letter prefix.
    QString query();

    static int vocabularySize();

private:
    const std::string& word();
    Rng m_rng;
};

// Inserts count reflections in ONE transaction (fast bulk load for fixtures), each with its FTS
// entry, created at evenly spaced times ending at endUtcMs. Uses a larger page cache only on
// the given connection; the caller closes it afterwards. Returns false on error (message set).
bool bulkInsert(Database& db, TextGenerator& gen, int count, qint64 endUtcMs, QString* message);

// Filesystem type and device holding path, from /proc/self/mountinfo, e.g. "ext4 (/dev/vda)".
QString filesystemOf(const QString& path);
bool isMemoryFilesystem(const QString& path);

QString formatMs(double ms);
QString formatRatio(double ratio);

// One Markdown table row: benchmark | Debrief | baseline | ratio | goal | met?
void printRow(const QString& benchmark, const QString& debrief, const QString& baseline,
              const QString& ratio, const QString& goal, bool met);
// A line for the notes under the table.
void printNote(const QString& note);
// Progress and diagnostics (stderr, not part of the table).
void progress(const QString& message);
[[noreturn]] void fail(const QString& message);

} // namespace debrief::bench
