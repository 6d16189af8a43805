#include "ReviewPage.h"

#include "Banner.h"
#include "Theme.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"ReviewPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);

    auto *title = new QLabel(tr("Check with the customer before charging"), this);
    title->setObjectName(u"pageTitle"_s);
    layout->addWidget(title);
    m_duplicate = new Banner(Banner::Kind::Warning, this);
    m_duplicate->setObjectName(u"duplicateBanner"_s);
    layout->addWidget(m_duplicate);

    m_product = new QLabel(this);
    m_product->setObjectName(u"pageSubtitle"_s);
    m_product->setStyleSheet(u"font-size: 20px; font-weight: bold; color: #263238;"_s);
    layout->addWidget(m_product);
    m_accountCaption = new QLabel(this);
    m_accountCaption->setObjectName(u"fieldLabel"_s);
    layout->addWidget(m_accountCaption);
    m_account = new QLabel(this);
    m_account->setObjectName(u"bigAccount"_s);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_account);
    auto *amountCaption = new QLabel(tr("Amount"), this);
    amountCaption->setObjectName(u"fieldLabel"_s);
    layout->addWidget(amountCaption);
    m_amount = new QLabel(this);
    m_amount->setObjectName(u"bigAmount"_s);
    layout->addWidget(m_amount);

    m_linesBox = new QWidget(this);
    m_lines = new QFormLayout(m_linesBox);
    m_lines->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_linesBox);
    m_correcting = new QLabel(this);
    m_correcting->setObjectName(u"fieldHint"_s);
    m_correcting->setWordWrap(true);
    layout->addWidget(m_correcting);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(Theme::icon(u"back"_s), tr("Change (Esc)"), this);
    m_back->setObjectName(u"reviewBackButton"_s);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setProperty("role", u"primary"_s);
    m_confirm->setMinimumWidth(260);
    buttons->addWidget(m_confirm);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, &ReviewPage::backRequested);
    connect(m_confirm, &QPushButton::clicked, this, &ReviewPage::confirmed);
    auto *esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    esc->setContext(Qt::WidgetWithChildrenShortcut);
    connect(esc, &QShortcut::activated, this, &ReviewPage::backRequested);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *enter = new QShortcut(QKeySequence(key), this);
        enter->setContext(Qt::WidgetWithChildrenShortcut);
        connect(enter, &QShortcut::activated, this, [this] {
            if (m_confirm->isEnabled() && !m_back->hasFocus())
                m_confirm->click();
            else if (m_back->hasFocus())
                m_back->click();
        });
    }
    setFocusProxy(m_confirm);
}

void ReviewPage::setDetails(const Details &d)
{
    m_product->setText(d.productName);
    m_accountCaption->setText(d.accountCaption);
    m_account->setText(d.account);
    m_amount->setText(d.amount);
    m_confirm->setText(tr("Charge %1 (Enter)").arg(d.amount));
    while (m_lines->rowCount() > 0)
        m_lines->removeRow(0);
    for (const auto &line : d.lines) {
        auto *label = new QLabel(line.first, m_linesBox);
        label->setObjectName(u"fieldLabel"_s);
        auto *value = new QLabel(line.second, m_linesBox);
        value->setObjectName(u"fieldValue"_s);
        value->setWordWrap(true);
        m_lines->addRow(label, value);
    }
    m_linesBox->setVisible(!d.lines.isEmpty());
    m_correcting->setText(d.correcting.isEmpty() ? QString()
                                                 : tr("Corrected sale: reference %1 is reused.").arg(d.correcting));
    m_correcting->setVisible(!d.correcting.isEmpty());
    if (d.similar.isEmpty()) {
        m_duplicate->setMessage({});
    } else {
        QStringList seen;
        const QLocale locale;
        for (const SaleRecord &s : d.similar) {
            seen.append(tr("%1 at %2 (%3)")
                            .arg(s.refid, locale.toString(s.createdAt.toLocalTime().time(), QLocale::ShortFormat),
                                 saleStateName(s.state)));
        }
        m_duplicate->setMessage(tr("The same account and amount were sold in the last %n minute(s): %1. "
                                   "Make sure the customer really wants a second one.",
                                   nullptr, d.similarMinutes)
                                    .arg(seen.join(u"; "_s)));
    }
}

bool ReviewPage::duplicateWarningShown() const
{
    return !m_duplicate->isHidden();
}

QString ReviewPage::duplicateWarning() const
{
    return m_duplicate->message();
}

QString ReviewPage::accountText() const
{
    return m_account->text();
}

QString ReviewPage::amountText() const
{
    return m_amount->text();
}
