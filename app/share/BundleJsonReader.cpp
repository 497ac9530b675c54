#include "share/BundleJson.h"

#include "core/FailureType.h"
#include "share/BundleFields.h"
#include "share/X25519Identity.h"
#include "share/X25519Recipient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace debrief::bundlejson {

namespace {

template <typename T>
std::optional<T> keyed(const QString& key, std::initializer_list<T> values, QString (*keyOf)(T))
{
    for (T v : values) {
        if (keyOf(v) == key)
            return v;
    }
    return std::nullopt;
}

QString decisionKeyOf(ExperimentDecision d)
{
    const QString key = experimentDecisionKey(d);
    return key.isEmpty() ? QStringLiteral("none") : key;
}

void readText(BundleFields& f, const QJsonObject& o, const QString& where, BundleEntry* e)
{
    e->reflection.text = f.text(o, "text", where);
    const QJsonArray tags = f.array(o, "tags", where, f.limits().maxItems);
    for (qsizetype i = 0; f.ok() && i < tags.size(); ++i) {
        if (!tags.at(i).isString() || tags.at(i).toString().size() > f.limits().maxShortChars)
            f.fail(BundleFields::at(BundleFields::at(where, "tags"), i), "not a tag");
        e->reflection.tags.append(tags.at(i).toString());
    }
}

void readAnswers(BundleFields& f, const QJsonObject& o, const QString& where, BundleEntry* e)
{
    LoopRecord& loop = e->loop;
    const auto type = keyed(
        f.shortText(o, "failureType", where),
        {FailureType::Unknown, FailureType::Basic, FailureType::Complex, FailureType::Intelligent},
        &failureTypeKey);
    const QString pointKey = f.shortText(o, "spectrumPoint", where);
    std::optional<SpectrumPoint> point = pointKey == spectrumPointKey(SpectrumPoint::None)
                                             ? SpectrumPoint::None
                                             : std::optional<SpectrumPoint>();
    for (SpectrumPoint p : SpectrumPoints) {
        if (pointKey == spectrumPointKey(p))
            point = p;
    }
    if (f.ok() && (!type || !point))
        f.fail(where, "unknown failure type or spectrum point");
    loop.failureType = type.value_or(FailureType::Unknown);
    loop.spectrumPoint = point.value_or(SpectrumPoint::None);

    const QString listPath = BundleFields::at(where, "answers");
    const QJsonArray answers = f.array(o, "answers", where, f.limits().maxItems);
    for (qsizetype i = 0; f.ok() && i < answers.size(); ++i) {
        const QString path = BundleFields::at(listPath, i);
        const QJsonObject a = f.item(answers, i, path);
        static const QRegularExpression fieldForm(QStringLiteral("^[a-z0-9_]{0,40}$"));
        const QString prompt = f.promptId(a, "prompt", path, false);
        const QString field = f.shortText(a, "field", path);
        if (f.ok() && !fieldForm.match(field).hasMatch())
            f.fail(BundleFields::at(path, "field"), "not a field name");
        StageAnswer answer;
        answer.promptVersion = int(f.integer(a, "promptVersion", path, 0, 1000000));
        answer.text = f.text(a, "text", path);
        answer.value = int(f.integer(a, "value", path, -1000000, 1000000));
        answer.updated = f.moment(a, "updated", path);
        if (f.has(a, "question"))
            e->questions.insert(prompt, f.text(a, "question", path));
        if (f.ok() && loop.answers.has(prompt, field))
            f.fail(path, "a second answer to the same question");
        loop.answers.set(prompt, field, answer);
    }

    const QString movesPath = BundleFields::at(where, "transitions");
    const QJsonArray moves = f.array(o, "transitions", where, f.limits().maxItems);
    for (qsizetype i = 0; f.ok() && i < moves.size(); ++i) {
        const QString path = BundleFields::at(movesPath, i);
        const QJsonObject m = f.item(moves, i, path);
        StageTransition t;
        const auto kind =
            keyed(f.shortText(m, "kind", path),
                  {TransitionKind::Advance, TransitionKind::Back, TransitionKind::Skip,
                   TransitionKind::Close, TransitionKind::Reopen},
                  &transitionKindKey);
        if (f.ok() && !kind)
            f.fail(BundleFields::at(path, "kind"), "not a kind of move");
        t.kind = kind.value_or(TransitionKind::Advance);
        t.from = f.stage(m, "from", path);
        t.to = f.stage(m, "to", path);
        t.reason = f.text(m, "reason", path);
        t.at = f.moment(m, "at", path);
        loop.transitions.append(t);
    }
}

void readLessons(BundleFields& f, const QJsonObject& o, const QString& where, BundleEntry* e)
{
    LoopRecord& loop = e->loop;
    const QString lessonsPath = BundleFields::at(where, "lessons");
    const QJsonArray lessons = f.array(o, "lessons", where, f.limits().maxItems);
    for (qsizetype i = 0; f.ok() && i < lessons.size(); ++i) {
        const QString path = BundleFields::at(lessonsPath, i);
        const QJsonObject l = f.item(lessons, i, path);
        Lesson lesson;
        lesson.stage = f.stage(l, "stage", path);
        lesson.text = f.text(l, "text", path);
        lesson.created = f.moment(l, "created", path);
        lesson.updated = f.moment(l, "updated", path);
        loop.lessons.append(lesson);
    }
    const QString changesPath = BundleFields::at(where, "changes");
    const QJsonArray changes = f.array(o, "changes", where, f.limits().maxItems);
    for (qsizetype i = 0; f.ok() && i < changes.size(); ++i) {
        const QString path = BundleFields::at(changesPath, i);
        const QJsonObject c = f.item(changes, i, path);
        PossibleChange change;
        change.id = i + 1; // its position, as the experiments testing it name it
        change.text = f.text(c, "text", path);
        change.impact = f.rating(c, "impact", path);
        change.feasibility = f.rating(c, "feasibility", path);
        loop.changes.append(change);
    }
    const QString experimentsPath = BundleFields::at(where, "experiments");
    const QJsonArray experiments = f.array(o, "experiments", where, f.limits().maxItems);
    for (qsizetype i = 0; f.ok() && i < experiments.size(); ++i) {
        const QString path = BundleFields::at(experimentsPath, i);
        const QJsonObject x = f.item(experiments, i, path);
        Experiment experiment;
        if (!f.value(x, "change", path).isNull())
            experiment.changeId = f.integer(x, "change", path, 0, loop.changes.size() - 1) + 1;
        experiment.hypothesis = f.text(x, "hypothesis", path);
        experiment.action = f.text(x, "action", path);
        if (!f.value(x, "checkDate", path).isNull()) {
            experiment.checkDate =
                QDate::fromString(f.shortText(x, "checkDate", path), Qt::ISODate);
            if (f.ok() && !experiment.checkDate.isValid())
                f.fail(BundleFields::at(path, "checkDate"), "not a date");
        }
        experiment.signal = f.text(x, "signal", path);
        experiment.result = f.text(x, "result", path);
        const auto decision = keyed(f.shortText(x, "decision", path),
                                    {ExperimentDecision::None, ExperimentDecision::Keep,
                                     ExperimentDecision::Adjust, ExperimentDecision::Drop},
                                    &decisionKeyOf);
        const QString status = f.shortText(x, "status", path);
        if (f.ok() &&
            (!decision || (status != QLatin1String("open") && status != QLatin1String("checked"))))
            f.fail(path, "unknown decision or status");
        experiment.decision = decision.value_or(ExperimentDecision::None);
        experiment.status =
            status == QLatin1String("checked") ? ExperimentStatus::Checked : ExperimentStatus::Open;
        experiment.created = f.moment(x, "created", path);
        experiment.checked = f.optionalMoment(x, "checked", path);
        loop.experiments.append(experiment);
    }
}

void readVoice(BundleFields& f, const QJsonObject& o, const QString& where, bool withFiles,
               BundleEntry* e)
{
    static const QRegularExpression fileForm(QStringLiteral("^audio/[1-9][0-9]{0,6}\\.opus$"));
    const QString listPath = BundleFields::at(where, "voice");
    const QJsonArray voice = f.array(o, "voice", where, f.limits().maxItems);
    QSet<QString> prompts;
    for (qsizetype i = 0; f.ok() && i < voice.size(); ++i) {
        const QString path = BundleFields::at(listPath, i);
        const QJsonObject v = f.item(voice, i, path);
        BundleRecording r;
        r.promptId = f.promptId(v, "prompt", path, true);
        r.format = f.shortText(v, "format", path);
        if (f.ok() && r.format != oggOpusFormat())
            f.fail(BundleFields::at(path, "format"), "not Ogg Opus");
        const QString state = f.shortText(v, "state", path);
        if (f.ok() && state != recordingStateKey(RecordingState::Complete) &&
            state != recordingStateKey(RecordingState::Recovered))
            f.fail(BundleFields::at(path, "state"), "not a finished recording");
        r.state = state == recordingStateKey(RecordingState::Recovered) ? RecordingState::Recovered
                                                                        : RecordingState::Complete;
        r.durationMs = f.integer(v, "durationMs", path, 0, qint64(1) << 40);
        if (withFiles) {
            r.file = f.shortText(v, "file", path);
            if (f.ok() && !fileForm.match(r.file).hasMatch())
                f.fail(BundleFields::at(path, "file"), "not an audio file name");
        }
        if (f.ok() && prompts.contains(r.promptId))
            f.fail(path, "a second voice note for the same prompt");
        prompts.insert(r.promptId);
        e->recordings.append(r);
    }
}

std::optional<BundleEntry> readEntry(BundleFields& f, const QJsonObject& o, const QString& where,
                                     bool withFiles)
{
    BundleEntry e;
    e.uuid = f.uuid(o, "id", where);
    e.reflection.created = f.moment(o, "created", where);
    e.reflection.updated = f.moment(o, "updated", where);
    e.loop.stage = f.stage(o, "stage", where);
    if (f.has(o, "example"))
        e.reflection.example = f.boolean(o, "example", where);
    e.fields = {f.has(o, "text"), f.has(o, "answers"), f.has(o, "lessons"), f.has(o, "voice")};
    if (e.fields.text)
        readText(f, o, where, &e);
    if (e.fields.answers)
        readAnswers(f, o, where, &e);
    if (e.fields.lessons)
        readLessons(f, o, where, &e);
    if (e.fields.voice)
        readVoice(f, o, where, withFiles, &e);
    if (!f.ok())
        return std::nullopt;
    e.loop.hasCapture = !e.reflection.text.isEmpty() || !e.recordings.isEmpty();
    return e;
}

void readEntries(BundleFields& f, const QJsonObject& root, const QString& key,
                 QVector<BundleEntry>* entries)
{
    const QJsonArray list =
        f.array(root, key.toLatin1().constData(), QStringLiteral("$"), f.limits().maxEntries);
    QSet<QString> ids;
    for (qsizetype i = 0; f.ok() && i < list.size(); ++i) {
        const QString path = BundleFields::at(QStringLiteral("$.") + key, i);
        const auto e = readEntry(f, f.item(list, i, path), path, true);
        if (f.ok() && ids.contains(e->uuid))
            f.fail(path, "a second entry with the same id");
        if (e) {
            ids.insert(e->uuid);
            entries->append(*e);
        }
    }
}

void readComments(BundleFields& f, const QJsonObject& root, BundleContent* c)
{
    const QJsonArray list = f.array(root, "comments", QStringLiteral("$"), f.limits().maxEntries);
    for (qsizetype i = 0; f.ok() && i < list.size(); ++i) {
        const QString path = BundleFields::at(QStringLiteral("$.comments"), i);
        const QJsonObject o = f.item(list, i, path);
        BundleComment comment;
        comment.entryUuid = f.uuid(o, "entry", path);
        comment.text = f.text(o, "text", path);
        comment.written = f.moment(o, "written", path);
        c->comments.append(comment);
    }
}

void readIdentity(BundleFields& f, const QJsonObject& root, BundleContent* c)
{
    const QString path = QStringLiteral("$.identity");
    const QJsonObject o = f.object(root, "identity", QStringLiteral("$"));
    QString secret = f.shortText(o, "secretKey", path);
    c->identity.recipient = f.shortText(o, "recipient", path);
    c->identity.displayName = f.shortText(o, "name", path);
    c->identity.created = f.utc(o, "created", path);
    if (!f.ok())
        return;
    const auto identity = X25519Identity::parse(secret.toLatin1());
    if (!identity || identity->recipient().toString() != c->identity.recipient) {
        f.fail(path, "not a key pair");
        return;
    }
    c->identity.secretKey = identity->toSecretText();
    secret.fill(QChar(u'0'));
    c->hasIdentity = true;
}

void readCoaches(BundleFields& f, const QJsonObject& root, BundleContent* c)
{
    const QJsonArray list = f.array(root, "coaches", QStringLiteral("$"), f.limits().maxEntries);
    for (qsizetype i = 0; f.ok() && i < list.size(); ++i) {
        const QString path = BundleFields::at(QStringLiteral("$.coaches"), i);
        const QJsonObject o = f.item(list, i, path);
        BundleCoach coach{f.shortText(o, "name", path), f.shortText(o, "recipient", path),
                          f.utc(o, "added", path)};
        if (f.ok() && !X25519Recipient::parse(coach.recipient))
            f.fail(BundleFields::at(path, "recipient"), "not an age1… public key");
        c->coaches.append(coach);
    }
}

void readReceived(BundleFields& f, const QJsonObject& root, BundleContent* c)
{
    const QJsonArray list = f.array(root, "received", QStringLiteral("$"), f.limits().maxEntries);
    QSet<QString> senders;
    for (qsizetype i = 0; f.ok() && i < list.size(); ++i) {
        const QString path = BundleFields::at(QStringLiteral("$.received"), i);
        const QJsonObject o = f.item(list, i, path);
        BundleSender sender;
        sender.person = f.person(o, "sender", path);
        sender.lastReceived = f.utc(o, "lastReceived", path);
        if (f.ok() && senders.contains(sender.person.recipient))
            f.fail(path, "a second list for the same sender");
        senders.insert(sender.person.recipient);
        const QString entriesPath = BundleFields::at(path, "entries");
        const QJsonArray entries = f.array(o, "entries", path, f.limits().maxEntries);
        QSet<QString> ids;
        for (qsizetype j = 0; f.ok() && j < entries.size(); ++j) {
            const QString itemPath = BundleFields::at(entriesPath, j);
            const QJsonObject item = f.item(entries, j, itemPath);
            BundleReceivedEntry r;
            const auto entry = readEntry(f, f.object(item, "entry", itemPath),
                                         BundleFields::at(itemPath, "entry"), true);
            r.received = f.utc(item, "received", itemPath);
            if (f.ok() && f.has(item, "comment")) {
                const QString commentPath = BundleFields::at(itemPath, "comment");
                const QJsonObject comment = f.object(item, "comment", itemPath);
                r.hasComment = true;
                r.comment = f.text(comment, "text", commentPath);
                r.commentUpdated = f.moment(comment, "updated", commentPath);
            }
            if (!f.ok())
                break;
            if (ids.contains(entry->uuid))
                f.fail(itemPath, "a second entry with the same id");
            ids.insert(entry->uuid);
            r.entry = *entry;
            sender.entries.append(r);
        }
        c->received.append(sender);
    }
}

void readEntryComments(BundleFields& f, const QJsonObject& root, BundleContent* c)
{
    const QJsonArray list =
        f.array(root, "entryComments", QStringLiteral("$"), f.limits().maxEntries);
    for (qsizetype i = 0; f.ok() && i < list.size(); ++i) {
        const QString path = BundleFields::at(QStringLiteral("$.entryComments"), i);
        const QJsonObject o = f.item(list, i, path);
        BundleEntryComment comment;
        comment.entryUuid = f.uuid(o, "entry", path);
        comment.coach = f.person(o, "coach", path);
        comment.text = f.text(o, "text", path);
        comment.written = f.moment(o, "written", path);
        comment.received = f.utc(o, "received", path);
        c->entryComments.append(comment);
    }
}

// Every audio file is named by exactly one voice note.
void checkFilesOnce(BundleFields& f, const BundleContent& c)
{
    QSet<QString> files;
    for (const BundleRecording* r : c.recordings()) {
        if (files.contains(r->file)) {
            f.fail(QStringLiteral("$"), "an audio file named by two voice notes");
            return;
        }
        files.insert(r->file);
    }
}

} // namespace

std::optional<BundleContent> read(const QByteArray& json, const BundleLimits& limits,
                                  ShareError* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        failWith(error, {ShareError::Kind::InvalidContent,
                         QStringLiteral("entries.json is not a JSON object: %1 at %2")
                             .arg(parseError.errorString())
                             .arg(parseError.offset)});
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    BundleFields f(limits);
    const QString format = f.shortText(root, "format", QStringLiteral("$"));
    if (!f.ok() || format != QLatin1String(Format)) {
        failWith(error, {ShareError::Kind::NotABundle,
                         QStringLiteral("$.format is not ") + QLatin1String(Format)});
        return std::nullopt;
    }
    const qint64 version = f.integer(root, "version", QStringLiteral("$"), 1, 1000000);
    if (f.ok() && version != Version) {
        failWith(error, {ShareError::Kind::UnsupportedVersion,
                         QStringLiteral("format version %1").arg(version)});
        return std::nullopt;
    }

    BundleContent c;
    const auto kind =
        keyed(f.shortText(root, "kind", QStringLiteral("$")),
              {BundleKind::Share, BundleKind::Comments, BundleKind::Backup}, &kindKey);
    if (f.ok() && !kind)
        f.fail(QStringLiteral("$.kind"), "not share, comments or backup");
    c.kind = kind.value_or(BundleKind::Share);
    c.created = f.utc(root, "created", QStringLiteral("$"));
    if (c.kind != BundleKind::Backup)
        c.sender = f.person(root, "sender", QStringLiteral("$"));
    if (c.kind == BundleKind::Comments)
        readComments(f, root, &c);
    else
        readEntries(f, root, QStringLiteral("entries"), &c.entries);
    if (c.kind == BundleKind::Backup) {
        if (f.ok() && f.has(root, "identity"))
            readIdentity(f, root, &c);
        readCoaches(f, root, &c);
        readReceived(f, root, &c);
        readEntryComments(f, root, &c);
    }
    if (f.ok())
        checkFilesOnce(f, c);
    if (!f.ok()) {
        failWith(error, {ShareError::Kind::InvalidContent, f.problem()});
        return std::nullopt;
    }
    if (error)
        *error = {};
    return c;
}

std::optional<BundleEntry> entryFromJson(const QJsonObject& object, bool withFiles,
                                         const BundleLimits& limits, ShareError* error)
{
    BundleFields f(limits);
    auto e = readEntry(f, object, QStringLiteral("$"), withFiles);
    if (!e) {
        failWith(error, {ShareError::Kind::InvalidContent, f.problem()});
        return std::nullopt;
    }
    if (error)
        *error = {};
    return e;
}

} // namespace debrief::bundlejson
