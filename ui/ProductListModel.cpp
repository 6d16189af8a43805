#include "ProductListModel.h"

#include "Theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

ProductListModel::ProductListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    const auto families = Product::browserFamilies();
    for (ProductFamily f : families)
        m_icons.insert(int(f), Theme::icon(Product::familyKey(f)));
}

void ProductListModel::setProducts(const QList<Product> &products)
{
    m_all = products;
    m_index.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i)
        m_index.insert(m_all.at(i).code, int(i));
    rebuild();
}

void ProductListModel::setFavourites(const QStringList &codes)
{
    m_favourites = codes;
    if (m_view == View::Favourites) {
        rebuild();
    } else if (!m_rows.isEmpty()) {
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {FavouriteRole, Qt::DisplayRole});
    }
}

void ProductListModel::setRecents(const QStringList &codes)
{
    m_recents = codes;
    if (m_view == View::Recents)
        rebuild();
}

void ProductListModel::setInterruption(const QString &code, bool interrupted, const QString &reason)
{
    const bool was = m_interrupted.contains(code);
    if (interrupted)
        m_interrupted.insert(code, reason);
    else
        m_interrupted.remove(code);
    if (was == interrupted && !interrupted)
        return;
    const int row = rowOfCode(code);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

void ProductListModel::showFamily(ProductFamily family)
{
    m_view = View::Family;
    m_family = family;
    rebuild();
}

void ProductListModel::showFavourites()
{
    m_view = View::Favourites;
    rebuild();
}

void ProductListModel::showRecents()
{
    m_view = View::Recents;
    rebuild();
}

void ProductListModel::showSearch(const QString &text)
{
    m_view = View::Search;
    m_search = text.simplified().toCaseFolded();
    rebuild();
}

bool ProductListModel::matches(const Product &p, const QString &folded) const
{
    if (folded.isEmpty())
        return true;
    const QStringList tokens = folded.split(u' ', Qt::SkipEmptyParts);
    const QString hay = QString(p.name + u' ' + p.code + u' ' + p.group + u' ' + p.category).toCaseFolded();
    for (const QString &t : tokens) {
        if (!hay.contains(t))
            return false;
    }
    return true;
}

void ProductListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const auto byCodes = [this](const QStringList &codes) {
        for (const QString &c : codes) {
            const auto it = m_index.constFind(c);
            if (it != m_index.constEnd())
                m_rows.append(*it);
        }
    };
    switch (m_view) {
    case View::Family:
        for (qsizetype i = 0; i < m_all.size(); ++i) {
            if (m_all.at(i).family == m_family)
                m_rows.append(int(i));
        }
        break;
    case View::Favourites:
        byCodes(m_favourites);
        break;
    case View::Recents:
        byCodes(m_recents);
        break;
    case View::Search:
        for (qsizetype i = 0; i < m_all.size(); ++i) {
            if (matches(m_all.at(i), m_search))
                m_rows.append(int(i));
        }
        break;
    }
    endResetModel();
}

const Product *ProductListModel::productAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_all.at(m_rows.at(row));
}

int ProductListModel::rowOfCode(const QString &code) const
{
    const auto it = m_index.constFind(code);
    if (it == m_index.constEnd())
        return -1;
    return int(m_rows.indexOf(*it));
}

int ProductListModel::countIn(ProductFamily family) const
{
    int n = 0;
    for (const Product &p : m_all) {
        if (p.family == family)
            ++n;
    }
    return n;
}

int ProductListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProductListModel::data(const QModelIndex &index, int role) const
{
    const Product *p = index.isValid() && index.model() == this ? productAt(index.row()) : nullptr;
    if (!p)
        return {};
    const auto interrupted = m_interrupted.constFind(p->code);
    const bool isInterrupted = interrupted != m_interrupted.constEnd();
    switch (role) {
    case Qt::DisplayRole: {
        QString text = p->name;
        if (m_favourites.contains(p->code))
            text = u"★ "_s + text;
        if (isInterrupted)
            text += u'\n' + tr("⚠ Interruption");
        return text;
    }
    case Qt::ToolTipRole: {
        QString tip = p->name + u" (" + p->code + u')';
        if (isInterrupted)
            tip += u'\n' + tr("Service interruption: %1").arg(*interrupted);
        if (!p->remarks.isEmpty())
            tip += u'\n' + p->remarks;
        return tip;
    }
    case Qt::DecorationRole:
        return m_icons.value(int(p->family));
    case Qt::ForegroundRole:
        if (isInterrupted)
            return QBrush(QColor(0x9e, 0x9e, 0x9e));
        return {};
    case Qt::AccessibleTextRole:
        return isInterrupted ? tr("%1, service interruption").arg(p->name) : p->name;
    case CodeRole:
        return p->code;
    case FamilyRole:
        return int(p->family);
    case InterruptedRole:
        return isInterrupted;
    case ReasonRole:
        return isInterrupted ? *interrupted : QString();
    case FavouriteRole:
        return m_favourites.contains(p->code);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(FamilyRole, "family");
    names.insert(InterruptedRole, "interrupted");
    names.insert(ReasonRole, "reason");
    names.insert(FavouriteRole, "favourite");
    return names;
}
