#pragma once

#include <QLineEdit>

// An IC / passport input that shows the full number only while it is being typed. Once a
// valid number is entered and focus leaves, the field shows the mask (XXXXXX-XX-5678) and
// keeps the value; focusing it again starts a fresh entry (the old value comes back if
// nothing new is typed), so the full number never reappears on the screen.
class MaskedIdEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit MaskedIdEdit(QWidget *parent = nullptr);

    void setPassport(bool passport);
    bool isPassport() const { return m_passport; }
    // The number as typed (not masked).
    QString value() const { return m_value; }
    void setValue(const QString &value);     // shows it masked when valid
    bool isMasked() const { return m_masked; }
    void clearValue();

signals:
    void valueChanged(const QString &value);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void applyMask();

    QString m_value;
    bool m_passport = false;
    bool m_masked = false;
    QString m_placeholder;
};
