<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiConfig</name>
    <message>
        <source>KAUNTER_API_BASE / API base URL is not a valid http(s) URL: &quot;%1&quot;</source>
        <translation>KAUNTER_API_BASE / API 基础网址不是有效的 http(s) 网址：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>KAUNTER_API_BASE / API base URL must not end in /v2 (it is added per call): &quot;%1&quot;</source>
        <translation>KAUNTER_API_BASE / API 基础网址不可以 /v2 结尾（每次调用时会自动加上）：&quot;%1&quot;</translation>
    </message>
    <message>
        <source>KAUNTER_API_BASE / API base URL must not carry a query or fragment</source>
        <translation>KAUNTER_API_BASE / API 基础网址不可带查询参数或片段</translation>
    </message>
    <message>
        <source>KAUNTER_API_KEY / API key is empty</source>
        <translation>KAUNTER_API_KEY / API 密钥为空</translation>
    </message>
    <message>
        <source>KAUNTER_API_SECRET / HMAC secret is empty or not valid Base64</source>
        <translation>KAUNTER_API_SECRET / HMAC 密钥为空或不是有效的 Base64</translation>
    </message>
    <message>
        <source>KAUNTER_CA_BUNDLE / CA bundle &quot;%1&quot; cannot be read</source>
        <translation>KAUNTER_CA_BUNDLE / 无法读取 CA 证书包 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>BillPresentmentView</name>
    <message>
        <source>Checking the account with the biller…</source>
        <translation>正在向收费单位核对账户…</translation>
    </message>
</context>
<context>
    <name>CatalogueService</name>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>服务器回应 HTTP %1。</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>服务器没有回应。</translation>
    </message>
    <message>
        <source>The provider reports a service interruption.</source>
        <translation>供应商报告服务中断。</translation>
    </message>
    <message>
        <source>The balance answer has no balance.</source>
        <translation>余额回应中没有余额。</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>收费单位</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未付金额</translation>
    </message>
    <message>
        <source>Account balance</source>
        <translation>账户余额</translation>
    </message>
    <message>
        <source>Data balance</source>
        <translation>数据余额</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Configuration error: %1. Nothing was sent.</source>
        <translation>配置错误：%1。未发送任何内容。</translation>
    </message>
    <message>
        <source>The sales journal in %1 cannot be opened: %2 Nothing was sent.</source>
        <translation>无法打开 %1 中的销售日志：%2 未发送任何内容。</translation>
    </message>
    <message>
        <source>Authentication problem (check KAUNTER_API_KEY, KAUNTER_API_SECRET, the clock and the IP allowlist): %1</source>
        <translation>认证问题（请检查 KAUNTER_API_KEY、KAUNTER_API_SECRET、时钟和 IP 白名单）：%1</translation>
    </message>
    <message>
        <source>--refid %1 is not in the journal: --refid only corrects a Rejected sale. Nothing was sent.</source>
        <translation>--refid %1 不在日志中：--refid 只用于更正被拒绝（Rejected）的交易。未发送任何内容。</translation>
    </message>
    <message>
        <source>Sale %1 is %2: it has (or may have) a transaction, so it is never sent with other details. Use `kaunter status %1`.</source>
        <translation>交易 %1 为 %2：它已有（或可能已有）一笔交易，因此绝不会以其他资料发送。请使用 `kaunter status %1`。</translation>
    </message>
    <message>
        <source>Sale %1: %2</source>
        <translation>交易 %1：%2</translation>
    </message>
    <message>
        <source>Sale %1 is not in the journal; status never creates a transaction. Nothing was sent.</source>
        <translation>交易 %1 不在日志中；status 绝不会创建交易。未发送任何内容。</translation>
    </message>
    <message>
        <source>Nothing to recover: no pending sales.</source>
        <translation>无需恢复：没有待定的交易。</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) still pending.</source>
        <translation>
            <numerusform>%n 笔交易仍待定。</numerusform>
        </translation>
    </message>
    <message>
        <source>No data folder: pass --data-dir or set KAUNTER_DATA_DIR. Nothing was sent.</source>
        <translation>没有数据文件夹：请使用 --data-dir 或设置 KAUNTER_DATA_DIR。未发送任何内容。</translation>
    </message>
    <message>
        <source>%1 This command sends nothing while another process drives the journal in %2. Nothing was sent.</source>
        <translation>%1 另一个进程正在使用 %2 中的日志，此命令不会发送任何内容。未发送任何内容。</translation>
    </message>
    <message>
        <source>Sale %1 is Rejected: IIMMPACT created no transaction for it, so there is nothing to ask. Nothing was sent.</source>
        <translation>交易 %1 已被拒绝（Rejected）：IIMMPACT 没有为它创建交易，因此无需查询。未发送任何内容。</translation>
    </message>
    <message>
        <source>Sale %1 is %2: it was never sent and status never sends a sale. Nothing was sent.</source>
        <translation>交易 %1 为 %2：它从未发送，而 status 绝不会发送交易。未发送任何内容。</translation>
    </message>
    <message>
        <source>Sale %1 never got an answer from IIMMPACT: asking would send it, and status never sends a sale. `kaunter recover` resumes it. Nothing was sent.</source>
        <translation>交易 %1 从未收到 IIMMPACT 的回应：查询会将它发送，而 status 绝不会发送交易。`kaunter recover` 会继续处理它。未发送任何内容。</translation>
    </message>
    <message>
        <source>Sale %1 is not in the journal. Nothing was sent.</source>
        <translation>交易 %1 不在日志中。未发送任何内容。</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not waiting for a decision: send and void only act on a sale that is NeedsDecision. Nothing was sent.</source>
        <translation>交易 %1 为 %2，并非等待决定：send 和 void 只处理 NeedsDecision 状态的交易。未发送任何内容。</translation>
    </message>
    <message>
        <source>Sale %1 was not voided.</source>
        <translation>交易 %1 未作废。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 笔交易写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The IIMMPACT wallet balance was not recorded: %1</source>
        <translation>未记录 IIMMPACT 钱包余额：%1</translation>
    </message>
    <message numerus="yes">
        <source>The IIMMPACT wallet balance was not recorded: no answer within %n second(s).</source>
        <translation>
            <numerusform>未记录 IIMMPACT 钱包余额：%n 秒内没有回应。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>No command given.</source>
        <translation>没有指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>%1: secrets are never accepted as command-line arguments; set KAUNTER_API_KEY and KAUNTER_API_SECRET in the environment.</source>
        <translation>%1：密钥绝不接受作为命令行参数；请在环境变量中设置 KAUNTER_API_KEY 和 KAUNTER_API_SECRET。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>--%1 given more than once.</source>
        <translation>--%1 指定了多次。</translation>
    </message>
    <message>
        <source>pay needs --%1.</source>
        <translation>pay 需要 --%1。</translation>
    </message>
    <message>
        <source>--refid needs a value.</source>
        <translation>--refid 需要一个值。</translation>
    </message>
    <message>
        <source>--poll-interval needs a number of seconds &gt;= 0, e.g. 0.5.</source>
        <translation>--poll-interval 需要一个 &gt;= 0 的秒数，例如 0.5。</translation>
    </message>
    <message>
        <source>--deadline needs a number of seconds &gt; 0, e.g. 30.</source>
        <translation>--deadline 需要一个 &gt; 0 的秒数，例如 30。</translation>
    </message>
    <message>
        <source>%1 needs exactly one REFID.</source>
        <translation>%1 需要正好一个 REFID。</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，例如 2025-03-31。</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 晚于 --to %2。</translation>
    </message>
    <message>
        <source>--status &quot;%1&quot; is not a status; use pending, New, Accepted, Processing, Unknown, Rejected, Successful, Failed, Refund, NeedsDecision or Voided (comma-separated).</source>
        <translation>--status &quot;%1&quot; 不是有效状态；请使用 pending、New、Accepted、Processing、Unknown、Rejected、Successful、Failed、Refund、NeedsDecision 或 Voided（以逗号分隔）。</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一个值。</translation>
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
        <translation type="vanished">用法：
  kaunter [--demo] [--data-dir DIR]   启动收银机（需要显示屏）
  kaunter pay --product CODE --account ACC --amount AMT [--subproduct CODE]
              [--ic NUMBER] [--passport] [--biller CODE] [--ref2 REF] [--remarks TEXT]
              [--refid REFID] [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter status REFID [--json]
  kaunter recover [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter history [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status NAME[,NAME]|pending]
                  [--account ACC] [--product CODE] [--refid REFID[*]] [--csv FILE] [--json]
                                  最新的在前；日期为本终端的本地日期，
                                  包含首尾两天；REFID* 匹配前缀；--csv 将
                                  交易写入 FILE（UTF-8，供电子表格使用；绝不含 PIN）
  kaunter send REFID [--poll-interval SECONDS] [--deadline SECONDS] [--json]
                                  立即发送一笔需要决定的交易（相同 refid，相同内容）
  kaunter void REFID [--deadline SECONDS] [--json]
                                  永不发送一笔需要决定的交易（refid 绝不重用）
  kaunter receipt REFID --format pdf|png|escpos --out FILE [--width 58|80] [--copy] [--json]
                                  写出交易的收据：pdf（80 mm 页面）、png（
                                  384/576 点的小票）、escpos（打印任务的字节）；
                                  --width 默认使用收银机的纸张设置；--copy
                                  标记为重新打印的“副本”（COPY），并隐藏 PIN 和礼券链接
  kaunter reconcile --date YYYY-MM-DD [--json]
                                  将日志与 IIMMPACT 当天（马来西亚时间）的交易清单
                                  对比；结果保存在数据文件夹的 reports 文件夹中
  kaunter shift open --cashier NAME --float AMOUNT [--json]
  kaunter shift status [--json]   当前班次至今：按产品和状态列出的销售
  kaunter shift close --counted AMOUNT [--json]
                                  先点算钱柜：预期现金和差额
                                  只在点算后才打印
  kaunter zreport [N] [--csv FILE] [--pdf FILE] [--json]
                                  重新打印第 N 份 Z 报表（默认：最新一份），或导出它
  kaunter --help | --version
收银机选项：
  --demo          培训模式：由 Kaunter 内置的 IIMMPACT 模拟器回应；不涉及真钱；
                  使用独立的日志
  --data-dir DIR  日志和本地文件的目录
每个命令也接受 --data-dir DIR。数据文件夹为 --data-dir，否则为
KAUNTER_DATA_DIR，否则为 ~/.local/share/Kaunter（Windows：%LOCALAPPDATA%\Kaunter），
收银机和所有命令都相同；--demo 使用其 demo 子文件夹。
配置只来自环境变量：KAUNTER_API_BASE（不含 /v2）、
KAUNTER_API_KEY、KAUNTER_API_SECRET（Base64）、KAUNTER_DATA_DIR、KAUNTER_CA_BUNDLE。
退出码：
   0  成功
  10  失败
  11  退款
  12  已作废：按决定从未发送；没有扣款
  20  已拒绝：在任何交易产生之前被拒绝
  30  仍待定，包括需要决定的（已记入日志，可恢复）
   2  用法、配置或认证错误，且没有待定交易；
      reconcile：无法读取 IIMMPACT 的清单（未作对比）
   3  另一个 Kaunter 进程正在使用此日志（锁定中）
  40  reconcile：日志与 IIMMPACT 不一致（列出每项差异及处理方法）
</translation>
    </message>
    <message>
        <source>receipt needs --format pdf, png or escpos.</source>
        <translation>receipt 需要 --format pdf、png 或 escpos。</translation>
    </message>
    <message>
        <source>--format &quot;%1&quot; is not a receipt format; use pdf, png or escpos.</source>
        <translation>--format &quot;%1&quot; 不是收据格式；请使用 pdf、png 或 escpos。</translation>
    </message>
    <message>
        <source>--width &quot;%1&quot; is not a paper width; use 58 or 80 (mm).</source>
        <translation>--width &quot;%1&quot; 不是纸张宽度；请使用 58 或 80（mm）。</translation>
    </message>
    <message>
        <source>receipt needs --out FILE.</source>
        <translation>receipt 需要 --out FILE。</translation>
    </message>
    <message>
        <source>reconcile needs --date YYYY-MM-DD (a day in Malaysian time), e.g. 2025-03-31.</source>
        <translation type="vanished">reconcile 需要 --date YYYY-MM-DD（马来西亚时间的日期），例如 2025-03-31。</translation>
    </message>
    <message>
        <source>--date needs a date as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，例如 2025-03-31。</translation>
    </message>
    <message>
        <source>shift needs one action: open, status or close.</source>
        <translation>shift 需要一个动作：open、status 或 close。</translation>
    </message>
    <message>
        <source>--%1 does not go with shift %2.</source>
        <translation>--%1 不能与 shift %2 一起使用。</translation>
    </message>
    <message>
        <source>shift %1 needs --%2.</source>
        <translation>shift %1 需要 --%2。</translation>
    </message>
    <message>
        <source>--float: %1</source>
        <translation>--float：%1</translation>
    </message>
    <message>
        <source>--counted: %1</source>
        <translation>--counted：%1</translation>
    </message>
    <message>
        <source>zreport takes at most one Z number.</source>
        <translation>zreport 最多只接受一个 Z 编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Z-report number (1, 2, 3...).</source>
        <translation>&quot;%1&quot; 不是 Z 报表编号（1、2、3…）。</translation>
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
        <translation>用法：
  kaunter [--demo] [--data-dir DIR]   启动收银机（需要显示屏）
  kaunter pay --product CODE --account ACC --amount AMT [--subproduct CODE]
              [--ic NUMBER] [--passport] [--biller CODE] [--ref2 REF] [--remarks TEXT]
              [--refid REFID] [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter status REFID [--json]
  kaunter recover [--poll-interval SECONDS] [--deadline SECONDS] [--json]
  kaunter history [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--status NAME[,NAME]|pending]
                  [--account ACC] [--product CODE] [--refid REFID[*]] [--csv FILE] [--json]
                                  最新的在前；日期为本终端的本地日期，
                                  包含首尾两天；REFID* 匹配前缀；--csv 将
                                  交易写入 FILE（UTF-8，供电子表格使用；绝不含 PIN）
  kaunter send REFID [--poll-interval SECONDS] [--deadline SECONDS] [--json]
                                  立即发送一笔需要决定的交易（相同 refid，相同内容）
  kaunter void REFID [--deadline SECONDS] [--json]
                                  永不发送一笔需要决定的交易（refid 绝不重用）
  kaunter receipt REFID --format pdf|png|escpos --out FILE [--width 58|80] [--copy] [--json]
                                  写出交易的收据：pdf（80 mm 页面）、png（
                                  384/576 点的小票）、escpos（打印任务的字节）；
                                  --width 默认使用收银机的纸张设置；--copy
                                  标记为重新打印的 COPY，并隐藏 PIN 和礼券链接
  kaunter reconcile --date YYYY-MM-DD [--json]
                                  将日志与 IIMMPACT 当天（马来西亚时间）的交易清单
                                  对比；结果保存在数据文件夹的 reports 文件夹中
  kaunter reconcile --shift [N] [--json]
                                  对第 N 份 Z 报表的班次（从开班到结班）作同样对比
                                  （不指定 N：最新一份 Z 报表）
  kaunter shift open --cashier NAME --float AMOUNT [--json]
  kaunter shift status [--json]   当前班次至今：按产品和状态列出的销售
  kaunter shift close --counted AMOUNT [--json]
                                  先点算钱柜：预期现金和差额
                                  只在点算后才打印
  kaunter zreport [N] [--csv FILE] [--pdf FILE] [--json]
                                  重新打印第 N 份 Z 报表（默认：最新一份），或导出它
  kaunter --help | --version
收银机选项：
  --demo          培训模式：由 Kaunter 内置的 IIMMPACT 模拟器回应；不涉及真钱；
                  使用独立的日志
  --data-dir DIR  日志和本地文件的目录
每个命令也接受 --data-dir DIR。数据文件夹为 --data-dir，否则为
KAUNTER_DATA_DIR，否则为 ~/.local/share/Kaunter（Windows：%LOCALAPPDATA%\Kaunter），
收银机和所有命令都相同；--demo 使用其 demo 子文件夹。
配置只来自环境变量：KAUNTER_API_BASE（不含 /v2）、
KAUNTER_API_KEY、KAUNTER_API_SECRET（Base64）、KAUNTER_DATA_DIR、KAUNTER_CA_BUNDLE。
退出码：
   0  成功
  10  失败
  11  退款
  12  已作废：按决定从未发送；没有扣款
  20  已拒绝：在任何交易产生之前被拒绝
  30  仍待定，包括需要决定的（已记入日志，可恢复）
   2  用法、配置或认证错误，且没有待定交易；
      reconcile：无法读取 IIMMPACT 的清单（未作对比）
   3  另一个 Kaunter 进程正在使用此日志（锁定中）
  40  reconcile：日志与 IIMMPACT 不一致（列出每项差异及处理方法）
</translation>
    </message>
    <message>
        <source>reconcile needs exactly one of --date YYYY-MM-DD (a day in Malaysian time, e.g. 2025-03-31) and --shift [N] (Z-report N&apos;s shift; no N: the latest).</source>
        <translation>reconcile 需要 --date YYYY-MM-DD（马来西亚时间的日期，例如 2025-03-31）或 --shift [N]（第 N 份 Z 报表的班次；不指定 N：最新一份），两者只能选一个。</translation>
    </message>
    <message>
        <source>--shift takes at most one Z number.</source>
        <translation>--shift 最多只接受一个 Z 报表编号。</translation>
    </message>
</context>
<context>
    <name>DenominationPicker</name>
    <message>
        <source>Amount in RM, e.g. 50.00</source>
        <translation>金额（RM），例如 50.00</translation>
    </message>
    <message>
        <source>Amount in ringgit</source>
        <translation>金额（令吉）</translation>
    </message>
    <message>
        <source>%1 ringgit</source>
        <translation>%1 令吉</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>从 %1 至 %2</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>最少 %1</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>Not an amount.</source>
        <translation>不是有效金额。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The minimum is %1.</source>
        <translation>最低金额为 %1。</translation>
    </message>
    <message>
        <source>The maximum is %1.</source>
        <translation>最高金额为 %1。</translation>
    </message>
</context>
<context>
    <name>DevicePrinterTransport</name>
    <message>
        <source>Kaunter is not allowed to use the printer. Ask the person who set up this till to add its user to the &quot;lp&quot; group (USB printers) or the &quot;dialout&quot; group (serial printers) and to log in again, then press Retry.</source>
        <translation>Kaunter 无权使用打印机。请联系设置此收银机的人员，将其用户加入 &quot;lp&quot; 组（USB 打印机）或 &quot;dialout&quot; 组（串口打印机）并重新登录，然后按“重试”。</translation>
    </message>
</context>
<context>
    <name>DriverLock</name>
    <message>
        <source>The lock file %1 cannot be created (%2).</source>
        <translation>无法创建锁文件 %1（%2）。</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Kaunter is already running on this journal: process %1 (%2) on %3 has held it since %4.</source>
        <translation>Kaunter 已在使用此日志运行：%3 上的进程 %1（%2）自 %4 起占用它。</translation>
    </message>
    <message>
        <source>unknown program</source>
        <translation>未知程序</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本电脑</translation>
    </message>
    <message>
        <source>Kaunter is already running on this journal (the lock file %1 was written at %2 and names no process yet).</source>
        <translation>Kaunter 已在使用此日志运行（锁文件 %1 写于 %2，尚未注明进程）。</translation>
    </message>
</context>
<context>
    <name>FailurePage</name>
    <message>
        <source>Reason given by IIMMPACT</source>
        <translation>IIMMPACT 给出的原因</translation>
    </message>
    <message>
        <source>Sell again as a new sale</source>
        <translation>作为新交易重新销售</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>完成 (Enter)</translation>
    </message>
    <message>
        <source>Sale voided (refunded)</source>
        <translation>交易已作废（已退款）</translation>
    </message>
    <message>
        <source>Sale failed</source>
        <translation>交易失败</translation>
    </message>
    <message>
        <source>%1 · %2 · RM %3</source>
        <translation>%1 · %2 · RM %3</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>参考编号 %1</translation>
    </message>
    <message>
        <source>IIMMPACT voided this sale and returned the amount to the wallet. Give the customer their money back. Selling again makes a new sale with a new reference.</source>
        <translation>IIMMPACT 已作废此交易，并将金额退回钱包。请把钱退还给顾客。重新销售会产生一笔新交易和新的参考编号。</translation>
    </message>
</context>
<context>
    <name>FailureReasons</name>
    <message>
        <source>The provider did not complete the sale.</source>
        <translation>供应商未完成此交易。</translation>
    </message>
    <message>
        <source>Invalid number or account: it may be wrong, barred or terminated.</source>
        <translation>号码或账户无效：可能有误、被禁用或已终止。</translation>
    </message>
    <message>
        <source>The merchant account is suspended. Call IIMMPACT support.</source>
        <translation>商家账户已被暂停。请联系 IIMMPACT 客服。</translation>
    </message>
    <message>
        <source>Service temporarily unavailable.</source>
        <translation>服务暂时无法使用。</translation>
    </message>
    <message>
        <source>Invalid product or format.</source>
        <translation>产品或格式无效。</translation>
    </message>
    <message>
        <source>Out of stock.</source>
        <translation>缺货。</translation>
    </message>
    <message>
        <source>Service unavailable. Try later.</source>
        <translation>服务无法使用，请稍后再试。</translation>
    </message>
    <message>
        <source>Rejected by the operator.</source>
        <translation>被运营商拒绝。</translation>
    </message>
    <message>
        <source>The sale was voided and refunded.</source>
        <translation>交易已作废并退款。</translation>
    </message>
    <message>
        <source>Duplicate sale, or the daily limit for this account is reached.</source>
        <translation>重复交易，或此账户已达每日限额。</translation>
    </message>
    <message>
        <source>Timed out at the provider.</source>
        <translation>供应商处理超时。</translation>
    </message>
    <message>
        <source>The account is blocked.</source>
        <translation>账户已被冻结。</translation>
    </message>
    <message>
        <source>This number is not eligible.</source>
        <translation>此号码不符合资格。</translation>
    </message>
    <message>
        <source>Invalid amount for this product.</source>
        <translation>此产品的金额无效。</translation>
    </message>
    <message>
        <source>The provider did not complete the sale (code %1).</source>
        <translation>供应商未完成此交易（代码 %1）。</translation>
    </message>
    <message>
        <source>The customer was not charged for this sale.</source>
        <translation>此交易没有向顾客收费。</translation>
    </message>
    <message>
        <source>Check the number with the customer. Selling again makes a new sale with a new reference.</source>
        <translation>请与顾客核对号码。重新销售会产生一笔新交易和新的参考编号。</translation>
    </message>
    <message>
        <source>Choose another amount. Selling again makes a new sale with a new reference.</source>
        <translation>请选择其他金额。重新销售会产生一笔新交易和新的参考编号。</translation>
    </message>
    <message>
        <source>Do not retry now; tell the supervisor.</source>
        <translation>现在不要重试；请通知主管。</translation>
    </message>
    <message>
        <source>Selling again makes a new sale with a new reference.</source>
        <translation>重新销售会产生一笔新交易和新的参考编号。</translation>
    </message>
</context>
<context>
    <name>FavouritesStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; starting with no favourites.</source>
        <translation>%1 不是有效的 JSON；将以空的常用列表开始。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>GenericProductForm</name>
    <message>
        <source>e.g. 012-345 6789</source>
        <translation>例如 012-345 6789</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>Digits only.</source>
        <translation>只限数字。</translation>
    </message>
    <message>
        <source>Use plain letters, digits and punctuation only.</source>
        <translation>只可使用普通字母、数字和标点符号。</translation>
    </message>
    <message>
        <source>The biller does not know this account (%1).</source>
        <translation>收费单位找不到此账户（%1）。</translation>
    </message>
    <message>
        <source>Waiting for the biller to confirm the account.</source>
        <translation>正在等待收费单位确认账户。</translation>
    </message>
    <message>
        <source>Choose the amount.</source>
        <translation>请选择金额。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <source>Kaunter point of sale</source>
        <translation>Kaunter 收银系统</translation>
    </message>
    <message>
        <source>Training mode: an IIMMPACT simulator inside Kaunter answers; no money moves. Uses its own journal.</source>
        <translation>培训模式：由 Kaunter 内置的 IIMMPACT 模拟器回应；不涉及真钱。使用独立的日志。</translation>
    </message>
    <message>
        <source>Directory of the journal and local files (default: KAUNTER_DATA_DIR, else the per-user data directory).</source>
        <translation>日志和本地文件的目录（默认：KAUNTER_DATA_DIR，否则为用户数据目录）。</translation>
    </message>
    <message>
        <source>Kaunter cannot start</source>
        <translation>Kaunter 无法启动</translation>
    </message>
    <message>
        <source>The demo simulator did not start: %1</source>
        <translation>演示模拟器未能启动：%1</translation>
    </message>
    <message>
        <source>Not configured for selling: %1. Set KAUNTER_API_BASE, KAUNTER_API_KEY and KAUNTER_API_SECRET, or start with --demo.</source>
        <translation>未配置销售功能：%1。请设置 KAUNTER_API_BASE、KAUNTER_API_KEY 和 KAUNTER_API_SECRET，或以 --demo 启动。</translation>
    </message>
    <message>
        <source>Kaunter is not configured</source>
        <translation>Kaunter 尚未配置</translation>
    </message>
    <message>
        <source>The sales journal cannot be opened</source>
        <translation>无法打开销售日志</translation>
    </message>
    <message>
        <source>%1

Journal: %2

Kaunter does not sell without its journal.</source>
        <translation>%1

日志：%2

没有日志，Kaunter 不会进行销售。</translation>
    </message>
    <message>
        <source>Kaunter is already running</source>
        <translation>Kaunter 已在运行</translation>
    </message>
    <message>
        <source>%1

Only one Kaunter may sell from this journal (%2) at a time. Use the window that is already open.</source>
        <translation>%1

同一时间只能有一个 Kaunter 使用此日志（%2）进行销售。请使用已打开的窗口。</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Sales whose final status is not known yet. Kaunter keeps checking them in the background.</source>
        <translation>最终状态尚未确定的交易。Kaunter 会在后台继续核查。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ask IIMMPACT for the balance now</source>
        <translation>立即向 IIMMPACT 查询余额</translation>
    </message>
    <message>
        <source>Balance: …</source>
        <translation>余额：…</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Training mode: a simulator inside Kaunter answers. No money moves.</source>
        <translation>培训模式：由 Kaunter 内置的模拟器回应。不涉及真钱。</translation>
    </message>
    <message>
        <source>STAGING</source>
        <translation>测试环境</translation>
    </message>
    <message>
        <source>IIMMPACT staging: test sales only.</source>
        <translation>IIMMPACT 测试环境：仅限测试交易。</translation>
    </message>
    <message>
        <source>PRODUCTION</source>
        <translation>正式环境</translation>
    </message>
    <message>
        <source>IIMMPACT production: every sale is real money.</source>
        <translation>IIMMPACT 正式环境：每笔交易都是真钱。</translation>
    </message>
    <message>
        <source>NOT CONFIGURED</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>CUSTOM: %1</source>
        <translation>自定义：%1</translation>
    </message>
    <message>
        <source>An IIMMPACT address that is neither staging nor production.</source>
        <translation>既非测试也非正式环境的 IIMMPACT 地址。</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation type="vanished">终端 %1</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>余额：%1</translation>
    </message>
    <message>
        <source>(last known)</source>
        <translation>（最后已知）</translation>
    </message>
    <message>
        <source>Balance: unavailable</source>
        <translation>余额：无法获取</translation>
    </message>
    <message>
        <source>This IIMMPACT account is read-only: it cannot sell.</source>
        <translation>此 IIMMPACT 账户为只读：无法销售。</translation>
    </message>
    <message>
        <source>Low balance: below %1. Top up the IIMMPACT wallet soon.</source>
        <translation>余额不足：低于 %1。请尽快为 IIMMPACT 钱包充值。</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n 笔待定</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <source>● No connection</source>
        <translation>● 没有连接</translation>
    </message>
    <message>
        <source>● Sign-in problem</source>
        <translation>● 登录问题</translation>
    </message>
    <message>
        <source>History (F9)</source>
        <translation>销售记录 (F9)</translation>
    </message>
    <message>
        <source>Earlier sales: find one, check its status, reprint its receipt</source>
        <translation>以往交易：查找交易、查看状态、重新打印收据</translation>
    </message>
    <message>
        <source>Shift of %1. F10: close the shift, or see the Z-reports</source>
        <translation>%1 的班次。F10：结束班次，或查看 Z 报表</translation>
    </message>
    <message>
        <source>No shift is open. F10: open a shift, or see the Z-reports</source>
        <translation>没有开启的班次。F10：开启班次，或查看 Z 报表</translation>
    </message>
    <message>
        <source>No shift</source>
        <translation>无班次</translation>
    </message>
    <message>
        <source>Shift: %1</source>
        <translation>班次：%1</translation>
    </message>
    <message>
        <source>Terminal %1: this till&apos;s id, the start of every sale&apos;s reference</source>
        <translation>终端 %1：本收银机的编号，也是每笔交易参考编号的开头</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Sales history</source>
        <translation>销售记录</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>无法读取销售记录：%1</translation>
    </message>
    <message>
        <source>Reference (or its start)</source>
        <translation>参考编号（或开头部分）</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>所有产品</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Pending (not final yet)</source>
        <translation>待定（尚未确定）</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>需要决定</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Refused (nothing charged)</source>
        <translation>已拒绝（没有扣款）</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Dates from</source>
        <translation>日期从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Every sale of this list as a spreadsheet file (never a PIN)</source>
        <translation>将此列表中的所有交易导出为电子表格文件（绝不含 PIN）</translation>
    </message>
    <message>
        <source>No sale matches these filters.</source>
        <translation>没有符合这些筛选条件的交易。</translation>
    </message>
    <message>
        <source>Show the PIN of sale %1</source>
        <translation>显示交易 %1 的 PIN</translation>
    </message>
    <message>
        <source>The PIN stays hidden: no supervisor PIN.</source>
        <translation>PIN 保持隐藏：没有主管 PIN。</translation>
    </message>
    <message>
        <source>PIN shown until you choose another sale or leave.</source>
        <translation>PIN 会一直显示，直到您选择其他交易或离开。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>kaunter-sales-%1.csv</source>
        <translation>kaunter-sales-%1.csv</translation>
    </message>
    <message>
        <source>Export sales</source>
        <translation>导出交易</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 笔交易导出至 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentityNumber</name>
    <message>
        <source>Enter the customer&apos;s passport number: the law on money laundering (AMLA) requires it for this payment.</source>
        <translation>请输入顾客的护照号码：反洗钱法（AMLA）规定此付款必须提供。</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s IC number: the law on money laundering (AMLA) requires it for this payment.</source>
        <translation>请输入顾客的身份证号码：反洗钱法（AMLA）规定此付款必须提供。</translation>
    </message>
</context>
<context>
    <name>IimmpactClient</name>
    <message>
        <source>KAUNTER_CA_BUNDLE / CA bundle &quot;%1&quot; holds no PEM certificate</source>
        <translation>KAUNTER_CA_BUNDLE / CA 证书包 &quot;%1&quot; 不含 PEM 证书</translation>
    </message>
    <message>
        <source>The network layer repeated the request and the repeat was refused (%1); the payment outcome is unknown.</source>
        <translation>网络层重复发送了请求，重复请求被拒绝（%1）；付款结果未知。</translation>
    </message>
    <message>
        <source>The network layer repeated the request and the repeat was refused (%1).</source>
        <translation>网络层重复发送了请求，重复请求被拒绝（%1）。</translation>
    </message>
    <message>
        <source>No complete answer from IIMMPACT within the time limit; the payment outcome is unknown and will be re-checked.</source>
        <translation>在时限内没有收到 IIMMPACT 的完整回应；付款结果未知，将重新核查。</translation>
    </message>
    <message>
        <source>The connection to IIMMPACT failed before a complete answer arrived; the payment outcome is unknown and will be re-checked.</source>
        <translation>在收到完整回应之前与 IIMMPACT 的连接已中断；付款结果未知，将重新核查。</translation>
    </message>
    <message>
        <source>IIMMPACT answered with a redirect (HTTP %1), which is not followed; the payment outcome is unknown.</source>
        <translation>IIMMPACT 以重定向回应（HTTP %1），系统不会跟随；付款结果未知。</translation>
    </message>
    <message>
        <source>IIMMPACT refused the request (HTTP %1): check the API key, secret, clock and IP allowlist.</source>
        <translation>IIMMPACT 拒绝了请求（HTTP %1）：请检查 API 密钥、密钥、时钟和 IP 白名单。</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT asks to slow down; retrying in %n second(s).</source>
        <translation>
            <numerusform>IIMMPACT 要求放慢速度；%n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT server error (HTTP %1); the payment outcome is unknown and will be re-checked.</source>
        <translation>IIMMPACT 服务器错误（HTTP %1）；付款结果未知，将重新核查。</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP 400 without a readable body; the payment outcome is unknown.</source>
        <translation>IIMMPACT 回应 HTTP 400 但内容无法读取；付款结果未知。</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP 400 with an unexpected transaction status; the payment outcome is unknown.</source>
        <translation>IIMMPACT 回应 HTTP 400 并带有意外的交易状态；付款结果未知。</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP 400 without an explanation; the payment outcome is unknown.</source>
        <translation>IIMMPACT 回应 HTTP 400 但没有说明；付款结果未知。</translation>
    </message>
    <message>
        <source>Unexpected HTTP %1 from IIMMPACT; the payment outcome is unknown.</source>
        <translation>IIMMPACT 回应了意外的 HTTP %1；付款结果未知。</translation>
    </message>
    <message>
        <source>IIMMPACT sent a web page instead of a payment answer; the outcome is unknown.</source>
        <translation>IIMMPACT 发来的是网页而不是付款回应；结果未知。</translation>
    </message>
    <message>
        <source>IIMMPACT sent an unreadable payment answer; the outcome is unknown.</source>
        <translation>IIMMPACT 发来的付款回应无法读取；结果未知。</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer holds no transaction; the outcome is unknown.</source>
        <translation>IIMMPACT 的回应中没有交易；结果未知。</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer holds no transaction status; the outcome is unknown.</source>
        <translation>IIMMPACT 的回应中没有交易状态；结果未知。</translation>
    </message>
    <message>
        <source>IIMMPACT reported the unrecognised status &quot;%1&quot;; the outcome is unknown.</source>
        <translation>IIMMPACT 报告了无法识别的状态 &quot;%1&quot;；结果未知。</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer does not match the request (%1); the outcome is unknown.</source>
        <translation>IIMMPACT 的回应与请求不符（%1）；结果未知。</translation>
    </message>
    <message>
        <source>No complete answer from IIMMPACT within the time limit.</source>
        <translation>在时限内没有收到 IIMMPACT 的完整回应。</translation>
    </message>
    <message>
        <source>The connection to IIMMPACT failed.</source>
        <translation>与 IIMMPACT 的连接失败。</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT asks to slow down; try again in %n second(s).</source>
        <translation>
            <numerusform>IIMMPACT 要求放慢速度；请在 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT sent an unreadable answer.</source>
        <translation>IIMMPACT 发来的回应无法读取。</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP %1: %2</source>
        <translation>IIMMPACT 回应 HTTP %1：%2</translation>
    </message>
    <message>
        <source>IIMMPACT answered HTTP %1.</source>
        <translation>IIMMPACT 回应 HTTP %1。</translation>
    </message>
</context>
<context>
    <name>JomPay</name>
    <message>
        <source>Enter the JomPAY biller code (4 to 6 digits).</source>
        <translation>请输入 JomPAY 收费单位代码（4 至 6 位数字）。</translation>
    </message>
    <message>
        <source>The biller code contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation>收费单位代码含有其他文字的数字（%1）。请使用 0 至 9 的数字输入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a biller code. A JomPAY biller code has digits only.</source>
        <translation>收费单位代码中不允许有 &quot;%1&quot;。JomPAY 收费单位代码只有数字。</translation>
    </message>
    <message>
        <source>A JomPAY biller code has 4 to 6 digits, not %1.</source>
        <translation>JomPAY 收费单位代码为 4 至 6 位数字，而不是 %1 位。</translation>
    </message>
    <message>
        <source>Enter Ref-1: the account or bill number printed next to the JomPAY logo.</source>
        <translation>请输入 Ref-1：印在 JomPAY 标志旁的账号或账单号码。</translation>
    </message>
    <message>
        <source>Ref-1 contains &quot;%1&quot;, which is not a plain keyboard character. Type it with the letters A to Z, the digits 0 to 9, &quot;/&quot; and &quot;-&quot;.</source>
        <translation>Ref-1 含有 &quot;%1&quot;，这不是普通键盘字符。请使用字母 A 至 Z、数字 0 至 9、&quot;/&quot; 和 &quot;-&quot; 输入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in Ref-1. Use only letters, digits, &quot;/&quot; and &quot;-&quot;.</source>
        <translation>Ref-1 中不允许有 &quot;%1&quot;。只可使用字母、数字、&quot;/&quot; 和 &quot;-&quot;。</translation>
    </message>
    <message>
        <source>Ref-1 can have at most %1 characters; this one has %2.</source>
        <translation>Ref-1 最多 %1 个字符；此号码有 %2 个。</translation>
    </message>
    <message>
        <source>This biller requires Ref-2. Enter it as printed on the bill.</source>
        <translation>此收费单位需要 Ref-2。请按账单上所印的输入。</translation>
    </message>
    <message>
        <source>Ref-2 contains &quot;%1&quot;, which is not a plain keyboard character. Use English letters, digits and punctuation.</source>
        <translation>Ref-2 含有 &quot;%1&quot;，这不是普通键盘字符。请使用英文字母、数字和标点符号。</translation>
    </message>
    <message>
        <source>Ref-2 can have at most %1 characters; this one has %2.</source>
        <translation>Ref-2 最多 %1 个字符；此号码有 %2 个。</translation>
    </message>
</context>
<context>
    <name>JomPayForm</name>
    <message>
        <source>Biller name or code, e.g. TNB or 5454</source>
        <translation>收费单位名称或代码，例如 TNB 或 5454</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>收费单位</translation>
    </message>
    <message>
        <source>MyKad (Malaysian)</source>
        <translation>MyKad（马来西亚人）</translation>
    </message>
    <message>
        <source>Passport (non-Malaysian)</source>
        <translation>护照（非马来西亚人）</translation>
    </message>
    <message>
        <source>Payer&apos;s IC or passport number</source>
        <translation>付款人的身份证或护照号码</translation>
    </message>
    <message>
        <source>I checked this number against the customer&apos;s
MyKad or passport (required by AMLA)</source>
        <translation>我已将此号码与顾客的
MyKad 或护照核对（AMLA 规定）</translation>
    </message>
    <message>
        <source>Printed next to the JomPAY logo on the bill</source>
        <translation>印在账单上 JomPAY 标志旁</translation>
    </message>
    <message>
        <source>Ref-1 (account or bill number)</source>
        <translation>Ref-1（账号或账单号码）</translation>
    </message>
    <message>
        <source>Ref-2 (required by this biller)</source>
        <translation>Ref-2（此收费单位必填）</translation>
    </message>
    <message numerus="yes">
        <source>%n biller(s): type part of the name or the code.</source>
        <translation>
            <numerusform>%n 个收费单位：请输入部分名称或代码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the biller list… You can also type the biller code.</source>
        <translation>正在加载收费单位列表… 您也可以直接输入收费单位代码。</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>已选择：%1</translation>
    </message>
    <message>
        <source>The biller does not know this Ref-1.</source>
        <translation>收费单位找不到此 Ref-1。</translation>
    </message>
    <message>
        <source>This biller needs Ref-2: it is printed on the bill.</source>
        <translation>此收费单位需要 Ref-2：它印在账单上。</translation>
    </message>
    <message>
        <source>Choose the biller.</source>
        <translation>请选择收费单位。</translation>
    </message>
    <message>
        <source>Enter Ref-1.</source>
        <translation>请输入 Ref-1。</translation>
    </message>
    <message>
        <source>This biller needs Ref-2.</source>
        <translation>此收费单位需要 Ref-2。</translation>
    </message>
    <message>
        <source>Waiting for the biller to confirm the account.</source>
        <translation>正在等待收费单位确认账户。</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>Enter the payer&apos;s IC or passport number.</source>
        <translation>请输入付款人的身份证或护照号码。</translation>
    </message>
    <message>
        <source>Confirm that you checked the number against the customer&apos;s document.</source>
        <translation>请确认您已将号码与顾客的证件核对。</translation>
    </message>
    <message>
        <source>Ref-2</source>
        <translation>Ref-2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Payer passport</source>
        <translation>付款人护照</translation>
    </message>
    <message>
        <source>Payer IC</source>
        <translation>付款人身份证</translation>
    </message>
    <message>
        <source>Ref-1</source>
        <translation>Ref-1</translation>
    </message>
    <message>
        <source>No biller matches &quot;%1&quot;. Try the biller code or another part of the name.</source>
        <translation>没有与 &quot;%1&quot; 相符的收费单位。请尝试收费单位代码或名称的其他部分。</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>The sale journal is not open; nothing can be recorded.</source>
        <translation>销售日志未打开；无法记录任何内容。</translation>
    </message>
    <message>
        <source>The sale journal %1 is locked by another program (is Kaunter already running on this data folder?).</source>
        <translation>销售日志 %1 被另一个程序锁定（Kaunter 是否已在此数据文件夹上运行？）。</translation>
    </message>
    <message>
        <source>The sale journal %1 is read-only; sales cannot be recorded.</source>
        <translation>销售日志 %1 为只读；无法记录交易。</translation>
    </message>
    <message>
        <source>The sale journal %1 cannot be opened for writing (no permission, or the folder is read-only).</source>
        <translation>无法以写入方式打开销售日志 %1（没有权限，或文件夹为只读）。</translation>
    </message>
    <message>
        <source>The sale journal %1 is damaged or is not a Kaunter journal. It has been left untouched; restore it from a backup or contact support.</source>
        <translation>销售日志 %1 已损坏或不是 Kaunter 日志。系统没有改动它；请从备份恢复或联系客服。</translation>
    </message>
    <message>
        <source>The disk holding the sale journal %1 is full.</source>
        <translation>存放销售日志 %1 的磁盘已满。</translation>
    </message>
    <message>
        <source>The sale journal %1 could not be read or written (input/output error).</source>
        <translation>无法读取或写入销售日志 %1（输入/输出错误）。</translation>
    </message>
    <message>
        <source>The sale journal refused an inconsistent record.</source>
        <translation>销售日志拒绝了一条不一致的记录。</translation>
    </message>
    <message>
        <source>The sale journal %1 reported an error.</source>
        <translation>销售日志 %1 报告了一个错误。</translation>
    </message>
    <message>
        <source>%1 (SQLite: %2)</source>
        <translation>%1（SQLite：%2）</translation>
    </message>
    <message>
        <source>No data folder was given for the sale journal.</source>
        <translation>没有为销售日志指定数据文件夹。</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created; sales cannot be recorded.</source>
        <translation>无法创建数据文件夹 %1；无法记录交易。</translation>
    </message>
    <message>
        <source>The sale journal %1 cannot be created: %2</source>
        <translation>无法创建销售日志 %1：%2</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE, package libqt6sql6-sqlite) is not installed; the sale journal cannot be opened.</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE，软件包 libqt6sql6-sqlite）；无法打开销售日志。</translation>
    </message>
    <message>
        <source>The sale journal %1 was written by a newer version of Kaunter (schema %2; this version understands up to %3). It has been left untouched; install the newer Kaunter to use it.</source>
        <translation>销售日志 %1 由较新版本的 Kaunter 写入（架构 %2；此版本最多支持 %3）。系统没有改动它；请安装较新的 Kaunter 来使用它。</translation>
    </message>
    <message>
        <source>The sale journal %1 cannot use write-ahead logging (SQLite kept journal mode &quot;%2&quot;; the file system may not support it, or the file is read-only). Sales are refused because they could not be recorded durably.</source>
        <translation>销售日志 %1 无法使用预写式日志（SQLite 保持日志模式 &quot;%2&quot;；文件系统可能不支持，或文件为只读）。由于无法可靠地记录，交易被拒绝。</translation>
    </message>
    <message>
        <source>The sale journal %1 cannot be set to synchronous=FULL (SQLite reports %2). Sales are refused because they could not be recorded durably.</source>
        <translation>销售日志 %1 无法设为 synchronous=FULL（SQLite 报告 %2）。由于无法可靠地记录，交易被拒绝。</translation>
    </message>
    <message>
        <source>upgrading the journal to schema %1</source>
        <translation>将日志升级至架构 %1</translation>
    </message>
    <message>
        <source>Upgrading the sale journal to schema %1 failed: %2</source>
        <translation>将销售日志升级至架构 %1 失败：%2</translation>
    </message>
    <message>
        <source>The sale journal %1 was written by a newer version of Kaunter.</source>
        <translation>销售日志 %1 由较新版本的 Kaunter 写入。</translation>
    </message>
    <message>
        <source>opening the journal</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <source>Error while %1: %2</source>
        <translation>%1 时出错：%2</translation>
    </message>
    <message>
        <source>allocating a refid</source>
        <translation>分配 refid</translation>
    </message>
    <message>
        <source>Sale %1 is incomplete (refid, product, account, amount and request body are required); nothing was recorded.</source>
        <translation>交易 %1 不完整（必须有 refid、产品、账号、金额和请求内容）；没有记录任何内容。</translation>
    </message>
    <message>
        <source>recording sale %1</source>
        <translation>记录交易 %1</translation>
    </message>
    <message>
        <source>Refid %1 is already in the journal; a refid is never reused for another sale.</source>
        <translation>Refid %1 已在日志中；refid 绝不会重用于其他交易。</translation>
    </message>
    <message>
        <source>The correction of sale %1 is incomplete (product, account, amount and request body are required); nothing was changed.</source>
        <translation>交易 %1 的更正不完整（必须有产品、账号、金额和请求内容）；没有作任何更改。</translation>
    </message>
    <message>
        <source>correcting sale %1</source>
        <translation>更正交易 %1</translation>
    </message>
    <message>
        <source>There is no sale %1 in the journal.</source>
        <translation>日志中没有交易 %1。</translation>
    </message>
    <message>
        <source>Sale %1 is %2; only a rejected sale (no transaction was created) can be corrected under the same refid.</source>
        <translation>交易 %1 为 %2；只有被拒绝的交易（未创建交易）才能以相同 refid 更正。</translation>
    </message>
    <message>
        <source>recording an attempt for sale %1</source>
        <translation>记录交易 %1 的一次尝试</translation>
    </message>
    <message>
        <source>recording the outcome of sale %1</source>
        <translation>记录交易 %1 的结果</translation>
    </message>
    <message>
        <source>The answer for sale %1 was about a request body that is no longer the journaled one; it was not recorded.</source>
        <translation>交易 %1 的回应所针对的请求内容已不是日志中记录的；未予记录。</translation>
    </message>
    <message>
        <source>Sale %1 is %2%3; it cannot become %4. Nothing was changed.</source>
        <translation>交易 %1 为 %2%3；不能变为 %4。没有作任何更改。</translation>
    </message>
    <message>
        <source> and IIMMPACT has a transaction for it</source>
        <translation>，且 IIMMPACT 已有对应交易</translation>
    </message>
    <message>
        <source>Sale %1 is %2; no request is sent for it.</source>
        <translation>交易 %1 为 %2；不会为它发送请求。</translation>
    </message>
</context>
<context>
    <name>KaunterServices</name>
    <message>
        <source>No data folder: pass --data-dir or set KAUNTER_DATA_DIR.</source>
        <translation>没有数据文件夹：请使用 --data-dir 或设置 KAUNTER_DATA_DIR。</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation>无法创建数据文件夹 %1。</translation>
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
        <translation>交易 %1 在后台继续处理。</translation>
    </message>
    <message>
        <source>No program on this computer opens %1 links.</source>
        <translation>此电脑上没有程序可以打开 %1 链接。</translation>
    </message>
    <message>
        <source>Checking sale %1…</source>
        <translation>正在核查交易 %1…</translation>
    </message>
    <message>
        <source>IIMMPACT refused our credentials: %1</source>
        <translation>IIMMPACT 拒绝了我们的凭证：%1</translation>
    </message>
    <message>
        <source>The sales journal cannot be written</source>
        <translation>无法写入销售日志</translation>
    </message>
    <message>
        <source>%1

Kaunter stops sending sales until the journal works again.</source>
        <translation>%1

在日志恢复正常之前，Kaunter 将停止发送交易。</translation>
    </message>
    <message>
        <source>Products loaded: %1</source>
        <translation>已加载产品：%1</translation>
    </message>
    <message>
        <source>No pending sales</source>
        <translation>没有待定交易</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · RM %4</source>
        <translation>%1 · %2 · %3 · RM %4</translation>
    </message>
    <message>
        <source>Voucher viewer unavailable</source>
        <translation>礼券查看器无法使用</translation>
    </message>
    <message>
        <source>%1

Open the voucher in the system web browser instead?</source>
        <translation>%1

改用系统浏览器打开礼券吗？</translation>
    </message>
    <message>
        <source>Earlier sale %1 (%2) was never sent and IIMMPACT has no transaction for it: a supervisor decides under Pending.</source>
        <translation>之前的交易 %1（%2）从未发送，IIMMPACT 也没有它的交易：由主管在“待定”中决定。</translation>
    </message>
    <message numerus="yes">
        <source>Not sent, needs a decision: %n sale(s)…</source>
        <translation>
            <numerusform>未发送，需要决定：%n 笔交易…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not sent, needs a decision)</source>
        <translation>%1（未发送，需要决定）</translation>
    </message>
    <message>
        <source>Finish the sale on screen first.</source>
        <translation>请先完成屏幕上的交易。</translation>
    </message>
    <message>
        <source>Asking IIMMPACT about sale %1…</source>
        <translation>正在向 IIMMPACT 查询交易 %1…</translation>
    </message>
    <message>
        <source>IIMMPACT cannot be asked about this sale.</source>
        <translation>无法向 IIMMPACT 查询此交易。</translation>
    </message>
    <message>
        <source>Receipt printed.</source>
        <translation>收据已打印。</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s answer: %1</source>
        <translation>IIMMPACT 的回应：%1</translation>
    </message>
</context>
<context>
    <name>MaskedIdEdit</name>
    <message>
        <source>Passport number</source>
        <translation>护照号码</translation>
    </message>
    <message>
        <source>e.g. 900101-14-5678</source>
        <translation>例如 900101-14-5678</translation>
    </message>
    <message>
        <source>Type again to change (%1)</source>
        <translation>重新输入以更改（%1）</translation>
    </message>
</context>
<context>
    <name>MobileDataForm</name>
    <message>
        <source>e.g. 017-885 5286</source>
        <translation>例如 017-885 5286</translation>
    </message>
    <message>
        <source>Enter the number to see the plans offered to it.</source>
        <translation>输入号码以查看可用的配套。</translation>
    </message>
    <message>
        <source>Look up again</source>
        <translation>重新查询</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>配套</translation>
    </message>
    <message>
        <source>Looking up the plans for %1…</source>
        <translation>正在查询 %1 的配套…</translation>
    </message>
    <message>
        <source>The plans could not be fetched: %1</source>
        <translation>无法获取配套：%1</translation>
    </message>
    <message>
        <source>IIMMPACT offers no plans for this number. Check the number and the operator.</source>
        <translation>IIMMPACT 没有为此号码提供配套。请检查号码和电讯商。</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) for this number:</source>
        <translation>
            <numerusform>此号码有 %n 个配套：</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the plans for this number.</source>
        <translation>正在等待此号码的配套。</translation>
    </message>
    <message>
        <source>Choose a plan.</source>
        <translation>请选择配套。</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有效期</translation>
    </message>
</context>
<context>
    <name>MobileNumber</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>The mobile number contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation>手机号码含有其他文字的数字（%1）。请使用 0 至 9 的数字输入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a mobile number. Use only the digits 0 to 9.</source>
        <translation>手机号码中不允许有 &quot;%1&quot;。只可使用数字 0 至 9。</translation>
    </message>
    <message>
        <source>This is not a Malaysian number. Only Malaysian mobile numbers (+60 1x...) can be reloaded.</source>
        <translation>这不是马来西亚号码。只有马来西亚手机号码（+60 1x...）可以充值。</translation>
    </message>
    <message>
        <source>This number has the wrong length after the country code 60: a mobile number has 9 or 10 digits after 60.</source>
        <translation>此号码在国家代码 60 之后的长度不对：手机号码在 60 之后有 9 或 10 位数字。</translation>
    </message>
    <message>
        <source>This is not a mobile number. Malaysian mobile numbers start with 01.</source>
        <translation>这不是手机号码。马来西亚手机号码以 01 开头。</translation>
    </message>
    <message>
        <source>0%1 numbers are landlines, not mobile numbers. Enter a mobile number starting with 01.</source>
        <translation>0%1 开头的号码是固网电话，不是手机号码。请输入以 01 开头的手机号码。</translation>
    </message>
    <message>
        <source>015 numbers are internet-phone numbers, not mobile numbers.</source>
        <translation>015 开头的号码是网络电话号码，不是手机号码。</translation>
    </message>
    <message>
        <source>%1 mobile numbers have %2 digits (with the leading 0); this one has %3.</source>
        <translation>%1 开头的手机号码有 %2 位数字（包括开头的 0）；此号码有 %3 位。</translation>
    </message>
</context>
<context>
    <name>MobileReloadForm</name>
    <message>
        <source>e.g. 012-345 6789</source>
        <translation>例如 012-345 6789</translation>
    </message>
    <message>
        <source>Choose the amount.</source>
        <translation>请选择金额。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Enter the amount like 12.30.</source>
        <translation>请按 12.30 的格式输入金额。</translation>
    </message>
    <message>
        <source>The amount contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation>金额含有其他文字的数字（%1）。请使用 0 至 9 的数字输入。</translation>
    </message>
    <message>
        <source>The amount cannot be negative. %1</source>
        <translation>金额不能为负数。%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in an amount. %2</source>
        <translation>金额中不允许有 &quot;%1&quot;。%2</translation>
    </message>
    <message>
        <source>The amount has more than one dot. %1</source>
        <translation>金额中有多于一个小数点。%1</translation>
    </message>
    <message>
        <source>Use a dot, not a comma, before the sen: enter the amount like 1234.56.</source>
        <translation>仙之前请用小数点，不要用逗号：请按 1234.56 的格式输入金额。</translation>
    </message>
    <message>
        <source>The thousands commas in this amount are in the wrong place. Enter the amount like 1,234.56 or 1234.56.</source>
        <translation>此金额中的千位逗号位置不对。请按 1,234.56 或 1234.56 的格式输入金额。</translation>
    </message>
    <message>
        <source>Put a 0 before the dot, like 0.50.</source>
        <translation>请在小数点前加 0，例如 0.50。</translation>
    </message>
    <message>
        <source>Type the sen after the dot, like 12.00, or leave out the dot.</source>
        <translation>请在小数点后输入仙，例如 12.00，或不输入小数点。</translation>
    </message>
    <message>
        <source>An amount has at most 2 decimals (sen). %1</source>
        <translation>金额最多只有 2 位小数（仙）。%1</translation>
    </message>
    <message>
        <source>The amount has too many digits. %1</source>
        <translation>金额的位数太多。%1</translation>
    </message>
    <message>
        <source>The amount must be more than RM 0.00.</source>
        <translation>金额必须大于 RM 0.00。</translation>
    </message>
    <message>
        <source>%1 is not available for this product. Choose one of: %2.</source>
        <translation>此产品不提供 %1。请从以下选择：%2。</translation>
    </message>
    <message>
        <source>An amount cannot contain a space (%1 found). %2</source>
        <translation>金额不能含有空格（发现 %1 个）。%2</translation>
    </message>
</context>
<context>
    <name>MyKad</name>
    <message>
        <source>Johor</source>
        <translation>柔佛</translation>
    </message>
    <message>
        <source>Kedah</source>
        <translation>吉打</translation>
    </message>
    <message>
        <source>Kelantan</source>
        <translation>吉兰丹</translation>
    </message>
    <message>
        <source>Melaka</source>
        <translation>马六甲</translation>
    </message>
    <message>
        <source>Negeri Sembilan</source>
        <translation>森美兰</translation>
    </message>
    <message>
        <source>Pahang</source>
        <translation>彭亨</translation>
    </message>
    <message>
        <source>Pulau Pinang</source>
        <translation>槟城</translation>
    </message>
    <message>
        <source>Perak</source>
        <translation>霹雳</translation>
    </message>
    <message>
        <source>Perlis</source>
        <translation>玻璃市</translation>
    </message>
    <message>
        <source>Selangor</source>
        <translation>雪兰莪</translation>
    </message>
    <message>
        <source>Terengganu</source>
        <translation>登嘉楼</translation>
    </message>
    <message>
        <source>Sabah</source>
        <translation>沙巴</translation>
    </message>
    <message>
        <source>Sarawak</source>
        <translation>砂拉越</translation>
    </message>
    <message>
        <source>WP Kuala Lumpur</source>
        <translation>吉隆坡联邦直辖区</translation>
    </message>
    <message>
        <source>WP Labuan</source>
        <translation>纳闽联邦直辖区</translation>
    </message>
    <message>
        <source>WP Putrajaya</source>
        <translation>布城联邦直辖区</translation>
    </message>
    <message>
        <source>Brunei</source>
        <translation>文莱</translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation>印度尼西亚</translation>
    </message>
    <message>
        <source>Cambodia</source>
        <translation>柬埔寨</translation>
    </message>
    <message>
        <source>Laos</source>
        <translation>老挝</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>缅甸</translation>
    </message>
    <message>
        <source>Philippines</source>
        <translation>菲律宾</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Thailand</source>
        <translation>泰国</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>越南</translation>
    </message>
    <message>
        <source>Born abroad</source>
        <translation>在国外出生</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>India</source>
        <translation>印度</translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation>巴基斯坦</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>沙特阿拉伯</translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation>斯里兰卡</translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation>孟加拉国</translation>
    </message>
    <message>
        <source>State unknown</source>
        <translation>州属不明</translation>
    </message>
    <message>
        <source>Oceania</source>
        <translation>大洋洲</translation>
    </message>
    <message>
        <source>South America</source>
        <translation>南美洲</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <source>United Kingdom and Ireland</source>
        <translation>英国和爱尔兰</translation>
    </message>
    <message>
        <source>Middle East</source>
        <translation>中东</translation>
    </message>
    <message>
        <source>Japan, Korea, Taiwan</source>
        <translation>日本、韩国、台湾</translation>
    </message>
    <message>
        <source>Caribbean, Central America, Mexico</source>
        <translation>加勒比海、中美洲、墨西哥</translation>
    </message>
    <message>
        <source>USA, Canada</source>
        <translation>美国、加拿大</translation>
    </message>
    <message>
        <source>Eastern Europe</source>
        <translation>东欧</translation>
    </message>
    <message>
        <source>Other country</source>
        <translation>其他国家</translation>
    </message>
    <message>
        <source>Stateless</source>
        <translation>无国籍</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Enter the IC number (12 digits).</source>
        <translation>请输入身份证号码（12 位数字）。</translation>
    </message>
    <message>
        <source>Old IC numbers (a letter and 7 digits) are not accepted. Ask for the 12-digit MyKad number.</source>
        <translation>不接受旧身份证号码（一个字母加 7 位数字）。请索取 12 位数字的 MyKad 号码。</translation>
    </message>
    <message>
        <source>The IC number contains digits of another script (%1). Type it with the digits 0 to 9.</source>
        <translation>身份证号码含有其他文字的数字（%1）。请使用 0 至 9 的数字输入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in an IC number. Use only the digits 0 to 9.</source>
        <translation>身份证号码中不允许有 &quot;%1&quot;。只可使用数字 0 至 9。</translation>
    </message>
    <message>
        <source>IC number must have 12 digits, not %1.</source>
        <translation>身份证号码必须有 12 位数字，而不是 %1 位。</translation>
    </message>
    <message>
        <source>Month %1 is not a valid month in this IC number.</source>
        <translation>此身份证号码中的月份 %1 无效。</translation>
    </message>
    <message>
        <source>Day %1 is not a valid day in this IC number.</source>
        <translation>此身份证号码中的日期 %1 无效。</translation>
    </message>
    <message>
        <source>The birth date in this IC number (%1/%2/%3, day/month/year) does not exist.</source>
        <translation>此身份证号码中的出生日期（%1/%2/%3，日/月/年）不存在。</translation>
    </message>
    <message>
        <source>Place-of-birth code %1 is not issued. Check digits 7 and 8 of the IC number.</source>
        <translation>出生地代码 %1 未被发出。请检查身份证号码的第 7 和第 8 位数字。</translation>
    </message>
</context>
<context>
    <name>PassportNumber</name>
    <message>
        <source>Enter the passport number.</source>
        <translation>请输入护照号码。</translation>
    </message>
    <message>
        <source>This is a 12-digit MyKad number; it is taken as an IC number.</source>
        <translation>这是 12 位数字的 MyKad 号码；将作为身份证号码处理。</translation>
    </message>
    <message>
        <source>Leave out the &quot;&lt;&quot; filler characters: type only the passport number as printed.</source>
        <translation>请省略 &quot;&lt;&quot; 填充字符：只输入护照上所印的号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed in a passport number. Use only the letters A to Z and the digits 0 to 9.</source>
        <translation>护照号码中不允许有 &quot;%1&quot;。只可使用字母 A 至 Z 和数字 0 至 9。</translation>
    </message>
    <message>
        <source>This passport number is too short: it must have 6 to 12 letters and digits.</source>
        <translation>此护照号码太短：必须有 6 至 12 个字母和数字。</translation>
    </message>
    <message>
        <source>This passport number is too long: it must have 6 to 12 letters and digits.</source>
        <translation>此护照号码太长：必须有 6 至 12 个字母和数字。</translation>
    </message>
    <message>
        <source>A passport number has at least one digit. Check the number on the passport.</source>
        <translation>护照号码至少有一个数字。请核对护照上的号码。</translation>
    </message>
    <message>
        <source>A passport number cannot be one character repeated. Check the number on the passport.</source>
        <translation>护照号码不能是同一个字符重复。请核对护照上的号码。</translation>
    </message>
    <message>
        <source>This looks like a Malaysian passport. Malaysians must give their MyKad (IC) number: ask for it.</source>
        <translation>这看起来是马来西亚护照。马来西亚人必须提供 MyKad（身份证）号码：请向顾客索取。</translation>
    </message>
</context>
<context>
    <name>PaymentEngine</name>
    <message>
        <source>There is no sale %1 to correct.</source>
        <translation>没有可更正的交易 %1。</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not Rejected: it may already have a transaction, so it can only be re-queried, never sent with different details.</source>
        <translation>交易 %1 为 %2，并非 Rejected：它可能已有交易，因此只能重新查询，绝不能以不同资料发送。</translation>
    </message>
    <message>
        <source>The sales journal is not open. Nothing was sent.</source>
        <translation>销售日志未打开。未发送任何内容。</translation>
    </message>
    <message>
        <source>The same sale (%1) was sent a moment ago and is still in progress.</source>
        <translation>同一笔交易（%1）刚刚已发送，仍在处理中。</translation>
    </message>
    <message>
        <source>The sale could not be saved in the journal (%1). Nothing was sent.</source>
        <translation>交易无法保存到日志（%1）。未发送任何内容。</translation>
    </message>
    <message>
        <source>The answer did not match this sale (refid, product, account or amount differ); it was not accepted.</source>
        <translation>回应与此交易不符（refid、产品、账号或金额不同）；未予接受。</translation>
    </message>
    <message>
        <source>Final answer without a usable status.</source>
        <translation>最终回应中没有可用的状态。</translation>
    </message>
    <message>
        <source>Pending answer without a usable status.</source>
        <translation>待定回应中没有可用的状态。</translation>
    </message>
    <message>
        <source>HTTP 400 for a sale that already has a transaction: %1</source>
        <translation>已有交易的交易收到 HTTP 400：%1</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by the server (HTTP 429); retrying after %n second(s).</source>
        <translation>
            <numerusform>服务器限制请求速度（HTTP 429）；%n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>No usable answer from the server.</source>
        <translation>服务器没有可用的回应。</translation>
    </message>
    <message>
        <source>The server now reports %1 for this %2 sale.</source>
        <translation>服务器现在报告这笔 %2 交易为 %1。</translation>
    </message>
    <message>
        <source>The sales journal could not record sale %1 (%2). Nothing more is sent for it until the journal works again.</source>
        <translation>销售日志无法记录交易 %1（%2）。在日志恢复正常之前，不会再为它发送任何内容。</translation>
    </message>
    <message>
        <source>IIMMPACT answered Failed 54 (duplicate transaction or daily limit) twice for this accepted sale.</source>
        <translation>IIMMPACT 对这笔已接受的交易两次回应 Failed 54（重复交易或每日限额）。</translation>
    </message>
    <message>
        <source>IIMMPACT answered Failed 54 (duplicate transaction: this reference may exist with other details); not taken as final, re-queried.</source>
        <translation>IIMMPACT 回应 Failed 54（重复交易：此参考编号可能已有其他资料）；不视为最终结果，已重新查询。</translation>
    </message>
    <message>
        <source>the stored request differs</source>
        <translation>保存的请求不同</translation>
    </message>
    <message>
        <source>Sale %1 is saved in the journal but could not be read back (%2). It was not sent now; it stays pending and recovery sends it once the journal works.</source>
        <translation>交易 %1 已保存到日志，但无法读回（%2）。现在没有发送；它保持待定，日志恢复正常后会由恢复程序发送。</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <source>Sale still pending</source>
        <translation>交易仍待定</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>IIMMPACT has not given a final answer yet. The sale may still succeed: do NOT refund the customer and do NOT sell it again. Kaunter keeps checking with the same reference in the background; the header counts it until it is settled. Give the customer the reference.</source>
        <translation>IIMMPACT 尚未给出最终回应。交易仍可能成功：请不要退款给顾客，也不要重新销售。Kaunter 会在后台以相同参考编号继续核查；在有结果之前，顶栏会计算它。请把参考编号交给顾客。</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>立即核查</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>下一位顾客 (Enter)</translation>
    </message>
    <message>
        <source>%1 · %2 · RM %3</source>
        <translation>%1 · %2 · RM %3</translation>
    </message>
    <message>
        <source>Last known status: %1</source>
        <translation>最后已知状态：%1</translation>
    </message>
    <message>
        <source>Flagged for review: the answer did not match the sale.</source>
        <translation>已标记待审查：回应与交易不符。</translation>
    </message>
</context>
<context>
    <name>PendingSalesDialog</name>
    <message>
        <source>Sales that need a decision</source>
        <translation>需要决定的交易</translation>
    </message>
    <message>
        <source>Not sent, needs a decision</source>
        <translation>未发送，需要决定</translation>
    </message>
    <message>
        <source>These sales were saved but never answered, and IIMMPACT has no transaction for them. Kaunter does not send them on its own: the customer may have left long ago. A supervisor decides: Send now (same reference, same details) or Void (never sent; nothing is charged; the reference is never used again).</source>
        <translation>这些交易已保存但从未收到回应，IIMMPACT 也没有它们的交易。Kaunter 不会自行发送：顾客可能早已离开。由主管决定：立即发送（相同参考编号、相同资料）或作废（永不发送；不扣款；参考编号不再使用）。</translation>
    </message>
    <message>
        <source>Supervisor only.</source>
        <translation>仅限主管。</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Checking with IIMMPACT before voiding %1…</source>
        <translation>作废 %1 之前正在向 IIMMPACT 核查…</translation>
    </message>
    <message>
        <source>RM %1 · %2 · %3
%4 · saved %5</source>
        <translation>RM %1 · %2 · %3
%4 · 保存于 %5</translation>
    </message>
    <message>
        <source>No sale needs a decision.</source>
        <translation>没有需要决定的交易。</translation>
    </message>
    <message>
        <source>Send now?</source>
        <translation>立即发送？</translation>
    </message>
    <message>
        <source>Send sale %1 to IIMMPACT now, with the same reference and details?

%2

The customer is charged if it succeeds. Only when the customer is here and still wants it.</source>
        <translation>现在以相同的参考编号和资料将交易 %1 发送至 IIMMPACT？

%2

如果成功，将向顾客收费。只在顾客在场且仍需要时才发送。</translation>
    </message>
    <message>
        <source>Void this sale?</source>
        <translation>作废此交易？</translation>
    </message>
    <message>
        <source>Void sale %1? It is never sent and nothing is charged; its reference is never used again. Kaunter asks IIMMPACT once more first.

%2</source>
        <translation>作废交易 %1？它永不发送，也不扣款；其参考编号不再使用。Kaunter 会先再向 IIMMPACT 查询一次。

%2</translation>
    </message>
    <message>
        <source>Send sale %1 now</source>
        <translation>立即发送交易 %1</translation>
    </message>
    <message>
        <source>Void sale %1</source>
        <translation>作废交易 %1</translation>
    </message>
    <message>
        <source>Nothing was done: the supervisor PIN was not given.</source>
        <translation>未执行任何操作：没有输入主管 PIN。</translation>
    </message>
    <message>
        <source>Sale %1 is being sent.</source>
        <translation>正在发送交易 %1。</translation>
    </message>
    <message>
        <source>Sale %1 is voided: never sent, nothing charged.</source>
        <translation>交易 %1 已作废：从未发送，没有扣款。</translation>
    </message>
</context>
<context>
    <name>PhoneField</name>
    <message>
        <source>Enter the mobile number.</source>
        <translation>请输入手机号码。</translation>
    </message>
    <message>
        <source>Will be sent as %1</source>
        <translation>将以 %1 发送</translation>
    </message>
</context>
<context>
    <name>PrintResult</name>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>收据已发送到打印机。</translation>
    </message>
    <message>
        <source>The printer refused the connection. Check that it is switched on and that the printer address and port are right, then press Retry.</source>
        <translation>打印机拒绝连接。请检查打印机已开启，且打印机地址和端口正确，然后按“重试”。</translation>
    </message>
    <message>
        <source>The printer did not answer. Check that it is switched on and that its network cable is plugged in, then press Retry.</source>
        <translation>打印机没有回应。请检查打印机已开启且网线已插好，然后按“重试”。</translation>
    </message>
    <message>
        <source>The printer is not taking the receipt. Check that the cover is closed, that there is paper and that the printer shows no error, then press Retry.</source>
        <translation>打印机不接受收据。请检查盖子已关好、有纸，且打印机没有显示错误，然后按“重试”。</translation>
    </message>
    <message>
        <source>The printer is out of paper. Put in a new roll, close the cover, then press Retry.</source>
        <translation>打印机没纸了。请放入新纸卷，关好盖子，然后按“重试”。</translation>
    </message>
    <message>
        <source>The printer is not connected. Check its USB or serial cable and that it is switched on, then press Retry.</source>
        <translation>打印机未连接。请检查 USB 或串口线，以及打印机已开启，然后按“重试”。</translation>
    </message>
    <message>
        <source>The receipt could not be sent to the printer. Check the printer, then press Retry.</source>
        <translation>收据无法发送到打印机。请检查打印机，然后按“重试”。</translation>
    </message>
</context>
<context>
    <name>ProcessingPage</name>
    <message>
        <source>Do not take the customer&apos;s money back and do not sell again while this is open: the sale may already be done.</source>
        <translation>此画面打开时，请不要退钱给顾客，也不要重新销售：交易可能已经完成。</translation>
    </message>
    <message>
        <source>Continue in background (Esc)</source>
        <translation>在后台继续 (Esc)</translation>
    </message>
    <message>
        <source>Serve the next customer. This sale stays pending and Kaunter keeps checking it; the header shows it until it is settled.</source>
        <translation>服务下一位顾客。此交易保持待定，Kaunter 会继续核查；在有结果之前，顶栏会显示它。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>参考编号 %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The sale is recorded on this till and is being sent to IIMMPACT.</source>
        <translation>交易已记录在此收银机上，正在发送至 IIMMPACT。</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>IIMMPACT accepted the sale and will process it shortly.</source>
        <translation>IIMMPACT 已接受此交易，将很快处理。</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>The provider is processing the sale. Most sales finish within 30 seconds.</source>
        <translation>供应商正在处理此交易。大部分交易在 30 秒内完成。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核查…</translation>
    </message>
    <message>
        <source>No clear answer yet (%1). Kaunter asks again with the same reference; the customer is never charged twice.</source>
        <translation>尚未有明确回应（%1）。Kaunter 会以相同参考编号再次查询；顾客绝不会被重复收费。</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>没有回复</translation>
    </message>
    <message>
        <source>Asking IIMMPACT again (check %1)…</source>
        <translation>正在再次向 IIMMPACT 查询（第 %1 次核查）…</translation>
    </message>
    <message>
        <source>Elapsed %1:%2</source>
        <translation>已用时间 %1:%2</translation>
    </message>
    <message>
        <source>Next check in %1 s</source>
        <translation>%1 秒后再次核查</translation>
    </message>
    <message>
        <source>Waiting for IIMMPACT…</source>
        <translation>正在等待 IIMMPACT…</translation>
    </message>
</context>
<context>
    <name>Product</name>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Ref-1</source>
        <translation>Ref-1</translation>
    </message>
    <message>
        <source>IC number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Email or mobile number</source>
        <translation>电邮或手机号码</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Mobile Reload</source>
        <translation>手机充值</translation>
    </message>
    <message>
        <source>Mobile Data</source>
        <translation>手机数据</translation>
    </message>
    <message>
        <source>Bills</source>
        <translation>账单</translation>
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
        <translation>礼品卡和礼券</translation>
    </message>
    <message>
        <source>eSIM</source>
        <translation>eSIM</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>ProductBrowser</name>
    <message>
        <source>Search products (Ctrl+F)</source>
        <translation>搜索产品 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search products</source>
        <translation>搜索产品</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>常用</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Add or remove the selected product from the favourites (Ctrl+D)</source>
        <translation>将所选产品加入或移出常用列表 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>产品：%1</translation>
    </message>
    <message>
        <source>Sell %1 (F%2)</source>
        <translation>销售 %1 (F%2)</translation>
    </message>
    <message>
        <source>Loading products from IIMMPACT…</source>
        <translation>正在从 IIMMPACT 加载产品…</translation>
    </message>
    <message>
        <source>The product list could not be loaded: %1</source>
        <translation>无法加载产品列表：%1</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>加入常用</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>移出常用</translation>
    </message>
    <message>
        <source>⚠ %1: %2 Sales may be slow or fail; you can still sell.</source>
        <translation>⚠ %1：%2 交易可能较慢或失败；您仍可继续销售。</translation>
    </message>
</context>
<context>
    <name>ProductCatalogue</name>
    <message>
        <source>The product list has no &quot;data&quot; array.</source>
        <translation>产品列表中没有 &quot;data&quot; 数组。</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <source>⚠ Interruption</source>
        <translation>⚠ 服务中断</translation>
    </message>
    <message>
        <source>Service interruption: %1</source>
        <translation>服务中断：%1</translation>
    </message>
    <message>
        <source>%1, service interruption</source>
        <translation>%1，服务中断</translation>
    </message>
</context>
<context>
    <name>ProductRules</name>
    <message>
        <source>Choose a product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <source>The product code is too long.</source>
        <translation>产品代码太长。</translation>
    </message>
    <message>
        <source>The product code may only hold letters A-Z, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>产品代码只可包含字母 A-Z、数字、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>Enter the account or mobile number.</source>
        <translation>请输入账号或手机号码。</translation>
    </message>
    <message>
        <source>The account number is too long or holds invisible characters.</source>
        <translation>账号太长或含有不可见字符。</translation>
    </message>
    <message>
        <source>The sub-product code holds invisible characters.</source>
        <translation>子产品代码含有不可见字符。</translation>
    </message>
    <message>
        <source>Choose the PTPTN account type (sub-product).</source>
        <translation>请选择 PTPTN 账户类型（子产品）。</translation>
    </message>
    <message>
        <source>Choose the data plan (sub-product).</source>
        <translation>请选择数据配套（子产品）。</translation>
    </message>
    <message numerus="yes">
        <source>The remarks are too long (at most %n characters).</source>
        <translation>
            <numerusform>备注太长（最多 %n 个字符）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PtptnForm</name>
    <message>
        <source>Find accounts</source>
        <translation>查找账户</translation>
    </message>
    <message>
        <source>Borrower&apos;s or saver&apos;s IC number (MyKad)</source>
        <translation>借贷人或储户的身份证号码（MyKad）</translation>
    </message>
    <message>
        <source>Enter the IC number, then find the PTPTN and SSPN accounts linked to it.</source>
        <translation>请输入身份证号码，然后查找与其关联的 PTPTN 和 SSPN 账户。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Press Find accounts (or Enter).</source>
        <translation>请按“查找账户”（或 Enter）。</translation>
    </message>
    <message>
        <source>Looking up the accounts for %1…</source>
        <translation>正在查找 %1 的账户…</translation>
    </message>
    <message>
        <source>The accounts could not be fetched: %1</source>
        <translation>无法获取账户：%1</translation>
    </message>
    <message>
        <source>No PTPTN or SSPN account is linked to this IC number.</source>
        <translation>此身份证号码没有关联的 PTPTN 或 SSPN 账户。</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) linked to this IC:</source>
        <translation>
            <numerusform>此身份证关联 %n 个账户：</numerusform>
        </translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>账户 %1</translation>
    </message>
    <message>
        <source>Enter the IC number.</source>
        <translation>请输入身份证号码。</translation>
    </message>
    <message>
        <source>Waiting for the accounts linked to this IC.</source>
        <translation>正在等待此身份证关联的账户。</translation>
    </message>
    <message>
        <source>Find the accounts linked to this IC.</source>
        <translation>请查找此身份证关联的账户。</translation>
    </message>
    <message>
        <source>Choose the account.</source>
        <translation>请选择账户。</translation>
    </message>
    <message>
        <source>IIMMPACT returned no account number for this account.</source>
        <translation>IIMMPACT 没有返回此账户的账号。</translation>
    </message>
    <message>
        <source>Enter the amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>IC number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>PTPTN / SSPN account</source>
        <translation>PTPTN / SSPN 账户</translation>
    </message>
</context>
<context>
    <name>ReadCall</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>PAID</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>FAILED - NOT CHARGED</source>
        <translation>失败 - 未扣款</translation>
    </message>
    <message>
        <source>VOIDED - REFUNDED</source>
        <translation>已作废 - 已退款</translation>
    </message>
    <message>
        <source>NOT SENT - CORRECT AND RETRY</source>
        <translation>未发送 - 请更正后重试</translation>
    </message>
    <message>
        <source>PENDING - DO NOT REPEAT THIS SALE</source>
        <translation>待定 - 请勿重复此交易</translation>
    </message>
    <message>
        <source>TRAINING - NO MONEY MOVED</source>
        <translation>培训 - 不涉及真钱</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Biller code</source>
        <translation>收费单位代码</translation>
    </message>
    <message>
        <source>Ref-2</source>
        <translation>Ref-2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>配套</translation>
    </message>
    <message>
        <source>IC / passport</source>
        <translation>身份证 / 护照</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>礼券</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>VOID - NEVER SENT, NOT CHARGED</source>
        <translation>作废 - 从未发送，未扣款</translation>
    </message>
    <message>
        <source>NOT SENT - SUPERVISOR DECISION NEEDED</source>
        <translation>未发送 - 需要主管决定</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>VOIDED</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Reg. no. %1</source>
        <translation>注册号 %1</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Biller</source>
        <translation>收费单位</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>账户类型</translation>
    </message>
    <message>
        <source>Account type code</source>
        <translation>账户类型代码</translation>
    </message>
    <message>
        <source>Plan code</source>
        <translation>配套代码</translation>
    </message>
    <message>
        <source>PIN (hidden on copies)</source>
        <translation>PIN（副本上隐藏）</translation>
    </message>
    <message>
        <source>Voucher link</source>
        <translation>礼券链接</translation>
    </message>
    <message>
        <source>hidden on copies</source>
        <translation>副本上隐藏</translation>
    </message>
    <message>
        <source>Not confirmed yet. Keep this slip: the shop will check reference %1 and give you the result. Do not pay again for this sale.</source>
        <translation>尚未确认。请保留此单据：本店会核查参考编号 %1 并告诉您结果。请勿为此交易再次付款。</translation>
    </message>
</context>
<context>
    <name>ReceiptCommand</name>
    <message>
        <source>Sale %1 is not in the journal: there is no receipt to write.</source>
        <translation>交易 %1 不在日志中：没有收据可写出。</translation>
    </message>
    <message>
        <source>The receipt for %1 could not be drawn. Nothing was written.</source>
        <translation>无法绘制 %1 的收据。没有写出任何内容。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Receipt for %1 written to %2.</source>
        <translation>%1 的收据已写入 %2。</translation>
    </message>
</context>
<context>
    <name>ReceiptImage</name>
    <message>
        <source>Could not write the receipt to %1. Check that the folder exists and can be written to.</source>
        <translation>无法将收据写入 %1。请检查文件夹是否存在且可写入。</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Choose the receipt printer</source>
        <translation>选择收据打印机</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>收据 %1</translation>
    </message>
    <message>
        <source>The printer %1 did not take the receipt. Check that it is on and installed, then try again.</source>
        <translation>打印机 %1 没有接受收据。请检查打印机已开启并已安装，然后再试。</translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation>receipt-%1.pdf</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>保存收据</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No receipt printer address is set (host or host:port). Set it in the printer settings.</source>
        <translation>未设置收据打印机地址（host 或 host:port）。请在打印机设置中设置。</translation>
    </message>
    <message>
        <source>No receipt printer device is set (for example /dev/usb/lp0). Set it in the printer settings.</source>
        <translation>未设置收据打印机设备（例如 /dev/usb/lp0）。请在打印机设置中设置。</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>收据未打印</translation>
    </message>
    <message>
        <source>%1

The sale itself is not affected.</source>
        <translation>%1

交易本身不受影响。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
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
        <translation>IIMMPACT 没有</translation>
    </message>
    <message>
        <source>Missing in the journal</source>
        <translation>日志中没有</translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation>状态不同</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>金额不同</translation>
    </message>
    <message>
        <source>Reconciliation of %1 (Malaysian time), till %2</source>
        <translation>%1（马来西亚时间）的对账，收银机 %2</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>未对比：%1</translation>
    </message>
    <message numerus="yes">
        <source>  %n sale(s) in the journal,</source>
        <translation>
            <numerusform>  日志中有 %n 笔交易，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) at IIMMPACT,</source>
        <translation>
            <numerusform>IIMMPACT 有 %n 笔交易，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched.</source>
        <translation>
            <numerusform>%n 笔相符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n transaction(s) of other tills of this account not compared.</source>
        <translation>
            <numerusform>  此账户其他收银机的 %n 笔交易未对比。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n sale(s) never sent to IIMMPACT (rejected, waiting for a decision or voided).</source>
        <translation>
            <numerusform>  %n 笔交易从未发送至 IIMMPACT（已拒绝、等待决定或已作废）。</numerusform>
        </translation>
    </message>
    <message>
        <source>  Still pending in the till: %1 (%2, RM %3); recovery settles it.</source>
        <translation>  收银机中仍待定：%1（%2，RM %3）；恢复程序会处理它。</translation>
    </message>
    <message>
        <source>The journal and IIMMPACT agree.</source>
        <translation>日志与 IIMMPACT 一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s):</source>
        <translation>
            <numerusform>%n 项差异：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, RM %2</source>
        <translation>%1，RM %2</translation>
    </message>
    <message>
        <source>not in the journal</source>
        <translation>不在日志中</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>(no reference, IIMMPACT id %1)</source>
        <translation>（没有参考编号，IIMMPACT id %1）</translation>
    </message>
    <message>
        <source>Product %1, account %2</source>
        <translation>产品 %1，账户 %2</translation>
    </message>
    <message>
        <source>Till: %1. IIMMPACT: %2.</source>
        <translation>收银机：%1。IIMMPACT：%2。</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list was not read in time.</source>
        <translation>未能及时读取 IIMMPACT 的交易清单。</translation>
    </message>
    <message>
        <source>The reconciliation report was not kept: %1</source>
        <translation>对账报告未保存：%1</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>已保存于 %1</translation>
    </message>
    <message>
        <source>Reconciliation of Z-report No. %1&apos;s shift, %2 to %3, till %4</source>
        <translation>第 %1 号 Z 报表班次的对账，%2 至 %3，收银机 %4</translation>
    </message>
    <message>
        <source>There is no Z-report yet.</source>
        <translation>尚未有 Z 报表。</translation>
    </message>
</context>
<context>
    <name>ReconcileReportFile</name>
    <message>
        <source>No data folder or day for the reconciliation report.</source>
        <translation>对账报告没有数据文件夹或日期。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReconcileResultView</name>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>收银机</translation>
    </message>
    <message>
        <source>IIMMPACT</source>
        <translation>IIMMPACT</translation>
    </message>
    <message>
        <source>Missing at IIMMPACT</source>
        <translation>IIMMPACT 无记录</translation>
    </message>
    <message>
        <source>Missing in the till</source>
        <translation>收银机无记录</translation>
    </message>
    <message>
        <source>Status differs</source>
        <translation>状态不同</translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation>金额不同</translation>
    </message>
    <message>
        <source>Reconcile with IIMMPACT compares this shift&apos;s sales, from its opening to its close, with IIMMPACT&apos;s transaction list, and lists every difference with what to do. It only reads: nothing is sent or changed.</source>
        <translation>与 IIMMPACT 对账：将本班次从开班到结班的交易与 IIMMPACT 的交易清单对比，并列出每项差异及处理方法。只读取数据：不会发送或更改任何内容。</translation>
    </message>
    <message>
        <source>Checking %1 against IIMMPACT&apos;s transaction list…</source>
        <translation>正在将 %1 与 IIMMPACT 的交易清单对比…</translation>
    </message>
    <message>
        <source>Not compared: IIMMPACT&apos;s transaction list could not be read.</source>
        <translation>未对比：无法读取 IIMMPACT 的交易清单。</translation>
    </message>
    <message>
        <source>%1
Nothing is known about differences. Try again when IIMMPACT answers.</source>
        <translation>%1
无法得知是否有差异。请在 IIMMPACT 回应后再试。</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) in the till,</source>
        <translation>
            <numerusform>收银机有 %n 笔交易，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s) at IIMMPACT,</source>
        <translation>
            <numerusform>IIMMPACT 有 %n 笔交易，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matched.</source>
        <translation>
            <numerusform>%n 笔相符。</numerusform>
        </translation>
    </message>
    <message>
        <source>Still pending in the till: %1 (RM %2); the till keeps checking it.</source>
        <translation>收银机中仍待定：%1（RM %2）；收银机会继续核查。</translation>
    </message>
    <message>
        <source>The till and IIMMPACT agree.</source>
        <translation>收银机与 IIMMPACT 一致。</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the till and IIMMPACT.</source>
        <translation>
            <numerusform>收银机与 IIMMPACT 之间有 %n 项差异。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, RM %2</source>
        <translation>%1，RM %2</translation>
    </message>
    <message>
        <source>not in the till</source>
        <translation>收银机无记录</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>未列出</translation>
    </message>
    <message>
        <source>(none; IIMMPACT id %1)</source>
        <translation>（无；IIMMPACT 编号 %1）</translation>
    </message>
    <message>
        <source>Product %1, account %2</source>
        <translation>产品 %1，账户 %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>IIMMPACT&apos;s transaction list was not read in time.</source>
        <translation>未能及时读取 IIMMPACT 的交易清单。</translation>
    </message>
    <message>
        <source>The period to reconcile is empty.</source>
        <translation>要对账的期间为空。</translation>
    </message>
    <message>
        <source>IIMMPACT cannot be asked: %1</source>
        <translation>无法向 IIMMPACT 查询：%1</translation>
    </message>
    <message>
        <source>The sales journal is not open.</source>
        <translation>销售日志未打开。</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list answered without a list.</source>
        <translation>IIMMPACT 的交易清单回应中没有清单。</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT&apos;s transaction list has more than %n page(s) for this period; it was not read to the end.</source>
        <translation>
            <numerusform>此期间 IIMMPACT 的交易清单超过 %n 页；未读取到最后。</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list could not be read: %1</source>
        <translation>无法读取 IIMMPACT 的交易清单：%1</translation>
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
        <translation>（没有状态）</translation>
    </message>
    <message>
        <source>IIMMPACT has this sale (%1) although the till is waiting for a decision on it: do not void it. Check its status (kaunter recover) so that the till records the outcome.</source>
        <translation>IIMMPACT 有这笔交易（%1），但收银机仍在等待对它的决定：请不要作废。请核查其状态（kaunter recover），让收银机记录结果。</translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction (%1) for a sale the till recorded as %2 and never charged. Contact IIMMPACT support with the reference.</source>
        <translation>IIMMPACT 列出了一笔交易（%1），但收银机记录为 %2 且从未扣款。请带着参考编号联系 IIMMPACT 客服。</translation>
    </message>
    <message>
        <source>IIMMPACT has finished this sale (%1) but the till still shows it as pending. Check its status (kaunter recover) so that the till records the outcome.</source>
        <translation>IIMMPACT 已完成这笔交易（%1），但收银机仍显示为待定。请核查其状态（kaunter recover），让收银机记录结果。</translation>
    </message>
    <message>
        <source>IIMMPACT lists this sale as %1 while the till recorded %2. Check its status again later (kaunter status %3).</source>
        <translation>IIMMPACT 将这笔交易列为 %1，而收银机记录为 %2。请稍后再核查其状态（kaunter status %3）。</translation>
    </message>
    <message>
        <source>IIMMPACT refunded this sale after the till recorded it as successful: the product was voided. Check its status (kaunter status %1) so that the till records the refund.</source>
        <translation>收银机记录为成功后，IIMMPACT 退款了这笔交易：产品已作废。请核查其状态（kaunter status %1），让收银机记录退款。</translation>
    </message>
    <message>
        <source>IIMMPACT lists this sale as %1 but the till recorded %2: the customer may have been charged or served wrongly. Contact IIMMPACT support with the reference.</source>
        <translation>IIMMPACT 将这笔交易列为 %1，但收银机记录为 %2：顾客可能被错误收费或错误提供服务。请带着参考编号联系 IIMMPACT 客服。</translation>
    </message>
    <message>
        <source>IIMMPACT lists this sale as %1 while the till recorded %2; neither charged it. Check its status (kaunter status %3).</source>
        <translation>IIMMPACT 将这笔交易列为 %1，而收银机记录为 %2；两者都未扣款。请核查其状态（kaunter status %3）。</translation>
    </message>
    <message>
        <source>IIMMPACT recorded RM %1 for this sale, the till RM %2. Contact IIMMPACT support with the reference.</source>
        <translation>IIMMPACT 记录此交易为 RM %1，收银机为 RM %2。请带着参考编号联系 IIMMPACT 客服。</translation>
    </message>
    <message>
        <source>IIMMPACT does not list this sale although it answered it as %1. Contact IIMMPACT support with the reference; keep the customer&apos;s receipt.</source>
        <translation>IIMMPACT 曾回应此交易为 %1，但没有列出它。请带着参考编号联系 IIMMPACT 客服；请保留顾客的收据。</translation>
    </message>
    <message>
        <source>IIMMPACT said it had this sale but does not list it. Check its status (kaunter status %1) before selling the customer the same again.</source>
        <translation>IIMMPACT 曾表示有这笔交易，但没有列出它。在再次向顾客销售相同产品之前，请核查其状态（kaunter status %1）。</translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction with this till&apos;s reference that the journal does not have (was the data folder restored from an older copy?). Contact IIMMPACT support with the reference.</source>
        <translation>IIMMPACT 列出了一笔带有本收银机参考编号的交易，但日志中没有（数据文件夹是否从旧备份恢复？）。请带着参考编号联系 IIMMPACT 客服。</translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction without a reference that matches no sale of this till. It may be another till&apos;s, or made in IIMMPACT&apos;s portal: check it there.</source>
        <translation>IIMMPACT 列出了一笔没有参考编号的交易，与本收银机的任何交易都不符。它可能属于另一台收银机，或是在 IIMMPACT 门户中进行的：请在门户中核查。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Check with the customer before charging</source>
        <translation>收费前请与顾客核对</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Change (Esc)</source>
        <translation>修改 (Esc)</translation>
    </message>
    <message>
        <source>Charge %1 (Enter)</source>
        <translation>收费 %1 (Enter)</translation>
    </message>
    <message>
        <source>Corrected sale: reference %1 is reused.</source>
        <translation>已更正的交易：重用参考编号 %1。</translation>
    </message>
    <message>
        <source>%1 at %2 (%3)</source>
        <translation>%1 于 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>The same account and amount were sold in the last %n minute(s): %1. Make sure the customer really wants a second one.</source>
        <translation>
            <numerusform>过去 %n 分钟内已售出相同账户和金额：%1。请确认顾客确实需要第二笔。</numerusform>
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
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>状态代码</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>需要审查</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Needs decision</source>
        <translation>需要决定</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SaleDetailsView</name>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>产品代码</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>配套</translation>
    </message>
    <message>
        <source>Biller code</source>
        <translation>收费单位代码</translation>
    </message>
    <message>
        <source>Ref-2</source>
        <translation>Ref-2</translation>
    </message>
    <message>
        <source>IC / passport</source>
        <translation>身份证 / 护照</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>IIMMPACT status</source>
        <translation>IIMMPACT 状态</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>状态代码</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>礼券</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>最近问题</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>At IIMMPACT</source>
        <translation>IIMMPACT 方面</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>已发送请求</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后更改</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终</translation>
    </message>
    <message>
        <source>This sale was saved before Kaunter kept a line per request: only the number of requests and the times above are known.</source>
        <translation>此交易保存于 Kaunter 开始逐条记录请求之前：只知道请求次数和以上时间。</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>核查状态</translation>
    </message>
    <message>
        <source>Ask IIMMPACT about this sale now</source>
        <translation>立即向 IIMMPACT 查询此交易</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Open voucher</source>
        <translation>打开礼券</translation>
    </message>
    <message>
        <source>Unlock PINs</source>
        <translation>解锁 PIN</translation>
    </message>
    <message>
        <source>A supervisor shows the PIN of this sale</source>
        <translation>由主管显示此交易的 PIN</translation>
    </message>
    <message>
        <source>(link hidden)</source>
        <translation>（链接已隐藏）</translation>
    </message>
    <message>
        <source>Flagged for a person to check</source>
        <translation>已标记待人工核查</translation>
    </message>
    <message>
        <source>IIMMPACT holds a transaction for this reference</source>
        <translation>IIMMPACT 有此参考编号的交易</translation>
    </message>
    <message>
        <source>No transaction seen at IIMMPACT</source>
        <translation>IIMMPACT 方面没有发现交易</translation>
    </message>
    <message>
        <source>Saved in the journal; request 1 sent right after</source>
        <translation>已保存到日志；随即发送第 1 次请求</translation>
    </message>
    <message>
        <source>Saved in the journal</source>
        <translation>已保存到日志</translation>
    </message>
    <message>
        <source>Request %1 sent (the same reference and details)</source>
        <translation>已发送第 %1 次请求（相同参考编号和资料）</translation>
    </message>
    <message>
        <source>Details corrected after a refusal; to be sent again under the same reference</source>
        <translation>被拒绝后已更正资料；将以相同参考编号重新发送</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>代码 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Request %1: %2</source>
        <translation>第 %1 次请求：%2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Choose a sale to see its details.</source>
        <translation>请选择一笔交易以查看详情。</translation>
    </message>
</context>
<context>
    <name>SaleFlow</name>
    <message>
        <source>IIMMPACT refused the sale.</source>
        <translation>IIMMPACT 拒绝了此交易。</translation>
    </message>
    <message>
        <source>Not sold: %1 Nothing was charged. Correct the details and pay again.</source>
        <translation>未售出：%1 没有扣款。请更正资料后再付款。</translation>
    </message>
</context>
<context>
    <name>SaleFormPage</name>
    <message>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <source>Pay (Enter)</source>
        <translation>付款 (Enter)</translation>
    </message>
    <message>
        <source>%1: %2 You can still sell, but the sale may be slow or fail.</source>
        <translation>%1：%2 您仍可销售，但交易可能较慢或失败。</translation>
    </message>
    <message>
        <source>Correcting sale %1. No transaction was made for it, so the corrected sale keeps the same reference.</source>
        <translation>正在更正交易 %1。此交易没有产生交易记录，因此更正后的交易保留相同的参考编号。</translation>
    </message>
</context>
<context>
    <name>SaleFormWidget</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>SaleHistoryModel</name>
    <message>
        <source>The sales journal is not open.</source>
        <translation>销售日志未打开。</translation>
    </message>
    <message>
        <source>Waiting for IIMMPACT&apos;s answer</source>
        <translation>正在等待 IIMMPACT 的回应</translation>
    </message>
    <message>
        <source>Being processed by IIMMPACT</source>
        <translation>IIMMPACT 处理中</translation>
    </message>
    <message>
        <source>Not known yet: Kaunter keeps checking</source>
        <translation>尚未知道：Kaunter 会继续核查</translation>
    </message>
    <message>
        <source>Not sent: needs a supervisor&apos;s decision</source>
        <translation>未发送：需要主管决定</translation>
    </message>
    <message>
        <source>Refused by IIMMPACT: nothing charged</source>
        <translation>被 IIMMPACT 拒绝：没有扣款</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Refunded by IIMMPACT</source>
        <translation>IIMMPACT 已退款</translation>
    </message>
    <message>
        <source>Voided: never sent</source>
        <translation>已作废：从未发送</translation>
    </message>
    <message>
        <source>%1 (to be reviewed)</source>
        <translation>%1（待审查）</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>核查中</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>需要决定</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>SaleReport</name>
    <message>
        <source>Succesful</source>
        <translation type="vanished">成功</translation>
    </message>
    <message>
        <source>Failed at the provider (final; a new attempt is a new sale)</source>
        <translation>在供应商处失败（最终结果；再次尝试即为新交易）</translation>
    </message>
    <message>
        <source>Refund (voided)</source>
        <translation>退款（已作废）</translation>
    </message>
    <message>
        <source>Rejected: no transaction was created; correct it with --refid %1</source>
        <translation>已拒绝：没有创建交易；请用 --refid %1 更正</translation>
    </message>
    <message>
        <source>Still pending (%1): journaled; run `kaunter recover` or `kaunter status %2` later</source>
        <translation>仍待定（%1）：已记入日志；请稍后运行 `kaunter recover` 或 `kaunter status %2`</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>IC / passport</source>
        <translation>身份证 / 护照</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>状态代码</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Voucher link</source>
        <translation>礼券链接</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>the server&apos;s answer did not match this sale; check it before giving or refunding anything</source>
        <translation>服务器的回应与此交易不符；在提供或退款任何东西之前请先核查</translation>
    </message>
    <message>
        <source>Rejected before sending (nothing was journaled or sent): %1</source>
        <translation>发送前已拒绝（没有记入日志或发送任何内容）：%1</translation>
    </message>
    <message>
        <source>  (review)</source>
        <translation>  （审查）</translation>
    </message>
    <message>
        <source>Voided: never sent, nothing charged; reference %1 is never used again</source>
        <translation>已作废：从未发送，没有扣款；参考编号 %1 不再使用</translation>
    </message>
    <message>
        <source>Not sent, needs a decision: IIMMPACT has no transaction for this old sale; `kaunter send %1` sends it now (same reference), `kaunter void %1` voids it</source>
        <translation>未发送，需要决定：IIMMPACT 没有这笔旧交易的记录；`kaunter send %1` 会立即发送（相同参考编号），`kaunter void %1` 会将其作废</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>成功</translation>
    </message>
</context>
<context>
    <name>SettledSaleNotice</name>
    <message>
        <source>Open sale</source>
        <translation>打开交易</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Earlier sale %1 (%2, %3): %4</source>
        <translation>之前的交易 %1（%2，%3）：%4</translation>
    </message>
    <message numerus="yes">
        <source>(%n more)</source>
        <translation>
            <numerusform>（还有 %n 笔）</numerusform>
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
        <translation>收银员：%1
开班时间：%2
开班备用金：%3
销售：%4，其中待定：%5</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>结束班次</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter the total.</source>
        <translation>请点算钱柜里的现金并输入总额。</translation>
    </message>
    <message>
        <source>e.g. 245.50</source>
        <translation>例如 245.50</translation>
    </message>
    <message>
        <source>The drawer matches.</source>
        <translation>钱柜金额相符。</translation>
    </message>
    <message>
        <source>The drawer is short.</source>
        <translation>钱柜短少。</translation>
    </message>
    <message>
        <source>The drawer is over.</source>
        <translation>钱柜多出。</translation>
    </message>
    <message>
        <source>%1 closed. Expected %2, counted %3, variance %4. %5</source>
        <translation>%1 已结束。应有 %2，点算 %3，差额 %4。%5</translation>
    </message>
    <message>
        <source>Reconcile with IIMMPACT</source>
        <translation>与 IIMMPACT 对账</translation>
    </message>
    <message>
        <source>Compare this shift&apos;s sales with IIMMPACT&apos;s transaction list</source>
        <translation>将本班次的交易与 IIMMPACT 的交易清单对比</translation>
    </message>
</context>
<context>
    <name>ShiftCommand</name>
    <message>
        <source>A shift is already open (%1, since %2). Close it before opening another.</source>
        <translation>已有班次开启（%1，自 %2 起）。请先结束它再开启新班次。</translation>
    </message>
    <message>
        <source>Shift opened for %1 at %2 with a float of %3.</source>
        <translation>已为 %1 于 %2 开启班次，备用金为 %3。</translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation>没有开启的班次。</translation>
    </message>
    <message>
        <source>No shift is open; there is nothing to close.</source>
        <translation>没有开启的班次；没有可结束的班次。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Z-report No. %1 written to %2.</source>
        <translation>第 %1 号 Z 报表已写入 %2。</translation>
    </message>
    <message>
        <source>Cannot write %1: PDF output needs the graphics libraries.</source>
        <translation>无法写入 %1：PDF 输出需要图形库。</translation>
    </message>
</context>
<context>
    <name>ShiftController</name>
    <message>
        <source>Open shift…</source>
        <translation>开启班次…</translation>
    </message>
    <message>
        <source>Close shift…</source>
        <translation>结束班次…</translation>
    </message>
    <message>
        <source>Z-reports…</source>
        <translation>Z 报表…</translation>
    </message>
    <message>
        <source>This till has no IIMMPACT connection configured.</source>
        <translation>此收银机未设置 IIMMPACT 连接。</translation>
    </message>
</context>
<context>
    <name>ShiftLedger</name>
    <message>
        <source>The sale journal is not open; no shift can be recorded.</source>
        <translation>销售日志未打开；无法记录班次。</translation>
    </message>
    <message>
        <source>A shift needs the cashier&apos;s name.</source>
        <translation>班次需要收银员的名字。</translation>
    </message>
    <message>
        <source>The cashier&apos;s name is too long (at most %1 characters).</source>
        <translation>收银员的名字太长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The cashier&apos;s name contains a control character.</source>
        <translation>收银员的名字含有控制字符。</translation>
    </message>
    <message>
        <source>Z-report No. %1 is damaged in the journal and cannot be shown.</source>
        <translation>日志中的第 %1 号 Z 报表已损坏，无法显示。</translation>
    </message>
    <message>
        <source>The opening float must be an amount from RM 0.00 up; nothing was recorded.</source>
        <translation>开班备用金必须是 RM 0.00 或以上的金额；没有记录任何内容。</translation>
    </message>
    <message>
        <source>opening a shift</source>
        <translation>开启班次</translation>
    </message>
    <message>
        <source>A shift is already open (%1, since %2). Close it before opening another.</source>
        <translation>已有班次开启（%1，自 %2 起）。请先结束它再开启新班次。</translation>
    </message>
    <message>
        <source>Error while %1: %2</source>
        <translation>%1 时出错：%2</translation>
    </message>
    <message>
        <source>A shift is already open. Close it before opening another.</source>
        <translation>已有班次开启。请先结束它再开启新班次。</translation>
    </message>
    <message>
        <source>No shift is open.</source>
        <translation>没有开启的班次。</translation>
    </message>
    <message>
        <source>No shift is open; there is nothing to close.</source>
        <translation>没有开启的班次；没有可结束的班次。</translation>
    </message>
    <message>
        <source>closing the shift</source>
        <translation>结束班次</translation>
    </message>
    <message>
        <source>The counted cash must be an amount from RM 0.00 up; the shift stays open.</source>
        <translation>点算的现金必须是 RM 0.00 或以上的金额；班次保持开启。</translation>
    </message>
    <message>
        <source>There is no Z-report No. %1 in this journal.</source>
        <translation>此日志中没有第 %1 号 Z 报表。</translation>
    </message>
    <message>
        <source>No shift has been closed in this journal yet; there is no Z-report.</source>
        <translation>此日志中尚未有结束的班次；没有 Z 报表。</translation>
    </message>
</context>
<context>
    <name>ShiftOpenDialog</name>
    <message>
        <source>Open shift</source>
        <translation>开启班次</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>e.g. 100.00</source>
        <translation>例如 100.00</translation>
    </message>
    <message>
        <source>Cash float in the drawer</source>
        <translation>钱柜备用金</translation>
    </message>
</context>
<context>
    <name>ShiftSummary</name>
    <message>
        <source>Successful</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
</context>
<context>
    <name>Simulator</name>
    <message>
        <source>The simulator is already running on port %1.</source>
        <translation>模拟器已在端口 %1 上运行。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2.</source>
        <translation>无法在 %1 端口 %2 上监听。</translation>
    </message>
</context>
<context>
    <name>StaleSaleLookup</name>
    <message>
        <source>IIMMPACT&apos;s transaction list did not answer in time.</source>
        <translation>IIMMPACT 的交易清单未及时回应。</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list could not be read: %1</source>
        <translation>无法读取 IIMMPACT 的交易清单：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>IIMMPACT&apos;s transaction list answered without a list.</source>
        <translation>IIMMPACT 的交易清单回应中没有清单。</translation>
    </message>
    <message>
        <source>IIMMPACT lists a transaction with reference %1.</source>
        <translation>IIMMPACT 列出了一笔参考编号为 %1 的交易。</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT&apos;s transaction list has more than %n row(s) for this account and product; it was not read to the end.</source>
        <translation>
            <numerusform>此账户和产品在 IIMMPACT 交易清单中超过 %n 行；未读取到最后。</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT lists one transaction with this sale&apos;s product, account, amount and time (the list shows no reference).</source>
        <translation>IIMMPACT 列出了一笔与此交易的产品、账户、金额和时间相符的交易（清单没有显示参考编号）。</translation>
    </message>
    <message numerus="yes">
        <source>IIMMPACT lists %n transaction(s) like this sale without a reference: none can be proved to be this one.</source>
        <translation>
            <numerusform>IIMMPACT 列出了 %n 笔与此交易相似但没有参考编号的交易：无法证明其中任何一笔就是此交易。</numerusform>
        </translation>
    </message>
    <message>
        <source>IIMMPACT has no transaction for this sale.</source>
        <translation>IIMMPACT 没有此交易的记录。</translation>
    </message>
</context>
<context>
    <name>StaleSaleResolver</name>
    <message>
        <source>%1 Re-querying it.</source>
        <translation>%1 正在重新查询。</translation>
    </message>
    <message>
        <source>Sale %1 was not voided: %2 It is re-queried instead.</source>
        <translation>交易 %1 未作废：%2 改为重新查询。</translation>
    </message>
    <message>
        <source>Voided by decision: %1 Never sent; reference %2 is never used again.</source>
        <translation>按决定作废：%1 从未发送；参考编号 %2 不再使用。</translation>
    </message>
    <message>
        <source>Not sent, needs a decision: %1 Sending it now would create a transaction long after the sale.</source>
        <translation>未发送，需要决定：%1 现在发送会在销售很久之后才产生交易。</translation>
    </message>
    <message>
        <source>%1 Not sent; asked again later.</source>
        <translation>%1 未发送；稍后再查询。</translation>
    </message>
    <message>
        <source>Sale %1 was not voided: IIMMPACT could not be asked whether it has the transaction (%2). Try again.</source>
        <translation>交易 %1 未作废：无法向 IIMMPACT 查询是否有此交易（%2）。请再试。</translation>
    </message>
    <message>
        <source>The sales journal could not read sale %1 (%2). Nothing was sent.</source>
        <translation>销售日志无法读取交易 %1（%2）。未发送任何内容。</translation>
    </message>
    <message>
        <source>The sales journal could not record sale %1 (%2). Nothing was sent.</source>
        <translation>销售日志无法记录交易 %1（%2）。未发送任何内容。</translation>
    </message>
    <message>
        <source>There is no sale %1 in the journal.</source>
        <translation>日志中没有交易 %1。</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not waiting for a decision: nothing was sent.</source>
        <translation>交易 %1 为 %2，并非等待决定：未发送任何内容。</translation>
    </message>
    <message>
        <source>Sent by decision after IIMMPACT had no transaction for it.</source>
        <translation>IIMMPACT 没有其交易记录后，按决定发送。</translation>
    </message>
    <message>
        <source>The sales journal could not record the decision for sale %1 (%2). Nothing was sent.</source>
        <translation>销售日志无法记录交易 %1 的决定（%2）。未发送任何内容。</translation>
    </message>
    <message>
        <source>The sales journal could not read sale %1 (%2). Nothing was sent; recovery sends it.</source>
        <translation>销售日志无法读取交易 %1（%2）。未发送任何内容；恢复程序会发送它。</translation>
    </message>
    <message>
        <source>Sale %1 is %2, not waiting for a decision: it was not voided.</source>
        <translation>交易 %1 为 %2，并非等待决定：未作废。</translation>
    </message>
    <message>
        <source>Sale %1 is being sent: it was not voided.</source>
        <translation>交易 %1 正在发送：未作废。</translation>
    </message>
</context>
<context>
    <name>SuccessPage</name>
    <message>
        <source>Sale successful</source>
        <translation>交易成功</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注释</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>礼券</translation>
    </message>
    <message>
        <source>Open voucher</source>
        <translation>打开礼券</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电邮</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>New sale (Enter)</source>
        <translation>新交易 (Enter)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
</context>
<context>
    <name>SupervisorPin</name>
    <message>
        <source>The supervisor PIN has %1 to %2 digits.</source>
        <translation>主管 PIN 为 %1 至 %2 位数字。</translation>
    </message>
    <message>
        <source>The supervisor PIN has digits only.</source>
        <translation>主管 PIN 只有数字。</translation>
    </message>
    <message>
        <source>Choose a supervisor PIN that is not one digit repeated or a run like 1234.</source>
        <translation>请选择一个不是同一数字重复、也不是 1234 这类连号的主管 PIN。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
</context>
<context>
    <name>SupervisorPinDialog</name>
    <message>
        <source>Supervisor PIN</source>
        <translation>主管 PIN</translation>
    </message>
    <message>
        <source>%1

A supervisor enters the supervisor PIN.</source>
        <translation>%1

请主管输入主管 PIN。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Wrong supervisor PIN.</source>
        <translation>主管 PIN 错误。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs: try again in %n second(s).</source>
        <translation>
            <numerusform>PIN 错误次数太多：请在 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored supervisor PIN is damaged. Set it again in the settings; until then supervisor actions are refused.</source>
        <translation>保存的主管 PIN 已损坏。请在设置中重新设置；在此之前，主管操作将被拒绝。</translation>
    </message>
</context>
<context>
    <name>SupervisorPinSetupDialog</name>
    <message>
        <source>Set the supervisor PIN</source>
        <translation>设置主管 PIN</translation>
    </message>
    <message>
        <source>%1

This till has no supervisor PIN yet. Choose one now (%2 to %3 digits): from now on it is asked before PINs are shown and before a supervisor&apos;s decisions.</source>
        <translation>%1

这台收银机还没有主管 PIN。请现在设置一个（%2 至 %3 位数字）：之后显示 PIN 和主管决定之前都会要求输入。</translation>
    </message>
    <message>
        <source>New supervisor PIN</source>
        <translation>新的主管 PIN</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>再次输入相同的 PIN</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the new PIN twice.</source>
        <translation>两次输入的 PIN 不一致。请输入新 PIN 两次。</translation>
    </message>
</context>
<context>
    <name>TopupCall</name>
    <message>
        <source>The payment request was cancelled; its outcome is unknown.</source>
        <translation>付款请求已取消；结果未知。</translation>
    </message>
</context>
<context>
    <name>VoucherHelper</name>
    <message>
        <source>Only web (http or https) voucher links can be shown.</source>
        <translation>只能显示网页（http 或 https）礼券链接。</translation>
    </message>
</context>
<context>
    <name>VoucherViewer</name>
    <message>
        <source>Only web (http or https) voucher links can be shown.</source>
        <translation>只能显示网页（http 或 https）礼券链接。</translation>
    </message>
    <message>
        <source>The voucher viewer is not installed (looked for %1).</source>
        <translation>未安装礼券查看器（查找了 %1）。</translation>
    </message>
    <message>
        <source>The voucher viewer could not be started: %1</source>
        <translation>无法启动礼券查看器：%1</translation>
    </message>
    <message>
        <source>The voucher viewer stopped before it could show the voucher (exit code %1).</source>
        <translation>礼券查看器在显示礼券之前已停止（退出码 %1）。</translation>
    </message>
</context>
<context>
    <name>VoucherWebView</name>
    <message>
        <source>Voucher – %1</source>
        <translation>礼券 – %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <source>This window only shows pages from this site.</source>
        <translation>此窗口只显示此网站的页面。</translation>
    </message>
    <message>
        <source>Voucher site</source>
        <translation>礼券网站</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Voucher page</source>
        <translation>礼券页面</translation>
    </message>
    <message>
        <source>This page tried to leave the voucher site and was stopped.</source>
        <translation>此页面试图离开礼券网站，已被阻止。</translation>
    </message>
    <message>
        <source>This page tried to open another window and was stopped.</source>
        <translation>此页面试图打开另一个窗口，已被阻止。</translation>
    </message>
    <message>
        <source>The voucher page could not be loaded. Check the connection and press Reload.</source>
        <translation>无法加载礼券页面。请检查网络连接，然后按“重新加载”。</translation>
    </message>
    <message>
        <source>This page tried to download a file and was stopped.</source>
        <translation>此页面试图下载文件，已被阻止。</translation>
    </message>
</context>
<context>
    <name>ZReport</name>
    <message>
        <source>Z-report No. %1</source>
        <translation>第 %1 号 Z 报表</translation>
    </message>
    <message>
        <source>Shift in progress</source>
        <translation>班次进行中</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>终端</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>收银员</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>开班时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>结班时间</translation>
    </message>
    <message>
        <source>Sales by product (cash taken)</source>
        <translation>按产品列出的销售（已收现金）</translation>
    </message>
    <message>
        <source>No sales</source>
        <translation>没有销售</translation>
    </message>
    <message>
        <source>of which pending</source>
        <translation>其中待定</translation>
    </message>
    <message>
        <source>Sales by status</source>
        <translation>按状态列出的销售</translation>
    </message>
    <message>
        <source>Pending sales: cash taken, outcome not known yet</source>
        <translation>待定交易：已收现金，结果尚未知道</translation>
    </message>
    <message>
        <source>Earlier pending sales that failed: cash handed back from this drawer</source>
        <translation>之前失败的待定交易：已从此钱柜退还现金</translation>
    </message>
    <message>
        <source>Earlier pending sales still without an outcome (not counted here)</source>
        <translation>之前仍无结果的待定交易（不计入此处）</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>开班备用金</translation>
    </message>
    <message>
        <source>Successful sales</source>
        <translation>成功交易</translation>
    </message>
    <message>
        <source>Pending sales</source>
        <translation>待定交易</translation>
    </message>
    <message>
        <source>Handed back for earlier sales</source>
        <translation>为之前交易退还的现金</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>应有现金</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>点算现金</translation>
    </message>
    <message>
        <source>Variance (counted - expected)</source>
        <translation>差额（点算 - 应有）</translation>
    </message>
    <message>
        <source>IIMMPACT wallet balance</source>
        <translation>IIMMPACT 钱包余额</translation>
    </message>
    <message>
        <source>At open</source>
        <translation>开班时</translation>
    </message>
    <message>
        <source>At close</source>
        <translation>结班时</translation>
    </message>
    <message>
        <source>Sales with an unreadable amount (counted as 0)</source>
        <translation>金额无法读取的交易（按 0 计算）</translation>
    </message>
</context>
<context>
    <name>ZReportCsv</name>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>ZReportPdf</name>
    <message>
        <source>Could not write the Z-report to %1. Check that the folder exists and can be written to.</source>
        <translation>无法将 Z 报表写入 %1。请检查文件夹是否存在且可写入。</translation>
    </message>
</context>
<context>
    <name>ZReportsDialog</name>
    <message>
        <source>Z-reports</source>
        <translation>Z 报表</translation>
    </message>
    <message>
        <source>Closed shifts</source>
        <translation>已结束的班次</translation>
    </message>
    <message>
        <source>Reconcile with IIMMPACT</source>
        <translation>与 IIMMPACT 对账</translation>
    </message>
    <message>
        <source>Compare this shift&apos;s sales with IIMMPACT&apos;s transaction list</source>
        <translation>将本班次的交易与 IIMMPACT 的交易清单对比</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>No. %1  ·  %2  ·  %3</source>
        <translation>第 %1 号  ·  %2  ·  %3</translation>
    </message>
    <message>
        <source>No shift has been closed yet.</source>
        <translation>尚未有结束的班次。</translation>
    </message>
    <message>
        <source>Export Z-report</source>
        <translation>导出 Z 报表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 saved as %2</source>
        <translation>%1 已保存为 %2</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print this Z-report again on the receipt printer</source>
        <translation>在收据打印机上重新打印此 Z 报表</translation>
    </message>
</context>
</TS>
