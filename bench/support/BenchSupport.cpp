#include "support/BenchSupport.h"

#include "vault/Database.h"

#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>
#include <unordered_set>

namespace debrief::bench {

double percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * double(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

std::uint64_t Rng::next()
{
    std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int Rng::uniform(int lo, int hi)
{
    const auto span = static_cast<std::uint64_t>(hi - lo + 1);
    return lo + static_cast<int>(next() % span);
}

double Rng::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

namespace {

// Most frequent first: the order is the Zipf rank.
const char* const FunctionWords[] = {
    "the",    "i",    "to",    "and",   "a",     "was",    "it",    "of",     "that",    "in",
    "my",     "me",   "he",    "she",   "they",  "we",     "you",   "for",    "on",      "but",
    "with",   "is",   "not",   "had",   "be",    "have",   "at",    "so",     "this",    "about",
    "what",   "when", "as",    "just",  "out",   "would",  "all",   "do",     "did",     "then",
    "there",  "were", "if",    "or",    "up",    "no",     "him",   "her",    "them",    "from",
    "an",     "how",  "even",  "more",  "could", "really", "again", "still",  "because", "after",
    "before", "than", "into",  "over",  "too",   "very",   "only",  "next",   "time",    "some",
    "which",  "our",  "their", "been",  "by",    "are",    "can",   "should", "will",    "much",
    "now",    "who",  "why",   "where", "while", "though", "maybe", "never",  "always",  "other",
};

const char* const ContentWords[] = {
    "meeting",     "felt",        "expected",     "happened",   "wanted",     "thought",
    "work",        "today",       "said",         "feedback",   "project",    "deadline",
    "manager",     "team",        "presentation", "mistake",    "wrong",      "late",
    "tired",       "anxious",     "frustrated",   "angry",      "proud",      "disappointed",
    "nervous",     "calm",        "embarrassed",  "relieved",   "confused",   "stressed",
    "client",      "email",       "call",         "review",     "plan",       "slides",
    "interview",   "rejected",    "promotion",    "colleague",  "friend",     "partner",
    "family",      "mother",      "father",       "sister",     "brother",    "doctor",
    "exam",        "grade",       "teacher",      "class",      "lecture",    "budget",
    "report",      "numbers",     "question",     "answer",     "argument",   "conversation",
    "silence",     "voice",       "room",         "office",     "train",      "traffic",
    "morning",     "evening",     "night",        "weekend",    "week",       "month",
    "sleep",       "coffee",      "lunch",        "dinner",     "run",        "gym",
    "injury",      "knee",        "race",         "training",   "coach",      "match",
    "lost",        "won",         "failed",       "passed",     "missed",     "forgot",
    "remembered",  "prepared",    "practised",    "rehearsed",  "ignored",    "interrupted",
    "criticised",  "praised",     "blamed",       "apologised", "explained",  "asked",
    "listened",    "waited",      "hurried",      "panicked",   "froze",      "stumbled",
    "rushed",      "delayed",     "cancelled",    "postponed",  "changed",    "decided",
    "learned",     "noticed",     "realised",     "assumed",    "believed",   "hoped",
    "worried",     "feared",      "avoided",      "pushed",     "tried",      "stopped",
    "started",     "finished",    "struggled",    "recovered",  "improved",   "ready",
    "unprepared",  "confident",   "uncertain",    "honest",     "unfair",     "harsh",
    "kind",        "helpful",     "useless",      "important",  "small",      "big",
    "long",        "short",       "slow",         "fast",       "early",      "difficult",
    "easy",        "clear",       "vague",        "specific",   "better",     "worse",
    "follow-up",   "experiment",  "hypothesis",   "evidence",   "outcome",    "result",
    "reason",      "cause",       "pattern",      "habit",      "trigger",    "reaction",
    "response",    "emotion",     "energy",       "focus",      "attention",  "priority",
    "schedule",    "calendar",    "notes",        "draft",      "version",    "release",
    "launch",      "bug",         "outage",       "incident",   "deploy",     "rollback",
    "customer",    "support",     "ticket",       "contract",   "offer",      "salary",
    "negotiation", "pitch",       "investor",     "demo",       "prototype",  "design",
    "user",        "research",    "data",         "analysis",   "model",      "estimate",
    "scope",       "requirement", "decision",     "standup",    "agenda",     "minutes",
    "boss",        "director",    "peer",         "mentor",     "intern",     "hire",
    "retro",       "pressure",    "workload",     "overtime",   "holiday",    "sick",
    "headache",    "breath",      "heart",        "hands",      "stomach",    "tears",
    "laugh",       "smile",       "shouted",      "whispered",  "stared",     "left",
    "stayed",      "walked",      "drove",        "flew",       "arrived",    "departed",
    "airport",     "station",     "hotel",        "home",       "kitchen",    "desk",
    "phone",       "laptop",      "screen",       "message",    "chat",       "video",
    "camera",      "microphone",  "audio",        "recording",  "transcript", "summary",
    "goal",        "target",      "metric",       "progress",   "setback",    "failure",
    "success",     "lesson",      "insight",      "idea",       "option",     "choice",
    "risk",        "chance",      "luck",         "effort",     "skill",      "practice",
    "café",        "déjà",        "naïve",        "résumé",     "fiancée",    "über",
    "façade",      "rôle",        "entrée",       "coöperate",  "élite",      "jalapeño",
};

const char* const Syllables[] = {
    "ka",  "lo",  "ren", "mi",  "tor", "sa",  "vel", "di",  "mar", "no",  "pe", "lin", "ga",  "ro",
    "bes", "tu",  "fen", "chi", "dor", "la",  "vi",  "nus", "pa",  "ter", "ki", "mol", "sen", "da",
    "ri",  "gon", "be",  "ha",  "zu",  "lem", "fo",  "tri", "as",  "el",  "or", "um",
};

constexpr int VocabularyTarget = 20000;

struct Vocabulary
{
    std::vector<std::string> words;
    std::vector<double> cumulative; // Zipf weights, s = 1
    int functionCount = 0;          // ranks [0, functionCount)
    int realCount = 0;              // English words: ranks [0, realCount)

    Vocabulary()
    {
        std::unordered_set<std::string> seen;
        for (const char* w : FunctionWords)
            if (seen.insert(w).second)
                words.emplace_back(w);
        functionCount = int(words.size());
        for (const char* w : ContentWords)
            if (seen.insert(w).second)
                words.emplace_back(w);
        realCount = int(words.size());
        Rng rng(0x5eedULL);
        const int syllableCount = int(sizeof(Syllables) / sizeof(Syllables[0]));
        while (int(words.size()) < VocabularyTarget) {
            std::string w;
            const int n = rng.uniform(2, 4);
            for (int i = 0; i < n; ++i)
                w += Syllables[rng.uniform(0, syllableCount - 1)];
            if (seen.insert(w).second)
                words.push_back(std::move(w));
        }
        double total = 0;
        cumulative.reserve(words.size());
        for (std::size_t r = 0; r < words.size(); ++r) {
            total += 1.0 / double(r + 1);
            cumulative.push_back(total);
        }
    }
};

const Vocabulary& vocabulary()
{
    static const Vocabulary v;
    return v;
}

} // namespace

TextGenerator::TextGenerator(std::uint64_t seed)
    : m_rng(seed)
{
}

int TextGenerator::vocabularySize()
{
    return int(vocabulary().words.size());
}

const std::string& TextGenerator::word()
{
    const Vocabulary& v = vocabulary();
    const double u = m_rng.unit() * v.cumulative.back();
    const auto it = std::upper_bound(v.cumulative.begin(), v.cumulative.end(), u);
    const auto rank =
        std::min<std::size_t>(std::size_t(it - v.cumulative.begin()), v.words.size() - 1);
    return v.words[rank];
}

std::string TextGenerator::text(int minWords, int maxWords)
{
    const int total = m_rng.uniform(minWords, maxWords);
    std::string out;
    out.reserve(std::size_t(total) * 7);
    int inSentence = 0;
    int sentenceLength = m_rng.uniform(6, 18);
    int sentencesLeftInParagraph = m_rng.uniform(3, 6);
    for (int i = 0; i < total; ++i) {
        std::string w = word();
        if (inSentence == 0 && w[0] >= 'a' && w[0] <= 'z')
            w[0] = char(w[0] - 'a' + 'A');
        out += w;
        ++inSentence;
        const bool last = i == total - 1;
        if (inSentence == sentenceLength || last) {
            out += '.';
            inSentence = 0;
            sentenceLength = m_rng.uniform(6, 18);
            if (!last) {
                if (--sentencesLeftInParagraph == 0) {
                    out += "\n\n";
                    sentencesLeftInParagraph = m_rng.uniform(3, 6);
                } else {
                    out += ' ';
                }
            }
        } else {
            if (m_rng.uniform(0, 99) < 8)
                out += ',';
            out += ' ';
        }
    }
    return out;
}

QString TextGenerator::query()
{
    const Vocabulary& v = vocabulary();
    const int count = m_rng.uniform(0, 99) < 60 ? 1 : 2;
    QStringList terms;
    for (int i = 0; i < count; ++i) {
        const int rank = m_rng.uniform(0, 99) < 70 ? m_rng.uniform(v.functionCount, v.realCount - 1)
                                                   : m_rng.uniform(v.realCount, v.realCount + 4000);
        QString w = QString::fromStdString(v.words[std::size_t(rank)]);
        if (m_rng.uniform(0, 99) < 30 && w.size() >= 5)
            w.truncate(m_rng.uniform(3, std::min<int>(5, int(w.size()) - 1)));
        terms.append(w);
    }
    return terms.join(QLatin1Char(' '));
}

bool bulkInsert(Database& db, TextGenerator& gen, int count, qint64 endUtcMs, QString* message)
{
    sqlite3* h = db.handle();
    auto failWith = [&](const char* what) {
        *message = QStringLiteral("%1: %2").arg(QString::fromUtf8(what),
                                                QString::fromUtf8(sqlite3_errmsg(h)));
        db.rollback();
        return false;
    };
    // A bigger cache on this loading connection only, so pages do not spill mid-transaction.
    if (db.exec("PRAGMA cache_size = -262144;"))
        return failWith("cache_size");
    if (db.begin())
        return failWith("begin");
    sqlite3_stmt* row = nullptr;
    sqlite3_stmt* fts = nullptr;
    if (sqlite3_prepare_v2(h,
                           "INSERT INTO reflections (text, created_utc, created_tz, updated_utc, "
                           "updated_tz) VALUES (?1, ?2, ?3, ?2, ?3);",
                           -1, &row, nullptr) != SQLITE_OK ||
        // As ReflectionStore indexes a new entry: its text, and an empty loop (no answers yet).
        sqlite3_prepare_v2(h,
                           "INSERT INTO reflections_fts (rowid, text, loop) VALUES (?1, ?2, '');",
                           -1, &fts, nullptr) != SQLITE_OK) {
        sqlite3_finalize(row);
        return failWith("prepare");
    }
    // About one entry every 40 minutes, ending at endUtcMs.
    const qint64 stepMs = 40LL * 60 * 1000;
    static const char zone[] = "Europe/Berlin";
    bool ok = true;
    for (int i = 0; i < count && ok; ++i) {
        const std::string text = gen.text(50, 300);
        sqlite3_bind_text(row, 1, text.data(), int(text.size()), SQLITE_STATIC);
        sqlite3_bind_int64(row, 2, endUtcMs - qint64(count - 1 - i) * stepMs);
        sqlite3_bind_text(row, 3, zone, -1, SQLITE_STATIC);
        ok = sqlite3_step(row) == SQLITE_DONE;
        sqlite3_reset(row);
        if (!ok)
            break;
        sqlite3_bind_int64(fts, 1, sqlite3_last_insert_rowid(h));
        sqlite3_bind_text(fts, 2, text.data(), int(text.size()), SQLITE_STATIC);
        ok = sqlite3_step(fts) == SQLITE_DONE;
        sqlite3_reset(fts);
    }
    sqlite3_finalize(row);
    sqlite3_finalize(fts);
    if (!ok)
        return failWith("insert");
    if (db.commit())
        return failWith("commit");
    // Start every benchmark from an empty WAL, as after the app's last close.
    if (db.exec("PRAGMA wal_checkpoint(TRUNCATE);"))
        return failWith("checkpoint");
    return true;
}

namespace {

struct Mount
{
    QString point, type, source;
};

Mount mountOf(const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    Mount best;
    if (canonical.isEmpty() || !f.open(QIODevice::ReadOnly))
        return best;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        const int dash = int(parts.indexOf("-"));
        if (parts.size() < 5 || dash < 0 || dash + 2 >= parts.size())
            continue;
        const QString point =
            QString::fromUtf8(parts[4]).replace(QStringLiteral("\\040"), QStringLiteral(" "));
        const bool contains = point == QLatin1String("/") || canonical == point ||
                              canonical.startsWith(point + QLatin1Char('/'));
        if (contains && point.size() >= best.point.size())
            best = {point, QString::fromUtf8(parts[dash + 1]), QString::fromUtf8(parts[dash + 2])};
    }
    return best;
}

} // namespace

QString filesystemOf(const QString& path)
{
    const Mount m = mountOf(path);
    if (m.type.isEmpty())
        return QStringLiteral("unknown");
    return QStringLiteral("%1 (%2 on %3)").arg(m.type, m.source, m.point);
}

bool isMemoryFilesystem(const QString& path)
{
    const QString type = mountOf(path).type;
    return type == QLatin1String("tmpfs") || type == QLatin1String("ramfs");
}

QString formatMs(double ms)
{
    if (ms >= 100)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 0);
    if (ms >= 10)
        return QStringLiteral("%1 ms").arg(ms, 0, 'f', 1);
    return QStringLiteral("%1 ms").arg(ms, 0, 'f', 2);
}

QString formatRatio(double ratio)
{
    if (ratio < 0.01)
        return QStringLiteral("%1×").arg(ratio, 0, 'g', 2);
    return QStringLiteral("%1×").arg(ratio, 0, 'f', 2);
}

void printRow(const QString& benchmark, const QString& debrief, const QString& baseline,
              const QString& ratio, const QString& goal, bool met)
{
    const QString line = QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                             .arg(benchmark, debrief, baseline, ratio, goal,
                                  met ? QStringLiteral("yes") : QStringLiteral("**no**"));
    std::fputs(line.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void printNote(const QString& note)
{
    std::fputs(("- " + note + '\n').toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void progress(const QString& message)
{
    std::fputs(("  … " + message + '\n').toUtf8().constData(), stderr);
    std::fflush(stderr);
}

void fail(const QString& message)
{
    std::fputs(("bench: FAILED: " + message + '\n').toUtf8().constData(), stderr);
    std::exit(1);
}

} // namespace debrief::bench
