#pragma once
// Presentation mode for the weekly read-out meeting: full screen on the
// projector's monitor, one teaching case after another from the library.
// Each case opens on its key images; the audience sees the images and the
// title, not the answer: the case note (history, diagnosis, teaching points)
// appears only when the presenter reveals it. Patient data stays hidden
// (cases are de-identified anyway; even the pseudonym is off by default),
// overlays are large, and the cursor can become a laser pointer.
//
// Keys: Right/PageDown next case, Left/PageUp previous case, Down/Up or the
// wheel next/previous image, Space reveal/hide the note, 1-6 W/L presets,
// P pointer, I patient data, F1 help, Esc leave.

#include "reporting/TeachingCase.h"

#include <QWidget>

class QLabel;

namespace yunyue {

class SliceView;

class PresentationWindow : public QWidget {
  Q_OBJECT
 public:
  // The cases in the order they are shown, each a package in the library.
  PresentationWindow(const TeachingLibrary& library, QList<TeachingCase> cases, QWidget* parent = nullptr);
  ~PresentationWindow() override;

  // Full screen on this monitor (QGuiApplication::screens() index; out of
  // range: the primary one).
  void showOnScreen(int screenIndex);

  int caseCount() const { return int(m_cases.size()); }
  int currentCase() const { return m_case; }
  int currentImage() const { return m_image; }
  int imageCount() const { return int(m_images.size()); }
  bool noteRevealed() const { return m_revealed; }
  SliceView* view() const { return m_view; }

  void showCase(int index);
  void showImage(int index);
  void revealNote(bool revealed);
  void setPointer(bool laser);
  void setPatientDataShown(bool shown);

 signals:
  // A case package could not be opened (damaged): shown, and the meeting goes on.
  void caseFailed(const QString& message);

 protected:
  void keyPressEvent(QKeyEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;

 private:
  void updateHeader();
  void applyPreset(int key);

  TeachingLibrary m_library;
  QList<TeachingCase> m_cases;
  int m_case = -1;
  QStringList m_images;  // files of the current case: key images first
  int m_image = -1;
  bool m_revealed = false;
  bool m_laser = false;
  SliceView* m_view;
  QLabel* m_header;
  QLabel* m_note;
  QLabel* m_help;
};

}  // namespace yunyue
