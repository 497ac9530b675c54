#include "PlayerController.h"

#include "vault/AudioStore.h"

namespace debrief {

PlayerController::PlayerController(QObject* parent)
    : QObject(parent)
{
    connect(&m_player, &VoicePlayer::playingChanged, this, &PlayerController::playingChanged);
    connect(&m_player, &VoicePlayer::positionChanged, this, &PlayerController::positionChanged);
    connect(&m_player, &VoicePlayer::durationChanged, this, &PlayerController::durationChanged);
    connect(&m_player, &VoicePlayer::rateChanged, this, &PlayerController::rateChanged);
    connect(&m_player, &VoicePlayer::errorMessageChanged, this,
            &PlayerController::errorMessageChanged);
}

void PlayerController::setStore(AudioStore* store)
{
    unload();
    m_store = store;
}

QString PlayerController::errorMessage() const
{
    return m_loadError.isEmpty() ? m_player.errorMessage() : m_loadError;
}

void PlayerController::load(qint64 reflectionId)
{
    loadRecording(reflectionId, QString());
}

void PlayerController::loadAnswer(qint64 reflectionId, const QString& promptId)
{
    if (!promptId.isEmpty())
        loadRecording(reflectionId, promptId);
}

void PlayerController::loadRecording(qint64 reflectionId, const QString& promptId)
{
    unload();
    m_reflectionId = reflectionId;
    m_promptId = promptId;
    if (!m_store) {
        emit loadedChanged();
        return setLoadError(tr("The vault is locked."));
    }
    VaultError error;
    const auto info = m_store->infoFor(reflectionId, promptId, &error);
    QByteArray audio;
    if (info)
        audio = m_store->read(info->id, &error);
    if (error) {
        emit loadedChanged();
        return setLoadError(error.message());
    }
    if (info && m_player.load(audio))
        m_recovered = info->state == RecordingState::Recovered;
    emit loadedChanged();
}

void PlayerController::loadAudio(qint64 owner, const QString& promptId, const QByteArray& oggOpus)
{
    unload();
    m_reflectionId = owner;
    m_promptId = promptId;
    m_player.load(oggOpus);
    emit loadedChanged();
}

void PlayerController::close(qint64 reflectionId)
{
    if (reflectionId == m_reflectionId)
        unload();
}

void PlayerController::onAnswerRemoved(qint64 reflectionId, const QString& promptId)
{
    if (reflectionId == m_reflectionId && promptId == m_promptId)
        unload();
}

void PlayerController::unload()
{
    const bool had = m_reflectionId != 0 || hasVoice();
    m_player.unload();
    m_reflectionId = 0;
    m_promptId.clear();
    m_recovered = false;
    setLoadError({});
    if (had)
        emit loadedChanged();
}

void PlayerController::setLoadError(const QString& message)
{
    if (m_loadError == message)
        return;
    m_loadError = message;
    emit errorMessageChanged();
}

} // namespace debrief
