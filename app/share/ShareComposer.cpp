#include "share/ShareComposer.h"

#include "core/PromptCatalog.h"
#include "vault/AudioStore.h"
#include "vault/LoopStore.h"
#include "vault/ReceivedStore.h"
#include "vault/ReflectionStore.h"

namespace debrief {

namespace {

// Takes out every part the person left out.
void keepOnly(const ShareFields& f, BundleEntry* e)
{
    if (!f.text) {
        e->reflection.text.clear();
        e->reflection.tags.clear();
    }
    LoopRecord& loop = e->loop;
    if (!f.answers) {
        loop.answers = {};
        loop.transitions.clear();
        loop.spokenAnswers.clear();
        loop.failureType = FailureType::Unknown;
        loop.spectrumPoint = SpectrumPoint::None;
    }
    if (!f.lessons) {
        loop.lessons.clear();
        loop.changes.clear();
        loop.experiments.clear();
    }
}

} // namespace

ShareComposer::ShareComposer(Database& db)
    : m_db(db)
{
}

std::optional<BundleEntry> ShareComposer::entry(ReflectionId id, const ShareFields& fields,
                                                bool forBackup, ShareError* error) const
{
    VaultError vaultError;
    BundleEntry e;
    e.fields = fields;
    auto reflection = ReflectionStore(m_db).get(id, &vaultError);
    auto loop = reflection ? LoopStore(m_db).load(id, &vaultError) : std::nullopt;
    const auto recordings =
        loop ? AudioStore(m_db).recordingsOf(id, &vaultError) : QVector<RecordingInfo>();
    if (vaultError || !reflection || !loop) {
        failWith(error,
                 ShareError::fromVault(vaultError ? vaultError : VaultError::Kind::NotFound));
        return std::nullopt;
    }
    e.uuid = reflection->uuid;
    e.reflection = std::move(*reflection);
    e.loop = std::move(*loop);
    if (!forBackup)
        e.reflection.example = false;
    keepOnly(fields, &e);
    static const PromptCatalog catalog = PromptCatalog::standard();
    for (const StageAnswers::Entry& a : e.loop.answers.entries()) {
        const QString question = catalog.questionText(a.promptId, a.answer.promptVersion);
        if (!question.isEmpty())
            e.questions.insert(a.promptId, question);
    }
    if (fields.voice) {
        for (const RecordingInfo& info : recordings) {
            const bool spoken = !info.promptId.isEmpty();
            if (info.state == RecordingState::Recording || info.byteCount <= 0 ||
                (spoken && !fields.answers))
                continue;
            BundleRecording r;
            r.promptId = info.promptId;
            r.format = info.format;
            r.state = info.state;
            r.durationMs = info.durationMs;
            r.byteCount = info.byteCount;
            r.source = info.id;
            if (spoken && catalog.find(info.promptId))
                e.questions.insert(info.promptId, catalog.find(info.promptId)->question());
            e.recordings.append(r);
        }
    }
    if (error)
        *error = {};
    return e;
}

std::optional<QVector<BundleEntry>> ShareComposer::entries(const ShareSelection& selection,
                                                           ShareError* error) const
{
    if (selection.isEmpty()) {
        failWith(error, ShareError::Kind::NothingSelected);
        return std::nullopt;
    }
    QVector<BundleEntry> list;
    list.reserve(selection.size());
    for (const SelectedEntry& s : selection) {
        auto e = entry(s.id, s.fields, false, error);
        if (!e)
            return std::nullopt;
        list.append(std::move(*e));
    }
    return list;
}

std::optional<QByteArray> ShareComposer::audio(const BundleRecording& r, ShareError* error) const
{
    VaultError vaultError;
    std::optional<QByteArray> bytes;
    if (r.received)
        bytes = ReceivedStore(m_db).audio(r.source, r.promptId, &vaultError);
    else
        bytes = AudioStore(m_db).read(r.source, &vaultError);
    if (vaultError || !bytes) {
        failWith(error,
                 ShareError::fromVault(vaultError ? vaultError : VaultError::Kind::NotFound));
        return std::nullopt;
    }
    return bytes;
}

} // namespace debrief
