#include "viewer/widgets/ClippingControls.h"

#include "viewer/widgets/VolumeView.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace yunyue {

ClippingControls::ClippingControls(QWidget* parent)
    : QWidget(parent), m_boxCheck(new QCheckBox(tr("Clip box"))), m_clearPlanes(new QPushButton(tr("Clear planes"))),
      m_planeCount(new QLabel) {
  auto* grid = new QGridLayout;
  // LPS: x grows towards the patient's left, y posterior, z superior.
  const QStringList axes{tr("R–L"), tr("A–P"), tr("I–S")};
  for (int axis = 0; axis < 3; ++axis) {
    grid->addWidget(new QLabel(axes.at(axis)), axis * 2, 0, 2, 1);
    for (int upper = 0; upper < 2; ++upper) {
      auto* s = new QSlider(Qt::Horizontal);
      s->setEnabled(false);
      m_sliders[size_t(axis)][size_t(upper)] = s;
      grid->addWidget(s, axis * 2 + upper, 1);
      connect(s, &QSlider::valueChanged, this, [this, axis, upper] { onSlider(axis, upper != 0); });
    }
    m_rangeLabels[size_t(axis)] = new QLabel;
    grid->addWidget(m_rangeLabels[size_t(axis)], axis * 2, 2, 2, 1);
  }
  grid->setColumnStretch(1, 1);

  const QStringList planeNames{tr("Add axial plane"), tr("Add coronal plane"), tr("Add sagittal plane")};
  auto* planes = new QGridLayout;
  for (int i = 0; i < 3; ++i) {
    m_planeButtons[size_t(i)] = new QPushButton(planeNames.at(i));
    planes->addWidget(m_planeButtons[size_t(i)], i / 2, i % 2);
    connect(m_planeButtons[size_t(i)], &QPushButton::clicked, this, [this, i] { addPlane(StandardPlane(i)); });
  }
  planes->addWidget(m_clearPlanes, 1, 1);
  m_planeButtons[0]->setToolTip(tr("Keeps the superior half"));
  m_planeButtons[1]->setToolTip(tr("Keeps the posterior half"));
  m_planeButtons[2]->setToolTip(tr("Keeps the patient's left half"));

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_boxCheck);
  layout->addLayout(grid);
  layout->addLayout(planes);
  layout->addWidget(m_planeCount);

  connect(m_boxCheck, &QCheckBox::toggled, this, [this](bool on) {
    for (auto& pair : m_sliders)
      for (QSlider* s : pair) s->setEnabled(on && m_view && m_view->scene());
    applyBox();
  });
  connect(m_clearPlanes, &QPushButton::clicked, this, &ClippingControls::clearPlanes);
  updateLabels();
}

void ClippingControls::setVolumeView(VolumeView* view) {
  m_view = view;
  reload();
}

void ClippingControls::reload() {
  const QSignalBlocker blockCheck(m_boxCheck);
  m_boxCheck->setChecked(false);
  const bool ready = m_view && m_view->scene();
  const Eigen::AlignedBox3d bounds = ready ? m_view->scene()->bounds() : Eigen::AlignedBox3d(Eigen::Vector3d::Zero(), Eigen::Vector3d::Zero());
  for (int axis = 0; axis < 3; ++axis)
    for (int upper = 0; upper < 2; ++upper) {
      QSlider* s = m_sliders[size_t(axis)][size_t(upper)];
      const QSignalBlocker block(s);
      // Whole millimetres, widened to hold the extent.
      s->setRange(int(std::floor(bounds.min()[axis])), int(std::ceil(bounds.max()[axis])));
      s->setValue(upper ? s->maximum() : s->minimum());
      s->setEnabled(false);
    }
  for (QPushButton* b : m_planeButtons) b->setEnabled(ready);
  m_clearPlanes->setEnabled(ready);
  updateLabels();
}

Eigen::AlignedBox3d ClippingControls::box() const {
  Eigen::AlignedBox3d b;
  for (int axis = 0; axis < 3; ++axis) {
    b.min()[axis] = slider(axis, false)->value();
    b.max()[axis] = slider(axis, true)->value();
  }
  return b;
}

void ClippingControls::onSlider(int axis, bool upper) {
  // The pair never crosses: the other slider gives way.
  QSlider* moved = slider(axis, upper);
  QSlider* other = slider(axis, !upper);
  if (upper ? moved->value() < other->value() : moved->value() > other->value()) other->setValue(moved->value());
  applyBox();
}

void ClippingControls::applyBox() {
  if (m_view && m_view->scene()) {
    if (m_boxCheck->isChecked()) m_view->scene()->setClippingBox(box());
    else m_view->scene()->clearClippingBox();
    m_view->update();
  }
  updateLabels();
  emit clippingChanged();
}

void ClippingControls::addPlane(StandardPlane plane) {
  if (!m_view || !m_view->scene()) return;
  const Eigen::Vector3d normal = Eigen::Vector3d::Unit(plane == StandardPlane::Axial ? 2 : plane == StandardPlane::Coronal ? 1 : 0);
  m_view->scene()->addClippingPlane(m_view->scene()->bounds().center(), normal);
  m_view->update();
  updateLabels();
  emit clippingChanged();
}

void ClippingControls::clearPlanes() {
  if (!m_view || !m_view->scene()) return;
  m_view->scene()->clearClippingPlanes();
  m_view->update();
  updateLabels();
  emit clippingChanged();
}

void ClippingControls::updateLabels() {
  for (int axis = 0; axis < 3; ++axis)
    m_rangeLabels[size_t(axis)]->setText(
        tr("%1 to %2 mm").arg(slider(axis, false)->value()).arg(slider(axis, true)->value()));
  const int box = m_boxCheck->isChecked() ? 6 : 0;
  const int planes = m_view && m_view->scene() ? m_view->scene()->clippingPlaneCount() - box : 0;
  m_planeCount->setText(tr("Cut planes: %1").arg(planes));
}

}  // namespace yunyue
