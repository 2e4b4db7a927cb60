// cache_evictor: a process that fills a StudyCache and evicts from it, so
// test_cache_crash can kill it (SIGKILL) at any moment and check what a
// crash leaves behind.
//
//   cache_evictor --cache DIR --source SERIESDIR --studies N --limit BYTES [--protect]
//
// Commits N new studies, each a copy of the files of SERIESDIR with fresh
// Study/Series/SOP Instance UIDs (written into the cache's incoming area
// and committed as a pull does), then evicts down to BYTES. Prints, each
// line once the step returned:
//   protected UID   (--protect: the first new study holds an unsent report)
//   committed UID   (a SOP Instance UID)
//   evicting        (evictToLimit is called now)
//   evicted UID     (a StudyInstanceUID)
// Exit 0 when done, 1 when a step failed (message on stderr), 2 for bad
// arguments or a cache that cannot be opened.

#include "cloudclient/StudyCache.h"

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>

using namespace yunyue;

namespace {

struct Options {
  QString cache, source;
  int studies = 0;
  qint64 limit = -1;
  bool protect = false;
};

bool parse(const QStringList& args, Options* o) {
  for (int i = 1; i < args.size(); ++i) {
    const QString& a = args[i];
    const bool hasValue = i + 1 < args.size();
    if (a == "--cache" && hasValue) o->cache = args[++i];
    else if (a == "--source" && hasValue) o->source = args[++i];
    else if (a == "--studies" && hasValue) o->studies = args[++i].toInt();
    else if (a == "--limit" && hasValue) o->limit = args[++i].toLongLong();
    else if (a == "--protect") o->protect = true;
    else return false;
  }
  return !o->cache.isEmpty() && !o->source.isEmpty() && o->studies >= 0 && o->limit >= 0;
}

void say(const QString& line, FILE* stream = stdout) {
  std::fprintf(stream, "%s\n", qPrintable(line));
  std::fflush(stream);
}

QByteArray newUid() {
  char uid[100];
  return QByteArray(dcmGenerateUniqueIdentifier(uid, SITE_INSTANCE_UID_ROOT));
}

// Writes `source` with new UIDs to `target` (saving updates the meta
// information's Media Storage SOP Instance UID); false when DCMTK cannot.
bool writeCopy(const QString& source, const QString& target, const QByteArray& studyUid, const QByteArray& seriesUid,
               const QByteArray& sopUid) {
  DcmFileFormat file;
  if (file.loadFile(QFile::encodeName(source).constData()).bad()) return false;
  DcmDataset* ds = file.getDataset();
  return ds->putAndInsertString(DCM_StudyInstanceUID, studyUid.constData()).good() &&
         ds->putAndInsertString(DCM_SeriesInstanceUID, seriesUid.constData()).good() &&
         ds->putAndInsertString(DCM_SOPInstanceUID, sopUid.constData()).good() &&
         file.saveFile(QFile::encodeName(target).constData(), EXS_Unknown).good();
}

// One new study: every source file under new UIDs, committed one by one.
bool commitStudy(StudyCache& cache, const QStringList& sources, const QByteArray& studyUid) {
  const QByteArray seriesUid = newUid();
  for (const QString& source : sources) {
    const QByteArray sopUid = newUid();
    const QString incoming = cache.incomingFile();
    if (!writeCopy(source, incoming, studyUid, seriesUid, sopUid)) {
      say("cannot write a copy of " + source, stderr);
      return false;
    }
    CloudError error;
    const std::optional<InstanceFacts> facts = readInstanceFacts(incoming, &error);
    if (!facts) {
      say("copy does not parse: " + error.detail, stderr);
      return false;
    }
    error = cache.commit(incoming, *facts);
    if (error.isError()) {
      say("commit failed: " + error.detail, stderr);
      return false;
    }
    say("committed " + QString::fromLatin1(sopUid));
  }
  cache.setExpectedInstances(QString::fromLatin1(studyUid), QString::fromLatin1(seriesUid), int(sources.size()));
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  Options o;
  if (!parse(app.arguments(), &o)) {
    say("usage: cache_evictor --cache DIR --source SERIESDIR --studies N --limit BYTES [--protect]", stderr);
    return 2;
  }
  CloudError error;
  std::unique_ptr<StudyCache> cache = StudyCache::open(o.cache, &error);
  if (!cache) {
    say("cannot open the cache: " + error.detail, stderr);
    return 2;
  }
  QStringList sources;
  const QDir sourceDir(o.source);
  for (const QString& name : sourceDir.entryList({"*.dcm"}, QDir::Files, QDir::Name)) sources << sourceDir.filePath(name);
  if (sources.isEmpty()) {
    say("no DICOM files in " + o.source, stderr);
    return 2;
  }
  for (int s = 0; s < o.studies; ++s) {
    const QByteArray studyUid = newUid();
    if (s == 0 && o.protect) {
      cache->markUnsentReport(QString::fromLatin1(studyUid), true);
      say("protected " + QString::fromLatin1(studyUid));
    }
    if (!commitStudy(*cache, sources, studyUid)) return 1;
  }
  cache->setSizeLimit(o.limit);
  say("evicting");
  for (const QString& uid : cache->evictToLimit()) say("evicted " + uid);
  return 0;
}
