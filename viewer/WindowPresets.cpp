#include "viewer/WindowPresets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <algorithm>

// Q_INIT_RESOURCE declares the initializer in the enclosing namespace: the
// global one, where rcc defines it.
static void initWindowPresetResources() { Q_INIT_RESOURCE(window_presets); }

Q_LOGGING_CATEGORY(lcPresets, "yunyue.viewer.presets")

namespace yunyue {

QList<WindowPreset> windowPresets(const QString& modality, const QString& language) {
  initWindowPresetResources();
  QFile file(QStringLiteral(":/window-presets/%1.json").arg(modality.toLower()));
  if (!file.open(QIODevice::ReadOnly)) return {};
  QJsonParseError error;
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
  if (!doc.isObject()) {
    qCWarning(lcPresets) << file.fileName() << error.errorString();
    return {};
  }
  QList<WindowPreset> presets;
  for (const QJsonValue& v : doc.object().value(QLatin1String("presets")).toArray()) {
    const QJsonObject o = v.toObject();
    const QJsonObject names = o.value(QLatin1String("name")).toObject();
    WindowPreset p;
    p.key = o.value(QLatin1String("key")).toInt();
    p.id = o.value(QLatin1String("id")).toString();
    p.name = names.value(language).toString(names.value(QLatin1String("zh_CN")).toString());
    p.width = o.value(QLatin1String("width")).toDouble();
    p.level = o.value(QLatin1String("level")).toDouble();
    // A width of 0 or a key off the number row is a damaged entry: left out.
    if (p.key < 1 || p.key > 9 || !(p.width > 0)) {
      qCWarning(lcPresets) << file.fileName() << "entry" << p.id << "left out";
      continue;
    }
    presets.append(p);
  }
  std::sort(presets.begin(), presets.end(), [](const WindowPreset& a, const WindowPreset& b) { return a.key < b.key; });
  return presets;
}

const WindowPreset* presetForKey(const QList<WindowPreset>& presets, int key) {
  for (const WindowPreset& p : presets)
    if (p.key == key) return &p;
  return nullptr;
}

}  // namespace yunyue
