#include "PhoneField.h"

#include "validation/MobileNumber.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {
QLineEdit *newNumberEdit(const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(u"accountEdit"_s);
    edit->setPlaceholderText(placeholder);
    edit->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    edit->setMaxLength(20);
    return edit;
}
}

PhoneField::PhoneField(const QString &caption, const QString &placeholder, bool stagingTestAccounts,
                       Feedback feedback, QWidget *parent)
    : FormField(caption, newNumberEdit(placeholder), parent)
    , m_stagingTestAccounts(stagingTestAccounts)
    , m_feedback(feedback)
{
    m_edit = static_cast<QLineEdit *>(editor());
    connect(m_edit, &QLineEdit::textChanged, this, [this] { review(false); });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { review(true); });
}

PhoneField::~PhoneField()
{
    // A focused edit emits editingFinished while ~QWidget deletes it, after this part of the
    // field is gone: cut the connection first.
    QObject::disconnect(m_edit, nullptr, this, nullptr);
}

void PhoneField::setText(const QString &text)
{
    m_edit->setText(text);
}

ValidationResult PhoneField::validation() const
{
    return MobileNumber::validate(m_edit->text(), m_stagingTestAccounts);
}

QString PhoneField::missingInput() const
{
    const ValidationResult r = validation();
    if (r.ok)
        return {};
    return m_edit->text().trimmed().isEmpty() ? tr("Enter the mobile number.") : r.error;
}

void PhoneField::review(bool finished)
{
    showFeedback(finished);
    emit edited(finished);
}

void PhoneField::showFeedback(bool finished)
{
    const QString text = m_edit->text();
    const ValidationResult r = MobileNumber::validate(text, m_stagingTestAccounts);
    // Complain once the cashier is done, or (detailed) as soon as the number is already too long.
    int digits = 0;
    for (QChar c : text)
        digits += (c >= u'0' && c <= u'9') ? 1 : 0;
    const bool tooLong = m_feedback == Feedback::Detailed && digits >= 12;
    if (r.ok || text.trimmed().isEmpty())
        setError({});
    else if (finished || tooLong)
        setError(r.error);
    if (m_feedback == Feedback::Detailed)
        setHint(r.ok && r.normalized != text.trimmed() ? tr("Will be sent as %1").arg(r.normalized) : r.warning);
}
