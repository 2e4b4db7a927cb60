#include "app/HangingProtocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <optional>

Q_LOGGING_CATEGORY(lcHanging, "yunyue.app.hanging")

namespace yunyue {
namespace {

// JSON names: stable words, independent of the enums' order.
template <typename Enum>
struct JsonName {
  Enum value;
  const char* json;
};

constexpr JsonName<HangingLayout> kLayouts[] = {
    {HangingLayout::SingleImage, "single-image"},  {HangingLayout::MprAxial, "mpr-axial"},
    {HangingLayout::MprCoronal, "mpr-coronal"},    {HangingLayout::MprSagittal, "mpr-sagittal"},
    {HangingLayout::MprAndVolume, "mpr-2x2"},      {HangingLayout::CurrentVsPrior, "current-vs-prior"},
};
constexpr JsonName<HangingViewRole> kRoles[] = {
    {HangingViewRole::Image, "image"},     {HangingViewRole::Axial, "axial"},
    {HangingViewRole::Coronal, "coronal"}, {HangingViewRole::Sagittal, "sagittal"},
    {HangingViewRole::Current, "current"}, {HangingViewRole::Prior, "prior"},
};
constexpr JsonName<SlabMode> kSlabModes[] = {
    {SlabMode::None, "none"}, {SlabMode::Mip, "mip"}, {SlabMode::MinIp, "minip"}, {SlabMode::Average, "average"}};

template <typename Enum, size_t N>
QString toJson(const JsonName<Enum> (&table)[N], Enum value) {
  for (const JsonName<Enum>& entry : table)
    if (entry.value == value) return QLatin1String(entry.json);
  Q_UNREACHABLE();
  return {};
}

template <typename Enum, size_t N>
std::optional<Enum> fromJson(const JsonName<Enum> (&table)[N], const QString& name) {
  for (const JsonName<Enum>& entry : table)
    if (name == QLatin1String(entry.json)) return entry.value;
  return std::nullopt;
}

// "CR\DX" -> {"CR", "DX"}: several values as in a DICOM multi-valued element (PS3.5 6.4).
QStringList values(const QString& criterion) {
  QStringList out;
  for (const QString& v : criterion.split(QLatin1Char('\\'), Qt::SkipEmptyParts)) {
    const QString t = v.trimmed();
    if (!t.isEmpty() && t != QLatin1String("*")) out << t;
  }
  return out;
}

bool hasWildcard(const QString& pattern) {
  return pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'));
}

bool wildcardMatch(const QString& pattern, const QString& value) {
  // Anchored: "HEAD*" matches "HEADNECK", not "FOREHEAD".
  const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                              QRegularExpression::CaseInsensitiveOption);
  return re.match(value).hasMatch();
}

// How exactly a body part pattern names the value: 1000 for a plain term,
// else its count of literal characters. -1: no match.
int bodyPartExactness(const QString& criterion, const QString& bodyPart) {
  int best = -1;
  for (const QString& pattern : values(criterion)) {
    if (!wildcardMatch(pattern, bodyPart.trimmed())) continue;
    const int literal = int(pattern.size() - pattern.count(QLatin1Char('*')) - pattern.count(QLatin1Char('?')));
    best = std::max(best, hasWildcard(pattern) ? literal : 1000);
  }
  return best;
}

HangingProtocol protocol(const QString& name, const QString& modality, const QString& bodyPart, HangingLayout layout,
                         const QString& preset) {
  HangingProtocol p;
  p.name = name;
  p.modality = modality;
  p.bodyPart = bodyPart;
  p.layout = layout;
  p.fitViewsToLayout();
  for (HangingViewSettings& v : p.views) v.windowPreset = preset;
  return p;
}

QJsonObject viewToJson(const HangingViewSettings& v) {
  QJsonObject o{{QStringLiteral("role"), toJson(kRoles, v.role)},
                {QStringLiteral("slab"), toJson(kSlabModes, v.slabMode)}};
  if (!v.windowPreset.isEmpty()) o.insert(QStringLiteral("windowPreset"), v.windowPreset);
  if (v.slabMode != SlabMode::None) o.insert(QStringLiteral("slabThicknessMm"), v.slabThicknessMm);
  return o;
}

QJsonObject protocolToJson(const HangingProtocol& p) {
  QJsonArray views;
  for (const HangingViewSettings& v : p.views) views.append(viewToJson(v));
  return {{QStringLiteral("name"), p.name},
          {QStringLiteral("match"),
           QJsonObject{{QStringLiteral("modality"), p.modality},
                       {QStringLiteral("bodyPartExamined"), p.bodyPart},
                       {QStringLiteral("seriesDescriptionContains"), p.descriptionContains}}},
          {QStringLiteral("layout"), toJson(kLayouts, p.layout)},
          {QStringLiteral("start3d"), p.start3d},
          {QStringLiteral("views"), views}};
}

bool viewFromJson(const QJsonObject& o, HangingViewSettings* v, QString* why) {
  const auto role = fromJson(kRoles, o.value(QLatin1String("role")).toString());
  const auto slab = fromJson(kSlabModes, o.value(QLatin1String("slab")).toString(QStringLiteral("none")));
  if (!role || !slab) {
    *why = QStringLiteral("unknown view role or slab mode");
    return false;
  }
  v->role = *role;
  v->slabMode = *slab;
  v->windowPreset = o.value(QLatin1String("windowPreset")).toString();
  v->slabThicknessMm = std::clamp(o.value(QLatin1String("slabThicknessMm")).toDouble(), 0.0, 500.0);
  return true;
}

bool protocolFromJson(const QJsonObject& o, HangingProtocol* p, QString* why) {
  const auto layout = fromJson(kLayouts, o.value(QLatin1String("layout")).toString());
  p->name = o.value(QLatin1String("name")).toString();
  if (!layout || p->name.trimmed().isEmpty()) {
    *why = QStringLiteral("protocol \"%1\": no name or unknown layout").arg(p->name);
    return false;
  }
  const QJsonObject match = o.value(QLatin1String("match")).toObject();
  p->modality = match.value(QLatin1String("modality")).toString();
  p->bodyPart = match.value(QLatin1String("bodyPartExamined")).toString();
  p->descriptionContains = match.value(QLatin1String("seriesDescriptionContains")).toString();
  p->layout = *layout;
  p->start3d = o.value(QLatin1String("start3d")).toBool();
  p->views.clear();
  for (const QJsonValue& value : o.value(QLatin1String("views")).toArray()) {
    HangingViewSettings v;
    if (!viewFromJson(value.toObject(), &v, why)) return false;
    p->views.append(v);
  }
  p->fitViewsToLayout();
  return true;
}

// A free name beside the damaged file: "<path>.bad", else with the time.
QString asideName(const QString& path) {
  const QString bad = path + QStringLiteral(".bad");
  if (!QFileInfo::exists(bad)) return bad;
  return bad + QLatin1Char('-') + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmsszzz"));
}

HangingProtocolError error(HangingProtocolError::Code code, const QString& message, const QString& detail) {
  HangingProtocolError e;
  e.code = code;
  e.message = message;
  e.detail = detail;
  return e;
}

}  // namespace

QList<HangingLayout> allHangingLayouts() {
  QList<HangingLayout> all;
  for (const auto& entry : kLayouts) all << entry.value;
  return all;
}

QList<HangingViewRole> viewRoles(HangingLayout layout) {
  switch (layout) {
    case HangingLayout::SingleImage: return {HangingViewRole::Image};
    case HangingLayout::MprAxial: return {HangingViewRole::Axial};
    case HangingLayout::MprCoronal: return {HangingViewRole::Coronal};
    case HangingLayout::MprSagittal: return {HangingViewRole::Sagittal};
    case HangingLayout::MprAndVolume:
      return {HangingViewRole::Axial, HangingViewRole::Coronal, HangingViewRole::Sagittal};
    case HangingLayout::CurrentVsPrior: return {HangingViewRole::Current, HangingViewRole::Prior};
  }
  return {};
}

QString layoutName(HangingLayout layout) {
  switch (layout) {
    case HangingLayout::SingleImage: return QCoreApplication::translate("yunyue::HangingProtocol", "1×1 single image");
    case HangingLayout::MprAxial: return QCoreApplication::translate("yunyue::HangingProtocol", "1×1 MPR axial");
    case HangingLayout::MprCoronal: return QCoreApplication::translate("yunyue::HangingProtocol", "1×1 MPR coronal");
    case HangingLayout::MprSagittal: return QCoreApplication::translate("yunyue::HangingProtocol", "1×1 MPR sagittal");
    case HangingLayout::MprAndVolume: return QCoreApplication::translate("yunyue::HangingProtocol", "2×2 MPR and 3D");
    case HangingLayout::CurrentVsPrior: return QCoreApplication::translate("yunyue::HangingProtocol", "1×2 current and prior");
  }
  return {};
}

QString viewRoleName(HangingViewRole role) {
  switch (role) {
    case HangingViewRole::Image: return QCoreApplication::translate("yunyue::HangingProtocol", "Image");
    case HangingViewRole::Axial: return QCoreApplication::translate("yunyue::HangingProtocol", "Axial");
    case HangingViewRole::Coronal: return QCoreApplication::translate("yunyue::HangingProtocol", "Coronal");
    case HangingViewRole::Sagittal: return QCoreApplication::translate("yunyue::HangingProtocol", "Sagittal");
    case HangingViewRole::Current: return QCoreApplication::translate("yunyue::HangingProtocol", "Current");
    case HangingViewRole::Prior: return QCoreApplication::translate("yunyue::HangingProtocol", "Prior");
  }
  return {};
}

QString slabModeName(SlabMode mode) {
  switch (mode) {
    case SlabMode::None: return QCoreApplication::translate("yunyue::HangingProtocol", "Thin");
    case SlabMode::Mip: return QCoreApplication::translate("yunyue::HangingProtocol", "MIP");
    case SlabMode::MinIp: return QCoreApplication::translate("yunyue::HangingProtocol", "MinIP");
    case SlabMode::Average: return QCoreApplication::translate("yunyue::HangingProtocol", "Average");
  }
  return {};
}

HangingViewSettings HangingProtocol::view(HangingViewRole role) const {
  for (const HangingViewSettings& v : views)
    if (v.role == role) return v;
  HangingViewSettings v;
  v.role = role;
  return v;
}

void HangingProtocol::fitViewsToLayout() {
  QList<HangingViewSettings> fitted;
  for (HangingViewRole role : viewRoles(layout)) fitted << view(role);
  views = fitted;
}

bool HangingProtocol::matches(const QString& seriesModality, const QString& seriesBodyPart,
                              const QString& seriesDescription) const {
  const QStringList modalities = values(modality);
  if (!modalities.isEmpty() && !modalities.contains(seriesModality.trimmed(), Qt::CaseInsensitive)) return false;
  if (!values(bodyPart).isEmpty() && bodyPartExactness(bodyPart, seriesBodyPart) < 0) return false;
  const QString word = descriptionContains.trimmed();
  return word.isEmpty() || seriesDescription.contains(word, Qt::CaseInsensitive);
}

QList<HangingProtocol> defaultHangingProtocols() {
  const auto t = [](const char* text) { return QCoreApplication::translate("yunyue::HangingProtocol", text); };
  QList<HangingProtocol> all;
  HangingProtocol head = protocol(t("CT head"), QStringLiteral("CT"), QStringLiteral("HEAD\\BRAIN\\SKULL"),
                                  HangingLayout::MprAndVolume, QStringLiteral("brain"));
  all << head;
  // Chest: lung window; the axial plane a 10 mm MIP, which shows nodules
  // as the round bright spots vessels are not.
  HangingProtocol chest = protocol(t("CT chest"), QStringLiteral("CT"), QStringLiteral("CHEST\\THORAX\\LUNG"),
                                   HangingLayout::MprAndVolume, QStringLiteral("lung"));
  chest.views[0].slabMode = SlabMode::Mip;
  chest.views[0].slabThicknessMm = 10;
  all << chest;
  all << protocol(t("CT abdomen"), QStringLiteral("CT"), QStringLiteral("ABDOMEN\\PELVIS\\ABDOMENPELVIS\\LIVER"),
                  HangingLayout::MprAndVolume, QStringLiteral("abdomen"));
  all << protocol(t("CT"), QStringLiteral("CT"), QString(), HangingLayout::MprAndVolume, QString());
  all << protocol(t("Radiograph"), QStringLiteral("CR\\DX\\DR"), QString(), HangingLayout::SingleImage, QString());
  all << protocol(t("MR"), QStringLiteral("MR"), QString(), HangingLayout::MprAxial, QString());
  return all;
}

QString hangingProtocolsPath() {
  const QString fromEnv = qEnvironmentVariable("YUNYUE_HANGING_PROTOCOLS");
  if (!fromEnv.isEmpty()) return fromEnv;
  return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/hanging-protocols.json");
}

QByteArray hangingProtocolsToJson(const QList<HangingProtocol>& protocols) {
  QJsonArray list;
  for (const HangingProtocol& p : protocols) list.append(protocolToJson(p));
  return QJsonDocument(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("protocols"), list}}).toJson();
}

bool hangingProtocolsFromJson(const QByteArray& json, QList<HangingProtocol>* protocols, QString* why) {
  QJsonParseError parse;
  const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
  if (!doc.isObject()) {
    *why = parse.error != QJsonParseError::NoError ? parse.errorString() + QStringLiteral(" at offset ") + QString::number(parse.offset)
                                                   : QStringLiteral("not a JSON object");
    return false;
  }
  const QJsonValue list = doc.object().value(QLatin1String("protocols"));
  if (doc.object().value(QLatin1String("format")).toInt() != 1 || !list.isArray()) {
    *why = QStringLiteral("no format 1 \"protocols\" list");
    return false;
  }
  QList<HangingProtocol> read;
  for (const QJsonValue& value : list.toArray()) {
    HangingProtocol p;
    if (!value.isObject() || !protocolFromJson(value.toObject(), &p, why)) return false;
    read << p;
  }
  *protocols = read;
  return true;
}

HangingProtocolLoad loadHangingProtocols(const QString& path) {
  HangingProtocolLoad load;
  load.protocols = defaultHangingProtocols();
  QFile file(path);
  if (!file.exists()) return load;
  if (!file.open(QIODevice::ReadOnly)) {
    load.error = error(HangingProtocolError::Code::UnreadableFile,
                       QCoreApplication::translate("yunyue::HangingProtocol", "The hanging protocols could not be read; the defaults are used."),
                       path + QStringLiteral(": ") + file.errorString());
    return load;
  }
  QString why;
  QList<HangingProtocol> read;
  if (hangingProtocolsFromJson(file.readAll(), &read, &why)) {
    load.protocols = read;
    return load;
  }
  file.close();
  // Put the damaged file aside: the next save must not overwrite what the
  // reader may still want to repair by hand.
  const QString aside = asideName(path);
  const bool moved = QFile::rename(path, aside);
  load.damagedFileMovedTo = moved ? aside : QString();
  load.error = error(HangingProtocolError::Code::DamagedFile,
                     moved ? QCoreApplication::translate("yunyue::HangingProtocol", "The hanging protocols file is damaged; the defaults are used. It was kept as %1.").arg(aside)
                           : QCoreApplication::translate("yunyue::HangingProtocol", "The hanging protocols file is damaged; the defaults are used."),
                     path + QStringLiteral(": ") + why);
  qCWarning(lcHanging) << load.error.detail << (moved ? "moved to" : "could not be moved") << aside;
  return load;
}

HangingProtocolError saveHangingProtocols(const QList<HangingProtocol>& protocols, const QString& path) {
  QDir().mkpath(QFileInfo(path).absolutePath());
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(hangingProtocolsToJson(protocols)) < 0 || !file.commit()) {
    return error(HangingProtocolError::Code::UnwritableFile,
                 QCoreApplication::translate("yunyue::HangingProtocol", "The hanging protocols could not be saved."),
                 path + QStringLiteral(": ") + file.errorString());
  }
  return {};
}

int chooseHangingProtocol(const QList<HangingProtocol>& protocols, const QString& modality, const QString& bodyPart,
                          const QString& seriesDescription) {
  // Rank as documented in the header; std::tuple compares lexicographically.
  using Rank = std::tuple<int, int, int>;
  int chosen = -1;
  Rank best{-1, -1, -1};
  for (int i = 0; i < protocols.size(); ++i) {
    const HangingProtocol& p = protocols[i];
    if (!p.matches(modality, bodyPart, seriesDescription)) continue;
    const bool hasBodyPart = !values(p.bodyPart).isEmpty();
    const int criteria = int(!values(p.modality).isEmpty()) + int(hasBodyPart) + int(!p.descriptionContains.trimmed().isEmpty());
    const Rank rank{criteria, hasBodyPart ? bodyPartExactness(p.bodyPart, bodyPart) : 0,
                    int(p.descriptionContains.trimmed().size())};
    if (rank > best) {  // strictly better: an earlier protocol keeps a tie
      best = rank;
      chosen = i;
    }
  }
  return chosen;
}

}  // namespace yunyue
