#include "ShiftOpenDialog.h"

#include "shift/ShiftLedger.h"
#include "validation/Money.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShiftOpenDialog::ShiftOpenDialog(ShiftLedger &ledger, std::optional<qint64> walletSen, QWidget *parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_walletSen(walletSen)
{
    setObjectName(u"ShiftOpenDialog"_s);
    setWindowTitle(tr("Open shift"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *form = new QFormLayout;
    m_cashier = new QLineEdit(this);
    m_cashier->setObjectName(u"cashierEdit"_s);
    m_cashier->setMaxLength(ShiftLedger::MaxCashierLength);
    m_cashier->setMinimumHeight(44);   // a touch target
    form->addRow(tr("Cashier"), m_cashier);
    m_float = new QLineEdit(this);
    m_float->setObjectName(u"floatEdit"_s);
    m_float->setPlaceholderText(tr("e.g. 100.00"));
    m_float->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_float->setMinimumHeight(44);
    form->addRow(tr("Cash float in the drawer"), m_float);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(u"fieldHint"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Ok);
    m_open->setText(tr("Open shift"));
    m_open->setProperty("role", u"primary"_s);
    m_open->style()->polish(m_open);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShiftOpenDialog::openShift);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_cashier->setFocus();
}

QString ShiftOpenDialog::message() const
{
    return m_message->text();
}

void ShiftOpenDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setMinimumHeight(m_message->heightForWidth(m_message->width()));
}

void ShiftOpenDialog::openShift()
{
    QString error;
    ShiftLedger::normalizeCashier(m_cashier->text(), &error);
    if (!error.isEmpty()) {
        showMessage(error);
        m_cashier->setFocus();
        return;
    }
    const std::optional<qint64> floatSen = Money::parseSen(m_float->text(), &error);
    if (!floatSen) {
        showMessage(error);
        m_float->setFocus();
        return;
    }
    const std::optional<Shift> shift = m_ledger.open(m_cashier->text(), *floatSen, m_walletSen);
    if (!shift) {
        showMessage(m_ledger.errorString());
        return;
    }
    emit shiftOpened(shift->cashier);
    accept();
}
