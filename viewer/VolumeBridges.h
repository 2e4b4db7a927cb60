#pragma once
// Zero-copy views of a Volume for ITK and VTK: both point at the volume's own
// voxel buffer (no copy, not owned) and carry its origin, spacing and
// direction, so physical points in either toolkit are patient LPS mm.
// The Volume must outlive the views; moving the Volume keeps the buffer where
// it is. Writing through a view writes the volume.
// Toolkit headers stay in VolumeBridges.cpp: callers that use a view include
// itkImage.h or vtkImageData.h themselves.

namespace itk {
template <typename TObjectType>
class SmartPointer;
template <typename TPixel, unsigned int VImageDimension>
class Image;
}  // namespace itk
template <class T>
class vtkSmartPointer;
class vtkImageData;

namespace yunyue {

class Volume;

// An itk::Image<float, 3> whose pixel container imports volume.data()
// without managing it.
itk::SmartPointer<itk::Image<float, 3>> asItkImage(Volume& volume);

// A vtkImageData with a vtkFloatArray over volume.data() (save=1: VTK never
// frees it) and the volume's direction matrix (VTK >= 9.0 honours it).
vtkSmartPointer<vtkImageData> asVtkImage(Volume& volume);

}  // namespace yunyue
