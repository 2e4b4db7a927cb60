#pragma once
// The verified local cache: DICOM files under a root directory plus a SQLite
// index (Qt SQL). A file enters the cache only complete and verified: it is
// written elsewhere (incomingFile), parsed, then renamed into place and
// indexed (commit). Studies are evicted least-recently-used beyond a size
// limit, except those open in the workstation or holding an unsent report.
//
// Lives on one thread (the GUI's): the index connection is not shared.

#include "cloudclient/CloudError.h"
#include "cloudclient/InstanceFacts.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace yunyue {

class StudyCache {
 public:
  ~StudyCache();
  StudyCache(const StudyCache&) = delete;
  StudyCache& operator=(const StudyCache&) = delete;

  // Opens (creating if needed) the cache in directory `root`; leftovers of
  // an interrupted transfer are removed. Null with *error when the
  // directory or index cannot be used.
  static std::unique_ptr<StudyCache> open(const QString& root, CloudError* error);
  // Where a workstation keeps it by default (the user's cache directory).
  static QString defaultRoot();

  QString root() const { return m_root; }
  // The error of a cache that cannot be written (disk full, permissions).
  static CloudError writeError(const QString& detail);

  bool contains(const QString& sopInstanceUid) const;
  // Path of a cached instance; empty when not cached.
  QString instancePath(const QString& sopInstanceUid) const;
  // A fresh file name for an instance being received, on the cache's
  // file system (so commit is a rename).
  QString incomingFile();
  // Moves a verified file into place and indexes it; the incoming file is
  // gone afterwards whatever the outcome.
  CloudError commit(const QString& incomingPath, const InstanceFacts& facts);

  // What the index knows about a series / study (ordered by InstanceNumber).
  QList<InstanceFacts> seriesInstances(const QString& seriesInstanceUid) const;
  // Paths of a series' cached files, ordered by InstanceNumber.
  QStringList seriesFiles(const QString& seriesInstanceUid) const;
  // SeriesInstanceUIDs of a study's cached series (in UID order).
  QStringList studySeries(const QString& studyInstanceUid) const;
  QStringList cachedStudies() const;
  qint64 totalBytes() const;
  // What QIDO said the series holds (NumberOfSeriesRelatedInstances), kept
  // so a complete series can be recognised without asking the server.
  void setExpectedInstances(const QString& studyUid, const QString& seriesUid, int count);
  int expectedInstances(const QString& seriesUid) const;

  // Protection from eviction. Open studies are protected while this process
  // lives; a study with a report not yet sent stays protected across restarts.
  void markOpen(const QString& studyUid, bool open);
  void markUnsentReport(const QString& studyUid, bool unsent);
  bool isProtected(const QString& studyUid) const;
  // Records a use of the study for least-recently-used eviction.
  void touch(const QString& studyUid);

  qint64 sizeLimit() const { return m_sizeLimit; }
  void setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }
  // Evicts least-recently-used, unprotected studies until the cache fits
  // its limit; returns the evicted StudyInstanceUIDs.
  QStringList evictToLimit();
  void removeStudy(const QString& studyUid);

 private:
  explicit StudyCache(QString root);
  bool exec(const QString& sql, const QVariantList& values = {}, CloudError* error = nullptr) const;
  // The first column of every row of a query.
  QStringList selectStrings(const QString& sql, const QVariantList& values = {}) const;

  QString m_root;
  QString m_connection;
  qint64 m_sizeLimit = qint64(50) * 1024 * 1024 * 1024;
  QSet<QString> m_open;
};

}  // namespace yunyue
