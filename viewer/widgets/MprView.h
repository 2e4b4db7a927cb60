#pragma once
// One MPR reading view: a Volume sampled on the axial, coronal or sagittal
// plane of a CrosshairModel (oblique once the crosshair is rotated), thin or
// as a thick slab, drawn with QPainter from viewer::reslice, the engine the
// tests trust. Each frame reslices only what is on screen, at screen
// resolution: the screen itself is the ReslicePlane (origin at the top-left
// pixel, one sample per widget pixel), so zoom and pan cost nothing extra.
//
// Mouse (radiologists' habits, as in RadiAnt / Horos / Weasis):
//   wheel                 towards the reader: next slice (one voxel step along the
//                         normal: head-wards axial, posterior coronal, right sagittal); away: previous
//   left drag             window/level: right = wider window, down = higher level
//   right drag            zoom (up = in)
//   middle or Shift+left  pan
//   left on the crosshair centre: moves the crosshair point (linked views follow);
//   left on a crosshair line: moves that plane along its normal;
//   left on a line's round handle, or Ctrl+left anywhere: rotates the other
//   two planes about this view's normal (CrosshairModel::rotate) → oblique MPR
//   left on a measurement handle: drags it (and selects the measurement)
//   double-click          doubleClicked() (MprLayout maximises the view)
// Keys:
//   Down / Up             next / previous slice; PageDown / PageUp: 10 slices on / back
//   Home / End            first / last slice
//   1-6                   W/L presets of the modality (resources/window-presets)
//   R                     reset zoom, pan, W/L, flips, rotation and the crosshair orientation
//   I                     invert;  H / V  flip horizontally / vertically
//   Ctrl+R                rotate the picture 90° clockwise (Ctrl+Shift+R anticlockwise)
//   C                     cine play / stop (setCineFrameRate)
//   M                     slab mode: none → MIP → MinIP → average → none
//   [ / ]                 slab thickness − / + 2 mm
//   D                     distance tool on / off (two clicks place a distance)
//   G                     angle tool on / off (three clicks: arm, vertex, arm)
//   O                     ellipse ROI tool on / off (press, drag, release a bounding box;
//                         mean ± SD, min / max and area on the thin plane)
//   Delete / Backspace    removes the selected measurement;  Esc: cancels a measurement being placed
// With a fused series (setFusion):
//   F                     overlay shown / hidden
//   , / .                 overlay opacity − / + 10 %
//   B                     blend: alpha → additive → checkerboard → alpha
//   A                     fusion adjustment tool on / off: left drag moves the overlay
//                         in the view plane, Ctrl+left drag turns it about the view's
//                         normal through the crosshair centre (fusionTransformChanged)
// Keys it does not use (F1, ?) go on to the parent (MprLayout's help).
//
// Overlays: four corners (patient, study; series, slice position/number and
// slab; W/L and zoom) and orientation markers are plain-text QLabels with
// bounded length (text from DICOM files is never interpreted as markup);
// crosshair lines (axial red, coronal green, sagittal blue, as in 3D Slicer),
// measurements and the scale bar are painted.
//
// Fusion (issue 7): a second series (PET, SPECT, a prior) coloured over the
// grey picture. Each frame the overlay is resliced on the same screen plane
// carried into the overlay's frame by baseToOverlay (a rigid map of the
// plane's origin and directions, so no 3D resampling), with the same slab
// mode and thickness, at the same resolution, and composed with
// FusionCompositor. The top-right corner names the fused series and its
// window; a colour bar with the window's ends sits at the right edge.
// Without fusion the grey path is unchanged.

#include "viewer/FusionColorMap.h"
#include "viewer/Measurements.h"
#include "viewer/ResliceEngine.h"
#include "viewer/Volume.h"

#include <Eigen/Core>
#include <QImage>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QTimer;

namespace yunyue {

// What the overlays show about the series, and its default window.
struct MprSeriesInfo {
  QString patientName;
  QString patientId;
  QString studyDate;         // as it should be shown
  QString studyDescription;
  QString seriesDescription;
  QString modality;          // chooses the W/L presets (e.g. "CT")
  double windowCenter = 40;  // the images' own window (R resets to it)
  double windowWidth = 400;
  bool monochrome1 = false;  // low values white
};

// A distance in patient LPS mm, shown on the plane it was drawn on.
struct MprDistance {
  Eigen::Vector3d a{0, 0, 0};
  Eigen::Vector3d b{0, 0, 0};
  Eigen::Vector3d planeNormal{0, 0, 1};  // of the view's plane when drawn
  double planePosition = 0;              // planeNormal · a point of that plane, mm
  double lengthMm() const;
};

// Any measurement the view's tools place, in patient LPS mm, shown on the
// plane it was drawn on. The ellipse ROI's axes run along planeRow and
// planeColumn (the screen's right and down when it was drawn); its statistics
// come from viewer::ellipseRoi on a grid along those axes with the volume's
// finest voxel spacing s, whose origin (pixel 0, 0) is the bounding box's
// corner with the least row and column coordinates, so they do not depend on
// zoom: centre (width / 2s, height / 2s) pixels, semi-axes the same.
struct MprMeasurement {
  enum class Kind { Distance, Angle, EllipseRoi };
  Kind kind = Kind::Distance;
  // Distance: its ends; Angle: arm, vertex, arm; EllipseRoi: two opposite
  // corners of its bounding box.
  std::vector<Eigen::Vector3d> points;
  Eigen::Vector3d planeNormal{0, 0, 1};
  double planePosition = 0;  // planeNormal · a point of that plane, mm
  Eigen::Vector3d planeRow{1, 0, 0};
  Eigen::Vector3d planeColumn{0, 1, 0};
  RoiStatistics statistics;  // EllipseRoi: kept current on every edit

  double lengthMm() const;      // Distance
  double angleDegrees() const;  // Angle
};

// The names the overlays and controls show, translated.
QString fusionColorMapName(FusionColorMap map);
QString fusionBlendName(FusionBlend blend);

class MprView : public QWidget {
  Q_OBJECT
 public:
  using View = CrosshairModel::View;
  enum class Tool { Navigate, Distance, AdjustFusion, Angle, EllipseRoi };

  explicit MprView(QWidget* parent = nullptr);
  ~MprView() override;

  // Shows the volume. crosshair: the model shared with linked views (MprLayout
  // passes one); null makes a private one centred on the volume. Resets
  // zoom, pan, flips, measurements and the window to info's, and ends a fusion
  // (its transform was relative to the old volume).
  void setVolume(std::shared_ptr<const Volume> volume, const MprSeriesInfo& info,
                 std::shared_ptr<CrosshairModel> crosshair = {});
  bool hasVolume() const { return bool(m_volume); }
  const MprSeriesInfo& seriesInfo() const { return m_info; }
  std::shared_ptr<CrosshairModel> crosshair() const { return m_crosshair; }

  void setView(View view);
  View view() const { return m_view; }

  // Thick slab along this view's normal; None or thickness 0 is a thin plane.
  void setSlab(SlabMode mode, double thicknessMm);
  SlabOptions slab() const { return m_slab; }

  void setWindow(double center, double width);
  double windowCenter() const { return m_windowCenter; }
  double windowWidth() const { return m_windowWidth; }
  // Applies the modality's preset on number key `key`; false when there is none.
  bool applyPreset(int key);

  // Slices: steps of sliceStepMm() along the normal, within the volume.
  void scrollSlices(int n);
  void goToFirstSlice();
  void goToLastSlice();
  double sliceStepMm() const;
  // Where the plane lies along the normal (normal · crosshair centre), mm.
  double currentSlicePosition() const;
  int currentSliceNumber() const;  // 1-based
  int sliceCount() const;

  // Display: zoom 1 fits the volume in the view; pan in mm along screen right/down.
  void setZoom(double zoom);
  double zoom() const { return m_zoom; }
  void setPan(const Eigen::Vector2d& panMm);
  Eigen::Vector2d pan() const { return m_panMm; }
  void setInverted(bool inverted);
  bool isInverted() const { return m_inverted; }
  void setFlipped(bool horizontal, bool vertical);
  bool isFlippedHorizontally() const { return m_flipHorizontal; }
  bool isFlippedVertically() const { return m_flipVertical; }
  void rotateQuarterTurns(int clockwise);
  int quarterTurns() const { return m_quarterTurns; }
  // R: zoom, pan, W/L, flips, rotation, and the shared crosshair's orientation.
  void reset();

  void setTool(Tool tool);
  Tool tool() const { return m_tool; }
  // The distances alone (kept for their callers), in the order placed.
  const std::vector<MprDistance>& measurements() const { return m_distances; }
  // Every measurement, in the order placed; selectedMeasurement() indexes it.
  const std::vector<MprMeasurement>& allMeasurements() const { return m_measurements; }
  int selectedMeasurement() const { return m_selected; }  // -1: none
  // The label painted beside measurement `index` (lines joined by newlines).
  QString measurementLabel(int index) const;
  bool isPlacingMeasurement() const { return m_placing; }
  void removeSelectedMeasurement();
  void clearMeasurements();

  // Fusion. baseToOverlay maps a point of the base volume's frame (patient
  // LPS mm) to the overlay's frame: identity when both share a Frame of
  // Reference (PS3.3 C.7.4.1), else a registration's result. A null overlay
  // clears the fusion.
  void setFusion(std::shared_ptr<const Volume> overlay, const Eigen::Matrix4d& baseToOverlay,
                 const FusionOptions& options, const QString& overlayDescription);
  void clearFusion();
  bool hasFusion() const { return bool(m_overlay); }
  std::shared_ptr<const Volume> fusionVolume() const { return m_overlay; }
  const QString& fusionDescription() const { return m_fusionDescription; }
  // Programmatic changes: no signal (the adjustment tool and keys emit).
  void setFusionOptions(const FusionOptions& options);
  const FusionOptions& fusionOptions() const { return m_fusionOptions; }
  void setFusionTransform(const Eigen::Matrix4d& baseToOverlay);
  const Eigen::Matrix4d& fusionTransform() const { return m_fusionTransform; }

  void setCineFrameRate(double framesPerSecond);
  double cineFrameRate() const { return m_cineFps; }
  void setCinePlaying(bool playing);
  bool isCinePlaying() const;

  // Screen (widget pixels, pixel centres at integers) ↔ patient LPS mm on this plane.
  ReslicePlane screenPlane() const;
  QPointF screenPoint(const Eigen::Vector3d& lps) const;
  Eigen::Vector3d patientPoint(const QPointF& screen) const;
  double mmPerScreenPixel() const;
  // The picture at full resolution (widget size, before the painted
  // overlays), for tests and benchmarks: 8-bit grey, or RGB32 with the fused
  // series when a fusion is shown.
  QImage renderedImage();

  // Frames painted in the next 150 ms belong to an interaction (mouse drag,
  // wheel, cine, a linked view being dragged): if full frames take longer
  // than 20 ms they are drawn at half resolution, and a full frame follows
  // when the interaction settles. The view calls it for its own input.
  void markInteractive();

 public slots:
  // Redraws after the shared crosshair changed in a linked view.
  void refresh();

 signals:
  void crosshairChanged();
  void windowChanged(double center, double width);
  void sliceChanged(double positionMm, int number, int count);
  void measurementsChanged();
  void slabChanged();
  // Zoom, pan, flip or rotation changed (linked views of another volume follow).
  void displayChanged();
  void doubleClicked();
  // The reader moved or turned the overlay (adjustment tool).
  void fusionTransformChanged(const Eigen::Matrix4d& baseToOverlay);
  // The reader changed visibility, opacity or blend with the keys.
  void fusionOptionsChanged(const FusionOptions& options);

 protected:
  void paintEvent(QPaintEvent* e) override;
  void resizeEvent(QResizeEvent* e) override;
  void mousePressEvent(QMouseEvent* e) override;
  void mouseMoveEvent(QMouseEvent* e) override;
  void mouseReleaseEvent(QMouseEvent* e) override;
  void mouseDoubleClickEvent(QMouseEvent* e) override;
  void wheelEvent(QWheelEvent* e) override;
  void keyPressEvent(QKeyEvent* e) override;

 private:
  enum class Drag {
    None, WindowLevel, Zoom, Pan, MoveCentre, MovePlane, Rotate, MeasureHandle, Measuring,
    FusionMove, FusionTurn
  };
  struct ScreenAxes {
    Eigen::Vector3d right;
    Eigen::Vector3d down;
  };

  ScreenAxes screenAxes(const Eigen::Vector3d& row, const Eigen::Vector3d& column) const;
  ScreenAxes currentAxes() const;
  Eigen::Vector3d normal() const;
  Eigen::Vector3d viewCentre() const;
  double fitMmPerPixel() const;
  void sliceRange(double* first, double* last) const;
  void moveToPosition(double positionMm);
  void crosshairMoved();
  void renderFrame(int factor);
  bool frameIsCurrent(int factor) const;
  SlabOptions effectiveSlab() const;
  bool fusionShown() const { return m_overlay && m_fusionOptions.visible; }
  void composeFusion(const ReslicePlane& plane, int factor);
  void moveFusion(const QPointF& from, const QPointF& to);
  void turnFusion(const QPointF& from, const QPointF& to);
  void changeFusionOptions(const FusionOptions& options);
  bool fusionKey(int key);
  void drawFusionColorBar(QPainter& p) const;
  QStringList fusionOverlayLines() const;
  void drawCrosshair(QPainter& p) const;
  void drawMeasurements(QPainter& p) const;
  void drawScaleBar(QPainter& p) const;
  void updateOverlays();
  void placeOverlays();
  QLabel* makeOverlay(const char* name, Qt::Alignment alignment);
  bool measurementVisible(const MprMeasurement& m) const;
  std::vector<Eigen::Vector3d> measurementHandles(const MprMeasurement& m) const;
  bool nearMeasurementOutline(const MprMeasurement& m, const QPointF& at) const;
  void drawMeasurement(QPainter& p, const MprMeasurement& m, bool selected) const;
  QStringList measurementText(const MprMeasurement& m) const;
  int moveHandle(MprMeasurement& m, int handle, const Eigen::Vector3d& to) const;
  std::vector<QPointF> measurementOutline(const MprMeasurement& m) const;
  void updateStatistics(MprMeasurement& m) const;
  void measurementsEdited();
  bool pickMeasurementHandle(const QPointF& at);
  bool pickCrosshair(const QPointF& at, Qt::KeyboardModifiers modifiers);
  void beginMeasurement(const QPointF& at);
  void fixPendingPoint(const QPointF& at);
  void movePending(const QPointF& at);
  void toggleTool(Tool tool);
  void cycleSlabMode();
  void invalidate();

  std::shared_ptr<const Volume> m_volume;
  std::shared_ptr<CrosshairModel> m_crosshair;
  MprSeriesInfo m_info;
  View m_view = View::Axial;
  SlabOptions m_slab;
  double m_windowCenter = 40;
  double m_windowWidth = 400;
  double m_zoom = 1;
  Eigen::Vector2d m_panMm{0, 0};
  bool m_inverted = false;
  bool m_flipHorizontal = false;
  bool m_flipVertical = false;
  int m_quarterTurns = 0;
  Tool m_tool = Tool::Navigate;

  std::vector<MprMeasurement> m_measurements;
  std::vector<MprDistance> m_distances;  // the distances of m_measurements
  int m_selected = -1;
  int m_draggedHandle = 0;  // index into measurementHandles() of the selected one
  MprMeasurement m_pending;
  int m_pendingFixed = 0;  // points of m_pending already placed
  bool m_placing = false;

  Drag m_drag = Drag::None;
  QPointF m_pressPos;
  QPointF m_lastPos;
  View m_draggedPlane = View::Axial;

  QTimer* m_cine;
  double m_cineFps = 10;

  QTimer* m_settle;
  bool m_interactive = false;
  double m_lastFullFrameMs = 0;
  int m_imageFactor = 1;  // m_image has one pixel per factor × factor widget pixels
  QSize m_imageWidgetSize;
  bool m_dirty = true;
  std::vector<float> m_samples;
  QImage m_image;

  std::shared_ptr<const Volume> m_overlay;
  Eigen::Matrix4d m_fusionTransform = Eigen::Matrix4d::Identity();
  FusionOptions m_fusionOptions;
  QString m_fusionDescription;
  std::vector<float> m_overlaySamples;
  QImage m_fused;  // RGB32, the size of m_image

  QLabel* m_topLeft;
  QLabel* m_topRight;
  QLabel* m_bottomLeft;
  QLabel* m_bottomRight;
  QLabel* m_left;
  QLabel* m_right;
  QLabel* m_top;
  QLabel* m_bottom;
};

}  // namespace yunyue
