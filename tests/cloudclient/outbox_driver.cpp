// outbox_driver: a process that holds an Outbox, so test_outbox can kill it
// (SIGKILL) at any moment, run it under a file-size limit, and start it again.
//
//   outbox_driver --outbox DIR [--profile cloud.ini] [--enqueue FILE...]
//                 [--run-until-empty SECONDS] [--retry-ms MS]
//
// --enqueue adds DICOM files (UIDs read from the file) and prints
// "enqueued UID" once enqueue returned true. --run-until-empty delivers to
// the profile's archive, prints "delivered UID" per item, and exits 0 when
// nothing is pending, 3 when SECONDS passed first. Exit 1: an enqueue
// failed (message on stderr); 2: bad arguments or the outbox cannot be opened.

#include "cloudclient/Outbox.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <QCoreApplication>
#include <QFile>
#include <QTimer>
#include <csignal>
#include <cstdio>

using namespace yunyue;

namespace {

struct Options {
  QString outbox, profile;
  QStringList enqueue;
  int runSeconds = -1;  // no delivery unless given
  int retryMs = 0;      // 0: the Outbox's defaults
};

bool parse(const QStringList& args, Options* o) {
  for (int i = 1; i < args.size(); ++i) {
    const QString& a = args[i];
    const bool hasValue = i + 1 < args.size();
    if (a == "--outbox" && hasValue) o->outbox = args[++i];
    else if (a == "--profile" && hasValue) o->profile = args[++i];
    else if (a == "--run-until-empty" && hasValue) o->runSeconds = args[++i].toInt();
    else if (a == "--retry-ms" && hasValue) o->retryMs = args[++i].toInt();
    else if (a == "--enqueue") {
      while (i + 1 < args.size() && !args[i + 1].startsWith("--")) o->enqueue << args[++i];
    } else return false;
  }
  return !o->outbox.isEmpty() && (o->runSeconds < 0 || !o->profile.isEmpty());
}

void say(const QString& line, FILE* stream = stdout) {
  std::fprintf(stream, "%s\n", qPrintable(line));
  std::fflush(stream);
}

// StudyInstanceUID and SOPInstanceUID of a Part 10 file.
bool uidsOf(const QString& path, QString* studyUid, QString* sopInstanceUid) {
  DcmFileFormat file;
  if (file.loadFile(QFile::encodeName(path).constData()).bad()) return false;
  OFString study, sop;
  DcmDataset* ds = file.getDataset();
  if (ds->findAndGetOFString(DCM_StudyInstanceUID, study).bad() ||
      ds->findAndGetOFString(DCM_SOPInstanceUID, sop).bad())
    return false;
  *studyUid = QString::fromLatin1(study.c_str());
  *sopInstanceUid = QString::fromLatin1(sop.c_str());
  return true;
}

int enqueueAll(Outbox* outbox, const QStringList& files) {
  for (const QString& path : files) {
    QString study, sop;
    QFile f(path);
    if (!uidsOf(path, &study, &sop) || !f.open(QIODevice::ReadOnly)) {
      say("cannot read " + path, stderr);
      return 2;
    }
    CloudError error;
    if (!outbox->enqueue(f.readAll(), study, sop, "test report " + sop, &error)) {
      say("enqueue failed: " + error.message + " [" + error.detail + "]", stderr);
      return 1;
    }
    say("enqueued " + sop);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // Under `ulimit -f` a write past the limit must fail with EFBIG, not kill us.
  std::signal(SIGXFSZ, SIG_IGN);
  QCoreApplication app(argc, argv);
  Options o;
  if (!parse(app.arguments(), &o)) {
    say("usage: outbox_driver --outbox DIR [--profile cloud.ini] [--enqueue FILE...] "
        "[--run-until-empty SECONDS] [--retry-ms MS]",
        stderr);
    return 2;
  }
  CloudError error;
  std::unique_ptr<Outbox> outbox = Outbox::open(o.outbox, &error);
  if (!outbox) {
    say("cannot open the outbox: " + error.message + " [" + error.detail + "]", stderr);
    return 2;
  }
  if (const int rc = enqueueAll(outbox.get(), o.enqueue); rc != 0) return rc;
  if (o.runSeconds < 0) return 0;

  const ServerProfile profile = ServerProfile::fromCloudFile(o.profile, &error);
  if (error.isError()) {
    say("bad profile: " + error.detail, stderr);
    return 2;
  }
  if (o.retryMs > 0) outbox->setRetryDelays(o.retryMs, o.retryMs * 8);
  QObject::connect(outbox.get(), &Outbox::delivered, [](const QString& uid) { say("delivered " + uid); });
  auto quitWhenEmpty = [&] {
    if (outbox->pendingCount() == 0) app.exit(0);
  };
  QObject::connect(outbox.get(), &Outbox::itemChanged, &app, quitWhenEmpty, Qt::QueuedConnection);
  QTimer::singleShot(0, &app, quitWhenEmpty);
  QTimer::singleShot(o.runSeconds * 1000, &app, [&] { app.exit(3); });
  outbox->start(profile);
  return app.exec();
}
