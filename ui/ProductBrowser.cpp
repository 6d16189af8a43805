#include "ProductBrowser.h"

#include "GroupButton.h"
#include "ProductListModel.h"
#include "QuickKeyButton.h"
#include "Theme.h"

#include <QAction>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int FavouritesId = 1000;
constexpr int RecentsId = 1001;
}

ProductBrowser::ProductBrowser(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProductListModel(this))
{
    setObjectName(u"ProductBrowser"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 12, 12, 12);
    outer->setSpacing(10);
    buildSearchRow(outer);
    auto *middle = new QHBoxLayout;
    buildGroupColumn(middle);
    auto *centre = new QVBoxLayout;
    buildProductList(centre);
    buildSelectionRow(centre);
    middle->addLayout(centre, 1);
    outer->addLayout(middle, 1);
    buildQuickKeys(outer);

    buildShortcuts();
    connectList();
    connectSearch();
    connectGroups();
    setTabOrder(m_search, m_list);
    setFocusProxy(m_search);
    currentChanged();
    viewChanged();
}

// Top: the search box and the product count.
void ProductBrowser::buildSearchRow(QVBoxLayout *outer)
{
    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"productSearch"_s);
    m_search->setPlaceholderText(tr("Search products (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search products"));
    top->addWidget(m_search, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(u"productCount"_s);
    top->addWidget(m_count);
    outer->addLayout(top);
}

// Left: favourites and recent; rebuildGroups() adds a button a family below them.
void ProductBrowser::buildGroupColumn(QHBoxLayout *middle)
{
    m_groupLayout = new QVBoxLayout;
    m_groupLayout->setSpacing(6);
    m_groups = new QButtonGroup(this);
    m_groups->setExclusive(true);
    m_favButton = new GroupButton(this);
    m_favButton->setGroup(tr("Favourites"), -1);
    m_favButton->setIcon(Theme::icon(u"favourite"_s));
    m_recentButton = new GroupButton(this);
    m_recentButton->setGroup(tr("Recent"), -1);
    m_recentButton->setIcon(Theme::icon(u"recent"_s));
    m_groups->addButton(m_favButton, FavouritesId);
    m_groups->addButton(m_recentButton, RecentsId);
    m_groupLayout->addWidget(m_favButton);
    m_groupLayout->addWidget(m_recentButton);
    m_groupLayout->addStretch(1);
    middle->addLayout(m_groupLayout);
}

// Centre: the products as tiles, and the loading / error line with its retry button.
void ProductBrowser::buildProductList(QVBoxLayout *centre)
{
    m_list = new QListView(this);
    m_list->setObjectName(u"productList"_s);
    m_list->setModel(m_model);
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setWordWrap(true);
    // Names wrap to two lines, so items are measured one by one (cheap: 500 items measure
    // well within a frame, see bench_ui_browser).
    m_list->setUniformItemSizes(false);
    m_list->setGridSize(QSize(172, 112));
    m_list->setIconSize(QSize(40, 40));
    m_list->setSpacing(4);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Products"));
    centre->addWidget(m_list, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"browserStatus"_s);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->hide();
    centre->addWidget(m_status);
    m_retry = new QPushButton(tr("Try again"), this);
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &ProductBrowser::retryRequested);
    centre->addWidget(m_retry, 0, Qt::AlignCenter);
}

// Below the list: what to know about the selected product, and its favourite toggle.
void ProductBrowser::buildSelectionRow(QVBoxLayout *centre)
{
    auto *selRow = new QHBoxLayout;
    m_selectionNote = new QLabel(this);
    m_selectionNote->setObjectName(u"selectionNote"_s);
    m_selectionNote->setWordWrap(true);
    selRow->addWidget(m_selectionNote, 1);
    m_favouriteToggle = new QPushButton(this);
    m_favouriteToggle->setObjectName(u"favouriteToggle"_s);
    m_favouriteToggle->setEnabled(false);
    m_favouriteToggle->setToolTip(tr("Add or remove the selected product from the favourites (Ctrl+D)"));
    connect(m_favouriteToggle, &QPushButton::clicked, this, &ProductBrowser::toggleFavourite);
    selRow->addWidget(m_favouriteToggle);
    centre->addLayout(selRow);
}

// Bottom: the row the quick-key buttons go into, and F1..F8.
void ProductBrowser::buildQuickKeys(QVBoxLayout *outer)
{
    // The quick-key buttons are made by setQuickKeys(), as many as there are keys: a till
    // without favourites or recent sales has none to build before its first frame.
    m_quickLayout = new QHBoxLayout;
    m_quickLayout->setSpacing(6);
    outer->addLayout(m_quickLayout);
    for (int i = 0; i < QuickKeyCount; ++i) {
        auto *sc = new QShortcut(QKeySequence(Qt::Key(Qt::Key_F1 + i)), this);
        sc->setContext(Qt::WidgetWithChildrenShortcut);
        connect(sc, &QShortcut::activated, this, [this, i] { chooseQuickKey(i); });
    }
}

// Ctrl+F to the search box, Ctrl+D toggles the selected product's favourite.
void ProductBrowser::buildShortcuts()
{
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &ProductBrowser::focusSearch);
    auto *fav = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
    fav->setContext(Qt::WidgetWithChildrenShortcut);
    connect(fav, &QShortcut::activated, this, &ProductBrowser::toggleFavourite);
}

void ProductBrowser::connectList()
{
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &idx) { chooseRow(idx.row()); });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &idx) {
        // one tap sells on a touch screen; activated() alone would need a double click
        if (!style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_list))
            chooseRow(idx.row());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProductBrowser::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProductBrowser::viewChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ProductBrowser::currentChanged);
}

void ProductBrowser::connectSearch()
{
    connect(m_search, &QLineEdit::textChanged, this, &ProductBrowser::searchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0)
            chooseRow(m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0);
    });
    // Down from the search box moves into the results, so the keyboard never needs the mouse.
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_search);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        m_list->setFocus();
        if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
            m_list->setCurrentIndex(m_model->index(0));
    });
}

void ProductBrowser::searchChanged(const QString &text)
{
    // The clear button shows only while there is text, so it is made with the first text:
    // making it, the style reads its icon through image-format auto-detection, which
    // loads every image-format plugin (JPEG, GIF, SVG...): ~4 ms the first frame, with an
    // empty search box, does not need.
    if (!text.isEmpty() && !m_search->isClearButtonEnabled())
        m_search->setClearButtonEnabled(true);
    if (text.trimmed().isEmpty()) {
        if (QAbstractButton *b = m_groups->button(m_lastGroupId))
            b->click();
        else if (!m_families.isEmpty())
            showFamily(m_families.first());
        return;
    }
    m_groups->setExclusive(false);
    if (QAbstractButton *b = m_groups->checkedButton())
        b->setChecked(false);
    m_groups->setExclusive(true);
    m_model->showSearch(text);
}

void ProductBrowser::connectGroups()
{
    connect(m_groups, &QButtonGroup::idClicked, this, [this](int id) {
        m_lastGroupId = id;
        if (!m_search->text().isEmpty()) {
            const QSignalBlocker block(m_search);
            m_search->clear();
        }
        if (id == FavouritesId)
            m_model->showFavourites();
        else if (id == RecentsId)
            m_model->showRecents();
        else if (id >= 0 && id < m_families.size())
            m_model->showFamily(m_families.at(id));
    });
}

void ProductBrowser::setProducts(const QList<Product> &products)
{
    m_status->hide();
    m_retry->hide();
    m_list->show();
    m_model->setProducts(products);
    rebuildGroups();
    m_count->setText(countText());
}

QString ProductBrowser::countText() const
{
    return tr("Products: %1").arg(m_model->totalCount());
}

int ProductBrowser::productCount() const
{
    return m_model->totalCount();
}

void ProductBrowser::rebuildGroups()
{
    // drop the family buttons (keep favourites / recent)
    const auto buttons = m_groups->buttons();
    for (QAbstractButton *b : buttons) {
        const int id = m_groups->id(b);
        if (id != FavouritesId && id != RecentsId) {
            m_groups->removeButton(b);
            b->deleteLater();
        }
    }
    m_families.clear();
    const auto all = Product::browserFamilies();
    int insertAt = m_groupLayout->count() - 1;   // before the stretch
    for (ProductFamily f : all) {
        const int n = m_model->countIn(f);
        if (n == 0)
            continue;
        const int id = int(m_families.size());
        m_families.append(f);
        auto *b = new GroupButton(this);
        b->setObjectName(u"group_"_s + Product::familyKey(f));
        b->setGroup(Product::familyTitle(f), n);
        b->setIcon(Theme::icon(Product::familyKey(f)));
        m_groups->addButton(b, id);
        m_groupLayout->insertWidget(insertAt++, b);
    }
    if (m_lastGroupId < 0 || (m_lastGroupId < FavouritesId && m_lastGroupId >= m_families.size()))
        m_lastGroupId = m_families.isEmpty() ? FavouritesId : 0;
    if (m_search->text().trimmed().isEmpty()) {
        if (QAbstractButton *b = m_groups->button(m_lastGroupId))
            b->click();
    } else {
        m_model->showSearch(m_search->text());
    }
}

QList<ProductFamily> ProductBrowser::familiesShown() const
{
    return m_families;
}

void ProductBrowser::showFamily(ProductFamily family)
{
    const qsizetype id = m_families.indexOf(family);
    if (id < 0)
        return;
    m_search->clear();
    if (QAbstractButton *b = m_groups->button(int(id)))
        b->click();
}

void ProductBrowser::showFavourites()
{
    m_search->clear();
    m_favButton->click();
}

void ProductBrowser::showRecents()
{
    m_search->clear();
    m_recentButton->click();
}

void ProductBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProductBrowser::setFavourites(const QStringList &codes)
{
    m_model->setFavourites(codes);
    currentChanged();
}

void ProductBrowser::setRecents(const QStringList &codes)
{
    m_model->setRecents(codes);
}

void ProductBrowser::setQuickKeys(const QList<QPair<QString, QString>> &keys)
{
    m_quickKeys = keys.mid(0, QuickKeyCount);
    while (m_quickButtons.size() < m_quickKeys.size()) {
        const int i = int(m_quickButtons.size());
        auto *b = new QuickKeyButton(this);
        b->setObjectName(u"quickKey%1"_s.arg(i + 1));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(b, &QPushButton::clicked, this, [this, i] { chooseQuickKey(i); });
        m_quickLayout->addWidget(b);
        m_quickButtons.append(b);
    }
    for (int i = 0; i < m_quickButtons.size(); ++i) {
        QuickKeyButton *b = m_quickButtons.at(i);
        if (i < m_quickKeys.size()) {
            const QString &name = m_quickKeys.at(i).second;
            b->setKey(u"F%1"_s.arg(i + 1), name, tr("Sell %1 (F%2)").arg(name).arg(i + 1));
            b->show();
        } else {
            b->hide();
        }
    }
}

QList<QuickKeyButton *> ProductBrowser::quickKeyButtons() const
{
    return m_quickButtons;
}

QList<GroupButton *> ProductBrowser::groupButtons() const
{
    QList<GroupButton *> buttons;
    const auto all = m_groups->buttons();
    for (QAbstractButton *b : all) {
        if (auto *g = qobject_cast<GroupButton *>(b))
            buttons.append(g);
    }
    return buttons;
}

void ProductBrowser::chooseQuickKey(int index)
{
    if (index < m_quickKeys.size()) {
        const QString code = m_quickKeys.at(index).first;   // a copy: the keys may be rebuilt by the slot
        emit productChosen(code);
    }
}

void ProductBrowser::setInterruption(const QString &code, bool interrupted, const QString &reason)
{
    m_model->setInterruption(code, interrupted, reason);
}

void ProductBrowser::setLoading()
{
    m_status->setText(tr("Loading products from IIMMPACT…"));
    m_status->show();
    m_retry->hide();
}

void ProductBrowser::setError(const QString &message)
{
    m_status->setText(tr("The product list could not be loaded: %1").arg(message));
    m_status->show();
    m_retry->show();
}

void ProductBrowser::chooseRow(int row)
{
    const Product *p = m_model->productAt(row);
    if (p)
        emit productChosen(p->code);
}

void ProductBrowser::currentChanged()
{
    const QModelIndex idx = m_list->currentIndex();
    const Product *p = idx.isValid() ? m_model->productAt(idx.row()) : nullptr;
    m_favouriteToggle->setEnabled(p != nullptr);
    if (!p) {
        m_favouriteToggle->setText(tr("Add to favourites"));
        m_favouriteToggle->setIcon(Theme::icon(u"favourite-off"_s));
        m_selectionNote->clear();
        return;
    }
    const bool fav = idx.data(ProductListModel::FavouriteRole).toBool();
    m_favouriteToggle->setText(fav ? tr("Remove from favourites") : tr("Add to favourites"));
    m_favouriteToggle->setIcon(Theme::icon(fav ? u"favourite"_s : u"favourite-off"_s));
    if (idx.data(ProductListModel::InterruptedRole).toBool()) {
        m_selectionNote->setText(tr("⚠ %1: %2 Sales may be slow or fail; you can still sell.")
                                     .arg(p->name, idx.data(ProductListModel::ReasonRole).toString()));
    } else {
        m_selectionNote->setText(p->remarks);
    }
}

void ProductBrowser::viewChanged()
{
    QStringList codes;
    for (int r = 0; r < m_model->rowCount(); ++r)
        codes.append(m_model->index(r).data(ProductListModel::CodeRole).toString());
    if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
    currentChanged();
    if (!codes.isEmpty())
        emit productsShown(codes);
}

void ProductBrowser::toggleFavourite()
{
    const QModelIndex idx = m_list->currentIndex();
    if (!idx.isValid())
        return;
    const QString code = idx.data(ProductListModel::CodeRole).toString();
    const bool fav = !idx.data(ProductListModel::FavouriteRole).toBool();
    emit favouriteToggled(code, fav);
}
