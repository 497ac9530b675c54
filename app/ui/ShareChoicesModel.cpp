#include "ShareChoicesModel.h"

#include <QCoreApplication>
#include <algorithm>

namespace debrief {

namespace {

// What of an entry exists, read with everything included.
ShareFields partsOf(const BundleEntry& e)
{
    const LoopRecord& loop = e.loop;
    ShareFields has;
    has.text = !e.reflection.text.trimmed().isEmpty() || !e.reflection.tags.isEmpty();
    has.answers = !loop.answers.isEmpty() || !loop.transitions.isEmpty() ||
                  loop.failureType != FailureType::Unknown;
    has.lessons = !loop.lessons.isEmpty() || !loop.changes.isEmpty() || !loop.experiments.isEmpty();
    has.voice = !e.recordings.isEmpty();
    return has;
}

QString titleOf(const BundleEntry& e, bool voice)
{
    const QString first = e.reflection.text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (!first.isEmpty())
        return first;
    return voice ? QCoreApplication::translate("ShareChoicesModel", "Voice note")
                 : QCoreApplication::translate("ShareChoicesModel", "Untitled reflection");
}

bool* partOf(ShareFields& fields, int part)
{
    switch (part) {
    case ShareChoicesModel::Text:
        return &fields.text;
    case ShareChoicesModel::Answers:
        return &fields.answers;
    case ShareChoicesModel::Lessons:
        return &fields.lessons;
    case ShareChoicesModel::Voice:
        return &fields.voice;
    default:
        return nullptr;
    }
}

} // namespace

ShareChoicesModel::ShareChoicesModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

bool ShareChoicesModel::load(Database& db, const QVector<qint64>& ids, ShareError* error)
{
    const ShareComposer composer(db);
    QVector<Row> rows;
    for (qint64 id : ids) {
        const auto e = composer.entry(id, ShareFields::everything(), false, error);
        if (!e)
            return false;
        Row row;
        row.id = id;
        row.has = partsOf(*e);
        row.title = titleOf(*e, row.has.voice);
        row.created = e->reflection.created.utc;
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.created < b.created; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
    emit choicesChanged();
    return true;
}

void ShareChoicesModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
    emit choicesChanged();
}

bool ShareChoicesModel::includesAnything(const Row& row)
{
    return (row.has.text && row.included.text) || (row.has.answers && row.included.answers) ||
           (row.has.lessons && row.included.lessons) || (row.has.voice && row.included.voice);
}

ShareSelection ShareChoicesModel::selection() const
{
    ShareSelection selection;
    for (const Row& row : m_rows) {
        if (includesAnything(row))
            selection.append({row.id, row.included});
    }
    return selection;
}

void ShareChoicesModel::setIncluded(int row, int part, bool included)
{
    if (row < 0 || row >= m_rows.size())
        return;
    bool* field = partOf(m_rows[row].included, part);
    if (!field || *field == included)
        return;
    *field = included;
    emit dataChanged(index(row), index(row));
    emit choicesChanged();
}

void ShareChoicesModel::applyToAll(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const ShareFields chosen = m_rows.at(row).included;
    bool changed = false;
    for (Row& r : m_rows) {
        changed = changed || !(r.included == chosen);
        r.included = chosen;
    }
    if (!changed)
        return;
    emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    emit choicesChanged();
}

int ShareChoicesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ShareChoicesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case TitleRole:
        return r.title;
    case CreatedRole:
        return r.created;
    case HasTextRole:
        return r.has.text;
    case HasAnswersRole:
        return r.has.answers;
    case HasLessonsRole:
        return r.has.lessons;
    case HasVoiceRole:
        return r.has.voice;
    case TextRole:
        return r.included.text;
    case AnswersRole:
        return r.included.answers;
    case LessonsRole:
        return r.included.lessons;
    case VoiceRole:
        return r.included.voice;
    case IncludesAnythingRole:
        return includesAnything(r);
    default:
        return {};
    }
}

QHash<int, QByteArray> ShareChoicesModel::roleNames() const
{
    return {{IdRole, "reflectionId"},        {TitleRole, "title"},
            {CreatedRole, "created"},        {HasTextRole, "hasText"},
            {HasAnswersRole, "hasAnswers"},  {HasLessonsRole, "hasLessons"},
            {HasVoiceRole, "hasVoice"},      {TextRole, "includeText"},
            {AnswersRole, "includeAnswers"}, {LessonsRole, "includeLessons"},
            {VoiceRole, "includeVoice"},     {IncludesAnythingRole, "includesAnything"}};
}

} // namespace debrief
