#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace debrief::platform {

// The OS's own store for small secrets (Secret Service, Keychain, Keystore, Credential
// Manager): holds the vault key so daily unlock needs no prompt. Asynchronous, like the
// stores themselves; callbacks arrive on the calling thread's event loop.
class SecretStore
{
public:
    enum class Status
    {
        Ok,
        NotFound,    // the store works but holds nothing under that name
        Unavailable, // no store on this machine (no Secret Service, headless server)
        Denied,      // the person or the OS refused access
        Failed,      // anything else
    };
    struct Result
    {
        Status status = Status::Failed;
        QByteArray secret; // only for a successful read
        QString detail;    // technical; never contains the secret
    };
    using Callback = std::function<void(Result)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString& name, Callback done) = 0;
    virtual void write(const QString& name, const QByteArray& secret, Callback done) = 0;
    virtual void remove(const QString& name, Callback done) = 0;
};

} // namespace debrief::platform
