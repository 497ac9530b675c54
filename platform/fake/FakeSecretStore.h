#pragma once

#include "debrief/platform/SecretStore.h"

#include <QHash>

namespace debrief::platform {

// In-memory SecretStore for tests: can play a machine without a keyring, and counts calls.
class FakeSecretStore final : public SecretStore
{
public:
    void setAvailable(bool available) { m_available = available; }
    QHash<QString, QByteArray>& contents() { return m_items; }
    int writes() const { return m_writes; }

    void read(const QString& name, Callback done) override;
    void write(const QString& name, const QByteArray& secret, Callback done) override;
    void remove(const QString& name, Callback done) override;

private:
    void later(Callback done, Result result);
    bool m_available = true;
    int m_writes = 0;
    QHash<QString, QByteArray> m_items;
};

} // namespace debrief::platform
