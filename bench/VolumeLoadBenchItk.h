#pragma once
// ITK's side of the volume load bench, in its own translation unit: ITK's IO
// headers bring ITK's bundled Eigen, which clashes with the system Eigen that
// our headers use.

#include <array>
#include <memory>
#include <string>

struct ItkSeries {
  std::string error;              // empty on success
  std::array<int, 3> size{};
  std::array<double, 3> origin{};
  const float* voxels = nullptr;  // i fastest, then j, then k
  std::shared_ptr<void> image;    // keeps the voxels alive
};

// Sorts the directory's first series with GDCMSeriesFileNames and reads it
// with ImageSeriesReader<itk::Image<float, 3>> and GDCMImageIO.
ItkSeries readWithItk(const std::string& dir);
