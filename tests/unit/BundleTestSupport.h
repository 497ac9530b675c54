#pragma once

// Shared by the bundle tests (unit, integration and the fuzz seed maker): Catch2 printing of
// share errors, and a sample entry with every part, each part's texts holding its own marker.

#include "share/BundleModel.h"
#include "share/ShareError.h"

#include <QString>
#include <catch2/catch_tostring.hpp>

namespace debrief::test {

inline const char* shareKindName(ShareError::Kind kind)
{
    using K = ShareError::Kind;
    switch (kind) {
    case K::None:
        return "None";
    case K::Cancelled:
        return "Cancelled";
    case K::NothingSelected:
        return "NothingSelected";
    case K::InvalidKey:
        return "InvalidKey";
    case K::PassphraseTooShort:
        return "PassphraseTooShort";
    case K::NoReturnKey:
        return "NoReturnKey";
    case K::NothingToSend:
        return "NothingToSend";
    case K::Age:
        return "Age";
    case K::NotABundle:
        return "NotABundle";
    case K::UnsafeContent:
        return "UnsafeContent";
    case K::TooLarge:
        return "TooLarge";
    case K::InvalidContent:
        return "InvalidContent";
    case K::UnsupportedVersion:
        return "UnsupportedVersion";
    case K::WrongKind:
        return "WrongKind";
    case K::NotEmpty:
        return "NotEmpty";
    case K::Vault:
        return "Vault";
    case K::FileIo:
        return "FileIo";
    }
    return "?";
}

// The marker of each part of sampleEntry(): a left-out part's marker must appear nowhere.
struct PartMarkers
{
    QString text;
    QString answers;
    QString lessons;
};

inline LocalMoment sampleMoment(int minutes)
{
    return {QDateTime(QDate(2024, 3, 12), QTime(8, 40), Qt::UTC).addSecs(minutes * 60LL),
            QByteArrayLiteral("Europe/Berlin")};
}

// An entry with text, tags, answers (one with a value), a move with a reason, a lesson, two
// changes, an experiment testing the second, and a voice note plus a spoken answer.
inline BundleEntry sampleEntry(const QString& uuid, const PartMarkers& m)
{
    BundleEntry e;
    e.uuid = uuid;
    e.reflection.text = QStringLiteral("The demo crashed.\nSecond line ") + m.text;
    e.reflection.tags = {QStringLiteral("demo"), QStringLiteral("tag-") + m.text};
    e.reflection.created = sampleMoment(0);
    e.reflection.updated = sampleMoment(5);
    LoopRecord& loop = e.loop;
    loop.stage = Stage::Apply;
    loop.failureType = FailureType::Complex;
    loop.spectrumPoint = SpectrumPoint::ProcessComplexity;
    loop.answers.set(QStringLiteral("detect.expected"), {},
                     {QStringLiteral("It would run ") + m.answers, 0, 1, sampleMoment(10)});
    loop.answers.set(QStringLiteral("detect.feeling"), {},
                     {QStringLiteral("embarrassed"), 4, 1, sampleMoment(11)});
    loop.transitions.append({0, TransitionKind::Skip, Stage::Analyse, Stage::Apply,
                             QStringLiteral("no time ") + m.answers, sampleMoment(20)});
    loop.lessons.append({0, 0, Stage::Apply, QStringLiteral("Rehearse ") + m.lessons,
                         sampleMoment(30), sampleMoment(31)});
    loop.changes.append({11, 0, QStringLiteral("Dry run"), 0.7, 0.4});
    loop.changes.append({12, 0, QStringLiteral("Backup laptop ") + m.lessons, 0.5, 0.9});
    Experiment x;
    x.changeId = 12;
    x.hypothesis = QStringLiteral("A spare laptop avoids it ") + m.lessons;
    x.action = QStringLiteral("Bring one");
    x.checkDate = QDate(2024, 4, 1);
    x.signal = QStringLiteral("No crash");
    x.created = sampleMoment(40);
    loop.experiments.append(x);
    e.recordings.append(
        {QString(), QString(), oggOpusFormat(), RecordingState::Complete, 1500, 0, 0, false});
    e.recordings.append({QString(), QStringLiteral("detect.expected"), oggOpusFormat(),
                         RecordingState::Recovered, 800, 0, 0, false});
    return e;
}

} // namespace debrief::test

namespace Catch {
template <> struct StringMaker<debrief::ShareError>
{
    static std::string convert(const debrief::ShareError& e)
    {
        return std::string(debrief::test::shareKindName(e.kind)) + " (" + e.detail.toStdString() +
               ")";
    }
};
template <> struct StringMaker<debrief::ShareError::Kind>
{
    static std::string convert(debrief::ShareError::Kind k)
    {
        return debrief::test::shareKindName(k);
    }
};
} // namespace Catch
