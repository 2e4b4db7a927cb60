#pragma once
// Local drafts of the reports being written, so that a crash, a power cut or
// a kill -9 never costs the reader more than a few seconds of typing.
// One file per study in a directory; every save replaces the file atomically
// (temporary file, fsync, rename), so the file on disk is always either the
// previous draft or the new one, never a torn mix. No widget code here.

#include "reporting/Report.h"
#include "reporting/ReportingError.h"

#include <QString>
#include <QStringList>

namespace yunyue {

class DraftStore {
 public:
  // directory is created on the first save if it does not exist.
  explicit DraftStore(const QString& directory);

  QString directory() const { return m_directory; }

  // Where the draft of a study lives: the SHA-256 of its Study Instance UID,
  // never the UID itself (a UID from a foreign archive is untrusted input).
  QString filePath(const QString& studyUid) const;
  bool contains(const QString& studyUid) const;

  // Returns false with error->code None when the study has no draft, and
  // false with an error when a draft exists but cannot be read.
  bool load(const QString& studyUid, Report* out, ReportingError* error) const;
  // Keyed by report.study.studyUid. On failure (disk full, no permission)
  // returns DraftUnwritable and leaves the previous draft as it was.
  bool save(const Report& report, ReportingError* error);
  // Moves a draft that load() could not read out of the way (beside it, as
  // <hash>.damaged-<time>), so the next save does not overwrite what may
  // still be recovered by hand. Returns the new path, empty on failure.
  QString setAsideDamaged(const QString& studyUid);
  // Removing a draft that does not exist succeeds.
  bool remove(const QString& studyUid, ReportingError* error);
  // The Study Instance UIDs that have a readable draft.
  QStringList list() const;

 private:
  QString m_directory;
};

}  // namespace yunyue
