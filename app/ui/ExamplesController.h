#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace debrief {

class Clock;
class ExampleReflections;
class ReflectionStore;

// "Try it with examples": fills the vault with clearly marked example reflections in every
// stage of the loop, and takes exactly them away again. With --demo, a fresh vault gets them
// as soon as it is open and empty.
class ExamplesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the application")
    Q_PROPERTY(bool present READ present NOTIFY presentChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    // clock must outlive this object.
    explicit ExamplesController(const Clock& clock, QObject* parent = nullptr);

    // The open vault's examples and reflections (both null when locked). With fill-when-empty
    // on, an empty vault gets the examples here.
    void setStores(ExampleReflections* examples, const ReflectionStore* reflections);
    // --demo: add the examples once the vault is open, if it holds no reflection.
    void setFillWhenEmpty(bool fill) { m_fillWhenEmpty = fill; }

    bool present() const { return m_present; }
    QString errorMessage() const { return m_errorMessage; }

    // False with errorMessage set when nothing was written.
    Q_INVOKABLE bool add();
    Q_INVOKABLE bool remove();
    // Reads again whether the examples are in the vault (after a restore brought some back).
    void refresh() { readPresent(); }

signals:
    void presentChanged();
    void errorMessageChanged();
    // Examples were added or removed: many reflections changed at once.
    void changed();

private:
    void readPresent();
    // Shows the message (or clears it); true when there is none.
    bool report(const QString& message);

    const Clock& m_clock;
    ExampleReflections* m_examples = nullptr;
    const ReflectionStore* m_reflections = nullptr;
    bool m_fillWhenEmpty = false;
    bool m_present = false;
    QString m_errorMessage;
};

} // namespace debrief
