#pragma once

#include "share/ShareComposer.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class Database;

// The Share page's list: each selected entry with the parts it has (text, stage answers,
// lessons and experiments, voice) and which of them go to the coach. Everything the entry has
// goes by default; one entry's choices can be applied to all.
class ShareChoicesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the share controller")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Part
    {
        Text,
        Answers,
        Lessons,
        Voice,
    };
    Q_ENUM(Part)
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TitleRole,   // the first line ("Voice note", "Untitled" without one)
        CreatedRole, // QDateTime
        HasTextRole,
        HasAnswersRole,
        HasLessonsRole,
        HasVoiceRole,
        TextRole, // included
        AnswersRole,
        LessonsRole,
        VoiceRole,
        IncludesAnythingRole, // at least one part it has goes along
    };
    Q_ENUM(Role)

    explicit ShareChoicesModel(QObject* parent = nullptr);

    // Reads the entries (oldest first, as the coach will read them); false with error when one
    // cannot be read.
    bool load(Database& db, const QVector<qint64>& ids, ShareError* error);
    void clear();

    int count() const { return int(m_rows.size()); }
    // What goes to the coach, in the list's order (entries with nothing included are left
    // out).
    ShareSelection selection() const;
    // The first entry's title (for a default file name); "" without entries.
    QString firstTitle() const { return m_rows.isEmpty() ? QString() : m_rows.first().title; }

    Q_INVOKABLE void setIncluded(int row, int part, bool included);
    // Copies row's choices to every entry.
    Q_INVOKABLE void applyToAll(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    // A choice changed (the preview follows).
    void choicesChanged();

private:
    struct Row
    {
        qint64 id = 0;
        QString title;
        QDateTime created;
        ShareFields has{false, false, false, false};
        ShareFields included;
    };
    static bool includesAnything(const Row& row);

    QVector<Row> m_rows;
};

} // namespace debrief
