#pragma once
// The fusion controls above the MPR views while a second series is fused:
// colour map (hot iron, rainbow, grey), the overlay's window as lower and
// upper values (for PET an SUV window, e.g. 0 to 5), opacity slider and
// blend mode. They edit the MprLayout's fusion in all three views, and
// follow it when the reader changes it with the keys (F , . B).

#include "viewer/FusionColorMap.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace yunyue {

class MprLayout;

class FusionControls : public QWidget {
  Q_OBJECT
 public:
  explicit FusionControls(MprLayout* layout, QWidget* parent = nullptr);

  // Shows the layout's current fusion options (after setFusion).
  void showOptions(const FusionOptions& options);

  QComboBox* colorMapBox() const { return m_colorMap; }
  QDoubleSpinBox* lowerBox() const { return m_lower; }
  QDoubleSpinBox* upperBox() const { return m_upper; }
  QSlider* opacitySlider() const { return m_opacity; }
  QComboBox* blendBox() const { return m_blend; }

 private:
  // The controls' values into the layout.
  void apply();

  MprLayout* m_layout;
  QComboBox* m_colorMap;
  QDoubleSpinBox* m_lower;
  QDoubleSpinBox* m_upper;
  QSlider* m_opacity;
  QLabel* m_opacityValue;
  QComboBox* m_blend;
  bool m_showing = false;  // showOptions is filling in: no apply
};

}  // namespace yunyue
