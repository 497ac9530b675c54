#include "share/BundleJson.h"

#include "core/FailureType.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace debrief::bundlejson {

namespace {

QJsonObject moment(const LocalMoment& m)
{
    return {{QStringLiteral("utc"), utcText(m.utc)},
            {QStringLiteral("zone"), QString::fromLatin1(m.timeZoneId)}};
}

QJsonValue optionalMoment(const LocalMoment& m)
{
    return m.utc.isValid() ? QJsonValue(moment(m)) : QJsonValue(QJsonValue::Null);
}

QJsonObject person(const BundlePerson& p)
{
    return {{QStringLiteral("name"), p.name}, {QStringLiteral("recipient"), p.recipient}};
}

QString decisionKey(ExperimentDecision decision)
{
    const QString key = experimentDecisionKey(decision);
    return key.isEmpty() ? QStringLiteral("none") : key;
}

void writeText(const BundleEntry& e, QJsonObject* o)
{
    o->insert(QStringLiteral("text"), e.reflection.text);
    o->insert(QStringLiteral("tags"), QJsonArray::fromStringList(e.reflection.tags));
}

void writeAnswers(const BundleEntry& e, QJsonObject* o)
{
    const LoopRecord& loop = e.loop;
    o->insert(QStringLiteral("failureType"), failureTypeKey(loop.failureType));
    o->insert(QStringLiteral("spectrumPoint"), spectrumPointKey(loop.spectrumPoint));
    QJsonArray answers;
    for (const StageAnswers::Entry& a : loop.answers.entries()) {
        QJsonObject answer{{QStringLiteral("prompt"), a.promptId},
                           {QStringLiteral("field"), a.field},
                           {QStringLiteral("promptVersion"), a.answer.promptVersion},
                           {QStringLiteral("text"), a.answer.text},
                           {QStringLiteral("value"), a.answer.value},
                           {QStringLiteral("updated"), moment(a.answer.updated)}};
        const QString question = e.questions.value(a.promptId);
        if (!question.isEmpty())
            answer.insert(QStringLiteral("question"), question);
        answers.append(answer);
    }
    o->insert(QStringLiteral("answers"), answers);
    QJsonArray moves;
    for (const StageTransition& t : loop.transitions)
        moves.append(QJsonObject{{QStringLiteral("kind"), transitionKindKey(t.kind)},
                                 {QStringLiteral("from"), stageKey(t.from)},
                                 {QStringLiteral("to"), stageKey(t.to)},
                                 {QStringLiteral("reason"), t.reason},
                                 {QStringLiteral("at"), moment(t.at)}});
    o->insert(QStringLiteral("transitions"), moves);
}

void writeLessons(const BundleEntry& e, QJsonObject* o)
{
    const LoopRecord& loop = e.loop;
    QJsonArray lessons;
    for (const Lesson& l : loop.lessons)
        lessons.append(QJsonObject{{QStringLiteral("stage"), stageKey(l.stage)},
                                   {QStringLiteral("text"), l.text},
                                   {QStringLiteral("created"), moment(l.created)},
                                   {QStringLiteral("updated"), moment(l.updated)}});
    o->insert(QStringLiteral("lessons"), lessons);
    QJsonArray changes;
    for (const PossibleChange& c : loop.changes)
        changes.append(QJsonObject{{QStringLiteral("text"), c.text},
                                   {QStringLiteral("impact"), c.impact},
                                   {QStringLiteral("feasibility"), c.feasibility}});
    o->insert(QStringLiteral("changes"), changes);
    QJsonArray experiments;
    for (const Experiment& x : loop.experiments) {
        QJsonValue change(QJsonValue::Null);
        for (int i = 0; i < loop.changes.size(); ++i) {
            if (x.changeId != 0 && loop.changes.at(i).id == x.changeId)
                change = i;
        }
        experiments.append(
            QJsonObject{{QStringLiteral("change"), change},
                        {QStringLiteral("hypothesis"), x.hypothesis},
                        {QStringLiteral("action"), x.action},
                        {QStringLiteral("checkDate"),
                         x.checkDate.isValid() ? QJsonValue(x.checkDate.toString(Qt::ISODate))
                                               : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("signal"), x.signal},
                        {QStringLiteral("result"), x.result},
                        {QStringLiteral("decision"), decisionKey(x.decision)},
                        {QStringLiteral("status"),
                         x.isOpen() ? QStringLiteral("open") : QStringLiteral("checked")},
                        {QStringLiteral("created"), moment(x.created)},
                        {QStringLiteral("checked"), optionalMoment(x.checked)}});
    }
    o->insert(QStringLiteral("experiments"), experiments);
}

void writeVoice(const BundleEntry& e, bool withFiles, QJsonObject* o)
{
    QJsonArray voice;
    for (const BundleRecording& r : e.recordings) {
        QJsonObject note{{QStringLiteral("prompt"), r.promptId},
                         {QStringLiteral("format"), r.format},
                         {QStringLiteral("state"), recordingStateKey(r.state)},
                         {QStringLiteral("durationMs"), r.durationMs}};
        if (withFiles)
            note.insert(QStringLiteral("file"), r.file);
        voice.append(note);
    }
    o->insert(QStringLiteral("voice"), voice);
}

QJsonArray receivedToJson(const QVector<BundleSender>& senders)
{
    QJsonArray list;
    for (const BundleSender& s : senders) {
        QJsonArray entries;
        for (const BundleReceivedEntry& r : s.entries) {
            QJsonObject item{{QStringLiteral("entry"), entryToJson(r.entry, true)},
                             {QStringLiteral("received"), utcText(r.received)}};
            if (r.hasComment)
                item.insert(QStringLiteral("comment"),
                            QJsonObject{{QStringLiteral("text"), r.comment},
                                        {QStringLiteral("updated"), moment(r.commentUpdated)}});
            entries.append(item);
        }
        list.append(QJsonObject{{QStringLiteral("sender"), person(s.person)},
                                {QStringLiteral("lastReceived"), utcText(s.lastReceived)},
                                {QStringLiteral("entries"), entries}});
    }
    return list;
}

void writeBackupParts(const BundleContent& c, QJsonObject* root)
{
    if (c.hasIdentity)
        root->insert(
            QStringLiteral("identity"),
            QJsonObject{{QStringLiteral("secretKey"), QString::fromLatin1(c.identity.secretKey)},
                        {QStringLiteral("recipient"), c.identity.recipient},
                        {QStringLiteral("name"), c.identity.displayName},
                        {QStringLiteral("created"), utcText(c.identity.created)}});
    QJsonArray coaches;
    for (const BundleCoach& coach : c.coaches)
        coaches.append(QJsonObject{{QStringLiteral("name"), coach.name},
                                   {QStringLiteral("recipient"), coach.recipient},
                                   {QStringLiteral("added"), utcText(coach.added)}});
    root->insert(QStringLiteral("coaches"), coaches);
    root->insert(QStringLiteral("received"), receivedToJson(c.received));
    QJsonArray comments;
    for (const BundleEntryComment& ec : c.entryComments)
        comments.append(QJsonObject{{QStringLiteral("entry"), ec.entryUuid},
                                    {QStringLiteral("coach"), person(ec.coach)},
                                    {QStringLiteral("text"), ec.text},
                                    {QStringLiteral("written"), moment(ec.written)},
                                    {QStringLiteral("received"), utcText(ec.received)}});
    root->insert(QStringLiteral("entryComments"), comments);
}

} // namespace

QString utcText(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QString transitionKindKey(TransitionKind kind)
{
    switch (kind) {
    case TransitionKind::Advance:
        return QStringLiteral("advance");
    case TransitionKind::Back:
        return QStringLiteral("back");
    case TransitionKind::Skip:
        return QStringLiteral("skip");
    case TransitionKind::Close:
        return QStringLiteral("close");
    case TransitionKind::Reopen:
        return QStringLiteral("reopen");
    }
    return {};
}

QString recordingStateKey(RecordingState state)
{
    switch (state) {
    case RecordingState::Recording:
        return QStringLiteral("recording");
    case RecordingState::Complete:
        return QStringLiteral("complete");
    case RecordingState::Recovered:
        return QStringLiteral("recovered");
    }
    return {};
}

QString kindKey(BundleKind kind)
{
    switch (kind) {
    case BundleKind::Share:
        return QStringLiteral("share");
    case BundleKind::Comments:
        return QStringLiteral("comments");
    case BundleKind::Backup:
        return QStringLiteral("backup");
    }
    return {};
}

QJsonObject entryToJson(const BundleEntry& e, bool withFiles)
{
    QJsonObject o{{QStringLiteral("id"), e.uuid},
                  {QStringLiteral("created"), moment(e.reflection.created)},
                  {QStringLiteral("updated"), moment(e.reflection.updated)},
                  {QStringLiteral("stage"), stageKey(e.loop.stage)}};
    if (e.reflection.example)
        o.insert(QStringLiteral("example"), true);
    if (e.fields.text)
        writeText(e, &o);
    if (e.fields.answers)
        writeAnswers(e, &o);
    if (e.fields.lessons)
        writeLessons(e, &o);
    if (e.fields.voice)
        writeVoice(e, withFiles, &o);
    return o;
}

QByteArray write(const BundleContent& c)
{
    QJsonObject root{{QStringLiteral("format"), QString::fromLatin1(Format)},
                     {QStringLiteral("version"), Version},
                     {QStringLiteral("kind"), kindKey(c.kind)},
                     {QStringLiteral("created"), utcText(c.created)}};
    if (c.kind != BundleKind::Backup)
        root.insert(QStringLiteral("sender"), person(c.sender));
    if (c.kind == BundleKind::Comments) {
        QJsonArray comments;
        for (const BundleComment& comment : c.comments)
            comments.append(QJsonObject{{QStringLiteral("entry"), comment.entryUuid},
                                        {QStringLiteral("text"), comment.text},
                                        {QStringLiteral("written"), moment(comment.written)}});
        root.insert(QStringLiteral("comments"), comments);
    } else {
        QJsonArray entries;
        for (const BundleEntry& e : c.entries)
            entries.append(entryToJson(e, true));
        root.insert(QStringLiteral("entries"), entries);
    }
    if (c.kind == BundleKind::Backup)
        writeBackupParts(c, &root);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace debrief::bundlejson
