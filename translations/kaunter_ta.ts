<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta">
<context>
    <name>ApiConfig</name>
    <message>
        <source>KAUNTER_API_BASE / API base URL is not a valid http(s) URL: &quot;%1&quot;</source>
        <translation>KAUNTER_API_BASE / API அடிப்படை URL சரியான http(s) URL அல்ல: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>KAUNTER_API_BASE / API base URL must not end in /v2 (it is added per call): &quot;%1&quot;</source>
        <translation>KAUNTER_API_BASE / API அடிப்படை URL /v2 இல் முடியக்கூடாது (ஒவ்வொரு அழைப்பிலும் அது சேர்க்கப்படும்): &quot;%1&quot;</translation>
    </message>
    <message>
        <source>KAUNTER_API_BASE / API base URL must not carry a query or fragment</source>
        <translation>KAUNTER_API_BASE / API அடிப்படை URL இல் query அல்லது fragment இருக்கக்கூடாது</translation>
    </message>
    <message>
        <source>KAUNTER_API_KEY / API key is empty</source>
        <translation>KAUNTER_API_KEY / API key காலியாக உள்ளது</translation>
    </message>
    <message>
        <source>KAUNTER_API_SECRET / HMAC secret is empty or not valid Base64</source>
        <translation>KAUNTER_API_SECRET / HMAC secret காலியாக உள்ளது அல்லது சரியான Base64 அல்ல</translation>
    </message>
    <message>
        <source>KAUNTER_CA_BUNDLE / CA bundle &quot;%1&quot; cannot be read</source>
        <translation>KAUNTER_CA_BUNDLE / CA bundle &quot;%1&quot; ஐ படிக்க முடியவில்லை</translation>
    </message>
</context>
<context>
    <name>BillPresentmentView</name>
    <message>
        <source>Checking the account with the biller…</source>
        <translation>பில்லரிடம் கணக்கைச் சரிபார்க்கிறது…</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>சர்வர் HTTP %1 என பதிலளித்தது.</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>சர்வரிடமிருந்து பதில் இல்லை.</translation>
    </message>
    <message>
        <source>The provider reports a service interruption.</source>
        <translation>சேவையில் தடங்கல் உள்ளதாக வழங்குநர் தெரிவிக்கிறார்.</translation>
    </message>
    <message>
        <source>The balance answer has no balance.</source>
        <translation>இருப்பு பதிலில் இருப்புத் தொகை இல்லை.</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>பில்லர்</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>நிலுவைத் தொகை</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>கணக்கு இருப்பு</translation>
    </message>
    <message>
        <source>Data balance</source>
        <translation>டேட்டா இருப்பு</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>முகவரி</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Configuration error: %1. Nothing was sent.</source>
        <translation>அமைப்புப் பிழை: %1. எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>The sales journal in %1 cannot be opened: %2 Nothing was sent.</source>
        <translation>%1 இல் உள்ள விற்பனைப் பதிவேட்டைத் திறக்க முடியவில்லை: %2 எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>Authentication problem (check KAUNTER_API_KEY, KAUNTER_API_SECRET, the clock and the IP allowlist): %1</source>
        <translation>அங்கீகாரப் பிரச்சினை (KAUNTER_API_KEY, KAUNTER_API_SECRET, கடிகாரம், IP allowlist ஆகியவற்றைச் சரிபார்க்கவும்): %1</translation>
    </message>
    <message>
        <source>--refid %1 is not in the journal: --refid only corrects a Rejected sale. Nothing was sent.</source>
        <translation>--refid %1 பதிவேட்டில் இல்லை: --refid நிராகரிக்கப்பட்ட (Rejected) விற்பனையை மட்டுமே திருத்தும். எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>Sale %1 is %2: it has (or may have) a transaction, so it is never sent with other details. Use `kaunter status %1`.</source>
        <translation>விற்பனை %1 %2 நிலையில் உள்ளது: அதற்கு பரிவர்த்தனை உள்ளது (அல்லது இருக்கலாம்), எனவே வேறு விவரங்களுடன் ஒருபோதும் அனுப்பப்படாது. `kaunter status %1` ஐப் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>Sale %1: %2</source>
        <translation>விற்பனை %1: %2</translation>
    </message>
    <message>
        <source>Sale %1 is not in the journal; status never creates a transaction. Nothing was sent.</source>
        <translation>விற்பனை %1 பதிவேட்டில் இல்லை; status ஒருபோதும் பரிவர்த்தனையை உருவாக்காது. எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>Nothing to recover: no pending sales.</source>
        <translation>மீட்க எதுவும் இல்லை: நிலுவையில் உள்ள விற்பனை இல்லை.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) still pending.</source>
        <translation>
            <numerusform>%n விற்பனை இன்னும் நிலுவையில் உள்ளது.</numerusform>
            <numerusform>%n விற்பனைகள் இன்னும் நிலுவையில் உள்ளன.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data folder: pass --data-dir or set KAUNTER_DATA_DIR. Nothing was sent.</source>
        <translation>டேட்டா கோப்புறை இல்லை: --data-dir கொடுக்கவும் அல்லது KAUNTER_DATA_DIR அமைக்கவும். எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>%1 This command sends nothing while another process drives the journal in %2. Nothing was sent.</source>
        <translation>%1 %2 இல் உள்ள பதிவேட்டை வேறொரு process இயக்கும்போது இந்தக் கட்டளை எதையும் அனுப்பாது. எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>Sale %1 is Rejected: IIMMPACT created no transaction for it, so there is nothing to ask. Nothing was sent.</source>
        <translation>விற்பனை %1 நிராகரிக்கப்பட்டது (Rejected): IIMMPACT அதற்குப் பரிவர்த்தனை எதுவும் உருவாக்கவில்லை, எனவே கேட்க எதுவும் இல்லை. எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>Sale %1 is %2: it was never sent and status never sends a sale. Nothing was sent.</source>
        <translation>விற்பனை %1 %2 நிலையில் உள்ளது: அது ஒருபோதும் அனுப்பப்படவில்லை, status ஒருபோதும் விற்பனையை அனுப்பாது. எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>Sale %1 never got an answer from IIMMPACT: asking would send it, and status never sends a sale. `kaunter recover` resumes it. Nothing was sent.</source>
        <translation>விற்பனை %1 க்கு IIMMPACT இடமிருந்து பதில் வரவில்லை: கேட்டால் அது அனுப்பப்படும், status ஒருபோதும் விற்பனையை அனுப்பாது. `kaunter recover` அதைத் தொடரும். எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>Sale %1 is not in the journal. Nothing was sent.</source>
        <translation>விற்பனை %1 பதிவேட்டில் இல்லை. எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not waiting for a decision: send and void only act on a sale that is NeedsDecision. Nothing was sent.</source>
        <translation>விற்பனை %1 %2 நிலையில் உள்ளது, முடிவுக்காகக் காத்திருக்கவில்லை: send, void இரண்டும் NeedsDecision நிலையிலுள்ள விற்பனைக்கு மட்டுமே. எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>Sale %1 was not voided.</source>
        <translation>விற்பனை %1 ரத்து (void) செய்யப்படவில்லை.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ஐ எழுத முடியவில்லை: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) written to %1.</source>
        <translation>
            <numerusform>%n விற்பனை %1 இல் எழுதப்பட்டது.</numerusform>
            <numerusform>%n விற்பனைகள் %1 இல் எழுதப்பட்டன.</numerusform>
        </translation>
    </message>
    <message>
        <source>The IIMMPACT wallet balance was not recorded: %1</source>
        <translation>IIMMPACT wallet இருப்பு பதிவு செய்யப்படவில்லை: %1</translation>
    </message>
    <message numerus="yes">
        <source>The IIMMPACT wallet balance was not recorded: no answer within %n second(s).</source>
        <translation>
            <numerusform>IIMMPACT wallet இருப்பு பதிவு செய்யப்படவில்லை: %n வினாடிக்குள் பதில் இல்லை.</numerusform>
            <numerusform>IIMMPACT wallet இருப்பு பதிவு செய்யப்படவில்லை: %n வினாடிகளுக்குள் பதில் இல்லை.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>No command given.</source>
        <translation>கட்டளை எதுவும் கொடுக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>தெரியாத கட்டளை &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: secrets are never accepted as command-line arguments; set KAUNTER_API_KEY and KAUNTER_API_SECRET in the environment.</source>
        <translation>%1: secrets ஒருபோதும் கட்டளை வரி arguments ஆக ஏற்கப்படாது; KAUNTER_API_KEY, KAUNTER_API_SECRET ஐ environment இல் அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>எதிர்பாராத argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 given more than once.</source>
        <translation>--%1 ஒன்றுக்கு மேற்பட்ட முறை கொடுக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>pay needs --%1.</source>
        <translation>pay க்கு --%1 தேவை.</translation>
    </message>
    <message>
        <source>--refid needs a value.</source>
        <translation>--refid க்கு ஒரு மதிப்பு தேவை.</translation>
    </message>
    <message>
        <source>--poll-interval needs a number of seconds &gt;= 0, e.g. 0.5.</source>
        <translation>--poll-interval க்கு &gt;= 0 வினாடிகள் எண் தேவை, எ.கா. 0.5.</translation>
    </message>
    <message>
        <source>--deadline needs a number of seconds &gt; 0, e.g. 30.</source>
        <translation>--deadline க்கு &gt; 0 வினாடிகள் எண் தேவை, எ.கா. 30.</translation>
    </message>
    <message>
        <source>%1 needs exactly one REFID.</source>
        <translation>%1 க்கு சரியாக ஒரு REFID தேவை.</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation>--%1 க்கு YYYY-MM-DD வடிவில் தேதி தேவை, எ.கா. 2025-03-31.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1, --to %2 க்குப் பிறகு உள்ளது.</translation>
    </message>
    <message>
        <source>--status &quot;%1&quot; is not a status; use pending, New, Accepted, Processing, Unknown, Rejected, Successful, Failed, Refund, NeedsDecision or Voided (comma-separated).</source>
        <translation>--status &quot;%1&quot; ஒரு நிலை அல்ல; pending, New, Accepted, Processing, Unknown, Rejected, Successful, Failed, Refund, NeedsDecision அல்லது Voided பயன்படுத்தவும் (காற்புள்ளியால் பிரித்து).</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 க்கு ஒரு மதிப்பு தேவை.</translation>
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
        <translation type="vanished">பயன்பாடு:
  kaunter [--demo] [--data-dir DIR]   கவுண்டரைத் தொடங்கு (திரை தேவை)
  kaunter pay --product CODE --account ACC --amount AMT [--subproduct CODE]
              [--ic NUMBER] [--passport] [--biller CODE] [--ref2 REF] [--remarks TEXT]
              [--refid REFID] [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter status REFID [--json]
  kaunter recover [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter history [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status NAME[,NAME]|pending]
                  [--account ACC] [--product CODE] [--refid REFID[*]] [--csv FILE] [--json]
                                  புதியது முதலில்; தேதிகள் இந்த முனையத்தின் உள்ளூர் நாட்கள்,
                                  இரண்டும் உட்பட; REFID* ஒரு தொடக்கத்துடன் பொருந்தும்; --csv
                                  விற்பனைகளை FILE இல் எழுதும் (UTF-8, spreadsheet க்கு; PIN ஒருபோதும் இல்லை)
  kaunter send REFID [--poll-interval SECONDS] [--deadline SECONDS] [--json]
                                  முடிவு தேவைப்படும் விற்பனையை இப்போது அனுப்பு (அதே refid, அதே body)
  kaunter void REFID [--deadline SECONDS] [--json]
                                  முடிவு தேவைப்படும் விற்பனையை ஒருபோதும் அனுப்பாதே (refid மீண்டும் பயன்படுத்தப்படாது)
  kaunter receipt REFID --format pdf|png|escpos --out FILE [--width 58|80] [--copy] [--json]
                                  ஒரு விற்பனையின் ரசீதை எழுது: pdf (80 mm பக்கம்), png
                                  (384/576-dot சீட்டு), escpos (பிரிண்டர் வேலையின் bytes);
                                  --width இயல்பாகக் கவுண்டரின் காகித அமைப்பு; --copy
                                  மீண்டும் அச்சிட்டதை COPY எனக் குறித்து PIN, வவுச்சர் இணைப்பை மறைக்கும்
  kaunter reconcile --date YYYY-MM-DD [--json]
                                  அந்த மலேசிய நாளுக்கான IIMMPACT பரிவர்த்தனைப் பட்டியலுடன்
                                  பதிவேட்டை ஒப்பிடு; டேட்டா கோப்புறையின் reports கோப்புறையில் சேமிக்கப்படும்
  kaunter shift open --cashier NAME --float AMOUNT [--json]
  kaunter shift status [--json]   திறந்துள்ள ஷிஃப்ட் இதுவரை: தயாரிப்பு, நிலை வாரியாக விற்பனை
  kaunter shift close --counted AMOUNT [--json]
                                  முதலில் டிராயரை எண்ணுங்கள்: எதிர்பார்க்கும் ரொக்கமும்
                                  வித்தியாசமும் எண்ணிய பிறகே அச்சிடப்படும்
  kaunter zreport [N] [--csv FILE] [--pdf FILE] [--json]
                                  Z-report N ஐ மீண்டும் அச்சிடு (இயல்பு: கடைசியானது), அல்லது ஏற்றுமதி செய்
  kaunter --help | --version
கவுண்டர் விருப்பங்கள்:
  --demo          பயிற்சி முறை: Kaunter இல் உள்ள IIMMPACT simulator பதிலளிக்கும்; பணம் நகராது;
                  தனி பதிவேடு
  --data-dir DIR  பதிவேடு மற்றும் உள்ளூர் கோப்புகளின் கோப்புறை
ஒவ்வொரு கட்டளையும் --data-dir DIR ஐயும் ஏற்கும். டேட்டா கோப்புறை --data-dir, இல்லையெனில்
KAUNTER_DATA_DIR, இல்லையெனில் ~/.local/share/Kaunter (Windows: %LOCALAPPDATA%\Kaunter),
கவுண்டருக்கும் ஒவ்வொரு கட்டளைக்கும் ஒன்றே; --demo அதன் demo துணைக்கோப்புறையைப் பயன்படுத்தும்.
அமைப்பு environment இலிருந்து மட்டுமே: KAUNTER_API_BASE (/v2 இல்லாமல்),
KAUNTER_API_KEY, KAUNTER_API_SECRET (Base64), KAUNTER_DATA_DIR, KAUNTER_CA_BUNDLE.
வெளியேறும் குறியீடுகள்:
   0  Succesful (வெற்றி)
  10  Failed (தோல்வி)
  11  Refund (பணம் திருப்பி)
  12  Voided: முடிவின்படி ஒருபோதும் அனுப்பப்படவில்லை; கட்டணம் இல்லை
  20  Rejected: எந்தப் பரிவர்த்தனையும் உருவாகும் முன் மறுக்கப்பட்டது
  30  இன்னும் நிலுவையில், முடிவு தேவைப்படுபவை உட்பட (பதிவேட்டில் உள்ளது, மீட்கலாம்)
   2  பயன்பாடு, அமைப்பு அல்லது அங்கீகாரப் பிழை, நிலுவையில் எதுவும் இல்லை;
      reconcile: IIMMPACT பட்டியலைப் படிக்க முடியவில்லை (எதுவும் ஒப்பிடப்படவில்லை)
   3  வேறொரு Kaunter process இந்தப் பதிவேட்டை இயக்குகிறது (lock பிடிக்கப்பட்டுள்ளது)
  40  reconcile: பதிவேடும் IIMMPACT உம் வேறுபடுகின்றன (ஒவ்வொரு வேறுபாடும் என்ன செய்ய வேண்டும் என்பதுடன் பட்டியலிடப்படும்)
</translation>
    </message>
    <message>
        <source>receipt needs --format pdf, png or escpos.</source>
        <translation>receipt க்கு --format pdf, png அல்லது escpos தேவை.</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not a receipt format; use pdf, png or escpos.</source>
        <translation>--format &quot;%1&quot; ரசீது வடிவம் அல்ல; pdf, png அல்லது escpos பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>--width &quot;%1&quot; is not a paper width; use 58 or 80 (mm).</source>
        <translation>--width &quot;%1&quot; காகித அகலம் அல்ல; 58 அல்லது 80 (mm) பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>receipt needs --out FILE.</source>
        <translation>receipt க்கு --out FILE தேவை.</translation>
    </message>
    <message>
        <source>reconcile needs --date YYYY-MM-DD (a day in Malaysian time), e.g. 2025-03-31.</source>
        <translation type="vanished">reconcile க்கு --date YYYY-MM-DD தேவை (மலேசிய நேரப்படி ஒரு நாள்), எ.கா. 2025-03-31.</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation>--date க்கு YYYY-MM-DD வடிவில் தேதி தேவை, எ.கா. 2025-03-31.</translation>
    </message>
    <message>
        <source>shift needs one action: open, status or close.</source>
        <translation>shift க்கு ஒரு செயல் தேவை: open, status அல்லது close.</translation>
    </message>
    <message>
        <source>--%1 does not go with shift %2.</source>
        <translation>--%1, shift %2 உடன் பொருந்தாது.</translation>
    </message>
    <message>
        <source>shift %1 needs --%2.</source>
        <translation>shift %1 க்கு --%2 தேவை.</translation>
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
        <translation>zreport அதிகபட்சம் ஒரு Z எண்ணை மட்டுமே ஏற்கும்.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Z-report number (1, 2, 3...).</source>
        <translation>&quot;%1&quot; ஒரு Z-report எண் அல்ல (1, 2, 3...).</translation>
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
        <translation>பயன்பாடு:
  kaunter [--demo] [--data-dir DIR]   கவுண்டரைத் தொடங்கு (திரை தேவை)
  kaunter pay --product CODE --account ACC --amount AMT [--subproduct CODE]
              [--ic NUMBER] [--passport] [--biller CODE] [--ref2 REF] [--remarks TEXT]
              [--refid REFID] [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter status REFID [--json]
  kaunter recover [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter history [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status NAME[,NAME]|pending]
                  [--account ACC] [--product CODE] [--refid REFID[*]] [--csv FILE] [--json]
                                  புதியது முதலில்; தேதிகள் இந்த முனையத்தின் உள்ளூர் நாட்கள்,
                                  இரண்டும் உட்பட; REFID* ஒரு தொடக்கத்துடன் பொருந்தும்; --csv
                                  விற்பனைகளை FILE இல் எழுதும் (UTF-8, spreadsheet க்கு; PIN ஒருபோதும் இல்லை)
  kaunter send REFID [--poll-interval SECONDS] [--deadline SECONDS] [--json]
                                  முடிவு தேவைப்படும் விற்பனையை இப்போது அனுப்பு (அதே refid, அதே body)
  kaunter void REFID [--deadline SECONDS] [--json]
                                  முடிவு தேவைப்படும் விற்பனையை ஒருபோதும் அனுப்பாதே (refid மீண்டும் பயன்படுத்தப்படாது)
  kaunter receipt REFID --format pdf|png|escpos --out FILE [--width 58|80] [--copy] [--json]
                                  ஒரு விற்பனையின் ரசீதை எழுது: pdf (80 mm பக்கம்), png
                                  (384/576-dot சீட்டு), escpos (பிரிண்டர் வேலையின் bytes);
                                  --width இயல்பாகக் கவுண்டரின் காகித அமைப்பு; --copy
                                  மீண்டும் அச்சிட்டதை COPY எனக் குறித்து PIN, வவுச்சர் இணைப்பை மறைக்கும்
  kaunter reconcile --date YYYY-MM-DD [--json]
                                  அந்த மலேசிய நாளுக்கான IIMMPACT பரிவர்த்தனைப் பட்டியலுடன்
                                  பதிவேட்டை ஒப்பிடு; டேட்டா கோப்புறையின் reports கோப்புறையில் சேமிக்கப்படும்
  kaunter reconcile --shift [N] [--json]
                                  அதையே Z-report N இன் ஷிஃப்டுக்குச் செய், திறந்தது முதல் மூடியது வரை
                                  (N இல்லையெனில்: கடைசி Z-report)
  kaunter shift open --cashier NAME --float AMOUNT [--json]
  kaunter shift status [--json]   திறந்துள்ள ஷிஃப்ட் இதுவரை: தயாரிப்பு, நிலை வாரியாக விற்பனை
  kaunter shift close --counted AMOUNT [--json]
                                  முதலில் டிராயரை எண்ணுங்கள்: எதிர்பார்க்கும் ரொக்கமும்
                                  வித்தியாசமும் எண்ணிய பிறகே அச்சிடப்படும்
  kaunter zreport [N] [--csv FILE] [--pdf FILE] [--json]
                                  Z-report N ஐ மீண்டும் அச்சிடு (இயல்பு: கடைசியானது), அல்லது ஏற்றுமதி செய்
  kaunter --help | --version
கவுண்டர் விருப்பங்கள்:
  --demo          பயிற்சி முறை: Kaunter இல் உள்ள IIMMPACT simulator பதிலளிக்கும்; பணம் நகராது;
                  தனி பதிவேடு
  --data-dir DIR  பதிவேடு மற்றும் உள்ளூர் கோப்புகளின் கோப்புறை
ஒவ்வொரு கட்டளையும் --data-dir DIR ஐயும் ஏற்கும். டேட்டா கோப்புறை --data-dir, இல்லையெனில்
KAUNTER_DATA_DIR, இல்லையெனில் ~/.local/share/Kaunter (Windows: %LOCALAPPDATA%\Kaunter),
கவுண்டருக்கும் ஒவ்வொரு கட்டளைக்கும் ஒன்றே; --demo அதன் demo துணைக்கோப்புறையைப் பயன்படுத்தும்.
அமைப்பு environment இலிருந்து மட்டுமே: KAUNTER_API_BASE (/v2 இல்லாமல்),
KAUNTER_API_KEY, KAUNTER_API_SECRET (Base64), KAUNTER_DATA_DIR, KAUNTER_CA_BUNDLE.
வெளியேறும் குறியீடுகள்:
   0  Successful (வெற்றி)
  10  Failed (தோல்வி)
  11  Refund (பணம் திருப்பி)
  12  Voided: முடிவின்படி ஒருபோதும் அனுப்பப்படவில்லை; கட்டணம் இல்லை
  20  Rejected: எந்தப் பரிவர்த்தனையும் உருவாகும் முன் மறுக்கப்பட்டது
  30  இன்னும் நிலுவையில், முடிவு தேவைப்படுபவை உட்பட (பதிவேட்டில் உள்ளது, மீட்கலாம்)
   2  பயன்பாடு, அமைப்பு அல்லது அங்கீகாரப் பிழை, நிலுவையில் எதுவும் இல்லை;
      reconcile: IIMMPACT பட்டியலைப் படிக்க முடியவில்லை (எதுவும் ஒப்பிடப்படவில்லை)
   3  வேறொரு Kaunter process இந்தப் பதிவேட்டை இயக்குகிறது (lock பிடிக்கப்பட்டுள்ளது)
  40  reconcile: பதிவேடும் IIMMPACT உம் வேறுபடுகின்றன (ஒவ்வொரு வேறுபாடும் என்ன செய்ய வேண்டும் என்பதுடன் பட்டியலிடப்படும்)
</translation>
    </message>
    <message>
        <source>reconcile needs exactly one of --date YYYY-MM-DD (a day in Malaysian time, e.g. 2025-03-31) and --shift [N] (Z-report N&apos;s shift; no N: the latest).</source>
        <translation>reconcile க்கு --date YYYY-MM-DD (மலேசிய நேரப்படி ஒரு நாள், எ.கா. 2025-03-31), --shift [N] (Z-report N இன் ஷிஃப்ட்; N இல்லையெனில்: கடைசியானது) ஆகிய இரண்டில் சரியாக ஒன்று தேவை.</translation>
    </message>
    <message>
        <source>--shift takes at most one Z number.</source>
        <translation>--shift அதிகபட்சம் ஒரு Z எண்ணை மட்டுமே ஏற்கும்.</translation>
    </message>
</context>
<context>
    <name>DenominationPicker</name>
    <message>
        <source>Amount in RM, e.g. 50.00</source>
        <translation>RM இல் தொகை, எ.கா. 50.00</translation>
    </message>
    <message>
        <source>Amount in ringgit</source>
        <translation>ரிங்கிட்டில் தொகை</translation>
    </message>
    <message>
        <source>%1 ringgit</source>
        <translation>%1 ரிங்கிட்</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>%1 முதல் %2 வரை</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>குறைந்தது %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>அதிகபட்சம் %1</translation>
    </message>
    <message>
        <source>Not an amount.</source>
        <translation>இது ஒரு தொகை அல்ல.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>தொகை பூஜ்ஜியத்தை விட அதிகமாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>The minimum is %1.</source>
        <translation>குறைந்தபட்சம் %1.</translation>
    </message>
    <message>
        <source>The maximum is %1.</source>
        <translation>அதிகபட்சம் %1.</translation>
    </message>
</context>
<context>
    <name>DevicePrinterTransport</name>
    <message>
        <source>Kaunter is not allowed to use the printer. Ask the person who set up this till to add its user to the &quot;lp&quot; group (USB printers) or the &quot;dialout&quot; group (serial printers) and to log in again, then press Retry.</source>
        <translation>Kaunter பிரிண்டரைப் பயன்படுத்த அனுமதி இல்லை. இந்த கவுண்டரை அமைத்தவரிடம் அதன் பயனரை &quot;lp&quot; குழுவில் (USB பிரிண்டர்கள்) அல்லது &quot;dialout&quot; குழுவில் (serial பிரிண்டர்கள்) சேர்த்து மீண்டும் login செய்யச் சொல்லுங்கள், பிறகு மீண்டும் முயற்சி அழுத்தவும்.</translation>
    </message>
</context>
<context>
    <name>DriverLock</name>
    <message>
        <source>The lock file %1 cannot be created (%2).</source>
        <translation>lock கோப்பு %1 ஐ உருவாக்க முடியவில்லை (%2).</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>அனுமதி மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>தெரியாத பிழை</translation>
    </message>
    <message>
        <source>Kaunter is already running on this journal: process %1 (%2) on %3 has held it since %4.</source>
        <translation>Kaunter ஏற்கனவே இந்தப் பதிவேட்டில் இயங்குகிறது: %3 இல் உள்ள process %1 (%2) %4 முதல் அதைப் பிடித்துள்ளது.</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>தெரியாத நிரல்</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>இந்தக் கணினி</translation>
    </message>
    <message>
        <source>Kaunter is already running on this journal (the lock file %1 was written at %2 and names no process yet).</source>
        <translation>Kaunter ஏற்கனவே இந்தப் பதிவேட்டில் இயங்குகிறது (lock கோப்பு %1, %2 இல் எழுதப்பட்டது, இன்னும் process பெயர் இல்லை).</translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <source>Reason given by IIMMPACT</source>
        <translation>IIMMPACT கொடுத்த காரணம்</translation>
    </message>
    <message>
        <source>Sell again as a new sale</source>
        <translation>புதிய விற்பனையாக மீண்டும் விற்கவும்</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>முடிந்தது (Enter)</translation>
    </message>
    <message>
        <source>Sale voided (refunded)</source>
        <translation>விற்பனை ரத்து செய்யப்பட்டது (பணம் திருப்பி தரப்பட்டது)</translation>
    </message>
    <message>
        <source>Sale failed</source>
        <translation>விற்பனை தோல்வி</translation>
    </message>
    <message>
        <source>%1 · %2 · RM %3</source>
        <translation>%1 · %2 · RM %3</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>குறிப்பு எண் %1</translation>
    </message>
    <message>
        <source>IIMMPACT voided this sale and returned the amount to the wallet. Give the customer their money back. Selling again makes a new sale with a new reference.</source>
        <translation>IIMMPACT இந்த விற்பனையை ரத்து செய்து தொகையை wallet க்குத் திருப்பியது. வாடிக்கையாளருக்குப் பணத்தைத் திருப்பிக் கொடுங்கள். மீண்டும் விற்றால் புதிய குறிப்பு எண்ணுடன் புதிய விற்பனை ஆகும்.</translation>
    </message>
</context>
<context>
    <name>FailureReasons</name>
    <message>
        <source>The provider did not complete the sale.</source>
        <translation>வழங்குநர் விற்பனையை முடிக்கவில்லை.</translation>
    </message>
    <message>
        <source>Invalid number or account: it may be wrong, barred or terminated.</source>
        <translation>தவறான எண் அல்லது கணக்கு: அது தவறாகவோ, தடைசெய்யப்பட்டதாகவோ, நிறுத்தப்பட்டதாகவோ இருக்கலாம்.</translation>
    </message>
    <message>
        <source>The merchant account is suspended. Call IIMMPACT support.</source>
        <translation>வணிகர் கணக்கு இடைநிறுத்தப்பட்டுள்ளது. IIMMPACT support ஐ அழைக்கவும்.</translation>
    </message>
    <message>
        <source>Service temporarily unavailable.</source>
        <translation>சேவை தற்காலிகமாகக் கிடைக்கவில்லை.</translation>
    </message>
    <message>
        <source>Invalid product or format.</source>
        <translation>தவறான தயாரிப்பு அல்லது வடிவம்.</translation>
    </message>
    <message>
        <source>Out of stock.</source>
        <translation>ஸ்டாக் இல்லை.</translation>
    </message>
    <message>
        <source>Service unavailable. Try later.</source>
        <translation>சேவை கிடைக்கவில்லை. பிறகு முயற்சிக்கவும்.</translation>
    </message>
    <message>
        <source>Rejected by the operator.</source>
        <translation>ஆபரேட்டர் நிராகரித்தார்.</translation>
    </message>
    <message>
        <source>The sale was voided and refunded.</source>
        <translation>விற்பனை ரத்து செய்யப்பட்டு பணம் திருப்பி தரப்பட்டது.</translation>
    </message>
    <message>
        <source>Duplicate sale, or the daily limit for this account is reached.</source>
        <translation>இரட்டை விற்பனை, அல்லது இந்தக் கணக்கின் தினசரி வரம்பு எட்டப்பட்டது.</translation>
    </message>
    <message>
        <source>Timed out at the provider.</source>
        <translation>வழங்குநரிடம் நேரம் முடிந்தது.</translation>
    </message>
    <message>
        <source>The account is blocked.</source>
        <translation>கணக்கு தடுக்கப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>This number is not eligible.</source>
        <translation>இந்த எண் தகுதியானது அல்ல.</translation>
    </message>
    <message>
        <source>Invalid amount for this product.</source>
        <translation>இந்தத் தயாரிப்புக்குத் தவறான தொகை.</translation>
    </message>
    <message>
        <source>The provider did not complete the sale (code %1).</source>
        <translation>வழங்குநர் விற்பனையை முடிக்கவில்லை (குறியீடு %1).</translation>
    </message>
    <message>
        <source>The customer was not charged for this sale.</source>
        <translation>இந்த விற்பனைக்கு வாடிக்கையாளரிடம் கட்டணம் வசூலிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Check the number with the customer. Selling again makes a new sale with a new reference.</source>
        <translation>வாடிக்கையாளரிடம் எண்ணைச் சரிபார்க்கவும். மீண்டும் விற்றால் புதிய குறிப்பு எண்ணுடன் புதிய விற்பனை ஆகும்.</translation>
    </message>
    <message>
        <source>Choose another amount. Selling again makes a new sale with a new reference.</source>
        <translation>வேறு தொகையைத் தேர்ந்தெடுக்கவும். மீண்டும் விற்றால் புதிய குறிப்பு எண்ணுடன் புதிய விற்பனை ஆகும்.</translation>
    </message>
    <message>
        <source>Do not retry now; tell the supervisor.</source>
        <translation>இப்போது மீண்டும் முயற்சிக்க வேண்டாம்; மேற்பார்வையாளரிடம் சொல்லுங்கள்.</translation>
    </message>
    <message>
        <source>Selling again makes a new sale with a new reference.</source>
        <translation>மீண்டும் விற்றால் புதிய குறிப்பு எண்ணுடன் புதிய விற்பனை ஆகும்.</translation>
    </message>
</context>
<context>
    <name>FavouritesStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 ஐ படிக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; starting with no favourites.</source>
        <translation>%1 சரியான JSON அல்ல; பிடித்தவை இல்லாமல் தொடங்குகிறது.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ஐ எழுத முடியவில்லை: %2</translation>
    </message>
</context>
<context>
    <name>GenericProductForm</name>
    <message>
        <source>e.g. 012-345 6789</source>
        <translation>எ.கா. 012-345 6789</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>%1 ஐ உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Digits only.</source>
        <translation>எண்கள் மட்டும்.</translation>
    </message>
    <message>
        <source>Use plain letters, digits and punctuation only.</source>
        <translation>சாதாரண எழுத்துகள், எண்கள், நிறுத்தக்குறிகள் மட்டும் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>The biller does not know this account (%1).</source>
        <translation>பில்லருக்கு இந்தக் கணக்கு தெரியவில்லை (%1).</translation>
    </message>
    <message>
        <source>Waiting for the biller to confirm the account.</source>
        <translation>பில்லர் கணக்கை உறுதிப்படுத்தக் காத்திருக்கிறது.</translation>
    </message>
    <message>
        <source>Choose the amount.</source>
        <translation>தொகையைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Kaunter point of sale</source>
        <translation>Kaunter விற்பனை முனையம்</translation>
    </message>
    <message>
        <source>Training mode: an IIMMPACT simulator inside Kaunter answers; no money moves. Uses its own journal.</source>
        <translation>பயிற்சி முறை: Kaunter இல் உள்ள IIMMPACT simulator பதிலளிக்கும்; பணம் எதுவும் நகராது. தனி பதிவேட்டைப் பயன்படுத்துகிறது.</translation>
    </message>
    <message>
        <source>Directory of the journal and local files (default: KAUNTER_DATA_DIR, else the per-user data directory).</source>
        <translation>பதிவேடு மற்றும் உள்ளூர் கோப்புகளின் கோப்புறை (இயல்பு: KAUNTER_DATA_DIR, இல்லையெனில் பயனரின் டேட்டா கோப்புறை).</translation>
    </message>
    <message>
        <source>Kaunter cannot start</source>
        <translation>Kaunter தொடங்க முடியவில்லை</translation>
    </message>
    <message>
        <source>The demo simulator did not start: %1</source>
        <translation>டெமோ simulator தொடங்கவில்லை: %1</translation>
    </message>
    <message>
        <source>Not configured for selling: %1. Set KAUNTER_API_BASE, KAUNTER_API_KEY and KAUNTER_API_SECRET, or start with --demo.</source>
        <translation>விற்பனைக்கு அமைக்கப்படவில்லை: %1. KAUNTER_API_BASE, KAUNTER_API_KEY, KAUNTER_API_SECRET ஐ அமைக்கவும், அல்லது --demo உடன் தொடங்கவும்.</translation>
    </message>
    <message>
        <source>Kaunter is not configured</source>
        <translation>Kaunter அமைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>The sales journal cannot be opened</source>
        <translation>விற்பனைப் பதிவேட்டைத் திறக்க முடியவில்லை</translation>
    </message>
    <message>
        <source>%1

Journal: %2

Kaunter does not sell without its journal.</source>
        <translation>%1

பதிவேடு: %2

பதிவேடு இல்லாமல் Kaunter விற்பனை செய்யாது.</translation>
    </message>
    <message>
        <source>Kaunter is already running</source>
        <translation>Kaunter ஏற்கனவே இயங்குகிறது</translation>
    </message>
    <message>
        <source>%1

Only one Kaunter may sell from this journal (%2) at a time. Use the window that is already open.</source>
        <translation>%1

இந்தப் பதிவேட்டிலிருந்து (%2) ஒரே நேரத்தில் ஒரு Kaunter மட்டுமே விற்க முடியும். ஏற்கனவே திறந்துள்ள சாளரத்தைப் பயன்படுத்தவும்.</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Sales whose final status is not known yet. Kaunter keeps checking them in the background.</source>
        <translation>இறுதி நிலை இன்னும் தெரியாத விற்பனைகள். Kaunter பின்னணியில் அவற்றைச் சரிபார்த்துக்கொண்டே இருக்கும்.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>புதுப்பி</translation>
    </message>
    <message>
        <source>Ask IIMMPACT for the balance now</source>
        <translation>இப்போதே IIMMPACT இடம் இருப்பைக் கேள்</translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation>இருப்பு: …</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>டெமோ</translation>
    </message>
    <message>
        <source>Training mode: a simulator inside Kaunter answers. No money moves.</source>
        <translation>பயிற்சி முறை: Kaunter இல் உள்ள simulator பதிலளிக்கும். பணம் எதுவும் நகராது.</translation>
    </message>
    <message>
        <source>STAGING</source>
        <translation>STAGING</translation>
    </message>
    <message>
        <source>IIMMPACT staging: test sales only.</source>
        <translation>IIMMPACT staging: சோதனை விற்பனைகள் மட்டும்.</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <source>IIMMPACT production: every sale is real money.</source>
        <translation>IIMMPACT production: ஒவ்வொரு விற்பனையும் உண்மையான பணம்.</translation>
    </message>
    <message>
        <source>NOT CONFIGURED</source>
        <translation>அமைக்கப்படவில்லை</translation>
    </message>
    <message>
        <source>CUSTOM: %1</source>
        <translation>CUSTOM: %1</translation>
    </message>
    <message>
        <source>An IIMMPACT address that is neither staging nor production.</source>
        <translation>staging உம் அல்லாத production உம் அல்லாத IIMMPACT முகவரி.</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation type="vanished">முனையம் %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>இருப்பு: %1</translation>
    </message>
    <message>
        <source>(last known)</source>
        <translation>(கடைசியாகத் தெரிந்தது)</translation>
    </message>
    <message>
        <source>Balance: unavailable</source>
        <translation>இருப்பு: கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>This IIMMPACT account is read-only: it cannot sell.</source>
        <translation>இந்த IIMMPACT கணக்கு படிக்க மட்டுமே: விற்க முடியாது.</translation>
    </message>
    <message>
        <source>Low balance: below %1. Top up the IIMMPACT wallet soon.</source>
        <translation>குறைந்த இருப்பு: %1 க்குக் கீழே. விரைவில் IIMMPACT wallet ஐ டாப்-அப் செய்யவும்.</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n நிலுவையில்</numerusform>
            <numerusform>%n நிலுவையில்</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>இணைக்கிறது…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● ஆன்லைன்</translation>
    </message>
    <message>
        <source>● No connection</source>
        <translation>● இணைப்பு இல்லை</translation>
    </message>
    <message>
        <source>● Sign-in problem</source>
        <translation>● உள்நுழைவுப் பிரச்சினை</translation>
    </message>
    <message>
        <source>History (F9)</source>
        <translation>வரலாறு (F9)</translation>
    </message>
    <message>
        <source>Earlier sales: find one, check its status, reprint its receipt</source>
        <translation>முந்தைய விற்பனைகள்: ஒன்றைத் தேடி, நிலையைப் பார்த்து, ரசீதை மீண்டும் அச்சிடுங்கள்</translation>
    </message>
    <message>
        <source>Shift of %1. F10: close the shift, or see the Z-reports</source>
        <translation>%1 இன் ஷிஃப்ட். F10: ஷிஃப்டை மூட, அல்லது Z-report களைப் பார்க்க</translation>
    </message>
    <message>
        <source>No shift is open. F10: open a shift, or see the Z-reports</source>
        <translation>எந்த ஷிஃப்டும் திறந்திருக்கவில்லை. F10: ஷிஃப்டைத் திறக்க, அல்லது Z-report களைப் பார்க்க</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation>ஷிஃப்ட் இல்லை</translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation>ஷிஃப்ட்: %1</translation>
    </message>
    <message>
        <source>Terminal %1: this till&apos;s id, the start of every sale&apos;s reference</source>
        <translation>முனையம் %1: இந்த முனையத்தின் அடையாளம்; ஒவ்வொரு விற்பனையின் குறிப்பு எண்ணும் இதில் தொடங்கும்</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Sales history</source>
        <translation>விற்பனை வரலாறு</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>வரலாற்றைப் படிக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Reference (or its start)</source>
        <translation>குறிப்பு எண் (அல்லது அதன் தொடக்கம்)</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>கணக்கு எண்</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>எல்லாத் தயாரிப்புகளும்</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>எல்லா நிலைகளும்</translation>
    </message>
    <message>
        <source>Pending (not final yet)</source>
        <translation>நிலுவையில் (இன்னும் இறுதியாகவில்லை)</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>முடிவு தேவை</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>வெற்றி</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>பணம் திருப்பி தரப்பட்டது</translation>
    </message>
    <message>
        <source>Refused (nothing charged)</source>
        <translation>மறுக்கப்பட்டது (கட்டணம் இல்லை)</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>ரத்து செய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Dates from</source>
        <translation>தேதி முதல்</translation>
    </message>
    <message>
        <source>to</source>
        <translation>வரை</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>தேடு</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>அழி</translation>
    </message>
    <message>
        <source>More</source>
        <translation>மேலும்</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>பின் (Esc)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ஏற்றுமதி…</translation>
    </message>
    <message>
        <source>Every sale of this list as a spreadsheet file (never a PIN)</source>
        <translation>இந்தப் பட்டியலின் ஒவ்வொரு விற்பனையும் spreadsheet கோப்பாக (PIN ஒருபோதும் இல்லை)</translation>
    </message>
    <message>
        <source>No sale matches these filters.</source>
        <translation>இந்த வடிகட்டிகளுக்குப் பொருந்தும் விற்பனை இல்லை.</translation>
    </message>
    <message>
        <source>Show the PIN of sale %1</source>
        <translation>விற்பனை %1 இன் PIN ஐக் காட்டு</translation>
    </message>
    <message>
        <source>The PIN stays hidden: no supervisor PIN.</source>
        <translation>PIN மறைக்கப்பட்டே இருக்கும்: மேற்பார்வையாளர் PIN இல்லை.</translation>
    </message>
    <message>
        <source>PIN shown until you choose another sale or leave.</source>
        <translation>வேறு விற்பனையைத் தேர்ந்தெடுக்கும் வரை அல்லது வெளியேறும் வரை PIN காட்டப்படும்.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ஐ எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>kaunter-sales-%1.csv</source>
        <translation>kaunter-sales-%1.csv</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>விற்பனைகளை ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) exported to %1.</source>
        <translation>
            <numerusform>%n விற்பனை %1 க்கு ஏற்றுமதி செய்யப்பட்டது.</numerusform>
            <numerusform>%n விற்பனைகள் %1 க்கு ஏற்றுமதி செய்யப்பட்டன.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>Enter the customer&apos;s passport number: the law on money laundering (AMLA) requires it for this payment.</source>
        <translation>வாடிக்கையாளரின் கடவுச்சீட்டு (passport) எண்ணை உள்ளிடவும்: பணமோசடி தடுப்புச் சட்டம் (AMLA) இந்தக் கட்டணத்துக்கு இதைக் கோருகிறது.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s IC number: the law on money laundering (AMLA) requires it for this payment.</source>
        <translation>வாடிக்கையாளரின் IC எண்ணை உள்ளிடவும்: பணமோசடி தடுப்புச் சட்டம் (AMLA) இந்தக் கட்டணத்துக்கு இதைக் கோருகிறது.</translation>
    </message>
</context>
<context>
    <name>IimmpactClient</name>
    <message>
        <source>KAUNTER_CA_BUNDLE / CA bundle &quot;%1&quot; holds no PEM certificate</source>
        <translation>KAUNTER_CA_BUNDLE / CA bundle &quot;%1&quot; இல் PEM சான்றிதழ் இல்லை</translation>
    </message>
    <message>
        <source>The network layer repeated the request and the repeat was refused (%1); the payment outcome is unknown.</source>
        <translation>நெட்வொர்க் அடுக்கு கோரிக்கையை மீண்டும் அனுப்பியது, அது மறுக்கப்பட்டது (%1); கட்டண முடிவு தெரியவில்லை.</translation>
    </message>
    <message>
        <source>The network layer repeated the request and the repeat was refused (%1).</source>
        <translation>நெட்வொர்க் அடுக்கு கோரிக்கையை மீண்டும் அனுப்பியது, அது மறுக்கப்பட்டது (%1).</translation>
    </message>
    <message>
        <source>No complete answer from IIMMPACT within the time limit; the payment outcome is unknown and will be re-checked.</source>
        <translation>நேர வரம்புக்குள் IIMMPACT இடமிருந்து முழுமையான பதில் இல்லை; கட்டண முடிவு தெரியவில்லை, மீண்டும் சரிபார்க்கப்படும்.</translation>
    </message>
    <message>
        <source>The connection to IIMMPACT failed before a complete answer arrived; the payment outcome is unknown and will be re-checked.</source>
        <translation>முழுமையான பதில் வருவதற்கு முன் IIMMPACT இணைப்பு தோல்வியடைந்தது; கட்டண முடிவு தெரியவில்லை, மீண்டும் சரிபார்க்கப்படும்.</translation>
    </message>
    <message>
        <source>IIMMPACT answered with a redirect (HTTP %1), which is not followed; the payment outcome is unknown.</source>
        <translation>IIMMPACT redirect மூலம் பதிலளித்தது (HTTP %1), அது பின்பற்றப்படவில்லை; கட்டண முடிவு தெரியவில்லை.</translation>
    </message>
    <message>
        <source>IIMMPACT refused the request (HTTP %1): check the API key, secret, clock and IP allowlist.</source>
        <translation>IIMMPACT கோரிக்கையை மறுத்தது (HTTP %1): API key, secret, கடிகாரம், IP allowlist ஐச் சரிபார்க்கவும்.</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT asks to slow down; retrying in %n second(s).</source>
        <translation>
            <numerusform>IIMMPACT மெதுவாகச் செல்லக் கேட்கிறது; %n வினாடியில் மீண்டும் முயற்சிக்கும்.</numerusform>
            <numerusform>IIMMPACT மெதுவாகச் செல்லக் கேட்கிறது; %n வினாடிகளில் மீண்டும் முயற்சிக்கும்.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT server error (HTTP %1); the payment outcome is unknown and will be re-checked.</source>
        <translation>IIMMPACT சர்வர் பிழை (HTTP %1); கட்டண முடிவு தெரியவில்லை, மீண்டும் சரிபார்க்கப்படும்.</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP 400 without a readable body; the payment outcome is unknown.</source>
        <translation>IIMMPACT படிக்கக்கூடிய உள்ளடக்கம் இல்லாமல் HTTP 400 என பதிலளித்தது; கட்டண முடிவு தெரியவில்லை.</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP 400 with an unexpected transaction status; the payment outcome is unknown.</source>
        <translation>IIMMPACT எதிர்பாராத பரிவர்த்தனை நிலையுடன் HTTP 400 என பதிலளித்தது; கட்டண முடிவு தெரியவில்லை.</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP 400 without an explanation; the payment outcome is unknown.</source>
        <translation>IIMMPACT விளக்கம் இல்லாமல் HTTP 400 என பதிலளித்தது; கட்டண முடிவு தெரியவில்லை.</translation>
    </message>
    <message>
        <source>Unexpected HTTP %1 from IIMMPACT; the payment outcome is unknown.</source>
        <translation>IIMMPACT இடமிருந்து எதிர்பாராத HTTP %1; கட்டண முடிவு தெரியவில்லை.</translation>
    </message>
    <message>
        <source>IIMMPACT sent a web page instead of a payment answer; the outcome is unknown.</source>
        <translation>IIMMPACT கட்டணப் பதிலுக்குப் பதிலாக ஒரு இணையப் பக்கத்தை அனுப்பியது; முடிவு தெரியவில்லை.</translation>
    </message>
    <message>
        <source>IIMMPACT sent an unreadable payment answer; the outcome is unknown.</source>
        <translation>IIMMPACT படிக்க முடியாத கட்டணப் பதிலை அனுப்பியது; முடிவு தெரியவில்லை.</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer holds no transaction; the outcome is unknown.</source>
        <translation>IIMMPACT பதிலில் பரிவர்த்தனை இல்லை; முடிவு தெரியவில்லை.</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer holds no transaction status; the outcome is unknown.</source>
        <translation>IIMMPACT பதிலில் பரிவர்த்தனை நிலை இல்லை; முடிவு தெரியவில்லை.</translation>
    </message>
    <message>
        <source>IIMMPACT reported the unrecognised status &quot;%1&quot;; the outcome is unknown.</source>
        <translation>IIMMPACT அறியப்படாத நிலை &quot;%1&quot; ஐத் தெரிவித்தது; முடிவு தெரியவில்லை.</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer does not match the request (%1); the outcome is unknown.</source>
        <translation>IIMMPACT பதில் கோரிக்கையுடன் பொருந்தவில்லை (%1); முடிவு தெரியவில்லை.</translation>
    </message>
    <message>
        <source>No complete answer from IIMMPACT within the time limit.</source>
        <translation>நேர வரம்புக்குள் IIMMPACT இடமிருந்து முழுமையான பதில் இல்லை.</translation>
    </message>
    <message>
        <source>The connection to IIMMPACT failed.</source>
        <translation>IIMMPACT இணைப்பு தோல்வியடைந்தது.</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT asks to slow down; try again in %n second(s).</source>
        <translation>
            <numerusform>IIMMPACT மெதுவாகச் செல்லக் கேட்கிறது; %n வினாடியில் மீண்டும் முயற்சிக்கவும்.</numerusform>
            <numerusform>IIMMPACT மெதுவாகச் செல்லக் கேட்கிறது; %n வினாடிகளில் மீண்டும் முயற்சிக்கவும்.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT sent an unreadable answer.</source>
        <translation>IIMMPACT படிக்க முடியாத பதிலை அனுப்பியது.</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP %1: %2</source>
        <translation>IIMMPACT HTTP %1 என பதிலளித்தது: %2</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP %1.</source>
        <translation>IIMMPACT HTTP %1 என பதிலளித்தது.</translation>
    </message>
</context>
<context>
    <name>JomPay</name>
    <message>
        <source>Enter the JomPAY biller code (4 to 6 digits).</source>
        <translation>JomPAY பில்லர் குறியீட்டை உள்ளிடவும் (4 முதல் 6 எண்கள்).</translation>
    </message>
    <message>
        <source>The biller code contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation>பில்லர் குறியீட்டில் வேறு எழுத்துமுறை எண்கள் உள்ளன (%1). 0 முதல் 9 வரையிலான எண்களால் தட்டச்சு செய்யவும்.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a biller code. A JomPAY biller code has digits only.</source>
        <translation>&quot;%1&quot; பில்லர் குறியீட்டில் அனுமதி இல்லை. JomPAY பில்லர் குறியீட்டில் எண்கள் மட்டுமே.</translation>
    </message>
    <message>
        <source>A JomPAY biller code has 4 to 6 digits, not %1.</source>
        <translation>JomPAY பில்லர் குறியீட்டில் 4 முதல் 6 எண்கள் இருக்க வேண்டும், %1 அல்ல.</translation>
    </message>
    <message>
        <source>Enter Ref-1: the account or bill number printed next to the JomPAY logo.</source>
        <translation>Ref-1 ஐ உள்ளிடவும்: JomPAY லோகோவுக்கு அருகில் அச்சிடப்பட்ட கணக்கு அல்லது பில் எண்.</translation>
    </message>
    <message>
        <source>Ref-1 contains &quot;%1&quot;, which is not a plain keyboard character. Type it with the letters A to Z, the digits 0 to 9, &quot;/&quot; and &quot;-&quot;.</source>
        <translation>Ref-1 இல் &quot;%1&quot; உள்ளது, அது சாதாரண விசைப்பலகை எழுத்து அல்ல. A முதல் Z எழுத்துகள், 0 முதல் 9 எண்கள், &quot;/&quot;, &quot;-&quot; மட்டும் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in Ref-1. Use only letters, digits, &quot;/&quot; and &quot;-&quot;.</source>
        <translation>&quot;%1&quot; Ref-1 இல் அனுமதி இல்லை. எழுத்துகள், எண்கள், &quot;/&quot;, &quot;-&quot; மட்டும் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>Ref-1 can have at most %1 characters; this one has %2.</source>
        <translation>Ref-1 இல் அதிகபட்சம் %1 எழுத்துகள்; இதில் %2 உள்ளன.</translation>
    </message>
    <message>
        <source>This biller requires Ref-2. Enter it as printed on the bill.</source>
        <translation>இந்தப் பில்லருக்கு Ref-2 தேவை. பில்லில் அச்சிடப்பட்டபடி உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Ref-2 contains &quot;%1&quot;, which is not a plain keyboard character. Use English letters, digits and punctuation.</source>
        <translation>Ref-2 இல் &quot;%1&quot; உள்ளது, அது சாதாரண விசைப்பலகை எழுத்து அல்ல. ஆங்கில எழுத்துகள், எண்கள், நிறுத்தக்குறிகள் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>Ref-2 can have at most %1 characters; this one has %2.</source>
        <translation>Ref-2 இல் அதிகபட்சம் %1 எழுத்துகள்; இதில் %2 உள்ளன.</translation>
    </message>
</context>
<context>
    <name>JomPayForm</name>
    <message>
        <source>Biller name or code, e.g. TNB or 5454</source>
        <translation>பில்லர் பெயர் அல்லது குறியீடு, எ.கா. TNB அல்லது 5454</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>பில்லர்</translation>
    </message>
    <message>
        <source>MyKad (Malaysian)</source>
        <translation>MyKad (மலேசியர்)</translation>
    </message>
    <message>
        <source>Passport (non-Malaysian)</source>
        <translation>கடவுச்சீட்டு (மலேசியர் அல்லாதவர்)</translation>
    </message>
    <message>
        <source>Payer&apos;s IC or passport number</source>
        <translation>பணம் செலுத்துபவரின் IC அல்லது கடவுச்சீட்டு எண்</translation>
    </message>
    <message>
        <source>I checked this number against the customer&apos;s
MyKad or passport (required by AMLA)</source>
        <translation>இந்த எண்ணை வாடிக்கையாளரின் MyKad அல்லது
கடவுச்சீட்டுடன் சரிபார்த்தேன் (AMLA படி தேவை)</translation>
    </message>
    <message>
        <source>Printed next to the JomPAY logo on the bill</source>
        <translation>பில்லில் JomPAY லோகோவுக்கு அருகில் அச்சிடப்பட்டுள்ளது</translation>
    </message>
    <message>
        <source>Ref-1 (account or bill number)</source>
        <translation>Ref-1 (கணக்கு அல்லது பில் எண்)</translation>
    </message>
    <message>
        <source>Ref-2 (required by this biller)</source>
        <translation>Ref-2 (இந்தப் பில்லருக்குத் தேவை)</translation>
    </message>
    <message numerus="yes">
        <source>%n biller(s): type part of the name or the code.</source>
        <translation>
            <numerusform>%n பில்லர்: பெயரின் ஒரு பகுதியையோ குறியீட்டையோ தட்டச்சு செய்யவும்.</numerusform>
            <numerusform>%n பில்லர்கள்: பெயரின் ஒரு பகுதியையோ குறியீட்டையோ தட்டச்சு செய்யவும்.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the biller list… You can also type the biller code.</source>
        <translation>பில்லர் பட்டியல் ஏற்றப்படுகிறது… பில்லர் குறியீட்டையும் தட்டச்சு செய்யலாம்.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>தேர்ந்தெடுத்தது: %1</translation>
    </message>
    <message>
        <source>The biller does not know this Ref-1.</source>
        <translation>பில்லருக்கு இந்த Ref-1 தெரியவில்லை.</translation>
    </message>
    <message>
        <source>This biller needs Ref-2: it is printed on the bill.</source>
        <translation>இந்தப் பில்லருக்கு Ref-2 தேவை: அது பில்லில் அச்சிடப்பட்டுள்ளது.</translation>
    </message>
    <message>
        <source>Choose the biller.</source>
        <translation>பில்லரைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>Enter Ref-1.</source>
        <translation>Ref-1 ஐ உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>This biller needs Ref-2.</source>
        <translation>இந்தப் பில்லருக்கு Ref-2 தேவை.</translation>
    </message>
    <message>
        <source>Waiting for the biller to confirm the account.</source>
        <translation>பில்லர் கணக்கை உறுதிப்படுத்தக் காத்திருக்கிறது.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>தொகையை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Enter the payer&apos;s IC or passport number.</source>
        <translation>பணம் செலுத்துபவரின் IC அல்லது கடவுச்சீட்டு எண்ணை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Confirm that you checked the number against the customer&apos;s document.</source>
        <translation>வாடிக்கையாளரின் ஆவணத்துடன் எண்ணைச் சரிபார்த்ததை உறுதிப்படுத்தவும்.</translation>
    </message>
    <message>
        <source>Ref-2</source>
        <translation>Ref-2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>வாடிக்கையாளர்</translation>
    </message>
    <message>
        <source>Payer passport</source>
        <translation>செலுத்துபவர் கடவுச்சீட்டு</translation>
    </message>
    <message>
        <source>Payer IC</source>
        <translation>செலுத்துபவர் IC</translation>
    </message>
    <message>
        <source>Ref-1</source>
        <translation>Ref-1</translation>
    </message>
    <message>
        <source>No biller matches &quot;%1&quot;. Try the biller code or another part of the name.</source>
        <translation>&quot;%1&quot; க்குப் பொருந்தும் பில்லர் இல்லை. பில்லர் குறியீட்டையோ பெயரின் வேறு பகுதியையோ முயற்சிக்கவும்.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The sale journal is not open; nothing can be recorded.</source>
        <translation>விற்பனைப் பதிவேடு திறக்கப்படவில்லை; எதையும் பதிவு செய்ய முடியாது.</translation>
    </message>
    <message>
        <source>The sale journal %1 is locked by another program (is Kaunter already running on this data folder?).</source>
        <translation>விற்பனைப் பதிவேடு %1 ஐ வேறொரு நிரல் பூட்டியுள்ளது (இந்த டேட்டா கோப்புறையில் Kaunter ஏற்கனவே இயங்குகிறதா?).</translation>
    </message>
    <message>
        <source>The sale journal %1 is read-only; sales cannot be recorded.</source>
        <translation>விற்பனைப் பதிவேடு %1 படிக்க மட்டுமே; விற்பனைகளைப் பதிவு செய்ய முடியாது.</translation>
    </message>
    <message>
        <source>The sale journal %1 cannot be opened for writing (no permission, or the folder is read-only).</source>
        <translation>விற்பனைப் பதிவேடு %1 ஐ எழுதுவதற்குத் திறக்க முடியவில்லை (அனுமதி இல்லை, அல்லது கோப்புறை படிக்க மட்டுமே).</translation>
    </message>
    <message>
        <source>The sale journal %1 is damaged or is not a Kaunter journal. It has been left untouched; restore it from a backup or contact support.</source>
        <translation>விற்பனைப் பதிவேடு %1 சேதமடைந்துள்ளது அல்லது Kaunter பதிவேடு அல்ல. அது தொடப்படவில்லை; backup இலிருந்து மீட்டெடுக்கவும் அல்லது support ஐத் தொடர்புகொள்ளவும்.</translation>
    </message>
    <message>
        <source>The disk holding the sale journal %1 is full.</source>
        <translation>விற்பனைப் பதிவேடு %1 உள்ள டிஸ்க் நிரம்பிவிட்டது.</translation>
    </message>
    <message>
        <source>The sale journal %1 could not be read or written (input/output error).</source>
        <translation>விற்பனைப் பதிவேடு %1 ஐப் படிக்கவோ எழுதவோ முடியவில்லை (input/output பிழை).</translation>
    </message>
    <message>
        <source>The sale journal refused an inconsistent record.</source>
        <translation>விற்பனைப் பதிவேடு முரண்பாடான பதிவை மறுத்தது.</translation>
    </message>
    <message>
        <source>The sale journal %1 reported an error.</source>
        <translation>விற்பனைப் பதிவேடு %1 ஒரு பிழையைத் தெரிவித்தது.</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation>%1 (SQLite: %2)</translation>
    </message>
    <message>
        <source>No data folder was given for the sale journal.</source>
        <translation>விற்பனைப் பதிவேட்டுக்கு டேட்டா கோப்புறை கொடுக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created; sales cannot be recorded.</source>
        <translation>டேட்டா கோப்புறை %1 ஐ உருவாக்க முடியவில்லை; விற்பனைகளைப் பதிவு செய்ய முடியாது.</translation>
    </message>
    <message>
        <source>The sale journal %1 cannot be created: %2</source>
        <translation>விற்பனைப் பதிவேடு %1 ஐ உருவாக்க முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not installed; the sale journal cannot be opened.</source>
        <translation>Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) நிறுவப்படவில்லை; விற்பனைப் பதிவேட்டைத் திறக்க முடியாது.</translation>
    </message>
    <message>
        <source>The sale journal %1 was written by a newer version of Kaunter (schema %2; this version understands up to %3). It has been left untouched; install the newer Kaunter to use it.</source>
        <translation>விற்பனைப் பதிவேடு %1 Kaunter இன் புதிய பதிப்பால் எழுதப்பட்டது (schema %2; இந்தப் பதிப்பு %3 வரை மட்டுமே புரியும்). அது தொடப்படவில்லை; அதைப் பயன்படுத்த புதிய Kaunter ஐ நிறுவவும்.</translation>
    </message>
    <message>
        <source>The sale journal %1 cannot use write-ahead logging (SQLite kept journal mode &quot;%2&quot;; the file system may not support it, or the file is read-only). Sales are refused because they could not be recorded durably.</source>
        <translation>விற்பனைப் பதிவேடு %1 write-ahead logging பயன்படுத்த முடியவில்லை (SQLite journal mode &quot;%2&quot; ஐ வைத்திருந்தது; கோப்பு முறைமை ஆதரிக்காமல் இருக்கலாம், அல்லது கோப்பு படிக்க மட்டுமே). விற்பனைகளை நிலையாகப் பதிவு செய்ய முடியாததால் அவை மறுக்கப்படுகின்றன.</translation>
    </message>
    <message>
        <source>The sale journal %1 cannot be set to synchronous=FULL (SQLite reports %2). Sales are refused because they could not be recorded durably.</source>
        <translation>விற்பனைப் பதிவேடு %1 ஐ synchronous=FULL ஆக அமைக்க முடியவில்லை (SQLite %2 எனத் தெரிவிக்கிறது). விற்பனைகளை நிலையாகப் பதிவு செய்ய முடியாததால் அவை மறுக்கப்படுகின்றன.</translation>
    </message>
    <message>
        <source>upgrading the journal to schema %1</source>
        <translation>பதிவேட்டை schema %1 க்கு மேம்படுத்துதல்</translation>
    </message>
    <message>
        <source>Upgrading the sale journal to schema %1 failed: %2</source>
        <translation>விற்பனைப் பதிவேட்டை schema %1 க்கு மேம்படுத்துவது தோல்வி: %2</translation>
    </message>
    <message>
        <source>The sale journal %1 was written by a newer version of Kaunter.</source>
        <translation>விற்பனைப் பதிவேடு %1 Kaunter இன் புதிய பதிப்பால் எழுதப்பட்டது.</translation>
    </message>
    <message>
        <source>opening the journal</source>
        <translation>பதிவேட்டைத் திறத்தல்</translation>
    </message>
    <message>
        <source>Error while %1: %2</source>
        <translation>%1 போது பிழை: %2</translation>
    </message>
    <message>
        <source>allocating a refid</source>
        <translation>refid ஒதுக்குதல்</translation>
    </message>
    <message>
        <source>Sale %1 is incomplete (refid, product, account, amount and request body are required); nothing was recorded.</source>
        <translation>விற்பனை %1 முழுமையற்றது (refid, தயாரிப்பு, கணக்கு, தொகை, request body தேவை); எதுவும் பதிவு செய்யப்படவில்லை.</translation>
    </message>
    <message>
        <source>recording sale %1</source>
        <translation>விற்பனை %1 ஐப் பதிவு செய்தல்</translation>
    </message>
    <message>
        <source>Refid %1 is already in the journal; a refid is never reused for another sale.</source>
        <translation>Refid %1 ஏற்கனவே பதிவேட்டில் உள்ளது; ஒரு refid வேறு விற்பனைக்கு ஒருபோதும் மீண்டும் பயன்படுத்தப்படாது.</translation>
    </message>
    <message>
        <source>The correction of sale %1 is incomplete (product, account, amount and request body are required); nothing was changed.</source>
        <translation>விற்பனை %1 இன் திருத்தம் முழுமையற்றது (தயாரிப்பு, கணக்கு, தொகை, request body தேவை); எதுவும் மாற்றப்படவில்லை.</translation>
    </message>
    <message>
        <source>correcting sale %1</source>
        <translation>விற்பனை %1 ஐத் திருத்துதல்</translation>
    </message>
    <message>
        <source>There is no sale %1 in the journal.</source>
        <translation>பதிவேட்டில் விற்பனை %1 இல்லை.</translation>
    </message>
    <message>
        <source>Sale %1 is %2; only a rejected sale (no transaction was created) can be corrected under the same refid.</source>
        <translation>விற்பனை %1 %2 நிலையில் உள்ளது; நிராகரிக்கப்பட்ட விற்பனை (பரிவர்த்தனை உருவாக்கப்படாதது) மட்டுமே அதே refid இல் திருத்தப்படலாம்.</translation>
    </message>
    <message>
        <source>recording an attempt for sale %1</source>
        <translation>விற்பனை %1 க்கான முயற்சியைப் பதிவு செய்தல்</translation>
    </message>
    <message>
        <source>recording the outcome of sale %1</source>
        <translation>விற்பனை %1 இன் முடிவைப் பதிவு செய்தல்</translation>
    </message>
    <message>
        <source>The answer for sale %1 was about a request body that is no longer the journaled one; it was not recorded.</source>
        <translation>விற்பனை %1 க்கான பதில் இப்போது பதிவேட்டில் இல்லாத request body பற்றியது; அது பதிவு செய்யப்படவில்லை.</translation>
    </message>
    <message>
        <source>Sale %1 is %2%3; it cannot become %4. Nothing was changed.</source>
        <translation>விற்பனை %1 %2%3 நிலையில் உள்ளது; அது %4 ஆக மாற முடியாது. எதுவும் மாற்றப்படவில்லை.</translation>
    </message>
    <message>
        <source> and IIMMPACT has a transaction for it</source>
        <translation>, IIMMPACT இடம் அதற்குப் பரிவர்த்தனை உள்ளது</translation>
    </message>
    <message>
        <source>Sale %1 is %2; no request is sent for it.</source>
        <translation>விற்பனை %1 %2 நிலையில் உள்ளது; அதற்குக் கோரிக்கை எதுவும் அனுப்பப்படாது.</translation>
    </message>
</context>
<context>
    <name>KaunterServices</name>
    <message>
        <source>No data folder: pass --data-dir or set KAUNTER_DATA_DIR.</source>
        <translation>டேட்டா கோப்புறை இல்லை: --data-dir கொடுக்கவும் அல்லது KAUNTER_DATA_DIR அமைக்கவும்.</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>டேட்டா கோப்புறை %1 ஐ உருவாக்க முடியவில்லை.</translation>
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
        <translation>விற்பனை %1 பின்னணியில் தொடர்கிறது.</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 links.</source>
        <translation>இந்தக் கணினியில் %1 இணைப்புகளைத் திறக்கும் நிரல் இல்லை.</translation>
    </message>
    <message>
        <source>Checking sale %1…</source>
        <translation>விற்பனை %1 ஐச் சரிபார்க்கிறது…</translation>
    </message>
    <message>
        <source>IIMMPACT refused our credentials: %1</source>
        <translation>IIMMPACT எங்கள் நற்சான்றுகளை மறுத்தது: %1</translation>
    </message>
    <message>
        <source>The sales journal cannot be written</source>
        <translation>விற்பனைப் பதிவேட்டில் எழுத முடியவில்லை</translation>
    </message>
    <message>
        <source>%1

Kaunter stops sending sales until the journal works again.</source>
        <translation>%1

பதிவேடு மீண்டும் வேலை செய்யும் வரை Kaunter விற்பனைகளை அனுப்புவதை நிறுத்தும்.</translation>
    </message>
    <message>
        <source>Products loaded: %1</source>
        <translation>ஏற்றப்பட்ட தயாரிப்புகள்: %1</translation>
    </message>
    <message>
        <source>No pending sales</source>
        <translation>நிலுவையில் விற்பனை இல்லை</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · RM %4</source>
        <translation>%1 · %2 · %3 · RM %4</translation>
    </message>
    <message>
        <source>Voucher viewer unavailable</source>
        <translation>வவுச்சர் பார்வையாளர் கிடைக்கவில்லை</translation>
    </message>
    <message>
        <source>%1

Open the voucher in the system web browser instead?</source>
        <translation>%1

அதற்குப் பதிலாக வவுச்சரை கணினியின் web browser இல் திறக்கவா?</translation>
    </message>
    <message>
        <source>Earlier sale %1 (%2) was never sent and IIMMPACT has no transaction for it: a supervisor decides under Pending.</source>
        <translation>முந்தைய விற்பனை %1 (%2) ஒருபோதும் அனுப்பப்படவில்லை, IIMMPACT இடம் அதற்குப் பரிவர்த்தனை இல்லை: நிலுவையில் பகுதியில் மேற்பார்வையாளர் முடிவு செய்வார்.</translation>
    </message>
    <message numerus="yes">
        <source>Not sent, needs a decision: %n sale(s)…</source>
        <translation>
            <numerusform>அனுப்பப்படவில்லை, முடிவு தேவை: %n விற்பனை…</numerusform>
            <numerusform>அனுப்பப்படவில்லை, முடிவு தேவை: %n விற்பனைகள்…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not sent, needs a decision)</source>
        <translation>%1 (அனுப்பப்படவில்லை, முடிவு தேவை)</translation>
    </message>
    <message>
        <source>Finish the sale on screen first.</source>
        <translation>முதலில் திரையில் உள்ள விற்பனையை முடிக்கவும்.</translation>
    </message>
    <message>
        <source>Asking IIMMPACT about sale %1…</source>
        <translation>விற்பனை %1 பற்றி IIMMPACT இடம் கேட்கிறது…</translation>
    </message>
    <message>
        <source>IIMMPACT cannot be asked about this sale.</source>
        <translation>இந்த விற்பனை பற்றி IIMMPACT இடம் கேட்க முடியாது.</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>ரசீது அச்சிடப்பட்டது.</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer: %1</source>
        <translation>IIMMPACT பதில்: %1</translation>
    </message>
</context>
<context>
    <name>MaskedIdEdit</name>
    <message>
        <source>Passport number</source>
        <translation>கடவுச்சீட்டு எண்</translation>
    </message>
    <message>
        <source>e.g. 900101-14-5678</source>
        <translation>எ.கா. 900101-14-5678</translation>
    </message>
    <message>
        <source>Type again to change (%1)</source>
        <translation>மாற்ற மீண்டும் தட்டச்சு செய்யவும் (%1)</translation>
    </message>
</context>
<context>
    <name>MobileDataForm</name>
    <message>
        <source>e.g. 017-885 5286</source>
        <translation>எ.கா. 017-885 5286</translation>
    </message>
    <message>
        <source>Enter the number to see the plans offered to it.</source>
        <translation>இந்த எண்ணுக்கு வழங்கப்படும் பிளான்களைப் பார்க்க எண்ணை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Look up again</source>
        <translation>மீண்டும் தேடு</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>பிளான்</translation>
    </message>
    <message>
        <source>Looking up the plans for %1…</source>
        <translation>%1 க்கான பிளான்களைத் தேடுகிறது…</translation>
    </message>
    <message>
        <source>The plans could not be fetched: %1</source>
        <translation>பிளான்களைப் பெற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>IIMMPACT offers no plans for this number. Check the number and the operator.</source>
        <translation>இந்த எண்ணுக்கு IIMMPACT பிளான் எதுவும் வழங்கவில்லை. எண்ணையும் ஆபரேட்டரையும் சரிபார்க்கவும்.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) for this number:</source>
        <translation>
            <numerusform>இந்த எண்ணுக்கு %n பிளான்:</numerusform>
            <numerusform>இந்த எண்ணுக்கு %n பிளான்கள்:</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the plans for this number.</source>
        <translation>இந்த எண்ணுக்கான பிளான்களுக்குக் காத்திருக்கிறது.</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>ஒரு பிளானைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>செல்லுபடிக் காலம்</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation>மொபைல் எண்ணை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>The mobile number contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation>மொபைல் எண்ணில் வேறு எழுத்துமுறை எண்கள் உள்ளன (%1). 0 முதல் 9 வரையிலான எண்களால் தட்டச்சு செய்யவும்.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a mobile number. Use only the digits 0 to 9.</source>
        <translation>&quot;%1&quot; மொபைல் எண்ணில் அனுமதி இல்லை. 0 முதல் 9 வரையிலான எண்கள் மட்டும் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>This is not a Malaysian number. Only Malaysian mobile numbers (+60 1x...) can be reloaded.</source>
        <translation>இது மலேசிய எண் அல்ல. மலேசிய மொபைல் எண்களுக்கு (+60 1x...) மட்டுமே ரீலோட் செய்ய முடியும்.</translation>
    </message>
    <message>
        <source>This number has the wrong length after the country code 60: a mobile number has 9 or 10 digits after 60.</source>
        <translation>நாட்டுக் குறியீடு 60 க்குப் பிறகு இந்த எண்ணின் நீளம் தவறு: மொபைல் எண்ணில் 60 க்குப் பிறகு 9 அல்லது 10 எண்கள் இருக்கும்.</translation>
    </message>
    <message>
        <source>This is not a mobile number. Malaysian mobile numbers start with 01.</source>
        <translation>இது மொபைல் எண் அல்ல. மலேசிய மொபைல் எண்கள் 01 இல் தொடங்கும்.</translation>
    </message>
    <message>
        <source>0%1 numbers are landlines, not mobile numbers. Enter a mobile number starting with 01.</source>
        <translation>0%1 எண்கள் லேண்ட்லைன், மொபைல் எண்கள் அல்ல. 01 இல் தொடங்கும் மொபைல் எண்ணை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>015 numbers are internet-phone numbers, not mobile numbers.</source>
        <translation>015 எண்கள் இணையத் தொலைபேசி எண்கள், மொபைல் எண்கள் அல்ல.</translation>
    </message>
    <message>
        <source>%1 mobile numbers have %2 digits (with the leading 0); this one has %3.</source>
        <translation>%1 மொபைல் எண்களில் %2 இலக்கங்கள் (முன்னுள்ள 0 உட்பட); இதில் %3 உள்ளன.</translation>
    </message>
</context>
<context>
    <name>MobileReloadForm</name>
    <message>
        <source>e.g. 012-345 6789</source>
        <translation>எ.கா. 012-345 6789</translation>
    </message>
    <message>
        <source>Choose the amount.</source>
        <translation>தொகையைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter the amount like 12.30.</source>
        <translation>தொகையை 12.30 போல உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>The amount contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation>தொகையில் வேறு எழுத்துமுறை எண்கள் உள்ளன (%1). 0 முதல் 9 வரையிலான எண்களால் தட்டச்சு செய்யவும்.</translation>
    </message>
    <message>
        <source>The amount cannot be negative. %1</source>
        <translation>தொகை எதிர்மறையாக இருக்க முடியாது. %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in an amount. %2</source>
        <translation>&quot;%1&quot; தொகையில் அனுமதி இல்லை. %2</translation>
    </message>
    <message>
        <source>The amount has more than one dot. %1</source>
        <translation>தொகையில் ஒன்றுக்கு மேற்பட்ட புள்ளிகள் உள்ளன. %1</translation>
    </message>
    <message>
        <source>Use a dot, not a comma, before the sen: enter the amount like 1234.56.</source>
        <translation>சென்னுக்கு முன் காற்புள்ளி அல்ல, புள்ளி பயன்படுத்தவும்: தொகையை 1234.56 போல உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>The thousands commas in this amount are in the wrong place. Enter the amount like 1,234.56 or 1234.56.</source>
        <translation>இந்தத் தொகையில் ஆயிரக் காற்புள்ளிகள் தவறான இடத்தில் உள்ளன. தொகையை 1,234.56 அல்லது 1234.56 போல உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Put a 0 before the dot, like 0.50.</source>
        <translation>புள்ளிக்கு முன் 0 போடவும், 0.50 போல.</translation>
    </message>
    <message>
        <source>Type the sen after the dot, like 12.00, or leave out the dot.</source>
        <translation>புள்ளிக்குப் பிறகு சென்னைத் தட்டச்சு செய்யவும், 12.00 போல, அல்லது புள்ளியை விட்டுவிடவும்.</translation>
    </message>
    <message>
        <source>An amount has at most 2 decimals (sen). %1</source>
        <translation>தொகையில் அதிகபட்சம் 2 தசம இடங்கள் (சென்). %1</translation>
    </message>
    <message>
        <source>The amount has too many digits. %1</source>
        <translation>தொகையில் அதிக இலக்கங்கள் உள்ளன. %1</translation>
    </message>
    <message>
        <source>The amount must be more than RM 0.00.</source>
        <translation>தொகை RM 0.00 ஐ விட அதிகமாக இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>%1 is not available for this product. Choose one of: %2.</source>
        <translation>%1 இந்தத் தயாரிப்புக்குக் கிடைக்காது. இவற்றில் ஒன்றைத் தேர்ந்தெடுக்கவும்: %2.</translation>
    </message>
    <message>
        <source>An amount cannot contain a space (%1 found). %2</source>
        <translation>தொகையில் இடைவெளி இருக்கக்கூடாது (%1 கண்டது). %2</translation>
    </message>
</context>
<context>
    <name>MyKad</name>
    <message>
        <source>Johor</source>
        <translation>ஜொகூர்</translation>
    </message>
    <message>
        <source>Kedah</source>
        <translation>கெடா</translation>
    </message>
    <message>
        <source>Kelantan</source>
        <translation>கிளந்தான்</translation>
    </message>
    <message>
        <source>Melaka</source>
        <translation>மலாக்கா</translation>
    </message>
    <message>
        <source>Negeri Sembilan</source>
        <translation>நெகிரி செம்பிலான்</translation>
    </message>
    <message>
        <source>Pahang</source>
        <translation>பகாங்</translation>
    </message>
    <message>
        <source>Pulau Pinang</source>
        <translation>பினாங்கு</translation>
    </message>
    <message>
        <source>Perak</source>
        <translation>பேராக்</translation>
    </message>
    <message>
        <source>Perlis</source>
        <translation>பெர்லிஸ்</translation>
    </message>
    <message>
        <source>Selangor</source>
        <translation>சிலாங்கூர்</translation>
    </message>
    <message>
        <source>Terengganu</source>
        <translation>திரெங்கானு</translation>
    </message>
    <message>
        <source>Sabah</source>
        <translation>சபா</translation>
    </message>
    <message>
        <source>Sarawak</source>
        <translation>சரவாக்</translation>
    </message>
    <message>
        <source>WP Kuala Lumpur</source>
        <translation>WP கோலாலம்பூர்</translation>
    </message>
    <message>
        <source>WP Labuan</source>
        <translation>WP லாபுவான்</translation>
    </message>
    <message>
        <source>WP Putrajaya</source>
        <translation>WP புத்ராஜெயா</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>புருணை</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>இந்தோனேசியா</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>கம்போடியா</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>லாவோஸ்</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>மியன்மார்</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>பிலிப்பைன்ஸ்</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>சிங்கப்பூர்</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>தாய்லாந்து</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>வியட்நாம்</translation>
    </message>
    <message>
        <source>Born abroad</source>
        <translation>வெளிநாட்டில் பிறந்தவர்</translation>
    </message>
    <message>
        <source>China</source>
        <translation>சீனா</translation>
    </message>
    <message>
        <source>India</source>
        <translation>இந்தியா</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>பாகிஸ்தான்</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>சவுதி அரேபியா</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>இலங்கை</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>வங்காளதேசம்</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>மாநிலம் தெரியவில்லை</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>ஓசியானியா</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>தென் அமெரிக்கா</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>ஆப்பிரிக்கா</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>ஐரோப்பா</translation>
    </message>
    <message>
        <source>United Kingdom and Ireland</source>
        <translation>ஐக்கிய இராச்சியம், அயர்லாந்து</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>மத்திய கிழக்கு</translation>
    </message>
    <message>
        <source>Japan, Korea, Taiwan</source>
        <translation>ஜப்பான், கொரியா, தைவான்</translation>
    </message>
    <message>
        <source>Caribbean, Central America, Mexico</source>
        <translation>கரீபியன், மத்திய அமெரிக்கா, மெக்சிகோ</translation>
    </message>
    <message>
        <source>USA, Canada</source>
        <translation>அமெரிக்கா, கனடா</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>கிழக்கு ஐரோப்பா</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>பிற நாடு</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>நாடற்றவர்</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>குறிப்பிடப்படவில்லை</translation>
    </message>
    <message>
        <source>Enter the IC number (12 digits).</source>
        <translation>IC எண்ணை உள்ளிடவும் (12 இலக்கங்கள்).</translation>
    </message>
    <message>
        <source>Old IC numbers (a letter and 7 digits) are not accepted. Ask for the 12-digit MyKad number.</source>
        <translation>பழைய IC எண்கள் (ஓர் எழுத்தும் 7 இலக்கங்களும்) ஏற்கப்படாது. 12 இலக்க MyKad எண்ணைக் கேளுங்கள்.</translation>
    </message>
    <message>
        <source>The IC number contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation>IC எண்ணில் வேறு எழுத்துமுறை எண்கள் உள்ளன (%1). 0 முதல் 9 வரையிலான எண்களால் தட்டச்சு செய்யவும்.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in an IC number. Use only the digits 0 to 9.</source>
        <translation>&quot;%1&quot; IC எண்ணில் அனுமதி இல்லை. 0 முதல் 9 வரையிலான எண்கள் மட்டும் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>IC number must have 12 digits, not %1.</source>
        <translation>IC எண்ணில் 12 இலக்கங்கள் இருக்க வேண்டும், %1 அல்ல.</translation>
    </message>
    <message>
        <source>Month %1 is not a valid month in this IC number.</source>
        <translation>இந்த IC எண்ணில் மாதம் %1 சரியான மாதம் அல்ல.</translation>
    </message>
    <message>
        <source>Day %1 is not a valid day in this IC number.</source>
        <translation>இந்த IC எண்ணில் நாள் %1 சரியான நாள் அல்ல.</translation>
    </message>
    <message>
        <source>The birth date in this IC number (%1/%2/%3, day/month/year) does not exist.</source>
        <translation>இந்த IC எண்ணில் உள்ள பிறந்த தேதி (%1/%2/%3, நாள்/மாதம்/ஆண்டு) இல்லாதது.</translation>
    </message>
    <message>
        <source>Place-of-birth code %1 is not issued. Check digits 7 and 8 of the IC number.</source>
        <translation>பிறப்பிடக் குறியீடு %1 வழங்கப்படுவதில்லை. IC எண்ணின் 7, 8 ஆவது இலக்கங்களைச் சரிபார்க்கவும்.</translation>
    </message>
</context>
<context>
    <name>PassportNumber</name>
    <message>
        <source>Enter the passport number.</source>
        <translation>கடவுச்சீட்டு எண்ணை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>This is a 12-digit MyKad number; it is taken as an IC number.</source>
        <translation>இது 12 இலக்க MyKad எண்; இது IC எண்ணாக எடுத்துக்கொள்ளப்படுகிறது.</translation>
    </message>
    <message>
        <source>Leave out the &quot;&lt;&quot; filler characters: type only the passport number as printed.</source>
        <translation>&quot;&lt;&quot; நிரப்பு எழுத்துகளை விட்டுவிடவும்: அச்சிடப்பட்டபடி கடவுச்சீட்டு எண்ணை மட்டும் தட்டச்சு செய்யவும்.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a passport number. Use only the letters A to Z and the digits 0 to 9.</source>
        <translation>&quot;%1&quot; கடவுச்சீட்டு எண்ணில் அனுமதி இல்லை. A முதல் Z எழுத்துகள், 0 முதல் 9 எண்கள் மட்டும் பயன்படுத்தவும்.</translation>
    </message>
    <message>
        <source>This passport number is too short: it must have 6 to 12 letters and digits.</source>
        <translation>இந்தக் கடவுச்சீட்டு எண் மிகக் குறுகியது: 6 முதல் 12 எழுத்துகள், எண்கள் இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>This passport number is too long: it must have 6 to 12 letters and digits.</source>
        <translation>இந்தக் கடவுச்சீட்டு எண் மிக நீளமானது: 6 முதல் 12 எழுத்துகள், எண்கள் இருக்க வேண்டும்.</translation>
    </message>
    <message>
        <source>A passport number has at least one digit. Check the number on the passport.</source>
        <translation>கடவுச்சீட்டு எண்ணில் குறைந்தது ஓர் இலக்கம் இருக்கும். கடவுச்சீட்டில் உள்ள எண்ணைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>A passport number cannot be one character repeated. Check the number on the passport.</source>
        <translation>கடவுச்சீட்டு எண் ஒரே எழுத்து மீண்டும் மீண்டும் வருவதாக இருக்க முடியாது. கடவுச்சீட்டில் உள்ள எண்ணைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <source>This looks like a Malaysian passport. Malaysians must give their MyKad (IC) number: ask for it.</source>
        <translation>இது மலேசியக் கடவுச்சீட்டு போலத் தெரிகிறது. மலேசியர்கள் MyKad (IC) எண்ணைத் தர வேண்டும்: அதைக் கேளுங்கள்.</translation>
    </message>
</context>
<context>
    <name>PaymentEngine</name>
    <message>
        <source>There is no sale %1 to correct.</source>
        <translation>திருத்துவதற்கு விற்பனை %1 இல்லை.</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not Rejected: it may already have a transaction, so it can only be re-queried, never sent with different details.</source>
        <translation>விற்பனை %1 %2 நிலையில் உள்ளது, Rejected அல்ல: அதற்கு ஏற்கனவே பரிவர்த்தனை இருக்கலாம், எனவே மீண்டும் விசாரிக்க மட்டுமே முடியும், வேறு விவரங்களுடன் ஒருபோதும் அனுப்ப முடியாது.</translation>
    </message>
    <message>
        <source>The sales journal is not open. Nothing was sent.</source>
        <translation>விற்பனைப் பதிவேடு திறக்கப்படவில்லை. எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>The same sale (%1) was sent a moment ago and is still in progress.</source>
        <translation>இதே விற்பனை (%1) சற்று முன் அனுப்பப்பட்டது, இன்னும் நடந்துகொண்டிருக்கிறது.</translation>
    </message>
    <message>
        <source>The sale could not be saved in the journal (%1). Nothing was sent.</source>
        <translation>விற்பனையைப் பதிவேட்டில் சேமிக்க முடியவில்லை (%1). எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>The answer did not match this sale (refid, product, account or amount differ); it was not accepted.</source>
        <translation>பதில் இந்த விற்பனையுடன் பொருந்தவில்லை (refid, தயாரிப்பு, கணக்கு அல்லது தொகை வேறுபடுகிறது); அது ஏற்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Final answer without a usable status.</source>
        <translation>பயன்படுத்தக்கூடிய நிலை இல்லாத இறுதிப் பதில்.</translation>
    </message>
    <message>
        <source>Pending answer without a usable status.</source>
        <translation>பயன்படுத்தக்கூடிய நிலை இல்லாத நிலுவைப் பதில்.</translation>
    </message>
    <message>
        <source>HTTP 400 for a sale that already has a transaction: %1</source>
        <translation>ஏற்கனவே பரிவர்த்தனை உள்ள விற்பனைக்கு HTTP 400: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the server (HTTP 429); retrying after %n second(s).</source>
        <translation>
            <numerusform>சர்வர் வேகத்தைக் கட்டுப்படுத்தியது (HTTP 429); %n வினாடிக்குப் பிறகு மீண்டும் முயற்சிக்கும்.</numerusform>
            <numerusform>சர்வர் வேகத்தைக் கட்டுப்படுத்தியது (HTTP 429); %n வினாடிகளுக்குப் பிறகு மீண்டும் முயற்சிக்கும்.</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable answer from the server.</source>
        <translation>சர்வரிடமிருந்து பயன்படுத்தக்கூடிய பதில் இல்லை.</translation>
    </message>
    <message>
        <source>The server now reports %1 for this %2 sale.</source>
        <translation>இந்த %2 விற்பனைக்கு சர்வர் இப்போது %1 எனத் தெரிவிக்கிறது.</translation>
    </message>
    <message>
        <source>The sales journal could not record sale %1 (%2). Nothing more is sent for it until the journal works again.</source>
        <translation>விற்பனைப் பதிவேடு விற்பனை %1 ஐப் பதிவு செய்ய முடியவில்லை (%2). பதிவேடு மீண்டும் வேலை செய்யும் வரை அதற்கு மேலும் எதுவும் அனுப்பப்படாது.</translation>
    </message>
    <message>
        <source>IIMMPACT answered Failed 54 (duplicate transaction or daily limit) twice for this accepted sale.</source>
        <translation>ஏற்கப்பட்ட இந்த விற்பனைக்கு IIMMPACT இரண்டு முறை Failed 54 (இரட்டைப் பரிவர்த்தனை அல்லது தினசரி வரம்பு) எனப் பதிலளித்தது.</translation>
    </message>
    <message>
        <source>IIMMPACT answered Failed 54 (duplicate transaction: this reference may exist with other details); not taken as final, re-queried.</source>
        <translation>IIMMPACT Failed 54 எனப் பதிலளித்தது (இரட்டைப் பரிவர்த்தனை: இந்தக் குறிப்பு எண் வேறு விவரங்களுடன் இருக்கலாம்); இறுதியாக எடுக்கப்படவில்லை, மீண்டும் விசாரிக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>the stored request differs</source>
        <translation>சேமிக்கப்பட்ட கோரிக்கை வேறுபடுகிறது</translation>
    </message>
    <message>
        <source>Sale %1 is saved in the journal but could not be read back (%2). It was not sent now; it stays pending and recovery sends it once the journal works.</source>
        <translation>விற்பனை %1 பதிவேட்டில் சேமிக்கப்பட்டது, ஆனால் மீண்டும் படிக்க முடியவில்லை (%2). இப்போது அனுப்பப்படவில்லை; அது நிலுவையில் இருக்கும், பதிவேடு வேலை செய்தவுடன் மீட்பு அதை அனுப்பும்.</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <source>Sale still pending</source>
        <translation>விற்பனை இன்னும் நிலுவையில்</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு எண்</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>நகலெடு</translation>
    </message>
    <message>
        <source>IIMMPACT has not given a final answer yet. The sale may still succeed: do NOT refund the customer and do NOT sell it again. Kaunter keeps checking with the same reference in the background; the header counts it until it is settled. Give the customer the reference.</source>
        <translation>IIMMPACT இன்னும் இறுதிப் பதில் தரவில்லை. விற்பனை இன்னும் வெற்றியடையலாம்: வாடிக்கையாளருக்குப் பணத்தைத் திருப்பித் தர வேண்டாம், மீண்டும் விற்க வேண்டாம். Kaunter அதே குறிப்பு எண்ணுடன் பின்னணியில் சரிபார்த்துக்கொண்டே இருக்கும்; தீர்வாகும் வரை மேல் பட்டியில் அது கணக்கிடப்படும். வாடிக்கையாளரிடம் குறிப்பு எண்ணைக் கொடுங்கள்.</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>இப்போது சரிபார்</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>அடுத்த வாடிக்கையாளர் (Enter)</translation>
    </message>
    <message>
        <source>%1 · %2 · RM %3</source>
        <translation>%1 · %2 · RM %3</translation>
    </message>
    <message>
        <source>Last known status: %1</source>
        <translation>கடைசியாகத் தெரிந்த நிலை: %1</translation>
    </message>
    <message>
        <source>Flagged for review: the answer did not match the sale.</source>
        <translation>மறுஆய்வுக்குக் குறிக்கப்பட்டது: பதில் விற்பனையுடன் பொருந்தவில்லை.</translation>
    </message>
</context>
<context>
    <name>PendingSalesDialog</name>
    <message>
        <source>Sales that need a decision</source>
        <translation>முடிவு தேவைப்படும் விற்பனைகள்</translation>
    </message>
    <message>
        <source>Not sent, needs a decision</source>
        <translation>அனுப்பப்படவில்லை, முடிவு தேவை</translation>
    </message>
    <message>
        <source>These sales were saved but never answered, and IIMMPACT has no transaction for them. Kaunter does not send them on its own: the customer may have left long ago. A supervisor decides: Send now (same reference, same details) or Void (never sent; nothing is charged; the reference is never used again).</source>
        <translation>இந்த விற்பனைகள் சேமிக்கப்பட்டன ஆனால் பதில் வரவில்லை, IIMMPACT இடம் அவற்றுக்குப் பரிவர்த்தனை இல்லை. Kaunter தானாக அவற்றை அனுப்பாது: வாடிக்கையாளர் நீண்ட நேரத்துக்கு முன்பே போயிருக்கலாம். மேற்பார்வையாளர் முடிவு செய்வார்: இப்போது அனுப்பு (அதே குறிப்பு எண், அதே விவரங்கள்) அல்லது ரத்து செய் (ஒருபோதும் அனுப்பப்படாது; கட்டணம் இல்லை; குறிப்பு எண் மீண்டும் பயன்படுத்தப்படாது).</translation>
    </message>
    <message>
        <source>Supervisor only.</source>
        <translation>மேற்பார்வையாளர் மட்டும்.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>இப்போது அனுப்பு</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>ரத்து செய்</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Checking with IIMMPACT before voiding %1…</source>
        <translation>%1 ஐ ரத்து செய்வதற்கு முன் IIMMPACT இடம் சரிபார்க்கிறது…</translation>
    </message>
    <message>
        <source>RM %1 · %2 · %3
%4 · saved %5</source>
        <translation>RM %1 · %2 · %3
%4 · சேமித்தது %5</translation>
    </message>
    <message>
        <source>No sale needs a decision.</source>
        <translation>எந்த விற்பனைக்கும் முடிவு தேவையில்லை.</translation>
    </message>
    <message>
        <source>Send now?</source>
        <translation>இப்போது அனுப்பவா?</translation>
    </message>
    <message>
        <source>Send sale %1 to IIMMPACT now, with the same reference and details?

%2

The customer is charged if it succeeds. Only when the customer is here and still wants it.</source>
        <translation>விற்பனை %1 ஐ அதே குறிப்பு எண், விவரங்களுடன் இப்போது IIMMPACT க்கு அனுப்பவா?

%2

வெற்றியடைந்தால் வாடிக்கையாளரிடம் கட்டணம் வசூலிக்கப்படும். வாடிக்கையாளர் இங்கே இருந்து இன்னும் விரும்பினால் மட்டுமே.</translation>
    </message>
    <message>
        <source>Void this sale?</source>
        <translation>இந்த விற்பனையை ரத்து செய்யவா?</translation>
    </message>
    <message>
        <source>Void sale %1? It is never sent and nothing is charged; its reference is never used again. Kaunter asks IIMMPACT once more first.

%2</source>
        <translation>விற்பனை %1 ஐ ரத்து செய்யவா? அது ஒருபோதும் அனுப்பப்படாது, கட்டணம் இல்லை; அதன் குறிப்பு எண் மீண்டும் பயன்படுத்தப்படாது. Kaunter முதலில் IIMMPACT இடம் இன்னொரு முறை கேட்கும்.

%2</translation>
    </message>
    <message>
        <source>Send sale %1 now</source>
        <translation>விற்பனை %1 ஐ இப்போது அனுப்பு</translation>
    </message>
    <message>
        <source>Void sale %1</source>
        <translation>விற்பனை %1 ஐ ரத்து செய்</translation>
    </message>
    <message>
        <source>Nothing was done: the supervisor PIN was not given.</source>
        <translation>எதுவும் செய்யப்படவில்லை: மேற்பார்வையாளர் PIN கொடுக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Sale %1 is being sent.</source>
        <translation>விற்பனை %1 அனுப்பப்படுகிறது.</translation>
    </message>
    <message>
        <source>Sale %1 is voided: never sent, nothing charged.</source>
        <translation>விற்பனை %1 ரத்து செய்யப்பட்டது: ஒருபோதும் அனுப்பப்படவில்லை, கட்டணம் இல்லை.</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation>மொபைல் எண்ணை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Will be sent as %1</source>
        <translation>%1 ஆக அனுப்பப்படும்</translation>
    </message>
</context>
<context>
    <name>PrintResult</name>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>ரசீது பிரிண்டருக்கு அனுப்பப்பட்டது.</translation>
    </message>
    <message>
        <source>The printer refused the connection. Check that it is switched on and that the printer address and port are right, then press Retry.</source>
        <translation>பிரிண்டர் இணைப்பை மறுத்தது. அது இயக்கத்தில் உள்ளதா, பிரிண்டர் முகவரியும் port உம் சரியா எனச் சரிபார்த்து, மீண்டும் முயற்சி அழுத்தவும்.</translation>
    </message>
    <message>
        <source>The printer did not answer. Check that it is switched on and that its network cable is plugged in, then press Retry.</source>
        <translation>பிரிண்டர் பதிலளிக்கவில்லை. அது இயக்கத்தில் உள்ளதா, நெட்வொர்க் கேபிள் செருகப்பட்டுள்ளதா எனச் சரிபார்த்து, மீண்டும் முயற்சி அழுத்தவும்.</translation>
    </message>
    <message>
        <source>The printer is not taking the receipt. Check that the cover is closed, that there is paper and that the printer shows no error, then press Retry.</source>
        <translation>பிரிண்டர் ரசீதை ஏற்கவில்லை. மூடி மூடப்பட்டுள்ளதா, காகிதம் உள்ளதா, பிரிண்டரில் பிழை காட்டவில்லையா எனச் சரிபார்த்து, மீண்டும் முயற்சி அழுத்தவும்.</translation>
    </message>
    <message>
        <source>The printer is out of paper. Put in a new roll, close the cover, then press Retry.</source>
        <translation>பிரிண்டரில் காகிதம் இல்லை. புதிய ரோல் போட்டு, மூடியை மூடி, மீண்டும் முயற்சி அழுத்தவும்.</translation>
    </message>
    <message>
        <source>The printer is not connected. Check its USB or serial cable and that it is switched on, then press Retry.</source>
        <translation>பிரிண்டர் இணைக்கப்படவில்லை. அதன் USB அல்லது serial கேபிளையும், அது இயக்கத்தில் உள்ளதா என்பதையும் சரிபார்த்து, மீண்டும் முயற்சி அழுத்தவும்.</translation>
    </message>
    <message>
        <source>The receipt could not be sent to the printer. Check the printer, then press Retry.</source>
        <translation>ரசீதைப் பிரிண்டருக்கு அனுப்ப முடியவில்லை. பிரிண்டரைச் சரிபார்த்து, மீண்டும் முயற்சி அழுத்தவும்.</translation>
    </message>
</context>
<context>
    <name>ProcessingPage</name>
    <message>
        <source>Do not take the customer&apos;s money back and do not sell again while this is open: the sale may already be done.</source>
        <translation>இது திறந்திருக்கும்போது வாடிக்கையாளருக்குப் பணத்தைத் திருப்பித் தர வேண்டாம், மீண்டும் விற்க வேண்டாம்: விற்பனை ஏற்கனவே முடிந்திருக்கலாம்.</translation>
    </message>
    <message>
        <source>Continue in background (Esc)</source>
        <translation>பின்னணியில் தொடர் (Esc)</translation>
    </message>
    <message>
        <source>Serve the next customer. This sale stays pending and Kaunter keeps checking it; the header shows it until it is settled.</source>
        <translation>அடுத்த வாடிக்கையாளரைக் கவனியுங்கள். இந்த விற்பனை நிலுவையில் இருக்கும், Kaunter சரிபார்த்துக்கொண்டே இருக்கும்; தீர்வாகும் வரை மேல் பட்டியில் காட்டப்படும்.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>குறிப்பு எண் %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>அனுப்புகிறது…</translation>
    </message>
    <message>
        <source>The sale is recorded on this till and is being sent to IIMMPACT.</source>
        <translation>விற்பனை இந்த கவுண்டரில் பதிவு செய்யப்பட்டு IIMMPACT க்கு அனுப்பப்படுகிறது.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>ஏற்கப்பட்டது</translation>
    </message>
    <message>
        <source>IIMMPACT accepted the sale and will process it shortly.</source>
        <translation>IIMMPACT விற்பனையை ஏற்றது, விரைவில் செயல்படுத்தும்.</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>செயல்படுத்தப்படுகிறது</translation>
    </message>
    <message>
        <source>The provider is processing the sale. Most sales finish within 30 seconds.</source>
        <translation>வழங்குநர் விற்பனையைச் செயல்படுத்துகிறார். பெரும்பாலான விற்பனைகள் 30 வினாடிகளுக்குள் முடியும்.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>சரிபார்க்கிறது…</translation>
    </message>
    <message>
        <source>No clear answer yet (%1). Kaunter asks again with the same reference; the customer is never charged twice.</source>
        <translation>இன்னும் தெளிவான பதில் இல்லை (%1). Kaunter அதே குறிப்பு எண்ணுடன் மீண்டும் கேட்கும்; வாடிக்கையாளரிடம் ஒருபோதும் இரண்டு முறை கட்டணம் வசூலிக்கப்படாது.</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>பதில் இல்லை</translation>
    </message>
    <message>
        <source>Asking IIMMPACT again (check %1)…</source>
        <translation>IIMMPACT இடம் மீண்டும் கேட்கிறது (சரிபார்ப்பு %1)…</translation>
    </message>
    <message>
        <source>Elapsed %1:%2</source>
        <translation>கடந்த நேரம் %1:%2</translation>
    </message>
    <message>
        <source>Next check in %1 s</source>
        <translation>அடுத்த சரிபார்ப்பு %1 வி. இல்</translation>
    </message>
    <message>
        <source>Waiting for IIMMPACT…</source>
        <translation>IIMMPACT க்காகக் காத்திருக்கிறது…</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>Mobile number</source>
        <translation>மொபைல் எண்</translation>
    </message>
    <message>
        <source>Ref-1</source>
        <translation>Ref-1</translation>
    </message>
    <message>
        <source>IC number</source>
        <translation>IC எண்</translation>
    </message>
    <message>
        <source>Email or mobile number</source>
        <translation>மின்னஞ்சல் அல்லது மொபைல் எண்</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>கணக்கு எண்</translation>
    </message>
    <message>
        <source>Mobile Reload</source>
        <translation>மொபைல் ரீலோட்</translation>
    </message>
    <message>
        <source>Mobile Data</source>
        <translation>மொபைல் டேட்டா</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>பில்கள்</translation>
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
        <translation>கிஃப்ட் கார்டுகள் &amp; வவுச்சர்கள்</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>மற்றவை</translation>
    </message>
</context>
<context>
    <name>ProductBrowser</name>
    <message>
        <source>Search products (Ctrl+F)</source>
        <translation>தயாரிப்புகளைத் தேடு (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>தயாரிப்புகளைத் தேடு</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>பிடித்தவை</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>சமீபத்தியவை</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>தயாரிப்புகள்</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>மீண்டும் முயற்சி</translation>
    </message>
    <message>
        <source>Add or remove the selected product from the favourites (Ctrl+D)</source>
        <translation>தேர்ந்தெடுத்த தயாரிப்பைப் பிடித்தவையில் சேர் அல்லது நீக்கு (Ctrl+D)</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>தயாரிப்புகள்: %1</translation>
    </message>
    <message>
        <source>Sell %1 (F%2)</source>
        <translation>%1 விற்கவும் (F%2)</translation>
    </message>
    <message>
        <source>Loading products from IIMMPACT…</source>
        <translation>IIMMPACT இலிருந்து தயாரிப்புகள் ஏற்றப்படுகின்றன…</translation>
    </message>
    <message>
        <source>The product list could not be loaded: %1</source>
        <translation>தயாரிப்புப் பட்டியலை ஏற்ற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>பிடித்தவையில் சேர்</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>பிடித்தவையிலிருந்து நீக்கு</translation>
    </message>
    <message>
        <source>⚠ %1: %2 Sales may be slow or fail; you can still sell.</source>
        <translation>⚠ %1: %2 விற்பனைகள் மெதுவாகலாம் அல்லது தோல்வியடையலாம்; இருந்தாலும் விற்கலாம்.</translation>
    </message>
</context>
<context>
    <name>ProductCatalogue</name>
    <message>
        <source>The product list has no &quot;data&quot; array.</source>
        <translation>தயாரிப்புப் பட்டியலில் &quot;data&quot; array இல்லை.</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>⚠ Interruption</source>
        <translation>⚠ தடங்கல்</translation>
    </message>
    <message>
        <source>Service interruption: %1</source>
        <translation>சேவைத் தடங்கல்: %1</translation>
    </message>
    <message>
        <source>%1, service interruption</source>
        <translation>%1, சேவைத் தடங்கல்</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <source>Choose a product.</source>
        <translation>ஒரு தயாரிப்பைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>The product code is too long.</source>
        <translation>தயாரிப்புக் குறியீடு மிக நீளமானது.</translation>
    </message>
    <message>
        <source>The product code may only hold letters A-Z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>தயாரிப்புக் குறியீட்டில் A-Z எழுத்துகள், எண்கள், &apos;_&apos;, &apos;-&apos; மட்டுமே இருக்கலாம்.</translation>
    </message>
    <message>
        <source>Enter the account or mobile number.</source>
        <translation>கணக்கு அல்லது மொபைல் எண்ணை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>The account number is too long or holds invisible characters.</source>
        <translation>கணக்கு எண் மிக நீளமானது அல்லது கண்ணுக்குத் தெரியாத எழுத்துகள் உள்ளன.</translation>
    </message>
    <message>
        <source>The sub-product code holds invisible characters.</source>
        <translation>துணைத் தயாரிப்புக் குறியீட்டில் கண்ணுக்குத் தெரியாத எழுத்துகள் உள்ளன.</translation>
    </message>
    <message>
        <source>Choose the PTPTN account type (sub-product).</source>
        <translation>PTPTN கணக்கு வகையைத் (துணைத் தயாரிப்பு) தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>Choose the data plan (sub-product).</source>
        <translation>டேட்டா பிளானைத் (துணைத் தயாரிப்பு) தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message numerus="yes">
        <source>The remarks are too long (at most %n characters).</source>
        <translation>
            <numerusform>குறிப்புகள் மிக நீளமானவை (அதிகபட்சம் %n எழுத்து).</numerusform>
            <numerusform>குறிப்புகள் மிக நீளமானவை (அதிகபட்சம் %n எழுத்துகள்).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PtptnForm</name>
    <message>
        <source>Find accounts</source>
        <translation>கணக்குகளைத் தேடு</translation>
    </message>
    <message>
        <source>Borrower&apos;s or saver&apos;s IC number (MyKad)</source>
        <translation>கடன் பெற்றவர் அல்லது சேமிப்பவரின் IC எண் (MyKad)</translation>
    </message>
    <message>
        <source>Enter the IC number, then find the PTPTN and SSPN accounts linked to it.</source>
        <translation>IC எண்ணை உள்ளிட்டு, அதனுடன் இணைந்த PTPTN, SSPN கணக்குகளைத் தேடுங்கள்.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>கணக்கு</translation>
    </message>
    <message>
        <source>Press Find accounts (or Enter).</source>
        <translation>கணக்குகளைத் தேடு (அல்லது Enter) அழுத்தவும்.</translation>
    </message>
    <message>
        <source>Looking up the accounts for %1…</source>
        <translation>%1 க்கான கணக்குகளைத் தேடுகிறது…</translation>
    </message>
    <message>
        <source>The accounts could not be fetched: %1</source>
        <translation>கணக்குகளைப் பெற முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>No PTPTN or SSPN account is linked to this IC number.</source>
        <translation>இந்த IC எண்ணுடன் PTPTN அல்லது SSPN கணக்கு இணைக்கப்படவில்லை.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) linked to this IC:</source>
        <translation>
            <numerusform>இந்த IC உடன் இணைந்த %n கணக்கு:</numerusform>
            <numerusform>இந்த IC உடன் இணைந்த %n கணக்குகள்:</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>கணக்கு %1</translation>
    </message>
    <message>
        <source>Enter the IC number.</source>
        <translation>IC எண்ணை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Waiting for the accounts linked to this IC.</source>
        <translation>இந்த IC உடன் இணைந்த கணக்குகளுக்காகக் காத்திருக்கிறது.</translation>
    </message>
    <message>
        <source>Find the accounts linked to this IC.</source>
        <translation>இந்த IC உடன் இணைந்த கணக்குகளைத் தேடுங்கள்.</translation>
    </message>
    <message>
        <source>Choose the account.</source>
        <translation>கணக்கைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>IIMMPACT returned no account number for this account.</source>
        <translation>இந்தக் கணக்குக்கு IIMMPACT கணக்கு எண் தரவில்லை.</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>தொகையை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>கணக்கு வகை</translation>
    </message>
    <message>
        <source>IC number</source>
        <translation>IC எண்</translation>
    </message>
    <message>
        <source>PTPTN / SSPN account</source>
        <translation>PTPTN / SSPN கணக்கு</translation>
    </message>
</context>
<context>
    <name>ReadCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>கோரிக்கை ரத்து செய்யப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>PAID</source>
        <translation>செலுத்தப்பட்டது</translation>
    </message>
    <message>
        <source>FAILED - NOT CHARGED</source>
        <translation>தோல்வி - கட்டணம் இல்லை</translation>
    </message>
    <message>
        <source>VOIDED - REFUNDED</source>
        <translation>ரத்து - பணம் திருப்பப்பட்டது</translation>
    </message>
    <message>
        <source>NOT SENT - CORRECT AND RETRY</source>
        <translation>அனுப்பப்படவில்லை - திருத்தி மீண்டும் முயற்சிக்கவும்</translation>
    </message>
    <message>
        <source>PENDING - DO NOT REPEAT THIS SALE</source>
        <translation>நிலுவையில் - இந்த விற்பனையை மீண்டும் செய்ய வேண்டாம்</translation>
    </message>
    <message>
        <source>TRAINING - NO MONEY MOVED</source>
        <translation>பயிற்சி - பணம் நகரவில்லை</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>தயாரிப்பு</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>கணக்கு</translation>
    </message>
    <message>
        <source>Biller code</source>
        <translation>பில்லர் குறியீடு</translation>
    </message>
    <message>
        <source>Ref-2</source>
        <translation>Ref-2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>பிளான்</translation>
    </message>
    <message>
        <source>IC / passport</source>
        <translation>IC / கடவுச்சீட்டு</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு எண்</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>நேரம்</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>வரிசை எண்</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>காலாவதி</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>வவுச்சர்</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>VOID - NEVER SENT, NOT CHARGED</source>
        <translation>ரத்து - அனுப்பப்படவில்லை, கட்டணம் இல்லை</translation>
    </message>
    <message>
        <source>NOT SENT - SUPERVISOR DECISION NEEDED</source>
        <translation>அனுப்பப்படவில்லை - மேற்பார்வையாளர் முடிவு தேவை</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>நகல்</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>ரத்து செய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Reg. no. %1</source>
        <translation>பதிவு எண் %1</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>முனையம்</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>காசாளர்</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>பில்லர்</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>கணக்கு வகை</translation>
    </message>
    <message>
        <source>Account type code</source>
        <translation>கணக்கு வகைக் குறியீடு</translation>
    </message>
    <message>
        <source>Plan code</source>
        <translation>பிளான் குறியீடு</translation>
    </message>
    <message>
        <source>PIN (hidden on copies)</source>
        <translation>PIN (நகல்களில் மறைக்கப்படும்)</translation>
    </message>
    <message>
        <source>Voucher link</source>
        <translation>வவுச்சர் இணைப்பு</translation>
    </message>
    <message>
        <source>hidden on copies</source>
        <translation>நகல்களில் மறைக்கப்படும்</translation>
    </message>
    <message>
        <source>Not confirmed yet. Keep this slip: the shop will check reference %1 and give you the result. Do not pay again for this sale.</source>
        <translation>இன்னும் உறுதிப்படுத்தப்படவில்லை. இந்தச் சீட்டை வைத்திருங்கள்: கடை குறிப்பு எண் %1 ஐச் சரிபார்த்து முடிவைச் சொல்லும். இந்த விற்பனைக்கு மீண்டும் பணம் செலுத்த வேண்டாம்.</translation>
    </message>
</context>
<context>
    <name>ReceiptCommand</name>
    <message>
        <source>Sale %1 is not in the journal: there is no receipt to write.</source>
        <translation>விற்பனை %1 பதிவேட்டில் இல்லை: எழுத ரசீது இல்லை.</translation>
    </message>
    <message>
        <source>The receipt for %1 could not be drawn. Nothing was written.</source>
        <translation>%1 க்கான ரசீதை வரைய முடியவில்லை. எதுவும் எழுதப்படவில்லை.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ஐ எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>Receipt for %1 written to %2.</source>
        <translation>%1 க்கான ரசீது %2 இல் எழுதப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>ReceiptImage</name>
    <message>
        <source>Could not write the receipt to %1. Check that the folder exists and can be written to.</source>
        <translation>ரசீதை %1 இல் எழுத முடியவில்லை. கோப்புறை உள்ளதா, அதில் எழுத முடியுமா எனச் சரிபார்க்கவும்.</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Choose the receipt printer</source>
        <translation>ரசீது பிரிண்டரைத் தேர்ந்தெடுக்கவும்</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>ரசீது %1</translation>
    </message>
    <message>
        <source>The printer %1 did not take the receipt. Check that it is on and installed, then try again.</source>
        <translation>பிரிண்டர் %1 ரசீதை ஏற்கவில்லை. அது இயக்கத்தில் உள்ளதா, நிறுவப்பட்டுள்ளதா எனச் சரிபார்த்து மீண்டும் முயற்சிக்கவும்.</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>ரசீதைச் சேமி</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No receipt printer address is set (host or host:port). Set it in the printer settings.</source>
        <translation>ரசீது பிரிண்டர் முகவரி அமைக்கப்படவில்லை (host அல்லது host:port). பிரிண்டர் அமைப்புகளில் அமைக்கவும்.</translation>
    </message>
    <message>
        <source>No receipt printer device is set (for example /dev/usb/lp0). Set it in the printer settings.</source>
        <translation>ரசீது பிரிண்டர் device அமைக்கப்படவில்லை (எ.கா. /dev/usb/lp0). பிரிண்டர் அமைப்புகளில் அமைக்கவும்.</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>ரசீது அச்சிடப்படவில்லை</translation>
    </message>
    <message>
        <source>%1

The sale itself is not affected.</source>
        <translation>%1

விற்பனை இதனால் பாதிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>மீண்டும் முயற்சி</translation>
    </message>
    <message>
        <source>z-report-%1.pdf</source>
        <translation>z-report-%1.pdf</translation>
    </message>
</context>
<context>
    <name>ReconcileCommand</name>
    <message>
        <source>Missing at IIMMPACT</source>
        <translation>IIMMPACT இல் இல்லை</translation>
    </message>
    <message>
        <source>Missing in the journal</source>
        <translation>பதிவேட்டில் இல்லை</translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation>நிலை வேறுபடுகிறது</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>தொகை வேறுபடுகிறது</translation>
    </message>
    <message>
        <source>Reconciliation of %1 (Malaysian time), till %2</source>
        <translation>%1 இன் ஒப்பீடு (மலேசிய நேரம்), முனையம் %2</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>ஒப்பிடப்படவில்லை: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n sale(s) in the journal,</source>
        <translation>
            <numerusform>  பதிவேட்டில் %n விற்பனை,</numerusform>
            <numerusform>  பதிவேட்டில் %n விற்பனைகள்,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) at IIMMPACT,</source>
        <translation>
            <numerusform>IIMMPACT இல் %n பரிவர்த்தனை,</numerusform>
            <numerusform>IIMMPACT இல் %n பரிவர்த்தனைகள்,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched.</source>
        <translation>
            <numerusform>%n பொருந்தியது.</numerusform>
            <numerusform>%n பொருந்தின.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n transaction(s) of other tills of this account not compared.</source>
        <translation>
            <numerusform>  இந்தக் கணக்கின் பிற முனையங்களின் %n பரிவர்த்தனை ஒப்பிடப்படவில்லை.</numerusform>
            <numerusform>  இந்தக் கணக்கின் பிற முனையங்களின் %n பரிவர்த்தனைகள் ஒப்பிடப்படவில்லை.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n sale(s) never sent to IIMMPACT (rejected, waiting for a decision or voided).</source>
        <translation>
            <numerusform>  %n விற்பனை IIMMPACT க்கு ஒருபோதும் அனுப்பப்படவில்லை (நிராகரிக்கப்பட்டது, முடிவுக்குக் காத்திருக்கிறது அல்லது ரத்து).</numerusform>
            <numerusform>  %n விற்பனைகள் IIMMPACT க்கு ஒருபோதும் அனுப்பப்படவில்லை (நிராகரிக்கப்பட்டவை, முடிவுக்குக் காத்திருப்பவை அல்லது ரத்து).</numerusform>
        </translation>
    </message>
    <message>
        <source>  Still pending in the till: %1 (%2, RM %3); recovery settles it.</source>
        <translation>  முனையத்தில் இன்னும் நிலுவையில்: %1 (%2, RM %3); மீட்பு அதைத் தீர்க்கும்.</translation>
    </message>
    <message>
        <source>The journal and IIMMPACT agree.</source>
        <translation>பதிவேடும் IIMMPACT உம் ஒத்துப்போகின்றன.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation>
            <numerusform>%n வேறுபாடு:</numerusform>
            <numerusform>%n வேறுபாடுகள்:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, RM %2</source>
        <translation>%1, RM %2</translation>
    </message>
    <message>
        <source>not in the journal</source>
        <translation>பதிவேட்டில் இல்லை</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>பட்டியலில் இல்லை</translation>
    </message>
    <message>
        <source>(no reference, IIMMPACT id %1)</source>
        <translation>(குறிப்பு எண் இல்லை, IIMMPACT id %1)</translation>
    </message>
    <message>
        <source>Product %1, account %2</source>
        <translation>தயாரிப்பு %1, கணக்கு %2</translation>
    </message>
    <message>
        <source>Till: %1. IIMMPACT: %2.</source>
        <translation>முனையம்: %1. IIMMPACT: %2.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>செய்ய வேண்டியது: %1</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list was not read in time.</source>
        <translation>IIMMPACT பரிவர்த்தனைப் பட்டியல் நேரத்தில் படிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>The reconciliation report was not kept: %1</source>
        <translation>ஒப்பீட்டு அறிக்கை சேமிக்கப்படவில்லை: %1</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>%1 இல் சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Reconciliation of Z-report No. %1&apos;s shift, %2 to %3, till %4</source>
        <translation>Z-report எண் %1 இன் ஷிஃப்ட் ஒப்பீடு, %2 முதல் %3 வரை, முனையம் %4</translation>
    </message>
    <message>
        <source>There is no Z-report yet.</source>
        <translation>இன்னும் Z-report இல்லை.</translation>
    </message>
</context>
<context>
    <name>ReconcileReportFile</name>
    <message>
        <source>No data folder or day for the reconciliation report.</source>
        <translation>ஒப்பீட்டு அறிக்கைக்கு டேட்டா கோப்புறை அல்லது நாள் இல்லை.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>கோப்புறை %1 ஐ உருவாக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ஐ எழுத முடியவில்லை: %2</translation>
    </message>
</context>
<context>
    <name>ReconcileResultView</name>
    <message>
        <source>Difference</source>
        <translation>வேறுபாடு</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு எண்</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>முனையம்</translation>
    </message>
    <message>
        <source>IIMMPACT</source>
        <translation>IIMMPACT</translation>
    </message>
    <message>
        <source>Missing at IIMMPACT</source>
        <translation>IIMMPACT இல் இல்லை</translation>
    </message>
    <message>
        <source>Missing in the till</source>
        <translation>முனையத்தில் இல்லை</translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation>நிலை வேறுபடுகிறது</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>தொகை வேறுபடுகிறது</translation>
    </message>
    <message>
        <source>Reconcile with IIMMPACT compares this shift&apos;s sales, from its opening to its close, with IIMMPACT&apos;s transaction list, and lists every difference with what to do. It only reads: nothing is sent or changed.</source>
        <translation>&quot;IIMMPACT உடன் ஒப்பிடு&quot; இந்த ஷிஃப்டின் விற்பனைகளை, திறந்தது முதல் மூடியது வரை, IIMMPACT பரிவர்த்தனைப் பட்டியலுடன் ஒப்பிட்டு, ஒவ்வொரு வேறுபாட்டையும் என்ன செய்ய வேண்டும் என்பதுடன் பட்டியலிடும். இது படிக்க மட்டுமே செய்யும்: எதுவும் அனுப்பப்படாது, மாற்றப்படாது.</translation>
    </message>
    <message>
        <source>Checking %1 against IIMMPACT&apos;s transaction list…</source>
        <translation>%1 ஐ IIMMPACT பரிவர்த்தனைப் பட்டியலுடன் ஒப்பிடுகிறது…</translation>
    </message>
    <message>
        <source>Not compared: IIMMPACT&apos;s transaction list could not be read.</source>
        <translation>ஒப்பிடப்படவில்லை: IIMMPACT பரிவர்த்தனைப் பட்டியலைப் படிக்க முடியவில்லை.</translation>
    </message>
    <message>
        <source>%1
Nothing is known about differences. Try again when IIMMPACT answers.</source>
        <translation>%1
வேறுபாடுகள் பற்றி எதுவும் தெரியவில்லை. IIMMPACT பதிலளிக்கும்போது மீண்டும் முயற்சிக்கவும்.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) in the till,</source>
        <translation>
            <numerusform>முனையத்தில் %n விற்பனை,</numerusform>
            <numerusform>முனையத்தில் %n விற்பனைகள்,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) at IIMMPACT,</source>
        <translation>
            <numerusform>IIMMPACT இல் %n பரிவர்த்தனை,</numerusform>
            <numerusform>IIMMPACT இல் %n பரிவர்த்தனைகள்,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched.</source>
        <translation>
            <numerusform>%n பொருந்தியது.</numerusform>
            <numerusform>%n பொருந்தின.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still pending in the till: %1 (RM %2); the till keeps checking it.</source>
        <translation>முனையத்தில் இன்னும் நிலுவையில்: %1 (RM %2); முனையம் அதைத் தொடர்ந்து சரிபார்க்கும்.</translation>
    </message>
    <message>
        <source>The till and IIMMPACT agree.</source>
        <translation>முனையமும் IIMMPACT உம் ஒத்துப்போகின்றன.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the till and IIMMPACT.</source>
        <translation>
            <numerusform>முனையத்துக்கும் IIMMPACT க்கும் இடையே %n வேறுபாடு.</numerusform>
            <numerusform>முனையத்துக்கும் IIMMPACT க்கும் இடையே %n வேறுபாடுகள்.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, RM %2</source>
        <translation>%1, RM %2</translation>
    </message>
    <message>
        <source>not in the till</source>
        <translation>முனையத்தில் இல்லை</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>பட்டியலில் இல்லை</translation>
    </message>
    <message>
        <source>(none; IIMMPACT id %1)</source>
        <translation>(இல்லை; IIMMPACT அடையாள எண் %1)</translation>
    </message>
    <message>
        <source>Product %1, account %2</source>
        <translation>தயாரிப்பு %1, கணக்கு %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>செய்ய வேண்டியது: %1</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>IIMMPACT&apos;s transaction list was not read in time.</source>
        <translation>IIMMPACT பரிவர்த்தனைப் பட்டியல் நேரத்தில் படிக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>The period to reconcile is empty.</source>
        <translation>ஒப்பிட வேண்டிய காலம் காலியாக உள்ளது.</translation>
    </message>
    <message>
        <source>IIMMPACT cannot be asked: %1</source>
        <translation>IIMMPACT இடம் கேட்க முடியாது: %1</translation>
    </message>
    <message>
        <source>The sales journal is not open.</source>
        <translation>விற்பனைப் பதிவேடு திறக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list answered without a list.</source>
        <translation>IIMMPACT பரிவர்த்தனைப் பட்டியல் பட்டியல் இல்லாமல் பதிலளித்தது.</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT&apos;s transaction list has more than %n page(s) for this period; it was not read to the end.</source>
        <translation>
            <numerusform>இந்தக் காலத்துக்கு IIMMPACT பரிவர்த்தனைப் பட்டியலில் %n பக்கத்துக்கு மேல் உள்ளது; முழுமையாகப் படிக்கப்படவில்லை.</numerusform>
            <numerusform>இந்தக் காலத்துக்கு IIMMPACT பரிவர்த்தனைப் பட்டியலில் %n பக்கங்களுக்கு மேல் உள்ளன; முழுமையாகப் படிக்கப்படவில்லை.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list could not be read: %1</source>
        <translation>IIMMPACT பரிவர்த்தனைப் பட்டியலைப் படிக்க முடியவில்லை: %1</translation>
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
        <translation>(நிலை இல்லை)</translation>
    </message>
    <message>
        <source>IIMMPACT has this sale (%1) although the till is waiting for a decision on it: do not void it. Check its status (kaunter recover) so that the till records the outcome.</source>
        <translation>முனையம் இந்த விற்பனைக்கு (%1) முடிவுக்காகக் காத்திருந்தாலும் IIMMPACT இடம் அது உள்ளது: ரத்து செய்ய வேண்டாம். முனையம் முடிவைப் பதிவு செய்ய அதன் நிலையைச் சரிபார்க்கவும் (kaunter recover).</translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction (%1) for a sale the till recorded as %2 and never charged. Contact IIMMPACT support with the reference.</source>
        <translation>முனையம் %2 எனப் பதிவு செய்து கட்டணம் வசூலிக்காத விற்பனைக்கு IIMMPACT ஒரு பரிவர்த்தனையைப் (%1) பட்டியலிடுகிறது. குறிப்பு எண்ணுடன் IIMMPACT support ஐத் தொடர்புகொள்ளவும்.</translation>
    </message>
    <message>
        <source>IIMMPACT has finished this sale (%1) but the till still shows it as pending. Check its status (kaunter recover) so that the till records the outcome.</source>
        <translation>IIMMPACT இந்த விற்பனையை (%1) முடித்துவிட்டது, ஆனால் முனையம் இன்னும் நிலுவையில் எனக் காட்டுகிறது. முனையம் முடிவைப் பதிவு செய்ய அதன் நிலையைச் சரிபார்க்கவும் (kaunter recover).</translation>
    </message>
    <message>
        <source>IIMMPACT lists this sale as %1 while the till recorded %2. Check its status again later (kaunter status %3).</source>
        <translation>முனையம் %2 எனப் பதிவு செய்தது, IIMMPACT இந்த விற்பனையை %1 எனப் பட்டியலிடுகிறது. பிறகு மீண்டும் அதன் நிலையைச் சரிபார்க்கவும் (kaunter status %3).</translation>
    </message>
    <message>
        <source>IIMMPACT refunded this sale after the till recorded it as successful: the product was voided. Check its status (kaunter status %1) so that the till records the refund.</source>
        <translation>முனையம் வெற்றி எனப் பதிவு செய்த பிறகு IIMMPACT இந்த விற்பனைக்குப் பணத்தைத் திருப்பியது: தயாரிப்பு ரத்து செய்யப்பட்டது. முனையம் பணத் திருப்பத்தைப் பதிவு செய்ய அதன் நிலையைச் சரிபார்க்கவும் (kaunter status %1).</translation>
    </message>
    <message>
        <source>IIMMPACT lists this sale as %1 but the till recorded %2: the customer may have been charged or served wrongly. Contact IIMMPACT support with the reference.</source>
        <translation>IIMMPACT இந்த விற்பனையை %1 எனப் பட்டியலிடுகிறது, ஆனால் முனையம் %2 எனப் பதிவு செய்தது: வாடிக்கையாளரிடம் தவறாகக் கட்டணம் வசூலிக்கப்பட்டிருக்கலாம் அல்லது சேவை தவறாக வழங்கப்பட்டிருக்கலாம். குறிப்பு எண்ணுடன் IIMMPACT support ஐத் தொடர்புகொள்ளவும்.</translation>
    </message>
    <message>
        <source>IIMMPACT lists this sale as %1 while the till recorded %2; neither charged it. Check its status (kaunter status %3).</source>
        <translation>முனையம் %2 எனப் பதிவு செய்தது, IIMMPACT இந்த விற்பனையை %1 எனப் பட்டியலிடுகிறது; இரண்டிலும் கட்டணம் இல்லை. அதன் நிலையைச் சரிபார்க்கவும் (kaunter status %3).</translation>
    </message>
    <message>
        <source>IIMMPACT recorded RM %1 for this sale, the till RM %2. Contact IIMMPACT support with the reference.</source>
        <translation>IIMMPACT இந்த விற்பனைக்கு RM %1 எனப் பதிவு செய்தது, முனையம் RM %2. குறிப்பு எண்ணுடன் IIMMPACT support ஐத் தொடர்புகொள்ளவும்.</translation>
    </message>
    <message>
        <source>IIMMPACT does not list this sale although it answered it as %1. Contact IIMMPACT support with the reference; keep the customer&apos;s receipt.</source>
        <translation>IIMMPACT இதை %1 எனப் பதிலளித்திருந்தாலும் இந்த விற்பனையைப் பட்டியலிடவில்லை. குறிப்பு எண்ணுடன் IIMMPACT support ஐத் தொடர்புகொள்ளவும்; வாடிக்கையாளரின் ரசீதை வைத்திருங்கள்.</translation>
    </message>
    <message>
        <source>IIMMPACT said it had this sale but does not list it. Check its status (kaunter status %1) before selling the customer the same again.</source>
        <translation>IIMMPACT இந்த விற்பனை தன்னிடம் உள்ளது என்றது, ஆனால் பட்டியலிடவில்லை. வாடிக்கையாளருக்கு அதையே மீண்டும் விற்பதற்கு முன் அதன் நிலையைச் சரிபார்க்கவும் (kaunter status %1).</translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction with this till&apos;s reference that the journal does not have (was the data folder restored from an older copy?). Contact IIMMPACT support with the reference.</source>
        <translation>பதிவேட்டில் இல்லாத, இந்த முனையத்தின் குறிப்பு எண்ணுடன் ஒரு பரிவர்த்தனையை IIMMPACT பட்டியலிடுகிறது (டேட்டா கோப்புறை பழைய நகலிலிருந்து மீட்டெடுக்கப்பட்டதா?). குறிப்பு எண்ணுடன் IIMMPACT support ஐத் தொடர்புகொள்ளவும்.</translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction without a reference that matches no sale of this till. It may be another till&apos;s, or made in IIMMPACT&apos;s portal: check it there.</source>
        <translation>இந்த முனையத்தின் எந்த விற்பனையுடனும் பொருந்தாத, குறிப்பு எண் இல்லாத ஒரு பரிவர்த்தனையை IIMMPACT பட்டியலிடுகிறது. அது வேறு முனையத்தினுடையதாகவோ IIMMPACT portal இல் செய்யப்பட்டதாகவோ இருக்கலாம்: அங்கே சரிபார்க்கவும்.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check with the customer before charging</source>
        <translation>கட்டணம் வசூலிக்கும் முன் வாடிக்கையாளரிடம் சரிபார்க்கவும்</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Change (Esc)</source>
        <translation>மாற்று (Esc)</translation>
    </message>
    <message>
        <source>Charge %1 (Enter)</source>
        <translation>%1 வசூலி (Enter)</translation>
    </message>
    <message>
        <source>Corrected sale: reference %1 is reused.</source>
        <translation>திருத்திய விற்பனை: குறிப்பு எண் %1 மீண்டும் பயன்படுத்தப்படுகிறது.</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1, %2 இல் (%3)</translation>
    </message>
    <message numerus="yes">
        <source>The same account and amount were sold in the last %n minute(s): %1. Make sure the customer really wants a second one.</source>
        <translation>
            <numerusform>கடந்த %n நிமிடத்தில் இதே கணக்கும் தொகையும் விற்கப்பட்டது: %1. வாடிக்கையாளர் உண்மையிலேயே இரண்டாவது வேண்டுமா என உறுதிசெய்யவும்.</numerusform>
            <numerusform>கடந்த %n நிமிடங்களில் இதே கணக்கும் தொகையும் விற்கப்பட்டது: %1. வாடிக்கையாளர் உண்மையிலேயே இரண்டாவது வேண்டுமா என உறுதிசெய்யவும்.</numerusform>
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
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>புதுப்பிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>தயாரிப்பு</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>தயாரிப்புப் பெயர்</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>கணக்கு</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>நிலைக் குறியீடு</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>வரிசை எண்</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>காலாவதி</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>முயற்சிகள்</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>மறுஆய்வு தேவை</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>நிலுவையில்</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>நிராகரிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>வெற்றி</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>பணம் திருப்பி தரப்பட்டது</translation>
    </message>
    <message>
        <source>Needs decision</source>
        <translation>முடிவு தேவை</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>ரத்து செய்யப்பட்டது</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <source>no</source>
        <translation>இல்லை</translation>
    </message>
</context>
<context>
    <name>SaleDetailsView</name>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு எண்</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>தயாரிப்பு</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>தயாரிப்புக் குறியீடு</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>கணக்கு</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>பிளான்</translation>
    </message>
    <message>
        <source>Biller code</source>
        <translation>பில்லர் குறியீடு</translation>
    </message>
    <message>
        <source>Ref-2</source>
        <translation>Ref-2</translation>
    </message>
    <message>
        <source>IC / passport</source>
        <translation>IC / கடவுச்சீட்டு</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <source>IIMMPACT status</source>
        <translation>IIMMPACT நிலை</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>நிலைக் குறியீடு</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP நிலை</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>வரிசை எண்</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>காலாவதி</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>வவுச்சர்</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>கடைசிப் பிரச்சினை</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>மறுஆய்வு</translation>
    </message>
    <message>
        <source>At IIMMPACT</source>
        <translation>IIMMPACT இல்</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>முனையம்</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>காலவரிசை</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>அனுப்பிய கோரிக்கைகள்</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>கடைசி மாற்றம்</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>இறுதி</translation>
    </message>
    <message>
        <source>This sale was saved before Kaunter kept a line per request: only the number of requests and the times above are known.</source>
        <translation>ஒவ்வொரு கோரிக்கைக்கும் Kaunter ஒரு வரி வைக்கத் தொடங்குவதற்கு முன் இந்த விற்பனை சேமிக்கப்பட்டது: கோரிக்கைகளின் எண்ணிக்கையும் மேலே உள்ள நேரங்களும் மட்டுமே தெரியும்.</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>நிலையைச் சரிபார்</translation>
    </message>
    <message>
        <source>Ask IIMMPACT about this sale now</source>
        <translation>இந்த விற்பனை பற்றி இப்போதே IIMMPACT இடம் கேள்</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>மீண்டும் அச்சிடு</translation>
    </message>
    <message>
        <source>Open voucher</source>
        <translation>வவுச்சரைத் திற</translation>
    </message>
    <message>
        <source>Unlock PINs</source>
        <translation>PIN களைத் திற</translation>
    </message>
    <message>
        <source>A supervisor shows the PIN of this sale</source>
        <translation>மேற்பார்வையாளர் இந்த விற்பனையின் PIN ஐக் காட்டுவார்</translation>
    </message>
    <message>
        <source>(link hidden)</source>
        <translation>(இணைப்பு மறைக்கப்பட்டது)</translation>
    </message>
    <message>
        <source>Flagged for a person to check</source>
        <translation>ஒருவர் சரிபார்க்கக் குறிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>IIMMPACT holds a transaction for this reference</source>
        <translation>இந்தக் குறிப்பு எண்ணுக்கு IIMMPACT இடம் பரிவர்த்தனை உள்ளது</translation>
    </message>
    <message>
        <source>No transaction seen at IIMMPACT</source>
        <translation>IIMMPACT இல் பரிவர்த்தனை காணப்படவில்லை</translation>
    </message>
    <message>
        <source>Saved in the journal; request 1 sent right after</source>
        <translation>பதிவேட்டில் சேமிக்கப்பட்டது; உடனே கோரிக்கை 1 அனுப்பப்பட்டது</translation>
    </message>
    <message>
        <source>Saved in the journal</source>
        <translation>பதிவேட்டில் சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Request %1 sent (the same reference and details)</source>
        <translation>கோரிக்கை %1 அனுப்பப்பட்டது (அதே குறிப்பு எண், விவரங்கள்)</translation>
    </message>
    <message>
        <source>Details corrected after a refusal; to be sent again under the same reference</source>
        <translation>மறுப்புக்குப் பின் விவரங்கள் திருத்தப்பட்டன; அதே குறிப்பு எண்ணில் மீண்டும் அனுப்பப்படும்</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>குறியீடு %1</translation>
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
        <translation>கோரிக்கை %1: %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Choose a sale to see its details.</source>
        <translation>விவரங்களைப் பார்க்க ஒரு விற்பனையைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>IIMMPACT refused the sale.</source>
        <translation>IIMMPACT விற்பனையை மறுத்தது.</translation>
    </message>
    <message>
        <source>Not sold: %1 Nothing was charged. Correct the details and pay again.</source>
        <translation>விற்கப்படவில்லை: %1 கட்டணம் எதுவும் வசூலிக்கப்படவில்லை. விவரங்களைத் திருத்தி மீண்டும் செலுத்தவும்.</translation>
    </message>
</context>
<context>
    <name>SaleFormPage</name>
    <message>
        <source>Back (Esc)</source>
        <translation>பின் (Esc)</translation>
    </message>
    <message>
        <source>Pay (Enter)</source>
        <translation>செலுத்து (Enter)</translation>
    </message>
    <message>
        <source>%1: %2 You can still sell, but the sale may be slow or fail.</source>
        <translation>%1: %2 இன்னும் விற்கலாம், ஆனால் விற்பனை மெதுவாகலாம் அல்லது தோல்வியடையலாம்.</translation>
    </message>
    <message>
        <source>Correcting sale %1. No transaction was made for it, so the corrected sale keeps the same reference.</source>
        <translation>விற்பனை %1 திருத்தப்படுகிறது. அதற்குப் பரிவர்த்தனை எதுவும் செய்யப்படவில்லை, எனவே திருத்திய விற்பனை அதே குறிப்பு எண்ணை வைத்திருக்கும்.</translation>
    </message>
</context>
<context>
    <name>SaleFormWidget</name>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
</context>
<context>
    <name>SaleHistoryModel</name>
    <message>
        <source>The sales journal is not open.</source>
        <translation>விற்பனைப் பதிவேடு திறக்கப்படவில்லை.</translation>
    </message>
    <message>
        <source>Waiting for IIMMPACT&apos;s answer</source>
        <translation>IIMMPACT பதிலுக்காகக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Being processed by IIMMPACT</source>
        <translation>IIMMPACT செயல்படுத்துகிறது</translation>
    </message>
    <message>
        <source>Not known yet: Kaunter keeps checking</source>
        <translation>இன்னும் தெரியவில்லை: Kaunter சரிபார்த்துக்கொண்டே இருக்கும்</translation>
    </message>
    <message>
        <source>Not sent: needs a supervisor&apos;s decision</source>
        <translation>அனுப்பப்படவில்லை: மேற்பார்வையாளர் முடிவு தேவை</translation>
    </message>
    <message>
        <source>Refused by IIMMPACT: nothing charged</source>
        <translation>IIMMPACT மறுத்தது: கட்டணம் இல்லை</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>வெற்றி</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <source>Refunded by IIMMPACT</source>
        <translation>IIMMPACT பணத்தைத் திருப்பியது</translation>
    </message>
    <message>
        <source>Voided: never sent</source>
        <translation>ரத்து: ஒருபோதும் அனுப்பப்படவில்லை</translation>
    </message>
    <message>
        <source>%1 (to be reviewed)</source>
        <translation>%1 (மறுஆய்வு செய்ய வேண்டும்)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>காத்திருக்கிறது</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>செயல்படுத்தப்படுகிறது</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>சரிபார்க்கிறது</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>முடிவு தேவை</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>பணம் திருப்பி தரப்பட்டது</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>ரத்து செய்யப்பட்டது</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>நேரம்</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு எண்</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>தயாரிப்பு</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>கணக்கு</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
</context>
<context>
    <name>SaleReport</name>
    <message>
        <source>Succesful</source>
        <translation type="vanished">வெற்றி</translation>
    </message>
    <message>
        <source>Failed at the provider (final; a new attempt is a new sale)</source>
        <translation>வழங்குநரிடம் தோல்வி (இறுதி; புதிய முயற்சி புதிய விற்பனை ஆகும்)</translation>
    </message>
    <message>
        <source>Refund (voided)</source>
        <translation>பணம் திருப்பி (ரத்து)</translation>
    </message>
    <message>
        <source>Rejected: no transaction was created; correct it with --refid %1</source>
        <translation>நிராகரிக்கப்பட்டது: பரிவர்த்தனை உருவாக்கப்படவில்லை; --refid %1 உடன் திருத்தவும்</translation>
    </message>
    <message>
        <source>Still pending (%1): journaled; run `kaunter recover` or `kaunter status %2` later</source>
        <translation>இன்னும் நிலுவையில் (%1): பதிவேட்டில் உள்ளது; பிறகு `kaunter recover` அல்லது `kaunter status %2` இயக்கவும்</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு எண்</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>தயாரிப்பு</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>கணக்கு</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>IC / passport</source>
        <translation>IC / கடவுச்சீட்டு</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>நிலைக் குறியீடு</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>வரிசை எண்</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>காலாவதி</translation>
    </message>
    <message>
        <source>Voucher link</source>
        <translation>வவுச்சர் இணைப்பு</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>குறிப்புகள்</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>காரணம்</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>மறுஆய்வு</translation>
    </message>
    <message>
        <source>the server&apos;s answer did not match this sale; check it before giving or refunding anything</source>
        <translation>சர்வர் பதில் இந்த விற்பனையுடன் பொருந்தவில்லை; எதையும் கொடுக்கும் அல்லது பணம் திருப்பும் முன் சரிபார்க்கவும்</translation>
    </message>
    <message>
        <source>Rejected before sending (nothing was journaled or sent): %1</source>
        <translation>அனுப்பும் முன் நிராகரிக்கப்பட்டது (எதுவும் பதிவு செய்யப்படவோ அனுப்பப்படவோ இல்லை): %1</translation>
    </message>
    <message>
        <source>  (review)</source>
        <translation>  (மறுஆய்வு)</translation>
    </message>
    <message>
        <source>Voided: never sent, nothing charged; reference %1 is never used again</source>
        <translation>ரத்து: ஒருபோதும் அனுப்பப்படவில்லை, கட்டணம் இல்லை; குறிப்பு எண் %1 மீண்டும் பயன்படுத்தப்படாது</translation>
    </message>
    <message>
        <source>Not sent, needs a decision: IIMMPACT has no transaction for this old sale; `kaunter send %1` sends it now (same reference), `kaunter void %1` voids it</source>
        <translation>அனுப்பப்படவில்லை, முடிவு தேவை: இந்தப் பழைய விற்பனைக்கு IIMMPACT இடம் பரிவர்த்தனை இல்லை; `kaunter send %1` இப்போது அனுப்பும் (அதே குறிப்பு எண்), `kaunter void %1` ரத்து செய்யும்</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>வெற்றி</translation>
    </message>
</context>
<context>
    <name>SettledSaleNotice</name>
    <message>
        <source>Open sale</source>
        <translation>விற்பனையைத் திற</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>சரி</translation>
    </message>
    <message>
        <source>Earlier sale %1 (%2, %3): %4</source>
        <translation>முந்தைய விற்பனை %1 (%2, %3): %4</translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>(இன்னும் %n)</numerusform>
            <numerusform>(இன்னும் %n)</numerusform>
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
        <translation>காசாளர்: %1
திறந்தது: %2
தொடக்க ரொக்கம்: %3
விற்பனைகள்: %4, அவற்றில் நிலுவையில்: %5</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>ஷிஃப்டை மூடு</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter the total.</source>
        <translation>டிராயரில் உள்ள ரொக்கத்தை எண்ணி மொத்தத்தை உள்ளிடவும்.</translation>
    </message>
    <message>
        <source>e.g. 245.50</source>
        <translation>எ.கா. 245.50</translation>
    </message>
    <message>
        <source>The drawer matches.</source>
        <translation>டிராயர் சரியாக உள்ளது.</translation>
    </message>
    <message>
        <source>The drawer is short.</source>
        <translation>டிராயரில் பணம் குறைவு.</translation>
    </message>
    <message>
        <source>The drawer is over.</source>
        <translation>டிராயரில் பணம் அதிகம்.</translation>
    </message>
    <message>
        <source>%1 closed. Expected %2, counted %3, variance %4. %5</source>
        <translation>%1 மூடப்பட்டது. எதிர்பார்த்தது %2, எண்ணியது %3, வித்தியாசம் %4. %5</translation>
    </message>
    <message>
        <source>Reconcile with IIMMPACT</source>
        <translation>IIMMPACT உடன் ஒப்பிடு</translation>
    </message>
    <message>
        <source>Compare this shift&apos;s sales with IIMMPACT&apos;s transaction list</source>
        <translation>இந்த ஷிஃப்டின் விற்பனைகளை IIMMPACT பரிவர்த்தனைப் பட்டியலுடன் ஒப்பிடு</translation>
    </message>
</context>
<context>
    <name>ShiftCommand</name>
    <message>
        <source>A shift is already open (%1, since %2). Close it before opening another.</source>
        <translation>ஏற்கனவே ஒரு ஷிஃப்ட் திறந்துள்ளது (%1, %2 முதல்). இன்னொன்றைத் திறக்கும் முன் அதை மூடவும்.</translation>
    </message>
    <message>
        <source>Shift opened for %1 at %2 with a float of %3.</source>
        <translation>%1 க்கு %2 இல் %3 தொடக்க ரொக்கத்துடன் ஷிஃப்ட் திறக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation>எந்த ஷிஃப்டும் திறந்திருக்கவில்லை.</translation>
    </message>
    <message>
        <source>No shift is open; there is nothing to close.</source>
        <translation>எந்த ஷிஃப்டும் திறந்திருக்கவில்லை; மூட எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ஐ எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>Z-report No. %1 written to %2.</source>
        <translation>Z-report எண் %1, %2 இல் எழுதப்பட்டது.</translation>
    </message>
    <message>
        <source>Cannot write %1: PDF output needs the graphics libraries.</source>
        <translation>%1 ஐ எழுத முடியவில்லை: PDF வெளியீட்டுக்கு graphics libraries தேவை.</translation>
    </message>
</context>
<context>
    <name>ShiftController</name>
    <message>
        <source>Open shift…</source>
        <translation>ஷிஃப்டைத் திற…</translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation>ஷிஃப்டை மூடு…</translation>
    </message>
    <message>
        <source>Z-reports…</source>
        <translation>Z-report கள்…</translation>
    </message>
    <message>
        <source>This till has no IIMMPACT connection configured.</source>
        <translation>இந்த முனையத்துக்கு IIMMPACT இணைப்பு அமைக்கப்படவில்லை.</translation>
    </message>
</context>
<context>
    <name>ShiftLedger</name>
    <message>
        <source>The sale journal is not open; no shift can be recorded.</source>
        <translation>விற்பனைப் பதிவேடு திறக்கப்படவில்லை; ஷிஃப்டைப் பதிவு செய்ய முடியாது.</translation>
    </message>
    <message>
        <source>A shift needs the cashier&apos;s name.</source>
        <translation>ஷிஃப்டுக்குக் காசாளரின் பெயர் தேவை.</translation>
    </message>
    <message>
        <source>The cashier&apos;s name is too long (at most %1 characters).</source>
        <translation>காசாளரின் பெயர் மிக நீளமானது (அதிகபட்சம் %1 எழுத்துகள்).</translation>
    </message>
    <message>
        <source>The cashier&apos;s name contains a control character.</source>
        <translation>காசாளரின் பெயரில் control எழுத்து உள்ளது.</translation>
    </message>
    <message>
        <source>Z-report No. %1 is damaged in the journal and cannot be shown.</source>
        <translation>Z-report எண் %1 பதிவேட்டில் சேதமடைந்துள்ளது, காட்ட முடியாது.</translation>
    </message>
    <message>
        <source>The opening float must be an amount from RM 0.00 up; nothing was recorded.</source>
        <translation>தொடக்க ரொக்கம் RM 0.00 அல்லது அதற்கு மேற்பட்ட தொகையாக இருக்க வேண்டும்; எதுவும் பதிவு செய்யப்படவில்லை.</translation>
    </message>
    <message>
        <source>opening a shift</source>
        <translation>ஷிஃப்டைத் திறத்தல்</translation>
    </message>
    <message>
        <source>A shift is already open (%1, since %2). Close it before opening another.</source>
        <translation>ஏற்கனவே ஒரு ஷிஃப்ட் திறந்துள்ளது (%1, %2 முதல்). இன்னொன்றைத் திறக்கும் முன் அதை மூடவும்.</translation>
    </message>
    <message>
        <source>Error while %1: %2</source>
        <translation>%1 போது பிழை: %2</translation>
    </message>
    <message>
        <source>A shift is already open. Close it before opening another.</source>
        <translation>ஏற்கனவே ஒரு ஷிஃப்ட் திறந்துள்ளது. இன்னொன்றைத் திறக்கும் முன் அதை மூடவும்.</translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation>எந்த ஷிஃப்டும் திறந்திருக்கவில்லை.</translation>
    </message>
    <message>
        <source>No shift is open; there is nothing to close.</source>
        <translation>எந்த ஷிஃப்டும் திறந்திருக்கவில்லை; மூட எதுவும் இல்லை.</translation>
    </message>
    <message>
        <source>closing the shift</source>
        <translation>ஷிஃப்டை மூடுதல்</translation>
    </message>
    <message>
        <source>The counted cash must be an amount from RM 0.00 up; the shift stays open.</source>
        <translation>எண்ணிய ரொக்கம் RM 0.00 அல்லது அதற்கு மேற்பட்ட தொகையாக இருக்க வேண்டும்; ஷிஃப்ட் திறந்தே இருக்கும்.</translation>
    </message>
    <message>
        <source>There is no Z-report No. %1 in this journal.</source>
        <translation>இந்தப் பதிவேட்டில் Z-report எண் %1 இல்லை.</translation>
    </message>
    <message>
        <source>No shift has been closed in this journal yet; there is no Z-report.</source>
        <translation>இந்தப் பதிவேட்டில் இன்னும் எந்த ஷிஃப்டும் மூடப்படவில்லை; Z-report இல்லை.</translation>
    </message>
</context>
<context>
    <name>ShiftOpenDialog</name>
    <message>
        <source>Open shift</source>
        <translation>ஷிஃப்டைத் திற</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>காசாளர்</translation>
    </message>
    <message>
        <source>e.g. 100.00</source>
        <translation>எ.கா. 100.00</translation>
    </message>
    <message>
        <source>Cash float in the drawer</source>
        <translation>டிராயரில் தொடக்க ரொக்கம்</translation>
    </message>
</context>
<context>
    <name>ShiftSummary</name>
    <message>
        <source>Successful</source>
        <translation>வெற்றி</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>நிலுவையில்</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>நிராகரிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>பணம் திருப்பி தரப்பட்டது</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>ரத்து செய்யப்பட்டது</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>The simulator is already running on port %1.</source>
        <translation>Simulator ஏற்கனவே port %1 இல் இயங்குகிறது.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>%1 port %2 இல் கேட்க முடியவில்லை.</translation>
    </message>
</context>
<context>
    <name>StaleSaleLookup</name>
    <message>
        <source>IIMMPACT&apos;s transaction list did not answer in time.</source>
        <translation>IIMMPACT பரிவர்த்தனைப் பட்டியல் நேரத்தில் பதிலளிக்கவில்லை.</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list could not be read: %1</source>
        <translation>IIMMPACT பரிவர்த்தனைப் பட்டியலைப் படிக்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list answered without a list.</source>
        <translation>IIMMPACT பரிவர்த்தனைப் பட்டியல் பட்டியல் இல்லாமல் பதிலளித்தது.</translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction with reference %1.</source>
        <translation>குறிப்பு எண் %1 உடன் ஒரு பரிவர்த்தனையை IIMMPACT பட்டியலிடுகிறது.</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT&apos;s transaction list has more than %n row(s) for this account and product; it was not read to the end.</source>
        <translation>
            <numerusform>இந்தக் கணக்கு, தயாரிப்புக்கு IIMMPACT பரிவர்த்தனைப் பட்டியலில் %n வரிக்கு மேல் உள்ளது; முழுமையாகப் படிக்கப்படவில்லை.</numerusform>
            <numerusform>இந்தக் கணக்கு, தயாரிப்புக்கு IIMMPACT பரிவர்த்தனைப் பட்டியலில் %n வரிகளுக்கு மேல் உள்ளன; முழுமையாகப் படிக்கப்படவில்லை.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT lists one transaction with this sale&apos;s product, account, amount and time (the list shows no reference).</source>
        <translation>இந்த விற்பனையின் தயாரிப்பு, கணக்கு, தொகை, நேரத்துடன் ஒரு பரிவர்த்தனையை IIMMPACT பட்டியலிடுகிறது (பட்டியலில் குறிப்பு எண் இல்லை).</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT lists %n transaction(s) like this sale without a reference: none can be proved to be this one.</source>
        <translation>
            <numerusform>இந்த விற்பனை போன்ற, குறிப்பு எண் இல்லாத %n பரிவர்த்தனையை IIMMPACT பட்டியலிடுகிறது: அது இதுதான் என நிரூபிக்க முடியாது.</numerusform>
            <numerusform>இந்த விற்பனை போன்ற, குறிப்பு எண் இல்லாத %n பரிவர்த்தனைகளை IIMMPACT பட்டியலிடுகிறது: எதுவும் இதுதான் என நிரூபிக்க முடியாது.</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT has no transaction for this sale.</source>
        <translation>இந்த விற்பனைக்கு IIMMPACT இடம் பரிவர்த்தனை இல்லை.</translation>
    </message>
</context>
<context>
    <name>StaleSaleResolver</name>
    <message>
        <source>%1 Re-querying it.</source>
        <translation>%1 மீண்டும் விசாரிக்கிறது.</translation>
    </message>
    <message>
        <source>Sale %1 was not voided: %2 It is re-queried instead.</source>
        <translation>விற்பனை %1 ரத்து செய்யப்படவில்லை: %2 அதற்குப் பதிலாக மீண்டும் விசாரிக்கப்படுகிறது.</translation>
    </message>
    <message>
        <source>Voided by decision: %1 Never sent; reference %2 is never used again.</source>
        <translation>முடிவின்படி ரத்து: %1 ஒருபோதும் அனுப்பப்படவில்லை; குறிப்பு எண் %2 மீண்டும் பயன்படுத்தப்படாது.</translation>
    </message>
    <message>
        <source>Not sent, needs a decision: %1 Sending it now would create a transaction long after the sale.</source>
        <translation>அனுப்பப்படவில்லை, முடிவு தேவை: %1 இப்போது அனுப்பினால் விற்பனைக்கு நீண்ட நேரம் கழித்துப் பரிவர்த்தனை உருவாகும்.</translation>
    </message>
    <message>
        <source>%1 Not sent; asked again later.</source>
        <translation>%1 அனுப்பப்படவில்லை; பிறகு மீண்டும் கேட்கப்படும்.</translation>
    </message>
    <message>
        <source>Sale %1 was not voided: IIMMPACT could not be asked whether it has the transaction (%2). Try again.</source>
        <translation>விற்பனை %1 ரத்து செய்யப்படவில்லை: IIMMPACT இடம் பரிவர்த்தனை உள்ளதா எனக் கேட்க முடியவில்லை (%2). மீண்டும் முயற்சிக்கவும்.</translation>
    </message>
    <message>
        <source>The sales journal could not read sale %1 (%2). Nothing was sent.</source>
        <translation>விற்பனைப் பதிவேடு விற்பனை %1 ஐப் படிக்க முடியவில்லை (%2). எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>The sales journal could not record sale %1 (%2). Nothing was sent.</source>
        <translation>விற்பனைப் பதிவேடு விற்பனை %1 ஐப் பதிவு செய்ய முடியவில்லை (%2). எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>There is no sale %1 in the journal.</source>
        <translation>பதிவேட்டில் விற்பனை %1 இல்லை.</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not waiting for a decision: nothing was sent.</source>
        <translation>விற்பனை %1 %2 நிலையில் உள்ளது, முடிவுக்காகக் காத்திருக்கவில்லை: எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>Sent by decision after IIMMPACT had no transaction for it.</source>
        <translation>IIMMPACT இடம் பரிவர்த்தனை இல்லாததால் முடிவின்படி அனுப்பப்பட்டது.</translation>
    </message>
    <message>
        <source>The sales journal could not record the decision for sale %1 (%2). Nothing was sent.</source>
        <translation>விற்பனைப் பதிவேடு விற்பனை %1 க்கான முடிவைப் பதிவு செய்ய முடியவில்லை (%2). எதுவும் அனுப்பப்படவில்லை.</translation>
    </message>
    <message>
        <source>The sales journal could not read sale %1 (%2). Nothing was sent; recovery sends it.</source>
        <translation>விற்பனைப் பதிவேடு விற்பனை %1 ஐப் படிக்க முடியவில்லை (%2). எதுவும் அனுப்பப்படவில்லை; மீட்பு அதை அனுப்பும்.</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not waiting for a decision: it was not voided.</source>
        <translation>விற்பனை %1 %2 நிலையில் உள்ளது, முடிவுக்காகக் காத்திருக்கவில்லை: அது ரத்து செய்யப்படவில்லை.</translation>
    </message>
    <message>
        <source>Sale %1 is being sent: it was not voided.</source>
        <translation>விற்பனை %1 அனுப்பப்படுகிறது: அது ரத்து செய்யப்படவில்லை.</translation>
    </message>
</context>
<context>
    <name>SuccessPage</name>
    <message>
        <source>Sale successful</source>
        <translation>விற்பனை வெற்றி</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>தயாரிப்பு</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>கணக்கு</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>குறிப்பு எண்</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>நேரம்</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>வரிசை எண்</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>காலாவதி</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>வவுச்சர்</translation>
    </message>
    <message>
        <source>Open voucher</source>
        <translation>வவுச்சரைத் திற</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>பகிர்</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>மின்னஞ்சல்</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>அச்சிடு (Ctrl+P)</translation>
    </message>
    <message>
        <source>New sale (Enter)</source>
        <translation>புதிய விற்பனை (Enter)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>நகலெடு</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 நகலெடு</translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <source>The supervisor PIN has %1 to %2 digits.</source>
        <translation>மேற்பார்வையாளர் PIN இல் %1 முதல் %2 இலக்கங்கள் இருக்கும்.</translation>
    </message>
    <message>
        <source>The supervisor PIN has digits only.</source>
        <translation>மேற்பார்வையாளர் PIN இல் எண்கள் மட்டுமே.</translation>
    </message>
    <message>
        <source>Choose a supervisor PIN that is not one digit repeated or a run like 1234.</source>
        <translation>ஒரே இலக்கம் மீண்டும் வராத, 1234 போன்ற வரிசையாக இல்லாத மேற்பார்வையாளர் PIN ஐத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>அமைப்புகள் கோப்பு %1 இல் எழுத முடியவில்லை.</translation>
    </message>
</context>
<context>
    <name>SupervisorPinDialog</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>மேற்பார்வையாளர் PIN</translation>
    </message>
    <message>
        <source>%1

A supervisor enters the supervisor PIN.</source>
        <translation>%1

மேற்பார்வையாளர் தனது PIN ஐ உள்ளிட வேண்டும்.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>உறுதிப்படுத்து</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN.</source>
        <translation>தவறான மேற்பார்வையாளர் PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>பல தவறான PIN கள்: %n வினாடியில் மீண்டும் முயற்சிக்கவும்.</numerusform>
            <numerusform>பல தவறான PIN கள்: %n வினாடிகளில் மீண்டும் முயற்சிக்கவும்.</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored supervisor PIN is damaged. Set it again in the settings; until then supervisor actions are refused.</source>
        <translation>சேமிக்கப்பட்ட மேற்பார்வையாளர் PIN சேதமடைந்துள்ளது. அமைப்புகளில் மீண்டும் அமைக்கவும்; அதுவரை மேற்பார்வையாளர் செயல்கள் மறுக்கப்படும்.</translation>
    </message>
</context>
<context>
    <name>SupervisorPinSetupDialog</name>
    <message>
        <source>Set the supervisor PIN</source>
        <translation>மேற்பார்வையாளர் PIN ஐ அமை</translation>
    </message>
    <message>
        <source>%1

This till has no supervisor PIN yet. Choose one now (%2 to %3 digits): from now on it is asked before PINs are shown and before a supervisor&apos;s decisions.</source>
        <translation>%1

இந்த கவுண்டரில் இன்னும் மேற்பார்வையாளர் PIN இல்லை. இப்போதே ஒன்றைத் தேர்ந்தெடுக்கவும் (%2 முதல் %3 இலக்கங்கள்): இனி PIN கள் காட்டப்படும் முன்பும் மேற்பார்வையாளர் முடிவுகளுக்கு முன்பும் இது கேட்கப்படும்.</translation>
    </message>
    <message>
        <source>New supervisor PIN</source>
        <translation>புதிய மேற்பார்வையாளர் PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>அதே PIN மீண்டும்</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>PIN ஐ அமை</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the new PIN twice.</source>
        <translation>இரண்டு PIN களும் வேறுபடுகின்றன. புதிய PIN ஐ இரண்டு முறை தட்டச்சு செய்யவும்.</translation>
    </message>
</context>
<context>
    <name>TopupCall</name>
    <message>
        <source>The payment request was cancelled; its outcome is unknown.</source>
        <translation>கட்டணக் கோரிக்கை ரத்து செய்யப்பட்டது; அதன் முடிவு தெரியவில்லை.</translation>
    </message>
</context>
<context>
    <name>VoucherHelper</name>
    <message>
        <source>Only web (http or https) voucher links can be shown.</source>
        <translation>இணைய (http அல்லது https) வவுச்சர் இணைப்புகளை மட்டுமே காட்ட முடியும்.</translation>
    </message>
</context>
<context>
    <name>VoucherViewer</name>
    <message>
        <source>Only web (http or https) voucher links can be shown.</source>
        <translation>இணைய (http அல்லது https) வவுச்சர் இணைப்புகளை மட்டுமே காட்ட முடியும்.</translation>
    </message>
    <message>
        <source>The voucher viewer is not installed (looked for %1).</source>
        <translation>வவுச்சர் பார்வையாளர் நிறுவப்படவில்லை (%1 இல் தேடப்பட்டது).</translation>
    </message>
    <message>
        <source>The voucher viewer could not be started: %1</source>
        <translation>வவுச்சர் பார்வையாளரைத் தொடங்க முடியவில்லை: %1</translation>
    </message>
    <message>
        <source>The voucher viewer stopped before it could show the voucher (exit code %1).</source>
        <translation>வவுச்சரைக் காட்டும் முன் வவுச்சர் பார்வையாளர் நின்றுவிட்டது (exit code %1).</translation>
    </message>
</context>
<context>
    <name>VoucherWebView</name>
    <message>
        <source>Voucher – %1</source>
        <translation>வவுச்சர் – %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>பின்</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>மீண்டும் ஏற்று</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>தளம்:</translation>
    </message>
    <message>
        <source>This window only shows pages from this site.</source>
        <translation>இந்தச் சாளரம் இந்தத் தளத்தின் பக்கங்களை மட்டுமே காட்டும்.</translation>
    </message>
    <message>
        <source>Voucher site</source>
        <translation>வவுச்சர் தளம்</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>மூடு</translation>
    </message>
    <message>
        <source>Voucher page</source>
        <translation>வவுச்சர் பக்கம்</translation>
    </message>
    <message>
        <source>This page tried to leave the voucher site and was stopped.</source>
        <translation>இந்தப் பக்கம் வவுச்சர் தளத்தை விட்டு வெளியேற முயன்றது, தடுக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>This page tried to open another window and was stopped.</source>
        <translation>இந்தப் பக்கம் வேறு சாளரத்தைத் திறக்க முயன்றது, தடுக்கப்பட்டது.</translation>
    </message>
    <message>
        <source>The voucher page could not be loaded. Check the connection and press Reload.</source>
        <translation>வவுச்சர் பக்கத்தை ஏற்ற முடியவில்லை. இணைப்பைச் சரிபார்த்து மீண்டும் ஏற்று அழுத்தவும்.</translation>
    </message>
    <message>
        <source>This page tried to download a file and was stopped.</source>
        <translation>இந்தப் பக்கம் ஒரு கோப்பைப் பதிவிறக்க முயன்றது, தடுக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>ZReport</name>
    <message>
        <source>Z-report No. %1</source>
        <translation>Z-report எண் %1</translation>
    </message>
    <message>
        <source>Shift in progress</source>
        <translation>ஷிஃப்ட் நடப்பில் உள்ளது</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>முனையம்</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>காசாளர்</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>திறந்தது</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>மூடியது</translation>
    </message>
    <message>
        <source>Sales by product (cash taken)</source>
        <translation>தயாரிப்பு வாரியாக விற்பனை (பெற்ற ரொக்கம்)</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>விற்பனை இல்லை</translation>
    </message>
    <message>
        <source>of which pending</source>
        <translation>அவற்றில் நிலுவையில்</translation>
    </message>
    <message>
        <source>Sales by status</source>
        <translation>நிலை வாரியாக விற்பனை</translation>
    </message>
    <message>
        <source>Pending sales: cash taken, outcome not known yet</source>
        <translation>நிலுவை விற்பனைகள்: ரொக்கம் பெறப்பட்டது, முடிவு இன்னும் தெரியவில்லை</translation>
    </message>
    <message>
        <source>Earlier pending sales that failed: cash handed back from this drawer</source>
        <translation>தோல்வியடைந்த முந்தைய நிலுவை விற்பனைகள்: இந்த டிராயரிலிருந்து ரொக்கம் திருப்பித் தரப்பட்டது</translation>
    </message>
    <message>
        <source>Earlier pending sales still without an outcome (not counted here)</source>
        <translation>இன்னும் முடிவு தெரியாத முந்தைய நிலுவை விற்பனைகள் (இங்கே கணக்கிடப்படவில்லை)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>ரொக்கம்</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>தொடக்க ரொக்கம்</translation>
    </message>
    <message>
        <source>Successful sales</source>
        <translation>வெற்றியடைந்த விற்பனைகள்</translation>
    </message>
    <message>
        <source>Pending sales</source>
        <translation>நிலுவை விற்பனைகள்</translation>
    </message>
    <message>
        <source>Handed back for earlier sales</source>
        <translation>முந்தைய விற்பனைகளுக்குத் திருப்பித் தந்தது</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>எதிர்பார்க்கும் ரொக்கம்</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>எண்ணிய ரொக்கம்</translation>
    </message>
    <message>
        <source>Variance (counted - expected)</source>
        <translation>வித்தியாசம் (எண்ணியது - எதிர்பார்த்தது)</translation>
    </message>
    <message>
        <source>IIMMPACT wallet balance</source>
        <translation>IIMMPACT wallet இருப்பு</translation>
    </message>
    <message>
        <source>At open</source>
        <translation>திறக்கும்போது</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>மூடும்போது</translation>
    </message>
    <message>
        <source>Sales with an unreadable amount (counted as 0)</source>
        <translation>படிக்க முடியாத தொகையுள்ள விற்பனைகள் (0 ஆகக் கணக்கிடப்பட்டது)</translation>
    </message>
</context>
<context>
    <name>ZReportCsv</name>
    <message>
        <source>Section</source>
        <translation>பகுதி</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>உருப்படி</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>எண்ணிக்கை</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>தொகை</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>விவரம்</translation>
    </message>
</context>
<context>
    <name>ZReportPdf</name>
    <message>
        <source>Could not write the Z-report to %1. Check that the folder exists and can be written to.</source>
        <translation>Z-report ஐ %1 இல் எழுத முடியவில்லை. கோப்புறை உள்ளதா, அதில் எழுத முடியுமா எனச் சரிபார்க்கவும்.</translation>
    </message>
</context>
<context>
    <name>ZReportsDialog</name>
    <message>
        <source>Z-reports</source>
        <translation>Z-report கள்</translation>
    </message>
    <message>
        <source>Closed shifts</source>
        <translation>மூடிய ஷிஃப்ட்கள்</translation>
    </message>
    <message>
        <source>Reconcile with IIMMPACT</source>
        <translation>IIMMPACT உடன் ஒப்பிடு</translation>
    </message>
    <message>
        <source>Compare this shift&apos;s sales with IIMMPACT&apos;s transaction list</source>
        <translation>இந்த ஷிஃப்டின் விற்பனைகளை IIMMPACT பரிவர்த்தனைப் பட்டியலுடன் ஒப்பிடு</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF ஏற்றுமதி…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV ஏற்றுமதி…</translation>
    </message>
    <message>
        <source>No. %1  ·  %2  ·  %3</source>
        <translation>எண் %1  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>No shift has been closed yet.</source>
        <translation>இன்னும் எந்த ஷிஃப்டும் மூடப்படவில்லை.</translation>
    </message>
    <message>
        <source>Export Z-report</source>
        <translation>Z-report ஐ ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 saved as %2</source>
        <translation>%1, %2 ஆகச் சேமிக்கப்பட்டது</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ஐ எழுத முடியவில்லை: %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>அச்சிடு</translation>
    </message>
    <message>
        <source>Print this Z-report again on the receipt printer</source>
        <translation>இந்த Z-report ஐ ரசீது பிரிண்டரில் மீண்டும் அச்சிடு</translation>
    </message>
</context>
</TS>
