// libFuzzer target for the Debrief file reader (SECURITY.md RE-4): any bytes go through
// BundleReader as the decrypted zip of a share, comments or backup would (the age layer has its
// own target, age_reader_fuzz), so mutations reach libzip's directory and inflate code, the
// name, size and zip-bomb checks, entries.json's schema checks and the audio checks. Valid
// results are also rendered as entries.md. Whatever the input, nothing may crash, hang, leak or
// read out of bounds (AddressSanitizer and UBSan watch), and every refusal has a message.

#include "share/BundleMarkdown.h"
#include "share/BundleReader.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

using namespace debrief;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer zip(&input);
    zip.open(QIODevice::ReadOnly);
    // The real limits, but a smaller total and per-file size so a hostile input that claims
    // gigabytes is refused before the fuzzer's memory limit.
    BundleLimits limits;
    limits.maxTotalBytes = 64 * 1024 * 1024;
    limits.maxJsonBytes = 16 * 1024 * 1024;
    limits.maxAudioBytes = 16 * 1024 * 1024;
    limits.maxMarkdownBytes = 16 * 1024 * 1024;
    ShareError error;
    const auto reader = BundleReader::openZip(&zip, limits, &error);
    if (reader) {
        for (const BundleRecording* r : reader->content().recordings())
            reader->audio(r->file, &error);
        reader->markdown(&error);
        bundlemarkdown::render(reader->content());
    }
    if (error && error.message().isEmpty())
        __builtin_trap();
    return 0;
}
