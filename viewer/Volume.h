#pragma once
// A reconstructed volume: one copy of the voxels (modality values, e.g. HU,
// as float) with the geometry that places each voxel in patient LPS mm.
// The buffer is 64-byte aligned and never reallocated, so ITK and VTK views
// (VolumeBridges) and reslicers can share it without copying.

#include "viewer/Geometry.h"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <memory>

namespace yunyue {

class Volume {
 public:
  Volume() = default;
  // Allocates size.prod() voxels (uninitialised) with this geometry.
  explicit Volume(const ImageGeometry& geometry)
      : m_geometry(geometry),
        m_count(size_t(geometry.size.x()) * size_t(geometry.size.y()) * size_t(geometry.size.z())),
        m_voxels(static_cast<float*>(std::aligned_alloc(64, roundUp(m_count * sizeof(float))))) {}

  const ImageGeometry& geometry() const { return m_geometry; }
  bool isEmpty() const { return m_count == 0; }
  size_t voxelCount() const { return m_count; }
  size_t bytes() const { return m_count * sizeof(float); }

  // Voxel (i, j, k) is at data()[i + nx * (j + ny * k)]: i along a row,
  // j down the columns, k along the slices.
  float* data() { return m_voxels.get(); }
  const float* data() const { return m_voxels.get(); }
  float* slice(int k) { return data() + size_t(k) * sliceVoxels(); }
  const float* slice(int k) const { return data() + size_t(k) * sliceVoxels(); }
  size_t sliceVoxels() const { return size_t(m_geometry.size.x()) * size_t(m_geometry.size.y()); }
  float at(int i, int j, int k) const {
    return data()[size_t(i) + size_t(m_geometry.size.x()) * (size_t(j) + size_t(m_geometry.size.y()) * size_t(k))];
  }

 private:
  static size_t roundUp(size_t bytes) { return std::max<size_t>(64, (bytes + 63) / 64 * 64); }
  struct Free {
    void operator()(float* p) const { std::free(p); }
  };

  ImageGeometry m_geometry;
  size_t m_count = 0;
  std::unique_ptr<float[], Free> m_voxels;
};

}  // namespace yunyue
