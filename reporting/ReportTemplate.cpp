#include "reporting/ReportTemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Q_INIT_RESOURCE declares the initializer in the enclosing namespace: the
// global one, where rcc defines it.
static void initReportTemplateResources() { Q_INIT_RESOURCE(report_templates); }

namespace yunyue {
namespace {

QString localized(const QJsonValue& v, const QString& language) {
  const QJsonObject o = v.toObject();
  const QString text = o.value(language).toString();
  return text.isEmpty() ? o.value(QLatin1String("zh_CN")).toString() : text;
}

ReportingError malformed(const QString& detail) {
  return {ReportingError::Code::MalformedTemplate,
          QCoreApplication::translate("yunyue::ReportTemplate", "A report template is damaged."), detail};
}

}  // namespace

bool ReportTemplate::parse(const QByteArray& json, const QString& language, ReportTemplate* out,
                           ReportingError* error) {
  QJsonParseError pe;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
  if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
    if (error) *error = malformed(pe.errorString());
    return false;
  }
  const QJsonObject o = doc.object();
  ReportTemplate t;
  t.id = o.value(QLatin1String("id")).toString();
  t.modality = o.value(QLatin1String("modality")).toString();
  t.bodyPart = o.value(QLatin1String("bodyPart")).toString();
  t.title = localized(o.value(QLatin1String("title")), language);
  for (const QJsonValue& s : o.value(QLatin1String("sections")).toArray())
    t.sections << ReportSection{s.toObject().value(QLatin1String("key")).toString(),
                                localized(s.toObject().value(QLatin1String("title")), language),
                                localized(s.toObject().value(QLatin1String("text")), language)};
  if (t.id.isEmpty() || t.modality.isEmpty() || t.title.isEmpty() || t.sections.isEmpty()) {
    if (error) *error = malformed(QStringLiteral("template '%1' lacks id, modality, title or sections").arg(t.id));
    return false;
  }
  for (const ReportSection& s : std::as_const(t.sections))
    if (s.key.isEmpty() || s.title.isEmpty()) {
      if (error) *error = malformed(QStringLiteral("template '%1' has a section without key or title").arg(t.id));
      return false;
    }
  *out = t;
  return true;
}

QList<ReportTemplate> ReportTemplate::loadAll(const QString& language, ReportingError* error) {
  initReportTemplateResources();
  QList<ReportTemplate> all;
  const QDir dir(QStringLiteral(":/report-templates"));
  for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
      if (error)
        *error = {ReportingError::Code::UnreadableTemplate,
                  QCoreApplication::translate("yunyue::ReportTemplate", "A report template cannot be read."), name};
      return {};
    }
    ReportTemplate t;
    if (!parse(f.readAll(), language, &t, error)) {
      if (error) error->detail = name + QStringLiteral(": ") + error->detail;
      return {};
    }
    all << t;
  }
  return all;
}

const ReportTemplate* ReportTemplate::bestFor(const QList<ReportTemplate>& all, const QString& modality,
                                              const QString& bodyPart) {
  const ReportTemplate* byModality = nullptr;
  for (const ReportTemplate& t : all) {
    if (t.modality != modality) continue;
    if (!bodyPart.isEmpty() && t.bodyPart.compare(bodyPart, Qt::CaseInsensitive) == 0) return &t;
    if (!byModality) byModality = &t;
  }
  return byModality;
}

}  // namespace yunyue
