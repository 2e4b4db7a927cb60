#include "viewer/widgets/FusionControls.h"

#include "viewer/widgets/MprLayout.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include <cmath>

namespace yunyue {
namespace {

QDoubleSpinBox* windowBox() {
  auto* box = new QDoubleSpinBox;
  // HU, SUV and counts all fit; one decimal is enough for an SUV window.
  box->setRange(-5000, 100000);
  box->setDecimals(1);
  box->setAccelerated(true);
  return box;
}

}  // namespace

FusionControls::FusionControls(MprLayout* layout, QWidget* parent)
    : QWidget(parent),
      m_layout(layout),
      m_colorMap(new QComboBox),
      m_lower(windowBox()),
      m_upper(windowBox()),
      m_opacity(new QSlider(Qt::Horizontal)),
      m_opacityValue(new QLabel),
      m_blend(new QComboBox) {
  for (FusionColorMap map : {FusionColorMap::HotIron, FusionColorMap::Rainbow, FusionColorMap::Grey})
    m_colorMap->addItem(fusionColorMapName(map), int(map));
  for (FusionBlend blend : {FusionBlend::Alpha, FusionBlend::Additive, FusionBlend::Checkerboard})
    m_blend->addItem(fusionBlendName(blend), int(blend));
  m_opacity->setRange(0, 100);
  m_opacity->setMinimumWidth(120);
  m_lower->setToolTip(tr("Overlay values below this are transparent"));
  m_upper->setToolTip(tr("Overlay values from this up get the colour map's last colour"));

  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(4, 2, 4, 2);
  row->addWidget(new QLabel(tr("Fusion")));
  row->addWidget(m_colorMap);
  row->addWidget(new QLabel(tr("Window")));
  row->addWidget(m_lower);
  row->addWidget(new QLabel(tr("to")));
  row->addWidget(m_upper);
  row->addWidget(new QLabel(tr("Opacity")));
  row->addWidget(m_opacity);
  row->addWidget(m_opacityValue);
  row->addWidget(m_blend);
  row->addStretch();

  connect(m_colorMap, &QComboBox::currentIndexChanged, this, &FusionControls::apply);
  connect(m_blend, &QComboBox::currentIndexChanged, this, &FusionControls::apply);
  connect(m_lower, &QDoubleSpinBox::valueChanged, this, &FusionControls::apply);
  connect(m_upper, &QDoubleSpinBox::valueChanged, this, &FusionControls::apply);
  connect(m_opacity, &QSlider::valueChanged, this, &FusionControls::apply);
  // The keys in the views change the same options.
  connect(m_layout, &MprLayout::fusionOptionsChanged, this, &FusionControls::showOptions);
  showOptions(m_layout->fusionOptions());
}

void FusionControls::showOptions(const FusionOptions& options) {
  m_showing = true;
  m_colorMap->setCurrentIndex(m_colorMap->findData(int(options.colorMap)));
  m_blend->setCurrentIndex(m_blend->findData(int(options.blend)));
  m_lower->setValue(options.lower);
  m_upper->setValue(options.upper);
  m_opacity->setValue(int(std::lround(options.opacity * 100)));
  m_opacityValue->setText(QStringLiteral("%1%").arg(m_opacity->value()));
  m_showing = false;
}

void FusionControls::apply() {
  m_opacityValue->setText(QStringLiteral("%1%").arg(m_opacity->value()));
  if (m_showing) return;
  FusionOptions options = m_layout->fusionOptions();
  options.colorMap = FusionColorMap(m_colorMap->currentData().toInt());
  options.blend = FusionBlend(m_blend->currentData().toInt());
  options.lower = m_lower->value();
  // An empty window would colour nothing: keep upper above lower.
  options.upper = std::max(m_upper->value(), options.lower + 0.1);
  options.opacity = m_opacity->value() / 100.0;
  m_layout->setFusionOptions(options);
  if (options.upper != m_upper->value()) showOptions(options);
}

}  // namespace yunyue
