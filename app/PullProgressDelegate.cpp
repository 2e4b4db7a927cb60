#include "app/PullProgressDelegate.h"

#include "app/WorklistModel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

namespace yunyue {

void PullProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
  const int percent = index.data(WorklistModel::ProgressRole).toInt();
  if (percent < 0) return QStyledItemDelegate::paint(painter, option, index);
  QStyleOptionProgressBar bar;
  bar.rect = option.rect.adjusted(2, 3, -2, -3);
  bar.minimum = 0;
  bar.maximum = 100;
  bar.progress = percent;
  bar.text = index.data(Qt::DisplayRole).toString();
  bar.textVisible = true;
  bar.textAlignment = Qt::AlignCenter;
  bar.state = option.state | QStyle::State_Horizontal;
  QStyle* style = option.widget ? option.widget->style() : QApplication::style();
  style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

}  // namespace yunyue
