// Report <-> JSON. Member names follow the fields of Report.h one to one, so
// a draft file reads like the struct.

#include "reporting/ReportJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>
#include <functional>

namespace yunyue {
namespace {

const char* const kFormat = "yunyue-report/1";

// "2026-11-23T08:15:30.123+08:00"; Qt's ISODateWithMs omits the offset of local times.
QJsonValue dateTimeToJson(const QDateTime& dt) {
  if (!dt.isValid()) return QJsonValue::Null;
  const int minutes = dt.offsetFromUtc() / 60;
  const QString offset = QStringLiteral("%1%2:%3")
                             .arg(minutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(std::abs(minutes) / 60, 2, 10, QLatin1Char('0'))
                             .arg(std::abs(minutes) % 60, 2, 10, QLatin1Char('0'));
  return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + offset;
}

QJsonObject imageToJson(const ImageReference& r) {
  return {{"studyUid", r.studyUid},
          {"seriesUid", r.seriesUid},
          {"sopClassUid", r.sopClassUid},
          {"sopInstanceUid", r.sopInstanceUid},
          {"frame", r.frame}};
}

QJsonArray imagesToJson(const QList<ImageReference>& list) {
  QJsonArray out;
  for (const ImageReference& r : list) out.append(imageToJson(r));
  return out;
}

QJsonObject observerToJson(const Observer& o) {
  return {{"name", o.name}, {"id", o.id}, {"organisation", o.organisation}};
}

QJsonObject studyToJson(const ReportedStudy& s) {
  return {{"studyUid", s.studyUid},
          {"patientName", s.patientName},
          {"patientId", s.patientId},
          {"issuerOfPatientId", s.issuerOfPatientId},
          {"patientBirthDate", s.patientBirthDate},
          {"patientSex", s.patientSex},
          {"accessionNumber", s.accessionNumber},
          {"studyDate", s.studyDate},
          {"studyTime", s.studyTime},
          {"studyDescription", s.studyDescription},
          {"studyId", s.studyId},
          {"referringPhysician", s.referringPhysician},
          {"modality", s.modality},
          {"bodyPart", s.bodyPart},
          {"evidence", imagesToJson(s.evidence)}};
}

QJsonObject measurementToJson(const ReportMeasurement& m) {
  return {{"label", m.label},
          {"conceptCode", m.conceptCode},
          {"conceptScheme", m.conceptScheme},
          {"conceptMeaning", m.conceptMeaning},
          {"value", m.value},
          {"unitCode", m.unitCode},
          {"unitMeaning", m.unitMeaning},
          {"image", imageToJson(m.image)}};
}

// Reads members into a struct and remembers the first one of the wrong type.
class Reader {
 public:
  QString badMember;

  void string(const QJsonObject& o, const char* key, QString* out) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) return;
    if (!v.isString()) return bad(key);
    *out = v.toString();
  }
  void integer(const QJsonObject& o, const char* key, int* out) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) return;
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())) return bad(key);
    *out = v.toInt();
  }
  void number(const QJsonObject& o, const char* key, double* out) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) return;
    if (!v.isDouble()) return bad(key);
    *out = v.toDouble();
  }
  void boolean(const QJsonObject& o, const char* key, bool* out) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) return;
    if (!v.isBool()) return bad(key);
    *out = v.toBool();
  }
  void dateTime(const QJsonObject& o, const char* key, QDateTime* out) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull()) return;
    const QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!v.isString() || !dt.isValid()) return bad(key);
    *out = dt;
  }
  QJsonObject object(const QJsonObject& o, const char* key) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isUndefined() && !v.isObject()) bad(key);
    return v.toObject();
  }
  void array(const QJsonObject& o, const char* key, const std::function<void(const QJsonObject&)>& each) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) return;
    if (!v.isArray()) return bad(key);
    for (const QJsonValue& element : v.toArray()) {
      if (!element.isObject()) return bad(key);
      each(element.toObject());
    }
  }

  void image(const QJsonObject& o, ImageReference* r) {
    string(o, "studyUid", &r->studyUid);
    string(o, "seriesUid", &r->seriesUid);
    string(o, "sopClassUid", &r->sopClassUid);
    string(o, "sopInstanceUid", &r->sopInstanceUid);
    integer(o, "frame", &r->frame);
  }
  void images(const QJsonObject& o, const char* key, QList<ImageReference>* out) {
    array(o, key, [&](const QJsonObject& e) {
      ImageReference r;
      image(e, &r);
      out->append(r);
    });
  }
  void observer(const QJsonObject& o, Observer* out) {
    string(o, "name", &out->name);
    string(o, "id", &out->id);
    string(o, "organisation", &out->organisation);
  }
  void study(const QJsonObject& o, ReportedStudy* s) {
    string(o, "studyUid", &s->studyUid);
    string(o, "patientName", &s->patientName);
    string(o, "patientId", &s->patientId);
    string(o, "issuerOfPatientId", &s->issuerOfPatientId);
    string(o, "patientBirthDate", &s->patientBirthDate);
    string(o, "patientSex", &s->patientSex);
    string(o, "accessionNumber", &s->accessionNumber);
    string(o, "studyDate", &s->studyDate);
    string(o, "studyTime", &s->studyTime);
    string(o, "studyDescription", &s->studyDescription);
    string(o, "studyId", &s->studyId);
    string(o, "referringPhysician", &s->referringPhysician);
    string(o, "modality", &s->modality);
    string(o, "bodyPart", &s->bodyPart);
    images(o, "evidence", &s->evidence);
  }
  void measurement(const QJsonObject& o, ReportMeasurement* m) {
    string(o, "label", &m->label);
    string(o, "conceptCode", &m->conceptCode);
    string(o, "conceptScheme", &m->conceptScheme);
    string(o, "conceptMeaning", &m->conceptMeaning);
    number(o, "value", &m->value);
    string(o, "unitCode", &m->unitCode);
    string(o, "unitMeaning", &m->unitMeaning);
    image(object(o, "image"), &m->image);
  }

 private:
  void bad(const char* key) {
    if (badMember.isEmpty()) badMember = QString::fromLatin1(key);
  }
};

}  // namespace

QJsonObject reportToJson(const Report& r) {
  QJsonArray measurements;
  for (const ReportMeasurement& m : r.measurements) measurements.append(measurementToJson(m));
  return {{"format", kFormat},
          {"srSeriesUid", r.srSeriesUid},
          {"srInstanceUid", r.srInstanceUid},
          {"instanceNumber", r.instanceNumber},
          {"study", studyToJson(r.study)},
          {"language", r.language},
          {"templateId", r.templateId},
          {"technique", r.technique},
          {"findings", r.findings},
          {"impression", r.impression},
          {"measurements", measurements},
          {"keyImages", imagesToJson(r.keyImages)},
          {"author", observerToJson(r.author)},
          {"observationDateTime", dateTimeToJson(r.observationDateTime)},
          {"contentDateTime", dateTimeToJson(r.contentDateTime)},
          {"complete", r.complete},
          {"verified", r.verified},
          {"verifier", observerToJson(r.verifier)},
          {"verificationDateTime", dateTimeToJson(r.verificationDateTime)},
          {"predecessors", imagesToJson(r.predecessors)}};
}

bool reportFromJson(const QJsonObject& json, Report* report, ReportingError* error) {
  Reader read;
  Report r;
  QString format;
  read.string(json, "format", &format);
  if (format != QLatin1String(kFormat)) read.badMember = QStringLiteral("format");
  read.string(json, "srSeriesUid", &r.srSeriesUid);
  read.string(json, "srInstanceUid", &r.srInstanceUid);
  read.integer(json, "instanceNumber", &r.instanceNumber);
  read.study(read.object(json, "study"), &r.study);
  read.string(json, "language", &r.language);
  read.string(json, "templateId", &r.templateId);
  read.string(json, "technique", &r.technique);
  read.string(json, "findings", &r.findings);
  read.string(json, "impression", &r.impression);
  read.array(json, "measurements", [&](const QJsonObject& o) {
    ReportMeasurement m;
    read.measurement(o, &m);
    r.measurements.append(m);
  });
  read.images(json, "keyImages", &r.keyImages);
  read.observer(read.object(json, "author"), &r.author);
  read.dateTime(json, "observationDateTime", &r.observationDateTime);
  read.dateTime(json, "contentDateTime", &r.contentDateTime);
  read.boolean(json, "complete", &r.complete);
  read.boolean(json, "verified", &r.verified);
  read.observer(read.object(json, "verifier"), &r.verifier);
  read.dateTime(json, "verificationDateTime", &r.verificationDateTime);
  read.images(json, "predecessors", &r.predecessors);
  if (!read.badMember.isEmpty()) {
    if (error) {
      error->code = ReportingError::Code::NotAReport;
      error->message =
          QCoreApplication::translate("yunyue::ReportJson", "The saved report draft cannot be read.");
      error->detail = QStringLiteral("JSON member \"%1\" is missing or of the wrong type (format %2)")
                          .arg(read.badMember, QLatin1String(kFormat));
    }
    return false;
  }
  *report = r;
  if (error) *error = ReportingError();
  return true;
}

}  // namespace yunyue
