#pragma once
// Fusion of a second series (PET, SPECT, a perfusion map, a registered prior)
// over the grey base picture: a colour map, a window in the overlay's own
// values ("SUV-style": lower / upper, values below lower are transparent so
// the base shows through), an opacity and a blend mode. Core code: no
// widgets, no Qt GUI; works on the windowed 8-bit base and the overlay's
// resliced values, one row at a time, in plain integer loops (it runs per
// frame at screen resolution).
//
// Pixels are 32-bit 0xAARRGGBB words with alpha 255 (QImage::Format_RGB32
// reads them as they are).

#include <array>
#include <cstdint>

namespace yunyue {

// The colour ramps, each computed (not tabulated) from its definition:
// - HotIron: the shape of the DICOM Hot Iron palette (PS3.6 Annex B,
//   well-known colour palettes, 1.2.840.10008.1.5.2): red rises over the
//   first half, green over the second half, blue over the last quarter, so
//   black → red → orange → yellow-white → white. The PET reader's map.
// - Rainbow: a hue sweep at full saturation from blue (low) through cyan,
//   green and yellow to red (high), for maps read by hue (perfusion, SPECT).
// - Grey: black → white, for a second anatomical series.
enum class FusionColorMap { HotIron, Rainbow, Grey };

// How a coloured overlay pixel meets the base pixel under it.
// - Alpha: overlay over base, weight `opacity` (0: base only, 1: overlay only).
// - Additive: base + opacity × overlay colour, saturating: bright spots stay
//   visible over bright bone.
// - Checkerboard: square tiles alternating base and overlay (overlay tiles
//   opaque, whatever the opacity), for checking a registration at the tiles'
//   edges.
enum class FusionBlend { Alpha, Additive, Checkerboard };

struct FusionOptions {
  FusionColorMap colorMap = FusionColorMap::HotIron;
  // The window, in the overlay's values (SUV, counts, HU): lower maps to the
  // map's first colour, upper (and above) to its last; below lower is transparent.
  double lower = 0;
  double upper = 5;
  double opacity = 0.5;  // 0..1
  FusionBlend blend = FusionBlend::Alpha;
  int checkerTileScreenPixels = 32;  // side of a checkerboard tile on screen
  bool visible = true;               // false: the base picture alone
};

bool operator==(const FusionOptions& a, const FusionOptions& b);
inline bool operator!=(const FusionOptions& a, const FusionOptions& b) { return !(a == b); }

using FusionColorTable = std::array<uint32_t, 256>;  // 0xFFRRGGBB

// The 256 colours of a map, index 0 = lower end.
FusionColorTable fusionColorTable(FusionColorMap map);

// Composes rows of a fused picture with one set of options (the tables and
// fixed-point weights are prepared once, not per pixel).
class FusionCompositor {
 public:
  explicit FusionCompositor(const FusionOptions& options);

  const FusionOptions& options() const { return m_options; }
  const FusionColorTable& colorTable() const { return m_table; }

  // The table index of an overlay value, or -1 where it is transparent
  // (below lower, or not a number: outside the overlay volume).
  int colorIndex(float overlayValue) const;

  // One row of `count` pixels. baseGrey: the windowed base (0..255);
  // overlay: the overlay's values on the same pixels. For the checkerboard,
  // row is the row's index and pixelFactor the screen pixels per image
  // pixel (2 for a half-resolution frame), so tiles keep their screen size.
  void fuseRow(const uint8_t* baseGrey, const float* overlay, int count, int row, int pixelFactor,
               uint32_t* argbOut) const;

  // A whole picture: rows of `width` pixels, each buffer with its own stride
  // (in elements).
  void fuseImage(const uint8_t* baseGrey, int baseStride, const float* overlay, int overlayStride, int width,
                 int height, int pixelFactor, uint32_t* argbOut, int outStride) const;

 private:
  FusionOptions m_options;
  FusionColorTable m_table;
  float m_lower = 0;
  float m_scale = 0;  // table steps per overlay unit
  int m_weight = 0;   // opacity in 1/256
};

}  // namespace yunyue
