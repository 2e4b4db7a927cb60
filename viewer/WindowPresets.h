#pragma once
// Window/level presets a reader calls up by number key (lung, mediastinum,
// bone, brain, abdomen, liver for CT). Data, not code:
// resources/window-presets/<modality>.json.

#include <QList>
#include <QString>

namespace yunyue {

struct WindowPreset {
  int key = 0;     // number key 1-9
  QString id;      // lung, mediastinum, ...
  QString name;    // in the requested language (zh_CN falls back for missing ones)
  double width = 0;
  double level = 0;  // window center
};

// The presets for a modality (e.g. "CT"), ordered by key; empty when there
// are none or the resource is damaged.
QList<WindowPreset> windowPresets(const QString& modality, const QString& language);

// The preset on a number key, or nullptr.
const WindowPreset* presetForKey(const QList<WindowPreset>& presets, int key);

}  // namespace yunyue
