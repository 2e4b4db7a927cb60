#pragma once
// Private to reporting/: DCMTK's logging as the reporting module wants it.

#include <dcmtk/oflog/oflog.h>

namespace yunyue {

// DCMTK 3.6.7 warns on every UTF-8 (ISO_IR 192) read that its VR checker
// does not know that character set: noise on the terminal and in the logs,
// not a problem of the report. Errors still come through.
inline void quietDcmtkCharsetWarnings() {
  static const bool once = [] {
    OFLog::getLogger("dcmtk.dcmdata").setLogLevel(OFLogger::ERROR_LOG_LEVEL);
    return true;
  }();
  (void)once;
}

}  // namespace yunyue
