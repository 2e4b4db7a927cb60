#include "app/PresentationWindow.h"

#include "viewer/DecodedImage.h"
#include "viewer/WindowPresets.h"
#include "viewer/widgets/SliceView.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QSet>
#include <QVBoxLayout>
#include <QWindow>

namespace yunyue {
namespace {

// Text sizes readable from the back of a meeting room.
constexpr int kOverlayPoints = 20;
constexpr int kHeaderPoints = 26;
constexpr int kNotePoints = 22;

// A red dot with a soft rim: the presenter's laser pointer.
QCursor laserPointer() {
  QPixmap dot(40, 40);
  dot.fill(Qt::transparent);
  QPainter p(&dot);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(Qt::NoPen);
  p.setBrush(QColor(255, 40, 40, 90));
  p.drawEllipse(QPointF(20, 20), 18, 18);
  p.setBrush(QColor(255, 30, 30));
  p.drawEllipse(QPointF(20, 20), 8, 8);
  return QCursor(dot, 20, 20);
}

QLabel* textLabel(int points, QWidget* parent) {
  auto* label = new QLabel(parent);
  label->setTextFormat(Qt::PlainText);  // the teacher's text is text
  label->setWordWrap(true);
  QFont font = label->font();
  font.setPointSize(points);
  label->setFont(font);
  label->setStyleSheet(QStringLiteral("color: #f0f0f0; background: #101010; padding: 8px;"));
  return label;
}

}  // namespace

PresentationWindow::PresentationWindow(const TeachingLibrary& library, QList<TeachingCase> cases, QWidget* parent)
    : QWidget(parent),
      m_library(library),
      m_cases(std::move(cases)),
      m_view(new SliceView),
      m_header(textLabel(kHeaderPoints, this)),
      m_note(textLabel(kNotePoints, this)),
      m_help(textLabel(kNotePoints - 4, this)) {
  setWindowTitle(tr("Teaching presentation"));
  setAttribute(Qt::WA_DeleteOnClose, false);
  setStyleSheet(QStringLiteral("background: black;"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(m_header);
  layout->addWidget(m_view, 1);
  layout->addWidget(m_note);
  layout->addWidget(m_help);
  m_view->setPatientDataShown(false);
  m_view->setOverlayPointSize(kOverlayPoints);
  // The window takes the keys; the image view must not swallow them.
  m_view->setFocusPolicy(Qt::NoFocus);
  setFocusPolicy(Qt::StrongFocus);
  m_note->hide();
  m_help->setText(tr("→ / PgDn next case    ← / PgUp previous case    ↓ ↑ wheel images    Space show/hide the answer") +
                  QLatin1Char('\n') + tr("1–6 window presets    P pointer    I patient data    F1 this help    Esc leave"));
  m_help->hide();
  if (!m_cases.isEmpty()) showCase(0);
  else m_header->setText(tr("No teaching cases to show."));
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::showOnScreen(int screenIndex) {
  const QList<QScreen*> screens = QGuiApplication::screens();
  QScreen* screen = screenIndex >= 0 && screenIndex < screens.size() ? screens.at(screenIndex) : QGuiApplication::primaryScreen();
  // The native window must exist before it can be moved to another monitor.
  winId();
  if (QWindow* window = windowHandle(); window && screen) window->setScreen(screen);
  if (screen) setGeometry(screen->geometry());
  showFullScreen();
  activateWindow();
  setFocus();
}

void PresentationWindow::showCase(int index) {
  if (index < 0 || index >= m_cases.size()) return;
  m_case = index;
  m_revealed = false;
  m_images.clear();
  m_image = -1;
  const QString package = m_library.packagePath(m_cases.at(index).caseId);
  TeachingCase verified;
  ReportingError error;
  if (!readTeachingPackage(package, &verified, &error)) {
    m_view->clearImage();
    updateHeader();
    emit caseFailed(error.message);
    m_note->setText(error.message);
    m_note->show();
    return;
  }
  m_cases[index] = verified;
  // Key images first, in the teacher's order, then the rest of the study.
  const QStringList files = teachingPackageFiles(package, verified);
  QSet<QString> keys;
  for (const ImageReference& key : std::as_const(verified.keyImages)) {
    for (int i = 0; i < verified.files.size(); ++i)
      if (verified.files.at(i).sopInstanceUid == key.sopInstanceUid && !keys.contains(key.sopInstanceUid)) {
        m_images << files.at(i);
        keys.insert(key.sopInstanceUid);
      }
  }
  for (int i = 0; i < verified.files.size(); ++i)
    if (!keys.contains(verified.files.at(i).sopInstanceUid)) m_images << files.at(i);
  revealNote(false);
  showImage(0);
}

void PresentationWindow::showImage(int index) {
  if (index < 0 || index >= m_images.size()) return;
  const DecodeOutcome decoded = decodeDicomFile(m_images.at(index));
  if (!decoded.ok()) {
    emit caseFailed(decoded.error.message);
    return;
  }
  const bool keepWindow = m_image >= 0 && m_view->hasImage();
  const double center = m_view->windowCenter(), width = m_view->windowWidth();
  m_image = index;
  m_view->setImage(decoded.image);
  if (keepWindow) m_view->setWindow(center, width);  // the presenter's W/L stays while scrolling
  updateHeader();
}

void PresentationWindow::revealNote(bool revealed) {
  m_revealed = revealed;
  if (m_case < 0) return;
  const TeachingCase& c = m_cases.at(m_case);
  QStringList lines;
  if (!c.history.isEmpty()) lines << tr("History: %1").arg(c.history);
  if (revealed) {
    lines << tr("Diagnosis: %1").arg(c.diagnosis);
    for (int i = 0; i < c.teachingPoints.size(); ++i) lines << QStringLiteral("%1. %2").arg(i + 1).arg(c.teachingPoints.at(i));
  } else if (!c.diagnosis.isEmpty()) {
    lines << tr("Diagnosis: (Space shows the answer)");
  }
  m_note->setText(lines.join(QLatin1Char('\n')));
  m_note->setVisible(!lines.isEmpty());
}

void PresentationWindow::setPointer(bool laser) {
  m_laser = laser;
  if (laser) setCursor(laserPointer());
  else unsetCursor();
}

void PresentationWindow::setPatientDataShown(bool shown) { m_view->setPatientDataShown(shown); }

void PresentationWindow::updateHeader() {
  if (m_case < 0) return;
  const TeachingCase& c = m_cases.at(m_case);
  const bool key = m_image >= 0 && m_image < c.keyImages.size();
  m_header->setText(tr("Case %1 of %2: %3").arg(m_case + 1).arg(m_cases.size()).arg(c.title) + QLatin1Char('\n') +
                    (key ? tr("Key image %1 of %2").arg(m_image + 1).arg(c.keyImages.size())
                         : tr("Image %1 of %2").arg(m_image + 1).arg(m_images.size())) +
                    QStringLiteral("    ") + QStringList{c.modality, c.bodyPart, c.tags.join(QStringLiteral(", "))}.join(QStringLiteral("  ")));
}

void PresentationWindow::applyPreset(int key) {
  if (!m_view->hasImage()) return;
  const QString language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
  const QList<WindowPreset> presets = windowPresets(m_view->image().modality, language);
  if (const WindowPreset* preset = presetForKey(presets, key)) m_view->setWindow(preset->level, preset->width);
}

void PresentationWindow::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
      showCase(m_case + 1);
      break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
      showCase(m_case - 1);
      break;
    case Qt::Key_Down:
      showImage(m_image + 1);
      break;
    case Qt::Key_Up:
      showImage(m_image - 1);
      break;
    case Qt::Key_Space:
      revealNote(!m_revealed);
      break;
    case Qt::Key_P:
      setPointer(!m_laser);
      break;
    case Qt::Key_I:
      setPatientDataShown(!m_view->patientDataShown());
      break;
    case Qt::Key_F1:
      m_help->setVisible(!m_help->isVisible());
      break;
    case Qt::Key_Escape:
      close();
      break;
    default:
      if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9) {
        applyPreset(event->key() - Qt::Key_0);
        break;
      }
      QWidget::keyPressEvent(event);
      return;
  }
  event->accept();
}

void PresentationWindow::wheelEvent(QWheelEvent* event) {
  const int steps = event->angleDelta().y() / 120;
  if (steps != 0) showImage(qBound(0, m_image - steps, int(m_images.size()) - 1));
  event->accept();
}

}  // namespace yunyue
