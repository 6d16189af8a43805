#pragma once

#include <QList>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// Amount input driven by catalogue metadata: a grid of denomination buttons (common ones
// first) for fixed-price products, or an amount field with the product's min/max for open
// amounts. Amounts are sen; nothing here rounds through a double.
class DenominationPicker : public QWidget
{
    Q_OBJECT
public:
    explicit DenominationPicker(QWidget *parent = nullptr);

    // Fixed amounts, already ordered (common first).
    void setDenominations(const QList<qint64> &sen);
    // Open amount with optional limits.
    void setOpenAmount(std::optional<qint64> minSen, std::optional<qint64> maxSen);
    bool isOpenAmount() const { return m_open; }

    std::optional<qint64> amountSen() const;
    // Translated reason the amount is not usable; empty when usable or not entered yet.
    QString error() const;
    bool hasInput() const;
    void setAmountSen(qint64 sen);
    // The amount as a request carries it ("12.30"), empty while there is none; and back (a
    // text that is no amount changes nothing).
    QString amountText() const;
    void setAmountText(const QString &amount);
    // Why there is no usable amount: error(), or whenEmpty while nothing usable is entered;
    // empty when there is an amount.
    QString missingInput(const QString &whenEmpty) const;
    void clearAmount();
    void showError(const QString &message);   // e.g. from a rejected sale

    QList<QPushButton *> buttons() const { return m_buttons; }
    QLineEdit *amountEdit() const { return m_edit; }

signals:
    void amountChanged();

private:
    void refreshError();

    QGridLayout *m_grid = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QPushButton *> m_buttons;
    QList<qint64> m_values;
    QLineEdit *m_edit = nullptr;
    QLabel *m_range = nullptr;
    QLabel *m_error = nullptr;
    bool m_open = false;
    bool m_touched = false;
    std::optional<qint64> m_min;
    std::optional<qint64> m_max;
    QString m_externalError;
};
