#pragma once
// Report templates per modality and body part: the sections a Chinese
// diagnostic report has (检查方法 / 影像所见 / 诊断意见 — technique, findings,
// impression) with their starting text, in Simplified Chinese and English.
// Templates are data (resources/report-templates/*.json), not code.

#include "reporting/ReportingError.h"

#include <QList>
#include <QString>

namespace yunyue {

struct ReportSection {
  QString key;    // technique, findings, impression
  QString title;  // in the requested language
  QString text;   // starting text
};

struct ReportTemplate {
  QString id;
  QString modality;   // DICOM Modality, e.g. CT
  QString bodyPart;   // DICOM BodyPartExamined, e.g. HEAD
  QString title;
  QList<ReportSection> sections;

  // language: "zh_CN" or "en"; missing translations fall back to zh_CN.
  static bool parse(const QByteArray& json, const QString& language, ReportTemplate* out, ReportingError* error);
  // Every template shipped in the resources.
  static QList<ReportTemplate> loadAll(const QString& language, ReportingError* error);
  // The best template for a study: exact modality and body part, else modality.
  static const ReportTemplate* bestFor(const QList<ReportTemplate>& all, const QString& modality,
                                       const QString& bodyPart);
};

}  // namespace yunyue
