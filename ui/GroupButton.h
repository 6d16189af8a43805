#pragma once

#include <QToolButton>

// A product group in the browser's group column ("Gift Cards & Vouchers  (4)"), checkable.
// The checked group is drawn bold with a thicker border (kaunter.qss); QToolButton sizes
// itself for the regular font only, so the checked label would be elided. This button asks
// for the room its label needs in either state.
class GroupButton : public QToolButton
{
    Q_OBJECT
public:
    explicit GroupButton(QWidget *parent = nullptr);

    // The group's title as plain text (no mnemonic) and its product count.
    void setGroup(const QString &title, int count);

    // Also QToolButton's minimumSizeHint(): the column never squeezes a group below its label.
    QSize sizeHint() const override;
};
