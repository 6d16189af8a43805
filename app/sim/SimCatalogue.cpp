#include "SimCatalogue.h"


using namespace Qt::StringLiterals;

namespace {
QList<qint64> ringgit(std::initializer_list<int> values)
{
    QList<qint64> out;
    for (int v : values)
        out.append(qint64(v) * 100);
    return out;
}

bool isAsciiDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// --- Mobile Reload: fixed denominations, credited to a phone number.
QList<SimProduct> reloadProducts()
{
    struct Reload { const char16_t *code; const char16_t *name; std::initializer_list<int> denoms;
                    double discount; bool serial; bool active; };
    const Reload reloads[] = {
        {u"D", u"Digi Prepaid", {5, 10, 15, 20, 25, 30, 50, 100}, 3.0, true, true},
        {u"C", u"Celcom Xpax Prepaid", {5, 10, 20, 30, 50, 100}, 3.0, true, true},
        {u"M", u"Hotlink Prepaid", {5, 10, 20, 30, 50, 60, 100}, 2.5, true, true},
        {u"U", u"U Mobile Prepaid", {5, 10, 20, 30, 50, 100}, 3.5, false, true},
        {u"UNI", u"Unifi Mobile Prepaid", {10, 20, 30, 50}, 3.0, false, true},
        {u"YES", u"Yes Prepaid", {5, 10, 30, 50, 100}, 4.0, false, true},
        {u"TT", u"Tune Talk Prepaid", {5, 10, 20, 30, 50, 100}, 4.0, true, true},
        {u"XOX", u"XOX Prepaid", {5, 10, 20, 30, 50}, 4.0, true, false},   // inactive on purpose
    };
    QList<SimProduct> out;
    for (const Reload &r : reloads) {
        SimProduct p;
        p.code = QString::fromUtf16(r.code);
        p.name = QString::fromUtf16(r.name);
        p.remarks = u"Top up will be credited to the mobile number."_s;
        p.accountLabel = u"Mobile Number"_s;
        p.accountType = u"phone_number"_s;
        p.group = u"Mobile Reload"_s;
        p.category = u"Prepaid"_s;
        p.kind = SimProduct::Kind::Reload;
        p.denominations = ringgit(r.denoms);
        p.commonDenominations = ringgit({10, 30, 50});
        p.discountPercent = r.discount;
        p.returnsSerial = r.serial;
        p.active = r.active;
        out.append(std::move(p));
    }
    return out;
}

// --- Mobile Data: the plan decides the amount (has_subproduct).
QList<SimProduct> dataProducts()
{
    struct Data { const char16_t *code; const char16_t *name; };
    const Data data[] = {
        {u"CEL", u"Celcom Internet"}, {u"DI", u"Digi Internet"}, {u"HI", u"Hotlink Internet"},
        {u"UMI", u"Umobile Internet"}, {u"TI", u"Tunetalk Internet"}, {u"OXI", u"Onexox Internet"},
        {u"YESI", u"Yes Internet"},
    };
    QList<SimProduct> out;
    for (const Data &d : data) {
        SimProduct p;
        p.code = QString::fromUtf16(d.code);
        p.name = QString::fromUtf16(d.name);
        p.remarks = u"Choose a plan offered for the mobile number. The plan is activated immediately."_s;
        p.accountLabel = u"Mobile Number"_s;
        p.accountType = u"phone_number"_s;
        p.group = u"Mobile Data"_s;
        p.category = u"Internet"_s;
        p.kind = SimProduct::Kind::Data;
        p.hasSubproduct = true;
        p.minAmount = 100;
        p.maxAmount = 20000;
        p.discountPercent = 3.0;
        out.append(std::move(p));
    }
    return out;
}

// --- Bills: open amounts (simulator extension min_amount / max_amount).
QList<SimProduct> billProducts()
{
    struct Bill { const char16_t *code; const char16_t *name; const char16_t *category;
                  const char16_t *label; };
    const Bill bills[] = {
        {u"TNB", u"Tenaga Nasional Berhad", u"Utilities", u"Contract Account Number"},
        {u"AIRSEL", u"Air Selangor", u"Utilities", u"Account Number"},
        {u"UNIFI", u"Unifi Home", u"Telco", u"Account Number"},
        {u"ASTRO", u"Astro", u"TV", u"Account Number"},
    };
    QList<SimProduct> out;
    for (const Bill &b : bills) {
        SimProduct p;
        p.code = QString::fromUtf16(b.code);
        p.name = QString::fromUtf16(b.name);
        p.remarks = u"Payment is posted to the account within 24 hours."_s;
        p.accountLabel = QString::fromUtf16(b.label);
        p.accountType = u"account_number"_s;
        p.group = u"Bills"_s;
        p.category = QString::fromUtf16(b.category);
        p.kind = SimProduct::Kind::Bill;
        p.minAmount = 100;
        p.maxAmount = 500000;
        p.returnsSerial = false;
        p.refundable = false;
        out.append(std::move(p));
    }
    return out;
}

SimProduct jomPayProduct()
{
    SimProduct p;
    p.code = u"JOMPAY"_s;
    p.name = u"JomPAY"_s;
    p.remarks = u"Pay any JomPAY biller with its biller code and Ref-1."_s;
    p.accountLabel = u"Ref-1"_s;
    p.accountType = u"account_number"_s;
    p.group = u"JomPAY"_s;
    p.category = u"JomPAY"_s;
    p.kind = SimProduct::Kind::JomPay;
    p.hasSubproduct = true;
    p.minAmount = 100;
    p.maxAmount = 3000000;
    p.feeSen = 0;
    return p;
}

SimProduct ptptnProduct()
{
    SimProduct p;
    p.code = u"PTPTN"_s;
    p.name = u"PTPTN / SSPN"_s;
    p.remarks = u"Loan repayment (PTPTN) or savings deposit (SSPN) for the account holder's IC."_s;
    p.accountLabel = u"PTPTN / SSPN Account Number"_s;
    p.accountType = u"account_number"_s;
    p.group = u"PTPTN"_s;
    p.category = u"Education"_s;
    p.kind = SimProduct::Kind::Ptptn;
    p.hasSubproduct = true;
    p.minAmount = 100;
    p.maxAmount = 2000000;
    return p;
}

// --- Gift cards: PIN products with serial, PIN, expiry, note and a voucher link.
QList<SimProduct> giftCardProducts()
{
    struct Card { const char16_t *code; const char16_t *name; std::initializer_list<int> denoms;
                  const char16_t *note; };
    const Card cards[] = {
        {u"GC", u"Grab Gift Code", {5, 10, 20, 50, 100},
         u"Enter the code under Use Grab Gifts at checkout"},
        {u"STEAM", u"Steam Wallet Code", {10, 30, 50, 100, 200},
         u"Redeem at store.steampowered.com/account/redeemwalletcode"},
        {u"RAZER", u"Razer Gold PIN", {10, 20, 50, 100, 200},
         u"Reload at gold.razer.com with the PIN and serial number"},
        {u"GPLAY", u"Google Play Gift Card", {10, 20, 50, 100, 200},
         u"Open Google Play, tap Redeem gift code and enter the PIN"},
    };
    QList<SimProduct> out;
    for (const Card &c : cards) {
        SimProduct p;
        p.code = QString::fromUtf16(c.code);
        p.name = QString::fromUtf16(c.name);
        p.remarks = u"The PIN is shown on the receipt and on the voucher page."_s;
        p.accountLabel = u"Customer Mobile Number"_s;
        p.accountType = u"phone_number"_s;
        p.group = u"Gift Cards & Vouchers"_s;
        p.category = u"Gift Cards"_s;
        p.kind = SimProduct::Kind::Voucher;
        p.denominations = ringgit(c.denoms);
        p.commonDenominations = ringgit({10, 50});
        p.discountPercent = 2.0;
        p.note = QString::fromUtf16(c.note);
        out.append(std::move(p));
    }
    return out;
}

// --- eSIM: one fixed price each; the activation code arrives as the PIN.
QList<SimProduct> esimProducts()
{
    struct Esim { const char16_t *code; const char16_t *name; int price; };
    const Esim esims[] = {
        {u"ESIMSG", u"Singapore eSIM 5GB 7 Days", 15},
        {u"ESIMTH", u"Thailand eSIM 10GB 8 Days", 25},
        {u"ESIMJP", u"Japan eSIM 10GB 15 Days", 45},
        {u"ESIMASIA", u"Asia 8 Countries eSIM 6GB 8 Days", 39},
    };
    QList<SimProduct> out;
    for (const Esim &e : esims) {
        SimProduct p;
        p.code = QString::fromUtf16(e.code);
        p.name = QString::fromUtf16(e.name);
        p.remarks = u"Install before travelling; the plan starts on first use abroad."_s;
        p.accountLabel = u"Customer Mobile Number"_s;
        p.accountType = u"phone_number"_s;
        p.group = u"eSIM"_s;
        p.category = u"Travel eSIM"_s;
        p.kind = SimProduct::Kind::Esim;
        p.denominations = ringgit({e.price});
        p.commonDenominations = p.denominations;
        p.discountPercent = 5.0;
        p.note = u"Scan the QR code on the voucher page (Settings > Mobile > Add eSIM), or enter the activation code manually"_s;
        out.append(std::move(p));
    }
    return out;
}
}

SimCatalogue::SimCatalogue(int billerCount)
{
    addProducts();
    addBillers(billerCount);
}

const SimProduct *SimCatalogue::product(const QString &code) const
{
    const auto it = m_productIndex.constFind(code);
    return it == m_productIndex.cend() ? nullptr : &m_products.at(*it);
}

const SimBiller *SimCatalogue::biller(const QString &code) const
{
    const auto it = m_billerIndex.constFind(code);
    return it == m_billerIndex.cend() ? nullptr : &m_billers.at(*it);
}

QString SimCatalogue::moneyText(qint64 sen)
{
    return u"%1.%2"_s.arg(sen / 100).arg(sen % 100, 2, 10, QChar(u'0'));
}

void SimCatalogue::addProducts()
{
    // The order is the catalogue's: product-list rows and the catalog tree's groups follow it.
    const QList<SimProduct> families[] = {
        reloadProducts(), dataProducts(), billProducts(), {jomPayProduct()}, {ptptnProduct()},
        giftCardProducts(), esimProducts(),
    };
    for (const QList<SimProduct> &family : families) {
        for (const SimProduct &p : family) {
            m_productIndex.insert(p.code, m_products.size());
            m_products.append(p);
        }
    }
}

void SimCatalogue::addBillers(int count)
{
    const auto add = [this](const QString &code, const QString &name, bool ref2) {
        m_billerIndex.insert(code, m_billers.size());
        m_billers.append(SimBiller{code, name, ref2, 100, 3000000});
    };
    // Codes seen in public material first (MALAYSIA-INPUT §3); the PTPTN code is the simulator's.
    add(u"5454"_s, u"TENAGA NASIONAL BERHAD"_s, false);
    add(u"9639"_s, u"ASTRO"_s, false);
    add(u"8888"_s, u"TM UNIFI"_s, false);
    add(u"2345"_s, u"TELEKOM MALAYSIA BERHAD"_s, false);
    add(u"6510"_s, u"PERBADANAN TABUNG PENDIDIKAN TINGGI NASIONAL (PTPTN)"_s, true);

    // The rest are generated: code 100001 + i (6 digits); every code ending in 1 requires Ref-2.
    static const char16_t *const places[] = {
        u"KUALA LUMPUR", u"PETALING JAYA", u"SHAH ALAM", u"SUBANG JAYA", u"KLANG", u"KAJANG",
        u"SERI KEMBANGAN", u"PUTRAJAYA", u"CYBERJAYA", u"SEREMBAN", u"MELAKA", u"JOHOR BAHRU",
        u"BATU PAHAT", u"MUAR", u"KLUANG", u"IPOH", u"TAIPING", u"TELUK INTAN", u"GEORGE TOWN",
        u"BUTTERWORTH", u"BUKIT MERTAJAM", u"ALOR SETAR", u"SUNGAI PETANI", u"KANGAR", u"KOTA BHARU",
        u"KUALA TERENGGANU", u"KUANTAN", u"TEMERLOH", u"KOTA KINABALU", u"SANDAKAN", u"TAWAU",
        u"KUCHING", u"MIRI", u"SIBU", u"BINTULU", u"LABUAN", u"RAWANG", u"NILAI", u"CHERAS", u"AMPANG"};
    static const char16_t *const kinds[] = {
        u"MAJLIS PERBANDARAN", u"KOPERASI", u"SEKOLAH", u"KOLEJ", u"HOSPITAL PAKAR", u"KLINIK",
        u"PENGURUSAN BERSAMA", u"TADIKA", u"PUSAT TUISYEN", u"PERSATUAN PENDUDUK", u"KELAB SUKAN",
        u"INSURANS", u"TAKAFUL", u"PEMBIAYAAN", u"HARTANAH", u"AIR", u"GAS", u"INTERNET",
        u"KESELAMATAN", u"PENGANGKUTAN", u"TELEKOMUNIKASI", u"PERUBATAN", u"ASRAMA", u"MASJID",
        u"YAYASAN"};
    static const char16_t *const suffixes[] = {
        u"SDN BHD", u"BERHAD", u"PLT", u"ENTERPRISE", u"TRADING", u"SERVICES", u"HOLDINGS",
        u"RESOURCES", u"MANAGEMENT", u"INDUSTRIES", u"SOLUTIONS", u"CORPORATION", u"GROUP",
        u"NETWORK", u"CENTRE", u"ASSOCIATES", u"VENTURES", u"INTERNATIONAL", u"UTARA", u"SELATAN"};
    constexpr int nPlaces = int(std::size(places));
    constexpr int nKinds = int(std::size(kinds));
    constexpr int nSuffixes = int(std::size(suffixes));
    const int generated = qMax(0, count - int(m_billers.size()));
    for (int i = 0; i < generated; ++i) {
        // Mixed radix over (place, kind, suffix) keeps every name unique up to 40*25*20 = 20000,
        // then a branch number keeps later ones unique too.
        const int place = i % nPlaces;
        const int kind = (i / nPlaces) % nKinds;
        const int suffix = (i / (nPlaces * nKinds)) % nSuffixes;
        const int round = i / (nPlaces * nKinds * nSuffixes);
        QString name = QString::fromUtf16(kinds[kind]) + u' ' + QString::fromUtf16(places[place])
            + u' ' + QString::fromUtf16(suffixes[suffix]);
        if (round > 0)
            name += u" (%1)"_s.arg(round + 1);
        const QString code = QString::number(100001 + i);
        add(code, name, code.endsWith(u'1'));
    }
}

QList<SimDataPlan> SimCatalogue::plansFor(const QString &productCode, const QString &phone) const
{
    struct Brand { const char16_t *code; const char16_t *brand; };
    const Brand brands[] = {
        {u"CEL", u"Celcom"}, {u"DI", u"Digi"}, {u"HI", u"Hotlink"}, {u"UMI", u"U Mobile"},
        {u"TI", u"Tune Talk"}, {u"OXI", u"ONEXOX"}, {u"YESI", u"Yes"},
    };
    QString brand;
    for (const Brand &b : brands) {
        if (productCode == QString::fromUtf16(b.code))
            brand = QString::fromUtf16(b.brand);
    }
    if (brand.isEmpty())
        return {};

    QList<SimDataPlan> plans;
    const auto plan = [&](const QString &code, const QString &validity, int ringgitPrice) {
        plans.append(SimDataPlan{code, brand + u" Internet"_s, validity, qint64(ringgitPrice) * 100});
    };
    plan(brand + u" Internet 1GB Daily Pass RM3"_s, u"1 day"_s, 3);
    plan(u"Everything Unlimited with Unlimited Weekly Pass RM12"_s, u"7 day"_s, 12);
    plan(brand + u" Internet 10GB + Unlimited Social 30 Days RM30"_s, u"30 day"_s, 30);
    plan(brand + u" Unlimited Internet 30 Days (3Mbps) RM40"_s, u"30 day"_s, 40);
    plan(brand + u" Internet 100GB 5G Booster 30 Days RM50"_s, u"30 day"_s, 50);
    const QChar last = phone.isEmpty() ? u'0' : phone.back();
    if (last.isDigit() && (last.digitValue() % 2) == 1)
        plan(u"Special: %1 Unlimited 7 Days + 2GB Hotspot RM8"_s.arg(brand), u"7 day"_s, 8);
    return plans;
}

QList<SimPtptnAccount> SimCatalogue::ptptnAccounts(const QString &icNumber) const
{
    // 12 ASCII digits; an IC ending in 0000 has no accounts (README "PTPTN").
    if (icNumber.size() != 12 || !isAsciiDigits(icNumber) || icNumber.endsWith(u"0000"_s))
        return {};
    const QString tail = icNumber.right(7);
    const bool odd = (icNumber.back().digitValue() % 2) == 1;
    QList<SimPtptnAccount> accounts;
    accounts.append({u"K"_s, u"IJAZAH SARJANA MUDA SEPENUH MASA"_s, u"PTPTN"_s, u'1' + tail});
    if (odd)
        accounts.append({u"U"_s, u"DIPLOMA SEPENUH MASA"_s, u"PTPTN"_s, u'2' + tail});
    accounts.append({u"S"_s, u"SSPN PRIME"_s, u"SSPN Prime"_s, icNumber});
    if (!odd)
        accounts.append({u"SP"_s, u"SSPN PLUS"_s, u"SSPN Prime"_s, u'3' + tail});
    return accounts;
}
