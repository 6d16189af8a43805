#include "SupervisorPinDialog.h"

#include "SupervisorPinSetupDialog.h"
#include "security/SupervisorPin.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SupervisorPinDialog::SupervisorPinDialog(SupervisorPin &pin, const QString &action, QWidget *parent)
    : QDialog(parent)
    , m_pin(pin)
{
    setObjectName(u"SupervisorPinDialog"_s);
    setWindowTitle(tr("Supervisor PIN"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *what = new QLabel(tr("%1\n\nA supervisor enters the supervisor PIN.").arg(action), this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"supervisorPinEdit"_s);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_edit->setMaxLength(SupervisorPin::MaxLength);
    m_edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]*"_s), m_edit));
    m_edit->setMinimumHeight(44);   // a touch target
    layout->addWidget(m_edit);
    m_message = new QLabel(this);
    m_message->setObjectName(u"fieldHint"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Confirm"));
    m_ok->setProperty("role", u"primary"_s);
    m_ok->style()->polish(m_ok);   // the button box polished it before the role was known
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SupervisorPinDialog::tryPin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_edit->setFocus();
}

SupervisorPinDialog::~SupervisorPinDialog()
{
    m_edit->clear();
}

QString SupervisorPinDialog::message() const
{
    return m_message->text();
}

void SupervisorPinDialog::tryPin()
{
    const QString typed = m_edit->text();
    m_edit->clear();
    switch (m_pin.check(typed)) {
    case SupervisorPin::Check::Accepted:
    case SupervisorPin::Check::NotSet:   // nothing to check (authorize() does not open us then)
        accept();
        return;
    case SupervisorPin::Check::Wrong:
        m_message->setText(tr("Wrong supervisor PIN."));
        break;
    case SupervisorPin::Check::LockedOut:
        m_message->setText(tr("Too many wrong PINs: try again in %n second(s).", nullptr, m_pin.lockedForSecs()));
        break;
    case SupervisorPin::Check::Damaged:
        m_message->setText(tr("The stored supervisor PIN is damaged. Set it again in the settings; "
                              "until then supervisor actions are refused."));
        break;
    }
    m_edit->setFocus();
}

bool SupervisorPinDialog::authorize(SupervisorPin *pin, const QString &action, QWidget *parent)
{
    if (!pin || !pin->isSet())
        return true;
    SupervisorPinDialog dialog(*pin, action, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool SupervisorPinDialog::authorizeRequiringPin(SupervisorPin *pin, const QString &action, QWidget *parent)
{
    if (!pin)
        return false;
    if (!pin->isSet()) {
        SupervisorPinSetupDialog setup(*pin, action, parent);
        return setup.exec() == QDialog::Accepted && pin->isSet();
    }
    SupervisorPinDialog dialog(*pin, action, parent);
    return dialog.exec() == QDialog::Accepted;
}
