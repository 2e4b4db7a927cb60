#include "viewer/widgets/ComparisonLayout.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

#include <cmath>

namespace yunyue {
namespace {

Eigen::Vector3d applyTo(const Eigen::Matrix4d& m, const Eigen::Vector3d& p) {
  return m.topLeftCorner<3, 3>() * p + m.topRightCorner<3, 1>();
}

QLabel* makeHeader() {
  auto* label = new QLabel;
  label->setTextFormat(Qt::PlainText);  // study text from DICOM files is never markup
  label->setStyleSheet(QStringLiteral("QLabel { background: #202020; color: #e0e0e0; padding: 2px 6px; }"));
  label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
  return label;
}

QString studyLine(const MprSeriesInfo& info) {
  QStringList parts;
  for (const QString& s : {info.studyDate, info.studyDescription, info.seriesDescription})
    if (!s.isEmpty()) parts << s.left(64);
  return parts.join(QStringLiteral(" · "));
}

}  // namespace

ComparisonLayout::ComparisonLayout(QWidget* parent)
    : QWidget(parent),
      m_current(new MprView),
      m_prior(new MprView),
      m_currentHeader(makeHeader()),
      m_priorHeader(makeHeader()),
      m_alignmentLabel(new QLabel),
      m_planes(new QButtonGroup(this)) {
  m_current->setObjectName(QStringLiteral("comparisonCurrent"));
  m_prior->setObjectName(QStringLiteral("comparisonPrior"));
  auto* bar = new QHBoxLayout;
  bar->setContentsMargins(4, 2, 4, 2);
  const std::pair<View, QString> planes[] = {{View::Axial, tr("Axial")},
                                             {View::Coronal, tr("Coronal")},
                                             {View::Sagittal, tr("Sagittal")}};
  for (const auto& [plane, name] : planes) {
    auto* button = new QToolButton;
    button->setText(name);
    button->setCheckable(true);
    button->setChecked(plane == m_view);
    m_planes->addButton(button, int(plane));
    bar->addWidget(button);
  }
  connect(m_planes, &QButtonGroup::idClicked, this, [this](int id) { setView(View(id)); });
  auto* link = new QCheckBox(tr("Linked"));
  link->setToolTip(tr("Scrolling, zoom, pan and window follow in both views"));
  link->setChecked(m_linked);
  connect(link, &QCheckBox::toggled, this, &ComparisonLayout::setLinked);
  connect(this, &ComparisonLayout::linkChanged, link, &QCheckBox::setChecked);
  bar->addWidget(link);
  m_alignmentLabel->setObjectName(QStringLiteral("alignment"));
  m_alignmentLabel->setTextFormat(Qt::PlainText);
  bar->addWidget(m_alignmentLabel, 1);

  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setSpacing(2);
  grid->addLayout(bar, 0, 0, 1, 2);
  grid->addWidget(m_currentHeader, 1, 0);
  grid->addWidget(m_priorHeader, 1, 1);
  grid->addWidget(m_current, 2, 0);
  grid->addWidget(m_prior, 2, 1);
  grid->setColumnStretch(0, 1);
  grid->setColumnStretch(1, 1);
  grid->setRowStretch(2, 1);

  connect(m_current, &MprView::crosshairChanged, this, &ComparisonLayout::followCurrent);
  connect(m_prior, &MprView::crosshairChanged, this, &ComparisonLayout::followPrior);
  connect(m_current, &MprView::displayChanged, this, &ComparisonLayout::followCurrent);
  connect(m_prior, &MprView::displayChanged, this, &ComparisonLayout::followPrior);
  connect(m_current, &MprView::windowChanged, this,
          [this](double c, double w) { linkWindow(m_current, c, w); });
  connect(m_prior, &MprView::windowChanged, this, [this](double c, double w) { linkWindow(m_prior, c, w); });
  updateHeaders();
}

ComparisonLayout::~ComparisonLayout() = default;

void ComparisonLayout::setCurrent(std::shared_ptr<const Volume> volume, const MprSeriesInfo& info) {
  clearPrior();
  m_current->setVolume(std::move(volume), info);
  m_current->setView(m_view);
  updateHeaders();
}

void ComparisonLayout::setPrior(std::shared_ptr<const Volume> volume, const MprSeriesInfo& info,
                                const Eigen::Matrix4d& currentToPrior, const QString& alignment) {
  // The prior's own default window must not overwrite the reader's.
  m_following = true;
  m_prior->setVolume(std::move(volume), info);
  m_following = false;
  m_prior->setView(m_view);
  if (m_current->hasVolume() && info.modality == m_current->seriesInfo().modality)
    m_prior->setWindow(m_current->windowCenter(), m_current->windowWidth());
  setAlignment(currentToPrior, alignment);
}

void ComparisonLayout::clearPrior() {
  m_prior->setVolume(nullptr, {});
  m_currentToPrior.setIdentity();
  m_alignment.clear();
  updateHeaders();
}

bool ComparisonLayout::hasPrior() const { return m_prior->hasVolume(); }

void ComparisonLayout::setAlignment(const Eigen::Matrix4d& currentToPrior, const QString& alignment) {
  m_currentToPrior = currentToPrior;
  m_alignment = alignment;
  updateHeaders();
  if (m_current->hasVolume() && m_prior->hasVolume()) follow(m_current, m_prior, m_currentToPrior);
}

void ComparisonLayout::setView(View view) {
  m_view = view;
  if (QAbstractButton* b = m_planes->button(int(view))) b->setChecked(true);
  m_current->setView(view);
  m_prior->setView(view);
  if (m_current->hasVolume() && m_prior->hasVolume()) follow(m_current, m_prior, m_currentToPrior);
}

void ComparisonLayout::setLinked(bool linked) {
  if (linked == m_linked) return;
  m_linked = linked;
  if (linked && m_current->hasVolume() && m_prior->hasVolume()) follow(m_current, m_prior, m_currentToPrior);
  emit linkChanged(linked);
}

void ComparisonLayout::resizeEvent(QResizeEvent* e) {
  QWidget::resizeEvent(e);
  // Each side fits its own volume to its new size: match the scale again once laid out.
  QTimer::singleShot(0, this, [this] {
    if (m_linked && m_current->hasVolume() && m_prior->hasVolume()) follow(m_current, m_prior, m_currentToPrior);
  });
}

void ComparisonLayout::followCurrent() {
  if (m_linked && !m_following && m_prior->hasVolume()) follow(m_current, m_prior, m_currentToPrior);
}

void ComparisonLayout::followPrior() {
  if (m_linked && !m_following && m_current->hasVolume()) follow(m_prior, m_current, m_currentToPrior.inverse());
}

void ComparisonLayout::follow(MprView* leader, MprView* follower, const Eigen::Matrix4d& leaderToFollower) {
  if (!leader->crosshair() || !follower->crosshair()) return;
  m_following = true;
  // The same anatomy, on the image of the leader's plane.
  CrosshairModel& cross = *follower->crosshair();
  cross.setCentre(applyTo(leaderToFollower, leader->crosshair()->centre()));
  cross.followOrientation(*leader->crosshair(), leaderToFollower.topLeftCorner<3, 3>());
  // The same scale and the same anatomy at the screen centre.
  follower->setFlipped(leader->isFlippedHorizontally(), leader->isFlippedVertically());
  follower->rotateQuarterTurns(leader->quarterTurns() - follower->quarterTurns());
  follower->setZoom(follower->zoom() * follower->mmPerScreenPixel() / leader->mmPerScreenPixel());
  const ReslicePlane mine = follower->screenPlane();
  const Eigen::Vector3d shift = applyTo(leaderToFollower, leader->screenPlane().centre()) - mine.centre();
  follower->setPan(follower->pan() + Eigen::Vector2d(shift.dot(mine.rowDirection), shift.dot(mine.columnDirection)));
  follower->refresh();
  m_following = false;
}

void ComparisonLayout::linkWindow(MprView* leader, double center, double width) {
  MprView* follower = leader == m_current ? m_prior : m_current;
  // A CT window means nothing on an MR: only the same modality follows.
  if (!m_linked || m_following || !follower->hasVolume() ||
      leader->seriesInfo().modality != follower->seriesInfo().modality)
    return;
  m_following = true;
  follower->setWindow(center, width);
  m_following = false;
}

void ComparisonLayout::updateHeaders() {
  m_currentHeader->setText(tr("Current: %1").arg(studyLine(m_current->seriesInfo())));
  if (!m_prior->hasVolume()) {
    m_priorHeader->setText(tr("Prior: none opened"));
    m_alignmentLabel->clear();
    return;
  }
  m_priorHeader->setText(tr("Prior: %1").arg(studyLine(m_prior->seriesInfo())));
  m_alignmentLabel->setText(tr("Alignment: %1").arg(m_alignment));
}

}  // namespace yunyue
