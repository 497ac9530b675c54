#pragma once

#include "core/Reflection.h"

#include <algorithm>

namespace debrief {

using ChangeId = qint64;

// One change a person could make after a setback, placed on the impact x feasibility grid
// (both 0..1). Apply lists two to four of them and picks one to test as an experiment.
struct PossibleChange
{
    ChangeId id = 0;
    ReflectionId reflectionId = 0;
    QString text;
    double impact = 0.5;
    double feasibility = 0.5;

    // Ratings outside 0..1 (or not a number) are brought into range.
    static double clampRating(double rating)
    {
        return rating == rating ? std::clamp(rating, 0.0, 1.0) : 0.5;
    }
};

} // namespace debrief
