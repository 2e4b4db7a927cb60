#pragma once
// Hanging protocols: how a series is laid out when a reader opens it, chosen
// by what the images are (Modality, Body Part Examined, Series Description).
// A protocol names the layout, the window preset, slab and thickness of each
// view, and whether the 3D view starts at once. The center's defaults are
// built in; the reader edits them (HangingProtocolDialog) and they are kept
// as JSON in the workstation's data directory. No widgets here.

#include "viewer/ResliceEngine.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace yunyue {

enum class HangingLayout {
  SingleImage,     // 1×1, the acquired images one by one (radiographs)
  MprAxial,        // 1×1 MPR, axial plane
  MprCoronal,      // 1×1 MPR, coronal plane
  MprSagittal,     // 1×1 MPR, sagittal plane
  MprAndVolume,    // 2×2: axial, coronal, sagittal and the 3D view
  CurrentVsPrior,  // 1×2: this study beside the patient's prior, scrolling linked
};

// The views of a layout, in reading order.
enum class HangingViewRole { Image, Axial, Coronal, Sagittal, Current, Prior };

QList<HangingLayout> allHangingLayouts();
QList<HangingViewRole> viewRoles(HangingLayout layout);
QString layoutName(HangingLayout layout);       // translated, for menus
QString viewRoleName(HangingViewRole role);     // translated
QString slabModeName(SlabMode mode);            // translated

// What one view starts with.
struct HangingViewSettings {
  HangingViewRole role = HangingViewRole::Image;
  QString windowPreset;            // WindowPreset::id ("lung"); empty: the image's own window
  SlabMode slabMode = SlabMode::None;
  double slabThicknessMm = 0;      // for MIP / MinIP / average slabs

  bool operator==(const HangingViewSettings& o) const {
    return role == o.role && windowPreset == o.windowPreset && slabMode == o.slabMode &&
           qFuzzyCompare(slabThicknessMm + 1, o.slabThicknessMm + 1);
  }
};

struct HangingProtocol {
  QString name;
  // Matching. Each criterion left empty matches anything.
  QString modality;      // Modality (0008,0060), PS3.3 C.7.3.1.1.1; several as "CR\DX"
  QString bodyPart;      // Body Part Examined (0018,0015), PS3.16 Annex L terms; * and ? wildcards, several as "HEAD\BRAIN"
  QString descriptionContains;  // a word in Series Description (0008,103E), case-insensitive
  // Display.
  HangingLayout layout = HangingLayout::MprAndVolume;
  QList<HangingViewSettings> views;  // one per viewRoles(layout), in that order
  bool start3d = false;              // MprAndVolume: render 3D at once, not on request

  // The settings of one view of the layout (defaults when the layout has no such view).
  HangingViewSettings view(HangingViewRole role) const;
  // Gives `views` exactly the views of `layout`, keeping the settings of
  // roles that stay and defaults for new ones.
  void fitViewsToLayout();

  bool matches(const QString& modality, const QString& bodyPart, const QString& seriesDescription) const;

  bool operator==(const HangingProtocol& o) const {
    return name == o.name && modality == o.modality && bodyPart == o.bodyPart &&
           descriptionContains == o.descriptionContains && layout == o.layout && views == o.views &&
           start3d == o.start3d;
  }
};

// Failures a user can cause with the protocols file; a value, no implicit bool.
struct HangingProtocolError {
  enum class Code { None, DamagedFile, UnreadableFile, UnwritableFile };
  Code code = Code::None;
  QString message;  // for the user, translated
  QString detail;   // for the log

  bool isError() const { return code != Code::None; }
};

struct HangingProtocolLoad {
  QList<HangingProtocol> protocols;  // the file's, or the defaults when there is none or it is damaged
  HangingProtocolError error;
  QString damagedFileMovedTo;        // where a damaged file was put aside (never overwritten)
};

// The center's defaults: CT head, chest, abdomen and any CT; radiographs; MR.
QList<HangingProtocol> defaultHangingProtocols();

// $YUNYUE_HANGING_PROTOCOLS when set, else hanging-protocols.json in the
// application's data location.
QString hangingProtocolsPath();

// A missing file gives the defaults without error. A damaged one (not JSON,
// not our structure, an unknown layout or slab mode) is renamed to
// "<path>.bad" (or ".bad-<time>" when that exists) so that the next save
// cannot overwrite it, and the defaults are returned with the reason.
HangingProtocolLoad loadHangingProtocols(const QString& path);
// Atomic: a crash while saving leaves the previous file whole.
HangingProtocolError saveHangingProtocols(const QList<HangingProtocol>& protocols, const QString& path);

QByteArray hangingProtocolsToJson(const QList<HangingProtocol>& protocols);
// False (and *why) for anything that is not a valid protocols document.
bool hangingProtocolsFromJson(const QByteArray& json, QList<HangingProtocol>* protocols, QString* why);

// The most specific protocol that matches a series, or -1. Every criterion a
// protocol sets must match. Among the matches, ranked in this order:
//  1. more criteria set (modality, body part, description) is more specific;
//  2. a body part without wildcards beats one with them, and among patterns
//     more literal characters ("CHEST*" over "C*") beat fewer;
//  3. a longer description word is more specific;
//  4. earlier in the list wins a tie: the reader orders the list.
int chooseHangingProtocol(const QList<HangingProtocol>& protocols, const QString& modality,
                          const QString& bodyPart, const QString& seriesDescription);

}  // namespace yunyue
