#pragma once
// Volume assembly: the files of one DICOM series (single-frame CT/MR images
// or an Enhanced CT/MR multi-frame object) become one Volume in patient LPS mm.
// Slices are sorted along the slice normal by ImagePositionPatient, never by
// InstanceNumber or file name. A series that cannot be stacked truthfully
// (mixed orientation or matrix, duplicate positions, missing slices, uneven
// spacing, gantry tilt) is refused with a ViewerError naming the problem,
// unless the options allow a documented repair; nothing is silently wrong.
// The DCMTK bridge lives in VolumeLoader.cpp only.

#include "viewer/ViewerError.h"
#include "viewer/Volume.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace yunyue {

// Several slices at one position along the normal.
enum class DuplicateSlicePolicy {
  Refuse,     // the series may mix acquisitions (phases, echoes, repeats)
  KeepFirst,  // keep the lowest InstanceNumber (then frame, then file order); a note says how many were left out
};

// Slices that are not evenly spaced: a missing slice, uneven table steps.
enum class SliceSpacingPolicy {
  Refuse,
  // A regular grid at the median spacing from the first to the last slice;
  // grid slices that fall between acquired ones are interpolated linearly
  // along the normal from their two neighbours. A note says how many.
  ResampleToRegularGrid,
};

struct VolumeLoadOptions {
  DuplicateSlicePolicy duplicates = DuplicateSlicePolicy::Refuse;
  SliceSpacingPolicy spacing = SliceSpacingPolicy::Refuse;
  // Slice distances within this share of the median distance count as even.
  double spacingTolerance = 0.01;
  // Decoding threads; 0: one per core.
  int threads = 0;
  // Called on the calling thread, a few times a second and at the end of
  // each pass: done of total (per mille; reading headers is the first tenth).
  std::function<void(int done, int total)> progress;
  // Set from any thread to stop loading; the outcome is then LoadCanceled.
  const std::atomic<bool>* cancel = nullptr;
};

// Where slice k of the volume came from.
struct VolumeSliceSource {
  int file = -1;          // index into the file list; -1: interpolated between neighbours
  int frame = 0;          // frame of a multi-frame file, 0 otherwise
  QString sopInstanceUid; // empty for an interpolated slice
  double position = 0;    // along the slice normal, mm (ImagePositionPatient · normal)
};

struct VolumeLoadOutcome {
  Volume volume;               // modality values (HU for CT), k along the slice normal
  ViewerError error;
  QStringList notes;           // translated; what was repaired (left-out duplicates, interpolated slices)
  std::vector<VolumeSliceSource> slices;  // one per k
  QString modality;
  QString seriesInstanceUid;
  QString frameOfReferenceUid;
  QString bodyPartExamined;    // (0018,0015) of the first image; chooses the hanging protocol
  bool monochrome1 = false;    // display inverted (low values white)
  double windowCenter = 0;     // from the first image; width 0 when it has none
  double windowWidth = 0;
  double sliceThickness = 0;   // from the first image, 0 when absent

  bool ok() const { return !error.isError(); }
};

// Reads, validates, sorts and decodes the files of one series. Decoding runs
// on options.threads threads straight into the volume's slices; the caller
// blocks (run it off the GUI thread). Peak memory: the volume plus a few
// slices per thread.
VolumeLoadOutcome loadVolume(const QStringList& files, const VolumeLoadOptions& options = {});

}  // namespace yunyue
