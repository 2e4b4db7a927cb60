// The W/L presets on the number keys: what a CT reader expects on 1-6, in
// both languages; other modalities have none (yet).

#include "viewer/WindowPresets.h"

#include <QTest>

using namespace yunyue;

class TestWindowPresets : public QObject {
  Q_OBJECT
 private slots:
  void ctPresets_data() {
    QTest::addColumn<int>("key");
    QTest::addColumn<QString>("zh");
    QTest::addColumn<QString>("en");
    QTest::addColumn<double>("width");
    QTest::addColumn<double>("level");
    QTest::newRow("lung") << 1 << "肺窗" << "Lung" << 1500.0 << -600.0;
    QTest::newRow("mediastinum") << 2 << "纵隔窗" << "Mediastinum" << 350.0 << 50.0;
    QTest::newRow("bone") << 3 << "骨窗" << "Bone" << 2000.0 << 500.0;
    QTest::newRow("brain") << 4 << "脑窗" << "Brain" << 80.0 << 40.0;
    QTest::newRow("abdomen") << 5 << "腹部窗" << "Abdomen" << 400.0 << 40.0;
    QTest::newRow("liver") << 6 << "肝窗" << "Liver" << 150.0 << 30.0;
  }
  void ctPresets() {
    QFETCH(int, key);
    QFETCH(QString, zh);
    QFETCH(QString, en);
    QFETCH(double, width);
    QFETCH(double, level);
    const QList<WindowPreset> chinese = windowPresets("CT", "zh_CN");
    const QList<WindowPreset> english = windowPresets("CT", "en");
    QCOMPARE(chinese.size(), 6);
    const WindowPreset* p = presetForKey(chinese, key);
    QVERIFY(p);
    QCOMPARE(p->name, zh);
    QCOMPARE(p->width, width);
    QCOMPARE(p->level, level);
    QCOMPARE(presetForKey(english, key)->name, en);
  }
  void nothingElse() {
    QVERIFY(!presetForKey(windowPresets("CT", "en"), 7));
    QVERIFY(windowPresets("XA", "en").isEmpty());
  }
};

QTEST_GUILESS_MAIN(TestWindowPresets)
#include "test_window_presets.moc"
