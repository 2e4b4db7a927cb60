#pragma once
// The report side of the study view: the editor with its autosaved draft,
// the study's reports as the archive holds them (state, signers), and the
// two signatures — the reader's "Sign" and the reviewer's "Countersign" —
// which send the signed SR through the persistent outbox.

#include "app/ArchivedReports.h"
#include "cloudclient/Records.h"
#include "reporting/ReportSignature.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;

namespace yunyue {

class DicomWebClient;
class DraftStore;
class Outbox;
class ReportEditor;
class StudyCache;

// Who signs at this workstation, from the settings (group "signing").
struct SignerSettings {
  QString keyFile;
  QString certificateFile;
  QString trustFile;  // the center's trust settings (CenterTrust::load)
  Observer observer;  // name (DICOM PN), staff ID, organisation

  static SignerSettings load();
  void save() const;
  bool isComplete() const;
};

class ReportPanel : public QWidget {
  Q_OBJECT
 public:
  // drafts must outlive the panel.
  explicit ReportPanel(DraftStore* drafts, QWidget* parent = nullptr);

  // The archive and the outbox of the current connection (either may be null).
  void setConnection(DicomWebClient* client, Outbox* outbox, StudyCache* cache);
  // A study was opened and its first image is in the cache: its draft (or a
  // new report from the template that fits the image's modality and body
  // part), and the state of its reports in the archive.
  void openStudy(const StudyRecord& study, const QString& firstImageSopUid, double sliceThickness);
  QString studyUid() const { return m_study.studyInstanceUid; }
  // Looks at the archive again (after a delivery, or on request).
  void refreshArchive();

  ReportEditor* editor() const { return m_editor; }
  // The passphrase of the signer's key; by default a password dialog.
  // Returns false when the user cancels. Tests answer it themselves.
  using PassphraseProvider = std::function<bool(const QString& certificateFile, QByteArray* passphrase)>;
  void setPassphraseProvider(PassphraseProvider provider) { m_passphrase = std::move(provider); }
  // Asked when the archive holds a report the outgoing one does not build on;
  // true sends anyway. By default a message box. Tests answer it themselves.
  using ConflictResolver = std::function<bool(const ArchivedReportFile& current)>;
  void setConflictResolver(ConflictResolver resolver) { m_conflict = std::move(resolver); }

  // The reader's signature: the editor's report, completed with the study's
  // evidence from the cache, encoded as SR, signed, queued for the archive.
  bool signAsAuthor();
  // The reviewer's signature on the archive's current preliminary report.
  bool countersignCurrent();
  // Starts an amendment of the archive's current final report: a draft with
  // its text that names it as predecessor. The final stays as it is.
  bool amendCurrent();
  // The image on screen becomes a key image of the report (its references
  // come from the cached file). False when it is not in the cache.
  bool markKeyImage(const QString& sopInstanceUid, const QString& label);
  // Edits the signing identity (key, certificate, trust file, name).
  void editSigner();

 signals:
  void reportStateChanged(const QString& studyUid, const yunyue::StudyReportState& state);
  // A signed report is safely in the outbox.
  void reportQueued(const QString& studyUid, const QString& sopInstanceUid);
  void message(const QString& text, bool isError);

 private:
  bool prepareSigning(SigningIdentity* identity, CenterTrust* trust);
  bool queue(const QByteArray& part10, const Report& report);
  bool confirmNoConflict(const Report& outgoing);
  void showArchive(const QList<ArchivedReportFile>& reports);
  void updateButtons();

  DraftStore* m_drafts;
  DicomWebClient* m_client = nullptr;
  Outbox* m_outbox = nullptr;
  StudyCache* m_cache = nullptr;
  StudyRecord m_study;
  QList<ArchivedReportFile> m_archived;
  StudyReportState m_state;
  quint64 m_generation = 0;  // a newer study or refresh makes older answers stale
  PassphraseProvider m_passphrase;
  ConflictResolver m_conflict;

  ReportEditor* m_editor;
  QLabel* m_archiveState;
  QPushButton* m_sign;
  QPushButton* m_countersign;
  QPushButton* m_amend;
};

}  // namespace yunyue
