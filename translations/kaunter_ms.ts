<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>ApiConfig</name>
    <message>
        <source>KAUNTER_API_BASE / API base URL is not a valid http(s) URL: &quot;%1&quot;</source>
        <translation>KAUNTER_API_BASE / URL asas API bukan URL http(s) yang sah: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>KAUNTER_API_BASE / API base URL must not end in /v2 (it is added per call): &quot;%1&quot;</source>
        <translation>KAUNTER_API_BASE / URL asas API tidak boleh berakhir dengan /v2 (ia ditambah bagi setiap panggilan): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>KAUNTER_API_BASE / API base URL must not carry a query or fragment</source>
        <translation>KAUNTER_API_BASE / URL asas API tidak boleh mengandungi query atau fragmen</translation>
    </message>
    <message>
        <source>KAUNTER_API_KEY / API key is empty</source>
        <translation>KAUNTER_API_KEY / kunci API kosong</translation>
    </message>
    <message>
        <source>KAUNTER_API_SECRET / HMAC secret is empty or not valid Base64</source>
        <translation>KAUNTER_API_SECRET / rahsia HMAC kosong atau bukan Base64 yang sah</translation>
    </message>
    <message>
        <source>KAUNTER_CA_BUNDLE / CA bundle &quot;%1&quot; cannot be read</source>
        <translation>KAUNTER_CA_BUNDLE / berkas CA &quot;%1&quot; tidak dapat dibaca</translation>
    </message>
</context>
<context>
    <name>BillPresentmentView</name>
    <message>
        <source>Checking the account with the biller…</source>
        <translation>Menyemak akaun dengan pengebil…</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>Pelayan menjawab HTTP %1.</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>Tiada jawapan daripada pelayan.</translation>
    </message>
    <message>
        <source>The provider reports a service interruption.</source>
        <translation>Pembekal melaporkan gangguan perkhidmatan.</translation>
    </message>
    <message>
        <source>The balance answer has no balance.</source>
        <translation>Jawapan baki tidak mengandungi baki.</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>Pengebil</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Tertunggak</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>Baki akaun</translation>
    </message>
    <message>
        <source>Data balance</source>
        <translation>Baki data</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Configuration error: %1. Nothing was sent.</source>
        <translation>Ralat konfigurasi: %1. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>The sales journal in %1 cannot be opened: %2 Nothing was sent.</source>
        <translation>Jurnal jualan dalam %1 tidak dapat dibuka: %2 Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>Authentication problem (check KAUNTER_API_KEY, KAUNTER_API_SECRET, the clock and the IP allowlist): %1</source>
        <translation>Masalah pengesahan (semak KAUNTER_API_KEY, KAUNTER_API_SECRET, jam dan senarai IP yang dibenarkan): %1</translation>
    </message>
    <message>
        <source>--refid %1 is not in the journal: --refid only corrects a Rejected sale. Nothing was sent.</source>
        <translation>--refid %1 tiada dalam jurnal: --refid hanya membetulkan jualan yang Ditolak. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>Sale %1 is %2: it has (or may have) a transaction, so it is never sent with other details. Use `kaunter status %1`.</source>
        <translation>Jualan %1 berstatus %2: ia ada (atau mungkin ada) transaksi, jadi ia tidak akan dihantar dengan butiran lain. Gunakan `kaunter status %1`.</translation>
    </message>
    <message>
        <source>Sale %1: %2</source>
        <translation>Jualan %1: %2</translation>
    </message>
    <message>
        <source>Sale %1 is not in the journal; status never creates a transaction. Nothing was sent.</source>
        <translation>Jualan %1 tiada dalam jurnal; status tidak pernah mencipta transaksi. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>Nothing to recover: no pending sales.</source>
        <translation>Tiada apa-apa untuk dipulihkan: tiada jualan belum selesai.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) still pending.</source>
        <translation>
            <numerusform>%n jualan masih belum selesai.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data folder: pass --data-dir or set KAUNTER_DATA_DIR. Nothing was sent.</source>
        <translation>Tiada folder data: berikan --data-dir atau tetapkan KAUNTER_DATA_DIR. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>%1 This command sends nothing while another process drives the journal in %2. Nothing was sent.</source>
        <translation>%1 Arahan ini tidak menghantar apa-apa semasa proses lain mengendalikan jurnal dalam %2. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>Sale %1 is Rejected: IIMMPACT created no transaction for it, so there is nothing to ask. Nothing was sent.</source>
        <translation>Jualan %1 Ditolak: IIMMPACT tidak mencipta transaksi untuknya, jadi tiada apa-apa untuk ditanya. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>Sale %1 is %2: it was never sent and status never sends a sale. Nothing was sent.</source>
        <translation>Jualan %1 berstatus %2: ia tidak pernah dihantar dan status tidak pernah menghantar jualan. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>Sale %1 never got an answer from IIMMPACT: asking would send it, and status never sends a sale. `kaunter recover` resumes it. Nothing was sent.</source>
        <translation>Jualan %1 tidak pernah mendapat jawapan daripada IIMMPACT: bertanya akan menghantarnya, dan status tidak pernah menghantar jualan. `kaunter recover` menyambungnya. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>Sale %1 is not in the journal. Nothing was sent.</source>
        <translation>Jualan %1 tiada dalam jurnal. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not waiting for a decision: send and void only act on a sale that is NeedsDecision. Nothing was sent.</source>
        <translation>Jualan %1 berstatus %2, bukan menunggu keputusan: send dan void hanya bertindak pada jualan berstatus NeedsDecision. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>Sale %1 was not voided.</source>
        <translation>Jualan %1 tidak dibatalkan.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) written to %1.</source>
        <translation>
            <numerusform>%n jualan ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The IIMMPACT wallet balance was not recorded: %1</source>
        <translation>Baki dompet IIMMPACT tidak direkodkan: %1</translation>
    </message>
    <message numerus="yes">
        <source>The IIMMPACT wallet balance was not recorded: no answer within %n second(s).</source>
        <translation>
            <numerusform>Baki dompet IIMMPACT tidak direkodkan: tiada jawapan dalam %n saat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>No command given.</source>
        <translation>Tiada arahan diberikan.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Arahan tidak dikenali &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: secrets are never accepted as command-line arguments; set KAUNTER_API_KEY and KAUNTER_API_SECRET in the environment.</source>
        <translation>%1: rahsia tidak sekali-kali diterima sebagai argumen baris arahan; tetapkan KAUNTER_API_KEY dan KAUNTER_API_SECRET dalam persekitaran.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumen tidak dijangka &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 given more than once.</source>
        <translation>--%1 diberikan lebih daripada sekali.</translation>
    </message>
    <message>
        <source>pay needs --%1.</source>
        <translation>pay memerlukan --%1.</translation>
    </message>
    <message>
        <source>--refid needs a value.</source>
        <translation>--refid memerlukan nilai.</translation>
    </message>
    <message>
        <source>--poll-interval needs a number of seconds &gt;= 0, e.g. 0.5.</source>
        <translation>--poll-interval memerlukan bilangan saat &gt;= 0, cth. 0.5.</translation>
    </message>
    <message>
        <source>--deadline needs a number of seconds &gt; 0, e.g. 30.</source>
        <translation>--deadline memerlukan bilangan saat &gt; 0, cth. 30.</translation>
    </message>
    <message>
        <source>%1 needs exactly one REFID.</source>
        <translation>%1 memerlukan tepat satu REFID.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation>--%1 memerlukan tarikh dalam bentuk YYYY-MM-DD, cth. 2025-03-31.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 selepas --to %2.</translation>
    </message>
    <message>
        <source>--status &quot;%1&quot; is not a status; use pending, New, Accepted, Processing, Unknown, Rejected, Successful, Failed, Refund, NeedsDecision or Voided (comma-separated).</source>
        <translation>--status &quot;%1&quot; bukan status; gunakan pending, New, Accepted, Processing, Unknown, Rejected, Successful, Failed, Refund, NeedsDecision atau Voided (dipisahkan dengan koma).</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>Usage:
  kaunter [--demo] [--data-dir DIR]   start the till (needs a display)
  kaunter pay --product CODE --account ACC --amount AMT [--subproduct CODE]
              [--ic NUMBER] [--passport] [--biller CODE] [--ref2 REF] [--remarks TEXT]
              [--refid REFID] [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter status REFID [--json]
  kaunter recover [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter history [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status NAME[,NAME]|pending]
                  [--account ACC] [--product CODE] [--refid REFID[*]] [--csv FILE] [--json]
                                  newest first; dates are this terminal&apos;s local days,
                                  inclusive; REFID* matches a prefix; --csv writes the
                                  sales to FILE (UTF-8, for spreadsheets; never PINs)
  kaunter send REFID [--poll-interval SECONDS] [--deadline SECONDS] [--json]
                                  send a sale that needs a decision now (same refid, same body)
  kaunter void REFID [--deadline SECONDS] [--json]
                                  never send a sale that needs a decision (refid never reused)
  kaunter receipt REFID --format pdf|png|escpos --out FILE [--width 58|80] [--copy] [--json]
                                  write a sale&apos;s receipt: pdf (80 mm page), png (the
                                  384/576-dot slip), escpos (the printer job&apos;s bytes);
                                  --width defaults to the till&apos;s paper setting; --copy
                                  marks a reprint COPY and hides the PIN and voucher link
  kaunter reconcile --date YYYY-MM-DD [--json]
                                  compare the journal with IIMMPACT&apos;s transaction list for that
                                  Malaysian day; kept in the data folder&apos;s reports folder
  kaunter shift open --cashier NAME --float AMOUNT [--json]
  kaunter shift status [--json]   the open shift so far: sales by product and status
  kaunter shift close --counted AMOUNT [--json]
                                  count the drawer first: the expected cash and the
                                  variance are printed only after the count
  kaunter zreport [N] [--csv FILE] [--pdf FILE] [--json]
                                  reprint Z-report N (default: the latest), or export it
  kaunter --help | --version
Till options:
  --demo          training mode: an IIMMPACT simulator inside Kaunter answers; no money moves;
                  its own journal
  --data-dir DIR  directory of the journal and local files
Every command also takes --data-dir DIR. The data folder is --data-dir, else
KAUNTER_DATA_DIR, else ~/.local/share/Kaunter (Windows: %LOCALAPPDATA%\Kaunter),
the same for the till and every command; --demo uses its demo subfolder.
Configuration comes from the environment only: KAUNTER_API_BASE (without /v2),
KAUNTER_API_KEY, KAUNTER_API_SECRET (Base64), KAUNTER_DATA_DIR, KAUNTER_CA_BUNDLE.
Exit codes:
   0  Succesful
  10  Failed
  11  Refund
  12  Voided: never sent, by decision; nothing charged
  20  Rejected: refused before any transaction existed
  30  still pending, needs a decision included (journaled, recoverable)
   2  usage, configuration or authentication error, with nothing pending;
      reconcile: IIMMPACT&apos;s list could not be read (nothing compared)
   3  another Kaunter process is driving this journal (lock held)
  40  reconcile: the journal and IIMMPACT differ (each difference listed with what to do)
</source>
        <translation type="vanished">Penggunaan:
  kaunter [--demo] [--data-dir DIR]   mulakan kaunter (memerlukan paparan)
  kaunter pay --product CODE --account ACC --amount AMT [--subproduct CODE]
              [--ic NUMBER] [--passport] [--biller CODE] [--ref2 REF] [--remarks TEXT]
              [--refid REFID] [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter status REFID [--json]
  kaunter recover [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter history [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status NAME[,NAME]|pending]
                  [--account ACC] [--product CODE] [--refid REFID[*]] [--csv FILE] [--json]
                                  terbaharu dahulu; tarikh ialah hari tempatan terminal ini,
                                  termasuk kedua-dua hujung; REFID* sepadan dengan awalan;
                                  --csv menulis jualan ke FILE (UTF-8, untuk hamparan; tanpa PIN)
  kaunter send REFID [--poll-interval SECONDS] [--deadline SECONDS] [--json]
                                  hantar sekarang jualan yang perlu keputusan (refid sama,
                                  kandungan sama)
  kaunter void REFID [--deadline SECONDS] [--json]
                                  jangan sekali-kali hantar jualan yang perlu keputusan
                                  (refid tidak digunakan semula)
  kaunter receipt REFID --format pdf|png|escpos --out FILE [--width 58|80] [--copy] [--json]
                                  tulis resit jualan: pdf (halaman 80 mm), png (slip
                                  384/576 titik), escpos (bait kerja pencetak);
                                  --width lalai ialah tetapan kertas kaunter; --copy
                                  menanda cetakan semula sebagai COPY dan menyembunyikan
                                  PIN serta pautan baucar
  kaunter reconcile --date YYYY-MM-DD [--json]
                                  bandingkan jurnal dengan senarai transaksi IIMMPACT untuk
                                  hari itu (waktu Malaysia); disimpan dalam folder reports
                                  dalam folder data
  kaunter shift open --cashier NAME --float AMOUNT [--json]
  kaunter shift status [--json]   syif yang dibuka setakat ini: jualan mengikut produk dan status
  kaunter shift close --counted AMOUNT [--json]
                                  kira wang dalam laci dahulu: wang tunai dijangka dan
                                  varians hanya dicetak selepas pengiraan
  kaunter zreport [N] [--csv FILE] [--pdf FILE] [--json]
                                  cetak semula laporan Z N (lalai: yang terkini), atau eksportnya
  kaunter --help | --version
Pilihan kaunter:
  --demo          mod latihan: simulator IIMMPACT dalam Kaunter yang menjawab; tiada wang
                  bergerak; jurnalnya sendiri
  --data-dir DIR  direktori jurnal dan fail tempatan
Setiap arahan juga menerima --data-dir DIR. Folder data ialah --data-dir, jika tiada
KAUNTER_DATA_DIR, jika tiada ~/.local/share/Kaunter (Windows: %LOCALAPPDATA%\Kaunter),
sama untuk kaunter dan setiap arahan; --demo menggunakan subfolder demonya.
Konfigurasi hanya diambil daripada persekitaran: KAUNTER_API_BASE (tanpa /v2),
KAUNTER_API_KEY, KAUNTER_API_SECRET (Base64), KAUNTER_DATA_DIR, KAUNTER_CA_BUNDLE.
Kod keluar:
   0  Berjaya
  10  Gagal
  11  Bayaran balik
  12  Dibatalkan: tidak dihantar, melalui keputusan; tiada caj
  20  Ditolak: ditolak sebelum sebarang transaksi wujud
  30  masih belum selesai, termasuk yang perlu keputusan (dalam jurnal, boleh dipulihkan)
   2  ralat penggunaan, konfigurasi atau pengesahan, tiada yang belum selesai;
      reconcile: senarai IIMMPACT tidak dapat dibaca (tiada apa-apa dibandingkan)
   3  proses Kaunter lain sedang mengendalikan jurnal ini (kunci dipegang)
  40  reconcile: jurnal dan IIMMPACT berbeza (setiap perbezaan disenaraikan dengan tindakannya)
</translation>
    </message>
    <message>
        <source>receipt needs --format pdf, png or escpos.</source>
        <translation>receipt memerlukan --format pdf, png atau escpos.</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not a receipt format; use pdf, png or escpos.</source>
        <translation>--format &quot;%1&quot; bukan format resit; gunakan pdf, png atau escpos.</translation>
    </message>
    <message>
        <source>--width &quot;%1&quot; is not a paper width; use 58 or 80 (mm).</source>
        <translation>--width &quot;%1&quot; bukan lebar kertas; gunakan 58 atau 80 (mm).</translation>
    </message>
    <message>
        <source>receipt needs --out FILE.</source>
        <translation>receipt memerlukan --out FILE.</translation>
    </message>
    <message>
        <source>reconcile needs --date YYYY-MM-DD (a day in Malaysian time), e.g. 2025-03-31.</source>
        <translation type="vanished">reconcile memerlukan --date YYYY-MM-DD (hari dalam waktu Malaysia), cth. 2025-03-31.</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation>--date memerlukan tarikh dalam bentuk YYYY-MM-DD, cth. 2025-03-31.</translation>
    </message>
    <message>
        <source>shift needs one action: open, status or close.</source>
        <translation>shift memerlukan satu tindakan: open, status atau close.</translation>
    </message>
    <message>
        <source>--%1 does not go with shift %2.</source>
        <translation>--%1 tidak boleh digunakan dengan shift %2.</translation>
    </message>
    <message>
        <source>shift %1 needs --%2.</source>
        <translation>shift %1 memerlukan --%2.</translation>
    </message>
    <message>
        <source>--float: %1</source>
        <translation>--float: %1</translation>
    </message>
    <message>
        <source>--counted: %1</source>
        <translation>--counted: %1</translation>
    </message>
    <message>
        <source>zreport takes at most one Z number.</source>
        <translation>zreport menerima paling banyak satu nombor Z.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Z-report number (1, 2, 3...).</source>
        <translation>&quot;%1&quot; bukan nombor laporan Z (1, 2, 3...).</translation>
    </message>
    <message>
        <source>Usage:
  kaunter [--demo] [--data-dir DIR]   start the till (needs a display)
  kaunter pay --product CODE --account ACC --amount AMT [--subproduct CODE]
              [--ic NUMBER] [--passport] [--biller CODE] [--ref2 REF] [--remarks TEXT]
              [--refid REFID] [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter status REFID [--json]
  kaunter recover [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter history [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status NAME[,NAME]|pending]
                  [--account ACC] [--product CODE] [--refid REFID[*]] [--csv FILE] [--json]
                                  newest first; dates are this terminal&apos;s local days,
                                  inclusive; REFID* matches a prefix; --csv writes the
                                  sales to FILE (UTF-8, for spreadsheets; never PINs)
  kaunter send REFID [--poll-interval SECONDS] [--deadline SECONDS] [--json]
                                  send a sale that needs a decision now (same refid, same body)
  kaunter void REFID [--deadline SECONDS] [--json]
                                  never send a sale that needs a decision (refid never reused)
  kaunter receipt REFID --format pdf|png|escpos --out FILE [--width 58|80] [--copy] [--json]
                                  write a sale&apos;s receipt: pdf (80 mm page), png (the
                                  384/576-dot slip), escpos (the printer job&apos;s bytes);
                                  --width defaults to the till&apos;s paper setting; --copy
                                  marks a reprint COPY and hides the PIN and voucher link
  kaunter reconcile --date YYYY-MM-DD [--json]
                                  compare the journal with IIMMPACT&apos;s transaction list for that
                                  Malaysian day; kept in the data folder&apos;s reports folder
  kaunter reconcile --shift [N] [--json]
                                  the same for Z-report N&apos;s shift, opened to closed (no N: the
                                  latest Z-report)
  kaunter shift open --cashier NAME --float AMOUNT [--json]
  kaunter shift status [--json]   the open shift so far: sales by product and status
  kaunter shift close --counted AMOUNT [--json]
                                  count the drawer first: the expected cash and the
                                  variance are printed only after the count
  kaunter zreport [N] [--csv FILE] [--pdf FILE] [--json]
                                  reprint Z-report N (default: the latest), or export it
  kaunter --help | --version
Till options:
  --demo          training mode: an IIMMPACT simulator inside Kaunter answers; no money moves;
                  its own journal
  --data-dir DIR  directory of the journal and local files
Every command also takes --data-dir DIR. The data folder is --data-dir, else
KAUNTER_DATA_DIR, else ~/.local/share/Kaunter (Windows: %LOCALAPPDATA%\Kaunter),
the same for the till and every command; --demo uses its demo subfolder.
Configuration comes from the environment only: KAUNTER_API_BASE (without /v2),
KAUNTER_API_KEY, KAUNTER_API_SECRET (Base64), KAUNTER_DATA_DIR, KAUNTER_CA_BUNDLE.
Exit codes:
   0  Successful
  10  Failed
  11  Refund
  12  Voided: never sent, by decision; nothing charged
  20  Rejected: refused before any transaction existed
  30  still pending, needs a decision included (journaled, recoverable)
   2  usage, configuration or authentication error, with nothing pending;
      reconcile: IIMMPACT&apos;s list could not be read (nothing compared)
   3  another Kaunter process is driving this journal (lock held)
  40  reconcile: the journal and IIMMPACT differ (each difference listed with what to do)
</source>
        <translation>Penggunaan:
  kaunter [--demo] [--data-dir DIR]   mulakan kaunter (memerlukan paparan)
  kaunter pay --product CODE --account ACC --amount AMT [--subproduct CODE]
              [--ic NUMBER] [--passport] [--biller CODE] [--ref2 REF] [--remarks TEXT]
              [--refid REFID] [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter status REFID [--json]
  kaunter recover [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter history [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status NAME[,NAME]|pending]
                  [--account ACC] [--product CODE] [--refid REFID[*]] [--csv FILE] [--json]
                                  terbaharu dahulu; tarikh ialah hari tempatan terminal ini,
                                  termasuk kedua-dua hujung; REFID* sepadan dengan awalan;
                                  --csv menulis jualan ke FILE (UTF-8, untuk hamparan; tanpa PIN)
  kaunter send REFID [--poll-interval SECONDS] [--deadline SECONDS] [--json]
                                  hantar sekarang jualan yang perlu keputusan (refid sama,
                                  kandungan sama)
  kaunter void REFID [--deadline SECONDS] [--json]
                                  jangan sekali-kali hantar jualan yang perlu keputusan
                                  (refid tidak digunakan semula)
  kaunter receipt REFID --format pdf|png|escpos --out FILE [--width 58|80] [--copy] [--json]
                                  tulis resit jualan: pdf (halaman 80 mm), png (slip
                                  384/576 titik), escpos (bait kerja pencetak);
                                  --width lalai ialah tetapan kertas kaunter; --copy
                                  menanda cetakan semula sebagai COPY dan menyembunyikan
                                  PIN serta pautan baucar
  kaunter reconcile --date YYYY-MM-DD [--json]
                                  bandingkan jurnal dengan senarai transaksi IIMMPACT untuk
                                  hari itu (waktu Malaysia); disimpan dalam folder reports
                                  dalam folder data
  kaunter reconcile --shift [N] [--json]
                                  sama untuk syif laporan Z N, dari dibuka hingga ditutup
                                  (tanpa N: laporan Z terkini)
  kaunter shift open --cashier NAME --float AMOUNT [--json]
  kaunter shift status [--json]   syif yang dibuka setakat ini: jualan mengikut produk dan status
  kaunter shift close --counted AMOUNT [--json]
                                  kira wang dalam laci dahulu: wang tunai dijangka dan
                                  varians hanya dicetak selepas pengiraan
  kaunter zreport [N] [--csv FILE] [--pdf FILE] [--json]
                                  cetak semula laporan Z N (lalai: yang terkini), atau eksportnya
  kaunter --help | --version
Pilihan kaunter:
  --demo          mod latihan: simulator IIMMPACT dalam Kaunter yang menjawab; tiada wang
                  bergerak; jurnalnya sendiri
  --data-dir DIR  direktori jurnal dan fail tempatan
Setiap arahan juga menerima --data-dir DIR. Folder data ialah --data-dir, jika tiada
KAUNTER_DATA_DIR, jika tiada ~/.local/share/Kaunter (Windows: %LOCALAPPDATA%\Kaunter),
sama untuk kaunter dan setiap arahan; --demo menggunakan subfolder demonya.
Konfigurasi hanya diambil daripada persekitaran: KAUNTER_API_BASE (tanpa /v2),
KAUNTER_API_KEY, KAUNTER_API_SECRET (Base64), KAUNTER_DATA_DIR, KAUNTER_CA_BUNDLE.
Kod keluar:
   0  Berjaya
  10  Gagal
  11  Bayaran balik
  12  Dibatalkan: tidak dihantar, melalui keputusan; tiada caj
  20  Ditolak: ditolak sebelum sebarang transaksi wujud
  30  masih belum selesai, termasuk yang perlu keputusan (dalam jurnal, boleh dipulihkan)
   2  ralat penggunaan, konfigurasi atau pengesahan, tiada yang belum selesai;
      reconcile: senarai IIMMPACT tidak dapat dibaca (tiada apa-apa dibandingkan)
   3  proses Kaunter lain sedang mengendalikan jurnal ini (kunci dipegang)
  40  reconcile: jurnal dan IIMMPACT berbeza (setiap perbezaan disenaraikan dengan tindakannya)
</translation>
    </message>
    <message>
        <source>reconcile needs exactly one of --date YYYY-MM-DD (a day in Malaysian time, e.g. 2025-03-31) and --shift [N] (Z-report N&apos;s shift; no N: the latest).</source>
        <translation>reconcile memerlukan tepat satu daripada --date YYYY-MM-DD (hari dalam waktu Malaysia, cth. 2025-03-31) atau --shift [N] (syif laporan Z N; tanpa N: yang terkini).</translation>
    </message>
    <message>
        <source>--shift takes at most one Z number.</source>
        <translation>--shift menerima paling banyak satu nombor Z.</translation>
    </message>
</context>
<context>
    <name>DenominationPicker</name>
    <message>
        <source>Amount in RM, e.g. 50.00</source>
        <translation>Amaun dalam RM, cth. 50.00</translation>
    </message>
    <message>
        <source>Amount in ringgit</source>
        <translation>Amaun dalam ringgit</translation>
    </message>
    <message>
        <source>%1 ringgit</source>
        <translation>%1 ringgit</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Dari %1 hingga %2</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>Sekurang-kurangnya %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Paling banyak %1</translation>
    </message>
    <message>
        <source>Not an amount.</source>
        <translation>Bukan amaun.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Amaun mesti lebih daripada sifar.</translation>
    </message>
    <message>
        <source>The minimum is %1.</source>
        <translation>Minimum ialah %1.</translation>
    </message>
    <message>
        <source>The maximum is %1.</source>
        <translation>Maksimum ialah %1.</translation>
    </message>
</context>
<context>
    <name>DevicePrinterTransport</name>
    <message>
        <source>Kaunter is not allowed to use the printer. Ask the person who set up this till to add its user to the &quot;lp&quot; group (USB printers) or the &quot;dialout&quot; group (serial printers) and to log in again, then press Retry.</source>
        <translation>Kaunter tidak dibenarkan menggunakan pencetak. Minta orang yang memasang kaunter ini menambah penggunanya ke kumpulan &quot;lp&quot; (pencetak USB) atau kumpulan &quot;dialout&quot; (pencetak bersiri) dan log masuk semula, kemudian tekan Cuba semula.</translation>
    </message>
</context>
<context>
    <name>DriverLock</name>
    <message>
        <source>The lock file %1 cannot be created (%2).</source>
        <translation>Fail kunci %1 tidak dapat dicipta (%2).</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>kebenaran ditolak</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>ralat tidak diketahui</translation>
    </message>
    <message>
        <source>Kaunter is already running on this journal: process %1 (%2) on %3 has held it since %4.</source>
        <translation>Kaunter sudah berjalan pada jurnal ini: proses %1 (%2) di %3 telah memegangnya sejak %4.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>program tidak diketahui</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>komputer ini</translation>
    </message>
    <message>
        <source>Kaunter is already running on this journal (the lock file %1 was written at %2 and names no process yet).</source>
        <translation>Kaunter sudah berjalan pada jurnal ini (fail kunci %1 ditulis pada %2 dan belum menamakan sebarang proses).</translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <source>Reason given by IIMMPACT</source>
        <translation>Sebab yang diberi oleh IIMMPACT</translation>
    </message>
    <message>
        <source>Sell again as a new sale</source>
        <translation>Jual semula sebagai jualan baharu</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Selesai (Enter)</translation>
    </message>
    <message>
        <source>Sale voided (refunded)</source>
        <translation>Jualan dibatalkan (bayaran balik)</translation>
    </message>
    <message>
        <source>Sale failed</source>
        <translation>Jualan gagal</translation>
    </message>
    <message>
        <source>%1 · %2 · RM %3</source>
        <translation>%1 · %2 · RM %3</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Rujukan %1</translation>
    </message>
    <message>
        <source>IIMMPACT voided this sale and returned the amount to the wallet. Give the customer their money back. Selling again makes a new sale with a new reference.</source>
        <translation>IIMMPACT membatalkan jualan ini dan memulangkan amaun ke dompet. Pulangkan wang pelanggan. Menjual semula akan membuat jualan baharu dengan rujukan baharu.</translation>
    </message>
</context>
<context>
    <name>FailureReasons</name>
    <message>
        <source>The provider did not complete the sale.</source>
        <translation>Pembekal tidak menyelesaikan jualan.</translation>
    </message>
    <message>
        <source>Invalid number or account: it may be wrong, barred or terminated.</source>
        <translation>Nombor atau akaun tidak sah: mungkin salah, disekat atau ditamatkan.</translation>
    </message>
    <message>
        <source>The merchant account is suspended. Call IIMMPACT support.</source>
        <translation>Akaun peniaga digantung. Hubungi sokongan IIMMPACT.</translation>
    </message>
    <message>
        <source>Service temporarily unavailable.</source>
        <translation>Perkhidmatan tidak tersedia buat sementara.</translation>
    </message>
    <message>
        <source>Invalid product or format.</source>
        <translation>Produk atau format tidak sah.</translation>
    </message>
    <message>
        <source>Out of stock.</source>
        <translation>Kehabisan stok.</translation>
    </message>
    <message>
        <source>Service unavailable. Try later.</source>
        <translation>Perkhidmatan tidak tersedia. Cuba sebentar lagi.</translation>
    </message>
    <message>
        <source>Rejected by the operator.</source>
        <translation>Ditolak oleh operator.</translation>
    </message>
    <message>
        <source>The sale was voided and refunded.</source>
        <translation>Jualan telah dibatalkan dan dibayar balik.</translation>
    </message>
    <message>
        <source>Duplicate sale, or the daily limit for this account is reached.</source>
        <translation>Jualan berganda, atau had harian akaun ini telah dicapai.</translation>
    </message>
    <message>
        <source>Timed out at the provider.</source>
        <translation>Tamat masa di pihak pembekal.</translation>
    </message>
    <message>
        <source>The account is blocked.</source>
        <translation>Akaun disekat.</translation>
    </message>
    <message>
        <source>This number is not eligible.</source>
        <translation>Nombor ini tidak layak.</translation>
    </message>
    <message>
        <source>Invalid amount for this product.</source>
        <translation>Amaun tidak sah untuk produk ini.</translation>
    </message>
    <message>
        <source>The provider did not complete the sale (code %1).</source>
        <translation>Pembekal tidak menyelesaikan jualan (kod %1).</translation>
    </message>
    <message>
        <source>The customer was not charged for this sale.</source>
        <translation>Pelanggan tidak dicaj untuk jualan ini.</translation>
    </message>
    <message>
        <source>Check the number with the customer. Selling again makes a new sale with a new reference.</source>
        <translation>Semak nombor dengan pelanggan. Menjual semula akan membuat jualan baharu dengan rujukan baharu.</translation>
    </message>
    <message>
        <source>Choose another amount. Selling again makes a new sale with a new reference.</source>
        <translation>Pilih amaun lain. Menjual semula akan membuat jualan baharu dengan rujukan baharu.</translation>
    </message>
    <message>
        <source>Do not retry now; tell the supervisor.</source>
        <translation>Jangan cuba semula sekarang; maklumkan kepada penyelia.</translation>
    </message>
    <message>
        <source>Selling again makes a new sale with a new reference.</source>
        <translation>Menjual semula akan membuat jualan baharu dengan rujukan baharu.</translation>
    </message>
</context>
<context>
    <name>FavouritesStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; starting with no favourites.</source>
        <translation>%1 bukan JSON yang sah; bermula tanpa kegemaran.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>GenericProductForm</name>
    <message>
        <source>e.g. 012-345 6789</source>
        <translation>cth. 012-345 6789</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Masukkan %1.</translation>
    </message>
    <message>
        <source>Digits only.</source>
        <translation>Digit sahaja.</translation>
    </message>
    <message>
        <source>Use plain letters, digits and punctuation only.</source>
        <translation>Gunakan huruf biasa, digit dan tanda baca sahaja.</translation>
    </message>
    <message>
        <source>The biller does not know this account (%1).</source>
        <translation>Pengebil tidak mengenali akaun ini (%1).</translation>
    </message>
    <message>
        <source>Waiting for the biller to confirm the account.</source>
        <translation>Menunggu pengebil mengesahkan akaun.</translation>
    </message>
    <message>
        <source>Choose the amount.</source>
        <translation>Pilih amaun.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Kaunter point of sale</source>
        <translation>Sistem jualan Kaunter</translation>
    </message>
    <message>
        <source>Training mode: an IIMMPACT simulator inside Kaunter answers; no money moves. Uses its own journal.</source>
        <translation>Mod latihan: simulator IIMMPACT dalam Kaunter yang menjawab; tiada wang bergerak. Menggunakan jurnalnya sendiri.</translation>
    </message>
    <message>
        <source>Directory of the journal and local files (default: KAUNTER_DATA_DIR, else the per-user data directory).</source>
        <translation>Direktori jurnal dan fail tempatan (lalai: KAUNTER_DATA_DIR, jika tiada, direktori data pengguna).</translation>
    </message>
    <message>
        <source>Kaunter cannot start</source>
        <translation>Kaunter tidak dapat dimulakan</translation>
    </message>
    <message>
        <source>The demo simulator did not start: %1</source>
        <translation>Simulator demo tidak bermula: %1</translation>
    </message>
    <message>
        <source>Not configured for selling: %1. Set KAUNTER_API_BASE, KAUNTER_API_KEY and KAUNTER_API_SECRET, or start with --demo.</source>
        <translation>Belum dikonfigurasi untuk menjual: %1. Tetapkan KAUNTER_API_BASE, KAUNTER_API_KEY dan KAUNTER_API_SECRET, atau mulakan dengan --demo.</translation>
    </message>
    <message>
        <source>Kaunter is not configured</source>
        <translation>Kaunter belum dikonfigurasi</translation>
    </message>
    <message>
        <source>The sales journal cannot be opened</source>
        <translation>Jurnal jualan tidak dapat dibuka</translation>
    </message>
    <message>
        <source>%1

Journal: %2

Kaunter does not sell without its journal.</source>
        <translation>%1

Jurnal: %2

Kaunter tidak menjual tanpa jurnalnya.</translation>
    </message>
    <message>
        <source>Kaunter is already running</source>
        <translation>Kaunter sudah berjalan</translation>
    </message>
    <message>
        <source>%1

Only one Kaunter may sell from this journal (%2) at a time. Use the window that is already open.</source>
        <translation>%1

Hanya satu Kaunter boleh menjual daripada jurnal ini (%2) pada satu masa. Gunakan tetingkap yang sudah dibuka.</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Sales whose final status is not known yet. Kaunter keeps checking them in the background.</source>
        <translation>Jualan yang status akhirnya belum diketahui. Kaunter terus menyemaknya di latar belakang.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat semula</translation>
    </message>
    <message>
        <source>Ask IIMMPACT for the balance now</source>
        <translation>Tanya baki kepada IIMMPACT sekarang</translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation>Baki: …</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Training mode: a simulator inside Kaunter answers. No money moves.</source>
        <translation>Mod latihan: simulator dalam Kaunter yang menjawab. Tiada wang bergerak.</translation>
    </message>
    <message>
        <source>STAGING</source>
        <translation>STAGING</translation>
    </message>
    <message>
        <source>IIMMPACT staging: test sales only.</source>
        <translation>IIMMPACT staging: jualan ujian sahaja.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>IIMMPACT production: every sale is real money.</source>
        <translation>IIMMPACT production: setiap jualan menggunakan wang sebenar.</translation>
    </message>
    <message>
        <source>NOT CONFIGURED</source>
        <translation>BELUM DIKONFIGURASI</translation>
    </message>
    <message>
        <source>CUSTOM: %1</source>
        <translation>TERSUAI: %1</translation>
    </message>
    <message>
        <source>An IIMMPACT address that is neither staging nor production.</source>
        <translation>Alamat IIMMPACT yang bukan staging dan bukan production.</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation type="vanished">Terminal %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Baki: %1</translation>
    </message>
    <message>
        <source>(last known)</source>
        <translation>(terakhir diketahui)</translation>
    </message>
    <message>
        <source>Balance: unavailable</source>
        <translation>Baki: tidak tersedia</translation>
    </message>
    <message>
        <source>This IIMMPACT account is read-only: it cannot sell.</source>
        <translation>Akaun IIMMPACT ini baca sahaja: ia tidak boleh menjual.</translation>
    </message>
    <message>
        <source>Low balance: below %1. Top up the IIMMPACT wallet soon.</source>
        <translation>Baki rendah: di bawah %1. Tambah nilai dompet IIMMPACT segera.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n belum selesai</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menyambung…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Dalam talian</translation>
    </message>
    <message>
        <source>● No connection</source>
        <translation>● Tiada sambungan</translation>
    </message>
    <message>
        <source>● Sign-in problem</source>
        <translation>● Masalah log masuk</translation>
    </message>
    <message>
        <source>History (F9)</source>
        <translation>Sejarah (F9)</translation>
    </message>
    <message>
        <source>Earlier sales: find one, check its status, reprint its receipt</source>
        <translation>Jualan terdahulu: cari, semak status, cetak semula resit</translation>
    </message>
    <message>
        <source>Shift of %1. F10: close the shift, or see the Z-reports</source>
        <translation>Syif %1. F10: tutup syif, atau lihat laporan Z</translation>
    </message>
    <message>
        <source>No shift is open. F10: open a shift, or see the Z-reports</source>
        <translation>Tiada syif dibuka. F10: buka syif, atau lihat laporan Z</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation>Tiada syif</translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation>Syif: %1</translation>
    </message>
    <message>
        <source>Terminal %1: this till&apos;s id, the start of every sale&apos;s reference</source>
        <translation>Terminal %1: ID kaunter ini, permulaan setiap rujukan jualan</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Sales history</source>
        <translation>Sejarah jualan</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>Sejarah tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Reference (or its start)</source>
        <translation>Rujukan (atau permulaannya)</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nombor akaun</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>Semua produk</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Pending (not final yet)</source>
        <translation>Belum selesai (belum muktamad)</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Perlu keputusan</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Berjaya</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dibayar balik</translation>
    </message>
    <message>
        <source>Refused (nothing charged)</source>
        <translation>Ditolak (tiada caj)</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Dates from</source>
        <translation>Tarikh dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hingga</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Lagi</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksport CSV…</translation>
    </message>
    <message>
        <source>Every sale of this list as a spreadsheet file (never a PIN)</source>
        <translation>Semua jualan dalam senarai ini sebagai fail hamparan (tanpa PIN)</translation>
    </message>
    <message>
        <source>No sale matches these filters.</source>
        <translation>Tiada jualan sepadan dengan penapis ini.</translation>
    </message>
    <message>
        <source>Show the PIN of sale %1</source>
        <translation>Tunjukkan PIN jualan %1</translation>
    </message>
    <message>
        <source>The PIN stays hidden: no supervisor PIN.</source>
        <translation>PIN kekal tersembunyi: tiada PIN penyelia.</translation>
    </message>
    <message>
        <source>PIN shown until you choose another sale or leave.</source>
        <translation>PIN ditunjukkan sehingga anda memilih jualan lain atau keluar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>kaunter-sales-%1.csv</source>
        <translation>kaunter-sales-%1.csv</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>Eksport jualan</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) exported to %1.</source>
        <translation>
            <numerusform>%n jualan dieksport ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>Enter the customer&apos;s passport number: the law on money laundering (AMLA) requires it for this payment.</source>
        <translation>Masukkan nombor pasport pelanggan: undang-undang pencegahan pengubahan wang haram (AMLA) mewajibkannya untuk bayaran ini.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s IC number: the law on money laundering (AMLA) requires it for this payment.</source>
        <translation>Masukkan nombor IC pelanggan: undang-undang pencegahan pengubahan wang haram (AMLA) mewajibkannya untuk bayaran ini.</translation>
    </message>
</context>
<context>
    <name>IimmpactClient</name>
    <message>
        <source>KAUNTER_CA_BUNDLE / CA bundle &quot;%1&quot; holds no PEM certificate</source>
        <translation>KAUNTER_CA_BUNDLE / berkas CA &quot;%1&quot; tidak mengandungi sijil PEM</translation>
    </message>
    <message>
        <source>The network layer repeated the request and the repeat was refused (%1); the payment outcome is unknown.</source>
        <translation>Lapisan rangkaian mengulang permintaan dan ulangan itu ditolak (%1); keputusan bayaran tidak diketahui.</translation>
    </message>
    <message>
        <source>The network layer repeated the request and the repeat was refused (%1).</source>
        <translation>Lapisan rangkaian mengulang permintaan dan ulangan itu ditolak (%1).</translation>
    </message>
    <message>
        <source>No complete answer from IIMMPACT within the time limit; the payment outcome is unknown and will be re-checked.</source>
        <translation>Tiada jawapan lengkap daripada IIMMPACT dalam had masa; keputusan bayaran tidak diketahui dan akan disemak semula.</translation>
    </message>
    <message>
        <source>The connection to IIMMPACT failed before a complete answer arrived; the payment outcome is unknown and will be re-checked.</source>
        <translation>Sambungan ke IIMMPACT gagal sebelum jawapan lengkap diterima; keputusan bayaran tidak diketahui dan akan disemak semula.</translation>
    </message>
    <message>
        <source>IIMMPACT answered with a redirect (HTTP %1), which is not followed; the payment outcome is unknown.</source>
        <translation>IIMMPACT menjawab dengan ubah hala (HTTP %1), yang tidak diikuti; keputusan bayaran tidak diketahui.</translation>
    </message>
    <message>
        <source>IIMMPACT refused the request (HTTP %1): check the API key, secret, clock and IP allowlist.</source>
        <translation>IIMMPACT menolak permintaan (HTTP %1): semak kunci API, rahsia, jam dan senarai IP yang dibenarkan.</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT asks to slow down; retrying in %n second(s).</source>
        <translation>
            <numerusform>IIMMPACT meminta permintaan diperlahankan; cuba semula dalam %n saat.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT server error (HTTP %1); the payment outcome is unknown and will be re-checked.</source>
        <translation>Ralat pelayan IIMMPACT (HTTP %1); keputusan bayaran tidak diketahui dan akan disemak semula.</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP 400 without a readable body; the payment outcome is unknown.</source>
        <translation>IIMMPACT menjawab HTTP 400 tanpa kandungan yang boleh dibaca; keputusan bayaran tidak diketahui.</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP 400 with an unexpected transaction status; the payment outcome is unknown.</source>
        <translation>IIMMPACT menjawab HTTP 400 dengan status transaksi yang tidak dijangka; keputusan bayaran tidak diketahui.</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP 400 without an explanation; the payment outcome is unknown.</source>
        <translation>IIMMPACT menjawab HTTP 400 tanpa penjelasan; keputusan bayaran tidak diketahui.</translation>
    </message>
    <message>
        <source>Unexpected HTTP %1 from IIMMPACT; the payment outcome is unknown.</source>
        <translation>HTTP %1 yang tidak dijangka daripada IIMMPACT; keputusan bayaran tidak diketahui.</translation>
    </message>
    <message>
        <source>IIMMPACT sent a web page instead of a payment answer; the outcome is unknown.</source>
        <translation>IIMMPACT menghantar halaman web dan bukannya jawapan bayaran; keputusan tidak diketahui.</translation>
    </message>
    <message>
        <source>IIMMPACT sent an unreadable payment answer; the outcome is unknown.</source>
        <translation>IIMMPACT menghantar jawapan bayaran yang tidak boleh dibaca; keputusan tidak diketahui.</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer holds no transaction; the outcome is unknown.</source>
        <translation>Jawapan IIMMPACT tidak mengandungi transaksi; keputusan tidak diketahui.</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer holds no transaction status; the outcome is unknown.</source>
        <translation>Jawapan IIMMPACT tidak mengandungi status transaksi; keputusan tidak diketahui.</translation>
    </message>
    <message>
        <source>IIMMPACT reported the unrecognised status &quot;%1&quot;; the outcome is unknown.</source>
        <translation>IIMMPACT melaporkan status yang tidak dikenali &quot;%1&quot;; keputusan tidak diketahui.</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer does not match the request (%1); the outcome is unknown.</source>
        <translation>Jawapan IIMMPACT tidak sepadan dengan permintaan (%1); keputusan tidak diketahui.</translation>
    </message>
    <message>
        <source>No complete answer from IIMMPACT within the time limit.</source>
        <translation>Tiada jawapan lengkap daripada IIMMPACT dalam had masa.</translation>
    </message>
    <message>
        <source>The connection to IIMMPACT failed.</source>
        <translation>Sambungan ke IIMMPACT gagal.</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT asks to slow down; try again in %n second(s).</source>
        <translation>
            <numerusform>IIMMPACT meminta permintaan diperlahankan; cuba semula dalam %n saat.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT sent an unreadable answer.</source>
        <translation>IIMMPACT menghantar jawapan yang tidak boleh dibaca.</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP %1: %2</source>
        <translation>IIMMPACT menjawab HTTP %1: %2</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP %1.</source>
        <translation>IIMMPACT menjawab HTTP %1.</translation>
    </message>
</context>
<context>
    <name>JomPay</name>
    <message>
        <source>Enter the JomPAY biller code (4 to 6 digits).</source>
        <translation>Masukkan kod pengebil JomPAY (4 hingga 6 digit).</translation>
    </message>
    <message>
        <source>The biller code contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation>Kod pengebil mengandungi digit tulisan lain (%1). Taip dengan digit 0 hingga 9.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a biller code. A JomPAY biller code has digits only.</source>
        <translation>&quot;%1&quot; tidak dibenarkan dalam kod pengebil. Kod pengebil JomPAY hanya mengandungi digit.</translation>
    </message>
    <message>
        <source>A JomPAY biller code has 4 to 6 digits, not %1.</source>
        <translation>Kod pengebil JomPAY mempunyai 4 hingga 6 digit, bukan %1.</translation>
    </message>
    <message>
        <source>Enter Ref-1: the account or bill number printed next to the JomPAY logo.</source>
        <translation>Masukkan Ref-1: nombor akaun atau bil yang dicetak di sebelah logo JomPAY.</translation>
    </message>
    <message>
        <source>Ref-1 contains &quot;%1&quot;, which is not a plain keyboard character. Type it with the letters A to Z, the digits 0 to 9, &quot;/&quot; and &quot;-&quot;.</source>
        <translation>Ref-1 mengandungi &quot;%1&quot;, yang bukan aksara papan kekunci biasa. Taip dengan huruf A hingga Z, digit 0 hingga 9, &quot;/&quot; dan &quot;-&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in Ref-1. Use only letters, digits, &quot;/&quot; and &quot;-&quot;.</source>
        <translation>&quot;%1&quot; tidak dibenarkan dalam Ref-1. Gunakan huruf, digit, &quot;/&quot; dan &quot;-&quot; sahaja.</translation>
    </message>
    <message>
        <source>Ref-1 can have at most %1 characters; this one has %2.</source>
        <translation>Ref-1 boleh mempunyai paling banyak %1 aksara; yang ini ada %2.</translation>
    </message>
    <message>
        <source>This biller requires Ref-2. Enter it as printed on the bill.</source>
        <translation>Pengebil ini memerlukan Ref-2. Masukkan seperti yang dicetak pada bil.</translation>
    </message>
    <message>
        <source>Ref-2 contains &quot;%1&quot;, which is not a plain keyboard character. Use English letters, digits and punctuation.</source>
        <translation>Ref-2 mengandungi &quot;%1&quot;, yang bukan aksara papan kekunci biasa. Gunakan huruf Inggeris, digit dan tanda baca.</translation>
    </message>
    <message>
        <source>Ref-2 can have at most %1 characters; this one has %2.</source>
        <translation>Ref-2 boleh mempunyai paling banyak %1 aksara; yang ini ada %2.</translation>
    </message>
</context>
<context>
    <name>JomPayForm</name>
    <message>
        <source>Biller name or code, e.g. TNB or 5454</source>
        <translation>Nama atau kod pengebil, cth. TNB atau 5454</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>Pengebil</translation>
    </message>
    <message>
        <source>MyKad (Malaysian)</source>
        <translation>MyKad (warganegara Malaysia)</translation>
    </message>
    <message>
        <source>Passport (non-Malaysian)</source>
        <translation>Pasport (bukan warganegara Malaysia)</translation>
    </message>
    <message>
        <source>Payer&apos;s IC or passport number</source>
        <translation>Nombor IC atau pasport pembayar</translation>
    </message>
    <message>
        <source>I checked this number against the customer&apos;s
MyKad or passport (required by AMLA)</source>
        <translation>Saya telah menyemak nombor ini dengan MyKad
atau pasport pelanggan (diwajibkan oleh AMLA)</translation>
    </message>
    <message>
        <source>Printed next to the JomPAY logo on the bill</source>
        <translation>Dicetak di sebelah logo JomPAY pada bil</translation>
    </message>
    <message>
        <source>Ref-1 (account or bill number)</source>
        <translation>Ref-1 (nombor akaun atau bil)</translation>
    </message>
    <message>
        <source>Ref-2 (required by this biller)</source>
        <translation>Ref-2 (diperlukan oleh pengebil ini)</translation>
    </message>
    <message numerus="yes">
        <source>%n biller(s): type part of the name or the code.</source>
        <translation>
            <numerusform>%n pengebil: taip sebahagian nama atau kod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the biller list… You can also type the biller code.</source>
        <translation>Memuatkan senarai pengebil… Anda juga boleh menaip kod pengebil.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Dipilih: %1</translation>
    </message>
    <message>
        <source>The biller does not know this Ref-1.</source>
        <translation>Pengebil tidak mengenali Ref-1 ini.</translation>
    </message>
    <message>
        <source>This biller needs Ref-2: it is printed on the bill.</source>
        <translation>Pengebil ini memerlukan Ref-2: ia dicetak pada bil.</translation>
    </message>
    <message>
        <source>Choose the biller.</source>
        <translation>Pilih pengebil.</translation>
    </message>
    <message>
        <source>Enter Ref-1.</source>
        <translation>Masukkan Ref-1.</translation>
    </message>
    <message>
        <source>This biller needs Ref-2.</source>
        <translation>Pengebil ini memerlukan Ref-2.</translation>
    </message>
    <message>
        <source>Waiting for the biller to confirm the account.</source>
        <translation>Menunggu pengebil mengesahkan akaun.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Masukkan amaun.</translation>
    </message>
    <message>
        <source>Enter the payer&apos;s IC or passport number.</source>
        <translation>Masukkan nombor IC atau pasport pembayar.</translation>
    </message>
    <message>
        <source>Confirm that you checked the number against the customer&apos;s document.</source>
        <translation>Sahkan bahawa anda telah menyemak nombor dengan dokumen pelanggan.</translation>
    </message>
    <message>
        <source>Ref-2</source>
        <translation>Ref-2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Payer passport</source>
        <translation>Pasport pembayar</translation>
    </message>
    <message>
        <source>Payer IC</source>
        <translation>IC pembayar</translation>
    </message>
    <message>
        <source>Ref-1</source>
        <translation>Ref-1</translation>
    </message>
    <message>
        <source>No biller matches &quot;%1&quot;. Try the biller code or another part of the name.</source>
        <translation>Tiada pengebil sepadan dengan &quot;%1&quot;. Cuba kod pengebil atau bahagian lain nama.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The sale journal is not open; nothing can be recorded.</source>
        <translation>Jurnal jualan tidak dibuka; tiada apa-apa boleh direkodkan.</translation>
    </message>
    <message>
        <source>The sale journal %1 is locked by another program (is Kaunter already running on this data folder?).</source>
        <translation>Jurnal jualan %1 dikunci oleh program lain (adakah Kaunter sudah berjalan pada folder data ini?).</translation>
    </message>
    <message>
        <source>The sale journal %1 is read-only; sales cannot be recorded.</source>
        <translation>Jurnal jualan %1 baca sahaja; jualan tidak dapat direkodkan.</translation>
    </message>
    <message>
        <source>The sale journal %1 cannot be opened for writing (no permission, or the folder is read-only).</source>
        <translation>Jurnal jualan %1 tidak dapat dibuka untuk ditulis (tiada kebenaran, atau folder baca sahaja).</translation>
    </message>
    <message>
        <source>The sale journal %1 is damaged or is not a Kaunter journal. It has been left untouched; restore it from a backup or contact support.</source>
        <translation>Jurnal jualan %1 rosak atau bukan jurnal Kaunter. Ia tidak diusik; pulihkan daripada sandaran atau hubungi sokongan.</translation>
    </message>
    <message>
        <source>The disk holding the sale journal %1 is full.</source>
        <translation>Cakera yang menyimpan jurnal jualan %1 penuh.</translation>
    </message>
    <message>
        <source>The sale journal %1 could not be read or written (input/output error).</source>
        <translation>Jurnal jualan %1 tidak dapat dibaca atau ditulis (ralat input/output).</translation>
    </message>
    <message>
        <source>The sale journal refused an inconsistent record.</source>
        <translation>Jurnal jualan menolak rekod yang tidak konsisten.</translation>
    </message>
    <message>
        <source>The sale journal %1 reported an error.</source>
        <translation>Jurnal jualan %1 melaporkan ralat.</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation>%1 (SQLite: %2)</translation>
    </message>
    <message>
        <source>No data folder was given for the sale journal.</source>
        <translation>Tiada folder data diberikan untuk jurnal jualan.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created; sales cannot be recorded.</source>
        <translation>Folder data %1 tidak dapat dicipta; jualan tidak dapat direkodkan.</translation>
    </message>
    <message>
        <source>The sale journal %1 cannot be created: %2</source>
        <translation>Jurnal jualan %1 tidak dapat dicipta: %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not installed; the sale journal cannot be opened.</source>
        <translation>Pemacu Qt SQLite (QSQLITE, pakej libqt6sql6-sqlite) tidak dipasang; jurnal jualan tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The sale journal %1 was written by a newer version of Kaunter (schema %2; this version understands up to %3). It has been left untouched; install the newer Kaunter to use it.</source>
        <translation>Jurnal jualan %1 ditulis oleh versi Kaunter yang lebih baharu (skema %2; versi ini memahami sehingga %3). Ia tidak diusik; pasang Kaunter yang lebih baharu untuk menggunakannya.</translation>
    </message>
    <message>
        <source>The sale journal %1 cannot use write-ahead logging (SQLite kept journal mode &quot;%2&quot;; the file system may not support it, or the file is read-only). Sales are refused because they could not be recorded durably.</source>
        <translation>Jurnal jualan %1 tidak dapat menggunakan write-ahead logging (SQLite mengekalkan mod jurnal &quot;%2&quot;; sistem fail mungkin tidak menyokongnya, atau fail baca sahaja). Jualan ditolak kerana tidak dapat direkodkan dengan kekal.</translation>
    </message>
    <message>
        <source>The sale journal %1 cannot be set to synchronous=FULL (SQLite reports %2). Sales are refused because they could not be recorded durably.</source>
        <translation>Jurnal jualan %1 tidak dapat ditetapkan kepada synchronous=FULL (SQLite melaporkan %2). Jualan ditolak kerana tidak dapat direkodkan dengan kekal.</translation>
    </message>
    <message>
        <source>upgrading the journal to schema %1</source>
        <translation>menaik taraf jurnal ke skema %1</translation>
    </message>
    <message>
        <source>Upgrading the sale journal to schema %1 failed: %2</source>
        <translation>Naik taraf jurnal jualan ke skema %1 gagal: %2</translation>
    </message>
    <message>
        <source>The sale journal %1 was written by a newer version of Kaunter.</source>
        <translation>Jurnal jualan %1 ditulis oleh versi Kaunter yang lebih baharu.</translation>
    </message>
    <message>
        <source>opening the journal</source>
        <translation>membuka jurnal</translation>
    </message>
    <message>
        <source>Error while %1: %2</source>
        <translation>Ralat semasa %1: %2</translation>
    </message>
    <message>
        <source>allocating a refid</source>
        <translation>memperuntukkan refid</translation>
    </message>
    <message>
        <source>Sale %1 is incomplete (refid, product, account, amount and request body are required); nothing was recorded.</source>
        <translation>Jualan %1 tidak lengkap (refid, produk, akaun, amaun dan kandungan permintaan diperlukan); tiada apa-apa direkodkan.</translation>
    </message>
    <message>
        <source>recording sale %1</source>
        <translation>merekodkan jualan %1</translation>
    </message>
    <message>
        <source>Refid %1 is already in the journal; a refid is never reused for another sale.</source>
        <translation>Refid %1 sudah ada dalam jurnal; refid tidak sekali-kali digunakan semula untuk jualan lain.</translation>
    </message>
    <message>
        <source>The correction of sale %1 is incomplete (product, account, amount and request body are required); nothing was changed.</source>
        <translation>Pembetulan jualan %1 tidak lengkap (produk, akaun, amaun dan kandungan permintaan diperlukan); tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source>correcting sale %1</source>
        <translation>membetulkan jualan %1</translation>
    </message>
    <message>
        <source>There is no sale %1 in the journal.</source>
        <translation>Tiada jualan %1 dalam jurnal.</translation>
    </message>
    <message>
        <source>Sale %1 is %2; only a rejected sale (no transaction was created) can be corrected under the same refid.</source>
        <translation>Jualan %1 berstatus %2; hanya jualan yang ditolak (tiada transaksi dicipta) boleh dibetulkan di bawah refid yang sama.</translation>
    </message>
    <message>
        <source>recording an attempt for sale %1</source>
        <translation>merekodkan cubaan untuk jualan %1</translation>
    </message>
    <message>
        <source>recording the outcome of sale %1</source>
        <translation>merekodkan keputusan jualan %1</translation>
    </message>
    <message>
        <source>The answer for sale %1 was about a request body that is no longer the journaled one; it was not recorded.</source>
        <translation>Jawapan untuk jualan %1 adalah tentang kandungan permintaan yang bukan lagi yang dalam jurnal; ia tidak direkodkan.</translation>
    </message>
    <message>
        <source>Sale %1 is %2%3; it cannot become %4. Nothing was changed.</source>
        <translation>Jualan %1 berstatus %2%3; ia tidak boleh menjadi %4. Tiada apa-apa diubah.</translation>
    </message>
    <message>
        <source> and IIMMPACT has a transaction for it</source>
        <translation> dan IIMMPACT mempunyai transaksi untuknya</translation>
    </message>
    <message>
        <source>Sale %1 is %2; no request is sent for it.</source>
        <translation>Jualan %1 berstatus %2; tiada permintaan dihantar untuknya.</translation>
    </message>
</context>
<context>
    <name>KaunterServices</name>
    <message>
        <source>No data folder: pass --data-dir or set KAUNTER_DATA_DIR.</source>
        <translation>Tiada folder data: berikan --data-dir atau tetapkan KAUNTER_DATA_DIR.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>Folder data %1 tidak dapat dicipta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kaunter</source>
        <translation>Kaunter</translation>
    </message>
    <message>
        <source>Sale %1 continues in the background.</source>
        <translation>Jualan %1 diteruskan di latar belakang.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 links.</source>
        <translation>Tiada program pada komputer ini yang membuka pautan %1.</translation>
    </message>
    <message>
        <source>Checking sale %1…</source>
        <translation>Menyemak jualan %1…</translation>
    </message>
    <message>
        <source>IIMMPACT refused our credentials: %1</source>
        <translation>IIMMPACT menolak bukti kelayakan kami: %1</translation>
    </message>
    <message>
        <source>The sales journal cannot be written</source>
        <translation>Jurnal jualan tidak dapat ditulis</translation>
    </message>
    <message>
        <source>%1

Kaunter stops sending sales until the journal works again.</source>
        <translation>%1

Kaunter berhenti menghantar jualan sehingga jurnal berfungsi semula.</translation>
    </message>
    <message>
        <source>Products loaded: %1</source>
        <translation>Produk dimuatkan: %1</translation>
    </message>
    <message>
        <source>No pending sales</source>
        <translation>Tiada jualan belum selesai</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · RM %4</source>
        <translation>%1 · %2 · %3 · RM %4</translation>
    </message>
    <message>
        <source>Voucher viewer unavailable</source>
        <translation>Pemapar baucar tidak tersedia</translation>
    </message>
    <message>
        <source>%1

Open the voucher in the system web browser instead?</source>
        <translation>%1

Buka baucar dalam pelayar web sistem sebagai ganti?</translation>
    </message>
    <message>
        <source>Earlier sale %1 (%2) was never sent and IIMMPACT has no transaction for it: a supervisor decides under Pending.</source>
        <translation>Jualan terdahulu %1 (%2) tidak pernah dihantar dan IIMMPACT tiada transaksi untuknya: penyelia membuat keputusan di bawah Belum selesai.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent, needs a decision: %n sale(s)…</source>
        <translation>
            <numerusform>Tidak dihantar, perlu keputusan: %n jualan…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not sent, needs a decision)</source>
        <translation>%1 (tidak dihantar, perlu keputusan)</translation>
    </message>
    <message>
        <source>Finish the sale on screen first.</source>
        <translation>Selesaikan jualan pada skrin dahulu.</translation>
    </message>
    <message>
        <source>Asking IIMMPACT about sale %1…</source>
        <translation>Bertanya kepada IIMMPACT tentang jualan %1…</translation>
    </message>
    <message>
        <source>IIMMPACT cannot be asked about this sale.</source>
        <translation>IIMMPACT tidak dapat ditanya tentang jualan ini.</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>Resit dicetak.</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer: %1</source>
        <translation>Jawapan IIMMPACT: %1</translation>
    </message>
</context>
<context>
    <name>MaskedIdEdit</name>
    <message>
        <source>Passport number</source>
        <translation>Nombor pasport</translation>
    </message>
    <message>
        <source>e.g. 900101-14-5678</source>
        <translation>cth. 900101-14-5678</translation>
    </message>
    <message>
        <source>Type again to change (%1)</source>
        <translation>Taip semula untuk menukar (%1)</translation>
    </message>
</context>
<context>
    <name>MobileDataForm</name>
    <message>
        <source>e.g. 017-885 5286</source>
        <translation>cth. 017-885 5286</translation>
    </message>
    <message>
        <source>Enter the number to see the plans offered to it.</source>
        <translation>Masukkan nombor untuk melihat pelan yang ditawarkan kepadanya.</translation>
    </message>
    <message>
        <source>Look up again</source>
        <translation>Cari semula</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Pelan</translation>
    </message>
    <message>
        <source>Looking up the plans for %1…</source>
        <translation>Mencari pelan untuk %1…</translation>
    </message>
    <message>
        <source>The plans could not be fetched: %1</source>
        <translation>Pelan tidak dapat diambil: %1</translation>
    </message>
    <message>
        <source>IIMMPACT offers no plans for this number. Check the number and the operator.</source>
        <translation>IIMMPACT tidak menawarkan pelan untuk nombor ini. Semak nombor dan operator.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) for this number:</source>
        <translation>
            <numerusform>%n pelan untuk nombor ini:</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the plans for this number.</source>
        <translation>Menunggu pelan untuk nombor ini.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>Pilih pelan.</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Tempoh sah</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation>Masukkan nombor telefon bimbit.</translation>
    </message>
    <message>
        <source>The mobile number contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation>Nombor telefon bimbit mengandungi digit tulisan lain (%1). Taip dengan digit 0 hingga 9.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a mobile number. Use only the digits 0 to 9.</source>
        <translation>&quot;%1&quot; tidak dibenarkan dalam nombor telefon bimbit. Gunakan digit 0 hingga 9 sahaja.</translation>
    </message>
    <message>
        <source>This is not a Malaysian number. Only Malaysian mobile numbers (+60 1x...) can be reloaded.</source>
        <translation>Ini bukan nombor Malaysia. Hanya nombor telefon bimbit Malaysia (+60 1x...) boleh ditambah nilai.</translation>
    </message>
    <message>
        <source>This number has the wrong length after the country code 60: a mobile number has 9 or 10 digits after 60.</source>
        <translation>Panjang nombor ini salah selepas kod negara 60: nombor telefon bimbit mempunyai 9 atau 10 digit selepas 60.</translation>
    </message>
    <message>
        <source>This is not a mobile number. Malaysian mobile numbers start with 01.</source>
        <translation>Ini bukan nombor telefon bimbit. Nombor telefon bimbit Malaysia bermula dengan 01.</translation>
    </message>
    <message>
        <source>0%1 numbers are landlines, not mobile numbers. Enter a mobile number starting with 01.</source>
        <translation>Nombor 0%1 ialah talian tetap, bukan nombor telefon bimbit. Masukkan nombor telefon bimbit yang bermula dengan 01.</translation>
    </message>
    <message>
        <source>015 numbers are internet-phone numbers, not mobile numbers.</source>
        <translation>Nombor 015 ialah nombor telefon internet, bukan nombor telefon bimbit.</translation>
    </message>
    <message>
        <source>%1 mobile numbers have %2 digits (with the leading 0); this one has %3.</source>
        <translation>Nombor telefon bimbit %1 mempunyai %2 digit (termasuk 0 di depan); yang ini ada %3.</translation>
    </message>
</context>
<context>
    <name>MobileReloadForm</name>
    <message>
        <source>e.g. 012-345 6789</source>
        <translation>cth. 012-345 6789</translation>
    </message>
    <message>
        <source>Choose the amount.</source>
        <translation>Pilih amaun.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter the amount like 12.30.</source>
        <translation>Masukkan amaun seperti 12.30.</translation>
    </message>
    <message>
        <source>The amount contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation>Amaun mengandungi digit tulisan lain (%1). Taip dengan digit 0 hingga 9.</translation>
    </message>
    <message>
        <source>The amount cannot be negative. %1</source>
        <translation>Amaun tidak boleh negatif. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in an amount. %2</source>
        <translation>&quot;%1&quot; tidak dibenarkan dalam amaun. %2</translation>
    </message>
    <message>
        <source>The amount has more than one dot. %1</source>
        <translation>Amaun mempunyai lebih daripada satu titik. %1</translation>
    </message>
    <message>
        <source>Use a dot, not a comma, before the sen: enter the amount like 1234.56.</source>
        <translation>Gunakan titik, bukan koma, sebelum sen: masukkan amaun seperti 1234.56.</translation>
    </message>
    <message>
        <source>The thousands commas in this amount are in the wrong place. Enter the amount like 1,234.56 or 1234.56.</source>
        <translation>Koma ribuan dalam amaun ini di tempat yang salah. Masukkan amaun seperti 1,234.56 atau 1234.56.</translation>
    </message>
    <message>
        <source>Put a 0 before the dot, like 0.50.</source>
        <translation>Letakkan 0 sebelum titik, seperti 0.50.</translation>
    </message>
    <message>
        <source>Type the sen after the dot, like 12.00, or leave out the dot.</source>
        <translation>Taip sen selepas titik, seperti 12.00, atau tinggalkan titik.</translation>
    </message>
    <message>
        <source>An amount has at most 2 decimals (sen). %1</source>
        <translation>Amaun mempunyai paling banyak 2 tempat perpuluhan (sen). %1</translation>
    </message>
    <message>
        <source>The amount has too many digits. %1</source>
        <translation>Amaun mempunyai terlalu banyak digit. %1</translation>
    </message>
    <message>
        <source>The amount must be more than RM 0.00.</source>
        <translation>Amaun mesti lebih daripada RM 0.00.</translation>
    </message>
    <message>
        <source>%1 is not available for this product. Choose one of: %2.</source>
        <translation>%1 tidak tersedia untuk produk ini. Pilih salah satu: %2.</translation>
    </message>
    <message>
        <source>An amount cannot contain a space (%1 found). %2</source>
        <translation>Amaun tidak boleh mengandungi ruang (%1 ditemui). %2</translation>
    </message>
</context>
<context>
    <name>MyKad</name>
    <message>
        <source>Johor</source>
        <translation>Johor</translation>
    </message>
    <message>
        <source>Kedah</source>
        <translation>Kedah</translation>
    </message>
    <message>
        <source>Kelantan</source>
        <translation>Kelantan</translation>
    </message>
    <message>
        <source>Melaka</source>
        <translation>Melaka</translation>
    </message>
    <message>
        <source>Negeri Sembilan</source>
        <translation>Negeri Sembilan</translation>
    </message>
    <message>
        <source>Pahang</source>
        <translation>Pahang</translation>
    </message>
    <message>
        <source>Pulau Pinang</source>
        <translation>Pulau Pinang</translation>
    </message>
    <message>
        <source>Perak</source>
        <translation>Perak</translation>
    </message>
    <message>
        <source>Perlis</source>
        <translation>Perlis</translation>
    </message>
    <message>
        <source>Selangor</source>
        <translation>Selangor</translation>
    </message>
    <message>
        <source>Terengganu</source>
        <translation>Terengganu</translation>
    </message>
    <message>
        <source>Sabah</source>
        <translation>Sabah</translation>
    </message>
    <message>
        <source>Sarawak</source>
        <translation>Sarawak</translation>
    </message>
    <message>
        <source>WP Kuala Lumpur</source>
        <translation>WP Kuala Lumpur</translation>
    </message>
    <message>
        <source>WP Labuan</source>
        <translation>WP Labuan</translation>
    </message>
    <message>
        <source>WP Putrajaya</source>
        <translation>WP Putrajaya</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>Brunei</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>Indonesia</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>Kemboja</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>Laos</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>Filipina</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>Singapura</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>Thailand</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Born abroad</source>
        <translation>Lahir di luar negara</translation>
    </message>
    <message>
        <source>China</source>
        <translation>China</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>Pakistan</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Arab Saudi</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>Sri Lanka</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>Bangladesh</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>Negeri tidak diketahui</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>Oceania</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>Amerika Selatan</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrika</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Eropah</translation>
    </message>
    <message>
        <source>United Kingdom and Ireland</source>
        <translation>United Kingdom dan Ireland</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>Asia Barat</translation>
    </message>
    <message>
        <source>Japan, Korea, Taiwan</source>
        <translation>Jepun, Korea, Taiwan</translation>
    </message>
    <message>
        <source>Caribbean, Central America, Mexico</source>
        <translation>Caribbean, Amerika Tengah, Mexico</translation>
    </message>
    <message>
        <source>USA, Canada</source>
        <translation>Amerika Syarikat, Kanada</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>Eropah Timur</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>Negara lain</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>Tanpa kerakyatan</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Tidak dinyatakan</translation>
    </message>
    <message>
        <source>Enter the IC number (12 digits).</source>
        <translation>Masukkan nombor IC (12 digit).</translation>
    </message>
    <message>
        <source>Old IC numbers (a letter and 7 digits) are not accepted. Ask for the 12-digit MyKad number.</source>
        <translation>Nombor IC lama (satu huruf dan 7 digit) tidak diterima. Minta nombor MyKad 12 digit.</translation>
    </message>
    <message>
        <source>The IC number contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation>Nombor IC mengandungi digit tulisan lain (%1). Taip dengan digit 0 hingga 9.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in an IC number. Use only the digits 0 to 9.</source>
        <translation>&quot;%1&quot; tidak dibenarkan dalam nombor IC. Gunakan digit 0 hingga 9 sahaja.</translation>
    </message>
    <message>
        <source>IC number must have 12 digits, not %1.</source>
        <translation>Nombor IC mesti mempunyai 12 digit, bukan %1.</translation>
    </message>
    <message>
        <source>Month %1 is not a valid month in this IC number.</source>
        <translation>Bulan %1 bukan bulan yang sah dalam nombor IC ini.</translation>
    </message>
    <message>
        <source>Day %1 is not a valid day in this IC number.</source>
        <translation>Hari %1 bukan hari yang sah dalam nombor IC ini.</translation>
    </message>
    <message>
        <source>The birth date in this IC number (%1/%2/%3, day/month/year) does not exist.</source>
        <translation>Tarikh lahir dalam nombor IC ini (%1/%2/%3, hari/bulan/tahun) tidak wujud.</translation>
    </message>
    <message>
        <source>Place-of-birth code %1 is not issued. Check digits 7 and 8 of the IC number.</source>
        <translation>Kod tempat lahir %1 tidak dikeluarkan. Semak digit ke-7 dan ke-8 nombor IC.</translation>
    </message>
</context>
<context>
    <name>PassportNumber</name>
    <message>
        <source>Enter the passport number.</source>
        <translation>Masukkan nombor pasport.</translation>
    </message>
    <message>
        <source>This is a 12-digit MyKad number; it is taken as an IC number.</source>
        <translation>Ini nombor MyKad 12 digit; ia diambil sebagai nombor IC.</translation>
    </message>
    <message>
        <source>Leave out the &quot;&lt;&quot; filler characters: type only the passport number as printed.</source>
        <translation>Tinggalkan aksara pengisi &quot;&lt;&quot;: taip nombor pasport sahaja seperti yang dicetak.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a passport number. Use only the letters A to Z and the digits 0 to 9.</source>
        <translation>&quot;%1&quot; tidak dibenarkan dalam nombor pasport. Gunakan huruf A hingga Z dan digit 0 hingga 9 sahaja.</translation>
    </message>
    <message>
        <source>This passport number is too short: it must have 6 to 12 letters and digits.</source>
        <translation>Nombor pasport ini terlalu pendek: ia mesti mempunyai 6 hingga 12 huruf dan digit.</translation>
    </message>
    <message>
        <source>This passport number is too long: it must have 6 to 12 letters and digits.</source>
        <translation>Nombor pasport ini terlalu panjang: ia mesti mempunyai 6 hingga 12 huruf dan digit.</translation>
    </message>
    <message>
        <source>A passport number has at least one digit. Check the number on the passport.</source>
        <translation>Nombor pasport mempunyai sekurang-kurangnya satu digit. Semak nombor pada pasport.</translation>
    </message>
    <message>
        <source>A passport number cannot be one character repeated. Check the number on the passport.</source>
        <translation>Nombor pasport tidak boleh terdiri daripada satu aksara yang berulang. Semak nombor pada pasport.</translation>
    </message>
    <message>
        <source>This looks like a Malaysian passport. Malaysians must give their MyKad (IC) number: ask for it.</source>
        <translation>Ini kelihatan seperti pasport Malaysia. Warganegara Malaysia mesti memberikan nombor MyKad (IC): minta nombor itu.</translation>
    </message>
</context>
<context>
    <name>PaymentEngine</name>
    <message>
        <source>There is no sale %1 to correct.</source>
        <translation>Tiada jualan %1 untuk dibetulkan.</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not Rejected: it may already have a transaction, so it can only be re-queried, never sent with different details.</source>
        <translation>Jualan %1 berstatus %2, bukan Ditolak: ia mungkin sudah ada transaksi, jadi ia hanya boleh ditanya semula, tidak sekali-kali dihantar dengan butiran berbeza.</translation>
    </message>
    <message>
        <source>The sales journal is not open. Nothing was sent.</source>
        <translation>Jurnal jualan tidak dibuka. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>The same sale (%1) was sent a moment ago and is still in progress.</source>
        <translation>Jualan yang sama (%1) telah dihantar sebentar tadi dan masih dalam proses.</translation>
    </message>
    <message>
        <source>The sale could not be saved in the journal (%1). Nothing was sent.</source>
        <translation>Jualan tidak dapat disimpan dalam jurnal (%1). Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>The answer did not match this sale (refid, product, account or amount differ); it was not accepted.</source>
        <translation>Jawapan tidak sepadan dengan jualan ini (refid, produk, akaun atau amaun berbeza); ia tidak diterima.</translation>
    </message>
    <message>
        <source>Final answer without a usable status.</source>
        <translation>Jawapan akhir tanpa status yang boleh digunakan.</translation>
    </message>
    <message>
        <source>Pending answer without a usable status.</source>
        <translation>Jawapan belum selesai tanpa status yang boleh digunakan.</translation>
    </message>
    <message>
        <source>HTTP 400 for a sale that already has a transaction: %1</source>
        <translation>HTTP 400 untuk jualan yang sudah ada transaksi: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the server (HTTP 429); retrying after %n second(s).</source>
        <translation>
            <numerusform>Dihadkan oleh pelayan (HTTP 429); cuba semula selepas %n saat.</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable answer from the server.</source>
        <translation>Tiada jawapan yang boleh digunakan daripada pelayan.</translation>
    </message>
    <message>
        <source>The server now reports %1 for this %2 sale.</source>
        <translation>Pelayan kini melaporkan %1 untuk jualan %2 ini.</translation>
    </message>
    <message>
        <source>The sales journal could not record sale %1 (%2). Nothing more is sent for it until the journal works again.</source>
        <translation>Jurnal jualan tidak dapat merekodkan jualan %1 (%2). Tiada apa-apa lagi dihantar untuknya sehingga jurnal berfungsi semula.</translation>
    </message>
    <message>
        <source>IIMMPACT answered Failed 54 (duplicate transaction or daily limit) twice for this accepted sale.</source>
        <translation>IIMMPACT menjawab Failed 54 (transaksi berganda atau had harian) dua kali untuk jualan yang diterima ini.</translation>
    </message>
    <message>
        <source>IIMMPACT answered Failed 54 (duplicate transaction: this reference may exist with other details); not taken as final, re-queried.</source>
        <translation>IIMMPACT menjawab Failed 54 (transaksi berganda: rujukan ini mungkin wujud dengan butiran lain); tidak dianggap muktamad, ditanya semula.</translation>
    </message>
    <message>
        <source>the stored request differs</source>
        <translation>permintaan yang disimpan berbeza</translation>
    </message>
    <message>
        <source>Sale %1 is saved in the journal but could not be read back (%2). It was not sent now; it stays pending and recovery sends it once the journal works.</source>
        <translation>Jualan %1 disimpan dalam jurnal tetapi tidak dapat dibaca semula (%2). Ia tidak dihantar sekarang; ia kekal belum selesai dan pemulihan akan menghantarnya apabila jurnal berfungsi.</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <source>Sale still pending</source>
        <translation>Jualan masih belum selesai</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>IIMMPACT has not given a final answer yet. The sale may still succeed: do NOT refund the customer and do NOT sell it again. Kaunter keeps checking with the same reference in the background; the header counts it until it is settled. Give the customer the reference.</source>
        <translation>IIMMPACT belum memberi jawapan muktamad. Jualan mungkin masih berjaya: JANGAN pulangkan wang pelanggan dan JANGAN jual semula. Kaunter terus menyemak dengan rujukan yang sama di latar belakang; bahagian atas skrin mengiranya sehingga ia selesai. Berikan rujukan kepada pelanggan.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Semak sekarang</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>Pelanggan seterusnya (Enter)</translation>
    </message>
    <message>
        <source>%1 · %2 · RM %3</source>
        <translation>%1 · %2 · RM %3</translation>
    </message>
    <message>
        <source>Last known status: %1</source>
        <translation>Status terakhir diketahui: %1</translation>
    </message>
    <message>
        <source>Flagged for review: the answer did not match the sale.</source>
        <translation>Ditanda untuk semakan: jawapan tidak sepadan dengan jualan.</translation>
    </message>
</context>
<context>
    <name>PendingSalesDialog</name>
    <message>
        <source>Sales that need a decision</source>
        <translation>Jualan yang perlu keputusan</translation>
    </message>
    <message>
        <source>Not sent, needs a decision</source>
        <translation>Tidak dihantar, perlu keputusan</translation>
    </message>
    <message>
        <source>These sales were saved but never answered, and IIMMPACT has no transaction for them. Kaunter does not send them on its own: the customer may have left long ago. A supervisor decides: Send now (same reference, same details) or Void (never sent; nothing is charged; the reference is never used again).</source>
        <translation>Jualan ini telah disimpan tetapi tidak pernah dijawab, dan IIMMPACT tiada transaksi untuknya. Kaunter tidak menghantarnya sendiri: pelanggan mungkin sudah lama pergi. Penyelia membuat keputusan: Hantar sekarang (rujukan sama, butiran sama) atau Batalkan (tidak dihantar; tiada caj; rujukan tidak digunakan lagi).</translation>
    </message>
    <message>
        <source>Supervisor only.</source>
        <translation>Penyelia sahaja.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Hantar sekarang</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Batalkan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Checking with IIMMPACT before voiding %1…</source>
        <translation>Menyemak dengan IIMMPACT sebelum membatalkan %1…</translation>
    </message>
    <message>
        <source>RM %1 · %2 · %3
%4 · saved %5</source>
        <translation>RM %1 · %2 · %3
%4 · disimpan %5</translation>
    </message>
    <message>
        <source>No sale needs a decision.</source>
        <translation>Tiada jualan yang perlu keputusan.</translation>
    </message>
    <message>
        <source>Send now?</source>
        <translation>Hantar sekarang?</translation>
    </message>
    <message>
        <source>Send sale %1 to IIMMPACT now, with the same reference and details?

%2

The customer is charged if it succeeds. Only when the customer is here and still wants it.</source>
        <translation>Hantar jualan %1 kepada IIMMPACT sekarang, dengan rujukan dan butiran yang sama?

%2

Pelanggan akan dicaj jika berjaya. Hanya jika pelanggan ada di sini dan masih mahukannya.</translation>
    </message>
    <message>
        <source>Void this sale?</source>
        <translation>Batalkan jualan ini?</translation>
    </message>
    <message>
        <source>Void sale %1? It is never sent and nothing is charged; its reference is never used again. Kaunter asks IIMMPACT once more first.

%2</source>
        <translation>Batalkan jualan %1? Ia tidak akan dihantar dan tiada caj; rujukannya tidak digunakan lagi. Kaunter bertanya kepada IIMMPACT sekali lagi dahulu.

%2</translation>
    </message>
    <message>
        <source>Send sale %1 now</source>
        <translation>Hantar jualan %1 sekarang</translation>
    </message>
    <message>
        <source>Void sale %1</source>
        <translation>Batalkan jualan %1</translation>
    </message>
    <message>
        <source>Nothing was done: the supervisor PIN was not given.</source>
        <translation>Tiada tindakan diambil: PIN penyelia tidak diberikan.</translation>
    </message>
    <message>
        <source>Sale %1 is being sent.</source>
        <translation>Jualan %1 sedang dihantar.</translation>
    </message>
    <message>
        <source>Sale %1 is voided: never sent, nothing charged.</source>
        <translation>Jualan %1 dibatalkan: tidak dihantar, tiada caj.</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation>Masukkan nombor telefon bimbit.</translation>
    </message>
    <message>
        <source>Will be sent as %1</source>
        <translation>Akan dihantar sebagai %1</translation>
    </message>
</context>
<context>
    <name>PrintResult</name>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>Resit telah dihantar ke pencetak.</translation>
    </message>
    <message>
        <source>The printer refused the connection. Check that it is switched on and that the printer address and port are right, then press Retry.</source>
        <translation>Pencetak menolak sambungan. Pastikan ia dihidupkan dan alamat serta port pencetak betul, kemudian tekan Cuba semula.</translation>
    </message>
    <message>
        <source>The printer did not answer. Check that it is switched on and that its network cable is plugged in, then press Retry.</source>
        <translation>Pencetak tidak menjawab. Pastikan ia dihidupkan dan kabel rangkaiannya dipasang, kemudian tekan Cuba semula.</translation>
    </message>
    <message>
        <source>The printer is not taking the receipt. Check that the cover is closed, that there is paper and that the printer shows no error, then press Retry.</source>
        <translation>Pencetak tidak menerima resit. Pastikan penutup ditutup, ada kertas dan pencetak tidak menunjukkan ralat, kemudian tekan Cuba semula.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Put in a new roll, close the cover, then press Retry.</source>
        <translation>Kertas pencetak habis. Masukkan gulungan baharu, tutup penutup, kemudian tekan Cuba semula.</translation>
    </message>
    <message>
        <source>The printer is not connected. Check its USB or serial cable and that it is switched on, then press Retry.</source>
        <translation>Pencetak tidak disambungkan. Semak kabel USB atau bersirinya dan pastikan ia dihidupkan, kemudian tekan Cuba semula.</translation>
    </message>
    <message>
        <source>The receipt could not be sent to the printer. Check the printer, then press Retry.</source>
        <translation>Resit tidak dapat dihantar ke pencetak. Semak pencetak, kemudian tekan Cuba semula.</translation>
    </message>
</context>
<context>
    <name>ProcessingPage</name>
    <message>
        <source>Do not take the customer&apos;s money back and do not sell again while this is open: the sale may already be done.</source>
        <translation>Jangan pulangkan wang pelanggan dan jangan jual semula semasa ini terbuka: jualan mungkin sudah selesai.</translation>
    </message>
    <message>
        <source>Continue in background (Esc)</source>
        <translation>Teruskan di latar belakang (Esc)</translation>
    </message>
    <message>
        <source>Serve the next customer. This sale stays pending and Kaunter keeps checking it; the header shows it until it is settled.</source>
        <translation>Layan pelanggan seterusnya. Jualan ini kekal belum selesai dan Kaunter terus menyemaknya; bahagian atas skrin menunjukkannya sehingga ia selesai.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Rujukan %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Menghantar…</translation>
    </message>
    <message>
        <source>The sale is recorded on this till and is being sent to IIMMPACT.</source>
        <translation>Jualan direkodkan di kaunter ini dan sedang dihantar kepada IIMMPACT.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>IIMMPACT accepted the sale and will process it shortly.</source>
        <translation>IIMMPACT menerima jualan dan akan memprosesnya sebentar lagi.</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Dalam proses</translation>
    </message>
    <message>
        <source>The provider is processing the sale. Most sales finish within 30 seconds.</source>
        <translation>Pembekal sedang memproses jualan. Kebanyakan jualan selesai dalam 30 saat.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Menyemak…</translation>
    </message>
    <message>
        <source>No clear answer yet (%1). Kaunter asks again with the same reference; the customer is never charged twice.</source>
        <translation>Belum ada jawapan jelas (%1). Kaunter bertanya semula dengan rujukan yang sama; pelanggan tidak akan dicaj dua kali.</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>tiada balasan</translation>
    </message>
    <message>
        <source>Asking IIMMPACT again (check %1)…</source>
        <translation>Bertanya kepada IIMMPACT semula (semakan %1)…</translation>
    </message>
    <message>
        <source>Elapsed %1:%2</source>
        <translation>Masa berlalu %1:%2</translation>
    </message>
    <message>
        <source>Next check in %1 s</source>
        <translation>Semakan seterusnya dalam %1 s</translation>
    </message>
    <message>
        <source>Waiting for IIMMPACT…</source>
        <translation>Menunggu IIMMPACT…</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>Mobile number</source>
        <translation>Nombor telefon bimbit</translation>
    </message>
    <message>
        <source>Ref-1</source>
        <translation>Ref-1</translation>
    </message>
    <message>
        <source>IC number</source>
        <translation>Nombor IC</translation>
    </message>
    <message>
        <source>Email or mobile number</source>
        <translation>E-mel atau nombor telefon bimbit</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Nombor akaun</translation>
    </message>
    <message>
        <source>Mobile Reload</source>
        <translation>Tambah Nilai Mudah Alih</translation>
    </message>
    <message>
        <source>Mobile Data</source>
        <translation>Data Mudah Alih</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>Bil</translation>
    </message>
    <message>
        <source>JomPAY</source>
        <translation>JomPAY</translation>
    </message>
    <message>
        <source>PTPTN</source>
        <translation>PTPTN</translation>
    </message>
    <message>
        <source>Gift Cards &amp; Vouchers</source>
        <translation>Kad Hadiah &amp; Baucar</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
</context>
<context>
    <name>ProductBrowser</name>
    <message>
        <source>Search products (Ctrl+F)</source>
        <translation>Cari produk (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>Cari produk</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Kegemaran</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Terkini</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <source>Add or remove the selected product from the favourites (Ctrl+D)</source>
        <translation>Tambah atau buang produk yang dipilih daripada kegemaran (Ctrl+D)</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Produk: %1</translation>
    </message>
    <message>
        <source>Sell %1 (F%2)</source>
        <translation>Jual %1 (F%2)</translation>
    </message>
    <message>
        <source>Loading products from IIMMPACT…</source>
        <translation>Memuatkan produk daripada IIMMPACT…</translation>
    </message>
    <message>
        <source>The product list could not be loaded: %1</source>
        <translation>Senarai produk tidak dapat dimuatkan: %1</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Tambah ke kegemaran</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Buang daripada kegemaran</translation>
    </message>
    <message>
        <source>⚠ %1: %2 Sales may be slow or fail; you can still sell.</source>
        <translation>⚠ %1: %2 Jualan mungkin perlahan atau gagal; anda masih boleh menjual.</translation>
    </message>
</context>
<context>
    <name>ProductCatalogue</name>
    <message>
        <source>The product list has no &quot;data&quot; array.</source>
        <translation>Senarai produk tiada tatasusunan &quot;data&quot;.</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>⚠ Interruption</source>
        <translation>⚠ Gangguan</translation>
    </message>
    <message>
        <source>Service interruption: %1</source>
        <translation>Gangguan perkhidmatan: %1</translation>
    </message>
    <message>
        <source>%1, service interruption</source>
        <translation>%1, gangguan perkhidmatan</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <source>Choose a product.</source>
        <translation>Pilih produk.</translation>
    </message>
    <message>
        <source>The product code is too long.</source>
        <translation>Kod produk terlalu panjang.</translation>
    </message>
    <message>
        <source>The product code may only hold letters A-Z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Kod produk hanya boleh mengandungi huruf A-Z, digit, &apos;_&apos; dan &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Enter the account or mobile number.</source>
        <translation>Masukkan nombor akaun atau telefon bimbit.</translation>
    </message>
    <message>
        <source>The account number is too long or holds invisible characters.</source>
        <translation>Nombor akaun terlalu panjang atau mengandungi aksara tersembunyi.</translation>
    </message>
    <message>
        <source>The sub-product code holds invisible characters.</source>
        <translation>Kod subproduk mengandungi aksara tersembunyi.</translation>
    </message>
    <message>
        <source>Choose the PTPTN account type (sub-product).</source>
        <translation>Pilih jenis akaun PTPTN (subproduk).</translation>
    </message>
    <message>
        <source>Choose the data plan (sub-product).</source>
        <translation>Pilih pelan data (subproduk).</translation>
    </message>
    <message numerus="yes">
        <source>The remarks are too long (at most %n characters).</source>
        <translation>
            <numerusform>Catatan terlalu panjang (paling banyak %n aksara).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PtptnForm</name>
    <message>
        <source>Find accounts</source>
        <translation>Cari akaun</translation>
    </message>
    <message>
        <source>Borrower&apos;s or saver&apos;s IC number (MyKad)</source>
        <translation>Nombor IC peminjam atau penyimpan (MyKad)</translation>
    </message>
    <message>
        <source>Enter the IC number, then find the PTPTN and SSPN accounts linked to it.</source>
        <translation>Masukkan nombor IC, kemudian cari akaun PTPTN dan SSPN yang dipautkan kepadanya.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Press Find accounts (or Enter).</source>
        <translation>Tekan Cari akaun (atau Enter).</translation>
    </message>
    <message>
        <source>Looking up the accounts for %1…</source>
        <translation>Mencari akaun untuk %1…</translation>
    </message>
    <message>
        <source>The accounts could not be fetched: %1</source>
        <translation>Akaun tidak dapat diambil: %1</translation>
    </message>
    <message>
        <source>No PTPTN or SSPN account is linked to this IC number.</source>
        <translation>Tiada akaun PTPTN atau SSPN dipautkan kepada nombor IC ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) linked to this IC:</source>
        <translation>
            <numerusform>%n akaun dipautkan kepada IC ini:</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Akaun %1</translation>
    </message>
    <message>
        <source>Enter the IC number.</source>
        <translation>Masukkan nombor IC.</translation>
    </message>
    <message>
        <source>Waiting for the accounts linked to this IC.</source>
        <translation>Menunggu akaun yang dipautkan kepada IC ini.</translation>
    </message>
    <message>
        <source>Find the accounts linked to this IC.</source>
        <translation>Cari akaun yang dipautkan kepada IC ini.</translation>
    </message>
    <message>
        <source>Choose the account.</source>
        <translation>Pilih akaun.</translation>
    </message>
    <message>
        <source>IIMMPACT returned no account number for this account.</source>
        <translation>IIMMPACT tidak memulangkan nombor akaun untuk akaun ini.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>Masukkan amaun.</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Jenis akaun</translation>
    </message>
    <message>
        <source>IC number</source>
        <translation>Nombor IC</translation>
    </message>
    <message>
        <source>PTPTN / SSPN account</source>
        <translation>Akaun PTPTN / SSPN</translation>
    </message>
</context>
<context>
    <name>ReadCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Permintaan telah dibatalkan.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>PAID</source>
        <translation>DIBAYAR</translation>
    </message>
    <message>
        <source>FAILED - NOT CHARGED</source>
        <translation>GAGAL - TIADA CAJ</translation>
    </message>
    <message>
        <source>VOIDED - REFUNDED</source>
        <translation>DIBATALKAN - DIBAYAR BALIK</translation>
    </message>
    <message>
        <source>NOT SENT - CORRECT AND RETRY</source>
        <translation>TIDAK DIHANTAR - BETULKAN DAN CUBA SEMULA</translation>
    </message>
    <message>
        <source>PENDING - DO NOT REPEAT THIS SALE</source>
        <translation>BELUM SELESAI - JANGAN ULANG JUALAN INI</translation>
    </message>
    <message>
        <source>TRAINING - NO MONEY MOVED</source>
        <translation>LATIHAN - TIADA WANG BERGERAK</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Biller code</source>
        <translation>Kod pengebil</translation>
    </message>
    <message>
        <source>Ref-2</source>
        <translation>Ref-2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Pelan</translation>
    </message>
    <message>
        <source>IC / passport</source>
        <translation>IC / pasport</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>No. siri</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Baucar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>VOID - NEVER SENT, NOT CHARGED</source>
        <translation>BATAL - TIDAK DIHANTAR, TIADA CAJ</translation>
    </message>
    <message>
        <source>NOT SENT - SUPERVISOR DECISION NEEDED</source>
        <translation>TIDAK DIHANTAR - PERLU KEPUTUSAN PENYELIA</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>SALINAN</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>DIBATALKAN</translation>
    </message>
    <message>
        <source>Reg. no. %1</source>
        <translation>No. pendaftaran %1</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Juruwang</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>Pengebil</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Jenis akaun</translation>
    </message>
    <message>
        <source>Account type code</source>
        <translation>Kod jenis akaun</translation>
    </message>
    <message>
        <source>Plan code</source>
        <translation>Kod pelan</translation>
    </message>
    <message>
        <source>PIN (hidden on copies)</source>
        <translation>PIN (disembunyikan pada salinan)</translation>
    </message>
    <message>
        <source>Voucher link</source>
        <translation>Pautan baucar</translation>
    </message>
    <message>
        <source>hidden on copies</source>
        <translation>disembunyikan pada salinan</translation>
    </message>
    <message>
        <source>Not confirmed yet. Keep this slip: the shop will check reference %1 and give you the result. Do not pay again for this sale.</source>
        <translation>Belum disahkan. Simpan slip ini: kedai akan menyemak rujukan %1 dan memaklumkan keputusannya. Jangan bayar semula untuk jualan ini.</translation>
    </message>
</context>
<context>
    <name>ReceiptCommand</name>
    <message>
        <source>Sale %1 is not in the journal: there is no receipt to write.</source>
        <translation>Jualan %1 tiada dalam jurnal: tiada resit untuk ditulis.</translation>
    </message>
    <message>
        <source>The receipt for %1 could not be drawn. Nothing was written.</source>
        <translation>Resit untuk %1 tidak dapat dilukis. Tiada apa-apa ditulis.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Receipt for %1 written to %2.</source>
        <translation>Resit untuk %1 ditulis ke %2.</translation>
    </message>
</context>
<context>
    <name>ReceiptImage</name>
    <message>
        <source>Could not write the receipt to %1. Check that the folder exists and can be written to.</source>
        <translation>Tidak dapat menulis resit ke %1. Pastikan folder wujud dan boleh ditulis.</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Choose the receipt printer</source>
        <translation>Pilih pencetak resit</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Resit %1</translation>
    </message>
    <message>
        <source>The printer %1 did not take the receipt. Check that it is on and installed, then try again.</source>
        <translation>Pencetak %1 tidak menerima resit. Pastikan ia dihidupkan dan dipasang, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>Simpan resit</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No receipt printer address is set (host or host:port). Set it in the printer settings.</source>
        <translation>Alamat pencetak resit belum ditetapkan (host atau host:port). Tetapkannya dalam tetapan pencetak.</translation>
    </message>
    <message>
        <source>No receipt printer device is set (for example /dev/usb/lp0). Set it in the printer settings.</source>
        <translation>Peranti pencetak resit belum ditetapkan (contohnya /dev/usb/lp0). Tetapkannya dalam tetapan pencetak.</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>Resit tidak dicetak</translation>
    </message>
    <message>
        <source>%1

The sale itself is not affected.</source>
        <translation>%1

Jualan itu sendiri tidak terjejas.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Cuba semula</translation>
    </message>
    <message>
        <source>z-report-%1.pdf</source>
        <translation>laporan-z-%1.pdf</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Missing at IIMMPACT</source>
        <translation>Tiada di IIMMPACT</translation>
    </message>
    <message>
        <source>Missing in the journal</source>
        <translation>Tiada dalam jurnal</translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation>Status berbeza</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>Amaun berbeza</translation>
    </message>
    <message>
        <source>Reconciliation of %1 (Malaysian time), till %2</source>
        <translation>Penyesuaian %1 (waktu Malaysia), kaunter %2</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Tidak dibandingkan: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n sale(s) in the journal,</source>
        <translation>
            <numerusform>  %n jualan dalam jurnal,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) at IIMMPACT,</source>
        <translation>
            <numerusform>%n transaksi di IIMMPACT,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched.</source>
        <translation>
            <numerusform>%n sepadan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n transaction(s) of other tills of this account not compared.</source>
        <translation>
            <numerusform>  %n transaksi kaunter lain bagi akaun ini tidak dibandingkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n sale(s) never sent to IIMMPACT (rejected, waiting for a decision or voided).</source>
        <translation>
            <numerusform>  %n jualan tidak pernah dihantar kepada IIMMPACT (ditolak, menunggu keputusan atau dibatalkan).</numerusform>
        </translation>
    </message>
    <message>
        <source>  Still pending in the till: %1 (%2, RM %3); recovery settles it.</source>
        <translation>  Masih belum selesai di kaunter: %1 (%2, RM %3); pemulihan akan menyelesaikannya.</translation>
    </message>
    <message>
        <source>The journal and IIMMPACT agree.</source>
        <translation>Jurnal dan IIMMPACT sepadan.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation>
            <numerusform>%n perbezaan:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, RM %2</source>
        <translation>%1, RM %2</translation>
    </message>
    <message>
        <source>not in the journal</source>
        <translation>tiada dalam jurnal</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>tidak disenaraikan</translation>
    </message>
    <message>
        <source>(no reference, IIMMPACT id %1)</source>
        <translation>(tiada rujukan, id IIMMPACT %1)</translation>
    </message>
    <message>
        <source>Product %1, account %2</source>
        <translation>Produk %1, akaun %2</translation>
    </message>
    <message>
        <source>Till: %1. IIMMPACT: %2.</source>
        <translation>Kaunter: %1. IIMMPACT: %2.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Tindakan: %1</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list was not read in time.</source>
        <translation>Senarai transaksi IIMMPACT tidak dibaca dalam masa.</translation>
    </message>
    <message>
        <source>The reconciliation report was not kept: %1</source>
        <translation>Laporan penyesuaian tidak disimpan: %1</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Disimpan dalam %1</translation>
    </message>
    <message>
        <source>Reconciliation of Z-report No. %1&apos;s shift, %2 to %3, till %4</source>
        <translation>Penyesuaian syif Laporan Z No. %1, %2 hingga %3, kaunter %4</translation>
    </message>
    <message>
        <source>There is no Z-report yet.</source>
        <translation>Belum ada laporan Z.</translation>
    </message>
</context>
<context>
    <name>ReconcileReportFile</name>
    <message>
        <source>No data folder or day for the reconciliation report.</source>
        <translation>Tiada folder data atau hari untuk laporan penyesuaian.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat mencipta folder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>ReconcileResultView</name>
    <message>
        <source>Difference</source>
        <translation>Perbezaan</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kaunter</translation>
    </message>
    <message>
        <source>IIMMPACT</source>
        <translation>IIMMPACT</translation>
    </message>
    <message>
        <source>Missing at IIMMPACT</source>
        <translation>Tiada di IIMMPACT</translation>
    </message>
    <message>
        <source>Missing in the till</source>
        <translation>Tiada di kaunter</translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation>Status berbeza</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>Amaun berbeza</translation>
    </message>
    <message>
        <source>Reconcile with IIMMPACT compares this shift&apos;s sales, from its opening to its close, with IIMMPACT&apos;s transaction list, and lists every difference with what to do. It only reads: nothing is sent or changed.</source>
        <translation>Penyesuaian dengan IIMMPACT membandingkan jualan syif ini, dari dibuka hingga ditutup, dengan senarai transaksi IIMMPACT, dan menyenaraikan setiap perbezaan beserta tindakannya. Ia hanya membaca: tiada apa-apa dihantar atau diubah.</translation>
    </message>
    <message>
        <source>Checking %1 against IIMMPACT&apos;s transaction list…</source>
        <translation>Menyemak %1 dengan senarai transaksi IIMMPACT…</translation>
    </message>
    <message>
        <source>Not compared: IIMMPACT&apos;s transaction list could not be read.</source>
        <translation>Tidak dibandingkan: senarai transaksi IIMMPACT tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>%1
Nothing is known about differences. Try again when IIMMPACT answers.</source>
        <translation>%1
Perbezaan tidak dapat diketahui. Cuba lagi apabila IIMMPACT menjawab.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) in the till,</source>
        <translation>
            <numerusform>%n jualan di kaunter,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) at IIMMPACT,</source>
        <translation>
            <numerusform>%n transaksi di IIMMPACT,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched.</source>
        <translation>
            <numerusform>%n sepadan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still pending in the till: %1 (RM %2); the till keeps checking it.</source>
        <translation>Masih belum selesai di kaunter: %1 (RM %2); kaunter terus menyemaknya.</translation>
    </message>
    <message>
        <source>The till and IIMMPACT agree.</source>
        <translation>Kaunter dan IIMMPACT sepadan.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the till and IIMMPACT.</source>
        <translation>
            <numerusform>%n perbezaan antara kaunter dan IIMMPACT.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, RM %2</source>
        <translation>%1, RM %2</translation>
    </message>
    <message>
        <source>not in the till</source>
        <translation>tiada di kaunter</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>tidak disenaraikan</translation>
    </message>
    <message>
        <source>(none; IIMMPACT id %1)</source>
        <translation>(tiada; id IIMMPACT %1)</translation>
    </message>
    <message>
        <source>Product %1, account %2</source>
        <translation>Produk %1, akaun %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Tindakan: %1</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>IIMMPACT&apos;s transaction list was not read in time.</source>
        <translation>Senarai transaksi IIMMPACT tidak dibaca dalam masa.</translation>
    </message>
    <message>
        <source>The period to reconcile is empty.</source>
        <translation>Tempoh untuk disesuaikan kosong.</translation>
    </message>
    <message>
        <source>IIMMPACT cannot be asked: %1</source>
        <translation>IIMMPACT tidak dapat ditanya: %1</translation>
    </message>
    <message>
        <source>The sales journal is not open.</source>
        <translation>Jurnal jualan tidak dibuka.</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list answered without a list.</source>
        <translation>Senarai transaksi IIMMPACT menjawab tanpa senarai.</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT&apos;s transaction list has more than %n page(s) for this period; it was not read to the end.</source>
        <translation>
            <numerusform>Senarai transaksi IIMMPACT mempunyai lebih daripada %n halaman untuk tempoh ini; ia tidak dibaca hingga habis.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list could not be read: %1</source>
        <translation>Senarai transaksi IIMMPACT tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>(no status)</source>
        <translation>(tiada status)</translation>
    </message>
    <message>
        <source>IIMMPACT has this sale (%1) although the till is waiting for a decision on it: do not void it. Check its status (kaunter recover) so that the till records the outcome.</source>
        <translation>IIMMPACT mempunyai jualan ini (%1) walaupun kaunter sedang menunggu keputusan mengenainya: jangan batalkan. Semak statusnya (kaunter recover) supaya kaunter merekodkan keputusannya.</translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction (%1) for a sale the till recorded as %2 and never charged. Contact IIMMPACT support with the reference.</source>
        <translation>IIMMPACT menyenaraikan transaksi (%1) untuk jualan yang direkodkan oleh kaunter sebagai %2 dan tidak pernah dicaj. Hubungi sokongan IIMMPACT dengan rujukan tersebut.</translation>
    </message>
    <message>
        <source>IIMMPACT has finished this sale (%1) but the till still shows it as pending. Check its status (kaunter recover) so that the till records the outcome.</source>
        <translation>IIMMPACT telah menyelesaikan jualan ini (%1) tetapi kaunter masih menunjukkannya sebagai belum selesai. Semak statusnya (kaunter recover) supaya kaunter merekodkan keputusannya.</translation>
    </message>
    <message>
        <source>IIMMPACT lists this sale as %1 while the till recorded %2. Check its status again later (kaunter status %3).</source>
        <translation>IIMMPACT menyenaraikan jualan ini sebagai %1 manakala kaunter merekodkan %2. Semak statusnya semula kemudian (kaunter status %3).</translation>
    </message>
    <message>
        <source>IIMMPACT refunded this sale after the till recorded it as successful: the product was voided. Check its status (kaunter status %1) so that the till records the refund.</source>
        <translation>IIMMPACT membuat bayaran balik untuk jualan ini selepas kaunter merekodkannya sebagai berjaya: produk telah dibatalkan. Semak statusnya (kaunter status %1) supaya kaunter merekodkan bayaran balik.</translation>
    </message>
    <message>
        <source>IIMMPACT lists this sale as %1 but the till recorded %2: the customer may have been charged or served wrongly. Contact IIMMPACT support with the reference.</source>
        <translation>IIMMPACT menyenaraikan jualan ini sebagai %1 tetapi kaunter merekodkan %2: pelanggan mungkin telah dicaj atau dilayan dengan salah. Hubungi sokongan IIMMPACT dengan rujukan tersebut.</translation>
    </message>
    <message>
        <source>IIMMPACT lists this sale as %1 while the till recorded %2; neither charged it. Check its status (kaunter status %3).</source>
        <translation>IIMMPACT menyenaraikan jualan ini sebagai %1 manakala kaunter merekodkan %2; kedua-duanya tidak mengecajnya. Semak statusnya (kaunter status %3).</translation>
    </message>
    <message>
        <source>IIMMPACT recorded RM %1 for this sale, the till RM %2. Contact IIMMPACT support with the reference.</source>
        <translation>IIMMPACT merekodkan RM %1 untuk jualan ini, kaunter RM %2. Hubungi sokongan IIMMPACT dengan rujukan tersebut.</translation>
    </message>
    <message>
        <source>IIMMPACT does not list this sale although it answered it as %1. Contact IIMMPACT support with the reference; keep the customer&apos;s receipt.</source>
        <translation>IIMMPACT tidak menyenaraikan jualan ini walaupun ia menjawabnya sebagai %1. Hubungi sokongan IIMMPACT dengan rujukan tersebut; simpan resit pelanggan.</translation>
    </message>
    <message>
        <source>IIMMPACT said it had this sale but does not list it. Check its status (kaunter status %1) before selling the customer the same again.</source>
        <translation>IIMMPACT menyatakan ia mempunyai jualan ini tetapi tidak menyenaraikannya. Semak statusnya (kaunter status %1) sebelum menjual perkara yang sama kepada pelanggan sekali lagi.</translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction with this till&apos;s reference that the journal does not have (was the data folder restored from an older copy?). Contact IIMMPACT support with the reference.</source>
        <translation>IIMMPACT menyenaraikan transaksi dengan rujukan kaunter ini yang tiada dalam jurnal (adakah folder data dipulihkan daripada salinan lama?). Hubungi sokongan IIMMPACT dengan rujukan tersebut.</translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction without a reference that matches no sale of this till. It may be another till&apos;s, or made in IIMMPACT&apos;s portal: check it there.</source>
        <translation>IIMMPACT menyenaraikan transaksi tanpa rujukan yang tidak sepadan dengan mana-mana jualan kaunter ini. Ia mungkin milik kaunter lain, atau dibuat di portal IIMMPACT: semak di sana.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check with the customer before charging</source>
        <translation>Semak dengan pelanggan sebelum mengecaj</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
    <message>
        <source>Change (Esc)</source>
        <translation>Ubah (Esc)</translation>
    </message>
    <message>
        <source>Charge %1 (Enter)</source>
        <translation>Caj %1 (Enter)</translation>
    </message>
    <message>
        <source>Corrected sale: reference %1 is reused.</source>
        <translation>Jualan dibetulkan: rujukan %1 digunakan semula.</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 pada %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>The same account and amount were sold in the last %n minute(s): %1. Make sure the customer really wants a second one.</source>
        <translation>
            <numerusform>Akaun dan amaun yang sama telah dijual dalam %n minit lalu: %1. Pastikan pelanggan benar-benar mahu yang kedua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaleCsv</name>
    <message>
        <source>Refid</source>
        <translation>Refid</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dicipta</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Dikemas kini</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nama produk</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Kod status</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Nombor siri</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Cubaan</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Perlu semakan</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Berjaya</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dibayar balik</translation>
    </message>
    <message>
        <source>Needs decision</source>
        <translation>Perlu keputusan</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
</context>
<context>
    <name>SaleDetailsView</name>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Kod produk</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Pelan</translation>
    </message>
    <message>
        <source>Biller code</source>
        <translation>Kod pengebil</translation>
    </message>
    <message>
        <source>Ref-2</source>
        <translation>Ref-2</translation>
    </message>
    <message>
        <source>IC / passport</source>
        <translation>IC / pasport</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>IIMMPACT status</source>
        <translation>Status IIMMPACT</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Kod status</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Status HTTP</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Nombor siri</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Baucar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Masalah terakhir</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>At IIMMPACT</source>
        <translation>Di IIMMPACT</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Garis masa</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Permintaan dihantar</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Muktamad</translation>
    </message>
    <message>
        <source>This sale was saved before Kaunter kept a line per request: only the number of requests and the times above are known.</source>
        <translation>Jualan ini disimpan sebelum Kaunter menyimpan satu baris bagi setiap permintaan: hanya bilangan permintaan dan masa di atas yang diketahui.</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Semak status</translation>
    </message>
    <message>
        <source>Ask IIMMPACT about this sale now</source>
        <translation>Tanya IIMMPACT tentang jualan ini sekarang</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Cetak semula</translation>
    </message>
    <message>
        <source>Open voucher</source>
        <translation>Buka baucar</translation>
    </message>
    <message>
        <source>Unlock PINs</source>
        <translation>Buka kunci PIN</translation>
    </message>
    <message>
        <source>A supervisor shows the PIN of this sale</source>
        <translation>Penyelia menunjukkan PIN jualan ini</translation>
    </message>
    <message>
        <source>(link hidden)</source>
        <translation>(pautan disembunyikan)</translation>
    </message>
    <message>
        <source>Flagged for a person to check</source>
        <translation>Ditanda untuk disemak oleh seseorang</translation>
    </message>
    <message>
        <source>IIMMPACT holds a transaction for this reference</source>
        <translation>IIMMPACT mempunyai transaksi untuk rujukan ini</translation>
    </message>
    <message>
        <source>No transaction seen at IIMMPACT</source>
        <translation>Tiada transaksi dilihat di IIMMPACT</translation>
    </message>
    <message>
        <source>Saved in the journal; request 1 sent right after</source>
        <translation>Disimpan dalam jurnal; permintaan 1 dihantar sejurus selepas itu</translation>
    </message>
    <message>
        <source>Saved in the journal</source>
        <translation>Disimpan dalam jurnal</translation>
    </message>
    <message>
        <source>Request %1 sent (the same reference and details)</source>
        <translation>Permintaan %1 dihantar (rujukan dan butiran yang sama)</translation>
    </message>
    <message>
        <source>Details corrected after a refusal; to be sent again under the same reference</source>
        <translation>Butiran dibetulkan selepas ditolak; akan dihantar semula di bawah rujukan yang sama</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>kod %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>Permintaan %1: %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Choose a sale to see its details.</source>
        <translation>Pilih jualan untuk melihat butirannya.</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>IIMMPACT refused the sale.</source>
        <translation>IIMMPACT menolak jualan.</translation>
    </message>
    <message>
        <source>Not sold: %1 Nothing was charged. Correct the details and pay again.</source>
        <translation>Tidak dijual: %1 Tiada caj dikenakan. Betulkan butiran dan bayar semula.</translation>
    </message>
</context>
<context>
    <name>SaleFormPage</name>
    <message>
        <source>Back (Esc)</source>
        <translation>Kembali (Esc)</translation>
    </message>
    <message>
        <source>Pay (Enter)</source>
        <translation>Bayar (Enter)</translation>
    </message>
    <message>
        <source>%1: %2 You can still sell, but the sale may be slow or fail.</source>
        <translation>%1: %2 Anda masih boleh menjual, tetapi jualan mungkin perlahan atau gagal.</translation>
    </message>
    <message>
        <source>Correcting sale %1. No transaction was made for it, so the corrected sale keeps the same reference.</source>
        <translation>Membetulkan jualan %1. Tiada transaksi dibuat untuknya, jadi jualan yang dibetulkan mengekalkan rujukan yang sama.</translation>
    </message>
</context>
<context>
    <name>SaleFormWidget</name>
    <message>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
</context>
<context>
    <name>SaleHistoryModel</name>
    <message>
        <source>The sales journal is not open.</source>
        <translation>Jurnal jualan tidak dibuka.</translation>
    </message>
    <message>
        <source>Waiting for IIMMPACT&apos;s answer</source>
        <translation>Menunggu jawapan IIMMPACT</translation>
    </message>
    <message>
        <source>Being processed by IIMMPACT</source>
        <translation>Sedang diproses oleh IIMMPACT</translation>
    </message>
    <message>
        <source>Not known yet: Kaunter keeps checking</source>
        <translation>Belum diketahui: Kaunter terus menyemak</translation>
    </message>
    <message>
        <source>Not sent: needs a supervisor&apos;s decision</source>
        <translation>Tidak dihantar: perlu keputusan penyelia</translation>
    </message>
    <message>
        <source>Refused by IIMMPACT: nothing charged</source>
        <translation>Ditolak oleh IIMMPACT: tiada caj</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Berjaya</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Refunded by IIMMPACT</source>
        <translation>Dibayar balik oleh IIMMPACT</translation>
    </message>
    <message>
        <source>Voided: never sent</source>
        <translation>Dibatalkan: tidak dihantar</translation>
    </message>
    <message>
        <source>%1 (to be reviewed)</source>
        <translation>%1 (perlu disemak)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Dalam proses</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Menyemak</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Perlu keputusan</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dibayar balik</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SaleReport</name>
    <message>
        <source>Succesful</source>
        <translation type="vanished">Berjaya</translation>
    </message>
    <message>
        <source>Failed at the provider (final; a new attempt is a new sale)</source>
        <translation>Gagal di pihak pembekal (muktamad; cubaan baharu ialah jualan baharu)</translation>
    </message>
    <message>
        <source>Refund (voided)</source>
        <translation>Bayaran balik (dibatalkan)</translation>
    </message>
    <message>
        <source>Rejected: no transaction was created; correct it with --refid %1</source>
        <translation>Ditolak: tiada transaksi dicipta; betulkannya dengan --refid %1</translation>
    </message>
    <message>
        <source>Still pending (%1): journaled; run `kaunter recover` or `kaunter status %2` later</source>
        <translation>Masih belum selesai (%1): direkodkan dalam jurnal; jalankan `kaunter recover` atau `kaunter status %2` kemudian</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
    <message>
        <source>IC / passport</source>
        <translation>IC / pasport</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>Kod status</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Nombor siri</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <source>Voucher link</source>
        <translation>Pautan baucar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Sebab</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Semakan</translation>
    </message>
    <message>
        <source>the server&apos;s answer did not match this sale; check it before giving or refunding anything</source>
        <translation>jawapan pelayan tidak sepadan dengan jualan ini; semaknya sebelum memberi atau membayar balik apa-apa</translation>
    </message>
    <message>
        <source>Rejected before sending (nothing was journaled or sent): %1</source>
        <translation>Ditolak sebelum dihantar (tiada apa-apa direkodkan atau dihantar): %1</translation>
    </message>
    <message>
        <source>  (review)</source>
        <translation>  (semak)</translation>
    </message>
    <message>
        <source>Voided: never sent, nothing charged; reference %1 is never used again</source>
        <translation>Dibatalkan: tidak dihantar, tiada caj; rujukan %1 tidak akan digunakan lagi</translation>
    </message>
    <message>
        <source>Not sent, needs a decision: IIMMPACT has no transaction for this old sale; `kaunter send %1` sends it now (same reference), `kaunter void %1` voids it</source>
        <translation>Tidak dihantar, perlu keputusan: IIMMPACT tiada transaksi untuk jualan lama ini; `kaunter send %1` menghantarnya sekarang (rujukan sama), `kaunter void %1` membatalkannya</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Berjaya</translation>
    </message>
</context>
<context>
    <name>SettledSaleNotice</name>
    <message>
        <source>Open sale</source>
        <translation>Buka jualan</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Earlier sale %1 (%2, %3): %4</source>
        <translation>Jualan terdahulu %1 (%2, %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>(%n lagi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftCloseDialog</name>
    <message>
        <source>Cashier: %1
Opened: %2
Opening float: %3
Sales: %4, of which pending: %5</source>
        <translation>Juruwang: %1
Dibuka: %2
Wang apungan awal: %3
Jualan: %4, daripadanya belum selesai: %5</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Tutup syif</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter the total.</source>
        <translation>Kira wang tunai dalam laci dan masukkan jumlahnya.</translation>
    </message>
    <message>
        <source>e.g. 245.50</source>
        <translation>cth. 245.50</translation>
    </message>
    <message>
        <source>The drawer matches.</source>
        <translation>Wang dalam laci sepadan.</translation>
    </message>
    <message>
        <source>The drawer is short.</source>
        <translation>Wang dalam laci kurang.</translation>
    </message>
    <message>
        <source>The drawer is over.</source>
        <translation>Wang dalam laci lebih.</translation>
    </message>
    <message>
        <source>%1 closed. Expected %2, counted %3, variance %4. %5</source>
        <translation>%1 ditutup. Dijangka %2, dikira %3, varians %4. %5</translation>
    </message>
    <message>
        <source>Reconcile with IIMMPACT</source>
        <translation>Sesuaikan dengan IIMMPACT</translation>
    </message>
    <message>
        <source>Compare this shift&apos;s sales with IIMMPACT&apos;s transaction list</source>
        <translation>Bandingkan jualan syif ini dengan senarai transaksi IIMMPACT</translation>
    </message>
</context>
<context>
    <name>ShiftCommand</name>
    <message>
        <source>A shift is already open (%1, since %2). Close it before opening another.</source>
        <translation>Syif sudah dibuka (%1, sejak %2). Tutupnya sebelum membuka syif lain.</translation>
    </message>
    <message>
        <source>Shift opened for %1 at %2 with a float of %3.</source>
        <translation>Syif dibuka untuk %1 pada %2 dengan wang apungan %3.</translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation>Tiada syif dibuka.</translation>
    </message>
    <message>
        <source>No shift is open; there is nothing to close.</source>
        <translation>Tiada syif dibuka; tiada apa-apa untuk ditutup.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Z-report No. %1 written to %2.</source>
        <translation>Laporan Z No. %1 ditulis ke %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: PDF output needs the graphics libraries.</source>
        <translation>Tidak dapat menulis %1: output PDF memerlukan pustaka grafik.</translation>
    </message>
</context>
<context>
    <name>ShiftController</name>
    <message>
        <source>Open shift…</source>
        <translation>Buka syif…</translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation>Tutup syif…</translation>
    </message>
    <message>
        <source>Z-reports…</source>
        <translation>Laporan Z…</translation>
    </message>
    <message>
        <source>This till has no IIMMPACT connection configured.</source>
        <translation>Kaunter ini tiada sambungan IIMMPACT yang dikonfigurasi.</translation>
    </message>
</context>
<context>
    <name>ShiftLedger</name>
    <message>
        <source>The sale journal is not open; no shift can be recorded.</source>
        <translation>Jurnal jualan tidak dibuka; tiada syif boleh direkodkan.</translation>
    </message>
    <message>
        <source>A shift needs the cashier&apos;s name.</source>
        <translation>Syif memerlukan nama juruwang.</translation>
    </message>
    <message>
        <source>The cashier&apos;s name is too long (at most %1 characters).</source>
        <translation>Nama juruwang terlalu panjang (paling banyak %1 aksara).</translation>
    </message>
    <message>
        <source>The cashier&apos;s name contains a control character.</source>
        <translation>Nama juruwang mengandungi aksara kawalan.</translation>
    </message>
    <message>
        <source>Z-report No. %1 is damaged in the journal and cannot be shown.</source>
        <translation>Laporan Z No. %1 rosak dalam jurnal dan tidak dapat ditunjukkan.</translation>
    </message>
    <message>
        <source>The opening float must be an amount from RM 0.00 up; nothing was recorded.</source>
        <translation>Wang apungan awal mesti amaun RM 0.00 ke atas; tiada apa-apa direkodkan.</translation>
    </message>
    <message>
        <source>opening a shift</source>
        <translation>membuka syif</translation>
    </message>
    <message>
        <source>A shift is already open (%1, since %2). Close it before opening another.</source>
        <translation>Syif sudah dibuka (%1, sejak %2). Tutupnya sebelum membuka syif lain.</translation>
    </message>
    <message>
        <source>Error while %1: %2</source>
        <translation>Ralat semasa %1: %2</translation>
    </message>
    <message>
        <source>A shift is already open. Close it before opening another.</source>
        <translation>Syif sudah dibuka. Tutupnya sebelum membuka syif lain.</translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation>Tiada syif dibuka.</translation>
    </message>
    <message>
        <source>No shift is open; there is nothing to close.</source>
        <translation>Tiada syif dibuka; tiada apa-apa untuk ditutup.</translation>
    </message>
    <message>
        <source>closing the shift</source>
        <translation>menutup syif</translation>
    </message>
    <message>
        <source>The counted cash must be an amount from RM 0.00 up; the shift stays open.</source>
        <translation>Wang tunai yang dikira mesti amaun RM 0.00 ke atas; syif kekal dibuka.</translation>
    </message>
    <message>
        <source>There is no Z-report No. %1 in this journal.</source>
        <translation>Tiada Laporan Z No. %1 dalam jurnal ini.</translation>
    </message>
    <message>
        <source>No shift has been closed in this journal yet; there is no Z-report.</source>
        <translation>Belum ada syif ditutup dalam jurnal ini; tiada laporan Z.</translation>
    </message>
</context>
<context>
    <name>ShiftOpenDialog</name>
    <message>
        <source>Open shift</source>
        <translation>Buka syif</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Juruwang</translation>
    </message>
    <message>
        <source>e.g. 100.00</source>
        <translation>cth. 100.00</translation>
    </message>
    <message>
        <source>Cash float in the drawer</source>
        <translation>Wang apungan dalam laci</translation>
    </message>
</context>
<context>
    <name>ShiftSummary</name>
    <message>
        <source>Successful</source>
        <translation>Berjaya</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Belum selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dibayar balik</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>The simulator is already running on port %1.</source>
        <translation>Simulator sudah berjalan pada port %1.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>Tidak dapat mendengar pada %1 port %2.</translation>
    </message>
</context>
<context>
    <name>StaleSaleLookup</name>
    <message>
        <source>IIMMPACT&apos;s transaction list did not answer in time.</source>
        <translation>Senarai transaksi IIMMPACT tidak menjawab dalam masa.</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list could not be read: %1</source>
        <translation>Senarai transaksi IIMMPACT tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list answered without a list.</source>
        <translation>Senarai transaksi IIMMPACT menjawab tanpa senarai.</translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction with reference %1.</source>
        <translation>IIMMPACT menyenaraikan transaksi dengan rujukan %1.</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT&apos;s transaction list has more than %n row(s) for this account and product; it was not read to the end.</source>
        <translation>
            <numerusform>Senarai transaksi IIMMPACT mempunyai lebih daripada %n baris untuk akaun dan produk ini; ia tidak dibaca hingga habis.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT lists one transaction with this sale&apos;s product, account, amount and time (the list shows no reference).</source>
        <translation>IIMMPACT menyenaraikan satu transaksi dengan produk, akaun, amaun dan masa jualan ini (senarai tidak menunjukkan rujukan).</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT lists %n transaction(s) like this sale without a reference: none can be proved to be this one.</source>
        <translation>
            <numerusform>IIMMPACT menyenaraikan %n transaksi seperti jualan ini tanpa rujukan: tiada satu pun boleh dibuktikan sebagai jualan ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT has no transaction for this sale.</source>
        <translation>IIMMPACT tiada transaksi untuk jualan ini.</translation>
    </message>
</context>
<context>
    <name>StaleSaleResolver</name>
    <message>
        <source>%1 Re-querying it.</source>
        <translation>%1 Menanyanya semula.</translation>
    </message>
    <message>
        <source>Sale %1 was not voided: %2 It is re-queried instead.</source>
        <translation>Jualan %1 tidak dibatalkan: %2 Ia ditanya semula sebagai ganti.</translation>
    </message>
    <message>
        <source>Voided by decision: %1 Never sent; reference %2 is never used again.</source>
        <translation>Dibatalkan melalui keputusan: %1 Tidak dihantar; rujukan %2 tidak akan digunakan lagi.</translation>
    </message>
    <message>
        <source>Not sent, needs a decision: %1 Sending it now would create a transaction long after the sale.</source>
        <translation>Tidak dihantar, perlu keputusan: %1 Menghantarnya sekarang akan mencipta transaksi lama selepas jualan.</translation>
    </message>
    <message>
        <source>%1 Not sent; asked again later.</source>
        <translation>%1 Tidak dihantar; akan ditanya semula kemudian.</translation>
    </message>
    <message>
        <source>Sale %1 was not voided: IIMMPACT could not be asked whether it has the transaction (%2). Try again.</source>
        <translation>Jualan %1 tidak dibatalkan: IIMMPACT tidak dapat ditanya sama ada ia mempunyai transaksi itu (%2). Cuba lagi.</translation>
    </message>
    <message>
        <source>The sales journal could not read sale %1 (%2). Nothing was sent.</source>
        <translation>Jurnal jualan tidak dapat membaca jualan %1 (%2). Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>The sales journal could not record sale %1 (%2). Nothing was sent.</source>
        <translation>Jurnal jualan tidak dapat merekodkan jualan %1 (%2). Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>There is no sale %1 in the journal.</source>
        <translation>Tiada jualan %1 dalam jurnal.</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not waiting for a decision: nothing was sent.</source>
        <translation>Jualan %1 berstatus %2, bukan menunggu keputusan: tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>Sent by decision after IIMMPACT had no transaction for it.</source>
        <translation>Dihantar melalui keputusan selepas IIMMPACT tiada transaksi untuknya.</translation>
    </message>
    <message>
        <source>The sales journal could not record the decision for sale %1 (%2). Nothing was sent.</source>
        <translation>Jurnal jualan tidak dapat merekodkan keputusan untuk jualan %1 (%2). Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>The sales journal could not read sale %1 (%2). Nothing was sent; recovery sends it.</source>
        <translation>Jurnal jualan tidak dapat membaca jualan %1 (%2). Tiada apa-apa dihantar; pemulihan akan menghantarnya.</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not waiting for a decision: it was not voided.</source>
        <translation>Jualan %1 berstatus %2, bukan menunggu keputusan: ia tidak dibatalkan.</translation>
    </message>
    <message>
        <source>Sale %1 is being sent: it was not voided.</source>
        <translation>Jualan %1 sedang dihantar: ia tidak dibatalkan.</translation>
    </message>
</context>
<context>
    <name>SuccessPage</name>
    <message>
        <source>Sale successful</source>
        <translation>Jualan berjaya</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Rujukan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Nombor siri</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Baucar</translation>
    </message>
    <message>
        <source>Open voucher</source>
        <translation>Buka baucar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Kongsi</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>Cetak (Ctrl+P)</translation>
    </message>
    <message>
        <source>New sale (Enter)</source>
        <translation>Jualan baharu (Enter)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Salin %1</translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <source>The supervisor PIN has %1 to %2 digits.</source>
        <translation>PIN penyelia mempunyai %1 hingga %2 digit.</translation>
    </message>
    <message>
        <source>The supervisor PIN has digits only.</source>
        <translation>PIN penyelia hanya mengandungi digit.</translation>
    </message>
    <message>
        <source>Choose a supervisor PIN that is not one digit repeated or a run like 1234.</source>
        <translation>Pilih PIN penyelia yang bukan satu digit berulang atau urutan seperti 1234.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>Fail tetapan %1 tidak dapat ditulis.</translation>
    </message>
</context>
<context>
    <name>SupervisorPinDialog</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>PIN penyelia</translation>
    </message>
    <message>
        <source>%1

A supervisor enters the supervisor PIN.</source>
        <translation>%1

Penyelia memasukkan PIN penyelia.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Sahkan</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN.</source>
        <translation>PIN penyelia salah.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>Terlalu banyak PIN salah: cuba lagi dalam %n saat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored supervisor PIN is damaged. Set it again in the settings; until then supervisor actions are refused.</source>
        <translation>PIN penyelia yang disimpan rosak. Tetapkannya semula dalam tetapan; sehingga itu tindakan penyelia ditolak.</translation>
    </message>
</context>
<context>
    <name>SupervisorPinSetupDialog</name>
    <message>
        <source>Set the supervisor PIN</source>
        <translation>Tetapkan PIN penyelia</translation>
    </message>
    <message>
        <source>%1

This till has no supervisor PIN yet. Choose one now (%2 to %3 digits): from now on it is asked before PINs are shown and before a supervisor&apos;s decisions.</source>
        <translation>%1

Kaunter ini belum ada PIN penyelia. Pilih satu sekarang (%2 hingga %3 digit): mulai sekarang ia diminta sebelum PIN ditunjukkan dan sebelum keputusan penyelia.</translation>
    </message>
    <message>
        <source>New supervisor PIN</source>
        <translation>PIN penyelia baharu</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>PIN yang sama sekali lagi</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Tetapkan PIN</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the new PIN twice.</source>
        <translation>Kedua-dua PIN tidak sama. Taip PIN baharu dua kali.</translation>
    </message>
</context>
<context>
    <name>TopupCall</name>
    <message>
        <source>The payment request was cancelled; its outcome is unknown.</source>
        <translation>Permintaan bayaran telah dibatalkan; keputusannya tidak diketahui.</translation>
    </message>
</context>
<context>
    <name>VoucherHelper</name>
    <message>
        <source>Only web (http or https) voucher links can be shown.</source>
        <translation>Hanya pautan baucar web (http atau https) boleh ditunjukkan.</translation>
    </message>
</context>
<context>
    <name>VoucherViewer</name>
    <message>
        <source>Only web (http or https) voucher links can be shown.</source>
        <translation>Hanya pautan baucar web (http atau https) boleh ditunjukkan.</translation>
    </message>
    <message>
        <source>The voucher viewer is not installed (looked for %1).</source>
        <translation>Pemapar baucar tidak dipasang (dicari di %1).</translation>
    </message>
    <message>
        <source>The voucher viewer could not be started: %1</source>
        <translation>Pemapar baucar tidak dapat dimulakan: %1</translation>
    </message>
    <message>
        <source>The voucher viewer stopped before it could show the voucher (exit code %1).</source>
        <translation>Pemapar baucar berhenti sebelum dapat menunjukkan baucar (kod keluar %1).</translation>
    </message>
</context>
<context>
    <name>VoucherWebView</name>
    <message>
        <source>Voucher – %1</source>
        <translation>Baucar – %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat semula</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Laman:</translation>
    </message>
    <message>
        <source>This window only shows pages from this site.</source>
        <translation>Tetingkap ini hanya menunjukkan halaman daripada laman ini.</translation>
    </message>
    <message>
        <source>Voucher site</source>
        <translation>Laman baucar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Voucher page</source>
        <translation>Halaman baucar</translation>
    </message>
    <message>
        <source>This page tried to leave the voucher site and was stopped.</source>
        <translation>Halaman ini cuba meninggalkan laman baucar dan telah dihalang.</translation>
    </message>
    <message>
        <source>This page tried to open another window and was stopped.</source>
        <translation>Halaman ini cuba membuka tetingkap lain dan telah dihalang.</translation>
    </message>
    <message>
        <source>The voucher page could not be loaded. Check the connection and press Reload.</source>
        <translation>Halaman baucar tidak dapat dimuatkan. Semak sambungan dan tekan Muat semula.</translation>
    </message>
    <message>
        <source>This page tried to download a file and was stopped.</source>
        <translation>Halaman ini cuba memuat turun fail dan telah dihalang.</translation>
    </message>
</context>
<context>
    <name>ZReport</name>
    <message>
        <source>Z-report No. %1</source>
        <translation>Laporan Z No. %1</translation>
    </message>
    <message>
        <source>Shift in progress</source>
        <translation>Syif sedang berjalan</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Juruwang</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Sales by product (cash taken)</source>
        <translation>Jualan mengikut produk (wang tunai diterima)</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>Tiada jualan</translation>
    </message>
    <message>
        <source>of which pending</source>
        <translation>daripadanya belum selesai</translation>
    </message>
    <message>
        <source>Sales by status</source>
        <translation>Jualan mengikut status</translation>
    </message>
    <message>
        <source>Pending sales: cash taken, outcome not known yet</source>
        <translation>Jualan belum selesai: wang tunai diterima, keputusan belum diketahui</translation>
    </message>
    <message>
        <source>Earlier pending sales that failed: cash handed back from this drawer</source>
        <translation>Jualan belum selesai terdahulu yang gagal: wang tunai dipulangkan dari laci ini</translation>
    </message>
    <message>
        <source>Earlier pending sales still without an outcome (not counted here)</source>
        <translation>Jualan belum selesai terdahulu yang masih tiada keputusan (tidak dikira di sini)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Wang tunai</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Wang apungan awal</translation>
    </message>
    <message>
        <source>Successful sales</source>
        <translation>Jualan berjaya</translation>
    </message>
    <message>
        <source>Pending sales</source>
        <translation>Jualan belum selesai</translation>
    </message>
    <message>
        <source>Handed back for earlier sales</source>
        <translation>Dipulangkan untuk jualan terdahulu</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Wang tunai dijangka</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Wang tunai dikira</translation>
    </message>
    <message>
        <source>Variance (counted - expected)</source>
        <translation>Varians (dikira - dijangka)</translation>
    </message>
    <message>
        <source>IIMMPACT wallet balance</source>
        <translation>Baki dompet IIMMPACT</translation>
    </message>
    <message>
        <source>At open</source>
        <translation>Semasa dibuka</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>Semasa ditutup</translation>
    </message>
    <message>
        <source>Sales with an unreadable amount (counted as 0)</source>
        <translation>Jualan dengan amaun yang tidak boleh dibaca (dikira sebagai 0)</translation>
    </message>
</context>
<context>
    <name>ZReportCsv</name>
    <message>
        <source>Section</source>
        <translation>Bahagian</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Bilangan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amaun</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Butiran</translation>
    </message>
</context>
<context>
    <name>ZReportPdf</name>
    <message>
        <source>Could not write the Z-report to %1. Check that the folder exists and can be written to.</source>
        <translation>Tidak dapat menulis laporan Z ke %1. Pastikan folder wujud dan boleh ditulis.</translation>
    </message>
</context>
<context>
    <name>ZReportsDialog</name>
    <message>
        <source>Z-reports</source>
        <translation>Laporan Z</translation>
    </message>
    <message>
        <source>Closed shifts</source>
        <translation>Syif yang ditutup</translation>
    </message>
    <message>
        <source>Reconcile with IIMMPACT</source>
        <translation>Sesuaikan dengan IIMMPACT</translation>
    </message>
    <message>
        <source>Compare this shift&apos;s sales with IIMMPACT&apos;s transaction list</source>
        <translation>Bandingkan jualan syif ini dengan senarai transaksi IIMMPACT</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksport PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksport CSV…</translation>
    </message>
    <message>
        <source>No. %1  ·  %2  ·  %3</source>
        <translation>No. %1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>No shift has been closed yet.</source>
        <translation>Belum ada syif ditutup.</translation>
    </message>
    <message>
        <source>Export Z-report</source>
        <translation>Eksport laporan Z</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 saved as %2</source>
        <translation>%1 disimpan sebagai %2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Print this Z-report again on the receipt printer</source>
        <translation>Cetak semula laporan Z ini pada pencetak resit</translation>
    </message>
</context>
</TS>
