// The worklist's prior-studies panel under Xvfb: the title names the rule in
// use, rows show date, modality, description, institution, series/images
// and the patient's ID with its issuer, newest first; double-click and Enter
// choose a prior; the empty, searching and error states; a search under a
// rule that cannot apply ends as "No prior studies" without the archive.
// The rule in the settings: saved and read back, chosen in the dialog.

#include "app/PriorStudiesPanel.h"
#include "app/SettingsDialog.h"
#include "app/WorkstationSettings.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace yunyue;

namespace {

StudyRecord study(const QString& uid, const QDate& date, const QString& modality, const QString& description,
                  const QString& issuer) {
  StudyRecord s;
  s.studyInstanceUid = uid;
  s.patientId = QStringLiteral("P1001");
  s.issuerOfPatientId = issuer;
  s.patientName = {QStringLiteral("Zhang^Wei"), QStringLiteral("张^伟"), {}};
  s.patientBirthDate = QDate(1968, 3, 12);
  s.studyDate = date;
  s.modalitiesInStudy = modality.split(QLatin1Char('/'));
  s.studyDescription = description;
  s.institutionName = QStringLiteral("青山县人民医院");
  s.numberOfSeries = 3;
  s.numberOfInstances = 216;
  return s;
}

QList<StudyRecord> priors() {
  return {study("2.25.11", QDate(2025, 6, 1), "CT", "头颅CT平扫", "QINGSHAN"),
          study("2.25.12", QDate(2024, 1, 15), "MR", "头颅MR平扫+增强", "QINGSHAN"),
          study("2.25.13", QDate(2021, 9, 30), "CR", "胸部正位", "YUNXI")};
}

QString shotPath(const QString& name) { return QDir::current().absoluteFilePath(name); }

}  // namespace

class TestPriorPanel : public QObject {
  Q_OBJECT
  QTemporaryDir m_tmp;

 private slots:
  void initTestCase() {
    QVERIFY(m_tmp.isValid());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
  }

  void showsRuleAndRows() {
    PriorStudiesPanel panel;
    panel.resize(900, 240);
    panel.setMatching(PriorMatching::PatientIdAndIssuer);
    panel.setPriors(priors());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.titleLabel()->text(), QStringLiteral("Prior studies — matched by Patient ID and issuer"));
    QCOMPARE(panel.message(), QString());
    QTreeWidget* list = panel.studyList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 3);
    const QTreeWidgetItem* first = list->topLevelItem(0);
    QCOMPARE(first->text(PriorStudiesPanel::Date), QStringLiteral("Jun 1, 2025"));
    QCOMPARE(first->text(PriorStudiesPanel::Modality), QStringLiteral("CT"));
    QCOMPARE(first->text(PriorStudiesPanel::Description), QStringLiteral("头颅CT平扫"));
    QCOMPARE(first->text(PriorStudiesPanel::Institution), QStringLiteral("青山县人民医院"));
    QCOMPARE(first->text(PriorStudiesPanel::SeriesAndImages), QStringLiteral("3 / 216"));
    QCOMPARE(first->text(PriorStudiesPanel::PatientId), QStringLiteral("P1001 (QINGSHAN)"));
    QCOMPARE(first->text(PriorStudiesPanel::Name), QStringLiteral("张伟 (Zhang Wei)"));
    QCOMPARE(list->topLevelItem(2)->text(PriorStudiesPanel::PatientId), QStringLiteral("P1001 (YUNXI)"));
    QVERIFY(panel.grab().save(shotPath("test_prior_panel-rows.png")));

    // Another rule: the title says so at once.
    panel.setMatching(PriorMatching::NameAndBirthDate);
    QCOMPARE(panel.titleLabel()->text(), QStringLiteral("Prior studies — matched by Name and birth date"));
  }

  void doubleClickAndEnterChoose() {
    PriorStudiesPanel panel;
    panel.resize(900, 240);
    panel.setPriors(priors());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QStringList chosen;
    connect(&panel, &PriorStudiesPanel::priorChosen, this,
            [&chosen](const StudyRecord& prior) { chosen << prior.studyInstanceUid; });
    QTreeWidget* list = panel.studyList();
    const QRect second = list->visualItemRect(list->topLevelItem(1));
    // A press before the double-click, as a real mouse sends (QAbstractItemView needs it).
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(chosen, QStringList{"2.25.12"});
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(2));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(chosen, (QStringList{"2.25.12", "2.25.13"}));
  }

  void emptyAndErrorStates() {
    PriorStudiesPanel panel;
    panel.resize(600, 160);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.message(), QStringLiteral("Select a study to see its prior studies."));
    panel.setPriors({});
    QCOMPARE(panel.message(), QStringLiteral("No prior studies"));
    QVERIFY(!panel.studyList()->isVisible());
    QVERIFY(panel.grab().save(shotPath("test_prior_panel-empty.png")));
    CloudError error;
    error.code = CloudErrorCode::ServerUnreachable;
    error.message = QStringLiteral("The archive cannot be reached.");
    error.detail = QStringLiteral("http://127.0.0.1:1/dicom-web/studies: connection refused");
    panel.setPriors(priors());
    panel.setError(error);
    QCOMPARE(panel.message(), QStringLiteral("Prior studies cannot be listed: The archive cannot be reached."));
    QVERIFY(panel.priors().isEmpty());
    QVERIFY(panel.grab().save(shotPath("test_prior_panel-error.png")));
  }

  // Through findPriorStudies, no archive needed: an unreachable server ends
  // in the error state; a study without what the rule needs asks nothing.
  void searches() {
    ServerProfile nowhere;
    nowhere.dicomWebRoot = QUrl(QStringLiteral("http://127.0.0.1:1/dicom-web"));
    DicomWebClient client(nowhere);
    PriorStudiesPanel panel;
    StudyRecord current = priors().first();
    panel.showPriorsOf(&client, current);
    QCOMPARE(panel.message(), QStringLiteral("Looking for prior studies…"));
    QTRY_VERIFY_WITH_TIMEOUT(panel.message().startsWith(QStringLiteral("Prior studies cannot be listed: ")), 20000);

    current.patientId.clear();  // ID and issuer: nothing to search for
    panel.showPriorsOf(&client, current);
    QTRY_COMPARE_WITH_TIMEOUT(panel.message(), QStringLiteral("No prior studies"), 5000);

    // A newer selection supersedes a search still running.
    panel.showPriorsOf(&client, priors().first());
    panel.clear();
    QTest::qWait(300);
    QCOMPARE(panel.message(), QStringLiteral("Select a study to see its prior studies."));
  }

  void settingsRoundTrip_data() {
    QTest::addColumn<int>("rule");
    for (PriorMatching rule : allPriorMatchings())
      QTest::newRow(qPrintable(priorMatchingKey(rule))) << int(rule);
  }
  void settingsRoundTrip() {
    QFETCH(int, rule);
    const QString file = m_tmp.filePath(QStringLiteral("yunyue-%1.conf").arg(rule));
    WorkstationSettings s;
    QCOMPARE(s.priorMatching, PriorMatching::PatientIdAndIssuer);  // the default
    s.priorMatching = PriorMatching(rule);
    {
      QSettings out(file, QSettings::IniFormat);
      s.save(out);
    }
    QSettings in(file, QSettings::IniFormat);
    QCOMPARE(in.value(QStringLiteral("priors/matching")).toString(), priorMatchingKey(PriorMatching(rule)));
    QCOMPARE(WorkstationSettings::load(in).priorMatching, PriorMatching(rule));
    // The dialog shows the rule and gives it back.
    SettingsDialog dialog(s);
    QCOMPARE(dialog.priorMatchingBox()->currentText(), priorMatchingName(PriorMatching(rule)));
    QCOMPARE(dialog.settings().priorMatching, PriorMatching(rule));
  }

  void unknownRuleKeepsTheDefault() {
    QSettings in(m_tmp.filePath(QStringLiteral("odd.conf")), QSettings::IniFormat);
    in.setValue(QStringLiteral("priors/matching"), QStringLiteral("by-phase-of-moon"));
    QCOMPARE(WorkstationSettings::load(in).priorMatching, PriorMatching::PatientIdAndIssuer);
  }

  void chosenInTheDialog() {
    SettingsDialog dialog(WorkstationSettings{});
    QComboBox* box = dialog.priorMatchingBox();
    QCOMPARE(box->count(), 4);
    QCOMPARE(box->itemText(0), QStringLiteral("Patient ID and issuer"));
    box->setCurrentIndex(box->findData(int(PriorMatching::IdOrNameAndBirthDate)));
    QCOMPARE(dialog.settings().priorMatching, PriorMatching::IdOrNameAndBirthDate);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = dialog.findChild<QTabWidget*>();
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(shotPath("test_prior_panel-settings.png")));
  }
};

QTEST_MAIN(TestPriorPanel)
#include "test_prior_panel.moc"
