#pragma once

#include "TagSuggestionsModel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// The tags of the reflection the entry page shows: add one (with suggestions while typing)
// or remove one; the history list follows.
class TagsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(QStringList tags READ tags NOTIFY tagsChanged)
    Q_PROPERTY(debrief::TagSuggestionsModel* suggestions READ suggestions CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit TagsController(QObject* parent = nullptr);

    void setStore(TagStore* store);

    QStringList tags() const { return m_tags; }
    TagSuggestionsModel* suggestions() { return &m_suggestions; }
    QString errorMessage() const { return m_errorMessage; }

    // Shows this reflection's tags (0: none).
    Q_INVOKABLE void load(qint64 reflectionId);
    // False with errorMessage set when it could not be written; an empty name does nothing.
    Q_INVOKABLE bool add(const QString& name);
    Q_INVOKABLE bool remove(const QString& name);

public slots:
    // A reflection was removed or restored elsewhere: read its tags again if shown.
    void onEntryChanged(qint64 reflectionId);

signals:
    void tagsChanged();
    void errorMessageChanged();
    // A reflection's tags were written (its history row changes).
    void changed(qint64 reflectionId);

private:
    bool reread();
    void setError(const QString& message);

    TagStore* m_store = nullptr;
    qint64 m_reflectionId = 0;
    QStringList m_tags;
    TagSuggestionsModel m_suggestions;
    QString m_errorMessage;
};

} // namespace debrief
