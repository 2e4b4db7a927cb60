// libFuzzer target: an SR document from the archive → decodeReportSr,
// verifySignatures (PS3.15 C.4) and decodePeerReviewSr.
//
// The center trust comes from $YUNYUE_FUZZ_CENTER_INI (scripts/fuzz makes it
// with scripts/center-pki, and signs the seeds with it, so mutated signed
// documents reach the MAC and certificate checks); without it the trust is
// empty and every certificate is untrusted.

#include "reporting/PeerReview.h"
#include "reporting/ReportSignature.h"
#include "reporting/ReportSr.h"
#include "FuzzInput.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

yunyue::CenterTrust loadTrust() {
  yunyue::CenterTrust trust;
  const QString ini = qEnvironmentVariable("YUNYUE_FUZZ_CENTER_INI");
  yunyue::ReportingError error;
  if (!ini.isEmpty() && !yunyue::CenterTrust::load(ini, &trust, &error)) {
    std::fprintf(stderr, "fuzz_report: cannot load %s: %s\n", qPrintable(ini), qPrintable(error.detail));
    std::abort();
  }
  return trust;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  yunyue::fuzz::silenceLogs();
  static const yunyue::CenterTrust trust = loadTrust();
  const QByteArray part10 = yunyue::fuzz::toByteArray(data, size);
  yunyue::ReportingError error;
  yunyue::Report report;
  (void)yunyue::decodeReportSr(part10, &report, &error);
  (void)yunyue::verifySignatures(part10, trust, &error);
  yunyue::PeerReview review;
  (void)yunyue::decodePeerReviewSr(part10, &review, &error);
  return 0;
}
