// libFuzzer target for the rich text of received entries (SECURITY.md RE-4): the Markdown of
// an entry someone shared (entries.md of a .debrief file) goes through markdownToSafeHtml before
// "Shared with me" shows it. Nothing may crash, hang or read out of bounds, and the HTML never
// holds an image or a link (showing a share must not load a file or reach the network): the
// text of either stays, as escaped text.

#include "ui/SafeRichText.h"

#include <QGuiApplication>
#include <QString>
#include <cstddef>
#include <cstdint>

using namespace debrief;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // QTextDocument lays text out with fonts: a headless application of its own.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString markdown =
        QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString html = markdownToSafeHtml(markdown);
    if (html.contains(QLatin1String("<img"), Qt::CaseInsensitive) ||
        html.contains(QLatin1String("<a "), Qt::CaseInsensitive))
        __builtin_trap();
    return 0;
}
