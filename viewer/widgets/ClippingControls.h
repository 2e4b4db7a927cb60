#pragma once
// Clipping for the 3D view (issue 9): a clip box given as a range per
// patient axis (R–L, A–P, I–S, in LPS mm of the volume's extent, one slider
// pair each) and cut planes through the volume's centre in the three
// standard orientations. Everything goes to the VolumeScene of a VolumeView.

#include <Eigen/Geometry>

#include <QWidget>

#include <array>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;

namespace yunyue {

class VolumeView;

// The plane's normal says which half stays: superior, posterior, patient's left.
enum class StandardPlane { Axial, Coronal, Sagittal };

class ClippingControls : public QWidget {
  Q_OBJECT
 public:
  explicit ClippingControls(QWidget* parent = nullptr);

  // Controls view's scene; reload() takes up its volume's extent (box off).
  void setVolumeView(VolumeView* view);
  void reload();

  // The box the sliders describe, in LPS mm.
  Eigen::AlignedBox3d box() const;
  void addPlane(StandardPlane plane);
  void clearPlanes();

  QCheckBox* boxCheck() const { return m_boxCheck; }
  // axis 0 = x (R–L), 1 = y (A–P), 2 = z (I–S); upper: the side towards L, P, S.
  QSlider* slider(int axis, bool upper) const { return m_sliders[size_t(axis)][upper ? 1 : 0]; }
  QPushButton* addPlaneButton(StandardPlane plane) const { return m_planeButtons[size_t(plane)]; }
  QPushButton* clearPlanesButton() const { return m_clearPlanes; }

 signals:
  void clippingChanged();

 private:
  void onSlider(int axis, bool upper);
  void applyBox();
  void updateLabels();
  VolumeView* m_view = nullptr;
  QCheckBox* m_boxCheck;
  std::array<std::array<QSlider*, 2>, 3> m_sliders{};
  std::array<QLabel*, 3> m_rangeLabels{};
  std::array<QPushButton*, 3> m_planeButtons{};
  QPushButton* m_clearPlanes;
  QLabel* m_planeCount;
};

}  // namespace yunyue
