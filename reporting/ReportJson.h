#pragma once
// The report as JSON, for local drafts and the command line. Every field of
// Report round-trips exactly; date-times are ISO 8601 with milliseconds and
// the UTC offset ("2026-11-23T08:15:30.123+08:00"), null when not set.

#include <QJsonObject>

#include "reporting/Report.h"
#include "reporting/ReportingError.h"

namespace yunyue {

QJsonObject reportToJson(const Report& report);

// Fails with Code::NotAReport when the object is not a report draft
// (wrong format tag, or a member of the wrong JSON type).
bool reportFromJson(const QJsonObject& json, Report* report, ReportingError* error);

}  // namespace yunyue
