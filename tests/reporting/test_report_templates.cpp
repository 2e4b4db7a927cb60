#include "reporting/ReportTemplate.h"

#include <QTest>

using namespace yunyue;

class TestReportTemplates : public QObject {
  Q_OBJECT
 private slots:
  void shippedTemplatesHaveTheThreeSections_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("zh_CN") << "zh_CN" << QStringList{"检查方法", "影像所见", "诊断意见"};
    QTest::newRow("en") << "en" << QStringList{"Technique", "Findings", "Impression"};
  }
  void shippedTemplatesHaveTheThreeSections() {
    QFETCH(QString, language);
    QFETCH(QStringList, titles);
    ReportingError error;
    const QList<ReportTemplate> all = ReportTemplate::loadAll(language, &error);
    QVERIFY2(!error.isError(), qPrintable(error.detail));
    QVERIFY(all.size() >= 4);
    for (const ReportTemplate& t : all) {
      QStringList got;
      for (const ReportSection& s : t.sections) {
        got << s.title;
        QVERIFY2(!s.text.isEmpty(), qPrintable(t.id + "/" + s.key));
      }
      QCOMPARE(got, titles);
    }
  }

  void bestTemplateForAStudy() {
    const QList<ReportTemplate> all = ReportTemplate::loadAll(QStringLiteral("zh_CN"), nullptr);
    const ReportTemplate* head = ReportTemplate::bestFor(all, "CT", "HEAD");
    QVERIFY(head);
    QCOMPARE(head->title, QStringLiteral("头颅CT平扫"));
    const ReportTemplate* chest = ReportTemplate::bestFor(all, "CT", "chest");
    QVERIFY(chest);
    QCOMPARE(chest->id, QStringLiteral("ct-chest"));
    QVERIFY(ReportTemplate::bestFor(all, "CT", "ANKLE"));  // falls back to the modality
    QVERIFY(!ReportTemplate::bestFor(all, "PT", ""));
  }

  void damagedTemplate_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("no sections") << QByteArray(R"({"id":"x","modality":"CT","title":{"zh_CN":"x"}})");
    QTest::newRow("untitled section") << QByteArray(R"({"id":"x","modality":"CT","title":{"zh_CN":"x"},"sections":[{"key":"a"}]})");
  }
  void damagedTemplate() {
    QFETCH(QByteArray, json);
    ReportTemplate t;
    ReportingError error;
    QVERIFY(!ReportTemplate::parse(json, "zh_CN", &t, &error));
    QCOMPARE(error.code, ReportingError::Code::MalformedTemplate);
    QVERIFY(!error.message.isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestReportTemplates)
#include "test_report_templates.moc"
