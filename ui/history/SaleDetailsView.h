#pragma once

#include "journal/SaleEvent.h"
#include "journal/SaleRecord.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QUrl;

// One sale in the history: every field the journal holds that IIMMPACT returned or the till
// sent, each with its caption; a field that is absent has neither (no empty rows). Then its
// timeline as the journal keeps it (created, number of requests, last change, final), and the
// actions: Check status, Reprint, Open voucher and Unlock PINs.
//
// The PIN shows as Receipt::hiddenPin() until setPinsUnlocked(true) (the page does that
// after a supervisor's PIN); any other sale, or clear(), locks it again. The IC number is
// always masked. Display only: the page acts on the signals.
class SaleDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit SaleDetailsView(QWidget *parent = nullptr);

    // Shows `sale`. Locks the PINs unless it is the same sale again (an update of the one shown).
    void setSale(const SaleRecord &sale, const QString &productName);
    void clear();
    bool hasSale() const { return m_hasSale; }
    const SaleRecord &sale() const { return m_sale; }

    // The sale's journal timeline (Journal::saleEvents), one line each, oldest first. Empty:
    // the sale was journaled before the journal kept one, and the view says so.
    void setTimeline(const QList<SaleEvent> &events);
    QStringList timelineLines() const;   // as shown (tests)
    // One timeline line in words, without its time.
    static QString eventText(const SaleEvent &event);

    void setPinsUnlocked(bool unlocked);
    bool pinsUnlocked() const { return m_unlocked; }
    void setMessage(const QString &text);
    QString message() const;

    // For tests and the screenshot run: the value label of a field ("pin", "sn", "remarks",
    // "attempts", ...) and the keys of the fields shown now, in screen order.
    QLabel *value(const QString &key) const;
    QStringList shownKeys() const;
    QPushButton *checkButton() const { return m_check; }
    QPushButton *reprintButton() const { return m_reprint; }
    QPushButton *voucherButton() const { return m_voucher; }
    QPushButton *unlockButton() const { return m_unlock; }

    // Whether Check status can ask IIMMPACT about `sale`: a transaction exists, or the sale is
    // pending and re-queried anyway. Not for Rejected, NeedsDecision or Voided sales.
    static bool canCheckStatus(const SaleRecord &sale);

signals:
    void checkStatusRequested(const QString &refid);
    void reprintRequested(const SaleRecord &sale, bool pinsUnlocked);
    void voucherRequested(const QUrl &url);
    void unlockRequested();

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
    };
    void buildRows();
    void buildActions();
    void addRow(const QString &key, const QString &caption);
    void setRow(const QString &key, const std::optional<QString> &text);
    void fillSaleRows();
    void fillAnswerRows();
    void fillTimeline();
    void updateActions();

    SaleRecord m_sale;
    QString m_productName;
    bool m_hasSale = false;
    bool m_unlocked = false;
    QScrollArea *m_scroll = nullptr;
    QGridLayout *m_grid = nullptr;
    QStringList m_order;
    QHash<QString, Row> m_rows;
    QLabel *m_title = nullptr;
    QLabel *m_timelineTitle = nullptr;
    QLabel *m_timelineNote = nullptr;
    QLabel *m_timelineList = nullptr;
    QStringList m_timelineLines;
    QLabel *m_message = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_voucher = nullptr;
    QPushButton *m_unlock = nullptr;
};
