#include "app/WorklistModel.h"

#include "app/WorkstationSettings.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSettings>
#include <QTextDocument>
#include <limits>

namespace yunyue {
namespace {

// Text from the archive in one table cell. A control character (a NUL, a
// newline) would break the row, a 10 000-character value the layout; an LO
// or PN component group is at most 64 characters anyway (PS3.5 6.2).
QString cellText(const QString& value) {
  constexpr int kMaxChars = 128;
  QString text = value.size() > kMaxChars ? value.left(kMaxChars - 1) + QChar(0x2026) : value;
  for (QChar& c : text)
    if (c.category() == QChar::Other_Control) c = QLatin1Char(' ');
  return text;
}

}  // namespace

WorklistModel::WorklistModel(QObject* parent)
    : QAbstractTableModel(parent), m_now([] { return QDateTime::currentDateTimeUtc(); }) {}

void WorklistModel::setStudies(QList<StudyRecord> studies) {
  beginResetModel();
  m_studies = std::move(studies);
  rememberFirstSightings();
  endResetModel();
}

void WorklistModel::rememberFirstSightings() {
  // Kept across restarts, and only for the studies on the list now (the
  // setting stays as small as the worklist).
  static const QString key = QStringLiteral("worklist/firstSeen");
  QSettings settings;
  const QVariantMap stored = settings.value(key).toMap();
  const QDateTime now = m_now();
  QVariantMap kept;
  for (const StudyRecord& s : m_studies) {
    QDateTime& seen = m_firstSeen[s.studyInstanceUid];
    if (!seen.isValid()) seen = stored.value(s.studyInstanceUid).toDateTime();
    if (!seen.isValid()) seen = now;
    kept.insert(s.studyInstanceUid, seen);
  }
  settings.setValue(key, kept);
}

std::optional<ReportState> WorklistModel::reportState(const QString& studyUid) const {
  const auto it = m_reportState.constFind(studyUid);
  if (it == m_reportState.constEnd()) return std::nullopt;
  return *it;
}

bool WorklistModel::isLocalCopyComplete(const QString& studyUid) const {
  const auto it = m_local.constFind(studyUid);
  return it != m_local.constEnd() && !it->pulling && it->complete;
}

bool WorklistModel::isPulling(const QString& studyUid) const {
  const auto it = m_local.constFind(studyUid);
  return it != m_local.constEnd() && it->pulling;
}

bool WorklistModel::isReported(const QString& studyUid) const {
  const std::optional<ReportState> state = reportState(studyUid);
  return state && *state != ReportState::Unread && *state != ReportState::Draft;
}

void WorklistModel::setTurnaroundPolicy(const TurnaroundPolicy& policy) {
  m_policy = policy;
  if (!m_studies.isEmpty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void WorklistModel::setClock(std::function<QDateTime()> now) {
  m_now = std::move(now);
  refreshTimeLeft();
}

void WorklistModel::refreshTimeLeft() {
  if (!m_studies.isEmpty()) emit dataChanged(index(0, TimeLeftColumn), index(rowCount() - 1, TimeLeftColumn));
}

int WorklistModel::findStudy(const QString& key) const {
  for (int row = 0; row < m_studies.size(); ++row)
    if (m_studies[row].studyInstanceUid == key || m_studies[row].accessionNumber == key) return row;
  return -1;
}

void WorklistModel::setPullProgress(const QString& studyUid, const PullProgress& progress) {
  LocalCopy& c = m_local[studyUid];
  c.progress = progress;
  c.pulling = true;
  localCopyChanged(studyUid);
}

void WorklistModel::setPullFinished(const QString& studyUid, const PullResult& result) {
  LocalCopy& c = m_local[studyUid];
  c.pulling = false;
  c.complete = result.complete();
  c.problems.clear();
  if (result.error.isError()) c.problems << result.error.message;
  for (const SeriesPullResult& s : result.series)
    for (const SeriesWarning& w : s.warnings)
      c.problems << tr("Series %1: %2").arg(s.series.seriesNumber).arg(w.message);
  localCopyChanged(studyUid);
}

void WorklistModel::setReportState(const QString& studyUid, const StudyReportState& state) {
  m_reportState.insert(studyUid, state.state);
  const int row = findStudy(studyUid);
  // The time-left column too: a signed report stops the countdown.
  if (row >= 0) emit dataChanged(index(row, TimeLeftColumn), index(row, ReportColumn));
}

void WorklistModel::localCopyChanged(const QString& studyUid) {
  const int row = findStudy(studyUid);
  if (row >= 0) emit dataChanged(index(row, LocalCopyColumn), index(row, LocalCopyColumn));
}

QVariant WorklistModel::localCopyData(const StudyRecord& study, int role) const {
  const auto it = m_local.constFind(study.studyInstanceUid);
  if (it == m_local.constEnd()) return role == ProgressRole ? QVariant(-1) : QVariant();
  const LocalCopy& c = *it;
  const PullProgress& p = c.progress;
  switch (role) {
    case ProgressRole:
      return c.pulling && p.instancesTotal > 0 ? QVariant(p.instancesDone * 100 / p.instancesTotal) : QVariant(-1);
    case Qt::DisplayRole:
      if (c.pulling) return tr("%1/%2").arg(p.instancesDone).arg(p.instancesTotal);
      if (c.complete) return c.problems.isEmpty() ? tr("Complete") : tr("Complete, %n warning(s)", nullptr, int(c.problems.size()));
      return tr("Incomplete %1/%2").arg(p.instancesDone).arg(p.instancesTotal);
    case Qt::ToolTipRole:
      // A tooltip that looks like HTML is rendered as HTML: say it is plain text.
      if (c.problems.isEmpty()) return {};
      return Qt::convertFromPlainText(c.problems.join(QLatin1Char('\n')));
    case Qt::ForegroundRole:
      if (!c.pulling && (!c.complete || !c.problems.isEmpty())) return QColor(0xc0, 0x30, 0x30);
      return {};
    case SortRole:
      return c.complete ? 101 : (p.instancesTotal > 0 ? p.instancesDone * 100 / p.instancesTotal : 0);
    default:
      return {};
  }
}

QVariant WorklistModel::timeLeftData(const StudyRecord& study, int role) const {
  if (isReported(study.studyInstanceUid)) {
    // Reported studies sort after every waiting one and show no countdown.
    if (role == SortRole) return std::numeric_limits<qint64>::max();
    if (role == Qt::DisplayRole) return QStringLiteral("\u2014");
    return {};
  }
  const qint64 left = m_policy.secondsLeft(study, m_firstSeen.value(study.studyInstanceUid), m_now());
  switch (role) {
    case Qt::DisplayRole: return formatTimeLeft(left, QLocale());
    case SortRole: return left;
    case Qt::ForegroundRole: return left < 0 ? QVariant(QColor(0xc0, 0x30, 0x30)) : QVariant();
    case Qt::FontRole: {
      if (left >= 0) return {};
      QFont bold;
      bold.setBold(true);
      return bold;
    }
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
  }
}

int WorklistModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_studies.size()); }
int WorklistModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant WorklistModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= m_studies.size()) return {};
  const StudyRecord& s = m_studies.at(index.row());
  const QDateTime when(s.studyDate, s.studyTime.isValid() ? s.studyTime : QTime(0, 0));
  const QDateTime firstSeen = m_firstSeen.value(s.studyInstanceUid);
  if (role == UrgencyRole) return int(m_policy.urgency(s));
  if (role == SecondsLeftRole) return m_policy.secondsLeft(s, firstSeen, m_now());
  if (role == WaitingSecondsRole) return m_policy.secondsWaiting(s, firstSeen, m_now());
  if (index.column() == LocalCopyColumn) return localCopyData(s, role);
  if (index.column() == TimeLeftColumn) return timeLeftData(s, role);
  if (index.column() == UrgencyColumn) {
    const Urgency urgency = m_policy.urgency(s);
    if (role == Qt::DisplayRole) return urgency == Urgency::Routine ? QString() : urgencyName(urgency);
    // Most urgent first, then least time left.
    if (role == SortRole) return worklistOrderKey(urgency, m_policy.secondsLeft(s, firstSeen, m_now()));
    if (role == Qt::ForegroundRole && urgency <= Urgency::Urgent) return QColor(0xc0, 0x30, 0x30);
    return {};
  }
  if (index.column() == ReportColumn) {
    const auto state = m_reportState.constFind(s.studyInstanceUid);
    if (state == m_reportState.constEnd()) return {};
    if (role == Qt::DisplayRole) return reportStateName(*state);
    if (role == ReportStateRole || role == SortRole) return int(*state);
    return {};
  }
  if (role == Qt::DisplayRole) {
    switch (index.column()) {
      case PatientNameColumn: return cellText(s.patientName.display());
      case PatientIdColumn: return cellText(s.patientId);
      case ModalityColumn: return cellText(s.modalitiesInStudy.join(QLatin1Char('/')));
      case InstitutionColumn: return cellText(s.institutionName);
      case StudyDateTimeColumn: return s.studyDate.isValid() ? mediumDateTime(when, QLocale()) : QString();
      case DescriptionColumn: return cellText(s.studyDescription);
      case ImagesColumn: return s.numberOfInstances;
      case AccessionColumn: return cellText(s.accessionNumber);
      default: return {};
    }
  }
  if (role == SortRole) {
    if (index.column() == StudyDateTimeColumn) return when;
    if (index.column() == ImagesColumn) return s.numberOfInstances;
    return data(index, Qt::DisplayRole);
  }
  if (role == Qt::TextAlignmentRole && index.column() == ImagesColumn)
    return QVariant(Qt::AlignRight | Qt::AlignVCenter);
  return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const {
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
  switch (section) {
    case PatientNameColumn: return tr("Patient");
    case PatientIdColumn: return tr("Patient ID");
    case ModalityColumn: return tr("Modality");
    case UrgencyColumn: return tr("Urgency");
    case TimeLeftColumn: return tr("Time left");
    case InstitutionColumn: return tr("Institution");
    case StudyDateTimeColumn: return tr("Study date");
    case LocalCopyColumn: return tr("Local copy");
    case ReportColumn: return tr("Report");
    case DescriptionColumn: return tr("Description");
    case ImagesColumn: return tr("Images");
    case AccessionColumn: return tr("Accession");
    default: return {};
  }
}

}  // namespace yunyue
