#pragma once
// The 3D transfer-function editor (issue 9): the opacity curve drawn over a
// log-count histogram of the volume, HU across, opacity up; each point is a
// handle, each segment painted with the colour function. Drag a handle to
// move it, double-click empty space to add one, right-click or Delete to
// remove the selected one (a curve keeps two), a colour button recolours
// it; a preset combo starts over from a preset. Edits go to the VolumeScene
// of a VolumeView, drawn at interactive quality while the reader drags.

#include "viewer/VolumeRendering.h"

#include <QColor>
#include <QWidget>

#include <vector>

class QComboBox;
class QPushButton;

namespace yunyue {

class Volume;
class VolumeView;

struct TransferFunctionPoint {
  double hu = 0;
  double opacity = 0;  // 0-1
  QColor colour = Qt::white;
};

// The editing model, without painting: one list of points carrying HU,
// opacity and colour, kept sorted by HU (a moved point stays between its
// neighbours, so an index is stable during a drag), HU clamped to the range
// and opacity to 0-1, never fewer than two points.
class TransferFunctionModel {
 public:
  TransferFunctionModel(double minimumHu = -1024, double maximumHu = 3071);

  void setRange(double minimumHu, double maximumHu);
  double minimumHu() const { return m_minimumHu; }
  double maximumHu() const { return m_maximumHu; }

  // The preset's opacity points, each coloured as the preset's colour
  // function is at its HU.
  void setFromPreset(const VolumePreset& preset);
  const std::vector<TransferFunctionPoint>& points() const { return m_points; }
  int count() const { return int(m_points.size()); }

  // The new point's index, coloured as the curve is there; -1 where a point
  // already stands (within half a HU).
  int add(double hu, double opacity);
  // False for an index out of range.
  bool move(int index, double hu, double opacity);
  // False for an index out of range or when only two points are left.
  bool remove(int index);
  bool setColour(int index, const QColor& colour);

  double opacityAt(double hu) const;  // piecewise linear, flat beyond the ends
  QColor colourAt(double hu) const;

  std::vector<OpacityPoint> scalarOpacity() const;
  std::vector<ColourPoint> colour() const;

 private:
  double clampHu(double hu) const;
  std::vector<TransferFunctionPoint> m_points;
  double m_minimumHu, m_maximumHu;
};

// The curve itself: histogram, segments, handles and the mouse.
class TransferFunctionCanvas : public QWidget {
  Q_OBJECT
 public:
  explicit TransferFunctionCanvas(TransferFunctionModel& model, QWidget* parent = nullptr);

  // Counts per bin, equally spaced over the model's range.
  void setHistogram(std::vector<double> counts);
  int selectedIndex() const { return m_selected; }
  void setSelectedIndex(int index);

  // Widget position of a point (HU, opacity) and back.
  QPointF toWidget(double hu, double opacity) const;
  double huAt(double x) const;
  double opacityAt(double y) const;

  QSize sizeHint() const override { return {360, 160}; }
  QSize minimumSizeHint() const override { return {200, 100}; }

 signals:
  void edited();
  void selectionChanged(int index);
  void dragging(bool started);

 protected:
  void paintEvent(QPaintEvent* e) override;
  void mousePressEvent(QMouseEvent* e) override;
  void mouseMoveEvent(QMouseEvent* e) override;
  void mouseReleaseEvent(QMouseEvent* e) override;
  void mouseDoubleClickEvent(QMouseEvent* e) override;
  void keyPressEvent(QKeyEvent* e) override;

 private:
  QRectF plotArea() const;
  int handleAt(const QPointF& position) const;
  void paintHistogram(class QPainter& painter) const;
  void paintCurve(QPainter& painter) const;
  TransferFunctionModel& m_model;
  std::vector<double> m_histogram;
  int m_selected = -1;
  bool m_dragging = false;
};

class TransferFunctionEditor : public QWidget {
  Q_OBJECT
 public:
  explicit TransferFunctionEditor(QWidget* parent = nullptr);

  // Edits view's scene; reload() takes up its volume (histogram, range) and
  // current preset, e.g. after VolumeView::setVolume.
  void setVolumeView(VolumeView* view);
  void reload();

  const TransferFunctionModel& model() const { return m_model; }
  TransferFunctionCanvas* canvas() const { return m_canvas; }
  QComboBox* presetBox() const { return m_presets; }
  // Recolours the selected point (what the colour button does after its dialog).
  bool setSelectedColour(const QColor& colour);

 signals:
  void transferFunctionEdited(const std::vector<yunyue::OpacityPoint>& scalarOpacity,
                              const std::vector<yunyue::ColourPoint>& colour);

 private:
  void takeUpPreset();
  void apply();
  void chooseColour();
  void updateColourButton();
  TransferFunctionModel m_model;
  TransferFunctionCanvas* m_canvas;
  QComboBox* m_presets;
  QPushButton* m_colour;
  VolumeView* m_view = nullptr;
};

// Log-scaled counts of the volume's voxels in bins equally spaced over
// [minimumHu, maximumHu] (every fourth voxel: a histogram's shape, fast).
std::vector<double> logHistogram(const Volume& volume, double minimumHu, double maximumHu, int bins);

}  // namespace yunyue
