#pragma once

#include "catalogue/BillPresentment.h"

#include <QWidget>

class QFormLayout;
class QLabel;

// Shows what bill presentment returned for an account: only the fields that came back (no
// label for a missing one), or a blocking error, or nothing at all.
class BillPresentmentView : public QWidget
{
    Q_OBJECT
public:
    explicit BillPresentmentView(QWidget *parent = nullptr);

    void showLooking();
    void showPresentment(const BillPresentment &presentment);
    void clearView();
    int fieldCount() const;

private:
    QLabel *m_status = nullptr;
    QWidget *m_fields = nullptr;
    QFormLayout *m_form = nullptr;
};
