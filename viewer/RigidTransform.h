#pragma once
// A rigid transform of patient space (DICOM LPS, millimetres): p' = R p + t
// with R a proper rotation. Used for registration results, fusion overlays
// and the Spatial Registration object, whose Frame of Reference
// Transformation Matrix (PS3.3 C.20.2.1.1, Matrix Registration) is the same
// 4×4 homogeneous matrix as matrix() here.

#include <Eigen/Core>
#include <Eigen/Geometry>

#include <algorithm>
#include <cmath>

namespace yunyue {

struct RigidTransform {
  Eigen::Matrix3d rotation = Eigen::Matrix3d::Identity();
  Eigen::Vector3d translation = Eigen::Vector3d::Zero();

  static RigidTransform identity() { return {}; }

  // Rotation by `degrees` about `axis` through `center`, then `shift`.
  static RigidTransform aboutCenter(const Eigen::Vector3d& axis, double degrees, const Eigen::Vector3d& center,
                                    const Eigen::Vector3d& shift = Eigen::Vector3d::Zero()) {
    RigidTransform t;
    t.rotation = Eigen::AngleAxisd(degrees * kPi / 180.0, axis.normalized()).toRotationMatrix();
    t.translation = center - t.rotation * center + shift;
    return t;
  }

  // The upper-left 3×3 and the last column of a homogeneous matrix; the
  // bottom row is taken to be (0, 0, 0, 1).
  static RigidTransform fromMatrix(const Eigen::Matrix4d& m) {
    RigidTransform t;
    t.rotation = m.topLeftCorner<3, 3>();
    t.translation = m.topRightCorner<3, 1>();
    return t;
  }

  Eigen::Vector3d apply(const Eigen::Vector3d& p) const { return rotation * p + translation; }

  RigidTransform inverse() const {
    RigidTransform t;
    t.rotation = rotation.transpose();
    t.translation = -(t.rotation * translation);
    return t;
  }

  // This after `first`: p -> this(first(p)).
  RigidTransform after(const RigidTransform& first) const {
    RigidTransform t;
    t.rotation = rotation * first.rotation;
    t.translation = rotation * first.translation + translation;
    return t;
  }

  Eigen::Matrix4d matrix() const {
    Eigen::Matrix4d m = Eigen::Matrix4d::Identity();
    m.topLeftCorner<3, 3>() = rotation;
    m.topRightCorner<3, 1>() = translation;
    return m;
  }

  // The angle of the rotation about its axis, 0 to 180 degrees.
  double rotationDegrees() const {
    const double c = std::clamp((rotation.trace() - 1.0) / 2.0, -1.0, 1.0);
    return std::acos(c) * 180.0 / kPi;
  }

 private:
  static constexpr double kPi = 3.14159265358979323846;
};

}  // namespace yunyue
