#include "core/PromptCatalog.h"

#include "core/StageAnswers.h"

#include <QCoreApplication>

namespace debrief {

namespace {

constexpr char Context[] = "PromptCatalog";

QString translated(const char* text)
{
    return text ? QCoreApplication::translate(Context, text) : QString();
}

// Option values of the standard prompts (stored with the answers: never change them).
enum Novelty
{
    NewTerritory = 1,
    FamiliarGround = 2,
};
enum SmartRiskBits
{
    RiskNewTerritory = 1,
    RiskValuedGoal = 2,
    RiskInformed = 4,
    RiskSmall = 8,
};

} // namespace

QString promptKindKey(PromptKind kind)
{
    switch (kind) {
    case PromptKind::FreeText:
        return QStringLiteral("freeText");
    case PromptKind::Feeling:
        return QStringLiteral("feeling");
    case PromptKind::Choice:
        return QStringLiteral("choice");
    case PromptKind::Checklist:
        return QStringLiteral("checklist");
    case PromptKind::Spectrum:
        return QStringLiteral("spectrum");
    case PromptKind::Scr:
        return QStringLiteral("scr");
    case PromptKind::Lesson:
        return QStringLiteral("lesson");
    case PromptKind::Changes:
        return QStringLiteral("changes");
    case PromptKind::Experiment:
        return QStringLiteral("experiment");
    case PromptKind::Result:
        return QStringLiteral("result");
    case PromptKind::Decision:
        return QStringLiteral("decision");
    case PromptKind::NextRisk:
        return QStringLiteral("nextRisk");
    }
    return {};
}

Stage Prompt::stage() const
{
    return stageOfPrompt(idString()).value_or(Stage::Detect);
}

QString Prompt::question() const
{
    return translated(wordings.back().question);
}

QString Prompt::hint() const
{
    return translated(wordings.back().hint);
}

QString Prompt::sourceText() const
{
    return translated(source);
}

std::optional<QString> Prompt::questionOf(int version) const
{
    for (const PromptWording& w : wordings) {
        if (w.version == version)
            return translated(w.question);
    }
    return std::nullopt;
}

PromptCatalog::PromptCatalog(std::vector<Prompt> prompts)
    : m_prompts(std::move(prompts))
{
}

std::vector<const Prompt*> PromptCatalog::prompts(Stage stage) const
{
    std::vector<const Prompt*> out;
    for (const Prompt& p : m_prompts) {
        if (p.stage() == stage)
            out.push_back(&p);
    }
    return out;
}

const Prompt* PromptCatalog::find(QStringView id) const
{
    for (const Prompt& p : m_prompts) {
        if (id == QLatin1String(p.id))
            return &p;
    }
    return nullptr;
}

QString PromptCatalog::questionText(QStringView id, int version) const
{
    const Prompt* p = find(id);
    return p ? p->questionOf(version).value_or(QString()) : QString();
}

QString PromptCatalog::label(const char* text)
{
    return translated(text);
}

QString PromptCatalog::stageIntro(Stage stage)
{
    switch (stage) {
    case Stage::Detect:
        return QCoreApplication::translate(
            "PromptCatalog", "Right after it happened. A voice note or one line is enough; every "
                             "question here is optional.");
    case Stage::Analyse:
        return QCoreApplication::translate(
            "PromptCatalog", "Later, when you are calmer: get curious about why it went this way.");
    case Stage::Apply:
        return QCoreApplication::translate(
            "PromptCatalog",
            "Turn what you found into a rule you can reuse and one small experiment.");
    case Stage::Continue:
        return QCoreApplication::translate(
            "PromptCatalog", "See how your experiment went, then take your next smart risk.");
    case Stage::Closed:
        return QCoreApplication::translate(
            "PromptCatalog", "This reflection is closed. You can reopen it at any time.");
    }
    return {};
}

QString PromptCatalog::stageHint(Stage stage)
{
    if (stage == Stage::Analyse)
        return QCoreApplication::translate(
            "PromptCatalog",
            "What, not who: look for conditions, information and decisions, not for blame.");
    return {};
}

PromptCatalog PromptCatalog::standard()
{
    using K = PromptKind;
    // Ids and option values are stored with answers: never change or reuse them. To reword a
    // question, append a wording with the next version and keep the old one.
    return PromptCatalog({
        // Detect: right after the setback, voice-first, fits a 60-90 s note.
        {"detect.expected",
         K::FreeText,
         QT_TRANSLATE_NOOP("PromptCatalog", "After-Action Review, question 1 (US Army TC 25-20, "
                                            "1993)"),
         {{1, QT_TRANSLATE_NOOP("PromptCatalog", "What did you expect to happen?"),
           QT_TRANSLATE_NOOP("PromptCatalog", "Your plan or hope, before it happened.")}},
         {},
         {}},
        {"detect.facts",
         K::FreeText,
         QT_TRANSLATE_NOOP("PromptCatalog", "After-Action Review, question 2 (US Army TC 25-20, "
                                            "1993)"),
         {{1, QT_TRANSLATE_NOOP("PromptCatalog", "What actually happened? Just the facts."),
           QT_TRANSLATE_NOOP("PromptCatalog",
                             "What a camera would have recorded. Feelings have their own "
                             "question below.")}},
         {},
         {}},
        {"detect.feeling",
         K::Feeling,
         QT_TRANSLATE_NOOP("PromptCatalog", "Gibbs' reflective cycle (1988): feelings"),
         {{1, QT_TRANSLATE_NOOP("PromptCatalog", "One word for how you feel, and how strongly?"),
           QT_TRANSLATE_NOOP("PromptCatalog", "1 is a little, 5 is a lot.")}},
         {},
         {}},
        {"detect.plainly",
         K::FreeText,
         QT_TRANSLATE_NOOP("PromptCatalog", "Fail Forward's intelligent-failure loop: detect "
                                            "failures early and speak up"),
         {{1,
           QT_TRANSLATE_NOOP("PromptCatalog", "Say it plainly: what didn't go the way you wanted?"),
           QT_TRANSLATE_NOOP("PromptCatalog", "Naming it is the first step; no need to soften "
                                              "it.")}},
         {},
         {}},
        {"detect.novelty",
         K::Choice,
         QT_TRANSLATE_NOOP("PromptCatalog", "Edmondson, Right Kind of Wrong (2023): context"),
         {{1, QT_TRANSLATE_NOOP("PromptCatalog", "New territory for you, or familiar ground?"),
           QT_TRANSLATE_NOOP("PromptCatalog",
                             "In new territory, setbacks are how anyone learns.")}},
         {},
         {{NewTerritory, QT_TRANSLATE_NOOP("PromptCatalog", "New territory")},
          {FamiliarGround, QT_TRANSLATE_NOOP("PromptCatalog", "Familiar ground")}}},

        // Analyse: later and calmer, desktop-friendly.
        {"analyse.why_difference",
         K::FreeText,
         QT_TRANSLATE_NOOP("PromptCatalog", "After-Action Review, question 3 (US Army TC 25-20, "
                                            "1993)"),
         {{1,
           QT_TRANSLATE_NOOP("PromptCatalog", "Why was there a difference between what you "
                                              "expected and what happened?"),
           nullptr}},
         {},
         {}},
        {"analyse.what_not_who",
         K::FreeText,
         QT_TRANSLATE_NOOP("PromptCatalog", "NWCG After Action Review: focus on what, not who"),
         {{1,
           QT_TRANSLATE_NOOP("PromptCatalog",
                             "Which conditions, information or decisions led here?"),
           QT_TRANSLATE_NOOP("PromptCatalog", "What, not who: describe the situation, not "
                                              "anyone's character, yours included.")}},
         {},
         {}},
        {"analyse.evaluation",
         K::FreeText,
         QT_TRANSLATE_NOOP("PromptCatalog", "Gibbs' reflective cycle (1988): evaluation"),
         {{1,
           QT_TRANSLATE_NOOP("PromptCatalog",
                             "What was good, what was bad, and what did you contribute?"),
           nullptr}},
         {},
         {}},
        {"analyse.known_missing",
         K::FreeText,
         QT_TRANSLATE_NOOP("PromptCatalog", "After-Action Review practice"),
         {{1,
           QT_TRANSLATE_NOOP("PromptCatalog", "What did you know at the time, and what was "
                                              "missing?"),
           QT_TRANSLATE_NOOP("PromptCatalog", "Judge the decision by what you could know then, "
                                              "not by what you know now.")}},
         {},
         {}},
        {"analyse.spectrum",
         K::Spectrum,
         QT_TRANSLATE_NOOP("PromptCatalog", "Edmondson, Strategies for Learning from Failure "
                                            "(HBR 2011); Right Kind of Wrong (2023)"),
         {{1, QT_TRANSLATE_NOOP("PromptCatalog", "Where on the spectrum of failure does this sit?"),
           QT_TRANSLATE_NOOP("PromptCatalog", "From a skipped rule to a thoughtful experiment. "
                                              "This sets basic, complex or intelligent.")}},
         {},
         {}},
        {"analyse.five_whys",
         K::FreeText,
         QT_TRANSLATE_NOOP("PromptCatalog", "The five whys (Toyota Production System)"),
         {{1,
           QT_TRANSLATE_NOOP("PromptCatalog",
                             "Why? And why again? Keep asking until you reach something you "
                             "can change."),
           QT_TRANSLATE_NOOP("PromptCatalog", "One answer per line.")}},
         {},
         {}},
        {"analyse.scr",
         K::Scr,
         QT_TRANSLATE_NOOP("PromptCatalog", "Minto, The Pyramid Principle: Situation, "
                                            "Complication, Resolution"),
         {{1, QT_TRANSLATE_NOOP("PromptCatalog", "Sum it up in three sentences."),
           QT_TRANSLATE_NOOP("PromptCatalog", "The situation, what complicated it, and how you "
                                              "will resolve it.")}},
         {{"situation", QT_TRANSLATE_NOOP("PromptCatalog", "Situation")},
          {"complication", QT_TRANSLATE_NOOP("PromptCatalog", "Complication")},
          {"resolution", QT_TRANSLATE_NOOP("PromptCatalog", "Resolution")}},
         {}},

        // Apply: change mindsets, behaviours and ways of working.
        {"apply.learned",
         K::FreeText,
         QT_TRANSLATE_NOOP("PromptCatalog", "Gibbs' reflective cycle (1988): conclusion; "
                                            "After-Action Review, question 4"),
         {{1,
           QT_TRANSLATE_NOOP("PromptCatalog",
                             "What did you learn, and what would you do differently?"),
           nullptr}},
         {},
         {}},
        {"apply.sustain",
         K::FreeText,
         QT_TRANSLATE_NOOP("PromptCatalog", "NWCG After Action Review: sustain strengths"),
         {{1, QT_TRANSLATE_NOOP("PromptCatalog", "What worked, that you will keep doing?"),
           QT_TRANSLATE_NOOP("PromptCatalog", "Strengths are worth keeping on purpose.")}},
         {},
         {}},
        {"apply.rule",
         K::Lesson,
         QT_TRANSLATE_NOOP("PromptCatalog", "Kolb's learning cycle (1984): abstract "
                                            "conceptualisation"),
         {{1, QT_TRANSLATE_NOOP("PromptCatalog", "The general rule you would now state."),
           QT_TRANSLATE_NOOP("PromptCatalog", "Write it so it helps in other situations too: "
                                              "\"When …, I …\". It becomes a lesson.")}},
         {},
         {}},
        {"apply.changes",
         K::Changes,
         QT_TRANSLATE_NOOP("PromptCatalog", "The impact/feasibility matrix"),
         {{1,
           QT_TRANSLATE_NOOP("PromptCatalog",
                             "Two to four possible changes, each rated for impact and "
                             "feasibility."),
           QT_TRANSLATE_NOOP("PromptCatalog", "High impact and easy to do is the best place to "
                                              "start.")}},
         {},
         {}},
        {"apply.experiment",
         K::Experiment,
         QT_TRANSLATE_NOOP("PromptCatalog", "Kolb's learning cycle (1984): active "
                                            "experimentation; Sitkin, Learning through failure: "
                                            "the strategy of small losses (1992)"),
         {{1,
           QT_TRANSLATE_NOOP("PromptCatalog", "The smallest experiment that tests the best "
                                              "change."),
           QT_TRANSLATE_NOOP("PromptCatalog", "What you expect, what you will do, when you will "
                                              "check, and how you will know.")}},
         {},
         {}},

        // Continue: take smart risks.
        {"continue.result",
         K::Result,
         QT_TRANSLATE_NOOP("PromptCatalog", "After-Action Review, questions 1 and 2"),
         {{1,
           QT_TRANSLATE_NOOP("PromptCatalog", "How did the experiment go, against your "
                                              "prediction?"),
           QT_TRANSLATE_NOOP("PromptCatalog", "Compare what happened with your hypothesis.")}},
         {},
         {}},
        {"continue.decision",
         K::Decision,
         QT_TRANSLATE_NOOP("PromptCatalog", "Kolb's learning cycle (1984); Sitkin (1992)"),
         {{1, QT_TRANSLATE_NOOP("PromptCatalog", "Keep the change, adjust it, or drop it?"),
           nullptr}},
         {},
         {}},
        {"continue.smart_risk_check",
         K::Checklist,
         QT_TRANSLATE_NOOP("PromptCatalog", "Edmondson, Right Kind of Wrong (2023): intelligent "
                                            "failure; Sitkin (1992)"),
         {{1, QT_TRANSLATE_NOOP("PromptCatalog", "Is your next step a smart risk?"),
           QT_TRANSLATE_NOOP("PromptCatalog", "Tick what is true of it.")}},
         {},
         {{RiskNewTerritory, QT_TRANSLATE_NOOP("PromptCatalog", "It is new territory")},
          {RiskValuedGoal, QT_TRANSLATE_NOOP("PromptCatalog", "It moves toward a goal I value")},
          {RiskInformed, QT_TRANSLATE_NOOP("PromptCatalog", "It is informed by what I know")},
          {RiskSmall, QT_TRANSLATE_NOOP("PromptCatalog", "It is as small as possible")}}},
        {"continue.plan_b",
         K::FreeText,
         QT_TRANSLATE_NOOP("PromptCatalog", "McGrath, Failing by Design (HBR 2011); Sitkin "
                                            "(1992)"),
         {{1,
           QT_TRANSLATE_NOOP("PromptCatalog", "What is the worst outcome you could afford, and "
                                              "your plan B?"),
           nullptr}},
         {},
         {}},
        {"continue.next_risk",
         K::NextRisk,
         QT_TRANSLATE_NOOP("PromptCatalog", "Fail Forward's intelligent-failure loop: take smart "
                                            "risks"),
         {{1, QT_TRANSLATE_NOOP("PromptCatalog", "One smart risk you will take this week."),
           QT_TRANSLATE_NOOP("PromptCatalog", "You can turn it into a new reflection or an "
                                              "experiment.")}},
         {},
         {}},
        {"continue.lesson",
         K::Lesson,
         QT_TRANSLATE_NOOP("PromptCatalog", "McGrath, Failing by Design (HBR 2011): codify and "
                                            "share what you learn"),
         {{1, QT_TRANSLATE_NOOP("PromptCatalog", "A lesson to keep, or to share with your coach."),
           nullptr}},
         {},
         {}},
    });
}

} // namespace debrief
