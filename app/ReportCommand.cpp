#include "app/ReportCommand.h"

#include "app/ArchivedReports.h"
#include "app/FinalReport.h"
#include "cloudclient/DicomWebClient.h"
#include "cloudclient/InstanceFacts.h"
#include "cloudclient/Outbox.h"
#include "cloudclient/StudyCache.h"
#include "reporting/PeerReview.h"
#include "reporting/ReportJson.h"
#include "reporting/ReportSignature.h"
#include "reporting/ReportSr.h"
#include "reporting/ReportTemplate.h"
#include "reporting/ReportWorkflow.h"
#include "reporting/StudyEvidence.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace yunyue {
namespace {

// Context of this verb's translations.
struct ReportCommand {
  Q_DECLARE_TR_FUNCTIONS(ReportCommand)
};

void say(const QString& line) {
  std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
  std::fflush(stderr);
}

void print(const QString& line) {
  std::fprintf(stdout, "%s\n", line.toUtf8().constData());
  std::fflush(stdout);
}

int fail(const QString& message, const QString& detail = {}, int code = 1) {
  say(QStringLiteral("yunyue: %1").arg(message));
  if (!detail.isEmpty()) say(QStringLiteral("  (%1)").arg(detail));
  return code;
}

int fail(const ReportingError& e, int code = 1) { return fail(e.message, e.detail, code); }
int fail(const CloudError& e, int code = 1) { return fail(e.message, e.detail, code); }

QString dataDir(const char* env, const QString& name) {
  const QString fromEnv = qEnvironmentVariable(env);
  if (!fromEnv.isEmpty()) return fromEnv;
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/yunyue/") + name;
}

QString defaultProfilePath() { return dataDir("YUNYUE_PROFILE", QStringLiteral("demo-cloud/cloud.ini")); }
QString defaultTrustPath() { return dataDir("YUNYUE_TRUST", QStringLiteral("center/center.ini")); }
QString defaultOutboxDir() { return dataDir("YUNYUE_OUTBOX_DIR", QStringLiteral("outbox")); }

bool readFile(const QString& path, QByteArray* bytes, QString* problem) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    *problem = ReportCommand::tr("cannot read %1: %2").arg(path, f.errorString());
    return false;
  }
  *bytes = f.readAll();
  return true;
}

// Whole or not at all: a full disk never leaves half a report behind.
bool writeFile(const QString& path, const QByteArray& bytes, QString* problem) {
  QSaveFile f(path);
  if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
    *problem = ReportCommand::tr("cannot write %1: %2").arg(path, f.errorString());
    return false;
  }
  return true;
}

// The private key's passphrase, never from the command line (it would show
// in the process list and the shell history): a file, the environment, or
// typed on the terminal without echo.
bool readPassphrase(const QString& file, QByteArray* passphrase, QString* problem) {
  if (!file.isEmpty()) {
    if (!readFile(file, passphrase, problem)) return false;
    while (passphrase->endsWith('\n') || passphrase->endsWith('\r')) passphrase->chop(1);
    return true;
  }
  if (qEnvironmentVariableIsSet("YUNYUE_KEY_PASSPHRASE")) {
    *passphrase = qgetenv("YUNYUE_KEY_PASSPHRASE");
    return true;
  }
  if (!isatty(fileno(stdin))) {
    *problem = ReportCommand::tr("no passphrase: give --passphrase-file or set YUNYUE_KEY_PASSPHRASE");
    return false;
  }
  std::fprintf(stderr, "%s", ReportCommand::tr("Passphrase of the private key: ").toLocal8Bit().constData());
  termios saved{};
  tcgetattr(fileno(stdin), &saved);
  termios quiet = saved;
  quiet.c_lflag &= ~tcflag_t(ECHO);
  tcsetattr(fileno(stdin), TCSANOW, &quiet);
  char buffer[1024] = {};
  const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
  tcsetattr(fileno(stdin), TCSANOW, &saved);
  std::fprintf(stderr, "\n");
  *passphrase = QByteArray(buffer).trimmed();
  std::fill(std::begin(buffer), std::end(buffer), '\0');
  if (!got) *problem = ReportCommand::tr("no passphrase given");
  return got;
}

// Runs the event loop until done() or the timeout; false on timeout.
template <typename Done>
bool waitFor(Done done, int timeoutMs) {
  QElapsedTimer clock;
  clock.start();
  while (!done()) {
    if (clock.elapsed() > timeoutMs) return false;
    QEventLoop loop;
    QTimer::singleShot(20, &loop, &QEventLoop::quit);
    loop.exec();
  }
  return true;
}

// The archive's reports of a study, synchronously.
bool archivedReports(DicomWebClient* client, const QString& studyUid, const CenterTrust& trust,
                     QList<ArchivedReportFile>* found, CloudError* error) {
  bool done = false;
  fetchArchivedReports(client, studyUid, trust, [&](QList<ArchivedReportFile> f, CloudError e) {
    *found = f;
    *error = e;
    done = true;
  });
  if (!waitFor([&] { return done; }, 120000)) {
    *error = {CloudErrorCode::ServerUnreachable, ReportCommand::tr("The archive did not answer."), studyUid};
  }
  return !error->isError();
}

// Options shared by several sub-verbs.
struct Common {
  QCommandLineOption trust{QStringLiteral("trust"), ReportCommand::tr("The center's trust settings (CA file, roles)."),
                           QStringLiteral("file"), defaultTrustPath()};
  QCommandLineOption key{QStringLiteral("key"), ReportCommand::tr("Your private key (PEM, passphrase-protected)."),
                         QStringLiteral("file")};
  QCommandLineOption cert{QStringLiteral("cert"), ReportCommand::tr("Your X.509 certificate (PEM)."),
                          QStringLiteral("file")};
  QCommandLineOption passphraseFile{QStringLiteral("passphrase-file"),
                                    ReportCommand::tr("File holding the key's passphrase (else YUNYUE_KEY_PASSPHRASE or a prompt)."),
                                    QStringLiteral("file")};
  QCommandLineOption out{QStringLiteral("out"), ReportCommand::tr("Output file."), QStringLiteral("file")};
  QCommandLineOption profile{QStringLiteral("profile"), ReportCommand::tr("Server profile file (default: the demo cloud's)."),
                             QStringLiteral("file"), defaultProfilePath()};
  QCommandLineOption outbox{QStringLiteral("outbox"), ReportCommand::tr("Outbox directory."), QStringLiteral("dir"),
                            defaultOutboxDir()};
  QCommandLineOption cache{QStringLiteral("cache"), ReportCommand::tr("Cache directory (default: the user's cache)."),
                           QStringLiteral("dir"), qEnvironmentVariable("YUNYUE_CACHE_DIR", StudyCache::defaultRoot())};
};

// Parses; --help prints the sub-verb's options and exits.
bool parse(QCommandLineParser& cli, const QStringList& arguments) {
  if (!cli.parse(arguments)) return false;
  if (cli.isSet(QStringLiteral("help"))) cli.showHelp(0);
  return true;
}

bool loadTrust(const QString& path, CenterTrust* trust, int* exitCode) {
  ReportingError error;
  if (CenterTrust::load(path, trust, &error)) return true;
  *exitCode = fail(error, 2);
  return false;
}

bool loadIdentity(const QCommandLineParser& cli, const Common& o, SigningIdentity* identity, int* exitCode) {
  if (!cli.isSet(o.key) || !cli.isSet(o.cert)) {
    *exitCode = fail(ReportCommand::tr("--key and --cert are required to sign"), {}, 2);
    return false;
  }
  identity->privateKeyFile = cli.value(o.key);
  identity->certificateFile = cli.value(o.cert);
  QString problem;
  if (!readPassphrase(cli.value(o.passphraseFile), &identity->passphrase, &problem)) {
    *exitCode = fail(problem, {}, 2);
    return false;
  }
  return true;
}

bool loadProfile(const QString& path, ServerProfile* profile, int* exitCode) {
  CloudError error;
  *profile = ServerProfile::fromCloudFile(path, &error);
  if (profile->isComplete()) return true;
  *exitCode = fail(error, 2);
  return false;
}

QString flagsOf(const Report& r) {
  return QStringLiteral("%1/%2").arg(r.complete ? QStringLiteral("COMPLETE") : QStringLiteral("PARTIAL"),
                                     r.verified ? QStringLiteral("VERIFIED") : QStringLiteral("UNVERIFIED"));
}

// --- draft --------------------------------------------------------------------

int draft(QCommandLineParser& cli, const Common& o, const QStringList& arguments) {
  const QCommandLineOption templateOption(QStringLiteral("template"), ReportCommand::tr("Template id (default: the best for the study)."), QStringLiteral("id"));
  const QCommandLineOption language(QStringLiteral("language"), ReportCommand::tr("zh_CN or en."), QStringLiteral("lang"), QStringLiteral("zh_CN"));
  const QCommandLineOption authorName(QStringLiteral("author-name"), ReportCommand::tr("Your name, DICOM style (王^医生)."), QStringLiteral("name"));
  const QCommandLineOption authorId(QStringLiteral("author-id"), ReportCommand::tr("Your staff ID."), QStringLiteral("id"));
  const QCommandLineOption organisation(QStringLiteral("organisation"), ReportCommand::tr("Your organisation."), QStringLiteral("name"));
  const QCommandLineOption technique(QStringLiteral("technique"), ReportCommand::tr("Technique text (default: the template's)."), QStringLiteral("text"));
  const QCommandLineOption findings(QStringLiteral("findings"), ReportCommand::tr("Findings text (default: the template's)."), QStringLiteral("text"));
  const QCommandLineOption impression(QStringLiteral("impression"), ReportCommand::tr("Impression text (default: the template's)."), QStringLiteral("text"));
  const QCommandLineOption amends(QStringLiteral("amends"), ReportCommand::tr("The final report (SR file) this one amends: its text is the start."), QStringLiteral("file"));
  cli.addOptions({o.cache, o.out, templateOption, language, authorName, authorId, organisation, technique, findings, impression, amends});
  if (!parse(cli, arguments) || cli.positionalArguments().size() != 3 || !cli.isSet(o.out))
    return fail(ReportCommand::tr("usage: yunyue report draft [--cache DIR] STUDY --out REPORT.json [--author-name PN ...]"), cli.errorText(), 2);
  const QString studyUid = cli.positionalArguments().at(2);

  CloudError cacheError;
  std::unique_ptr<StudyCache> cache = StudyCache::open(cli.value(o.cache), &cacheError);
  if (!cache) return fail(cacheError, 2);
  QStringList files;
  for (const QString& series : cache->studySeries(studyUid)) files += cache->seriesFiles(series);
  if (files.isEmpty()) return fail(ReportCommand::tr("study %1 is not in the cache; pull it first").arg(studyUid));

  Report report;
  ReportingError error;
  if (!readReportedStudy(files, &report.study, &error)) return fail(error);
  report.language = cli.value(language);
  const QList<ReportTemplate> templates = ReportTemplate::loadAll(report.language, &error);
  const ReportTemplate* chosen = nullptr;
  if (cli.isSet(templateOption)) {
    for (const ReportTemplate& t : templates)
      if (t.id == cli.value(templateOption)) chosen = &t;
    if (!chosen) return fail(ReportCommand::tr("no report template %1").arg(cli.value(templateOption)), {}, 2);
  } else {
    chosen = ReportTemplate::bestFor(templates, report.study.modality, report.study.bodyPart);
  }
  if (chosen) {
    report.templateId = chosen->id;
    for (const ReportSection& s : chosen->sections) {
      if (s.key == QLatin1String("technique")) report.technique = s.text;
      if (s.key == QLatin1String("findings")) report.findings = s.text;
      if (s.key == QLatin1String("impression")) report.impression = s.text;
    }
  }
  if (cli.isSet(amends)) {
    // An amendment starts from the final report's text and names it as its
    // predecessor (PredecessorDocumentsSequence); the final stays as it is.
    QByteArray part10;
    QString problem;
    Report final;
    if (!readFile(cli.value(amends), &part10, &problem)) return fail(problem, {}, 2);
    if (!decodeReportSr(part10, &final, &error)) return fail(error, 2);
    if (!final.verified || final.study.studyUid != studyUid)
      return fail(ReportCommand::tr("%1 is no final report of study %2").arg(cli.value(amends), studyUid), {}, 2);
    report.technique = final.technique;
    report.findings = final.findings;
    report.impression = final.impression;
    report.measurements = final.measurements;
    report.keyImages = final.keyImages;
    report.predecessors = {{final.study.studyUid, final.srSeriesUid, QString::fromLatin1(kReportSopClassUid),
                            final.srInstanceUid, 0}};
  }
  if (cli.isSet(technique)) report.technique = cli.value(technique);
  if (cli.isSet(findings)) report.findings = cli.value(findings);
  if (cli.isSet(impression)) report.impression = cli.value(impression);
  report.author = {cli.value(authorName), cli.value(authorId), cli.value(organisation)};
  report.observationDateTime = QDateTime::currentDateTime();

  QString problem;
  if (!writeFile(cli.value(o.out), QJsonDocument(reportToJson(report)).toJson(), &problem)) return fail(problem);
  print(ReportCommand::tr("draft for study %1 (%n image(s) as evidence) written to %2", nullptr, int(report.study.evidence.size()))
            .arg(studyUid, cli.value(o.out)));
  return 0;
}

// --- sign / countersign / verify -------------------------------------------------

int sign(QCommandLineParser& cli, const Common& o, const QStringList& arguments) {
  cli.addOptions({o.trust, o.key, o.cert, o.passphraseFile, o.out});
  if (!parse(cli, arguments) || cli.positionalArguments().size() != 3 || !cli.isSet(o.out))
    return fail(ReportCommand::tr("usage: yunyue report sign REPORT.json --key KEY --cert CERT [--trust center.ini] --out REPORT.dcm"), cli.errorText(), 2);
  int exitCode = 0;
  CenterTrust trust;
  SigningIdentity author;
  if (!loadTrust(cli.value(o.trust), &trust, &exitCode) || !loadIdentity(cli, o, &author, &exitCode)) return exitCode;

  QByteArray json;
  QString problem;
  if (!readFile(cli.positionalArguments().at(2), &json, &problem)) return fail(problem, {}, 2);
  QJsonParseError parseError;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
  Report report;
  ReportingError error;
  if (!doc.isObject()) return fail(ReportCommand::tr("%1 is no report draft").arg(cli.positionalArguments().at(2)), parseError.errorString(), 2);
  if (!reportFromJson(doc.object(), &report, &error)) return fail(error, 2);
  // Signing makes it the author's complete, preliminary report.
  report.complete = true;
  report.verified = false;
  if (!report.contentDateTime.isValid()) report.contentDateTime = QDateTime::currentDateTime();
  if (!report.observationDateTime.isValid()) report.observationDateTime = report.contentDateTime;

  QByteArray part10;
  QElapsedTimer clock;
  if (!encodeReportSr(&report, &part10, &error)) return fail(error);
  clock.start();
  if (!signAsAuthor(&part10, author, trust, &error)) return fail(error);
  const qint64 ms = clock.elapsed();
  if (!writeFile(cli.value(o.out), part10, &problem)) return fail(problem);
  print(ReportCommand::tr("signed by the author in %1 ms: %2 (SOP Instance UID %3)").arg(ms).arg(cli.value(o.out), report.srInstanceUid));
  return 0;
}

int countersignVerb(QCommandLineParser& cli, const Common& o, const QStringList& arguments) {
  const QCommandLineOption name(QStringLiteral("name"), ReportCommand::tr("Your name, DICOM style (李^主任)."), QStringLiteral("name"));
  const QCommandLineOption organisation(QStringLiteral("organisation"), ReportCommand::tr("Your organisation."), QStringLiteral("name"));
  cli.addOptions({o.trust, o.key, o.cert, o.passphraseFile, o.out, name, organisation});
  if (!parse(cli, arguments) || cli.positionalArguments().size() != 3 || !cli.isSet(o.out) || !cli.isSet(name))
    return fail(ReportCommand::tr("usage: yunyue report countersign REPORT.dcm --key KEY --cert CERT --name PN [--organisation O] --out FINAL.dcm"), cli.errorText(), 2);
  int exitCode = 0;
  CenterTrust trust;
  SigningIdentity reviewer;
  if (!loadTrust(cli.value(o.trust), &trust, &exitCode) || !loadIdentity(cli, o, &reviewer, &exitCode)) return exitCode;
  QByteArray part10;
  QString problem;
  if (!readFile(cli.positionalArguments().at(2), &part10, &problem)) return fail(problem, {}, 2);
  ReportingError error;
  QElapsedTimer clock;
  clock.start();
  if (!countersign(&part10, reviewer, cli.value(name), cli.value(organisation), trust, &error)) return fail(error);
  const qint64 ms = clock.elapsed();
  if (!writeFile(cli.value(o.out), part10, &problem)) return fail(problem);
  Report report;
  decodeReportSr(part10, &report, &error);
  print(ReportCommand::tr("verified and countersigned in %1 ms: %2 (SOP Instance UID %3)").arg(ms).arg(cli.value(o.out), report.srInstanceUid));
  return 0;
}

int verify(QCommandLineParser& cli, const Common& o, const QStringList& arguments) {
  cli.addOptions({o.trust});
  if (!parse(cli, arguments) || cli.positionalArguments().size() < 3)
    return fail(ReportCommand::tr("usage: yunyue report verify [--trust center.ini] REPORT.dcm..."), cli.errorText(), 2);
  int exitCode = 0;
  CenterTrust trust;
  if (!loadTrust(cli.value(o.trust), &trust, &exitCode)) return exitCode;
  for (const QString& path : cli.positionalArguments().mid(2)) {
    QByteArray part10;
    QString problem;
    if (!readFile(path, &part10, &problem)) {
      exitCode = fail(problem);
      continue;
    }
    ReportingError error;
    QElapsedTimer clock;
    clock.start();
    const QList<SignatureInfo> signatures = verifySignatures(part10, trust, &error);
    const qint64 ms = clock.elapsed();
    Report report;
    ReportingError decodeError;
    const bool isReport = decodeReportSr(part10, &report, &decodeError);
    print(QStringLiteral("%1: %2").arg(path, isReport ? flagsOf(report) : decodeError.message));
    for (const SignatureInfo& s : signatures) {
      print(QStringLiteral("  %1  %2 (%3)  %4  %5  %6  %7")
                .arg(s.valid && s.trusted ? QStringLiteral("OK ") : QStringLiteral("BAD"), s.purposeMeaning, s.profile,
                     s.signerName, s.macAlgorithm, s.dateTime.toString(Qt::ISODate), s.message));
    }
    if (signatures.isEmpty() && !error.isError()) {
      error = {ReportingError::Code::SignatureMissing, ReportCommand::tr("The report carries no signature."), path};
    }
    if (error.isError()) {
      exitCode = fail(error);
    } else {
      print(ReportCommand::tr("  every signature verified (%1 ms)").arg(ms));
    }
  }
  return exitCode;
}

// --- submit / status ---------------------------------------------------------------

// What the workflow needs of a report about to be sent.
ArchivedReport summaryOf(const Report& r) {
  ArchivedReport s;
  s.sopInstanceUid = r.srInstanceUid;
  s.seriesUid = r.srSeriesUid;
  s.contentDateTime = r.contentDateTime;
  s.complete = r.complete;
  s.verified = r.verified;
  for (const ImageReference& p : r.predecessors) s.predecessorUids.append(p.sopInstanceUid);
  s.authorName = r.author.name;
  s.verifierName = r.verifier.name;
  s.signaturesValid = true;
  return s;
}

QString stateOf(const OutboxItem& item) {
  switch (item.state) {
    case OutboxItem::Pending: return ReportCommand::tr("pending");
    case OutboxItem::Sending: return ReportCommand::tr("sending");
    case OutboxItem::Sent: return ReportCommand::tr("sent");
    case OutboxItem::Failed: return ReportCommand::tr("failed");
  }
  return {};
}

void printOutboxItem(const OutboxItem& item) {
  print(QStringLiteral("  outbox %1  %2  %3  %4").arg(item.sopInstanceUid, stateOf(item), item.description,
        item.lastError.isEmpty() ? QString() : ReportCommand::tr("(%n attempt(s): %1)", nullptr, item.attempts).arg(item.lastError)));
}

// Sends what the outbox holds and waits for these items to be stored or
// refused; what is not delivered in time stays queued for the next run.
int deliver(Outbox* outbox, const ServerProfile& profile, const QStringList& sending, int waitMs) {
  QElapsedTimer clock;
  clock.start();
  outbox->start(profile);
  auto settled = [&] {
    if (outbox->blockedBy().isError()) return true;
    for (const QString& uid : sending) {
      const OutboxItem::State s = outbox->item(uid).state;
      if (s != OutboxItem::Sent && s != OutboxItem::Failed) return false;
    }
    return true;
  };
  waitFor(settled, waitMs);
  int exitCode = 0;
  int delivered = 0;
  for (const QString& uid : sending) {
    const OutboxItem item = outbox->item(uid);
    printOutboxItem(item);
    if (item.state == OutboxItem::Sent) ++delivered;
    else if (item.state == OutboxItem::Failed) exitCode = 1;
    else if (exitCode == 0) exitCode = 4;
  }
  if (outbox->blockedBy().isError()) return fail(outbox->blockedBy(), 4);
  print(ReportCommand::tr("%1 of %2 delivered in %3 ms").arg(delivered).arg(sending.size()).arg(clock.elapsed()));
  if (exitCode == 4) say(ReportCommand::tr("yunyue: not delivered yet; the outbox keeps it and sends it on the next run"));
  return exitCode;
}

int submit(QCommandLineParser& cli, const Common& o, const QStringList& arguments) {
  const QCommandLineOption wait(QStringLiteral("wait"), ReportCommand::tr("Seconds to wait for delivery (default 60); what is not delivered stays queued."),
                                QStringLiteral("s"), QStringLiteral("60"));
  const QCommandLineOption force(QStringLiteral("force"), ReportCommand::tr("Send even though the archive holds a newer report."));
  const QCommandLineOption pdfOut(QStringLiteral("pdf"), ReportCommand::tr("Also write the printed final report to this PDF file."), QStringLiteral("file"));
  cli.addOptions({o.trust, o.profile, o.outbox, o.cache, wait, force, pdfOut});
  if (!parse(cli, arguments) || cli.positionalArguments().size() < 2)
    return fail(ReportCommand::tr("usage: yunyue report submit [--profile cloud.ini] [--outbox DIR] [REPORT.dcm...]"), cli.errorText(), 2);
  int exitCode = 0;
  CenterTrust trust;
  ServerProfile profile;
  if (!loadTrust(cli.value(o.trust), &trust, &exitCode) || !loadProfile(cli.value(o.profile), &profile, &exitCode)) return exitCode;
  CloudError cloudError;
  std::unique_ptr<Outbox> outbox = Outbox::open(cli.value(o.outbox), &cloudError);
  if (!outbox) return fail(cloudError, 2);
  DicomWebClient client(profile);

  QStringList sending;
  for (const QString& path : cli.positionalArguments().mid(2)) {
    QByteArray part10;
    QString problem;
    if (!readFile(path, &part10, &problem)) return fail(problem, {}, 2);
    Report report;
    ReportingError error;
    if (!decodeReportSr(part10, &report, &error)) return fail(error, 2);
    // Only what its signers vouch for leaves this workstation.
    const QList<SignatureInfo> signatures = verifySignatures(part10, trust, &error);
    if (error.isError()) return fail(error);
    if (signatures.isEmpty()) return fail(ReportCommand::tr("%1 is not signed; sign it first").arg(path));
    QList<ArchivedReportFile> archived;
    // An archive out of reach must not hold a signed report back: the outbox
    // sends it when the archive answers again, and every workstation that
    // opens the study sees both reports.
    if (!archivedReports(&client, report.study.studyUid, trust, &archived, &cloudError)) {
      if (!cloudError.isTransient()) return fail(cloudError);
      say(ReportCommand::tr("yunyue: the archive cannot be checked for newer reports now (%1); queued anyway").arg(cloudError.message));
      cloudError = {};
    }
    QList<ArchivedReport> summaries;
    for (const ArchivedReportFile& f : archived) summaries.append(f.summary);
    QString current;
    if (reportConflictsWithArchive(summaries, summaryOf(report), &current) && !cli.isSet(force)) {
      for (const ArchivedReportFile& f : archived) {
        if (f.summary.sopInstanceUid != current) continue;
        return fail(ReportCommand::tr("the archive holds a newer report for this study, by %1 (%2, %3); look at it, then send with --force to keep yours as well")
                        .arg(f.report.author.name, flagsOf(f.report), f.report.contentDateTime.toString(Qt::ISODate)),
                    current, 3);
      }
    }
    const QString description = ReportCommand::tr("%1 report, %2").arg(report.study.modality,
                                  report.verified ? ReportCommand::tr("final") : ReportCommand::tr("preliminary"));
    if (!outbox->enqueue(part10, report.study.studyUid, report.srInstanceUid, description, &cloudError)) return fail(cloudError);
    sending.append(report.srInstanceUid);
    print(ReportCommand::tr("queued %1 (%2)").arg(path, report.srInstanceUid));
    // A final report also goes to the archive as the PDF the hospital prints.
    if (report.verified) {
      std::unique_ptr<StudyCache> cache = StudyCache::open(cli.value(o.cache), &cloudError);
      QByteArray pdf, encapsulated;
      if (!renderFinalReport(report, signatures, cache.get(), studyLink(profile.dicomWebRoot, report.study.studyUid), &pdf,
                             &encapsulated, &error))
        return fail(error);
      if (cli.isSet(pdfOut) && !writeFile(cli.value(pdfOut), pdf, &problem)) return fail(problem);
      const QString pdfUid = sopInstanceUidOf(encapsulated);
      // Its UIDs follow from the report's: sent once already means in the archive.
      if (outbox->item(pdfUid).state == OutboxItem::Sent) continue;
      if (!outbox->enqueue(encapsulated, report.study.studyUid, pdfUid,
                           ReportCommand::tr("%1 report, final, PDF").arg(report.study.modality), &cloudError))
        return fail(cloudError);
      sending.append(pdfUid);
      print(ReportCommand::tr("queued the printed report (%1)").arg(pdfUid));
    }
  }
  if (sending.isEmpty()) {
    for (const OutboxItem& item : outbox->items())
      if (item.state == OutboxItem::Pending || item.state == OutboxItem::Sending) sending.append(item.sopInstanceUid);
  }

  return deliver(outbox.get(), profile, sending, int(cli.value(wait).toDouble() * 1000));
}

int status(QCommandLineParser& cli, const Common& o, const QStringList& arguments) {
  cli.addOptions({o.trust, o.profile, o.outbox});
  if (!parse(cli, arguments) || cli.positionalArguments().size() != 3)
    return fail(ReportCommand::tr("usage: yunyue report status [--profile cloud.ini] STUDY"), cli.errorText(), 2);
  const QString studyUid = cli.positionalArguments().at(2);
  int exitCode = 0;
  CenterTrust trust;
  ServerProfile profile;
  if (!loadTrust(cli.value(o.trust), &trust, &exitCode) || !loadProfile(cli.value(o.profile), &profile, &exitCode)) return exitCode;
  DicomWebClient client(profile);
  QList<ArchivedReportFile> archived;
  CloudError error;
  if (!archivedReports(&client, studyUid, trust, &archived, &error)) return fail(error);
  QList<ArchivedReport> summaries;
  for (const ArchivedReportFile& f : archived) {
    summaries.append(f.summary);
    print(QStringLiteral("%1  %2  %3  %4  %5%6")
              .arg(f.summary.sopInstanceUid, f.report.contentDateTime.toString(Qt::ISODate), flagsOf(f.report),
                   f.report.author.name, f.report.verifier.name.isEmpty() ? QString() : QStringLiteral("/ ") + f.report.verifier.name,
                   f.summary.signaturesValid ? QString() : QStringLiteral("  ") + ReportCommand::tr("INVALID: %1").arg(f.summary.signatureProblem)));
  }
  const StudyReportState state = deriveReportState(summaries, false);
  print(ReportCommand::tr("state: %1").arg(reportStateName(state.state)) +
        (state.currentReportUid.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(state.currentReportUid)));
  // The outbox may be held by a running workstation; then it is not shown.
  if (std::unique_ptr<Outbox> outbox = Outbox::open(cli.value(o.outbox), &error)) {
    for (const OutboxItem& item : outbox->items())
      if (item.studyUid == studyUid) printOutboxItem(item);
  }
  return 0;
}

// --- spot check ----------------------------------------------------------------------

bool studiesBetween(DicomWebClient* client, const QDate& from, const QDate& to, QList<StudyRecord>* studies,
                    CloudError* error) {
  StudyQuery query;
  query.studyDateFrom = from;
  query.studyDateTo = to;
  bool done = false;
  client->searchStudies(query, [&](QList<StudyRecord> found, CloudError e) {
    *studies = found;
    *error = e;
    done = true;
  });
  if (!waitFor([&] { return done; }, 120000))
    *error = {CloudErrorCode::ServerUnreachable, ReportCommand::tr("The archive did not answer."), {}};
  return !error->isError();
}

// The per-reader table of the scores given in [from, to] (sample dates).
int spotCheckSummary(DicomWebClient* client, const QList<StudyRecord>& studies, const QDate& from, const QDate& to) {
  QList<PeerReview> reviews;
  for (const StudyRecord& study : studies) {
    bool done = false;
    CloudError error;
    fetchPeerReviews(client, study.studyInstanceUid, [&](QList<PeerReview> found, CloudError e) {
      for (const PeerReview& r : found)
        if (r.sampleDate >= from && r.sampleDate <= to) reviews.append(r);
      error = e;
      done = true;
    });
    if (!waitFor([&] { return done; }, 120000) || error.isError()) return fail(error);
  }
  print(ReportCommand::tr("spot-check scores %1 to %2: %n report(s) reviewed", nullptr, int(reviews.size()))
            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
  print(formatSummaryTable(summarizeByReader(reviews)));
  return 0;
}

// A reviewer's RADPEER score for one final report of the day's sample,
// stored as its own SR in the report's study through the outbox.
int score(QCommandLineParser& cli, const Common& o, const QStringList& arguments) {
  const QCommandLineOption report(QStringLiteral("report"), ReportCommand::tr("SOP Instance UID of the final report scored."), QStringLiteral("uid"));
  const QCommandLineOption value(QStringLiteral("score"), ReportCommand::tr("RADPEER score: 1, 2a, 2b, 3a or 3b."), QStringLiteral("score"));
  const QCommandLineOption comment(QStringLiteral("comment"), ReportCommand::tr("Why, in your words."), QStringLiteral("text"));
  const QCommandLineOption name(QStringLiteral("name"), ReportCommand::tr("Your name, DICOM style (李^主任)."), QStringLiteral("name"));
  const QCommandLineOption id(QStringLiteral("id"), ReportCommand::tr("Your staff ID."), QStringLiteral("id"));
  const QCommandLineOption organisation(QStringLiteral("organisation"), ReportCommand::tr("Your organisation."), QStringLiteral("name"));
  const QCommandLineOption date(QStringLiteral("date"), ReportCommand::tr("The spot check's day (yyyy-MM-dd, default today)."),
                                QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate));
  const QCommandLineOption percent(QStringLiteral("percent"), ReportCommand::tr("The spot check's share (default 5)."), QStringLiteral("p"), QStringLiteral("5"));
  const QCommandLineOption seed(QStringLiteral("seed"), ReportCommand::tr("The spot check's seed (default: the date as yyyyMMdd)."), QStringLiteral("n"));
  const QCommandLineOption wait(QStringLiteral("wait"), ReportCommand::tr("Seconds to wait for delivery (default 60); what is not delivered stays queued."),
                                QStringLiteral("s"), QStringLiteral("60"));
  cli.addOptions({o.trust, o.profile, o.outbox, report, value, comment, name, id, organisation, date, percent, seed, wait});
  RadpeerScore radpeer = RadpeerScore::Agree;
  if (!parse(cli, arguments) || cli.positionalArguments().size() != 3 || !cli.isSet(report) || !cli.isSet(name) ||
      !radpeerFromCode(cli.value(value), &radpeer))
    return fail(ReportCommand::tr("usage: yunyue report score STUDY --report UID --score 1|2a|2b|3a|3b --name PN [--comment TEXT]"), cli.errorText(), 2);
  const QDate day = QDate::fromString(cli.value(date), Qt::ISODate);
  if (!day.isValid()) return fail(ReportCommand::tr("bad --date %1").arg(cli.value(date)), {}, 2);
  int exitCode = 0;
  CenterTrust trust;
  ServerProfile profile;
  if (!loadTrust(cli.value(o.trust), &trust, &exitCode) || !loadProfile(cli.value(o.profile), &profile, &exitCode)) return exitCode;
  CloudError cloudError;
  std::unique_ptr<Outbox> outbox = Outbox::open(cli.value(o.outbox), &cloudError);
  if (!outbox) return fail(cloudError, 2);
  DicomWebClient client(profile);
  QList<ArchivedReportFile> archived;
  const QString studyUid = cli.positionalArguments().at(2);
  if (!archivedReports(&client, studyUid, trust, &archived, &cloudError)) return fail(cloudError);
  const ArchivedReportFile* scored = nullptr;
  for (const ArchivedReportFile& f : archived)
    if (f.summary.sopInstanceUid == cli.value(report)) scored = &f;
  // Only what two signatures vouch for is scored.
  if (!scored || !scored->summary.verified || !scored->summary.signaturesValid)
    return fail(ReportCommand::tr("%1 is no valid final report of study %2").arg(cli.value(report), studyUid));

  PeerReview review;
  review.study = scored->report.study;
  review.reviewedReport = {studyUid, scored->summary.seriesUid, QString::fromLatin1(kReportSopClassUid),
                           scored->summary.sopInstanceUid, 0};
  review.reviewedAuthor = scored->report.author;
  review.reviewer = {cli.value(name), cli.value(id), cli.value(organisation)};
  review.score = radpeer;
  review.comment = cli.value(comment);
  review.sampleDate = day;
  review.samplePercent = cli.value(percent).toDouble();
  review.sampleSeed = cli.isSet(seed) ? cli.value(seed).toULongLong() : quint64(day.toString(QStringLiteral("yyyyMMdd")).toULongLong());
  QByteArray part10;
  ReportingError error;
  if (!encodePeerReviewSr(&review, &part10, &error)) return fail(error);
  if (!outbox->enqueue(part10, studyUid, review.srInstanceUid,
                       ReportCommand::tr("spot-check score %1").arg(radpeerCode(radpeer)), &cloudError))
    return fail(cloudError);
  print(ReportCommand::tr("scored %1: %2 (%3)").arg(cli.value(report), radpeerCode(radpeer), radpeerMeaning(radpeer)));
  return deliver(outbox.get(), profile, {review.srInstanceUid}, int(cli.value(wait).toDouble() * 1000));
}

int spotCheck(QCommandLineParser& cli, const Common& o, const QStringList& arguments) {
  const QCommandLineOption date(QStringLiteral("date"), ReportCommand::tr("The day whose final reports are sampled (yyyy-MM-dd, default today)."),
                                QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate));
  const QCommandLineOption percent(QStringLiteral("percent"), ReportCommand::tr("Share of the day's final reports to re-check (default 5)."),
                                   QStringLiteral("p"), QStringLiteral("5"));
  const QCommandLineOption seed(QStringLiteral("seed"), ReportCommand::tr("Seed of the draw (default: the date as yyyyMMdd)."), QStringLiteral("n"));
  const QCommandLineOption days(QStringLiteral("study-days"), ReportCommand::tr("How many days back studies are searched for reports (default 7)."),
                                QStringLiteral("n"), QStringLiteral("7"));
  const QCommandLineOption summary(QStringLiteral("summary"), ReportCommand::tr("Instead of drawing: the scores of the last n days up to --date, per reader."),
                                   QStringLiteral("n"));
  cli.addOptions({o.trust, o.profile, date, percent, seed, days, summary});
  if (!parse(cli, arguments) || cli.positionalArguments().size() != 2)
    return fail(ReportCommand::tr("usage: yunyue report spot-check [--date yyyy-MM-dd] [--percent P] [--seed N] [--summary DAYS]"), cli.errorText(), 2);
  const QDate day = QDate::fromString(cli.value(date), Qt::ISODate);
  if (!day.isValid()) return fail(ReportCommand::tr("bad --date %1").arg(cli.value(date)), {}, 2);
  const quint64 drawSeed = cli.isSet(seed) ? cli.value(seed).toULongLong() : quint64(day.toString(QStringLiteral("yyyyMMdd")).toULongLong());
  int exitCode = 0;
  CenterTrust trust;
  ServerProfile profile;
  if (!loadTrust(cli.value(o.trust), &trust, &exitCode) || !loadProfile(cli.value(o.profile), &profile, &exitCode)) return exitCode;
  DicomWebClient client(profile);

  // Reports are verified within hours of the scan: the studies of the last
  // days hold every report verified on that day.
  QList<StudyRecord> studies;
  CloudError error;
  if (!studiesBetween(&client, day.addDays(-cli.value(days).toInt()), day, &studies, &error)) return fail(error);
  if (cli.isSet(summary)) return spotCheckSummary(&client, studies, day.addDays(1 - cli.value(summary).toInt()), day);
  QStringList finals;
  QHash<QString, ArchivedReportFile> byUid;
  for (const StudyRecord& study : studies) {
    QList<ArchivedReportFile> archived;
    if (!archivedReports(&client, study.studyInstanceUid, trust, &archived, &error)) return fail(error);
    QList<ArchivedReport> summaries;
    for (const ArchivedReportFile& f : archived) summaries.append(f.summary);
    const StudyReportState state = deriveReportState(summaries, false);
    if (state.state != ReportState::Final && state.state != ReportState::Amended) continue;
    for (const ArchivedReportFile& f : archived) {
      if (f.summary.sopInstanceUid != state.currentReportUid) continue;
      if (f.report.verificationDateTime.date() != day) continue;
      finals.append(f.summary.sopInstanceUid);
      byUid.insert(f.summary.sopInstanceUid, f);
    }
  }
  const QStringList sample = spotCheckSample(finals, cli.value(percent).toDouble(), drawSeed);
  print(ReportCommand::tr("%1: %2 final report(s), seed %3, sample of %4:").arg(day.toString(Qt::ISODate)).arg(finals.size()).arg(drawSeed).arg(sample.size()));
  for (const QString& uid : sample) {
    const ArchivedReportFile& f = byUid[uid];
    print(QStringLiteral("  %1  %2  %3  %4  %5").arg(uid, f.report.study.studyUid, f.report.study.accessionNumber,
                                                    f.report.author.name, f.report.verifier.name));
  }
  return 0;
}

}  // namespace

int runReportCommand(const QStringList& arguments) {
  using SubVerb = int (*)(QCommandLineParser&, const Common&, const QStringList&);
  const std::pair<const char*, SubVerb> verbs[] = {
      {"draft", draft},   {"sign", sign},     {"countersign", countersignVerb}, {"verify", verify},
      {"submit", submit}, {"status", status}, {"spot-check", spotCheck}, {"score", score}};
  const QString wanted = arguments.value(2);  // program, "report", sub-verb
  for (const auto& [name, run] : verbs) {
    if (wanted != QLatin1String(name)) continue;
    QCommandLineParser cli;
    cli.setApplicationDescription(ReportCommand::tr("The double-signed reporting workflow."));
    cli.addHelpOption();
    cli.addPositionalArgument(QStringLiteral("report"), ReportCommand::tr("The verb."));
    cli.addPositionalArgument(wanted, ReportCommand::tr("What to do."));
    const Common options;
    return run(cli, options, arguments);
  }
  return fail(ReportCommand::tr("usage: yunyue report draft|sign|countersign|verify|submit|status|spot-check|score ..."), {}, 2);
}

}  // namespace yunyue
