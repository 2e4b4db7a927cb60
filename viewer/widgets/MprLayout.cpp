#include "viewer/widgets/MprLayout.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>

namespace yunyue {

MprLayout::MprLayout(QWidget* parent) : QWidget(parent) {
  m_grid = new QGridLayout(this);
  m_grid->setContentsMargins(0, 0, 0, 0);
  m_grid->setSpacing(2);
  setStyleSheet(QStringLiteral("yunyue--MprLayout { background: #202020; }"));
  setAttribute(Qt::WA_StyledBackground);
  setFocusPolicy(Qt::StrongFocus);

  for (View v : {View::Axial, View::Coronal, View::Sagittal}) {
    auto* view = new MprView(this);
    view->setView(v);
    m_views[int(v)] = view;
    connect(view, &MprView::crosshairChanged, this, [this, view] {
      for (MprView* other : m_views)
        if (other != view) {
          other->markInteractive();
          other->refresh();
        }
    });
    connect(view, &MprView::windowChanged, this,
            [this, view](double center, double width) { linkWindows(view, center, width); });
    connect(view, &MprView::doubleClicked, this, [this, v] { toggleMaximised(v); });
    linkFusion(view);
  }
  m_emptySlot = new QWidget(this);
  m_emptySlot->setStyleSheet(QStringLiteral("background: black;"));

  // Our own translated text, but plain text all the same.
  m_help = new QLabel(this);
  m_help->setObjectName(QStringLiteral("mprHelp"));
  m_help->setTextFormat(Qt::PlainText);
  m_help->setText(helpText());
  m_help->setStyleSheet(QStringLiteral(
      "color: #f0f0f0; background: rgba(20, 20, 20, 225); border: 1px solid #808080; padding: 12px;"));
  m_help->adjustSize();
  m_help->hide();
  arrange();
}

MprLayout::~MprLayout() = default;

MprView* MprLayout::view(View view) const { return m_views[int(view)]; }

void MprLayout::setVolume(std::shared_ptr<const Volume> volume, const MprSeriesInfo& info) {
  m_crosshair = volume ? std::make_shared<CrosshairModel>(volume->geometry()) : nullptr;
  for (MprView* v : m_views) v->setVolume(volume, info, m_crosshair);
}

void MprLayout::setFusion(std::shared_ptr<const Volume> overlay, const Eigen::Matrix4d& baseToOverlay,
                          const FusionOptions& options, const QString& overlayDescription) {
  for (MprView* v : m_views) v->setFusion(overlay, baseToOverlay, options, overlayDescription);
}

void MprLayout::clearFusion() {
  for (MprView* v : m_views) v->clearFusion();
}

bool MprLayout::hasFusion() const { return m_views[0]->hasFusion(); }

void MprLayout::setFusionOptions(const FusionOptions& options) {
  for (MprView* v : m_views) v->setFusionOptions(options);
}

FusionOptions MprLayout::fusionOptions() const { return m_views[0]->fusionOptions(); }

void MprLayout::setFusionTransform(const Eigen::Matrix4d& baseToOverlay) {
  for (MprView* v : m_views) v->setFusionTransform(baseToOverlay);
}

Eigen::Matrix4d MprLayout::fusionTransform() const { return m_views[0]->fusionTransform(); }

// The views' own setters emit nothing, so passing a change on cannot loop.
void MprLayout::linkFusion(MprView* source) {
  connect(source, &MprView::fusionTransformChanged, this, [this, source](const Eigen::Matrix4d& t) {
    for (MprView* other : m_views)
      if (other != source) {
        other->markInteractive();
        other->setFusionTransform(t);
      }
    emit fusionTransformChanged(t);
  });
  connect(source, &MprView::fusionOptionsChanged, this, [this, source](const FusionOptions& o) {
    for (MprView* other : m_views)
      if (other != source) other->setFusionOptions(o);
    emit fusionOptionsChanged(o);
  });
}

void MprLayout::setFreeSlotWidget(QWidget* widget) {
  if (m_freeSlot) {
    m_grid->removeWidget(m_freeSlot);
    m_freeSlot->hide();
  }
  m_freeSlot = widget;
  if (widget) widget->setParent(this);
  arrange();
}

void MprLayout::setLayout(ViewLayout layout) {
  m_layout = layout;
  arrange();
  emit layoutChanged(layout);
}

void MprLayout::setActiveView(View view) {
  m_active = view;
  arrange();
}

void MprLayout::toggleMaximised(View view) {
  m_active = view;
  setLayout(m_layout == ViewLayout::TwoByTwo ? ViewLayout::OneByOne : ViewLayout::TwoByTwo);
  m_views[int(view)]->setFocus();
}

// Rebuilds the grid: hidden widgets must leave it, or they keep their cells.
void MprLayout::arrange() {
  QWidget* slot = m_freeSlot ? m_freeSlot : m_emptySlot;
  for (QWidget* w : {static_cast<QWidget*>(m_views[0]), static_cast<QWidget*>(m_views[1]),
                     static_cast<QWidget*>(m_views[2]), m_emptySlot})
    m_grid->removeWidget(w);
  if (m_freeSlot) m_grid->removeWidget(m_freeSlot);
  m_emptySlot->hide();
  if (m_layout == ViewLayout::OneByOne) {
    for (View v : {View::Axial, View::Coronal, View::Sagittal}) m_views[int(v)]->setVisible(v == m_active);
    slot->hide();
    m_grid->addWidget(m_views[int(m_active)], 0, 0);
  } else {
    m_grid->addWidget(m_views[int(View::Axial)], 0, 0);
    m_grid->addWidget(m_views[int(View::Coronal)], 0, 1);
    m_grid->addWidget(m_views[int(View::Sagittal)], 1, 0);
    m_grid->addWidget(slot, 1, 1);
    for (QWidget* w : {static_cast<QWidget*>(m_views[0]), static_cast<QWidget*>(m_views[1]),
                       static_cast<QWidget*>(m_views[2]), slot})
      w->show();
  }
  // Four equal cells whatever the free slot's own size hint; one in 1×1.
  const int second = m_layout == ViewLayout::TwoByTwo ? 1 : 0;
  m_grid->setRowStretch(0, 1);
  m_grid->setColumnStretch(0, 1);
  m_grid->setRowStretch(1, second);
  m_grid->setColumnStretch(1, second);
  m_help->raise();
}

void MprLayout::linkWindows(MprView* source, double center, double width) {
  for (MprView* v : m_views)
    if (v != source) v->setWindow(center, width);
}

void MprLayout::setHelpVisible(bool visible) {
  m_help->adjustSize();
  m_help->move(std::max(0, (width() - m_help->width()) / 2), std::max(0, (height() - m_help->height()) / 2));
  m_help->setVisible(visible);
  m_help->raise();
}

bool MprLayout::isHelpVisible() const { return m_help->isVisible(); }

QString MprLayout::helpText() {
  const QStringList lines = {
      tr("MPR views: mouse and keys"),
      QString(),
      tr("Wheel, Down / Up: next / previous slice"),
      tr("Page Down / Page Up: 10 slices"),
      tr("Home / End: first / last slice"),
      tr("Left drag: window (horizontal) and level (vertical)"),
      tr("Right drag: zoom"),
      tr("Middle drag or Shift+left drag: pan"),
      tr("1-6: window presets"),
      tr("R: reset zoom, pan, window, flips and orientation"),
      tr("I: invert"),
      tr("H / V: flip horizontally / vertically"),
      tr("Ctrl+R / Ctrl+Shift+R: rotate 90° clockwise / anticlockwise"),
      tr("C: cine play / stop"),
      tr("M: slab mode (thin, MIP, MinIP, average)"),
      tr("[ / ]: slab thinner / thicker"),
      tr("Drag the crosshair centre: move the crosshair point"),
      tr("Drag a crosshair line: move that plane"),
      tr("Drag a line's round handle, or Ctrl+left drag: rotate the other planes (oblique)"),
      tr("D: distance tool (two clicks); drag an end to edit"),
      tr("G: angle tool (three clicks: arm, vertex, arm); drag a point to edit"),
      tr("O: ellipse ROI tool (drag a box): mean ± SD, min / max, area; drag a corner to edit"),
      tr("Delete: remove the selected measurement"),
      tr("With a fused series: F show / hide it; , / . opacity − / +; B blend (alpha, additive, checkerboard)"),
      tr("A: fusion adjustment (left drag moves the overlay, Ctrl+left drag turns it)"),
      tr("Esc: cancel a measurement being placed, or close this help"),
      tr("Double-click: maximise the view / back to 2×2"),
      tr("F1 or ?: this help"),
  };
  return lines.join(QLatin1Char('\n'));
}

void MprLayout::keyPressEvent(QKeyEvent* e) {
  if (e->key() == Qt::Key_F1 || e->key() == Qt::Key_Question) {
    setHelpVisible(!isHelpVisible());
  } else if (e->key() == Qt::Key_Escape && isHelpVisible()) {
    setHelpVisible(false);
  } else {
    QWidget::keyPressEvent(e);
    return;
  }
  e->accept();
}

void MprLayout::resizeEvent(QResizeEvent* e) {
  QWidget::resizeEvent(e);
  if (isHelpVisible()) setHelpVisible(true);
}

}  // namespace yunyue
