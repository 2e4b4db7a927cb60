#pragma once
// Draws the worklist's "Local copy" cell as a progress bar while a study is
// being pulled, and as plain text otherwise.

#include <QStyledItemDelegate>

namespace yunyue {

class PullProgressDelegate : public QStyledItemDelegate {
  Q_OBJECT
 public:
  using QStyledItemDelegate::QStyledItemDelegate;
  void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace yunyue
