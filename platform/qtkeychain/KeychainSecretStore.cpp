#include "qtkeychain/KeychainSecretStore.h"

#include "qtkeychain/SecretServiceProbe.h"

#include <qt6keychain/keychain.h>

namespace debrief::platform {

namespace {

SecretStore::Status statusOf(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return SecretStore::Status::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Status::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return SecretStore::Status::Failed;
    }
    return SecretStore::Status::Failed;
}

// Wires a job's completion to the callback; the job deletes itself afterwards.
void finish(QKeychain::Job* job, SecretStore::Callback done, bool isRead)
{
    QObject::connect(
        job, &QKeychain::Job::finished, job, [done = std::move(done), isRead](QKeychain::Job* j) {
            SecretStore::Result result;
            result.status = statusOf(j->error());
            // QtKeychain calls a missing Secret Service "OtherError"; say what it means.
            if (result.status == SecretStore::Status::Failed && !secretStoreReachable())
                result.status = SecretStore::Status::Unavailable;
            if (result.status != SecretStore::Status::Ok)
                result.detail = j->errorString();
            else if (isRead)
                result.secret = static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData();
            done(std::move(result));
        });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString serviceName)
    : m_service(std::move(serviceName))
{
}

void KeychainSecretStore::read(const QString& name, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(name);
    finish(job, std::move(done), true);
}

void KeychainSecretStore::write(const QString& name, const QByteArray& secret, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(name);
    job->setBinaryData(secret);
    finish(job, std::move(done), false);
}

void KeychainSecretStore::remove(const QString& name, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(name);
    finish(job, std::move(done), false);
}

} // namespace debrief::platform
