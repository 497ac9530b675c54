#include "share/BundleModel.h"

namespace debrief {

QVector<const BundleRecording*> BundleContent::recordings() const
{
    QVector<const BundleRecording*> all;
    // Only voice notes that go along: a part left out has no file.
    const auto add = [&all](const BundleEntry& e) {
        if (!e.fields.voice)
            return;
        for (const BundleRecording& r : e.recordings)
            all.append(&r);
    };
    for (const BundleEntry& e : entries)
        add(e);
    for (const BundleSender& s : received) {
        for (const BundleReceivedEntry& r : s.entries)
            add(r.entry);
    }
    return all;
}

} // namespace debrief
