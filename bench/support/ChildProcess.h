#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <map>
#include <vector>

// Whole-process benchmarks: a parent prepares a vault, spawns a child app and times it. Shared
// by the first-frame and history benchmarks.
namespace debrief::bench {

// HOME, XDG folders and the runtime dir under root: no real user files, and warm caches (shader
// and QML caches land here after the warm-up runs) shared by every child.
void isolateEnvironment(const QString& root);

// A vault in vaultDir with `entries` generated reflections; its id and key go to keyringFile
// (vault id, newline, key hex) for the child's fake keyring.
void prepareKeyringVault(const QString& vaultDir, const QString& keyringFile, int entries);

// "T <phase> <steady_clock ns>" lines of a child, as ms after its spawn, by phase.
using Phases = std::map<QByteArray, std::vector<double>>;

// Spawns program and returns the ms from the spawn to the line `marker` on its stdout; fails
// unless it printed it and exited 0. Its phase lines are added to phases; other lines of its
// stdout (e.g. "RSS_KB 123456") to *lines when given. stderr goes to logPath.
double timeToLine(const QByteArray& program, const QList<QByteArray>& args,
                  const QByteArray& logPath, const QByteArray& marker, Phases* phases,
                  QList<QByteArray>* lines = nullptr);

} // namespace debrief::bench
