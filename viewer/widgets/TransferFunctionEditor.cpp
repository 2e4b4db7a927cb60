#include "viewer/widgets/TransferFunctionEditor.h"

#include "viewer/Volume.h"
#include "viewer/widgets/VolumeView.h"

#include <QColorDialog>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace yunyue {

namespace {
constexpr double kSameHu = 0.5;       // closer points would merge in vtkPiecewiseFunction
constexpr double kHandleRadius = 5;   // pixels
constexpr double kGrabDistance = 8;   // pixels

QColor interpolate(const QColor& a, const QColor& b, double t) {
  return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                          float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor presetColourAt(const VolumePreset& preset, double hu) {
  const auto& c = preset.colour;
  if (c.empty()) return Qt::white;
  auto rgb = [](const ColourPoint& p) { return QColor::fromRgbF(float(p.red), float(p.green), float(p.blue)); };
  if (hu <= c.front().hu) return rgb(c.front());
  if (hu >= c.back().hu) return rgb(c.back());
  const auto upper = std::upper_bound(c.begin(), c.end(), hu, [](double v, const ColourPoint& p) { return v < p.hu; });
  const ColourPoint& a = *(upper - 1);
  const ColourPoint& b = *upper;
  return interpolate(rgb(a), rgb(b), (hu - a.hu) / std::max(b.hu - a.hu, 1e-9));
}
}  // namespace

// --- model -----------------------------------------------------------------

TransferFunctionModel::TransferFunctionModel(double minimumHu, double maximumHu)
    : m_points{{minimumHu, 0, Qt::black}, {maximumHu, 1, Qt::white}}, m_minimumHu(minimumHu), m_maximumHu(maximumHu) {}

void TransferFunctionModel::setRange(double minimumHu, double maximumHu) {
  m_minimumHu = minimumHu;
  m_maximumHu = std::max(maximumHu, minimumHu + 1);
}

double TransferFunctionModel::clampHu(double hu) const { return std::clamp(hu, m_minimumHu, m_maximumHu); }

void TransferFunctionModel::setFromPreset(const VolumePreset& preset) {
  std::vector<TransferFunctionPoint> points;
  for (const OpacityPoint& p : preset.scalarOpacity) {
    if (!points.empty() && p.x - points.back().hu < kSameHu) continue;
    points.push_back({p.x, std::clamp(p.opacity, 0.0, 1.0), presetColourAt(preset, p.x)});
  }
  if (points.size() < 2) return;  // a damaged preset: keep the curve we have
  m_points = std::move(points);
  // The preset's points may lie outside the histogram's range: widen it.
  m_minimumHu = std::min(m_minimumHu, m_points.front().hu);
  m_maximumHu = std::max(m_maximumHu, m_points.back().hu);
}

int TransferFunctionModel::add(double hu, double opacity) {
  hu = clampHu(hu);
  for (const TransferFunctionPoint& p : m_points)
    if (std::abs(p.hu - hu) < kSameHu) return -1;
  const TransferFunctionPoint point{hu, std::clamp(opacity, 0.0, 1.0), colourAt(hu)};
  const auto at = std::upper_bound(m_points.begin(), m_points.end(), hu,
                                   [](double v, const TransferFunctionPoint& p) { return v < p.hu; });
  const auto inserted = m_points.insert(at, point);  // may reallocate: begin() only after
  return int(inserted - m_points.begin());
}

bool TransferFunctionModel::move(int index, double hu, double opacity) {
  if (index < 0 || index >= count()) return false;
  // Between the neighbours, so the order (and this index) holds during a drag.
  const double low = index > 0 ? m_points[size_t(index) - 1].hu + kSameHu * 2 : m_minimumHu;
  const double high = index + 1 < count() ? m_points[size_t(index) + 1].hu - kSameHu * 2 : m_maximumHu;
  TransferFunctionPoint& p = m_points[size_t(index)];
  p.hu = std::clamp(clampHu(hu), low, std::max(low, high));
  p.opacity = std::clamp(opacity, 0.0, 1.0);
  return true;
}

bool TransferFunctionModel::remove(int index) {
  if (index < 0 || index >= count() || count() <= 2) return false;
  m_points.erase(m_points.begin() + index);
  return true;
}

bool TransferFunctionModel::setColour(int index, const QColor& colour) {
  if (index < 0 || index >= count() || !colour.isValid()) return false;
  m_points[size_t(index)].colour = colour;
  return true;
}

double TransferFunctionModel::opacityAt(double hu) const {
  if (hu <= m_points.front().hu) return m_points.front().opacity;
  if (hu >= m_points.back().hu) return m_points.back().opacity;
  const auto upper = std::upper_bound(m_points.begin(), m_points.end(), hu,
                                      [](double v, const TransferFunctionPoint& p) { return v < p.hu; });
  const TransferFunctionPoint& a = *(upper - 1);
  const TransferFunctionPoint& b = *upper;
  return a.opacity + (b.opacity - a.opacity) * (hu - a.hu) / (b.hu - a.hu);
}

QColor TransferFunctionModel::colourAt(double hu) const {
  if (hu <= m_points.front().hu) return m_points.front().colour;
  if (hu >= m_points.back().hu) return m_points.back().colour;
  const auto upper = std::upper_bound(m_points.begin(), m_points.end(), hu,
                                      [](double v, const TransferFunctionPoint& p) { return v < p.hu; });
  const TransferFunctionPoint& a = *(upper - 1);
  const TransferFunctionPoint& b = *upper;
  return interpolate(a.colour, b.colour, (hu - a.hu) / (b.hu - a.hu));
}

std::vector<OpacityPoint> TransferFunctionModel::scalarOpacity() const {
  std::vector<OpacityPoint> out;
  for (const TransferFunctionPoint& p : m_points) out.push_back({p.hu, p.opacity});
  return out;
}

std::vector<ColourPoint> TransferFunctionModel::colour() const {
  std::vector<ColourPoint> out;
  for (const TransferFunctionPoint& p : m_points)
    out.push_back({p.hu, p.colour.redF(), p.colour.greenF(), p.colour.blueF()});
  return out;
}

std::vector<double> logHistogram(const Volume& volume, double minimumHu, double maximumHu, int bins) {
  std::vector<double> counts(size_t(std::max(bins, 1)), 0);
  const double scale = double(counts.size()) / std::max(maximumHu - minimumHu, 1.0);
  const float* v = volume.data();
  for (size_t i = 0; i < volume.voxelCount(); i += 4) {
    const double bin = (double(v[i]) - minimumHu) * scale;
    if (bin >= 0 && bin < double(counts.size())) counts[size_t(bin)] += 1;
  }
  for (double& c : counts) c = std::log1p(c);
  return counts;
}

// --- canvas ----------------------------------------------------------------

TransferFunctionCanvas::TransferFunctionCanvas(TransferFunctionModel& model, QWidget* parent)
    : QWidget(parent), m_model(model) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(false);
  setToolTip(tr("Drag a point to move it; double-click to add a point; right-click or Delete removes the selected point"));
}

void TransferFunctionCanvas::setHistogram(std::vector<double> counts) {
  m_histogram = std::move(counts);
  update();
}

void TransferFunctionCanvas::setSelectedIndex(int index) {
  m_selected = index >= 0 && index < m_model.count() ? index : -1;
  emit selectionChanged(m_selected);
  update();
}

QRectF TransferFunctionCanvas::plotArea() const {
  // Room for the HU labels below and the handles at the edges.
  return QRectF(rect()).adjusted(kHandleRadius + 1, kHandleRadius + 1, -kHandleRadius - 1, -16);
}

QPointF TransferFunctionCanvas::toWidget(double hu, double opacity) const {
  const QRectF a = plotArea();
  const double t = (hu - m_model.minimumHu()) / (m_model.maximumHu() - m_model.minimumHu());
  return {a.left() + t * a.width(), a.bottom() - opacity * a.height()};
}

double TransferFunctionCanvas::huAt(double x) const {
  const QRectF a = plotArea();
  return m_model.minimumHu() + (x - a.left()) / a.width() * (m_model.maximumHu() - m_model.minimumHu());
}

double TransferFunctionCanvas::opacityAt(double y) const {
  const QRectF a = plotArea();
  return (a.bottom() - y) / a.height();
}

int TransferFunctionCanvas::handleAt(const QPointF& position) const {
  int best = -1;
  double bestDistance = kGrabDistance;
  for (int i = 0; i < m_model.count(); ++i) {
    const TransferFunctionPoint& p = m_model.points()[size_t(i)];
    const QPointF d = toWidget(p.hu, p.opacity) - position;
    const double distance = std::hypot(d.x(), d.y());
    if (distance <= bestDistance) bestDistance = distance, best = i;
  }
  return best;
}

void TransferFunctionCanvas::paintHistogram(QPainter& painter) const {
  if (m_histogram.empty()) return;
  const QRectF a = plotArea();
  const double highest = std::max(1.0, *std::max_element(m_histogram.begin(), m_histogram.end()));
  const double width = a.width() / double(m_histogram.size());
  painter.setPen(Qt::NoPen);
  painter.setBrush(QColor(90, 90, 100));
  for (size_t i = 0; i < m_histogram.size(); ++i) {
    const double h = m_histogram[i] / highest * a.height();
    painter.drawRect(QRectF(a.left() + double(i) * width, a.bottom() - h, width + 0.5, h));
  }
}

void TransferFunctionCanvas::paintCurve(QPainter& painter) const {
  const auto& points = m_model.points();
  // Each segment in the colour function's colour at its middle.
  for (size_t i = 0; i + 1 < points.size(); ++i) {
    const QPointF a = toWidget(points[i].hu, points[i].opacity);
    const QPointF b = toWidget(points[i + 1].hu, points[i + 1].opacity);
    QLinearGradient gradient(a, b);
    gradient.setColorAt(0, points[i].colour);
    gradient.setColorAt(1, points[i + 1].colour);
    painter.setPen(QPen(QBrush(gradient), 3));
    painter.drawLine(a, b);
  }
  for (int i = 0; i < int(points.size()); ++i) {
    const TransferFunctionPoint& p = points[size_t(i)];
    painter.setPen(QPen(i == m_selected ? QColor(255, 200, 0) : QColor(230, 230, 230), i == m_selected ? 2.5 : 1.2));
    painter.setBrush(p.colour);
    painter.drawEllipse(toWidget(p.hu, p.opacity), kHandleRadius, kHandleRadius);
  }
}

void TransferFunctionCanvas::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.fillRect(rect(), QColor(28, 28, 32));
  paintHistogram(painter);
  const QRectF a = plotArea();
  painter.setPen(QColor(70, 70, 80));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(a);
  // HU labels at the ends and at 0 (water) where it is inside the range.
  painter.setPen(QColor(170, 170, 180));
  QFont font = painter.font();
  font.setPointSizeF(7.5);
  painter.setFont(font);
  const double labelY = a.bottom() + 12;
  painter.drawText(QPointF(a.left(), labelY), QString::number(m_model.minimumHu(), 'f', 0));
  const QString high = tr("%1 HU").arg(m_model.maximumHu(), 0, 'f', 0);
  painter.drawText(QPointF(a.right() - painter.fontMetrics().horizontalAdvance(high), labelY), high);
  if (m_model.minimumHu() < 0 && m_model.maximumHu() > 0) {
    const QPointF zero = toWidget(0, 0);
    painter.setPen(QPen(QColor(110, 110, 120), 1, Qt::DotLine));
    painter.drawLine(QPointF(zero.x(), a.top()), QPointF(zero.x(), a.bottom()));
    painter.setPen(QColor(170, 170, 180));
    painter.drawText(QPointF(zero.x() - 3, labelY), QStringLiteral("0"));
  }
  paintCurve(painter);
}

void TransferFunctionCanvas::mousePressEvent(QMouseEvent* e) {
  const int hit = handleAt(e->position());
  setSelectedIndex(hit);
  if (e->button() == Qt::RightButton) {
    if (m_model.remove(hit)) {
      setSelectedIndex(-1);
      emit edited();
    }
    return;
  }
  if (e->button() == Qt::LeftButton && hit >= 0) {
    m_dragging = true;
    emit dragging(true);
  }
}

void TransferFunctionCanvas::mouseMoveEvent(QMouseEvent* e) {
  if (!m_dragging || m_selected < 0) return;
  m_model.move(m_selected, huAt(e->position().x()), opacityAt(e->position().y()));
  update();
  emit edited();
}

void TransferFunctionCanvas::mouseReleaseEvent(QMouseEvent* e) {
  if (!m_dragging) return;
  mouseMoveEvent(e);
  m_dragging = false;
  emit dragging(false);
}

void TransferFunctionCanvas::mouseDoubleClickEvent(QMouseEvent* e) {
  if (e->button() != Qt::LeftButton || handleAt(e->position()) >= 0) return;
  const int added = m_model.add(huAt(e->position().x()), opacityAt(e->position().y()));
  if (added < 0) return;
  setSelectedIndex(added);
  emit edited();
}

void TransferFunctionCanvas::keyPressEvent(QKeyEvent* e) {
  if (e->key() != Qt::Key_Delete && e->key() != Qt::Key_Backspace) return QWidget::keyPressEvent(e);
  if (m_model.remove(m_selected)) {
    setSelectedIndex(-1);
    emit edited();
  }
  e->accept();
}

// --- editor ----------------------------------------------------------------

TransferFunctionEditor::TransferFunctionEditor(QWidget* parent)
    : QWidget(parent), m_canvas(new TransferFunctionCanvas(m_model)), m_presets(new QComboBox), m_colour(new QPushButton) {
  auto* top = new QHBoxLayout;
  top->addWidget(new QLabel(tr("Preset")));
  top->addWidget(m_presets, 1);
  auto* bottom = new QHBoxLayout;
  m_colour->setText(tr("Point colour…"));
  m_colour->setEnabled(false);
  bottom->addWidget(m_colour);
  bottom->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(top);
  layout->addWidget(m_canvas, 1);
  layout->addLayout(bottom);

  connect(m_canvas, &TransferFunctionCanvas::edited, this, &TransferFunctionEditor::apply);
  connect(m_canvas, &TransferFunctionCanvas::selectionChanged, this, &TransferFunctionEditor::updateColourButton);
  connect(m_canvas, &TransferFunctionCanvas::dragging, this, [this](bool started) {
    if (m_view) m_view->setInteractiveQuality(started);
  });
  connect(m_colour, &QPushButton::clicked, this, &TransferFunctionEditor::chooseColour);
  connect(m_presets, &QComboBox::activated, this, [this](int index) {
    if (m_view) m_view->setPreset(m_presets->itemData(index).toString());
  });
}

void TransferFunctionEditor::setVolumeView(VolumeView* view) {
  if (m_view) disconnect(m_view, nullptr, this, nullptr);
  m_view = view;
  if (m_view) connect(m_view, &VolumeView::presetChanged, this, &TransferFunctionEditor::takeUpPreset);
  reload();
}

void TransferFunctionEditor::reload() {
  m_presets->clear();
  if (!m_view || !m_view->scene() || !m_view->volume()) return;
  for (const VolumePreset& p : m_view->presets()) m_presets->addItem(p.name, p.id);
  // Air to dense cortical bone: what a CT transfer function is drawn over.
  m_model.setRange(-1024, 3071);
  takeUpPreset();
  m_canvas->setHistogram(logHistogram(*m_view->volume(), m_model.minimumHu(), m_model.maximumHu(), 256));
}

void TransferFunctionEditor::takeUpPreset() {
  if (!m_view || !m_view->scene()) return;
  const VolumePreset& preset = m_view->scene()->preset();
  m_model.setFromPreset(preset);
  m_presets->setCurrentIndex(m_presets->findData(preset.id));
  m_canvas->setSelectedIndex(-1);
}

void TransferFunctionEditor::apply() {
  const std::vector<OpacityPoint> opacity = m_model.scalarOpacity();
  const std::vector<ColourPoint> colour = m_model.colour();
  if (m_view) m_view->setTransferFunction(opacity, colour);
  m_canvas->update();
  emit transferFunctionEdited(opacity, colour);
}

bool TransferFunctionEditor::setSelectedColour(const QColor& colour) {
  if (!m_model.setColour(m_canvas->selectedIndex(), colour)) return false;
  apply();
  updateColourButton();
  return true;
}

void TransferFunctionEditor::chooseColour() {
  const int index = m_canvas->selectedIndex();
  if (index < 0) return;
  const QColor chosen = QColorDialog::getColor(m_model.points()[size_t(index)].colour, this, tr("Point colour"));
  if (chosen.isValid()) setSelectedColour(chosen);
}

void TransferFunctionEditor::updateColourButton() {
  const int index = m_canvas->selectedIndex();
  m_colour->setEnabled(index >= 0);
  QPixmap swatch(12, 12);
  swatch.fill(index >= 0 ? m_model.points()[size_t(index)].colour : QColor(Qt::transparent));
  m_colour->setIcon(QIcon(swatch));
}

}  // namespace yunyue
