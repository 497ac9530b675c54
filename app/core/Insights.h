#pragma once

#include <QDate>
#include <QVector>
#include <array>
#include <optional>

namespace debrief {

// What the loop looks like across all reflections, computed on the device (SQL aggregates).
struct Insights
{
    int reflections = 0;
    // How many reached each stage at least once (are in it now or ever moved to it): Detect
    // (all), Analyse, Apply, Continue; and how many are closed now.
    std::array<int, 4> reachedStage{};
    int closed = 0;
    // Median time from capture to reaching Analyse, and from reaching Analyse to reaching
    // Apply (first time), in hours; nullopt with no such entry.
    std::optional<double> medianDetectToAnalyseHours;
    std::optional<double> medianAnalyseToApplyHours;
    // Experiments with a plan (a hypothesis or an action written): in all, still open, and the
    // decisions taken on the checked ones.
    int experiments = 0;
    int experimentsOpen = 0;
    int kept = 0;
    int adjusted = 0;
    int dropped = 0;
    // The failure-type mix: Unknown (not placed), Basic, Complex, Intelligent.
    std::array<int, 4> failureTypes{};
    int lessons = 0;
    // Reflections captured per local calendar day over the heat map's span (oldest first,
    // one entry per day, zeros included).
    QDate heatStart;
    QVector<int> perDay;
};

} // namespace debrief
