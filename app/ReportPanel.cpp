#include "app/ReportPanel.h"

#include "app/FinalReport.h"
#include "cloudclient/DicomWebClient.h"
#include "cloudclient/InstanceFacts.h"
#include "cloudclient/Outbox.h"
#include "cloudclient/StudyCache.h"
#include "reporting/DraftStore.h"
#include "reporting/ReportSr.h"
#include "reporting/StudyEvidence.h"
#include "reporting/widgets/ReportEditor.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcReportPanel, "yunyue.app.report")

namespace yunyue {
namespace {

QString defaultTrustFile() {
  const QString fromEnv = qEnvironmentVariable("YUNYUE_TRUST");
  if (!fromEnv.isEmpty()) return fromEnv;
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/yunyue/center/center.ini");
}

// The DICOM PN of a worklist name: the alphabetic and ideographic groups.
QString dicomName(const PersonName& name) {
  if (name.ideographic.isEmpty()) return name.alphabetic;
  return name.alphabetic + QLatin1Char('=') + name.ideographic;
}

ReportedStudy studyOf(const StudyRecord& r) {
  ReportedStudy s;
  s.studyUid = r.studyInstanceUid;
  s.patientName = dicomName(r.patientName);
  s.patientId = r.patientId;
  s.issuerOfPatientId = r.issuerOfPatientId;
  s.patientBirthDate = r.patientBirthDate.toString(QStringLiteral("yyyyMMdd"));
  s.patientSex = r.patientSex;
  s.accessionNumber = r.accessionNumber;
  s.studyDate = r.studyDate.toString(QStringLiteral("yyyyMMdd"));
  s.studyTime = r.studyTime.toString(QStringLiteral("HHmmss"));
  s.studyDescription = r.studyDescription;
  s.modality = r.modalitiesInStudy.value(0);
  return s;
}

// A person's name for the user: "王医生" from "王^医生", in the interface's language.
QString readableName(const QString& pn) {
  return readablePersonName(pn, QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
}

}  // namespace

SignerSettings SignerSettings::load() {
  QSettings s;
  SignerSettings r;
  r.keyFile = s.value(QStringLiteral("signing/key")).toString();
  r.certificateFile = s.value(QStringLiteral("signing/certificate")).toString();
  r.trustFile = s.value(QStringLiteral("signing/trust"), defaultTrustFile()).toString();
  r.observer.name = s.value(QStringLiteral("signing/name")).toString();
  r.observer.id = s.value(QStringLiteral("signing/id")).toString();
  r.observer.organisation = s.value(QStringLiteral("signing/organisation")).toString();
  return r;
}

void SignerSettings::save() const {
  QSettings s;
  s.setValue(QStringLiteral("signing/key"), keyFile);
  s.setValue(QStringLiteral("signing/certificate"), certificateFile);
  s.setValue(QStringLiteral("signing/trust"), trustFile);
  s.setValue(QStringLiteral("signing/name"), observer.name);
  s.setValue(QStringLiteral("signing/id"), observer.id);
  s.setValue(QStringLiteral("signing/organisation"), observer.organisation);
}

bool SignerSettings::isComplete() const {
  return !keyFile.isEmpty() && !certificateFile.isEmpty() && !trustFile.isEmpty() && !observer.name.isEmpty();
}

ReportPanel::ReportPanel(DraftStore* drafts, QWidget* parent)
    : QWidget(parent),
      m_drafts(drafts),
      m_editor(new ReportEditor(drafts)),
      m_archiveState(new QLabel),
      m_sign(new QPushButton(tr("Sign as reader"))),
      m_countersign(new QPushButton(tr("Verify and countersign"))),
      m_amend(new QPushButton(tr("Amend"))) {
  m_archiveState->setTextFormat(Qt::PlainText);  // names come from outside
  m_archiveState->setWordWrap(true);
  auto* identity = new QPushButton(tr("Signing identity…"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_sign);
  buttons->addWidget(m_countersign);
  buttons->addWidget(m_amend);
  buttons->addStretch();
  buttons->addWidget(identity);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_archiveState);
  layout->addWidget(m_editor, 1);
  layout->addLayout(buttons);
  connect(m_sign, &QPushButton::clicked, this, [this] { signAsAuthor(); });
  connect(m_countersign, &QPushButton::clicked, this, [this] { countersignCurrent(); });
  connect(m_amend, &QPushButton::clicked, this, [this] { amendCurrent(); });
  connect(identity, &QPushButton::clicked, this, &ReportPanel::editSigner);
  m_passphrase = [this](const QString& certificateFile, QByteArray* passphrase) {
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Sign the report"),
                                               tr("Passphrase of the private key for %1:").arg(certificateFile),
                                               QLineEdit::Password, QString(), &ok);
    *passphrase = text.toUtf8();
    return ok;
  };
  m_conflict = [this](const ArchivedReportFile& current) {
    const QString text =
        tr("The archive already holds a newer report for this study: %1, by %2, %3. "
           "Send yours as well? Both stay in the archive; nothing is overwritten.")
            .arg(reportStateName(current.summary.verified ? ReportState::Final : ReportState::Preliminary),
                 readableName(current.report.author.name),
                 QLocale().toString(current.report.contentDateTime, QLocale::ShortFormat));
    // The author's name comes from the archive: shown as text, never as HTML.
    QMessageBox box(QMessageBox::Question, tr("A newer report exists"), text, QMessageBox::Yes | QMessageBox::No, this);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
  };
  setEnabled(false);
  updateButtons();
}

void ReportPanel::setConnection(DicomWebClient* client, Outbox* outbox, StudyCache* cache) {
  m_client = client;
  m_outbox = outbox;
  m_cache = cache;
  if (m_outbox) {
    connect(m_outbox, &Outbox::delivered, this, [this](const QString& sopInstanceUid) {
      if (m_outbox->item(sopInstanceUid).studyUid == m_study.studyInstanceUid) refreshArchive();
    });
  }
}

void ReportPanel::openStudy(const StudyRecord& study, const QString& firstImageSopUid, double sliceThickness) {
  m_study = study;
  m_archived.clear();
  m_state = {};
  setEnabled(true);
  // The image file knows what the search does not (body part) and spells
  // the names as the hospital wrote them.
  ReportedStudy reported = studyOf(study);
  const QString firstImage = m_cache ? m_cache->instancePath(firstImageSopUid) : QString();
  ReportingError error;
  if (!firstImage.isEmpty() && readReportedStudy({firstImage}, &reported, &error)) reported.evidence.clear();
  m_editor->setTemplateValues({{QStringLiteral("thickness"), QLocale().toString(sliceThickness, 'g', 3)}});
  const SignerSettings signer = SignerSettings::load();
  const QString language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
  m_editor->openStudy(reported, signer.observer, language);
  refreshArchive();
}

void ReportPanel::refreshArchive() {
  if (!m_client || m_study.studyInstanceUid.isEmpty()) return updateButtons();
  CenterTrust trust;
  ReportingError trustError;
  if (!CenterTrust::load(SignerSettings::load().trustFile, &trust, &trustError)) {
    m_archiveState->setText(tr("Reports cannot be checked: %1").arg(trustError.message));
    return updateButtons();
  }
  const quint64 generation = ++m_generation;
  const QString studyUid = m_study.studyInstanceUid;
  fetchArchivedReports(m_client, studyUid, trust, [this, generation, studyUid](QList<ArchivedReportFile> found, CloudError error) {
    if (generation != m_generation) return;
    if (error.isError()) {
      m_archiveState->setText(tr("Reports in the archive: %1").arg(error.message));
      return updateButtons();
    }
    showArchive(found);
  });
}

void ReportPanel::showArchive(const QList<ArchivedReportFile>& reports) {
  m_archived = reports;
  QList<ArchivedReport> summaries;
  for (const ArchivedReportFile& f : reports) summaries.append(f.summary);
  m_state = deriveReportState(summaries, m_drafts->contains(m_study.studyInstanceUid));
  QString text = reportStateName(m_state.state);
  for (const ArchivedReportFile& f : reports) {
    if (f.summary.sopInstanceUid != m_state.currentReportUid) continue;
    text += QStringLiteral(" — ") + tr("by %1, %2").arg(readableName(f.report.author.name),
                                                        QLocale().toString(f.report.contentDateTime, QLocale::ShortFormat));
    if (f.report.verified) text += QStringLiteral("; ") + tr("verified by %1").arg(readableName(f.report.verifier.name));
    if (!f.report.impression.isEmpty()) text += QStringLiteral("\n") + f.report.impression;
  }
  if (!m_state.invalidReportUids.isEmpty())
    text += QStringLiteral("\n") + tr("%n report(s) in the archive fail signature verification and are ignored.", nullptr,
                                      int(m_state.invalidReportUids.size()));
  m_archiveState->setText(text);
  updateButtons();
  emit reportStateChanged(m_study.studyInstanceUid, m_state);
}

void ReportPanel::updateButtons() {
  const bool open = !m_study.studyInstanceUid.isEmpty();
  m_sign->setEnabled(open && m_outbox);
  m_countersign->setEnabled(open && m_outbox && m_state.state == ReportState::Preliminary);
  m_amend->setEnabled(open && (m_state.state == ReportState::Final || m_state.state == ReportState::Amended));
}

bool ReportPanel::prepareSigning(SigningIdentity* identity, CenterTrust* trust) {
  SignerSettings signer = SignerSettings::load();
  if (!signer.isComplete()) {
    editSigner();
    signer = SignerSettings::load();
    if (!signer.isComplete()) return false;
  }
  ReportingError error;
  if (!CenterTrust::load(signer.trustFile, trust, &error)) {
    emit message(error.message, true);
    return false;
  }
  identity->privateKeyFile = signer.keyFile;
  identity->certificateFile = signer.certificateFile;
  return m_passphrase(signer.certificateFile, &identity->passphrase);
}

bool ReportPanel::confirmNoConflict(const Report& outgoing) {
  CenterTrust trust;
  ReportingError trustError;
  CenterTrust::load(SignerSettings::load().trustFile, &trust, &trustError);
  // The archive as it is now, not as it was when the study was opened.
  bool done = false;
  QList<ArchivedReportFile> found;
  CloudError error;
  fetchArchivedReports(m_client, outgoing.study.studyUid, trust, [&](QList<ArchivedReportFile> f, CloudError e) {
    found = f;
    error = e;
    done = true;
  });
  QEventLoop wait;
  QTimer timeout;
  timeout.setSingleShot(true);
  connect(&timeout, &QTimer::timeout, &wait, &QEventLoop::quit);
  timeout.start(30000);
  while (!done && timeout.isActive()) wait.processEvents(QEventLoop::WaitForMoreEvents);
  // Unreachable archive: the outbox sends later; the check runs again
  // on every workstation that opens the study.
  if (!done || error.isError()) return true;
  showArchive(found);
  ArchivedReport summary;
  summary.sopInstanceUid = outgoing.srInstanceUid;
  summary.seriesUid = outgoing.srSeriesUid;
  summary.verified = outgoing.verified;
  for (const ImageReference& p : outgoing.predecessors) summary.predecessorUids.append(p.sopInstanceUid);
  QList<ArchivedReport> summaries;
  for (const ArchivedReportFile& f : found) summaries.append(f.summary);
  QString currentUid;
  if (!reportConflictsWithArchive(summaries, summary, &currentUid)) return true;
  for (const ArchivedReportFile& f : found)
    if (f.summary.sopInstanceUid == currentUid) return m_conflict(f);
  return true;
}

bool ReportPanel::queue(const QByteArray& part10, const Report& report) {
  CloudError error;
  const QString description = report.verified ? tr("%1 report, final").arg(report.study.modality)
                                              : tr("%1 report, preliminary").arg(report.study.modality);
  if (!m_outbox->enqueue(part10, report.study.studyUid, report.srInstanceUid, description, &error)) {
    emit message(error.message, true);
    return false;
  }
  if (m_cache) m_cache->markUnsentReport(report.study.studyUid, true);
  emit reportQueued(report.study.studyUid, report.srInstanceUid);
  return true;
}

bool ReportPanel::signAsAuthor() {
  if (!m_outbox || !m_cache || m_study.studyInstanceUid.isEmpty()) return false;
  Report report = m_editor->report();
  // The evidence is what this workstation holds of the study: all of it.
  QStringList files;
  for (const QString& series : m_cache->studySeries(m_study.studyInstanceUid)) files += m_cache->seriesFiles(series);
  ReportingError error;
  if (!readReportedStudy(files, &report.study, &error)) {
    emit message(tr("The report cannot be signed before the study is in the local cache: %1").arg(error.message), true);
    return false;
  }
  SigningIdentity identity;
  CenterTrust trust;
  if (!prepareSigning(&identity, &trust)) return false;
  report.author = SignerSettings::load().observer;
  report.complete = true;
  report.verified = false;
  report.contentDateTime = QDateTime::currentDateTime();
  if (!report.observationDateTime.isValid()) report.observationDateTime = report.contentDateTime;
  QByteArray part10;
  if (!encodeReportSr(&report, &part10, &error) || !yunyue::signAsAuthor(&part10, identity, trust, &error)) {
    emit message(error.message, true);
    return false;
  }
  if (!confirmNoConflict(report)) {
    emit message(tr("Not sent: your report stays as a draft."), false);
    return false;
  }
  if (!queue(part10, report)) return false;
  ReportingError removeError;
  m_drafts->remove(report.study.studyUid, &removeError);
  emit message(tr("Report signed and queued for the archive."), false);
  return true;
}

bool ReportPanel::countersignCurrent() {
  if (!m_outbox || m_state.state != ReportState::Preliminary) return false;
  QByteArray part10;
  for (const ArchivedReportFile& f : m_archived)
    if (f.summary.sopInstanceUid == m_state.currentReportUid) part10 = f.part10;
  if (part10.isEmpty()) return false;
  SigningIdentity identity;
  CenterTrust trust;
  if (!prepareSigning(&identity, &trust)) return false;
  const Observer reviewer = SignerSettings::load().observer;
  ReportingError error;
  Report report;
  if (!countersign(&part10, identity, reviewer.name, reviewer.organisation, trust, &error) ||
      !decodeReportSr(part10, &report, &error)) {
    emit message(error.message, true);
    return false;
  }
  if (!confirmNoConflict(report) || !queue(part10, report)) return false;
  // The final report also goes to the archive as the PDF the hospital prints.
  const QList<SignatureInfo> signatures = verifySignatures(part10, trust, &error);
  QByteArray pdf, encapsulated;
  CloudError queueError;
  if (!renderFinalReport(report, signatures, m_cache, studyLink(m_client->profile().dicomWebRoot, report.study.studyUid),
                         &pdf, &encapsulated, &error) ||
      !m_outbox->enqueue(encapsulated, report.study.studyUid, sopInstanceUidOf(encapsulated),
                         tr("%1 report, final, PDF").arg(report.study.modality), &queueError)) {
    emit message(tr("The report is verified and queued, but its PDF is not: %1")
                     .arg(error.isError() ? error.message : queueError.message), true);
    return true;
  }
  emit message(tr("Report verified, countersigned and queued for the archive."), false);
  return true;
}

bool ReportPanel::markKeyImage(const QString& sopInstanceUid, const QString& label) {
  const QString path = m_cache ? m_cache->instancePath(sopInstanceUid) : QString();
  ReportedStudy image;
  ReportingError error;
  if (!isEnabled() || path.isEmpty() || !readReportedStudy({path}, &image, &error) || image.evidence.isEmpty()) return false;
  m_editor->addKeyImage(image.evidence.first(), label);
  return true;
}

bool ReportPanel::amendCurrent() {
  if (m_state.state != ReportState::Final && m_state.state != ReportState::Amended) return false;
  const ArchivedReportFile* current = nullptr;
  for (const ArchivedReportFile& f : m_archived)
    if (f.summary.sopInstanceUid == m_state.currentReportUid) current = &f;
  if (!current) return false;
  Report amendment = current->report;
  amendment.srSeriesUid.clear();  // a new document in a series of its own
  amendment.srInstanceUid.clear();
  amendment.complete = false;
  amendment.verified = false;
  amendment.verifier = {};
  amendment.verificationDateTime = {};
  amendment.author = SignerSettings::load().observer;
  amendment.observationDateTime = QDateTime::currentDateTime();
  amendment.predecessors = {{current->report.study.studyUid, current->summary.seriesUid,
                             QString::fromLatin1(kReportSopClassUid), current->summary.sopInstanceUid, 0}};
  ReportingError error;
  m_editor->saveDraft();
  if (!m_drafts->save(amendment, &error)) {
    emit message(error.message, true);
    return false;
  }
  m_editor->openStudy(amendment.study, amendment.author, amendment.language);
  emit message(tr("Amending the final report: edit it, then sign; the reviewer countersigns the amendment."), false);
  return true;
}

void ReportPanel::editSigner() {
  SignerSettings signer = SignerSettings::load();
  QDialog dialog(this);
  dialog.setWindowTitle(tr("Signing identity"));
  auto* form = new QFormLayout(&dialog);
  auto fileRow = [&](const QString& label, const QString& value, const QString& filter) {
    auto* edit = new QLineEdit(value);
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, edit, filter] {
      const QString chosen = QFileDialog::getOpenFileName(&dialog, QString(), edit->text(), filter);
      if (!chosen.isEmpty()) edit->setText(chosen);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    return edit;
  };
  QLineEdit* key = fileRow(tr("Private key (PEM)"), signer.keyFile, tr("PEM files (*.pem *.key)"));
  QLineEdit* cert = fileRow(tr("Certificate (PEM)"), signer.certificateFile, tr("PEM files (*.pem *.crt)"));
  QLineEdit* trust = fileRow(tr("Center trust settings"), signer.trustFile, tr("Settings (*.ini)"));
  auto* name = new QLineEdit(signer.observer.name);
  name->setPlaceholderText(QStringLiteral("王^医生"));
  auto* id = new QLineEdit(signer.observer.id);
  auto* organisation = new QLineEdit(signer.observer.organisation);
  form->addRow(tr("Name (family^given)"), name);
  form->addRow(tr("Staff ID"), id);
  form->addRow(tr("Organisation"), organisation);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
  form->addRow(buttons);
  if (dialog.exec() != QDialog::Accepted) return;
  signer.keyFile = key->text();
  signer.certificateFile = cert->text();
  signer.trustFile = trust->text();
  signer.observer = {name->text(), id->text(), organisation->text()};
  signer.save();
}

}  // namespace yunyue
