// The prompt catalog: ids unique and stable (answers are stored under them), every stage has
// its questions with sources, versions, and the wording an older answer answered.

#include "core/PromptCatalog.h"
#include "TestStrings.h"
#include "core/StageAnswers.h"

#include <QSet>
#include <catch2/catch_test_macros.hpp>

using namespace debrief;

TEST_CASE("Prompt ids are unique, start with their stage and never change", "[core][prompts]")
{
    const PromptCatalog catalog = PromptCatalog::standard();
    QStringList ids;
    for (const Prompt& p : catalog.all()) {
        CAPTURE(p.id);
        CHECK_FALSE(ids.contains(p.idString()));
        ids.append(p.idString());
        REQUIRE(stageOfPrompt(p.idString()).has_value());
        CHECK(p.stage() == *stageOfPrompt(p.idString()));
        CHECK(catalog.find(p.idString()) == &p);
    }
    // Stored answers point at these ids: renaming or removing one orphans them. Add new ids;
    // never change these.
    const QStringList shipped = {"detect.expected",
                                 "detect.facts",
                                 "detect.feeling",
                                 "detect.plainly",
                                 "detect.novelty",
                                 "analyse.why_difference",
                                 "analyse.what_not_who",
                                 "analyse.evaluation",
                                 "analyse.known_missing",
                                 "analyse.spectrum",
                                 "analyse.five_whys",
                                 "analyse.scr",
                                 "apply.learned",
                                 "apply.sustain",
                                 "apply.rule",
                                 "apply.changes",
                                 "apply.experiment",
                                 "continue.result",
                                 "continue.decision",
                                 "continue.smart_risk_check",
                                 "continue.plan_b",
                                 "continue.next_risk",
                                 "continue.lesson"};
    for (const QString& id : shipped) {
        CAPTURE(id.toStdString());
        CHECK(ids.contains(id));
    }
    CHECK(catalog.find(QStringLiteral("analyse.nonexistent")) == nullptr);
}

TEST_CASE("Every stage has its questions, each with wording, version and source", "[core][prompts]")
{
    const PromptCatalog catalog = PromptCatalog::standard();
    for (Stage s : LoopStages) {
        CAPTURE(stageKey(s).toStdString());
        const auto prompts = catalog.prompts(s);
        CHECK(prompts.size() >= 4);
        CHECK_FALSE(PromptCatalog::stageIntro(s).isEmpty());
        for (const Prompt* p : prompts) {
            CAPTURE(p->id);
            CHECK(p->stage() == s);
            CHECK(p->version() >= 1);
            CHECK(p->question().size() > 10);
            CHECK(p->sourceText().size() > 5);
            CHECK_FALSE(promptKindKey(p->kind).isEmpty());
            for (std::size_t i = 1; i < p->wordings.size(); ++i)
                CHECK(p->wordings[i].version > p->wordings[i - 1].version);
            CHECK(catalog.questionText(p->idString(), p->version()) == p->question());
        }
    }
    CHECK(catalog.prompts(Stage::Closed).empty());
}

TEST_CASE("The catalog carries LOOP.md's structure", "[core][prompts]")
{
    const PromptCatalog catalog = PromptCatalog::standard();
    auto kindOf = [&](const char* id) {
        return catalog.find(QString::fromLatin1(id))->kind;
    };
    // Facts and feelings are separate questions.
    CHECK(kindOf("detect.facts") == PromptKind::FreeText);
    CHECK(kindOf("detect.feeling") == PromptKind::Feeling);
    CHECK(kindOf("detect.novelty") == PromptKind::Choice);
    CHECK(catalog.find(QStringLiteral("detect.novelty"))->options.size() == 2);
    // Analyse: "what, not who", the spectrum, SCR in three fields.
    CHECK_FALSE(PromptCatalog::stageHint(Stage::Analyse).isEmpty());
    CHECK(catalog.find(QStringLiteral("analyse.what_not_who"))
              ->hint()
              .contains(QStringLiteral("not who")));
    CHECK(kindOf("analyse.spectrum") == PromptKind::Spectrum);
    const Prompt* scr = catalog.find(QStringLiteral("analyse.scr"));
    REQUIRE(scr->fields.size() == 3);
    CHECK(QLatin1String(scr->fields[0].key) == QLatin1String("situation"));
    CHECK(QLatin1String(scr->fields[1].key) == QLatin1String("complication"));
    CHECK(QLatin1String(scr->fields[2].key) == QLatin1String("resolution"));
    // Apply and Continue.
    CHECK(kindOf("apply.rule") == PromptKind::Lesson);
    CHECK(kindOf("apply.changes") == PromptKind::Changes);
    CHECK(kindOf("apply.experiment") == PromptKind::Experiment);
    CHECK(kindOf("continue.result") == PromptKind::Result);
    CHECK(kindOf("continue.decision") == PromptKind::Decision);
    CHECK(kindOf("continue.next_risk") == PromptKind::NextRisk);
    CHECK(kindOf("continue.lesson") == PromptKind::Lesson);
    // Checklist options are distinct bits.
    int seen = 0;
    for (const PromptOption& o :
         catalog.find(QStringLiteral("continue.smart_risk_check"))->options) {
        CHECK(o.value > 0);
        CHECK((o.value & (o.value - 1)) == 0);
        CHECK((seen & o.value) == 0);
        seen |= o.value;
        CHECK_FALSE(PromptCatalog::label(o.label).isEmpty());
    }
}

TEST_CASE("An old answer keeps the wording of the version it answered", "[core][prompts]")
{
    // A catalog in which one question was reworded: version 1 stays readable.
    const PromptCatalog catalog({{"analyse.example",
                                  PromptKind::FreeText,
                                  "A source",
                                  {{1, "What went wrong?", nullptr},
                                   {2, "What, not who, went wrong?", "Look at conditions."}},
                                  {},
                                  {}}});
    const Prompt* p = catalog.find(QStringLiteral("analyse.example"));
    REQUIRE(p);
    CHECK(p->version() == 2);
    CHECK(p->question() == QStringLiteral("What, not who, went wrong?"));
    CHECK(p->hint() == QStringLiteral("Look at conditions."));
    CHECK(catalog.questionText(QStringLiteral("analyse.example"), 1) ==
          QStringLiteral("What went wrong?"));
    CHECK(catalog.questionText(QStringLiteral("analyse.example"), 2) == p->question());
    CHECK(catalog.questionText(QStringLiteral("analyse.example"), 3).isEmpty());
    CHECK(catalog.questionText(QStringLiteral("analyse.gone"), 1).isEmpty());
    CHECK_FALSE(p->questionOf(0).has_value());
}

TEST_CASE("StageAnswers: empty answers are not kept; stage of an answer by its prompt id",
          "[core][prompts]")
{
    StageAnswers a;
    a.set(QStringLiteral("analyse.scr"), QStringLiteral("situation"),
          {QStringLiteral("Context"), 0, 1, {}});
    a.set(QStringLiteral("detect.feeling"), {}, {QString(), 3, 1, {}}); // a value alone counts
    a.set(QStringLiteral("apply.learned"), {}, {QStringLiteral("  "), 0, 1, {}});
    CHECK(a.size() == 2);
    CHECK(a.hasAnswerIn(Stage::Analyse));
    CHECK(a.hasAnswerIn(Stage::Detect));
    CHECK_FALSE(a.hasAnswerIn(Stage::Apply));
    CHECK(a.get(QStringLiteral("analyse.scr")).promptVersion == 0); // the other field
    a.set(QStringLiteral("analyse.scr"), QStringLiteral("situation"), {});
    CHECK_FALSE(a.hasAnswerIn(Stage::Analyse));
    const auto entries = a.entries();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].promptId == QStringLiteral("detect.feeling"));
    CHECK(stageOfPrompt(QStringLiteral("continue.plan_b")) == Stage::Continue);
    CHECK_FALSE(stageOfPrompt(QStringLiteral("nothing")).has_value());
    CHECK_FALSE(stageOfPrompt(QStringLiteral("later.x")).has_value());
}
