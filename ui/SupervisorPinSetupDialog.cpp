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

SupervisorPinSetupDialog::SupervisorPinSetupDialog(SupervisorPin &pin, const QString &action, QWidget *parent)
    : QDialog(parent)
    , m_pin(pin)
{
    setObjectName(u"SupervisorPinSetupDialog"_s);
    setWindowTitle(tr("Set the supervisor PIN"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *what = new QLabel(tr("%1\n\nThis till has no supervisor PIN yet. Choose one now (%2 to %3 "
                               "digits): from now on it is asked before PINs are shown and before "
                               "a supervisor's decisions.")
                                .arg(action)
                                .arg(SupervisorPin::MinLength)
                                .arg(SupervisorPin::MaxLength),
                            this);
    what->setWordWrap(true);
    // A top-level dialog does not grow for a wrapped label's height by itself: ask for it.
    what->setMinimumWidth(440);
    what->setMinimumHeight(what->heightForWidth(440) + what->fontMetrics().lineSpacing());
    layout->addWidget(what);
    layout->addWidget(new QLabel(tr("New supervisor PIN"), this));
    m_pinEdit = makePinEdit(u"newSupervisorPinEdit"_s);
    layout->addWidget(m_pinEdit);
    layout->addWidget(new QLabel(tr("The same PIN again"), this));
    m_repeatEdit = makePinEdit(u"repeatSupervisorPinEdit"_s);
    layout->addWidget(m_repeatEdit);
    m_message = new QLabel(this);
    m_message->setObjectName(u"fieldHint"_s);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Set PIN"));
    m_ok->setProperty("role", u"primary"_s);
    m_ok->style()->polish(m_ok);   // the button box polished it before the role was known
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SupervisorPinSetupDialog::trySet);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_pinEdit->setFocus();
}

SupervisorPinSetupDialog::~SupervisorPinSetupDialog()
{
    m_pinEdit->clear();
    m_repeatEdit->clear();
}

QLineEdit *SupervisorPinSetupDialog::makePinEdit(const QString &name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    edit->setMaxLength(SupervisorPin::MaxLength);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]*"_s), edit));
    edit->setMinimumHeight(44);   // a touch target
    return edit;
}

QString SupervisorPinSetupDialog::message() const
{
    return m_message->text();
}

void SupervisorPinSetupDialog::trySet()
{
    const QString pin = m_pinEdit->text();
    const QString repeated = m_repeatEdit->text();
    m_pinEdit->clear();
    m_repeatEdit->clear();
    m_pinEdit->setFocus();
    if (const QString weak = SupervisorPin::validateNew(pin); !weak.isEmpty()) {
        m_message->setText(weak);
        return;
    }
    if (pin != repeated) {
        m_message->setText(tr("The two PINs differ. Type the new PIN twice."));
        return;
    }
    QString error;
    if (!m_pin.set(pin, &error)) {
        m_message->setText(error);
        return;
    }
    accept();
}
