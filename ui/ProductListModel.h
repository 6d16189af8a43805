#pragma once

#include "catalogue/Product.h"

#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QStringList>

// The products the browser shows: one family, the favourites, the recent ones, or a search
// across everything. A product under a network interruption stays selectable (warn, do not
// block) but is greyed and carries the reason.
class ProductListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CodeRole = Qt::UserRole + 1,
        FamilyRole,
        InterruptedRole,
        ReasonRole,
        FavouriteRole,
    };
    enum class View { Family, Favourites, Recents, Search };

    explicit ProductListModel(QObject *parent = nullptr);

    void setProducts(const QList<Product> &products);
    void setFavourites(const QStringList &codes);
    void setRecents(const QStringList &codes);
    void setInterruption(const QString &code, bool interrupted, const QString &reason);

    void showFamily(ProductFamily family);
    void showFavourites();
    void showRecents();
    void showSearch(const QString &text);
    View view() const { return m_view; }
    ProductFamily family() const { return m_family; }

    const Product *productAt(int row) const;
    int rowOfCode(const QString &code) const;
    int totalCount() const { return int(m_all.size()); }
    int countIn(ProductFamily family) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void rebuild();
    bool matches(const Product &p, const QString &folded) const;

    QList<Product> m_all;
    QHash<QString, int> m_index;        // code -> position in m_all
    QList<int> m_rows;                  // positions in m_all shown, in order
    QStringList m_favourites;
    QStringList m_recents;
    QHash<QString, QString> m_interrupted;   // code -> reason
    QHash<int, QIcon> m_icons;          // family -> icon (cached: painting 500 items must be cheap)
    View m_view = View::Family;
    ProductFamily m_family = ProductFamily::MobileReload;
    QString m_search;
};
