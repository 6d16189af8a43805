#pragma once

// The product families the cashier screens know how to sell, and the one family model the
// payment rules use too (ProductRules): the form a product gets and the extras its sale must
// carry follow from the same value. Derived from the catalogue's `product_group`
// (Product::familyFromGroup); a group we do not know is Other and gets the generic form, so a
// new group from IIMMPACT is still sellable without a program update.
enum class ProductFamily {
    MobileReload,
    MobileData,
    Bills,
    JomPay,
    Ptptn,
    GiftCards,
    Esim,
    Other,
};
