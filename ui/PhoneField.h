#pragma once

#include "FormField.h"
#include "validation/ValidationResult.h"

class QLineEdit;

// A Malaysian mobile number under its caption, as mobile reload and mobile data ask for it:
// the dial-pad keyboard, the inline error once the cashier is done, and the number as it will
// be sent (validation/MobileNumber decides; staging test numbers pass when the context says).
class PhoneField : public FormField
{
    Q_OBJECT
public:
    enum class Feedback {
        OnFinish,    // the error once the cashier leaves the field
        Detailed,    // also as soon as the number is too long, and a hint with the number as
                     // it will be sent (or the validator's warning)
    };

    PhoneField(const QString &caption, const QString &placeholder, bool stagingTestAccounts,
               Feedback feedback, QWidget *parent);
    ~PhoneField() override;

    QLineEdit *edit() const { return m_edit; }
    void setText(const QString &text);
    ValidationResult validation() const;
    // The number as it is sent (empty when not valid).
    QString normalized() const { return validation().normalized; }
    // What is wrong, translated; empty when the number is valid.
    QString missingInput() const;
    // Shows the error and hint for the text now, then emits edited (as the field does by
    // itself on each keystroke and when the cashier leaves it).
    void review(bool finished);

signals:
    void edited(bool finished);

private:
    void showFeedback(bool finished);

    QLineEdit *m_edit = nullptr;
    bool m_stagingTestAccounts = false;
    Feedback m_feedback = Feedback::OnFinish;
};
