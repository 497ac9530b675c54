#pragma once

#include "debrief/platform/SecretStore.h"

namespace debrief::platform {

// SecretStore over QtKeychain (Secret Service on Linux; the native store elsewhere).
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString serviceName);

    void read(const QString& name, Callback done) override;
    void write(const QString& name, const QByteArray& secret, Callback done) override;
    void remove(const QString& name, Callback done) override;

private:
    QString m_service;
};

} // namespace debrief::platform
