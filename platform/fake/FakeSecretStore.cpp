#include "fake/FakeSecretStore.h"

#include <QTimer>

namespace debrief::platform {

void FakeSecretStore::later(Callback done, Result result)
{
    // Like the real stores, answer from the event loop, never from inside the call.
    QTimer::singleShot(0, [done = std::move(done), result = std::move(result)] { done(result); });
}

void FakeSecretStore::read(const QString& name, Callback done)
{
    if (!m_available)
        return later(std::move(done),
                     {Status::Unavailable, {}, QStringLiteral("fake: no keyring")});
    const auto it = m_items.constFind(name);
    if (it == m_items.constEnd())
        return later(std::move(done), {Status::NotFound, {}, {}});
    later(std::move(done), {Status::Ok, *it, {}});
}

void FakeSecretStore::write(const QString& name, const QByteArray& secret, Callback done)
{
    if (!m_available)
        return later(std::move(done),
                     {Status::Unavailable, {}, QStringLiteral("fake: no keyring")});
    ++m_writes;
    m_items.insert(name, secret);
    later(std::move(done), {Status::Ok, {}, {}});
}

void FakeSecretStore::remove(const QString& name, Callback done)
{
    if (!m_available)
        return later(std::move(done),
                     {Status::Unavailable, {}, QStringLiteral("fake: no keyring")});
    m_items.remove(name);
    later(std::move(done), {Status::Ok, {}, {}});
}

} // namespace debrief::platform
