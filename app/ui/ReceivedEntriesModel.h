#pragma once

#include "share/SharedWithMe.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// One sender's entries under "Shared with me", newest written first: read-only, only the
// parts the sender chose, with their voice notes and this person's comment on each.
class ReceivedEntriesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        ReceivedIdRole = Qt::UserRole + 1,
        TitleRole,      // the first line of its text, or what stands in for it
        CreatedRole,    // when the sender wrote it
        StageLabelRole, // where it stood in the loop
        ContentRole,    // everything shared, as rich text that loads nothing (SafeRichText)
        CommentRole,    // this person's comment ("" for none)
        VoiceNotesRole, // [{promptId, label, durationMs}], the main voice note first
    };
    Q_ENUM(Role)

    explicit ReceivedEntriesModel(QObject* parent = nullptr);

    void setEntries(const QVector<ReceivedEntryView>& entries);
    // A comment was written: the row shows it without being read again.
    void setComment(qint64 receivedId, const QString& text);
    int rowOf(qint64 receivedId) const;
    int count() const { return rowCount(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    struct Row
    {
        qint64 id = 0;
        QString title;
        QDateTime created;
        QString stageLabel;
        QString content;
        QString comment;
        QVariantList voiceNotes;
    };
    static Row rowFor(const ReceivedEntryView& view);

    QVector<Row> m_rows;
};

} // namespace debrief
