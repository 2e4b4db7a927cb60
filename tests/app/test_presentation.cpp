// Presentation mode for the read-out meeting, with real widgets under Xvfb:
// two teaching cases made from the demo CT and MR (exportTeachingCase into a
// library) are shown full screen. No text on screen holds the patients'
// names, IDs, accession numbers or birth dates, nor even the case pseudonym
// until the presenter asks for it; the diagnosis appears only after Space;
// the arrow keys step through the key images and the cases; a damaged
// package is reported and the meeting goes on. The library dialog lists,
// searches and hands the chosen cases to the presentation.

#include "app/PresentationWindow.h"
#include "app/TeachingDialogs.h"
#include "reporting/StudyEvidence.h"
#include "viewer/widgets/SliceView.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace yunyue;

namespace {

QStringList demoFiles(const QString& study) {
  const QDir dir(qEnvironmentVariable("YUNYUE_TEST_DATA") + "/" + study + "/1");
  QStringList files;
  for (const QString& name : dir.entryList({"*.dcm"}, QDir::Files, QDir::Name)) files << dir.filePath(name);
  return files;
}

// Every text a label in the window shows.
QString screenText(const QWidget& window) {
  QStringList texts;
  for (const QLabel* label : window.findChildren<QLabel*>())
    if (label->isVisible()) texts << label->text();
  return texts.join('\n');
}

// Share of pixels brighter than black: the image is on screen.
double litFraction(const QImage& image) {
  qint64 lit = 0;
  for (int y = 0; y < image.height(); y += 4)
    for (int x = 0; x < image.width(); x += 4)
      if (qGray(image.pixel(x, y)) > 40) ++lit;
  return double(lit) / double((image.height() / 4) * (image.width() / 4));
}

void saveShot(const QImage& image, const QString& name) {
  const QString dir = qEnvironmentVariable("YUNYUE_SCREENSHOT_DIR");
  if (!dir.isEmpty()) image.save(dir + "/" + name);
}

}  // namespace

class TestPresentation : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;
  QList<ReportedStudy> m_originals;
  TeachingLibrary m_library{QString()};

  void addCase(const QString& study, const QString& caseId, const QString& title, int keyImages) {
    const QStringList files = demoFiles(study);
    QVERIFY(files.size() > keyImages);
    ReportedStudy original;
    ReportingError error;
    QVERIFY2(readReportedStudy(files, &original, &error), qPrintable(error.message));
    m_originals << original;
    TeachingCase draft;
    draft.caseId = caseId;
    draft.title = title;
    draft.diagnosis = QStringLiteral("答案：%1").arg(caseId);
    draft.history = QStringLiteral("头痛三天");
    draft.teachingPoints = {QStringLiteral("第一点"), QStringLiteral("第二点")};
    draft.tags = {QStringLiteral("神经")};
    draft.language = "zh-CN";
    // Key images from the middle of the series, in the teacher's order.
    for (int k = 0; k < keyImages; ++k)
      draft.keyImages << original.evidence.at(original.evidence.size() / 2 + k);
    DeidentificationOptions options;
    options.patientName = "TEACHING^" + caseId;
    options.patientId = caseId;
    QVERIFY2(exportTeachingCase(draft, files, options, m_library.packagePath(caseId), nullptr, nullptr, &error),
             qPrintable(error.message));
  }

  void verifyNoIdentifiers(const QWidget& window) {
    const QString text = screenText(window);
    for (const ReportedStudy& s : std::as_const(m_originals)) {
      for (const QString& part : s.patientName.split(QRegularExpression("[\\^=]"), Qt::SkipEmptyParts))
        if (part.size() >= 2) QVERIFY2(!text.contains(part), qPrintable(part));
      QVERIFY(!s.patientId.isEmpty() && !text.contains(s.patientId));
      if (!s.accessionNumber.isEmpty()) QVERIFY(!text.contains(s.accessionNumber));
      if (!s.patientBirthDate.isEmpty()) QVERIFY(!text.contains(s.patientBirthDate));
    }
  }

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_library = TeachingLibrary(m_dir.filePath("library"));
    QVERIFY(QDir().mkpath(m_library.root()));
    addCase("ct-head", "TC-CT", "硬膜下血肿", 2);
    addCase("mr-head", "TC-MR", "脑膜瘤", 1);
  }

  void presentsWithoutPatientData() {
    QList<TeachingCase> cases = m_library.search(QString());
    QCOMPARE(cases.size(), 2);
    std::sort(cases.begin(), cases.end(), [](const TeachingCase& a, const TeachingCase& b) { return a.caseId < b.caseId; });
    PresentationWindow window(m_library, cases);
    window.showOnScreen(0);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(300);
    QVERIFY(window.isFullScreen());
    QCOMPARE(window.caseCount(), 2);
    QCOMPARE(window.currentCase(), 0);
    QCOMPARE(window.currentImage(), 0);
    // The first key image, not the first slice.
    QCOMPARE(window.view()->image().sopInstanceUid, cases[0].keyImages[0].sopInstanceUid);

    QImage shot = window.grab().toImage();
    saveShot(shot, "presentation-question.png");
    QVERIFY2(litFraction(shot) > 0.05, "the image is not on screen");
    QString text = screenText(window);
    QVERIFY2(text.contains("硬膜下血肿"), qPrintable(text));
    QVERIFY2(text.contains("头痛三天"), qPrintable(text));
    QVERIFY2(!text.contains("答案"), qPrintable(text));        // the diagnosis waits
    QVERIFY2(!text.contains("TEACHING^"), qPrintable(text));   // not even the pseudonym
    verifyNoIdentifiers(window);

    QTest::keyClick(&window, Qt::Key_Space);
    QTest::qWait(100);  // the note's new height reaches the layout
    text = screenText(window);
    QVERIFY2(text.contains("答案：TC-CT") && text.contains("第二点"), qPrintable(text));
    saveShot(window.grab().toImage(), "presentation-answer.png");
    verifyNoIdentifiers(window);

    // The second key image, then the rest of the study.
    QTest::keyClick(&window, Qt::Key_Down);
    QCOMPARE(window.view()->image().sopInstanceUid, cases[0].keyImages[1].sopInstanceUid);
    QTest::keyClick(&window, Qt::Key_Down);
    QCOMPARE(window.currentImage(), 2);
    QCOMPARE(window.imageCount(), cases[0].files.size());

    // The presenter's W/L preset (bone on 3) stays while scrolling.
    QTest::keyClick(&window, Qt::Key_3);
    QCOMPARE(window.view()->windowWidth(), 2000.0);
    QTest::keyClick(&window, Qt::Key_Up);
    QCOMPARE(window.view()->windowWidth(), 2000.0);

    // Next case: the answer is hidden again.
    QTest::keyClick(&window, Qt::Key_Right);
    QCOMPARE(window.currentCase(), 1);
    QVERIFY(!window.noteRevealed());
    text = screenText(window);
    QVERIFY2(text.contains("脑膜瘤") && !text.contains("答案"), qPrintable(text));
    QCOMPARE(window.view()->image().modality, QStringLiteral("MR"));
    verifyNoIdentifiers(window);

    // The pseudonym only on request.
    QTest::keyClick(&window, Qt::Key_I);
    QVERIFY(screenText(window).contains("TEACHING^TC-MR"));
    verifyNoIdentifiers(window);
    QTest::keyClick(&window, Qt::Key_P);  // laser pointer
    QCOMPARE(window.cursor().shape(), Qt::BitmapCursor);
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isVisible());
  }

  void damagedCaseIsReported() {
    TeachingCase c = m_library.search("脑膜瘤").value(0);
    QVERIFY(!c.files.isEmpty());
    const QString package = m_library.packagePath(c.caseId);
    QFile file(QDir(package).filePath(c.files.first().path));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray original = file.readAll();
    file.seek(original.size() - 10);
    file.write("XXXXXXXXXX");
    file.close();
    PresentationWindow window(m_library, {c});
    QSignalSpy failed(&window, &PresentationWindow::caseFailed);
    window.showCase(0);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(c.caseId));
    QVERIFY(!window.view()->hasImage());
    // Restored, it shows again.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(original);
    file.close();
    window.showCase(0);
    QVERIFY(window.view()->hasImage());
  }

  void libraryDialogHandsOverTheChosenCases() {
    TeachingLibraryDialog dialog(m_library);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.shownCases().size(), 2);
    dialog.setSearchText("脑膜");
    QCOMPARE(dialog.shownCases().size(), 1);
    saveShot(dialog.grab().toImage(), "teaching-library.png");
    QSignalSpy present(&dialog, &TeachingLibraryDialog::presentRequested);
    auto* table = dialog.findChild<QTableWidget*>();
    QVERIFY(table);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("脑膜瘤"));
    emit table->cellDoubleClicked(0, 1);
    QCOMPARE(present.size(), 1);
    const auto chosen = present.first().first().value<QList<TeachingCase>>();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().caseId, QStringLiteral("TC-MR"));
  }
};

QTEST_MAIN(TestPresentation)
#include "test_presentation.moc"
