#include "share/BundleMarkdown.h"

#include "core/FailureType.h"
#include "core/PromptCatalog.h"

#include <QCoreApplication>

namespace debrief::bundlemarkdown {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("BundleMarkdown", text);
}

QString trN(const char* text, qsizetype n)
{
    return QCoreApplication::translate("BundleMarkdown", text, nullptr, int(n));
}

QString when(const LocalMoment& m)
{
    return QStringLiteral("%1 (%2)").arg(m.local().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                         QString::fromLatin1(m.timeZoneId));
}

QString whenUtc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// A person's text as Markdown paragraphs: each line break kept (a hard break), nothing else
// changed.
QString paragraphs(const QString& text)
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            line += QStringLiteral("  ");
    }
    return lines.join(QLatin1Char('\n'));
}

QString percent(double rating)
{
    return QStringLiteral("%1 %").arg(qRound(rating * 100));
}

// What an answer's value means for its prompt (a feeling's strength, the chosen options).
QString valueText(const Prompt* prompt, int value)
{
    if (value == 0)
        return {};
    if (!prompt)
        return QString::number(value);
    switch (prompt->kind) {
    case PromptKind::Feeling:
        return tr("strength %1 of 5").arg(value);
    case PromptKind::Choice:
        for (const PromptOption& option : prompt->options) {
            if (option.value == value)
                return PromptCatalog::label(option.label);
        }
        return QString::number(value);
    case PromptKind::Checklist: {
        QStringList chosen;
        for (const PromptOption& option : prompt->options) {
            if (value & option.value)
                chosen << PromptCatalog::label(option.label);
        }
        return chosen.join(QStringLiteral("; "));
    }
    default:
        return QString::number(value);
    }
}

QString fieldLabel(const Prompt* prompt, const QString& field)
{
    if (prompt) {
        for (const PromptField& f : prompt->fields) {
            if (field == QLatin1String(f.key))
                return PromptCatalog::label(f.label);
        }
    }
    return field;
}

void answers(const BundleEntry& e, QStringList* out)
{
    static const PromptCatalog catalog = PromptCatalog::standard();
    const LoopRecord& loop = e.loop;
    if (!loop.answers.isEmpty() || loop.failureType != FailureType::Unknown)
        *out << tr("### Stage answers") << QString();
    if (loop.failureType != FailureType::Unknown) {
        QString line = tr("**Kind of failure:** %1").arg(failureTypeLabel(loop.failureType));
        if (loop.spectrumPoint != SpectrumPoint::None)
            line += QStringLiteral(" — ") + spectrumPointLabel(loop.spectrumPoint);
        *out << line << QString();
    }
    QString lastPrompt;
    for (const StageAnswers::Entry& a : loop.answers.entries()) {
        const Prompt* prompt = catalog.find(a.promptId);
        if (a.promptId != lastPrompt) {
            QString question = e.questions.value(a.promptId);
            if (question.isEmpty())
                question = catalog.questionText(a.promptId, a.answer.promptVersion);
            if (question.isEmpty())
                question = a.promptId;
            const auto stage = stageOfPrompt(a.promptId);
            *out << QStringLiteral("**%1** (%2)")
                        .arg(question, stage ? stageLabel(*stage) : QString())
                 << QString();
            lastPrompt = a.promptId;
        }
        QString text = paragraphs(a.answer.text);
        if (!a.field.isEmpty())
            text = QStringLiteral("*%1:* ").arg(fieldLabel(prompt, a.field)) + text;
        const QString value = valueText(prompt, a.answer.value);
        if (!value.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral(" ")) +
                    QStringLiteral("(%1)").arg(value);
        *out << text << QString();
    }
    if (!loop.transitions.isEmpty()) {
        *out << tr("### Moves between stages") << QString();
        for (const StageTransition& t : loop.transitions) {
            QString line = QStringLiteral("- %1: %2 → %3")
                               .arg(when(t.at), stageLabel(t.from), stageLabel(t.to));
            if (!t.reason.trimmed().isEmpty())
                line += QStringLiteral(" — ") + paragraphs(t.reason);
            *out << line;
        }
        *out << QString();
    }
}

void lessons(const BundleEntry& e, QStringList* out)
{
    const LoopRecord& loop = e.loop;
    if (!loop.lessons.isEmpty()) {
        *out << tr("### Lessons") << QString();
        for (const Lesson& l : loop.lessons)
            *out << QStringLiteral("- ") + paragraphs(l.text);
        *out << QString();
    }
    if (!loop.changes.isEmpty()) {
        *out << tr("### Possible changes") << QString();
        for (const PossibleChange& c : loop.changes)
            *out << QStringLiteral("- %1 — ").arg(paragraphs(c.text)) +
                        tr("impact %1, feasibility %2")
                            .arg(percent(c.impact), percent(c.feasibility));
        *out << QString();
    }
    if (!loop.experiments.isEmpty()) {
        *out << tr("### Experiments") << QString();
        for (const Experiment& x : loop.experiments) {
            QStringList parts;
            const auto add = [&](const QString& label, const QString& value) {
                if (!value.trimmed().isEmpty())
                    parts << QStringLiteral("**%1** %2").arg(label, paragraphs(value));
            };
            add(tr("Hypothesis:"), x.hypothesis);
            add(tr("Action:"), x.action);
            add(tr("Check on:"),
                x.checkDate.isValid() ? x.checkDate.toString(Qt::ISODate) : QString());
            add(tr("Signal:"), x.signal);
            add(tr("Result:"), x.result);
            add(tr("Decision:"), experimentDecisionLabel(x.decision));
            if (!parts.isEmpty())
                *out << QStringLiteral("- ") + parts.join(QStringLiteral("  \n  "));
        }
        *out << QString();
    }
}

void voice(const BundleEntry& e, QStringList* out)
{
    if (e.recordings.isEmpty())
        return;
    static const PromptCatalog catalog = PromptCatalog::standard();
    *out << tr("### Voice notes") << QString();
    for (const BundleRecording& r : e.recordings) {
        QString what = tr("Voice note");
        if (!r.promptId.isEmpty()) {
            QString question = e.questions.value(r.promptId);
            if (question.isEmpty() && catalog.find(r.promptId))
                question = catalog.find(r.promptId)->question();
            what = tr("Spoken answer to “%1”").arg(question.isEmpty() ? r.promptId : question);
        }
        QString line = QStringLiteral("- %1, %2").arg(what, duration(r.durationMs));
        if (!r.file.isEmpty())
            line += QStringLiteral(": `%1`").arg(r.file);
        *out << line;
    }
    *out << QString();
}

QString heading(const BundleContent& c)
{
    switch (c.kind) {
    case BundleKind::Share:
        return c.sender.name.isEmpty() ? tr("# Reflections shared with you")
                                       : tr("# Reflections shared by %1").arg(c.sender.name);
    case BundleKind::Comments:
        return c.sender.name.isEmpty() ? tr("# Comments on your reflections")
                                       : tr("# Comments from %1").arg(c.sender.name);
    case BundleKind::Backup:
        return tr("# Debrief backup");
    }
    return {};
}

void comments(const BundleContent& c, QStringList* out)
{
    *out << trN("Comments: %n, written %1.", c.comments.size()).arg(whenUtc(c.created))
         << QString();
    for (const BundleComment& comment : c.comments) {
        QString about = tr("## On your entry");
        if (comment.entryCreated.isValid())
            about = tr("## On your entry of %1").arg(whenUtc(comment.entryCreated));
        if (!comment.entryFirstLine.isEmpty())
            about += QStringLiteral(": “%1”").arg(comment.entryFirstLine);
        *out << QStringLiteral("---") << QString() << about << QString() << paragraphs(comment.text)
             << QString() << QStringLiteral("*%1*").arg(tr("Written %1").arg(when(comment.written)))
             << QString();
    }
}

void backupExtras(const BundleContent& c, QStringList* out)
{
    if (!c.entryComments.isEmpty()) {
        *out << QStringLiteral("---") << QString() << tr("## Comments from coaches") << QString();
        for (const BundleEntryComment& comment : c.entryComments)
            *out << QStringLiteral("- %1 (%2): %3")
                        .arg(comment.coach.name, when(comment.written), paragraphs(comment.text));
        *out << QString();
    }
    for (const BundleSender& sender : c.received) {
        *out << QStringLiteral("---") << QString()
             << tr("## Shared with you by %1").arg(sender.person.name) << QString();
        for (const BundleReceivedEntry& r : sender.entries) {
            *out << entry(r.entry);
            if (r.hasComment)
                *out << tr("**Your comment:** %1").arg(paragraphs(r.comment)) << QString();
        }
    }
}

} // namespace

QString unencryptedNotice()
{
    return tr("> **Not encrypted.** Anyone who has this file can read it. Keep it somewhere "
              "private, and delete it when you no longer need it.");
}

QString entry(const BundleEntry& e)
{
    QStringList out;
    out << QStringLiteral("## %1 · %2").arg(when(e.reflection.created), stageLabel(e.loop.stage))
        << QString();
    if (!(e.reflection.updated == e.reflection.created) && e.reflection.updated.utc.isValid())
        out << QStringLiteral("*%1*").arg(tr("Last changed %1").arg(when(e.reflection.updated)))
            << QString();
    if (e.fields.text) {
        if (!e.reflection.text.trimmed().isEmpty())
            out << paragraphs(e.reflection.text) << QString();
        if (!e.reflection.tags.isEmpty())
            out << tr("Tags: %1").arg(e.reflection.tags.join(QStringLiteral(", "))) << QString();
    }
    if (e.fields.answers)
        answers(e, &out);
    if (e.fields.lessons)
        lessons(e, &out);
    if (e.fields.voice)
        voice(e, &out);
    return out.join(QLatin1Char('\n'));
}

QString render(const BundleContent& c, Purpose purpose)
{
    QStringList out;
    if (purpose == Purpose::ReadableExport)
        out << unencryptedNotice() << QString();
    out << heading(c) << QString();
    if (c.kind == BundleKind::Comments) {
        comments(c, &out);
        return out.join(QLatin1Char('\n'));
    }
    out << trN("Entries: %n, as of %1.", c.entries.size()).arg(whenUtc(c.created));
    if (!c.recordings().isEmpty() && purpose == Purpose::InBundle)
        out << tr("Voice notes are in the audio folder as Ogg Opus files, which most media "
                  "players play.");
    out << QString();
    for (const BundleEntry& e : c.entries)
        out << QStringLiteral("---") << QString() << entry(e);
    if (c.kind == BundleKind::Backup)
        backupExtras(c, &out);
    return out.join(QLatin1Char('\n'));
}

} // namespace debrief::bundlemarkdown
