#include "ReceivedEntriesModel.h"

#include "SafeRichText.h"
#include "core/PromptCatalog.h"

#include <QVariantMap>

namespace debrief {

ReceivedEntriesModel::ReceivedEntriesModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

ReceivedEntriesModel::Row ReceivedEntriesModel::rowFor(const ReceivedEntryView& view)
{
    static const PromptCatalog catalog = PromptCatalog::standard();
    const BundleEntry& e = view.entry;
    Row row;
    row.id = view.id;
    row.title = e.fields.text ? firstLineOf(e.reflection.text) : QString();
    if (row.title.isEmpty())
        row.title = e.recordings.isEmpty() ? tr("Reflection (its text was not shared)")
                                           : tr("Voice reflection");
    row.created = e.reflection.created.local();
    row.stageLabel = stageLabel(e.loop.stage);
    row.content = markdownToSafeHtml(view.markdown);
    row.comment = view.comment ? view.comment->text : QString();
    for (const BundleRecording& r : e.recordings) {
        QString label = tr("Voice note");
        if (!r.promptId.isEmpty()) {
            QString question = e.questions.value(r.promptId);
            if (question.isEmpty() && catalog.find(r.promptId))
                question = catalog.find(r.promptId)->question();
            label = tr("Spoken answer to “%1”").arg(question.isEmpty() ? r.promptId : question);
        }
        const QVariantMap note{{QStringLiteral("promptId"), r.promptId},
                               {QStringLiteral("label"), label},
                               {QStringLiteral("durationMs"), r.durationMs}};
        if (r.promptId.isEmpty())
            row.voiceNotes.prepend(note);
        else
            row.voiceNotes.append(note);
    }
    return row;
}

void ReceivedEntriesModel::setEntries(const QVector<ReceivedEntryView>& entries)
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    for (const ReceivedEntryView& view : entries)
        m_rows.append(rowFor(view));
    endResetModel();
    if (before != count())
        emit countChanged();
}

void ReceivedEntriesModel::setComment(qint64 receivedId, const QString& text)
{
    const int row = rowOf(receivedId);
    if (row < 0 || m_rows[row].comment == text)
        return;
    m_rows[row].comment = text;
    emit dataChanged(index(row), index(row), {CommentRole});
}

int ReceivedEntriesModel::rowOf(qint64 receivedId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == receivedId)
            return i;
    }
    return -1;
}

int ReceivedEntriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReceivedEntriesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case ReceivedIdRole:
        return r.id;
    case TitleRole:
        return r.title;
    case CreatedRole:
        return r.created;
    case StageLabelRole:
        return r.stageLabel;
    case ContentRole:
        return r.content;
    case CommentRole:
        return r.comment;
    case VoiceNotesRole:
        return r.voiceNotes;
    default:
        return {};
    }
}

QHash<int, QByteArray> ReceivedEntriesModel::roleNames() const
{
    return {{ReceivedIdRole, "receivedId"}, {TitleRole, "title"},     {CreatedRole, "created"},
            {StageLabelRole, "stageLabel"}, {ContentRole, "content"}, {CommentRole, "comment"},
            {VoiceNotesRole, "voiceNotes"}};
}

} // namespace debrief
