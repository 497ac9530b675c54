#pragma once

#include "share/BundleLimits.h"
#include "share/BundleModel.h"
#include "share/ShareError.h"

#include <QByteArray>
#include <QJsonObject>
#include <optional>

// entries.json, version 1 (docs/bundle-format.md): BundleContent to JSON and back. Reading is
// for untrusted input: QJsonDocument parses, then every field is checked for its type, range
// and size; anything unexpected is InvalidContent (or UnsupportedVersion), with a detail that
// names the field but never repeats content.
namespace debrief::bundlejson {

constexpr char Format[] = "debrief-bundle";
constexpr int Version = 1;

// The whole file, indented so a person can read it.
QByteArray write(const BundleContent& content);
// One entry. withFiles: the voice notes name their audio/<n>.opus file (in a bundle), or not
// (an entry stored under "Shared with me", whose audio is kept beside it).
QJsonObject entryToJson(const BundleEntry& entry, bool withFiles);

std::optional<BundleContent> read(const QByteArray& json, const BundleLimits& limits,
                                  ShareError* error);
// One entry as entryToJson wrote it. In the result every id is 0 except the changes': each
// change's id is its 1-based position in loop.changes, and an experiment's changeId names the
// change it tests that way (0: none).
std::optional<BundleEntry> entryFromJson(const QJsonObject& object, bool withFiles,
                                         const BundleLimits& limits, ShareError* error);

// Stable keys used in the file.
QString transitionKindKey(TransitionKind kind);
QString recordingStateKey(RecordingState state);
QString kindKey(BundleKind kind);
// "2024-05-01T08:30:00.000Z".
QString utcText(const QDateTime& when);

} // namespace debrief::bundlejson
