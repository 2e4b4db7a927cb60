// Fusion colour maps and blending (issue 7), no display: the maps' end
// colours and ramps, the window (below lower transparent, upper and above
// the last colour), opacity 0 and 1, additive saturation, the checkerboard's
// tiles at full and half resolution, and an invisible overlay.

#include "viewer/FusionColorMap.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace yunyue;

namespace {

int red(uint32_t c) { return int(c >> 16 & 0xFF); }
int green(uint32_t c) { return int(c >> 8 & 0xFF); }
int blue(uint32_t c) { return int(c & 0xFF); }
uint32_t grey(int g) { return 0xFF000000u | uint32_t(g) * 0x010101u; }
// Rec. 601 luma, as qGray weighs it.
double luma(uint32_t c) { return 0.299 * red(c) + 0.587 * green(c) + 0.114 * blue(c); }

// Hue in degrees (0 red, 120 green, 240 blue) of a saturated colour.
double hue(uint32_t c) {
  const double r = red(c), g = green(c), b = blue(c);
  const double mx = std::max({r, g, b}), mn = std::min({r, g, b});
  if (mx == mn) return -1;
  double h;
  if (mx == r)
    h = 60 * std::fmod((g - b) / (mx - mn), 6.0);
  else if (mx == g)
    h = 60 * ((b - r) / (mx - mn) + 2);
  else
    h = 60 * ((r - g) / (mx - mn) + 4);
  return h < 0 ? h + 360 : h;
}

std::vector<uint32_t> fuse(const FusionOptions& o, const std::vector<uint8_t>& base, const std::vector<float>& overlay,
                           int row = 0, int factor = 1) {
  std::vector<uint32_t> out(base.size());
  FusionCompositor(o).fuseRow(base.data(), overlay.data(), int(base.size()), row, factor, out.data());
  return out;
}

}  // namespace

class TestFusion : public QObject {
  Q_OBJECT
 private slots:
  void endColours_data() {
    QTest::addColumn<int>("map");
    QTest::addColumn<uint>("first");
    QTest::addColumn<uint>("last");
    QTest::newRow("hot iron: black to white") << int(FusionColorMap::HotIron) << 0xFF000000u << 0xFFFFFFFFu;
    QTest::newRow("rainbow: blue to red") << int(FusionColorMap::Rainbow) << 0xFF0000FFu << 0xFFFF0000u;
    QTest::newRow("grey: black to white") << int(FusionColorMap::Grey) << 0xFF000000u << 0xFFFFFFFFu;
  }
  void endColours() {
    QFETCH(int, map);
    QFETCH(uint, first);
    QFETCH(uint, last);
    const FusionColorTable t = fusionColorTable(FusionColorMap(map));
    QCOMPARE(uint(t[0]), first);
    QCOMPARE(uint(t[255]), last);
    for (uint32_t c : t) QCOMPARE(c >> 24, 0xFFu);  // opaque
  }

  // Hot iron: each channel never falls, red comes first, then green, then
  // blue (black → red → orange → yellow-white → white); brightness rises.
  void hotIronRamp() {
    const FusionColorTable t = fusionColorTable(FusionColorMap::HotIron);
    for (size_t i = 1; i < 256; ++i) {
      QVERIFY(red(t[i]) >= red(t[i - 1]));
      QVERIFY(green(t[i]) >= green(t[i - 1]));
      QVERIFY(blue(t[i]) >= blue(t[i - 1]));
      QVERIFY(luma(t[i]) > luma(t[i - 1]));
      QVERIFY(red(t[i]) >= green(t[i]) && green(t[i]) >= blue(t[i]));
    }
    QCOMPARE(red(t[127]), 254);  // red alone up to the half
    QCOMPARE(green(t[127]), 0);
    QCOMPARE(red(t[128]), 255);
    QCOMPARE(blue(t[191]), 0);  // orange at three quarters, then blue comes in
    QVERIFY(green(t[191]) > 100 && green(t[191]) < 160);
  }

  // Rainbow: the hue falls steadily from blue to red, fully saturated.
  void rainbowRamp() {
    const FusionColorTable t = fusionColorTable(FusionColorMap::Rainbow);
    double previous = 241;
    for (uint32_t c : t) {
      const double h = hue(c);
      QVERIFY2(h <= previous + 1e-9, qPrintable(QString::number(h)));
      QCOMPARE(std::max({red(c), green(c), blue(c)}), 255);
      QCOMPARE(std::min({red(c), green(c), blue(c)}), 0);
      previous = h;
    }
    QVERIFY(std::abs(hue(t[128]) - 120) < 2);  // green in the middle
  }

  void greyRamp() {
    const FusionColorTable t = fusionColorTable(FusionColorMap::Grey);
    for (int i = 0; i < 256; ++i) QCOMPARE(t[size_t(i)], grey(i));
  }

  // The window: lower → first colour, upper → last, linear between; below
  // lower and outside the overlay (−∞, NaN) transparent.
  void window() {
    FusionOptions o;
    o.lower = 2;
    o.upper = 7;
    const FusionCompositor f(o);
    QCOMPARE(f.colorIndex(2.0f), 0);
    QCOMPARE(f.colorIndex(7.0f), 255);
    QCOMPARE(f.colorIndex(100.0f), 255);
    QCOMPARE(f.colorIndex(4.5f), 128);  // 127.5 rounds up
    QCOMPARE(f.colorIndex(1.999f), -1);
    QCOMPARE(f.colorIndex(-std::numeric_limits<float>::infinity()), -1);
    QCOMPARE(f.colorIndex(std::numeric_limits<float>::quiet_NaN()), -1);
    for (float v = 2; v < 7; v += 0.01f) QVERIFY(f.colorIndex(v + 0.01f) >= f.colorIndex(v));
  }

  // Below lower the base shows through untouched, whatever the opacity.
  void transparentBelowLower() {
    FusionOptions o;
    o.lower = 1;
    o.upper = 5;
    o.opacity = 1;
    const std::vector<uint8_t> base = {0, 77, 200, 255};
    const std::vector<float> overlay = {0.99f, -3, -std::numeric_limits<float>::infinity(),
                                        std::numeric_limits<float>::quiet_NaN()};
    for (FusionBlend b : {FusionBlend::Alpha, FusionBlend::Additive}) {
      o.blend = b;
      const std::vector<uint32_t> out = fuse(o, base, overlay);
      for (size_t i = 0; i < base.size(); ++i) QCOMPARE(out[i], grey(base[i]));
    }
  }

  // Opacity 0: the grey picture exactly; 1: the overlay's colours exactly;
  // between: a weighted mean of both.
  void opacity() {
    FusionOptions o;
    o.lower = 0;
    o.upper = 10;
    std::vector<uint8_t> base;
    std::vector<float> overlay;
    for (int i = 0; i < 256; ++i) {
      base.push_back(uint8_t((i * 37) % 256));
      overlay.push_back(float(i) / 25.5f);
    }
    const FusionColorTable t = fusionColorTable(o.colorMap);
    o.opacity = 0;
    std::vector<uint32_t> out = fuse(o, base, overlay);
    for (size_t i = 0; i < base.size(); ++i) QCOMPARE(out[i], grey(base[i]));
    o.opacity = 1;
    out = fuse(o, base, overlay);
    for (size_t i = 0; i < base.size(); ++i) QCOMPARE(out[i], t[size_t(FusionCompositor(o).colorIndex(overlay[i]))]);
    o.opacity = 0.25;
    out = fuse(o, base, overlay);
    for (size_t i = 0; i < base.size(); ++i) {
      const uint32_t c = t[size_t(FusionCompositor(o).colorIndex(overlay[i]))];
      QVERIFY(std::abs(red(out[i]) - (0.75 * base[i] + 0.25 * red(c))) <= 1);
      QVERIFY(std::abs(green(out[i]) - (0.75 * base[i] + 0.25 * green(c))) <= 1);
      QVERIFY(std::abs(blue(out[i]) - (0.75 * base[i] + 0.25 * blue(c))) <= 1);
    }
  }

  // Additive: base + opacity × colour, never past white.
  void additive() {
    FusionOptions o;
    o.lower = 0;
    o.upper = 1;
    o.opacity = 1;
    o.blend = FusionBlend::Additive;
    const std::vector<uint32_t> out = fuse(o, {100, 200, 100}, {0.5f, 1.0f, 0.0f});
    const FusionColorTable t = fusionColorTable(o.colorMap);
    QCOMPARE(red(out[0]), std::min(255, 100 + red(t[128])));
    QCOMPARE(green(out[0]), std::min(255, 100 + green(t[128])));
    QCOMPARE(out[1], 0xFFFFFFFFu);  // white over bright bone saturates
    QCOMPARE(out[2], grey(100));    // the first colour of hot iron is black: adds nothing
  }

  // Tiles of checkerTileScreenPixels screen pixels, alternating base and
  // overlay (opaque, whatever the opacity), the same on screen at half resolution.
  void checkerboard() {
    FusionOptions o;
    o.lower = 0;
    o.upper = 1;
    o.opacity = 0.1;
    o.blend = FusionBlend::Checkerboard;
    o.checkerTileScreenPixels = 4;
    o.colorMap = FusionColorMap::Grey;
    const int n = 16;
    const std::vector<uint8_t> base(n, 10);
    const std::vector<float> overlay(n, 1.0f);  // white where the overlay shows
    for (int factor : {1, 2}) {
      for (int row = 0; row < 16 / factor; ++row) {
        const std::vector<uint32_t> out = fuse(o, base, overlay, row, factor);
        for (int c = 0; c < n / factor; ++c) {
          const bool overlayTile = ((row * factor / 4 + c * factor / 4) % 2) == 1;
          QCOMPARE(out[size_t(c)], overlayTile ? grey(255) : grey(10));
        }
      }
    }
    // Outside the overlay volume the base shows in every tile; below lower,
    // overlay tiles show the map's first colour.
    std::vector<uint32_t> out = fuse(o, base, std::vector<float>(n, -std::numeric_limits<float>::infinity()));
    for (uint32_t c : out) QCOMPARE(c, grey(10));
    out = fuse(o, base, std::vector<float>(n, -5.0f));
    QCOMPARE(out[4], grey(0));
    QCOMPARE(out[0], grey(10));
  }

  void invisible() {
    FusionOptions o;
    o.visible = false;
    o.opacity = 1;
    const std::vector<uint32_t> out = fuse(o, {3, 99}, {100, 100});
    QCOMPARE(out[0], grey(3));
    QCOMPARE(out[1], grey(99));
  }

  // The picture's rows use their own strides.
  void image() {
    FusionOptions o;
    o.lower = 0;
    o.upper = 1;
    o.opacity = 1;
    o.colorMap = FusionColorMap::Grey;
    const std::vector<uint8_t> base = {1, 2, 0, 3, 4, 0};                  // 2×2, stride 3
    const std::vector<float> overlay = {-1, 1, 0, 0, -1, 0, 0, 0};         // 2×2, stride 4
    std::vector<uint32_t> out(2 * 5, 0);                                  // stride 5
    FusionCompositor(o).fuseImage(base.data(), 3, overlay.data(), 4, 2, 2, 1, out.data(), 5);
    QCOMPARE(out[0], grey(1));
    QCOMPARE(out[1], grey(255));
    QCOMPARE(out[5], grey(3));
    QCOMPARE(out[6], grey(0));
    QCOMPARE(out[2], 0u);  // beyond the width: untouched
  }
};

QTEST_APPLESS_MAIN(TestFusion)
#include "test_fusion.moc"
