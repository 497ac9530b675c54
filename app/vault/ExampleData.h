#pragma once

#include "core/Experiment.h"
#include "core/FailureType.h"
#include "core/Stage.h"

#include <optional>
#include <vector>

namespace debrief::examples {

// One answer to a loop prompt (PromptCatalog ids); value for feelings, choices, checklists.
struct Answer
{
    const char* promptId;
    const char* field;
    const char* text;
    int value;
};

struct Change
{
    const char* text;
    double impact;
    double feasibility;
};

// The experiment planned in Apply (tests the first change) and, from Continue on, its result
// and decision.
struct Trial
{
    const char* hypothesis;
    const char* action;
    int checkInDays; // after Apply
    const char* signal;
    const char* result;
    ExperimentDecision decision;
};

// One example: captured daysAgo days before now, worked through the loop up to stage.
struct Example
{
    int daysAgo;
    Stage stage;
    const char* title;
    const char* body;
    std::vector<const char*> tags;
    std::vector<Answer> answers;
    SpectrumPoint point = SpectrumPoint::None;
    std::vector<const char*> lessons = {}; // Apply's rules
    std::vector<Change> changes = {};
    std::optional<Trial> trial = std::nullopt;
    const char* keepLesson = nullptr; // Continue's lesson to keep
};

// Two in each stage and two closed; failures basic, complex and intelligent; experiments open,
// overdue, kept, adjusted and dropped. The texts are in English, marked for translation in the
// "ExampleReflections" context.
std::vector<Example> all();

} // namespace debrief::examples
