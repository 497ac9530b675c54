#pragma once

#include <QAbstractListModel>
#include <QAudioDevice>
#include <QList>
#include <QMediaDevices>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace debrief {

// The microphones a person can choose from in the settings: "System default" first, then every
// audio input the system has now, kept current as devices come and go. Knows whether the
// remembered choice is connected, so the app can say it falls back to the system default.
class MicrophoneModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // The remembered choice (VoiceSettings::inputDeviceId); empty for the system default.
    Q_PROPERTY(QString preferredId READ preferredId WRITE setPreferredId NOTIFY preferredChanged)
    // A microphone was chosen but is not connected now: recording uses the system default.
    Q_PROPERTY(bool preferredMissing READ preferredMissing NOTIFY preferredChanged)
    Q_PROPERTY(int preferredRow READ preferredRow NOTIFY preferredChanged)
    Q_PROPERTY(bool hasInputs READ hasInputs NOTIFY countChanged)
    // While true (a page showing the choice is open), the list is also checked every few
    // seconds: Qt 6.4's PulseAudio backend updates its list without telling.
    Q_PROPERTY(bool watching READ watching WRITE setWatching NOTIFY watchingChanged)

public:
    enum Role
    {
        DeviceIdRole = Qt::UserRole + 1,
        DescriptionRole,
    };
    Q_ENUM(Role)

    explicit MicrophoneModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString preferredId() const { return m_preferredId; }
    void setPreferredId(const QString& id);
    bool preferredMissing() const;
    // The row to show as chosen: the remembered microphone, or the system default (0).
    int preferredRow() const;
    bool hasInputs() const
    {
        ensureLoaded();
        return !m_inputs.isEmpty();
    }
    bool watching() const { return m_poll.isActive(); }
    void setWatching(bool watching);

    // Takes in devices that came or went since the last look.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE QString deviceIdAt(int row) const;
    // The row of a device id (0 for the system default, -1 when it is not connected).
    Q_INVOKABLE int rowOf(const QString& deviceId) const;

signals:
    void countChanged();
    void preferredChanged();
    void watchingChanged();

private:
    // The audio system is first touched when the list is first needed (not at start).
    void ensureLoaded() const;

    QTimer m_poll;
    mutable QMediaDevices* m_devices = nullptr; // a child, made by ensureLoaded()
    mutable QList<QAudioDevice> m_inputs;
    QString m_preferredId;
};

} // namespace debrief
