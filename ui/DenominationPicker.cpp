#include "DenominationPicker.h"

#include "FormField.h"
#include "validation/Money.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int Columns = 4;
}

DenominationPicker::DenominationPicker(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_grid = new QGridLayout;
    m_grid->setSpacing(8);
    layout->addLayout(m_grid);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        m_touched = true;
        m_externalError.clear();
        refreshError();
        emit amountChanged();
    });

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"amountEdit"_s);
    m_edit->setPlaceholderText(tr("Amount in RM, e.g. 50.00"));
    m_edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_edit->setAccessibleName(tr("Amount in ringgit"));
    m_edit->hide();
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_externalError.clear();
        refreshError();
        emit amountChanged();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        m_touched = true;
        refreshError();
    });
    layout->addWidget(m_edit);
    m_range = new QLabel(this);
    m_range->setObjectName(u"fieldHint"_s);
    m_range->hide();
    layout->addWidget(m_range);
    m_error = new QLabel(this);
    m_error->setObjectName(u"fieldError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
}

void DenominationPicker::setDenominations(const QList<qint64> &sen)
{
    m_open = false;
    for (QPushButton *b : std::as_const(m_buttons)) {
        m_group->removeButton(b);
        b->deleteLater();
    }
    m_buttons.clear();
    m_values = sen;
    QWidget *previous = nullptr;
    for (qsizetype i = 0; i < sen.size(); ++i) {
        auto *b = new QPushButton(u"RM "_s + Money::formatSen(sen.at(i)).replace(u".00"_s, QString()), this);
        b->setObjectName(u"denomination_"_s + Money::formatSen(sen.at(i)));
        b->setCheckable(true);
        b->setProperty("role", u"denomination"_s);
        b->setAccessibleName(tr("%1 ringgit").arg(Money::formatSen(sen.at(i))));
        m_group->addButton(b, int(i));
        m_grid->addWidget(b, int(i) / Columns, int(i) % Columns);
        m_buttons.append(b);
        if (previous)
            setTabOrder(previous, b);
        previous = b;
    }
    m_edit->hide();
    m_range->hide();
    setFocusProxy(m_buttons.isEmpty() ? nullptr : m_buttons.first());
    if (m_buttons.size() == 1)   // one price (an eSIM, say): nothing to choose
        m_buttons.first()->setChecked(true);
    refreshError();
}

void DenominationPicker::setOpenAmount(std::optional<qint64> minSen, std::optional<qint64> maxSen)
{
    setDenominations({});
    m_open = true;
    m_min = minSen;
    m_max = maxSen;
    m_edit->show();
    QString range;
    if (m_min && m_max)
        range = tr("From %1 to %2").arg(Money::formatRinggit(*m_min), Money::formatRinggit(*m_max));
    else if (m_min)
        range = tr("At least %1").arg(Money::formatRinggit(*m_min));
    else if (m_max)
        range = tr("At most %1").arg(Money::formatRinggit(*m_max));
    m_range->setText(range);
    m_range->setVisible(!range.isEmpty());
    setFocusProxy(m_edit);
    refreshError();
}

bool DenominationPicker::hasInput() const
{
    return m_open ? !m_edit->text().trimmed().isEmpty() : m_group->checkedId() >= 0;
}

std::optional<qint64> DenominationPicker::amountSen() const
{
    if (!m_open) {
        const int id = m_group->checkedId();
        if (id < 0 || id >= m_values.size())
            return std::nullopt;
        return m_values.at(id);
    }
    const auto sen = Money::parseSen(m_edit->text());
    if (!sen || *sen <= 0)
        return std::nullopt;
    if ((m_min && *sen < *m_min) || (m_max && *sen > *m_max))
        return std::nullopt;
    return sen;
}

QString DenominationPicker::error() const
{
    if (!m_externalError.isEmpty())
        return m_externalError;
    if (!m_open)
        return {};
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty())
        return {};
    QString why;
    const auto sen = Money::parseSen(text, &why);
    if (!sen)
        return why.isEmpty() ? tr("Not an amount.") : why;
    if (*sen <= 0)
        return tr("The amount must be more than zero.");
    if (m_min && *sen < *m_min)
        return tr("The minimum is %1.").arg(Money::formatRinggit(*m_min));
    if (m_max && *sen > *m_max)
        return tr("The maximum is %1.").arg(Money::formatRinggit(*m_max));
    return {};
}

void DenominationPicker::refreshError()
{
    // An open amount is judged once the cashier leaves the field (or typed something that can
    // never become valid), not at every keystroke of "1" on the way to "100".
    QString e = error();
    if (m_open && m_externalError.isEmpty() && !m_touched && !e.isEmpty()) {
        const auto sen = Money::parseSen(m_edit->text());
        if (sen && (!m_max || *sen <= *m_max))
            e.clear();
    }
    FormField::showError(m_error, m_edit, e);
}

void DenominationPicker::setAmountSen(qint64 sen)
{
    if (m_open) {
        m_edit->setText(Money::formatSen(sen));
        return;
    }
    const qsizetype i = m_values.indexOf(sen);
    if (i >= 0) {
        m_buttons.at(i)->setChecked(true);
        emit amountChanged();
    }
}

QString DenominationPicker::amountText() const
{
    const auto sen = amountSen();
    return sen ? Money::formatSen(*sen) : QString();
}

void DenominationPicker::setAmountText(const QString &amount)
{
    if (const auto sen = Money::parseSen(amount))
        setAmountSen(*sen);
}

QString DenominationPicker::missingInput(const QString &whenEmpty) const
{
    if (amountSen())
        return {};
    const QString e = error();
    return e.isEmpty() ? whenEmpty : e;
}

void DenominationPicker::clearAmount()
{
    if (m_open) {
        m_edit->clear();
    } else if (QAbstractButton *b = m_group->checkedButton()) {
        m_group->setExclusive(false);
        b->setChecked(false);
        m_group->setExclusive(true);
    }
    m_touched = false;
    refreshError();
    emit amountChanged();
}

void DenominationPicker::showError(const QString &message)
{
    m_externalError = message;
    m_touched = true;
    refreshError();
}
