#pragma once
// A 2D view of one DICOM image: window/level by left drag, zoom by right
// drag, pan by middle drag; corner overlays and orientation markers.

#include "viewer/DecodedImage.h"
#include "viewer/widgets/VtkOpenGLWidget.h"

#include <QLabel>
#include <QPointer>

namespace yunyue {

class SliceView : public VtkOpenGLWidget {
  Q_OBJECT
 public:
  explicit SliceView(QWidget* parent = nullptr);
  ~SliceView() override;

  void setImage(const DecodedImage& image);
  void clearImage();
  bool hasImage() const;
  const DecodedImage& image() const { return m_image; }

  // Patient name in the overlay (on by default; off in the teaching
  // meeting's presentation mode).
  void setPatientDataShown(bool shown);
  bool patientDataShown() const { return m_patientDataShown; }
  // Overlay text size in points (0: the widget's font), e.g. large for a projector.
  void setOverlayPointSize(int points);

  void setWindow(double center, double width);
  double windowCenter() const;
  double windowWidth() const;

 signals:
  void windowChanged(double center, double width);

 protected:
  void resizeEvent(QResizeEvent* e) override;

 private:
  void updateOverlays();
  void placeOverlays();
  QLabel* makeOverlay(Qt::Alignment alignment);

  struct Pipeline;
  Pipeline* m_pipeline;
  DecodedImage m_image;
  QLabel* m_topLeft;
  QLabel* m_bottomLeft;
  QLabel* m_left;
  QLabel* m_right;
  QLabel* m_top;
  QLabel* m_bottom;
  bool m_patientDataShown = true;
};

}  // namespace yunyue
