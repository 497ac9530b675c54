#pragma once

// A full disk for a test, and the room given back afterwards, without root on the machine.

#include <QString>
#include <memory>

namespace debrief::test {

// While it lives, nothing more fits: every write that needs room fails. How depends on where:
// - anywhere, this process's file size limit (RLIMIT_FSIZE) drops to 0, so every write to a
//   file fails with EFBIG (SIGXFSZ, which would end the process, is ignored meanwhile). Only
//   the soft limit changes, so the old one comes back when the room does;
// - on a small file system of its own (tests/support/with-small-disk.sh), a ballast file fills
//   it and every write that needs a new block fails with ENOSPC: a real full disk.
class NoRoom
{
public:
    enum class Kind
    {
        FileSizeLimit,
        FullFileSystem,
    };
    // The folder with-small-disk.sh mounted a small file system on; empty when not run there.
    static QString smallDiskDir();

    // Takes the room away at once. For FullFileSystem, dir must be on the small file system.
    NoRoom(Kind kind, const QString& dir = {});
    ~NoRoom();
    NoRoom(const NoRoom&) = delete;
    NoRoom& operator=(const NoRoom&) = delete;

    bool isFull() const { return m_full; }
    // Room again (also when it goes away).
    void giveBack();

private:
    Kind m_kind;
    QString m_ballast;
    struct Saved;
    std::unique_ptr<Saved> m_saved;
    bool m_full = false;
};

} // namespace debrief::test
