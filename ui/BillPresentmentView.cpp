#include "BillPresentmentView.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BillPresentmentView::BillPresentmentView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"billPresentment"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(u"fieldHint"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    m_fields = new QWidget(this);
    m_fields->setObjectName(u"presentmentFields"_s);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(8, 4, 8, 4);
    m_fields->hide();
    layout->addWidget(m_fields);
    hide();
}

void BillPresentmentView::clearView()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields->hide();
    m_status->hide();
    hide();
}

void BillPresentmentView::showLooking()
{
    clearView();
    m_status->setText(tr("Checking the account with the biller…"));
    m_status->show();
    show();
}

void BillPresentmentView::showPresentment(const BillPresentment &presentment)
{
    clearView();
    if (presentment.shownFields.isEmpty())
        return;   // nothing returned: show nothing (the decision table says so)
    for (const auto &f : presentment.shownFields) {
        auto *value = new QLabel(f.second, m_fields);
        value->setObjectName(u"fieldValue"_s);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *label = new QLabel(f.first, m_fields);
        label->setObjectName(u"fieldLabel"_s);
        m_form->addRow(label, value);
    }
    m_fields->show();
    show();
}

int BillPresentmentView::fieldCount() const
{
    return m_form->rowCount();
}
