#include "core/ZoneOffsets.h"

#include <QDateTime>

namespace debrief {

namespace {

constexpr qint64 Earliest = std::numeric_limits<qint64>::min();
constexpr qint64 Latest = std::numeric_limits<qint64>::max();

} // namespace

ZoneOffsets::ZoneOffsets(const QTimeZone& zone)
    : m_zone(zone)
{
    if (!m_zone.isValid()) {
        m_fixed = true;
    } else if (!m_zone.hasTransitions()) {
        m_fixed = true;
        m_fixedOffset = m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc());
    }
}

int ZoneOffsets::offsetAt(qint64 utcMs)
{
    return m_fixed ? m_fixedOffset : lookUp(utcMs).offset;
}

const ZoneOffsets::Span& ZoneOffsets::lookUp(qint64 utcMs)
{
    auto holds = [utcMs](const Span& s) {
        return s.fromMs <= utcMs && utcMs < s.toMs;
    };
    if (m_last >= 0 && holds(m_spans[m_last]))
        return m_spans[m_last];
    // The last span starting at or before the instant.
    auto after = std::upper_bound(m_spans.begin(), m_spans.end(), utcMs,
                                  [](qint64 ms, const Span& s) { return ms < s.fromMs; });
    if (after != m_spans.begin() && holds(*(after - 1))) {
        m_last = int(after - 1 - m_spans.begin());
        return m_spans[m_last];
    }
    // Not seen yet: ask the zone for the offset and the transitions around the instant.
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    Span span{Earliest, Latest, m_zone.offsetFromUtc(at)};
    const QTimeZone::OffsetData previous = m_zone.previousTransition(at.addMSecs(1));
    if (previous.atUtc.isValid())
        span.fromMs =
            previous.offsetFromUtc == span.offset ? previous.atUtc.toMSecsSinceEpoch() : utcMs;
    const QTimeZone::OffsetData next = m_zone.nextTransition(at);
    if (next.atUtc.isValid())
        span.toMs = std::max(next.atUtc.toMSecsSinceEpoch(), utcMs + 1);
    // Keep the spans disjoint: never reach into a neighbour already known.
    if (after != m_spans.end())
        span.toMs = std::min(span.toMs, after->fromMs);
    if (after != m_spans.begin())
        span.fromMs = std::max(span.fromMs, (after - 1)->toMs);
    span.fromMs = std::min(span.fromMs, utcMs);
    span.toMs = std::max(span.toMs, utcMs + 1);
    const auto inserted = m_spans.insert(after, span);
    m_last = int(inserted - m_spans.begin());
    return m_spans[m_last];
}

} // namespace debrief
