#pragma once
// Failures a user can cause in 3D work (no display to render on, a surface
// file that cannot be written, a threshold that finds nothing). Returned as
// values, never thrown; no implicit bool. Same shape as ViewerError.

#include <QString>

namespace yunyue {

enum class RenderingErrorCode {
  None,
  NoDisplay,       // no X display to open an OpenGL context on (run under xvfb-run)
  NoOpenGL,        // a context, but not OpenGL 3.2 with what volume ray casting needs
  UnknownPreset,   // no preset of that id for the modality
  EmptySurface,    // the threshold is outside the volume's values
  UnwritableFile,  // the STL or PNG cannot be written there
};

struct RenderingError {
  RenderingErrorCode code = RenderingErrorCode::None;
  QString message;  // for the user, translated
  QString detail;   // for the log and the technical details box

  bool isError() const { return code != RenderingErrorCode::None; }
};

}  // namespace yunyue
