#pragma once

#include "core/Reflection.h"
#include "core/Stage.h"

namespace debrief {

using LessonId = qint64;

// A general rule a person draws from a reflection (Kolb: abstract conceptualisation). Lessons
// are listed across all entries, each linking back to the reflection it came from.
struct Lesson
{
    LessonId id = 0;
    ReflectionId reflectionId = 0;
    Stage stage = Stage::Apply; // the stage it was written in (Apply, or Continue: "to keep")
    QString text;
    LocalMoment created;
    LocalMoment updated;
};

} // namespace debrief
