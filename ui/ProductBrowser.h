#pragma once

#include "catalogue/Product.h"

#include <QPair>
#include <QWidget>

class GroupButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QVBoxLayout;
class QHBoxLayout;
class ProductListModel;
class QuickKeyButton;

// First screen: product groups, search, favourites and recent products, quick keys F1..F8.
// Choosing a product (click, tap, Enter, quick key) emits productChosen; the browser knows
// nothing about selling.
class ProductBrowser : public QWidget
{
    Q_OBJECT
public:
    static constexpr int QuickKeyCount = 8;

    explicit ProductBrowser(QWidget *parent = nullptr);

    void setProducts(const QList<Product> &products);
    void setFavourites(const QStringList &codes);
    void setRecents(const QStringList &codes);
    // (code, name) for F1.. in order; at most QuickKeyCount are used.
    void setQuickKeys(const QList<QPair<QString, QString>> &keys);
    void setInterruption(const QString &code, bool interrupted, const QString &reason);
    void setLoading();
    void setError(const QString &message);

    ProductListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QLineEdit *searchEdit() const { return m_search; }
    int productCount() const;
    QString countText() const;
    void showFamily(ProductFamily family);
    void showFavourites();
    void showRecents();
    void focusSearch();
    // Codes of the families currently listed in the group column (browser order).
    QList<ProductFamily> familiesShown() const;
    // The group column (favourites, recent, then the families) and the quick keys made so far
    // (hidden ones included), for tests and screenshots.
    QList<GroupButton *> groupButtons() const;
    QList<QuickKeyButton *> quickKeyButtons() const;

signals:
    void productChosen(const QString &code);
    void favouriteToggled(const QString &code, bool favourite);
    // Codes now visible, so the owner can ask for their network status.
    void productsShown(const QStringList &codes);
    void retryRequested();

private:
    // Constructor steps, in the order the constructor calls them.
    void buildSearchRow(QVBoxLayout *outer);
    void buildGroupColumn(QHBoxLayout *middle);
    void buildProductList(QVBoxLayout *centre);
    void buildSelectionRow(QVBoxLayout *centre);
    void buildQuickKeys(QVBoxLayout *outer);
    void buildShortcuts();
    void connectList();
    void connectSearch();
    void connectGroups();

    void searchChanged(const QString &text);
    void rebuildGroups();
    void chooseRow(int row);
    void currentChanged();
    void viewChanged();
    void toggleFavourite();
    void chooseQuickKey(int index);

    ProductListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QListView *m_list = nullptr;
    QVBoxLayout *m_groupLayout = nullptr;
    QButtonGroup *m_groups = nullptr;
    GroupButton *m_favButton = nullptr;
    GroupButton *m_recentButton = nullptr;
    QLabel *m_selectionNote = nullptr;
    QPushButton *m_favouriteToggle = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_retry = nullptr;
    QHBoxLayout *m_quickLayout = nullptr;
    QList<QuickKeyButton *> m_quickButtons;
    QList<QPair<QString, QString>> m_quickKeys;
    QList<ProductFamily> m_families;
    int m_lastGroupId = -1;
};
