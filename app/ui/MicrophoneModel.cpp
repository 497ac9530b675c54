#include "MicrophoneModel.h"

namespace debrief {

namespace {
constexpr int PollMs = 2000;
} // namespace

MicrophoneModel::MicrophoneModel(QObject* parent)
    : QAbstractListModel(parent)
{
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &MicrophoneModel::refresh);
}

void MicrophoneModel::ensureLoaded() const
{
    if (m_devices)
        return;
    auto* self = const_cast<MicrophoneModel*>(this);
    m_devices = new QMediaDevices(self);
    connect(m_devices, &QMediaDevices::audioInputsChanged, self, &MicrophoneModel::refresh);
    m_inputs = QMediaDevices::audioInputs();
}

void MicrophoneModel::setWatching(bool watching)
{
    if (watching == m_poll.isActive())
        return;
    if (watching) {
        refresh();
        m_poll.start();
    } else {
        m_poll.stop();
    }
    emit watchingChanged();
}

void MicrophoneModel::refresh()
{
    ensureLoaded();
    const QList<QAudioDevice> now = QMediaDevices::audioInputs();
    if (now == m_inputs)
        return;
    const int countBefore = rowCount();
    beginResetModel();
    m_inputs = now;
    endResetModel();
    if (rowCount() != countBefore)
        emit countChanged();
    // The row of the choice may have moved even when it is still there.
    emit preferredChanged();
}

int MicrophoneModel::rowCount(const QModelIndex& parent) const
{
    ensureLoaded();
    return parent.isValid() ? 0 : int(m_inputs.size()) + 1;
}

QVariant MicrophoneModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.row() == 0) {
        switch (role) {
        case DeviceIdRole:
            return QString();
        case DescriptionRole:
        case Qt::DisplayRole:
            return tr("System default");
        default:
            return {};
        }
    }
    const QAudioDevice& device = m_inputs.at(index.row() - 1);
    switch (role) {
    case DeviceIdRole:
        return QString::fromUtf8(device.id());
    case DescriptionRole:
    case Qt::DisplayRole:
        return device.description();
    default:
        return {};
    }
}

QHash<int, QByteArray> MicrophoneModel::roleNames() const
{
    return {{DeviceIdRole, "deviceId"}, {DescriptionRole, "description"}};
}

void MicrophoneModel::setPreferredId(const QString& id)
{
    if (m_preferredId == id)
        return;
    m_preferredId = id;
    emit preferredChanged();
}

bool MicrophoneModel::preferredMissing() const
{
    return !m_preferredId.isEmpty() && rowOf(m_preferredId) < 0;
}

int MicrophoneModel::preferredRow() const
{
    return qMax(0, rowOf(m_preferredId));
}

QString MicrophoneModel::deviceIdAt(int row) const
{
    return data(index(row), DeviceIdRole).toString();
}

int MicrophoneModel::rowOf(const QString& deviceId) const
{
    if (deviceId.isEmpty())
        return 0;
    ensureLoaded();
    for (int i = 0; i < m_inputs.size(); ++i) {
        if (QString::fromUtf8(m_inputs.at(i).id()) == deviceId)
            return i + 1;
    }
    return -1;
}

} // namespace debrief
