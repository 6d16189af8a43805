<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiConfig</name>
    <message>
        <source>KAUNTER_API_BASE / API base URL is not a valid http(s) URL: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAUNTER_API_BASE / API base URL must not end in /v2 (it is added per call): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAUNTER_API_BASE / API base URL must not carry a query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAUNTER_API_KEY / API key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAUNTER_API_SECRET / HMAC secret is empty or not valid Base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KAUNTER_CA_BUNDLE / CA bundle &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillPresentmentView</name>
    <message>
        <source>Checking the account with the biller…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider reports a service interruption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance answer has no balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Configuration error: %1. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales journal in %1 cannot be opened: %2 Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication problem (check KAUNTER_API_KEY, KAUNTER_API_SECRET, the clock and the IP allowlist): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--refid %1 is not in the journal: --refid only corrects a Rejected sale. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is %2: it has (or may have) a transaction, so it is never sent with other details. Use `kaunter status %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is not in the journal; status never creates a transaction. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to recover: no pending sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) still pending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No data folder: pass --data-dir or set KAUNTER_DATA_DIR. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This command sends nothing while another process drives the journal in %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is Rejected: IIMMPACT created no transaction for it, so there is nothing to ask. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is %2: it was never sent and status never sends a sale. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 never got an answer from IIMMPACT: asking would send it, and status never sends a sale. `kaunter recover` resumes it. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is not in the journal. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is %2, not waiting for a decision: send and void only act on a sale that is NeedsDecision. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 was not voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The IIMMPACT wallet balance was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The IIMMPACT wallet balance was not recorded: no answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: secrets are never accepted as command-line arguments; set KAUNTER_API_KEY and KAUNTER_API_SECRET in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--refid needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--poll-interval needs a number of seconds &gt;= 0, e.g. 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deadline needs a number of seconds &gt; 0, e.g. 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one REFID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status &quot;%1&quot; is not a status; use pending, New, Accepted, Processing, Unknown, Rejected, Successful, Failed, Refund, NeedsDecision or Voided (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt needs --format pdf, png or escpos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not a receipt format; use pdf, png or escpos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width &quot;%1&quot; is not a paper width; use 58 or 80 (mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift needs one action: open, status or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with shift %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift %1 needs --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--float: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zreport takes at most one Z number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Z-report number (1, 2, 3...).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconcile needs exactly one of --date YYYY-MM-DD (a day in Malaysian time, e.g. 2025-03-31) and --shift [N] (Z-report N&apos;s shift; no N: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shift takes at most one Z number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DenominationPicker</name>
    <message>
        <source>Amount in RM, e.g. 50.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in ringgit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ringgit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicePrinterTransport</name>
    <message>
        <source>Kaunter is not allowed to use the printer. Ask the person who set up this till to add its user to the &quot;lp&quot; group (USB printers) or the &quot;dialout&quot; group (serial printers) and to log in again, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriverLock</name>
    <message>
        <source>The lock file %1 cannot be created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaunter is already running on this journal: process %1 (%2) on %3 has held it since %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaunter is already running on this journal (the lock file %1 was written at %2 and names no process yet).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <source>Reason given by IIMMPACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell again as a new sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale voided (refunded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · RM %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT voided this sale and returned the amount to the wallet. Give the customer their money back. Selling again makes a new sale with a new reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureReasons</name>
    <message>
        <source>The provider did not complete the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number or account: it may be wrong, barred or terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant account is suspended. Call IIMMPACT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid product or format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service unavailable. Try later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale was voided and refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate sale, or the daily limit for this account is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid amount for this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not complete the sale (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was not charged for this sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the number with the customer. Selling again makes a new sale with a new reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another amount. Selling again makes a new sale with a new reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not retry now; tell the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling again makes a new sale with a new reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FavouritesStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON; starting with no favourites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenericProductForm</name>
    <message>
        <source>e.g. 012-345 6789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use plain letters, digits and punctuation only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The biller does not know this account (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the biller to confirm the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Kaunter point of sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: an IIMMPACT simulator inside Kaunter answers; no money moves. Uses its own journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of the journal and local files (default: KAUNTER_DATA_DIR, else the per-user data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaunter cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo simulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured for selling: %1. Set KAUNTER_API_BASE, KAUNTER_API_KEY and KAUNTER_API_SECRET, or start with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaunter is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales journal cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Journal: %2

Kaunter does not sell without its journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kaunter is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Only one Kaunter may sell from this journal (%2) at a time. Use the window that is already open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Sales whose final status is not known yet. Kaunter keeps checking them in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IIMMPACT for the balance now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: a simulator inside Kaunter answers. No money moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT staging: test sales only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT production: every sale is real money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT CONFIGURED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IIMMPACT address that is neither staging nor production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(last known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IIMMPACT account is read-only: it cannot sell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low balance: below %1. Top up the IIMMPACT wallet soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier sales: find one, check its status, reprint its receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift of %1. F10: close the shift, or see the Z-reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open. F10: open a shift, or see the Z-reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal %1: this till&apos;s id, the start of every sale&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Sales history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (or its start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending (not final yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (nothing charged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sale of this list as a spreadsheet file (never a PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the PIN of sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN stays hidden: no supervisor PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN shown until you choose another sale or leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kaunter-sales-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>Enter the customer&apos;s passport number: the law on money laundering (AMLA) requires it for this payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s IC number: the law on money laundering (AMLA) requires it for this payment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IimmpactClient</name>
    <message>
        <source>KAUNTER_CA_BUNDLE / CA bundle &quot;%1&quot; holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network layer repeated the request and the repeat was refused (%1); the payment outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network layer repeated the request and the repeat was refused (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer from IIMMPACT within the time limit; the payment outcome is unknown and will be re-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to IIMMPACT failed before a complete answer arrived; the payment outcome is unknown and will be re-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT answered with a redirect (HTTP %1), which is not followed; the payment outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT refused the request (HTTP %1): check the API key, secret, clock and IP allowlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT asks to slow down; retrying in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT server error (HTTP %1); the payment outcome is unknown and will be re-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP 400 without a readable body; the payment outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP 400 with an unexpected transaction status; the payment outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP 400 without an explanation; the payment outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected HTTP %1 from IIMMPACT; the payment outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT sent a web page instead of a payment answer; the outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT sent an unreadable payment answer; the outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer holds no transaction; the outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer holds no transaction status; the outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT reported the unrecognised status &quot;%1&quot;; the outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer does not match the request (%1); the outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete answer from IIMMPACT within the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to IIMMPACT failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT asks to slow down; try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT sent an unreadable answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JomPay</name>
    <message>
        <source>Enter the JomPAY biller code (4 to 6 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The biller code contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a biller code. A JomPAY biller code has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JomPAY biller code has 4 to 6 digits, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Ref-1: the account or bill number printed next to the JomPAY logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref-1 contains &quot;%1&quot;, which is not a plain keyboard character. Type it with the letters A to Z, the digits 0 to 9, &quot;/&quot; and &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in Ref-1. Use only letters, digits, &quot;/&quot; and &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref-1 can have at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This biller requires Ref-2. Enter it as printed on the bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref-2 contains &quot;%1&quot;, which is not a plain keyboard character. Use English letters, digits and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref-2 can have at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JomPayForm</name>
    <message>
        <source>Biller name or code, e.g. TNB or 5454</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MyKad (Malaysian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport (non-Malaysian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s IC or passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked this number against the customer&apos;s
MyKad or passport (required by AMLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed next to the JomPAY logo on the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref-1 (account or bill number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref-2 (required by this biller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n biller(s): type part of the name or the code.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the biller list… You can also type the biller code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The biller does not know this Ref-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This biller needs Ref-2: it is printed on the bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the biller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Ref-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This biller needs Ref-2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the biller to confirm the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the payer&apos;s IC or passport number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that you checked the number against the customer&apos;s document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer IC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No biller matches &quot;%1&quot;. Try the biller code or another part of the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The sale journal is not open; nothing can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale journal %1 is locked by another program (is Kaunter already running on this data folder?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale journal %1 is read-only; sales cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale journal %1 cannot be opened for writing (no permission, or the folder is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale journal %1 is damaged or is not a Kaunter journal. It has been left untouched; restore it from a backup or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the sale journal %1 is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale journal %1 could not be read or written (input/output error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale journal refused an inconsistent record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale journal %1 reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data folder was given for the sale journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created; sales cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale journal %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not installed; the sale journal cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale journal %1 was written by a newer version of Kaunter (schema %2; this version understands up to %3). It has been left untouched; install the newer Kaunter to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale journal %1 cannot use write-ahead logging (SQLite kept journal mode &quot;%2&quot;; the file system may not support it, or the file is read-only). Sales are refused because they could not be recorded durably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale journal %1 cannot be set to synchronous=FULL (SQLite reports %2). Sales are refused because they could not be recorded durably.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the journal to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the sale journal to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale journal %1 was written by a newer version of Kaunter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocating a refid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is incomplete (refid, product, account, amount and request body are required); nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refid %1 is already in the journal; a refid is never reused for another sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction of sale %1 is incomplete (product, account, amount and request body are required); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correcting sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sale %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is %2; only a rejected sale (no transaction was created) can be corrected under the same refid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording an attempt for sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the outcome of sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer for sale %1 was about a request body that is no longer the journaled one; it was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is %2%3; it cannot become %4. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and IIMMPACT has a transaction for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is %2; no request is sent for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KaunterServices</name>
    <message>
        <source>No data folder: pass --data-dir or set KAUNTER_DATA_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kaunter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 continues in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens %1 links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking sale %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT refused our credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales journal cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Kaunter stops sending sales until the journal works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · RM %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher viewer unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Open the voucher in the system web browser instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier sale %1 (%2) was never sent and IIMMPACT has no transaction for it: a supervisor decides under Pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not sent, needs a decision: %n sale(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not sent, needs a decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the sale on screen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking IIMMPACT about sale %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT cannot be asked about this sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaskedIdEdit</name>
    <message>
        <source>Passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 900101-14-5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type again to change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobileDataForm</name>
    <message>
        <source>e.g. 017-885 5286</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the number to see the plans offered to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the plans for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT offers no plans for this number. Check the number and the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) for this number:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the plans for this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a mobile number. Use only the digits 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Malaysian number. Only Malaysian mobile numbers (+60 1x...) can be reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number has the wrong length after the country code 60: a mobile number has 9 or 10 digits after 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a mobile number. Malaysian mobile numbers start with 01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0%1 numbers are landlines, not mobile numbers. Enter a mobile number starting with 01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>015 numbers are internet-phone numbers, not mobile numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mobile numbers have %2 digits (with the leading 0); this one has %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobileReloadForm</name>
    <message>
        <source>e.g. 012-345 6789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter the amount like 12.30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in an amount. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more than one dot. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a dot, not a comma, before the sen: enter the amount like 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thousands commas in this amount are in the wrong place. Enter the amount like 1,234.56 or 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a 0 before the dot, like 0.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the sen after the dot, like 12.00, or leave out the dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount has at most 2 decimals (sen). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has too many digits. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than RM 0.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available for this product. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot contain a space (%1 found). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyKad</name>
    <message>
        <source>Johor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kedah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kelantan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negeri Sembilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pahang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulau Pinang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perlis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selangor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terengganu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sabah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sarawak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP Kuala Lumpur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP Labuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WP Putrajaya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom and Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japan, Korea, Taiwan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caribbean, Central America, Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USA, Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IC number (12 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old IC numbers (a letter and 7 digits) are not accepted. Ask for the 12-digit MyKad number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IC number contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in an IC number. Use only the digits 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC number must have 12 digits, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1 is not a valid month in this IC number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day %1 is not a valid day in this IC number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in this IC number (%1/%2/%3, day/month/year) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place-of-birth code %1 is not issued. Check digits 7 and 8 of the IC number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassportNumber</name>
    <message>
        <source>Enter the passport number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a 12-digit MyKad number; it is taken as an IC number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the &quot;&lt;&quot; filler characters: type only the passport number as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a passport number. Use only the letters A to Z and the digits 0 to 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passport number is too short: it must have 6 to 12 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passport number is too long: it must have 6 to 12 letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passport number has at least one digit. Check the number on the passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passport number cannot be one character repeated. Check the number on the passport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a Malaysian passport. Malaysians must give their MyKad (IC) number: ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentEngine</name>
    <message>
        <source>There is no sale %1 to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is %2, not Rejected: it may already have a transaction, so it can only be re-queried, never sent with different details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales journal is not open. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same sale (%1) was sent a moment ago and is still in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale could not be saved in the journal (%1). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer did not match this sale (refid, product, account or amount differ); it was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final answer without a usable status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending answer without a usable status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 400 for a sale that already has a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the server (HTTP 429); retrying after %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No usable answer from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server now reports %1 for this %2 sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales journal could not record sale %1 (%2). Nothing more is sent for it until the journal works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT answered Failed 54 (duplicate transaction or daily limit) twice for this accepted sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT answered Failed 54 (duplicate transaction: this reference may exist with other details); not taken as final, re-queried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored request differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is saved in the journal but could not be read back (%2). It was not sent now; it stays pending and recovery sends it once the journal works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <source>Sale still pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT has not given a final answer yet. The sale may still succeed: do NOT refund the customer and do NOT sell it again. Kaunter keeps checking with the same reference in the background; the header counts it until it is settled. Give the customer the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · RM %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for review: the answer did not match the sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingSalesDialog</name>
    <message>
        <source>Sales that need a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent, needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These sales were saved but never answered, and IIMMPACT has no transaction for them. Kaunter does not send them on its own: the customer may have left long ago. A supervisor decides: Send now (same reference, same details) or Void (never sent; nothing is charged; the reference is never used again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with IIMMPACT before voiding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RM %1 · %2 · %3
%4 · saved %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale needs a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send sale %1 to IIMMPACT now, with the same reference and details?

%2

The customer is charged if it succeeds. Only when the customer is here and still wants it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void this sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale %1? It is never sent and nothing is charged; its reference is never used again. Kaunter asks IIMMPACT once more first.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send sale %1 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done: the supervisor PIN was not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is voided: never sent, nothing charged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintResult</name>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer refused the connection. Check that it is switched on and that the printer address and port are right, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not answer. Check that it is switched on and that its network cable is plugged in, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not taking the receipt. Check that the cover is closed, that there is paper and that the printer shows no error, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is out of paper. Put in a new roll, close the cover, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is not connected. Check its USB or serial cable and that it is switched on, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be sent to the printer. Check the printer, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingPage</name>
    <message>
        <source>Do not take the customer&apos;s money back and do not sell again while this is open: the sale may already be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in background (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the next customer. This sale stays pending and Kaunter keeps checking it; the header shows it until it is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale is recorded on this till and is being sent to IIMMPACT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT accepted the sale and will process it shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider is processing the sale. Most sales finish within 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer yet (%1). Kaunter asks again with the same reference; the customer is never charged twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking IIMMPACT again (check %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for IIMMPACT…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JomPAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTPTN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift Cards &amp; Vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductBrowser</name>
    <message>
        <source>Search products (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or remove the selected product from the favourites (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell %1 (F%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading products from IIMMPACT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product list could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1: %2 Sales may be slow or fail; you can still sell.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductCatalogue</name>
    <message>
        <source>The product list has no &quot;data&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>⚠ Interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service interruption: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, service interruption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <source>Choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product code is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product code may only hold letters A-Z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account or mobile number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account number is too long or holds invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-product code holds invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PTPTN account type (sub-product).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data plan (sub-product).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The remarks are too long (at most %n characters).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PtptnForm</name>
    <message>
        <source>Find accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower&apos;s or saver&apos;s IC number (MyKad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IC number, then find the PTPTN and SSPN accounts linked to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Find accounts (or Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the accounts for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PTPTN or SSPN account is linked to this IC number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) linked to this IC:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IC number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the accounts linked to this IC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the accounts linked to this IC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT returned no account number for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTPTN / SSPN account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>PAID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED - NOT CHARGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOIDED - REFUNDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SENT - CORRECT AND RETRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PENDING - DO NOT REPEAT THIS SALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING - NO MONEY MOVED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biller code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC / passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID - NEVER SENT, NOT CHARGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT SENT - SUPERVISOR DECISION NEEDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reg. no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account type code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN (hidden on copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden on copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet. Keep this slip: the shop will check reference %1 and give you the result. Do not pay again for this sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptCommand</name>
    <message>
        <source>Sale %1 is not in the journal: there is no receipt to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt for %1 could not be drawn. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt for %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptImage</name>
    <message>
        <source>Could not write the receipt to %1. Check that the folder exists and can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Choose the receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 did not take the receipt. Check that it is on and installed, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer address is set (host or host:port). Set it in the printer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer device is set (for example /dev/usb/lp0). Set it in the printer settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The sale itself is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>z-report-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Missing at IIMMPACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation of %1 (Malaysian time), till %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n sale(s) in the journal,</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) at IIMMPACT,</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n transaction(s) of other tills of this account not compared.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n sale(s) never sent to IIMMPACT (rejected, waiting for a decision or voided).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  Still pending in the till: %1 (%2, RM %3); recovery settles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal and IIMMPACT agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, RM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reference, IIMMPACT id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1, account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till: %1. IIMMPACT: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list was not read in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reconciliation report was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation of Z-report No. %1&apos;s shift, %2 to %3, till %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Z-report yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileReportFile</name>
    <message>
        <source>No data folder or day for the reconciliation report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileResultView</name>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing at IIMMPACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing in the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile with IIMMPACT compares this shift&apos;s sales, from its opening to its close, with IIMMPACT&apos;s transaction list, and lists every difference with what to do. It only reads: nothing is sent or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 against IIMMPACT&apos;s transaction list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared: IIMMPACT&apos;s transaction list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Nothing is known about differences. Try again when IIMMPACT answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) in the till,</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) at IIMMPACT,</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Still pending in the till: %1 (RM %2); the till keeps checking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till and IIMMPACT agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the till and IIMMPACT.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, RM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none; IIMMPACT id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product %1, account %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>IIMMPACT&apos;s transaction list was not read in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period to reconcile is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT cannot be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list answered without a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT&apos;s transaction list has more than %n page(s) for this period; it was not read to the end.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>(no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT has this sale (%1) although the till is waiting for a decision on it: do not void it. Check its status (kaunter recover) so that the till records the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction (%1) for a sale the till recorded as %2 and never charged. Contact IIMMPACT support with the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT has finished this sale (%1) but the till still shows it as pending. Check its status (kaunter recover) so that the till records the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT lists this sale as %1 while the till recorded %2. Check its status again later (kaunter status %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT refunded this sale after the till recorded it as successful: the product was voided. Check its status (kaunter status %1) so that the till records the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT lists this sale as %1 but the till recorded %2: the customer may have been charged or served wrongly. Contact IIMMPACT support with the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT lists this sale as %1 while the till recorded %2; neither charged it. Check its status (kaunter status %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT recorded RM %1 for this sale, the till RM %2. Contact IIMMPACT support with the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT does not list this sale although it answered it as %1. Contact IIMMPACT support with the reference; keep the customer&apos;s receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT said it had this sale but does not list it. Check its status (kaunter status %1) before selling the customer the same again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction with this till&apos;s reference that the journal does not have (was the data folder restored from an older copy?). Contact IIMMPACT support with the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction without a reference that matches no sale of this till. It may be another till&apos;s, or made in IIMMPACT&apos;s portal: check it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check with the customer before charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge %1 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected sale: reference %1 is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The same account and amount were sold in the last %n minute(s): %1. Make sure the customer really wants a second one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaleCsv</name>
    <message>
        <source>Refid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleDetailsView</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biller code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC / passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At IIMMPACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale was saved before Kaunter kept a line per request: only the number of requests and the times above are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask IIMMPACT about this sale now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor shows the PIN of this sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(link hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for a person to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT holds a transaction for this reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction seen at IIMMPACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the journal; request 1 sent right after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 sent (the same reference and details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details corrected after a refusal; to be sent again under the same reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sale to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>IIMMPACT refused the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sold: %1 Nothing was charged. Correct the details and pay again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleFormPage</name>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 You can still sell, but the sale may be slow or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting sale %1. No transaction was made for it, so the corrected sale keeps the same reference.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleFormWidget</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleHistoryModel</name>
    <message>
        <source>The sales journal is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for IIMMPACT&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being processed by IIMMPACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: Kaunter keeps checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: needs a supervisor&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by IIMMPACT: nothing charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded by IIMMPACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to be reviewed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleReport</name>
    <message>
        <source>Failed at the provider (final; a new attempt is a new sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund (voided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: no transaction was created; correct it with --refid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still pending (%1): journaled; run `kaunter recover` or `kaunter status %2` later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC / passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer did not match this sale; check it before giving or refunding anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected before sending (nothing was journaled or sent): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided: never sent, nothing charged; reference %1 is never used again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent, needs a decision: IIMMPACT has no transaction for this old sale; `kaunter send %1` sends it now (same reference), `kaunter void %1` voids it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettledSaleNotice</name>
    <message>
        <source>Open sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier sale %1 (%2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 245.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed. Expected %2, counted %3, variance %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile with IIMMPACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this shift&apos;s sales with IIMMPACT&apos;s transaction list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftCommand</name>
    <message>
        <source>A shift is already open (%1, since %2). Close it before opening another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift opened for %1 at %2 with a float of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open; there is nothing to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-report No. %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: PDF output needs the graphics libraries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftController</name>
    <message>
        <source>Open shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till has no IIMMPACT connection configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftLedger</name>
    <message>
        <source>The sale journal is not open; no shift can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift needs the cashier&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cashier&apos;s name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cashier&apos;s name contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z-report No. %1 is damaged in the journal and cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening float must be an amount from RM 0.00 up; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is already open (%1, since %2). Close it before opening another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is already open. Close it before opening another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open; there is nothing to close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counted cash must be an amount from RM 0.00 up; the shift stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Z-report No. %1 in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift has been closed in this journal yet; there is no Z-report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftOpenDialog</name>
    <message>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 100.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash float in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftSummary</name>
    <message>
        <source>Successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>The simulator is already running on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleSaleLookup</name>
    <message>
        <source>IIMMPACT&apos;s transaction list did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list answered without a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction with reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT&apos;s transaction list has more than %n row(s) for this account and product; it was not read to the end.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT lists one transaction with this sale&apos;s product, account, amount and time (the list shows no reference).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT lists %n transaction(s) like this sale without a reference: none can be proved to be this one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT has no transaction for this sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleSaleResolver</name>
    <message>
        <source>%1 Re-querying it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 was not voided: %2 It is re-queried instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided by decision: %1 Never sent; reference %2 is never used again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent, needs a decision: %1 Sending it now would create a transaction long after the sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Not sent; asked again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 was not voided: IIMMPACT could not be asked whether it has the transaction (%2). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales journal could not read sale %1 (%2). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales journal could not record sale %1 (%2). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sale %1 in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is %2, not waiting for a decision: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by decision after IIMMPACT had no transaction for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales journal could not record the decision for sale %1 (%2). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales journal could not read sale %1 (%2). Nothing was sent; recovery sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is %2, not waiting for a decision: it was not voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 is being sent: it was not voided.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuccessPage</name>
    <message>
        <source>Sale successful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sale (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <source>The supervisor PIN has %1 to %2 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor PIN has digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supervisor PIN that is not one digit repeated or a run like 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPinDialog</name>
    <message>
        <source>Supervisor PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

A supervisor enters the supervisor PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong supervisor PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The stored supervisor PIN is damaged. Set it again in the settings; until then supervisor actions are refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPinSetupDialog</name>
    <message>
        <source>Set the supervisor PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

This till has no supervisor PIN yet. Choose one now (%2 to %3 digits): from now on it is asked before PINs are shown and before a supervisor&apos;s decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New supervisor PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Type the new PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopupCall</name>
    <message>
        <source>The payment request was cancelled; its outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherHelper</name>
    <message>
        <source>Only web (http or https) voucher links can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherViewer</name>
    <message>
        <source>Only web (http or https) voucher links can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher viewer is not installed (looked for %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher viewer could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher viewer stopped before it could show the voucher (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoucherWebView</name>
    <message>
        <source>Voucher – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window only shows pages from this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page tried to leave the voucher site and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page tried to open another window and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher page could not be loaded. Check the connection and press Reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page tried to download a file and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZReport</name>
    <message>
        <source>Z-report No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by product (cash taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending sales: cash taken, outcome not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier pending sales that failed: cash handed back from this drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier pending sales still without an outcome (not counted here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed back for earlier sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance (counted - expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIMMPACT wallet balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales with an unreadable amount (counted as 0)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZReportCsv</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZReportPdf</name>
    <message>
        <source>Could not write the Z-report to %1. Check that the folder exists and can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZReportsDialog</name>
    <message>
        <source>Z-reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconcile with IIMMPACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this shift&apos;s sales with IIMMPACT&apos;s transaction list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1  ·  %2  ·  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift has been closed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Z-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this Z-report again on the receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
