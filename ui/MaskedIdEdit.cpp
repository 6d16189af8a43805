#include "MaskedIdEdit.h"

#include "validation/IdentityNumber.h"

#include <QFocusEvent>

MaskedIdEdit::MaskedIdEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setInputMethodHints(Qt::ImhNoPredictiveText | Qt::ImhSensitiveData | Qt::ImhNoAutoUppercase);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_masked = false;
        m_value = text;
        emit valueChanged(m_value);
    });
    setPassport(false);
}

void MaskedIdEdit::setPassport(bool passport)
{
    m_passport = passport;
    m_placeholder = passport ? tr("Passport number") : tr("e.g. 900101-14-5678");
    if (!m_masked)
        setPlaceholderText(m_placeholder);
    if (m_masked)
        applyMask();
}

void MaskedIdEdit::setValue(const QString &value)
{
    m_value = value;
    m_masked = false;
    setText(value);
    applyMask();
    emit valueChanged(m_value);
}

void MaskedIdEdit::clearValue()
{
    m_value.clear();
    m_masked = false;
    clear();
    setPlaceholderText(m_placeholder);
    emit valueChanged(m_value);
}

void MaskedIdEdit::applyMask()
{
    const ValidationResult r = IdentityNumber::validate(m_value, m_passport);
    if (!r.ok)
        return;   // keep an invalid entry visible so the cashier can correct it
    m_masked = true;
    setText(IdentityNumber::mask(r.normalized));
}

void MaskedIdEdit::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    if (m_masked) {
        // start a fresh entry; the masked value stays until something new is typed
        setPlaceholderText(tr("Type again to change (%1)").arg(text()));
        clear();
    }
}

void MaskedIdEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    if (m_masked && text().isEmpty()) {
        setPlaceholderText(m_placeholder);
        applyMask();
        return;
    }
    setPlaceholderText(m_placeholder);
    applyMask();
}
