#include "viewer/FusionColorMap.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace yunyue {
namespace {

uint32_t argb(int r, int g, int b) { return 0xFF000000u | uint32_t(r) << 16 | uint32_t(g) << 8 | uint32_t(b); }

uint32_t greyArgb(uint8_t g) { return 0xFF000000u | uint32_t(g) * 0x010101u; }

// 0 before `start`, 255 from `end`, linear between (fractions of the table).
int ramp(double t, double start, double end) {
  return int(std::lround(255.0 * std::clamp((t - start) / (end - start), 0.0, 1.0)));
}

// Hot iron as PS3.6 Annex B shapes it: red over [0, 1/2], green over
// [1/2, 1], blue over [3/4, 1].
uint32_t hotIron(double t) { return argb(ramp(t, 0, 0.5), ramp(t, 0.5, 1), ramp(t, 0.75, 1)); }

// Hue from 240° (blue) down to 0° (red), saturation and value 1: the
// standard HSV → RGB sectors of 60°.
uint32_t rainbow(double t) {
  const double hue = 240.0 * (1.0 - t);
  const int sector = std::min(3, int(hue / 60.0));
  const int rising = int(std::lround(255.0 * (hue / 60.0 - sector)));
  switch (sector) {
    case 0: return argb(255, rising, 0);          // red → yellow
    case 1: return argb(255 - rising, 255, 0);    // yellow → green
    case 2: return argb(0, 255, rising);          // green → cyan
    default: return argb(0, 255 - rising, 255);   // cyan → blue
  }
}

// The values a reslice gives outside the overlay volume (MprView passes
// -infinity as background) and not-a-number: never coloured.
bool outsideOverlay(float v) { return !(v > std::numeric_limits<float>::lowest()); }

uint32_t mix(uint8_t grey, uint32_t colour, int weight) {
  const int keep = 256 - weight;
  const int r = (grey * keep + int(colour >> 16 & 0xFF) * weight) >> 8;
  const int g = (grey * keep + int(colour >> 8 & 0xFF) * weight) >> 8;
  const int b = (grey * keep + int(colour & 0xFF) * weight) >> 8;
  return argb(r, g, b);
}

uint32_t add(uint8_t grey, uint32_t colour, int weight) {
  const int r = std::min(255, grey + ((int(colour >> 16 & 0xFF) * weight) >> 8));
  const int g = std::min(255, grey + ((int(colour >> 8 & 0xFF) * weight) >> 8));
  const int b = std::min(255, grey + ((int(colour & 0xFF) * weight) >> 8));
  return argb(r, g, b);
}

}  // namespace

bool operator==(const FusionOptions& a, const FusionOptions& b) {
  return a.colorMap == b.colorMap && a.lower == b.lower && a.upper == b.upper && a.opacity == b.opacity &&
         a.blend == b.blend && a.checkerTileScreenPixels == b.checkerTileScreenPixels && a.visible == b.visible;
}

FusionColorTable fusionColorTable(FusionColorMap map) {
  FusionColorTable table{};
  for (int i = 0; i < 256; ++i) {
    const double t = i / 255.0;
    switch (map) {
      case FusionColorMap::HotIron: table[size_t(i)] = hotIron(t); break;
      case FusionColorMap::Rainbow: table[size_t(i)] = rainbow(t); break;
      case FusionColorMap::Grey: table[size_t(i)] = greyArgb(uint8_t(i)); break;
    }
  }
  return table;
}

FusionCompositor::FusionCompositor(const FusionOptions& options)
    : m_options(options), m_table(fusionColorTable(options.colorMap)), m_lower(float(options.lower)) {
  const double range = options.upper - options.lower;
  // A window of no width: everything at or above lower takes the last colour.
  m_scale = range > 0 ? float(255.0 / range) : 1e30f;
  m_weight = int(std::lround(256.0 * std::clamp(options.opacity, 0.0, 1.0)));
}

int FusionCompositor::colorIndex(float overlayValue) const {
  if (!(overlayValue >= m_lower)) return -1;
  const float t = (overlayValue - m_lower) * m_scale + 0.5f;
  return t >= 255.0f ? 255 : int(t);
}

void FusionCompositor::fuseRow(const uint8_t* baseGrey, const float* overlay, int count, int row,
                               int pixelFactor, uint32_t* argbOut) const {
  if (!m_options.visible) {
    for (int c = 0; c < count; ++c) argbOut[c] = greyArgb(baseGrey[c]);
    return;
  }
  switch (m_options.blend) {
    case FusionBlend::Alpha:
      for (int c = 0; c < count; ++c) {
        const int i = colorIndex(overlay[c]);
        argbOut[c] = i < 0 ? greyArgb(baseGrey[c]) : mix(baseGrey[c], m_table[size_t(i)], m_weight);
      }
      break;
    case FusionBlend::Additive:
      for (int c = 0; c < count; ++c) {
        const int i = colorIndex(overlay[c]);
        argbOut[c] = i < 0 ? greyArgb(baseGrey[c]) : add(baseGrey[c], m_table[size_t(i)], m_weight);
      }
      break;
    case FusionBlend::Checkerboard: {
      // Overlay tiles show the overlay's whole anatomy (below lower: the
      // map's first colour), so edges can be followed across tile borders.
      const int tile = std::max(1, m_options.checkerTileScreenPixels);
      const int factor = std::max(1, pixelFactor);
      const int tileRow = row * factor / tile;
      for (int c = 0; c < count; ++c) {
        const float v = overlay[c];
        const bool overlayTile = ((tileRow + c * factor / tile) & 1) != 0;
        if (!overlayTile || outsideOverlay(v)) {
          argbOut[c] = greyArgb(baseGrey[c]);
        } else {
          const int i = colorIndex(v);
          argbOut[c] = m_table[size_t(std::max(0, i))];
        }
      }
      break;
    }
  }
}

void FusionCompositor::fuseImage(const uint8_t* baseGrey, int baseStride, const float* overlay, int overlayStride,
                                 int width, int height, int pixelFactor, uint32_t* argbOut, int outStride) const {
  for (int r = 0; r < height; ++r)
    fuseRow(baseGrey + size_t(r) * size_t(baseStride), overlay + size_t(r) * size_t(overlayStride), width, r,
            pixelFactor, argbOut + size_t(r) * size_t(outStride));
}

}  // namespace yunyue
