#include "viewer/ResliceEngine.h"

#include <QThread>
#include <QThreadPool>

#include <Eigen/Geometry>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define YUNYUE_RESLICE_X86 1
// Compiled for AVX2 + FMA (and AVX-512 below) whatever the build's flags;
// only called after the run-time check in cpuSimdLevel().
#define YUNYUE_AVX2 __attribute__((target("avx2,fma")))
#endif

namespace yunyue {

// ---------------------------------------------------------------- planes ---

Eigen::Vector3d ReslicePlane::pixelToPatient(double column, double row) const {
  return origin + column * spacing.x() * rowDirection + row * spacing.y() * columnDirection;
}

Eigen::Vector2d ReslicePlane::patientToPixel(const Eigen::Vector3d& lps) const {
  const Eigen::Vector3d d = lps - origin;
  return {d.dot(rowDirection) / spacing.x(), d.dot(columnDirection) / spacing.y()};
}

ReslicePlane ReslicePlane::rotated(const Eigen::Vector3d& axis, double angleRadians,
                                   const Eigen::Vector3d& pivot) const {
  const Eigen::Matrix3d r = Eigen::AngleAxisd(angleRadians, axis.normalized()).toRotationMatrix();
  ReslicePlane p = *this;
  p.origin = pivot + r * (origin - pivot);
  p.rowDirection = r * rowDirection;
  p.columnDirection = r * columnDirection;
  return p;
}

ReslicePlane ReslicePlane::translated(const Eigen::Vector3d& offsetLps) const {
  ReslicePlane p = *this;
  p.origin += offsetLps;
  return p;
}

bool ReslicePlane::isValid() const {
  return columns > 0 && rows > 0 && spacing.x() > 0 && spacing.y() > 0 && origin.allFinite() &&
         rowDirection.allFinite() && columnDirection.allFinite() &&
         rowDirection.cross(columnDirection).norm() > 1e-6;
}

namespace {

// Index-space vector of a patient-space direction (no translation).
Eigen::Vector3d indexVector(const ImageGeometry& g, const Eigen::Vector3d& lps) {
  return g.patientToIndex(g.origin + lps);
}

// Pixel spacing that samples direction d as finely as the voxels do: the
// voxel spacing for a volume axis, the common spacing for isotropic voxels.
double spacingAlong(const ImageGeometry& g, const Eigen::Vector3d& d) {
  const double perMm = indexVector(g, d).norm();  // index units per mm along d
  return perMm > 0 ? 1.0 / perMm : 1.0;
}

}  // namespace

ReslicePlane fitPlaneToVolume(const ImageGeometry& g, const Eigen::Vector3d& pointLps,
                              const Eigen::Vector3d& rowDirection,
                              const Eigen::Vector3d& columnDirection) {
  ReslicePlane p;
  p.rowDirection = rowDirection.normalized();
  // Gram-Schmidt: the column direction may come in slightly off after rotations.
  p.columnDirection =
      (columnDirection - p.rowDirection * p.rowDirection.dot(columnDirection)).normalized();
  p.spacing = {spacingAlong(g, p.rowDirection), spacingAlong(g, p.columnDirection)};

  double lo[2] = {std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
  double hi[2] = {std::numeric_limits<double>::lowest(), std::numeric_limits<double>::lowest()};
  for (int corner = 0; corner < 8; ++corner) {
    const Eigen::Vector3d ijk((corner & 1) ? g.size.x() - 1 : 0, (corner & 2) ? g.size.y() - 1 : 0,
                              (corner & 4) ? g.size.z() - 1 : 0);
    const Eigen::Vector3d d = g.indexToPatient(ijk) - pointLps;
    const double uv[2] = {d.dot(p.rowDirection), d.dot(p.columnDirection)};
    for (int a = 0; a < 2; ++a) {
      lo[a] = std::min(lo[a], uv[a]);
      hi[a] = std::max(hi[a], uv[a]);
    }
  }
  double start[2];
  int count[2];
  for (int a = 0; a < 2; ++a) {
    const double s = p.spacing[a];
    const double cells = (hi[a] - lo[a]) / s;
    const double whole = std::round(cells);
    // On a volume axis the extent is a whole number of voxels: keep the grid
    // on the voxel centres. Otherwise centre a grid that covers the extent.
    if (std::abs(cells - whole) < 1e-6) {
      count[a] = int(whole) + 1;
      start[a] = lo[a];
    } else {
      count[a] = int(std::ceil(cells)) + 1;
      start[a] = 0.5 * (lo[a] + hi[a]) - 0.5 * (count[a] - 1) * s;
    }
  }
  p.columns = std::max(1, count[0]);
  p.rows = std::max(1, count[1]);
  p.origin = pointLps + start[0] * p.rowDirection + start[1] * p.columnDirection;
  return p;
}

ReslicePlane axialPlane(const ImageGeometry& g, const Eigen::Vector3d& pointLps) {
  return fitPlaneToVolume(g, pointLps, {1, 0, 0}, {0, 1, 0});
}

ReslicePlane coronalPlane(const ImageGeometry& g, const Eigen::Vector3d& pointLps) {
  return fitPlaneToVolume(g, pointLps, {1, 0, 0}, {0, 0, -1});
}

ReslicePlane sagittalPlane(const ImageGeometry& g, const Eigen::Vector3d& pointLps) {
  return fitPlaneToVolume(g, pointLps, {0, 1, 0}, {0, 0, -1});
}

SlabSampling slabSampling(const ImageGeometry& g, const SlabOptions& slab) {
  SlabSampling s;
  if (slab.mode == SlabMode::None || !(slab.thicknessMm > 0)) return s;
  const double step = slab.stepMm > 0 ? slab.stepMm : 0.5 * g.spacing.minCoeff();
  // The 1e-9 keeps a thickness that is a whole number of steps from getting
  // one extra sample through rounding.
  s.count = int(std::ceil(slab.thicknessMm / step - 1e-9)) + 1;
  s.spacingMm = slab.thicknessMm / (s.count - 1);
  s.firstOffsetMm = -0.5 * slab.thicknessMm;
  return s;
}

// ------------------------------------------------------------ crosshair ---

CrosshairModel::CrosshairModel(const ImageGeometry& volume)
    : m_volume(volume),
      m_centre(volume.indexToPatient(0.5 * (volume.size.cast<double>() - Eigen::Vector3d::Ones()))) {}

void CrosshairModel::rotate(View view, double angleRadians) {
  rotate(normal(view), angleRadians);
  // The shared turn would also spin this view's picture about its own
  // normal: turn its in-plane directions back so only the others move.
  m_inPlaneTurn[int(view)] -= angleRadians;
}

void CrosshairModel::rotate(const Eigen::Vector3d& axisLps, double angleRadians) {
  const Eigen::Matrix3d r = Eigen::AngleAxisd(angleRadians, axisLps.normalized()).toRotationMatrix();
  // Re-orthonormalise so that thousands of small drags don't let rounding
  // skew the three planes.
  const Eigen::Quaterniond q(r * m_orientation);
  m_orientation = q.normalized().toRotationMatrix();
}

void CrosshairModel::resetOrientation() {
  m_orientation = Eigen::Matrix3d::Identity();
  std::fill(std::begin(m_inPlaneTurn), std::end(m_inPlaneTurn), 0.0);
}

void CrosshairModel::followOrientation(const CrosshairModel& leader, const Eigen::Matrix3d& leaderToThis) {
  // In-plane corrections turn about each view's normal; carried by the same
  // rotation they stay corrections about the carried normal.
  const Eigen::Quaterniond q(leaderToThis * leader.m_orientation);
  m_orientation = q.normalized().toRotationMatrix();
  std::copy(std::begin(leader.m_inPlaneTurn), std::end(leader.m_inPlaneTurn), std::begin(m_inPlaneTurn));
}

namespace {
Eigen::Vector3d standardRow(CrosshairModel::View view) {
  return view == CrosshairModel::View::Sagittal ? Eigen::Vector3d(0, 1, 0) : Eigen::Vector3d(1, 0, 0);
}
Eigen::Vector3d standardColumn(CrosshairModel::View view) {
  return view == CrosshairModel::View::Axial ? Eigen::Vector3d(0, 1, 0) : Eigen::Vector3d(0, 0, -1);
}
}  // namespace

Eigen::Matrix3d CrosshairModel::uprightCorrection(View view) const {
  const Eigen::Vector3d n = m_orientation * standardRow(view).cross(standardColumn(view));
  return Eigen::AngleAxisd(m_inPlaneTurn[int(view)], n).toRotationMatrix();
}

Eigen::Vector3d CrosshairModel::rowDirection(View view) const {
  return uprightCorrection(view) * (m_orientation * standardRow(view));
}

Eigen::Vector3d CrosshairModel::columnDirection(View view) const {
  return uprightCorrection(view) * (m_orientation * standardColumn(view));
}

ReslicePlane CrosshairModel::plane(View view) const {
  return fitPlaneToVolume(m_volume, m_centre, rowDirection(view), columnDirection(view));
}

// ------------------------------------------------------------- sampling ---

namespace {

// Inside means [-0.5, n-0.5] on every axis, give or take this (voxels), so
// that a plane lying exactly on the volume's face is not lost to rounding.
constexpr double kInsideTolerance = 1e-5;
// A position this close to a voxel centre (voxels) is taken as on it: planes
// built from patient coordinates land on centres only to double rounding.
constexpr double kSnap = 1e-6;

// Which loops: 0 scalar, 1 AVX2 + FMA, 2 AVX-512 (capped at what the CPU has).
std::atomic<int> g_simdCap{2};
std::atomic<int> g_maxThreads{0};

int cpuSimdLevel() {
#ifdef YUNYUE_RESLICE_X86
  static const int level = !(__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) ? 0
                           : __builtin_cpu_supports("avx512f")                                  ? 2
                                                                                                : 1;
  return level;
#else
  return 0;
#endif
}

int simdLevel() { return std::min(cpuSimdLevel(), g_simdCap.load(std::memory_order_relaxed)); }

// How samples are combined into the output row.
enum class Op { Store, Max, Min, Add };

template <Op op>
inline void combine(float& acc, float v) {
  if constexpr (op == Op::Store) acc = v;
  if constexpr (op == Op::Max) acc = std::max(acc, v);
  if constexpr (op == Op::Min) acc = std::min(acc, v);
  if constexpr (op == Op::Add) acc += v;
}

// The volume as the loops see it.
struct Grid {
  const float* data = nullptr;
  int n[3]{};
  int stride[3]{};    // elements to the next voxel along i, j, k
  int next[3]{};      // offset of the second linear tap: the stride, or 0 on a one-voxel axis
  int lastLinear[3]{};  // largest first linear tap: n-2, or 0 on a one-voxel axis
};

Grid makeGrid(const Volume& v) {
  Grid g;
  g.data = v.data();
  const Eigen::Vector3i n = v.geometry().size;
  const int strides[3] = {1, n.x(), n.x() * n.y()};
  for (int a = 0; a < 3; ++a) {
    g.n[a] = n[a];
    g.stride[a] = strides[a];
    g.next[a] = n[a] > 1 ? strides[a] : 0;
    g.lastLinear[a] = std::max(n[a] - 2, 0);
  }
  return g;
}

// floor without a library call (SSE2 has no floor instruction); exact, as the
// vector loops' floor is, so that both pick the same voxel.
inline int floorToInt(float x) {
  const int i = int(x);
  return float(i) > x ? i - 1 : i;
}

// Catmull-Rom weights for taps at -1, 0, +1, +2 around fraction f.
template <class T>
inline void catmullRom(T f, T w[4]) {
  const T f2 = f * f, f3 = f2 * f;
  w[0] = T(-0.5) * f3 + f2 - T(0.5) * f;
  w[1] = T(1.5) * f3 - T(2.5) * f2 + T(1);
  w[2] = T(-1.5) * f3 + T(2) * f2 + T(0.5) * f;
  w[3] = T(0.5) * f3 - T(0.5) * f2;
}

// One output row in index space: column c samples start + c * step. Every
// loop computes positions from column 0 the same way, so that the vector and
// the scalar loops pick the same nearest voxel.
struct RowRay {
  float start[3];
  float step[3];
};

// --- scalar loops: any CPU (and linear on volumes one voxel wide) -----------

template <Op op>
void nearestScalar(const Grid& g, const RowRay& r, int begin, int end, float* acc) {
  for (int c = begin; c < end; ++c) {
    const float t = float(c);
    std::ptrdiff_t offset = 0;
    for (int a = 0; a < 3; ++a) {
      const int i = std::clamp(floorToInt((r.start[a] + 0.5f) + t * r.step[a]), 0, g.n[a] - 1);
      offset += std::ptrdiff_t(i) * g.stride[a];
    }
    combine<op>(acc[c], g.data[offset]);
  }
}

template <Op op>
void linearScalar(const Grid& g, const RowRay& r, int begin, int end, float* acc) {
  const std::ptrdiff_t nx = g.next[0], ny = g.next[1], nz = g.next[2];
  for (int c = begin; c < end; ++c) {
    const float t = float(c);
    std::ptrdiff_t offset = 0;
    float w[3];
    for (int a = 0; a < 3; ++a) {
      const float x = r.start[a] + t * r.step[a];
      // Clamping the tap and the weight repeats the edge voxels in the half
      // voxel beyond the outermost centres.
      const int i = std::clamp(floorToInt(x), 0, g.lastLinear[a]);
      w[a] = std::clamp(x - float(i), 0.0f, 1.0f);
      offset += std::ptrdiff_t(i) * g.stride[a];
    }
    const float* p = g.data + offset;
    const float c00 = p[0] + w[0] * (p[nx] - p[0]);
    const float c10 = p[ny] + w[0] * (p[ny + nx] - p[ny]);
    const float c01 = p[nz] + w[0] * (p[nz + nx] - p[nz]);
    const float c11 = p[nz + ny] + w[0] * (p[nz + ny + nx] - p[nz + ny]);
    const float c0 = c00 + w[1] * (c10 - c00);
    const float c1 = c01 + w[1] * (c11 - c01);
    combine<op>(acc[c], c0 + w[2] * (c1 - c0));
  }
}

template <Op op>
void cubicScalar(const Grid& g, const RowRay& r, int begin, int end, float* acc) {
  for (int c = begin; c < end; ++c) {
    const float t = float(c);
    float w[3][4];
    std::ptrdiff_t tap[3][4];
    for (int a = 0; a < 3; ++a) {
      const float x = r.start[a] + t * r.step[a];
      const int i = floorToInt(x);
      catmullRom(x - float(i), w[a]);
      for (int k = 0; k < 4; ++k)
        tap[a][k] = std::ptrdiff_t(std::clamp(i - 1 + k, 0, g.n[a] - 1)) * g.stride[a];
    }
    float v = 0;
    for (int kz = 0; kz < 4; ++kz) {
      float vy = 0;
      for (int ky = 0; ky < 4; ++ky) {
        const float* p = g.data + tap[2][kz] + tap[1][ky];
        vy += w[1][ky] * (w[0][0] * p[tap[0][0]] + w[0][1] * p[tap[0][1]] +
                          w[0][2] * p[tap[0][2]] + w[0][3] * p[tap[0][3]]);
      }
      v += w[2][kz] * vy;
    }
    combine<op>(acc[c], v);
  }
}

// --- AVX2 loops: eight columns at a time, voxels fetched by gathers --------
// A row's last group may be partial: its extra lanes sample past the segment
// (indices are clamped, so memory stays inside the volume) and are masked
// off when stored. That keeps tails in the vector loop, which matters for
// slabs: one short segment per row and slab sample.

#ifdef YUNYUE_RESLICE_X86

template <Op op>
YUNYUE_AVX2 inline __m256 combine8(__m256 old, __m256 v) {
  if constexpr (op == Op::Max) return _mm256_max_ps(old, v);
  if constexpr (op == Op::Min) return _mm256_min_ps(old, v);
  if constexpr (op == Op::Add) return _mm256_add_ps(old, v);
  return v;
}

// Combines lanes [0, count) of v into acc[0, count).
template <Op op>
YUNYUE_AVX2 inline void store8(float* acc, __m256 v, int count) {
  if (count >= 8) {
    if constexpr (op == Op::Store) _mm256_storeu_ps(acc, v);
    else _mm256_storeu_ps(acc, combine8<op>(_mm256_loadu_ps(acc), v));
    return;
  }
  const __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(count), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
  if constexpr (op == Op::Store) _mm256_maskstore_ps(acc, mask, v);
  else _mm256_maskstore_ps(acc, mask, combine8<op>(_mm256_maskload_ps(acc, mask), v));
}

YUNYUE_AVX2 inline __m256 lerp8(__m256 a, __m256 b, __m256 w) {
  return _mm256_fmadd_ps(w, _mm256_sub_ps(b, a), a);
}

template <Op op>
YUNYUE_AVX2 void nearestAvx2(const Grid& g, const RowRay& r, int begin, int end, float* acc) {
  const __m256 lane = _mm256_setr_ps(0, 1, 2, 3, 4, 5, 6, 7);
  const __m256i zero = _mm256_setzero_si256();
  __m256 start[3], step[3];
  __m256i last[3], stride[3];
  for (int a = 0; a < 3; ++a) {
    start[a] = _mm256_set1_ps(r.start[a] + 0.5f);
    step[a] = _mm256_set1_ps(r.step[a]);
    last[a] = _mm256_set1_epi32(g.n[a] - 1);
    stride[a] = _mm256_set1_epi32(g.stride[a]);
  }
  for (int c = begin; c < end; c += 8) {
    const __m256 t = _mm256_add_ps(_mm256_set1_ps(float(c)), lane);
    __m256i offset = zero;
    for (int a = 0; a < 3; ++a) {
      // No FMA: the same rounding as the scalar loop.
      const __m256 x = _mm256_floor_ps(_mm256_add_ps(start[a], _mm256_mul_ps(t, step[a])));
      const __m256i i = _mm256_max_epi32(_mm256_min_epi32(_mm256_cvttps_epi32(x), last[a]), zero);
      offset = _mm256_add_epi32(offset, _mm256_mullo_epi32(i, stride[a]));
    }
    store8<op>(acc + c, _mm256_i32gather_ps(g.data, offset, 4), end - c);
  }
}

// The two voxels (x, x+1) of a row as one 64-bit element: four gathers of
// pairs per eight samples instead of eight gathers of singles. Needs at
// least two voxels along i (the pair must stay inside the buffer).
YUNYUE_AVX2 inline __m256 pairLerp8(const float* row, __m256i offset, __m256 w) {
  const auto* base = reinterpret_cast<const long long*>(row);
  const __m256 lo = _mm256_castsi256_ps(_mm256_i32gather_epi64(base, _mm256_castsi256_si128(offset), 4));
  const __m256 hi = _mm256_castsi256_ps(_mm256_i32gather_epi64(base, _mm256_extracti128_si256(offset, 1), 4));
  // lo = x0 x1 of lanes 0..3, hi of lanes 4..7: split into x0s and x1s in lane order.
  const __m256i order = _mm256_setr_epi32(0, 1, 4, 5, 2, 3, 6, 7);
  const __m256 x0 = _mm256_permutevar8x32_ps(_mm256_shuffle_ps(lo, hi, 0x88), order);
  const __m256 x1 = _mm256_permutevar8x32_ps(_mm256_shuffle_ps(lo, hi, 0xDD), order);
  return lerp8(x0, x1, w);
}

template <Op op>
YUNYUE_AVX2 void linearAvx2(const Grid& g, const RowRay& r, int begin, int end, float* acc) {
  const __m256 lane = _mm256_setr_ps(0, 1, 2, 3, 4, 5, 6, 7);
  const __m256i zero = _mm256_setzero_si256();
  const __m256 zerof = _mm256_setzero_ps(), one = _mm256_set1_ps(1.0f);
  __m256 start[3], step[3];
  __m256i last[3];
  for (int a = 0; a < 3; ++a) {
    start[a] = _mm256_set1_ps(r.start[a]);
    step[a] = _mm256_set1_ps(r.step[a]);
    last[a] = _mm256_set1_epi32(g.lastLinear[a]);
  }
  const __m256i strideY = _mm256_set1_epi32(g.stride[1]), strideZ = _mm256_set1_epi32(g.stride[2]);
  const float* p00 = g.data;
  const float* p10 = p00 + g.next[1];
  const float* p01 = p00 + g.next[2];
  const float* p11 = p01 + g.next[1];
  for (int c = begin; c < end; c += 8) {
    const __m256 t = _mm256_add_ps(_mm256_set1_ps(float(c)), lane);
    __m256i i[3];
    __m256 w[3];
    for (int a = 0; a < 3; ++a) {
      const __m256 x = _mm256_fmadd_ps(t, step[a], start[a]);
      i[a] = _mm256_max_epi32(_mm256_min_epi32(_mm256_cvttps_epi32(_mm256_floor_ps(x)), last[a]), zero);
      w[a] = _mm256_min_ps(_mm256_max_ps(_mm256_sub_ps(x, _mm256_cvtepi32_ps(i[a])), zerof), one);
    }
    const __m256i o = _mm256_add_epi32(
        i[0], _mm256_add_epi32(_mm256_mullo_epi32(i[1], strideY), _mm256_mullo_epi32(i[2], strideZ)));
    const __m256 c0 = lerp8(pairLerp8(p00, o, w[0]), pairLerp8(p10, o, w[0]), w[1]);
    const __m256 c1 = lerp8(pairLerp8(p01, o, w[0]), pairLerp8(p11, o, w[0]), w[1]);
    store8<op>(acc + c, lerp8(c0, c1, w[2]), end - c);
  }
}

YUNYUE_AVX2 inline void catmullRom8(__m256 f, __m256 w[4]) {
  const __m256 f2 = _mm256_mul_ps(f, f), f3 = _mm256_mul_ps(f2, f);
  const __m256 h = _mm256_set1_ps(0.5f);
  w[0] = _mm256_fmsub_ps(_mm256_set1_ps(-0.5f), f3, _mm256_fmsub_ps(h, f, f2));
  w[1] = _mm256_fmadd_ps(_mm256_set1_ps(1.5f), f3,
                         _mm256_fnmadd_ps(_mm256_set1_ps(2.5f), f2, _mm256_set1_ps(1.0f)));
  w[2] = _mm256_fmadd_ps(_mm256_set1_ps(-1.5f), f3,
                         _mm256_fmadd_ps(_mm256_set1_ps(2.0f), f2, _mm256_mul_ps(h, f)));
  w[3] = _mm256_mul_ps(h, _mm256_sub_ps(f3, f2));
}

template <Op op>
YUNYUE_AVX2 void cubicAvx2(const Grid& g, const RowRay& r, int begin, int end, float* acc) {
  const __m256 lane = _mm256_setr_ps(0, 1, 2, 3, 4, 5, 6, 7);
  const __m256i zero = _mm256_setzero_si256();
  __m256 start[3], step[3];
  __m256i last[3], stride[3];
  for (int a = 0; a < 3; ++a) {
    start[a] = _mm256_set1_ps(r.start[a]);
    step[a] = _mm256_set1_ps(r.step[a]);
    last[a] = _mm256_set1_epi32(g.n[a] - 1);
    stride[a] = _mm256_set1_epi32(g.stride[a]);
  }
  for (int c = begin; c < end; c += 8) {
    const __m256 t = _mm256_add_ps(_mm256_set1_ps(float(c)), lane);
    __m256 w[3][4];
    __m256i tap[3][4];
    for (int a = 0; a < 3; ++a) {
      const __m256 x = _mm256_fmadd_ps(t, step[a], start[a]);
      const __m256 fl = _mm256_floor_ps(x);
      catmullRom8(_mm256_sub_ps(x, fl), w[a]);
      const __m256i i = _mm256_cvttps_epi32(fl);
      for (int k = 0; k < 4; ++k) {
        const __m256i ik = _mm256_add_epi32(i, _mm256_set1_epi32(k - 1));
        tap[a][k] = _mm256_mullo_epi32(_mm256_max_epi32(_mm256_min_epi32(ik, last[a]), zero), stride[a]);
      }
    }
    __m256 v = _mm256_setzero_ps();
    for (int kz = 0; kz < 4; ++kz) {
      __m256 vy = _mm256_setzero_ps();
      for (int ky = 0; ky < 4; ++ky) {
        const __m256i o = _mm256_add_epi32(tap[2][kz], tap[1][ky]);
        __m256 vx = _mm256_mul_ps(w[0][0], _mm256_i32gather_ps(g.data, _mm256_add_epi32(o, tap[0][0]), 4));
        vx = _mm256_fmadd_ps(w[0][1], _mm256_i32gather_ps(g.data, _mm256_add_epi32(o, tap[0][1]), 4), vx);
        vx = _mm256_fmadd_ps(w[0][2], _mm256_i32gather_ps(g.data, _mm256_add_epi32(o, tap[0][2]), 4), vx);
        vx = _mm256_fmadd_ps(w[0][3], _mm256_i32gather_ps(g.data, _mm256_add_epi32(o, tap[0][3]), 4), vx);
        vy = _mm256_fmadd_ps(w[1][ky], vx, vy);
      }
      v = _mm256_fmadd_ps(w[2][kz], vy, v);
    }
    store8<op>(acc + c, v, end - c);
  }
}

// --- AVX-512: sixteen columns at a time, for linear (the slab workhorse) ----
// Gathers are what a trilinear sample costs; sixteen pairs per gather
// instruction take fewer of them than AVX2's eight.

#define YUNYUE_AVX512 __attribute__((target("avx512f,avx2,fma")))
// GCC 12's own avx512fintrin.h initialises its "undefined" vectors from
// themselves and then warns about it wherever they are inlined (GCC bug
// 105593, fixed in GCC 13): not our code.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

YUNYUE_AVX512 inline __m512 lerp16(__m512 a, __m512 b, __m512 w) {
  return _mm512_fmadd_ps(w, _mm512_sub_ps(b, a), a);
}

YUNYUE_AVX512 inline __m512 pairLerp16(const float* row, __m512i offset, __m512 w) {
  const auto* base = reinterpret_cast<const long long*>(row);
  const __m512 lo = _mm512_castsi512_ps(_mm512_i32gather_epi64(_mm512_castsi512_si256(offset), base, 4));
  const __m512 hi = _mm512_castsi512_ps(_mm512_i32gather_epi64(_mm512_extracti64x4_epi64(offset, 1), base, 4));
  const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
  const __m512i odd = _mm512_setr_epi32(1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31);
  return lerp16(_mm512_permutex2var_ps(lo, even, hi), _mm512_permutex2var_ps(lo, odd, hi), w);
}

template <Op op>
YUNYUE_AVX512 void linearAvx512(const Grid& g, const RowRay& r, int begin, int end, float* acc) {
  const __m512 lane = _mm512_setr_ps(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  const __m512i zero = _mm512_setzero_si512();
  const __m512 zerof = _mm512_setzero_ps(), one = _mm512_set1_ps(1.0f);
  __m512 start[3], step[3];
  __m512i last[3];
  for (int a = 0; a < 3; ++a) {
    start[a] = _mm512_set1_ps(r.start[a]);
    step[a] = _mm512_set1_ps(r.step[a]);
    last[a] = _mm512_set1_epi32(g.lastLinear[a]);
  }
  const __m512i strideY = _mm512_set1_epi32(g.stride[1]), strideZ = _mm512_set1_epi32(g.stride[2]);
  const float* p00 = g.data;
  const float* p10 = p00 + g.next[1];
  const float* p01 = p00 + g.next[2];
  const float* p11 = p01 + g.next[1];
  for (int c = begin; c < end; c += 16) {
    const __m512 t = _mm512_add_ps(_mm512_set1_ps(float(c)), lane);
    __m512i i[3];
    __m512 w[3];
    for (int a = 0; a < 3; ++a) {
      const __m512 x = _mm512_fmadd_ps(t, step[a], start[a]);
      i[a] = _mm512_max_epi32(_mm512_min_epi32(_mm512_cvttps_epi32(_mm512_floor_ps(x)), last[a]), zero);
      w[a] = _mm512_min_ps(_mm512_max_ps(_mm512_sub_ps(x, _mm512_cvtepi32_ps(i[a])), zerof), one);
    }
    const __m512i o = _mm512_add_epi32(
        i[0], _mm512_add_epi32(_mm512_mullo_epi32(i[1], strideY), _mm512_mullo_epi32(i[2], strideZ)));
    const __m512 c0 = lerp16(pairLerp16(p00, o, w[0]), pairLerp16(p10, o, w[0]), w[1]);
    const __m512 c1 = lerp16(pairLerp16(p01, o, w[0]), pairLerp16(p11, o, w[0]), w[1]);
    const __m512 v = lerp16(c0, c1, w[2]);
    const __mmask16 k = end - c >= 16 ? __mmask16(0xffff) : __mmask16((1u << (end - c)) - 1);
    if constexpr (op == Op::Store) {
      _mm512_mask_storeu_ps(acc + c, k, v);
    } else {
      const __m512 old = _mm512_maskz_loadu_ps(k, acc + c);
      const __m512 sum = op == Op::Max ? _mm512_max_ps(old, v) : op == Op::Min ? _mm512_min_ps(old, v) : _mm512_add_ps(old, v);
      _mm512_mask_storeu_ps(acc + c, k, sum);
    }
  }
}

#endif  // YUNYUE_RESLICE_X86

using RowKernel = void (*)(const Grid&, const RowRay&, int, int, float*);

// The loop for this interpolation at this SIMD level (0 scalar, 1 AVX2, 2 AVX-512).
template <Op op>
RowKernel rowKernel(const Grid& g, Interpolation interpolation, int simd) {
#ifdef YUNYUE_RESLICE_X86
  // Pair gathers read voxel i+1 next to i: only with two voxels along i.
  const bool pairs = g.n[0] >= 2;
  if (simd >= 1) {
    switch (interpolation) {
      case Interpolation::Nearest: return nearestAvx2<op>;
      case Interpolation::Linear:
        if (pairs) return simd >= 2 ? linearAvx512<op> : linearAvx2<op>;
        break;
      case Interpolation::Cubic: return cubicAvx2<op>;
    }
  }
#else
  (void)g;
  (void)simd;
#endif
  switch (interpolation) {
    case Interpolation::Nearest: return nearestScalar<op>;
    case Interpolation::Linear: return linearScalar<op>;
    case Interpolation::Cubic: return cubicScalar<op>;
  }
  return linearScalar<op>;
}

// --- rows along a volume axis ----------------------------------------------
// When the output rows run along one volume axis (axial, coronal and sagittal
// planes, and planes tilted about that axis), the other two index
// coordinates are constant along a row. Interpolating across them first
// gives one line of the volume (a weighted sum of up to 16 voxel lines),
// then each output pixel interpolates along that line only.

struct LineWeight {
  std::ptrdiff_t offset;
  float weight;
};

// Taps and weights across the two constant axes at position pb, pe.
int crossWeights(const Grid& g, Interpolation interpolation, int b, int e, double pb, double pe,
                 LineWeight out[16]) {
  const auto snap = [](double x) { return std::abs(x - std::round(x)) < kSnap ? std::round(x) : x; };
  pb = snap(pb);
  pe = snap(pe);
  int n = 0;
  if (interpolation == Interpolation::Nearest) {
    const int ib = std::clamp(int(std::floor(pb + 0.5)), 0, g.n[b] - 1);
    const int ie = std::clamp(int(std::floor(pe + 0.5)), 0, g.n[e] - 1);
    out[n++] = {std::ptrdiff_t(ib) * g.stride[b] + std::ptrdiff_t(ie) * g.stride[e], 1.0f};
    return n;
  }
  std::ptrdiff_t tb[4], te[4];
  float wb[4], we[4];
  int taps;
  if (interpolation == Interpolation::Linear) {
    taps = 2;
    const int ib = std::clamp(int(std::floor(pb)), 0, g.lastLinear[b]);
    const int ie = std::clamp(int(std::floor(pe)), 0, g.lastLinear[e]);
    const double fb = std::clamp(pb - ib, 0.0, 1.0), fe = std::clamp(pe - ie, 0.0, 1.0);
    tb[0] = std::ptrdiff_t(ib) * g.stride[b];
    tb[1] = tb[0] + g.next[b];
    te[0] = std::ptrdiff_t(ie) * g.stride[e];
    te[1] = te[0] + g.next[e];
    wb[0] = float(1 - fb), wb[1] = float(fb);
    we[0] = float(1 - fe), we[1] = float(fe);
  } else {
    taps = 4;
    const int ib = int(std::floor(pb)), ie = int(std::floor(pe));
    catmullRom(float(pb - ib), wb);
    catmullRom(float(pe - ie), we);
    for (int k = 0; k < 4; ++k) {
      tb[k] = std::ptrdiff_t(std::clamp(ib - 1 + k, 0, g.n[b] - 1)) * g.stride[b];
      te[k] = std::ptrdiff_t(std::clamp(ie - 1 + k, 0, g.n[e] - 1)) * g.stride[e];
    }
  }
  for (int ke = 0; ke < taps; ++ke)
    for (int kb = 0; kb < taps; ++kb)
      if (wb[kb] * we[ke] != 0) out[n++] = {tb[kb] + te[ke], wb[kb] * we[ke]};
  return n;
}

// line[t - first] = sum of weight * voxel(t) over the lines, t in [first, last],
// with t clamped to the volume (the edge voxels repeat).
template <int kLines>
void buildLineStrided(const float* p, std::ptrdiff_t stride, const LineWeight* lw, int lines, int count,
                      float* line) {
  // Along j or k every voxel is on its own cache line, often on its own
  // page, where hardware prefetchers stop. The loop is kept lean so that
  // many loads are in flight, and asks for lines this far ahead.
  constexpr int kAhead = 32;
  const int n = kLines > 0 ? kLines : lines;
  const bool prefetch = stride > 16;
  for (int t = 0; t < count; ++t, p += stride) {
    if (prefetch && t + kAhead < count)
      for (int k = 0; k < n; ++k) __builtin_prefetch(p + kAhead * stride + lw[k].offset);
    float v = lw[0].weight * p[lw[0].offset];
    for (int k = 1; k < n; ++k) v += lw[k].weight * p[lw[k].offset];
    line[t] = v;
  }
}

void buildLineScalar(const Grid& g, int axis, const LineWeight* lw, int lines, int first, int last,
                     float* line) {
  const std::ptrdiff_t stride = g.stride[axis];
  const int lo = std::max(first, 0), hi = std::min(last, g.n[axis] - 1);
  if (lo <= hi) {
    const float* p = g.data + std::ptrdiff_t(lo) * stride;
    float* o = line + (lo - first);
    const int count = hi - lo + 1;
    switch (lines) {
      case 1: buildLineStrided<1>(p, stride, lw, lines, count, o); break;
      case 2: buildLineStrided<2>(p, stride, lw, lines, count, o); break;
      case 4: buildLineStrided<4>(p, stride, lw, lines, count, o); break;
      default: buildLineStrided<0>(p, stride, lw, lines, count, o); break;
    }
  }
  // Beyond either end: the edge voxel again.
  const auto edge = [&](int t) {
    const float* p = g.data + std::ptrdiff_t(std::clamp(t, 0, g.n[axis] - 1)) * stride;
    float v = 0;
    for (int k = 0; k < lines; ++k) v += lw[k].weight * p[lw[k].offset];
    line[t - first] = v;
  };
  for (int t = first; t <= last && t < lo; ++t) edge(t);
  for (int t = std::max(first, hi + 1); t <= last; ++t) edge(t);
}

#ifdef YUNYUE_RESLICE_X86
// Along i the voxels are contiguous: eight at a time.
YUNYUE_AVX2 void buildLineContiguousAvx2(const Grid& g, const LineWeight* lw, int lines, int first,
                                         int last, float* line) {
  const int lo = std::max(first, 0), hi = std::min(last, g.n[0] - 1);
  int t = lo;
  for (; t + 8 <= hi + 1; t += 8) {
    __m256 v = _mm256_mul_ps(_mm256_set1_ps(lw[0].weight), _mm256_loadu_ps(g.data + lw[0].offset + t));
    for (int k = 1; k < lines; ++k)
      v = _mm256_fmadd_ps(_mm256_set1_ps(lw[k].weight), _mm256_loadu_ps(g.data + lw[k].offset + t), v);
    _mm256_storeu_ps(line + (t - first), v);
  }
  if (t <= hi) buildLineScalar(g, 0, lw, lines, t, hi, line + (t - first));
  if (first < lo) buildLineScalar(g, 0, lw, lines, first, lo - 1, line);
  if (last > hi) buildLineScalar(g, 0, lw, lines, hi + 1, last, line + (hi + 1 - first));
}
#endif

void buildLine(const Grid& g, int axis, const LineWeight* lw, int lines, int first, int last,
               float* line, bool simd) {
#ifdef YUNYUE_RESLICE_X86
  if (simd && axis == 0) return buildLineContiguousAvx2(g, lw, lines, first, last, line);
#else
  (void)simd;
#endif
  buildLineScalar(g, axis, lw, lines, first, last, line);
}

// Per output column: where it samples along the line axis.
struct LineTable {
  int axis = -1;
  Interpolation interpolation = Interpolation::Linear;
  std::vector<int> tap;       // nearest: the voxel; linear: floor; cubic: floor (taps -1..+2)
  std::vector<float> weight;  // fraction past tap (linear, cubic)
  bool unit = false;          // tap[c] = tap[0] + c and one weight for all: contiguous
  int padLow = 0, padHigh = 0;  // taps used below and above tap[c]
};

// acc[c] op= sum_k w[k] * line[c + k], c in [0, count)
template <Op op>
void combineUnitScalar(float* acc, const float* line, const float* w, int taps, int count) {
  for (int c = 0; c < count; ++c) {
    float v = w[0] * line[c];
    for (int k = 1; k < taps; ++k) v += w[k] * line[c + k];
    combine<op>(acc[c], v);
  }
}

#ifdef YUNYUE_RESLICE_X86
template <Op op>
YUNYUE_AVX2 void combineUnitAvx2(float* acc, const float* line, const float* w, int taps, int count) {
  int c = 0;
  __m256 wk[4];
  for (int k = 0; k < taps; ++k) wk[k] = _mm256_set1_ps(w[k]);
  for (; c + 8 <= count; c += 8) {
    __m256 v = _mm256_mul_ps(wk[0], _mm256_loadu_ps(line + c));
    for (int k = 1; k < taps; ++k) v = _mm256_fmadd_ps(wk[k], _mm256_loadu_ps(line + c + k), v);
    store8<op>(acc + c, v, 8);
  }
  combineUnitScalar<op>(acc + c, line + c, w, taps, count - c);
}

// acc[c] op= sum_k taps[k].weight * data[taps[k].offset + c], c in [0, count).
// The last group loads with a mask: a full load could run past the buffer.
template <Op op>
YUNYUE_AVX2 void combineFusedAvx2(const float* data, const LineWeight* taps, int n, int count, float* acc) {
  for (int c = 0; c < count; c += 8) {
    const int left = count - c;
    __m256 v;
    if (left >= 8) {
      v = _mm256_mul_ps(_mm256_set1_ps(taps[0].weight), _mm256_loadu_ps(data + taps[0].offset + c));
      for (int k = 1; k < n; ++k)
        v = _mm256_fmadd_ps(_mm256_set1_ps(taps[k].weight), _mm256_loadu_ps(data + taps[k].offset + c), v);
    } else {
      const __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(left), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
      v = _mm256_mul_ps(_mm256_set1_ps(taps[0].weight), _mm256_maskload_ps(data + taps[0].offset + c, mask));
      for (int k = 1; k < n; ++k)
        v = _mm256_fmadd_ps(_mm256_set1_ps(taps[k].weight), _mm256_maskload_ps(data + taps[k].offset + c, mask), v);
    }
    store8<op>(acc + c, v, left);
  }
}
#endif

// One row segment [begin, end) through the line path.
template <Op op>
void lineRow(const Grid& g, const LineTable& table, int b, int e, double pb, double pe, int begin,
             int end, float* acc, std::vector<float>& lineBuffer, bool simd) {
  LineWeight lw[16];
  const int lines = crossWeights(g, table.interpolation, b, e, pb, pe, lw);
  const int t0 = table.tap[begin], t1 = table.tap[end - 1];
  const int first = std::min(t0, t1) - table.padLow, last = std::max(t0, t1) + table.padHigh;

  // Unit steps: one set of weights along the line for every column.
  float w[4] = {1, 0, 0, 0};
  int taps = 1;
  if (table.unit) {
    const float f = table.weight[0];
    if (table.interpolation == Interpolation::Linear && f != 0) {
      taps = 2, w[0] = 1 - f, w[1] = f;
    } else if (table.interpolation == Interpolation::Cubic && f != 0) {
      taps = 4;
      catmullRom(f, w);
    }
  }
  const int shift = taps == 4 ? 1 : 0;  // cubic taps start one voxel before tap[c]

#ifdef YUNYUE_RESLICE_X86
  // Rows along i with every tap inside: one pass straight from the voxels.
  if (simd && table.unit && table.axis == 0 && lines * taps <= 8 && t0 - shift >= 0 &&
      t1 - shift + taps - 1 <= g.n[0] - 1) {
    LineWeight fused[8];
    int n = 0;
    for (int k = 0; k < lines; ++k)
      for (int j = 0; j < taps; ++j) fused[n++] = {lw[k].offset + t0 - shift + j, lw[k].weight * w[j]};
    return combineFusedAvx2<op>(g.data, fused, n, end - begin, acc + begin);
  }
#endif

  lineBuffer.resize(size_t(last - first + 1));
  float* line = lineBuffer.data();
  buildLine(g, table.axis, lw, lines, first, last, line, simd);
  if (table.unit) {
    const float* from = line + (t0 - first) - shift;
#ifdef YUNYUE_RESLICE_X86
    if (simd) return combineUnitAvx2<op>(acc + begin, from, w, taps, end - begin);
#endif
    return combineUnitScalar<op>(acc + begin, from, w, taps, end - begin);
  }
  for (int c = begin; c < end; ++c) {
    const float* p = line + (table.tap[c] - first);
    const float f = table.weight[c];
    float v;
    switch (table.interpolation) {
      case Interpolation::Nearest: v = p[0]; break;
      case Interpolation::Linear: v = p[0] + f * (p[1] - p[0]); break;
      default: {
        float cw[4];
        catmullRom(f, cw);
        v = cw[0] * p[-1] + cw[1] * p[0] + cw[2] * p[1] + cw[3] * p[2];
      }
    }
    combine<op>(acc[c], v);
  }
}

// --- rows split across cores ------------------------------------------------

// Runs fn(begin, end) over chunks of [0, count) on this thread and on helpers
// from Qt's global pool. This thread works too, so a busy pool only means
// fewer helpers; a helper that starts after all chunks are claimed returns
// at once without touching fn.
void parallelChunks(int count, int threads, const std::function<void(int, int)>& fn) {
  const int chunk = std::max(1, count / std::max(1, threads * 8));
  const int chunks = (count + chunk - 1) / chunk;
  const int helpers = std::min(threads - 1, chunks - 1);
  if (helpers <= 0) {
    fn(0, count);
    return;
  }
  struct State {
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::mutex mutex;
    std::condition_variable finished;
  };
  auto state = std::make_shared<State>();
  auto work = [state, count, chunk, &fn] {
    for (;;) {
      const int b = state->next.fetch_add(chunk);
      if (b >= count) return;
      const int e = std::min(b + chunk, count);
      fn(b, e);
      if (state->done.fetch_add(e - b) + (e - b) == count) {
        const std::lock_guard<std::mutex> lock(state->mutex);
        state->finished.notify_all();
      }
    }
  };
  // Helpers hold the state, never fn, once the count is done.
  for (int h = 0; h < helpers; ++h) {
    QThreadPool::globalInstance()->start([state, count, chunk, work] {
      if (state->next.load() < count) work();
    });
  }
  work();
  std::unique_lock<std::mutex> lock(state->mutex);
  state->finished.wait(lock, [&] { return state->done.load() == count; });
}

int threadCount() {
  const int cap = g_maxThreads.load(std::memory_order_relaxed);
  const int ideal = std::max(1, QThread::idealThreadCount());
  return cap > 0 ? std::min(cap, ideal) : ideal;
}

// --- the reslice itself -----------------------------------------------------

// Columns [begin, end) of a row whose samples start + c * step lie inside.
// Solved per axis in closed form, then the ends are checked against the
// same test one column at a time, so that rounding cannot let a sample in
// that the test would reject (or keep out one it would accept).
std::pair<int, int> insideColumns(const Grid& g, const double start[3], const double step[3],
                                  int columns) {
  const auto inside = [&](int c) {
    for (int a = 0; a < 3; ++a) {
      const double x = start[a] + c * step[a];
      if (!(x >= -0.5 - kInsideTolerance && x <= g.n[a] - 0.5 + kInsideTolerance)) return false;
    }
    return true;
  };
  double lo = 0, hi = columns - 1;
  for (int a = 0; a < 3; ++a) {
    const double l = -0.5 - kInsideTolerance - start[a], h = g.n[a] - 0.5 + kInsideTolerance - start[a];
    if (step[a] == 0) {
      if (l > 0 || h < 0) return {0, 0};
    } else {
      const double c0 = l / step[a], c1 = h / step[a];
      lo = std::max(lo, std::min(c0, c1));
      hi = std::min(hi, std::max(c0, c1));
    }
  }
  if (!(lo <= hi)) return {0, 0};
  int begin = int(std::ceil(lo)), end = int(std::floor(hi)) + 1;
  begin = std::clamp(begin, 0, columns);
  end = std::clamp(end, begin, columns);
  while (begin < end && !inside(begin)) ++begin;
  while (end > begin && !inside(end - 1)) --end;
  if (begin == end) return {0, 0};
  while (begin > 0 && inside(begin - 1)) --begin;
  while (end < columns && inside(end)) ++end;
  return {begin, end};
}

struct Job {
  const Grid* grid;
  const ReslicePlane* plane;
  Interpolation interpolation;
  SlabMode mode;
  SlabSampling sampling;
  float background;
  int simd;  // 0 scalar, 1 AVX2, 2 AVX-512
  double origin[3];  // index position of pixel (0, 0) on the plane
  double column[3];  // index step to the next column
  double row[3];     // index step to the next row
  double normal[3];  // index step per mm along the normal
  const LineTable* table;  // set when rows run along a volume axis
};

template <Op op>
void sampleSegment(const Job& job, RowKernel kernel, const double start[3], int begin, int end,
                   float* acc, std::vector<float>& lineBuffer) {
  if (job.table) {
    const int a = job.table->axis, b = (a + 1) % 3, e = (a + 2) % 3;
    lineRow<op>(*job.grid, *job.table, b, e, start[b], start[e], begin, end, acc, lineBuffer, job.simd > 0);
    return;
  }
  RowRay ray;
  for (int a = 0; a < 3; ++a) {
    ray.start[a] = float(start[a]);
    ray.step[a] = float(job.column[a]);
  }
  kernel(*job.grid, ray, begin, end, acc);
}

void resliceRows(const Job& job, int rowBegin, int rowEnd, float* out) {
  const int columns = job.plane->columns;
  std::vector<float> lineBuffer;
  if (job.mode == SlabMode::None) {
    const RowKernel kernel = rowKernel<Op::Store>(*job.grid, job.interpolation, job.simd);
    for (int r = rowBegin; r < rowEnd; ++r) {
      float* o = out + size_t(r) * size_t(columns);
      double start[3];
      for (int a = 0; a < 3; ++a) start[a] = job.origin[a] + r * job.row[a];
      const auto [begin, end] = insideColumns(*job.grid, start, job.column, columns);
      std::fill(o, o + begin, job.background);
      if (begin < end) sampleSegment<Op::Store>(job, kernel, start, begin, end, o, lineBuffer);
      std::fill(o + end, o + columns, job.background);
    }
    return;
  }

  const Op op = job.mode == SlabMode::Mip ? Op::Max : job.mode == SlabMode::MinIp ? Op::Min : Op::Add;
  const float initial = op == Op::Max   ? -std::numeric_limits<float>::infinity()
                        : op == Op::Min ? std::numeric_limits<float>::infinity()
                                        : 0.0f;
  const RowKernel kernel = op == Op::Max   ? rowKernel<Op::Max>(*job.grid, job.interpolation, job.simd)
                           : op == Op::Min ? rowKernel<Op::Min>(*job.grid, job.interpolation, job.simd)
                                           : rowKernel<Op::Add>(*job.grid, job.interpolation, job.simd);
  std::vector<float> acc(static_cast<size_t>(columns));
  // Samples per pixel, counted as +1 where a sample's inside segment starts
  // and -1 past where it ends: the segments are intervals of the row.
  std::vector<int> edges(size_t(columns) + 1);
  for (int r = rowBegin; r < rowEnd; ++r) {
    std::fill(acc.begin(), acc.end(), initial);
    std::fill(edges.begin(), edges.end(), 0);
    for (int m = 0; m < job.sampling.count; ++m) {
      const double t = job.sampling.firstOffsetMm + m * job.sampling.spacingMm;
      double start[3];
      for (int a = 0; a < 3; ++a) start[a] = job.origin[a] + r * job.row[a] + t * job.normal[a];
      const auto [begin, end] = insideColumns(*job.grid, start, job.column, columns);
      if (begin >= end) continue;
      ++edges[size_t(begin)];
      --edges[size_t(end)];
      switch (op) {
        case Op::Max: sampleSegment<Op::Max>(job, kernel, start, begin, end, acc.data(), lineBuffer); break;
        case Op::Min: sampleSegment<Op::Min>(job, kernel, start, begin, end, acc.data(), lineBuffer); break;
        default: sampleSegment<Op::Add>(job, kernel, start, begin, end, acc.data(), lineBuffer); break;
      }
    }
    float* o = out + size_t(r) * size_t(columns);
    int samples = 0;
    for (int c = 0; c < columns; ++c) {
      samples += edges[size_t(c)];
      o[c] = samples == 0 ? job.background : op == Op::Add ? acc[size_t(c)] / float(samples) : acc[size_t(c)];
    }
  }
}

// The line table, when every row of every slab sample runs along one volume
// axis at the same positions along it.
bool makeLineTable(const Job& job, LineTable& table) {
  int a = 0;
  for (int k = 1; k < 3; ++k)
    if (std::abs(job.column[k]) > std::abs(job.column[a])) a = k;
  const double columns = job.plane->columns, rows = job.plane->rows;
  const double reach = job.sampling.count > 1 ? std::abs(job.sampling.firstOffsetMm) : 0;
  // Drift tolerated over the whole image: far below any visible difference.
  constexpr double kDrift = 1e-7;
  for (int k = 0; k < 3; ++k)
    if (k != a && std::abs(job.column[k]) * columns > kDrift) return false;
  if (std::abs(job.row[a]) * rows > kDrift || std::abs(job.normal[a]) * reach > kDrift) return false;

  table.axis = a;
  table.interpolation = job.interpolation;
  table.padLow = job.interpolation == Interpolation::Cubic ? 1 : 0;
  table.padHigh = job.interpolation == Interpolation::Cubic ? 2
                  : job.interpolation == Interpolation::Linear ? 1
                                                               : 0;
  const int n = job.plane->columns;
  table.tap.resize(size_t(n));
  table.weight.resize(size_t(n));
  const auto snap = [](double x) { return std::abs(x - std::round(x)) < kSnap ? std::round(x) : x; };
  const double x0 = snap(job.origin[a]);
  table.unit = std::abs(job.column[a] - 1.0) * columns < kDrift;
  for (int c = 0; c < n; ++c) {
    // On a unit step every column has the same fraction: derive it once so
    // that rounding cannot make neighbours differ.
    const double x = table.unit ? x0 + c : snap(job.origin[a] + c * job.column[a]);
    if (job.interpolation == Interpolation::Nearest) {
      table.tap[size_t(c)] = int(std::floor(x + 0.5));
      table.weight[size_t(c)] = 0;
    } else {
      const double f = std::floor(x);
      table.tap[size_t(c)] = int(f);
      table.weight[size_t(c)] = float(x - f);
    }
  }
  // Taps may land one past either end (within the tolerance): the line is
  // built with the edge voxels repeated, so no clamping here.
  return true;
}

}  // namespace

void reslice(const Volume& volume, const ReslicePlane& plane, Interpolation interpolation,
             float* out, const SlabOptions& slab, float background) {
  Q_ASSERT(plane.isValid());
  Q_ASSERT(out);
  if (!plane.isValid() || !out) return;
  const size_t pixels = size_t(plane.columns) * size_t(plane.rows);
  if (volume.isEmpty()) {
    std::fill(out, out + pixels, background);
    return;
  }
  const ImageGeometry& geometry = volume.geometry();
  const Grid grid = makeGrid(volume);

  Job job{};
  job.grid = &grid;
  job.plane = &plane;
  job.interpolation = interpolation;
  job.mode = slab.mode;
  job.sampling = slabSampling(geometry, slab);
  job.background = background;
  // Gathers take 32-bit offsets.
  job.simd = volume.voxelCount() < size_t(std::numeric_limits<int32_t>::max()) ? simdLevel() : 0;
  const Eigen::Vector3d o = geometry.patientToIndex(plane.origin);
  const Eigen::Vector3d dc = indexVector(geometry, plane.rowDirection * plane.spacing.x());
  const Eigen::Vector3d dr = indexVector(geometry, plane.columnDirection * plane.spacing.y());
  const Eigen::Vector3d dn = indexVector(geometry, plane.normal());
  for (int a = 0; a < 3; ++a) {
    job.origin[a] = o[a];
    job.column[a] = dc[a];
    job.row[a] = dr[a];
    job.normal[a] = dn[a];
  }
  LineTable table;
  job.table = makeLineTable(job, table) ? &table : nullptr;

  // Small images are not worth waking a helper for.
  const double work = double(pixels) * job.sampling.count;
  const int threads = work < 32768 ? 1 : threadCount();
  parallelChunks(plane.rows, threads, [&](int b, int e) { resliceRows(job, b, e, out); });
}

ResliceImage resliceImage(const Volume& volume, const ReslicePlane& plane,
                          Interpolation interpolation, const SlabOptions& slab, float background) {
  ResliceImage image;
  image.plane = plane;
  if (!plane.isValid()) return image;
  image.pixels.resize(size_t(plane.columns) * size_t(plane.rows));
  reslice(volume, plane, interpolation, image.pixels.data(), slab, background);
  return image;
}

namespace reslice_detail {
void setSimdLevel(int level) { g_simdCap = std::clamp(level, 0, 2); }
int simdLevel() { return yunyue::simdLevel(); }
int cpuSimdLevel() { return yunyue::cpuSimdLevel(); }
void setMaxThreads(int threads) { g_maxThreads = std::max(0, threads); }
}  // namespace reslice_detail

}  // namespace yunyue
