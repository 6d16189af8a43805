#include "SettledSaleNotice.h"

#include "Theme.h"
#include "history/SaleHistoryModel.h"
#include "validation/Money.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

SettledSaleNotice::SettledSaleNotice(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"SettledSaleNotice"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_icon = new QLabel(this);
    layout->addWidget(m_icon);
    m_text = new QLabel(this);
    m_text->setObjectName(u"noticeText"_s);
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_open = new QPushButton(tr("Open sale"), this);
    m_open->setObjectName(u"noticeOpenButton"_s);
    m_open->setProperty("role", u"primary"_s);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QString refid = currentRefid();
        if (!refid.isEmpty())
            emit openRequested(refid);   // acknowledged by whoever could open it
    });
    layout->addWidget(m_open);
    m_dismiss = new QPushButton(tr("OK"), this);
    m_dismiss->setObjectName(u"noticeDismissButton"_s);
    connect(m_dismiss, &QPushButton::clicked, this, [this] { acknowledge(currentRefid()); });
    layout->addWidget(m_dismiss);
    hide();
}

QString SettledSaleNotice::describe(const SaleRecord &sale, const QString &productName)
{
    const auto sen = Money::parseSen(sale.amount);
    const QString amount = sen ? Money::formatRinggit(*sen) : sale.amount;
    return tr("Earlier sale %1 (%2, %3): %4")
        .arg(sale.refid, productName, amount, SaleHistoryModel::statusWords(sale));
}

void SettledSaleNotice::announce(const SaleRecord &sale, const QString &productName)
{
    for (Entry &e : m_queue) {
        if (e.sale.refid == sale.refid) {
            e = Entry{sale, productName};
            showFirst();
            return;
        }
    }
    m_queue.append(Entry{sale, productName});
    showFirst();
}

void SettledSaleNotice::acknowledge(const QString &refid)
{
    m_queue.removeIf([&](const Entry &e) { return e.sale.refid == refid; });
    showFirst();
}

QString SettledSaleNotice::currentRefid() const
{
    return m_queue.isEmpty() ? QString() : m_queue.first().sale.refid;
}

QString SettledSaleNotice::text() const
{
    return m_text->text();
}

void SettledSaleNotice::showFirst()
{
    if (m_queue.isEmpty()) {
        m_text->clear();
        hide();
        return;
    }
    const Entry &e = m_queue.first();
    QString text = describe(e.sale, e.productName);
    if (m_queue.size() > 1)
        text += u' ' + tr("(%n more)", nullptr, int(m_queue.size() - 1));
    m_text->setText(text);
    const bool good = e.sale.state == SaleState::Succesful;
    setProperty("banner", good ? u"info"_s : u"warning"_s);
    m_icon->setPixmap(Theme::icon(good ? u"success"_s : u"warning"_s).pixmap(24, 24));
    Theme::repolish(this);
    show();
}
