<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="ja_JP">
<context>
    <name>jpki::app</name>
    <message>
        <source>仮想カード: %1</source>
        <extracomment>en: Virtual card: %1</extracomment>
        <translation>Virtual card: %1</translation>
    </message>
    <message>
        <source>仮想カードのプログラム(jpki-card-sim)が見つかりません。--simulator-program でパスを指定してください。</source>
        <extracomment>en: The virtual card program (jpki-card-sim) was not found. Give its path with --simulator-program.</extracomment>
        <translation>The virtual card program (jpki-card-sim) was not found. Give its path with --simulator-program.</translation>
    </message>
    <message>
        <source>仮想カードを起動できません。プロファイル名またはデータフォルダが使用できません。</source>
        <extracomment>en: The virtual card cannot be started: the profile name or the data folder cannot be used.</extracomment>
        <translation>The virtual card cannot be started: the profile name or the data folder cannot be used.</translation>
    </message>
    <message>
        <source>窓口の設定の誤り</source>
        <extracomment>en: Error in the counter's settings</extracomment>
        <translation>Error in the counter's settings</translation>
    </message>
    <message>
        <source>設定ファイルの一部の行を無視しました(ログ参照): %1</source>
        <extracomment>en: Lines of the settings files were ignored (see the log): %1</extracomment>
        <translation>Lines of the settings files were ignored (see the log): %1</translation>
    </message>
</context>
<context>
    <name>jpki::app::EmbeddedSimulator</name>
    <message>
        <source>仮想カード(jpki-card-sim)を起動できませんでした: %1</source>
        <extracomment>en: The virtual card (jpki-card-sim) could not be started: %1</extracomment>
        <translation>The virtual card (jpki-card-sim) could not be started: %1</translation>
    </message>
    <message>
        <source>仮想カード(jpki-card-sim)が終了しました(終了コード %1)。%2</source>
        <extracomment>en: The virtual card (jpki-card-sim) has stopped (exit code %1). %2</extracomment>
        <translation>The virtual card (jpki-card-sim) has stopped (exit code %1). %2</translation>
    </message>
</context>
<context>
    <name>jpki::cli</name>
    <message>
        <source>年は %1 から %2 までの数字で指定してください。</source>
        <extracomment>en: The year must be a number from %1 to %2.</extracomment>
        <translation>The year must be a number from %1 to %2.</translation>
    </message>
    <message>
        <source>日付</source>
        <extracomment>en: a date</extracomment>
        <translation>a date</translation>
    </message>
    <message>
        <source>営業日は %1 年から %2 年までしか判定できません。</source>
        <extracomment>en: Business days are known from %1 to %2 only.</extracomment>
        <translation>Business days are known from %1 to %2 only.</translation>
    </message>
    <message>
        <source>%1 は開庁日です。次の開庁日: %2</source>
        <extracomment>en: %1 is a business day. Next business day: %2</extracomment>
        <translation>%1 is a business day. Next business day: %2</translation>
    </message>
    <message>
        <source>%1 は閉庁日です(%2)。次の開庁日: %3</source>
        <extracomment>en: %1 is not a business day (%2). Next business day: %3</extracomment>
        <translation>%1 is not a business day (%2). Next business day: %3</translation>
    </message>
    <message>
        <source>日付は YYYY-MM-DD の形式で指定してください(例: 2026-04-01)。</source>
        <extracomment>en: Write dates as YYYY-MM-DD (for example 2026-04-01).</extracomment>
        <translation>Write dates as YYYY-MM-DD (for example 2026-04-01).</translation>
    </message>
    <message>
        <source>--%1 を指定してください。</source>
        <extracomment>en: The option --%1 is required.</extracomment>
        <translation>The option --%1 is required.</translation>
    </message>
    <message>
        <source>%1を指定してください。</source>
        <extracomment>en: Give %1.</extracomment>
        <translation>Give %1.</translation>
    </message>
    <message>
        <source>発行日が生年月日より前です。</source>
        <extracomment>en: The issue date is before the birth date.</extracomment>
        <translation>The issue date is before the birth date.</translation>
    </message>
    <message>
        <source>カードの有効期限は %1 です(%2)。</source>
        <extracomment>en: The card expires on %1 (%2).</extracomment>
        <translation>The card expires on %1 (%2).</translation>
    </message>
    <message>
        <source>--certificate には signature か user-auth を指定してください。</source>
        <extracomment>en: --certificate takes signature or user-auth.</extracomment>
        <translation>--certificate takes signature or user-auth.</translation>
    </message>
    <message>
        <source>電子証明書の有効期限は %1 です(%2)。</source>
        <extracomment>en: The certificate expires on %1 (%2).</extracomment>
        <translation>The certificate expires on %1 (%2).</translation>
    </message>
    <message>
        <source>--kind には card か certificate を指定してください。</source>
        <extracomment>en: --kind takes card or certificate.</extracomment>
        <translation>--kind takes card or certificate.</translation>
    </message>
    <message>
        <source>更新できる期間の始まり: %1。%2</source>
        <extracomment>en: Renewal possible from %1. %2</extracomment>
        <translation>Renewal possible from %1. %2</translation>
    </message>
    <message>
        <source>--kind には signature、user-auth、card-info、resident-registry のいずれかを指定してください。</source>
        <extracomment>en: --kind takes signature, user-auth, card-info or resident-registry.</extracomment>
        <translation>--kind takes signature, user-auth, card-info or resident-registry.</translation>
    </message>
    <message>
        <source>新しい暗証番号: </source>
        <extracomment>en: New PIN:</extracomment>
        <translation>New PIN:</translation>
    </message>
    <message>
        <source>標準入力から暗証番号が渡されませんでした。</source>
        <extracomment>en: No PIN was given on standard input.</extracomment>
        <translation>No PIN was given on standard input.</translation>
    </message>
    <message>
        <source>この暗証番号は使えます。</source>
        <extracomment>en: The PIN can be used.</extracomment>
        <translation>The PIN can be used.</translation>
    </message>
    <message>
        <source>この暗証番号は使えません。</source>
        <extracomment>en: The PIN cannot be used.</extracomment>
        <translation>The PIN cannot be used.</translation>
    </message>
    <message>
        <source>申請日が生年月日より前です。</source>
        <extracomment>en: The day of the application is before the birth date.</extracomment>
        <translation>The day of the application is before the birth date.</translation>
    </message>
    <message>
        <source>発行できます</source>
        <extracomment>en: can be issued</extracomment>
        <translation>can be issued</translation>
    </message>
    <message>
        <source>発行できません</source>
        <extracomment>en: cannot be issued</extracomment>
        <translation>cannot be issued</translation>
    </message>
    <message>
        <source>--procedure には renewal、pin-reset、lock-release のいずれかを指定してください。</source>
        <extracomment>en: --procedure takes renewal, pin-reset or lock-release.</extracomment>
        <translation>--procedure takes renewal, pin-reset or lock-release.</translation>
    </message>
    <message>
        <source>--path には self、legal-proxy、voluntary-proxy のいずれかを指定してください。</source>
        <extracomment>en: --path takes self, legal-proxy or voluntary-proxy.</extracomment>
        <translation>--path takes self, legal-proxy or voluntary-proxy.</translation>
    </message>
    <message>
        <source>%1回目の来庁</source>
        <extracomment>en: Visit %1</extracomment>
        <translation>Visit %1</translation>
    </message>
    <message>
        <source>%1: %2 まで有効(残り %3 日)、シリアル %4</source>
        <extracomment>en: %1: valid until %2 (%3 days left), serial %4</extracomment>
        <translation>%1: valid until %2 (%3 days left), serial %4</translation>
    </message>
    <message>
        <source>このカードにはありません</source>
        <extracomment>en: not on this card</extracomment>
        <translation>not on this card</translation>
    </message>
    <message>
        <source>カードにあります(読み取りには署名用パスワードが必要です)</source>
        <extracomment>en: on the card (reading it needs the signature password)</extracomment>
        <translation>on the card (reading it needs the signature password)</translation>
    </message>
    <message>
        <source>ファイルが空です(証明書の書き込み待ち)</source>
        <extracomment>en: the file is empty (a new key without its certificate)</extracomment>
        <translation>the file is empty (a new key without its certificate)</translation>
    </message>
    <message>
        <source>読み取れません</source>
        <extracomment>en: unreadable</extracomment>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>署名用電子証明書のパスワード: </source>
        <extracomment>en: Signature password:</extracomment>
        <translation>Signature password:</translation>
    </message>
    <message>
        <source>標準入力からパスワードが渡されませんでした。</source>
        <extracomment>en: No password was given on standard input.</extracomment>
        <translation>No password was given on standard input.</translation>
    </message>
    <message>
        <source>カードリーダー: %1</source>
        <extracomment>en: Reader: %1</extracomment>
        <translation>Reader: %1</translation>
    </message>
    <message>
        <source>男</source>
        <extracomment>en: male</extracomment>
        <translation>male</translation>
    </message>
    <message>
        <source>女</source>
        <extracomment>en: female</extracomment>
        <translation>female</translation>
    </message>
    <message>
        <source>適用不能</source>
        <extracomment>en: not applicable</extracomment>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>不明</source>
        <extracomment>en: not known</extracomment>
        <translation>not known</translation>
    </message>
    <message>
        <source>券面事項入力補助用の暗証番号(数字4桁): </source>
        <extracomment>en: Card-info PIN (4 digits):</extracomment>
        <translation>Card-info PIN (4 digits):</translation>
    </message>
    <message>
        <source>氏名: %1
住所: %2
生年月日: %3
性別: %4</source>
        <extracomment>en: Name: %1
Address: %2
Birth date: %3
Sex: %4</extracomment>
        <translation>Name: %1
Address: %2
Birth date: %3
Sex: %4</translation>
    </message>
    <message>
        <source>%1 それより前の記録 %2 件は正常です。</source>
        <extracomment>en: %1 The %2 records before it hold.</extracomment>
        <translation>%1 The %2 records before it hold.</translation>
    </message>
    <message>
        <source>作成するバックアップファイルのパスを指定してください。</source>
        <extracomment>en: Give the path of the backup file to create.</extracomment>
        <translation>Give the path of the backup file to create.</translation>
    </message>
    <message>
        <source>バックアップを作成しました: %1 (%2 バイト)</source>
        <extracomment>en: Backup written to %1 (%2 bytes).</extracomment>
        <translation>Backup written to %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>データベースの整合性に問題はありません。</source>
        <extracomment>en: The database passed its integrity check.</extracomment>
        <translation>The database passed its integrity check.</translation>
    </message>
    <message>
        <source>整合性の検査で問題が見つかりました:</source>
        <extracomment>en: The integrity check found problems:</extracomment>
        <translation>The integrity check found problems:</translation>
    </message>
    <message>
        <source>ログイン名「%1」の職員はいません。</source>
        <extracomment>en: No staff member has the login "%1".</extracomment>
        <translation>No staff member has the login "%1".</translation>
    </message>
    <message>
        <source>%1: %2 件</source>
        <extracomment>en: %1: %2 case(s)</extracomment>
        <translation>%1: %2 case(s)</translation>
    </message>
    <message>
        <source>案件の番号か受付番号(例: R2026-000123)を指定してください。</source>
        <extracomment>en: Give the case's number or reference (for example R2026-000123).</extracomment>
        <translation>Give the case's number or reference (for example R2026-000123).</translation>
    </message>
    <message>
        <source>案件「%1」はありません。</source>
        <extracomment>en: No case "%1".</extracomment>
        <translation>No case "%1".</translation>
    </message>
    <message>
        <source>--%1 には1から%2までの整数を指定してください。</source>
        <extracomment>en: --%1 takes a whole number from 1 to %2.</extracomment>
        <translation>--%1 takes a whole number from 1 to %2.</translation>
    </message>
    <message>
        <source>--seed には整数を指定してください。</source>
        <extracomment>en: --seed takes a whole number.</extracomment>
        <translation>--seed takes a whole number.</translation>
    </message>
    <message>
        <source>%1 の発行機関を使用できません: %2</source>
        <extracomment>en: The local issuing authority in %1 cannot be used: %2</extracomment>
        <translation>The local issuing authority in %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>%1 件の案件を作成しました（2回目の来庁 %2 件）。監査記録は %3 件です。</source>
        <extracomment>en: %1 cases made (%2 second visits); the audit chain holds %3 records.</extracomment>
        <translation>%1 cases made (%2 second visits); the audit chain holds %3 records.</translation>
    </message>
    <message>
        <source>案件の番号か受付番号(例: P2026-000123 または P2026-000123-1)を指定してください。</source>
        <extracomment>en: Give the case's number or reference (for example P2026-000123 or P2026-000123-1).</extracomment>
        <translation>Give the case's number or reference (for example P2026-000123 or P2026-000123-1).</translation>
    </message>
    <message>
        <source>案件 %1 にはまだ照会書兼回答書がありません。照会書兼回答書は、任意代理人による暗証番号の再設定・ロック解除で、1回目の来庁時の書類を確認した後に発行されます。</source>
        <extracomment>en: Case %1 has no inquiry-and-reply letter yet: one is issued for a voluntary proxy's PIN reset or lock release once the first visit's documents are checked.</extracomment>
        <translation>Case %1 has no inquiry-and-reply letter yet: one is issued for a voluntary proxy's PIN reset or lock release once the first visit's documents are checked.</translation>
    </message>
    <message>
        <source>案件 %1 は完了していません(段階: %2)。控えは完了した案件についてのみ作成できます。</source>
        <extracomment>en: Case %1 is not completed (step: %2). A receipt is made only for a completed case.</extracomment>
        <translation>Case %1 is not completed (step: %2). A receipt is made only for a completed case.</translation>
    </message>
    <message>
        <source>案件 %1 には申請者の氏名・住所が記録されていないため、照会書兼回答書を作成できません。</source>
        <extracomment>en: Case %1 has no applicant's name and address recorded, so no letter can be addressed.</extracomment>
        <translation>Case %1 has no applicant's name and address recorded, so no letter can be addressed.</translation>
    </message>
    <message>
        <source>照会書兼回答書 %1 を %2 に書き出しました。</source>
        <extracomment>en: Wrote the inquiry-and-reply letter %1 to %2.</extracomment>
        <translation>Wrote the inquiry-and-reply letter %1 to %2.</translation>
    </message>
    <message>
        <source>--lang には ja か en を指定してください。</source>
        <extracomment>en: --lang takes ja or en.</extracomment>
        <translation>--lang takes ja or en.</translation>
    </message>
    <message>
        <source>案件 %1 の控えを %2 に書き出しました。</source>
        <extracomment>en: Wrote the receipt of case %1 to %2.</extracomment>
        <translation>Wrote the receipt of case %1 to %2.</translation>
    </message>
    <message>
        <source>--format には json または csv を指定してください。</source>
        <extracomment>en: --format takes json or csv.</extracomment>
        <translation>--format takes json or csv.</translation>
    </message>
    <message>
        <source>--letter-days には1から365までの整数を指定してください。</source>
        <extracomment>en: --letter-days takes a whole number from 1 to 365.</extracomment>
        <translation>--letter-days takes a whole number from 1 to 365.</translation>
    </message>
    <message>
        <source>%1: データベースがありません。</source>
        <extracomment>en: %1: no such database.</extracomment>
        <translation>%1: no such database.</translation>
    </message>
    <message>
        <source>レポートを書き出しました: %1 (%2 バイト)</source>
        <extracomment>en: Report written to %1 (%2 bytes).</extracomment>
        <translation>Report written to %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>--to には --from 以降の日付を、全体で366日以内になるよう指定してください。</source>
        <extracomment>en: --to must be on or after --from, at most 366 days in all.</extracomment>
        <translation>--to must be on or after --from, at most 366 days in all.</translation>
    </message>
    <message>
        <source>--format pdf には --out でファイルを指定してください。</source>
        <extracomment>en: --format pdf needs --out PATH.</extracomment>
        <translation>--format pdf needs --out PATH.</translation>
    </message>
    <message>
        <source>--document-language には ja または en を指定してください。</source>
        <extracomment>en: --document-language takes ja or en.</extracomment>
        <translation>--document-language takes ja or en.</translation>
    </message>
    <message>
        <source>日計表を書き出しました: %1</source>
        <extracomment>en: Daily report written to %1.</extracomment>
        <translation>Daily report written to %1.</translation>
    </message>
    <message>
        <source>このコマンドはページを組むため jpki-counter-print が実行しますが、実行できませんでした: %1(%2)。jpki-counter-print を jpki-counter-cli と同じフォルダーに置いてください。</source>
        <extracomment>en: This command lays out pages, which jpki-counter-print does, and it could not be run: %1 (%2). Install jpki-counter-print in the same folder as jpki-counter-cli.</extracomment>
        <translation>This command lays out pages, which jpki-counter-print does, and it could not be run: %1 (%2). Install jpki-counter-print in the same folder as jpki-counter-cli.</translation>
    </message>
    <message>
        <source>--head: 「%1」はハッシュ値ではありません(日計表に印字された 16 進数 64 桁)。</source>
        <extracomment>en: --head: "%1" is not a head hash (64 hexadecimal digits, as printed on the daily report).</extracomment>
        <translation>--head: "%1" is not a head hash (64 hexadecimal digits, as printed on the daily report).</translation>
    </message>
    <message>
        <source>監査記録 %1 件の連鎖は正常ですが、データベースの次の記録が監査記録と一致しません:</source>
        <extracomment>en: The audit chain's %1 records hold, but the database's other records do not match them:</extracomment>
        <translation>The audit chain's %1 records hold, but the database's other records do not match them:</translation>
    </message>
    <message>
        <source>監査記録の連鎖は正常です。記録 %1 件、最後の記録は %2 (ハッシュ %3)です。案件・職員アカウント・書類確認・照会書・決裁の記録はすべて監査記録と一致します。</source>
        <extracomment>en: The audit chain holds: %1 records, the last is record %2 with hash %3. Every case, staff account, document, letter and sign-off matches it.</extracomment>
        <translation>The audit chain holds: %1 records, the last is record %2 with hash %3. Every case, staff account, document, letter and sign-off matches it.</translation>
    </message>
    <message>
        <source>日計表に印字された最終記録は記録 %1 で、連鎖に含まれています。</source>
        <extracomment>en: The head printed on the report is record %1, and the chain holds it.</extracomment>
        <translation>The head printed on the report is record %1, and the chain holds it.</translation>
    </message>
    <message>
        <source>日計表に印字された最終記録が連鎖にありません。日計表の印刷後に、その記録を含む記録が削除または差し替えられています。</source>
        <extracomment>en: The head printed on the report is not in the chain: records up to it or after it were removed or replaced since the report was printed.</extracomment>
        <translation>The head printed on the report is not in the chain: records up to it or after it were removed or replaced since the report was printed.</translation>
    </message>
    <message>
        <source>案件データベースが読み取り専用のため、この書き出しは記録されません。</source>
        <extracomment>en: The case database can only be read, so this export is not recorded.</extracomment>
        <translation>The case database can only be read, so this export is not recorded.</translation>
    </message>
    <message>
        <source>レポートを標準出力に書き込めませんでした(%1)。</source>
        <extracomment>en: The report could not be written to standard output (%1).</extracomment>
        <translation>The report could not be written to standard output (%1).</translation>
    </message>
    <message>
        <source>db generate は窓口の案件データベース(%1)には書き込みません。--db で新しいファイルを指定してください。</source>
        <extracomment>en: db generate never writes to the counter's own case database (%1). Give a new file with --db.</extracomment>
        <translation>db generate never writes to the counter's own case database (%1). Give a new file with --db.</translation>
    </message>
    <message>
        <source>余分な引数「%1」があります。</source>
        <extracomment>en: Unexpected argument "%1".</extracomment>
        <translation>Unexpected argument "%1".</translation>
    </message>
    <message>
        <source>--profile: %1 を読み込めません(ファイルがないか、読み取れません)。</source>
        <extracomment>en: --profile: %1 cannot be read (no such file, or not a readable file).</extracomment>
        <translation>--profile: %1 cannot be read (no such file, or not a readable file).</translation>
    </message>
    <message>
        <source>%1: 「%2」は正しい日付ではありません。</source>
        <extracomment>en: %1: "%2" is not a valid date.</extracomment>
        <translation>%1: "%2" is not a valid date.</translation>
    </message>
    <message>
        <source>%1: %2 はこのプログラムが扱う日付の範囲(%3)の外です。</source>
        <extracomment>en: %1: %2 is outside the dates this program accepts (%3).</extracomment>
        <translation>%1: %2 is outside the dates this program accepts (%3).</translation>
    </message>
    <message>
        <source>標準入力の行が長すぎます(%1 バイトまで)。何も使っていません。</source>
        <extracomment>en: The line on standard input is too long (at most %1 bytes); nothing was used.</extracomment>
        <translation>The line on standard input is too long (at most %1 bytes); nothing was used.</translation>
    </message>
    <message>
        <source>標準入力に NUL バイトが含まれています。何も使っていません。</source>
        <extracomment>en: Standard input holds a NUL byte; nothing was used.</extracomment>
        <translation>Standard input holds a NUL byte; nothing was used.</translation>
    </message>
    <message>
        <source>%1: %2 カードには送っていません。</source>
        <extracomment>en: %1: %2 It was not sent to the card.</extracomment>
        <translation>%1: %2 It was not sent to the card.</translation>
    </message>
    <message>
        <source>既定</source>
        <extracomment>en: default</extracomment>
        <translation>default</translation>
    </message>
    <message>
        <source>コマンドライン</source>
        <extracomment>en: command line</extracomment>
        <translation>command line</translation>
    </message>
    <message>
        <source>組み込み(%1)</source>
        <extracomment>en: built in (%1)</extracomment>
        <translation>built in (%1)</translation>
    </message>
    <message>
        <source>設定ファイル(適用順):</source>
        <extracomment>en: Settings files, in the order applied:</extracomment>
        <translation>Settings files, in the order applied:</translation>
    </message>
    <message>
        <source>  (なし)</source>
        <extracomment>en: (none)</extracomment>
        <translation>(none)</translation>
    </message>
    <message>
        <source>%1、固定</source>
        <extracomment>en: %1, fixed</extracomment>
        <translation>%1, fixed</translation>
    </message>
    <message>
        <source>(PostgreSQL: この版ではまだ使えません)</source>
        <extracomment>en: (PostgreSQL: not supported yet by this version)</extracomment>
        <translation>(PostgreSQL: not supported yet by this version)</translation>
    </message>
    <message>
        <source>無視したもの:</source>
        <extracomment>en: Ignored:</extracomment>
        <translation>Ignored:</translation>
    </message>
    <message>
        <source>自治体設定の誤り(画面と他のコマンドはこれで止まります):</source>
        <extracomment>en: The municipality profile is wrong (the window and the other commands stop on it):</extracomment>
        <translation>The municipality profile is wrong (the window and the other commands stop on it):</translation>
    </message>
    <message>
        <source>診断情報を書き出しました: %1 (%2 バイト)</source>
        <extracomment>en: Diagnostics written to %1 (%2 bytes).</extracomment>
        <translation>Diagnostics written to %1 (%2 bytes).</translation>
    </message>
</context>
<context>
    <name>jpki::diagnostics</name>
    <message>
        <source>該当なし</source>
        <extracomment>en: n/a</extracomment>
        <translation>n/a</translation>
    </message>
    <message>
        <source>あり</source>
        <extracomment>en: yes</extracomment>
        <translation>yes</translation>
    </message>
    <message>
        <source>なし</source>
        <extracomment>en: no</extracomment>
        <translation>no</translation>
    </message>
    <message>
        <source>  ATR: %1</source>
        <extracomment>en: ATR: %1</extracomment>
        <translation>ATR: %1</translation>
    </message>
    <message>
        <source>  プロトコル: %1</source>
        <extracomment>en: Protocol: %1</extracomment>
        <translation>Protocol: %1</translation>
    </message>
    <message>
        <source>  カードに接続できません: %1</source>
        <extracomment>en: No connection to the card: %1</extracomment>
        <translation>No connection to the card: %1</translation>
    </message>
    <message>
        <source>  PIN パッド: %1(機能: %2)</source>
        <extracomment>en: PIN pad: %1 (features: %2)</extracomment>
        <translation>PIN pad: %1 (features: %2)</translation>
    </message>
    <message>
        <source>  リーダーが機能の問い合わせに答えません: %1</source>
        <extracomment>en: The reader does not answer the feature request: %1</extracomment>
        <translation>The reader does not answer the feature request: %1</translation>
    </message>
    <message>
        <source>  最大 APDU: %1</source>
        <extracomment>en: Largest APDU: %1</extracomment>
        <translation>Largest APDU: %1</translation>
    </message>
    <message>
        <source>  SELECT %1(%2): %3</source>
        <extracomment>en: SELECT %1 (%2): %3</extracomment>
        <translation>SELECT %1 (%2): %3</translation>
    </message>
    <message>
        <source>jpki-counter %1 診断情報(%2 作成)</source>
        <extracomment>en: jpki-counter %1 diagnostics, made %2</extracomment>
        <translation>jpki-counter %1 diagnostics, made %2</translation>
    </message>
    <message>
        <source>ライブラリ(実行時 / ビルド時)</source>
        <extracomment>en: Libraries (run time / built with)</extracomment>
        <translation>Libraries (run time / built with)</translation>
    </message>
    <message>
        <source>インストール済みパッケージ</source>
        <extracomment>en: Installed packages</extracomment>
        <translation>Installed packages</translation>
    </message>
    <message>
        <source>dpkg の状態ファイルを読めませんでした。</source>
        <extracomment>en: dpkg's status file could not be read.</extracomment>
        <translation>dpkg's status file could not be read.</translation>
    </message>
    <message>
        <source>未インストール</source>
        <extracomment>en: not installed</extracomment>
        <translation>not installed</translation>
    </message>
    <message>
        <source>システム</source>
        <extracomment>en: System</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <source>OS: %1(カーネル %2、%3)</source>
        <extracomment>en: OS: %1 (kernel %2, %3)</extracomment>
        <translation>OS: %1 (kernel %2, %3)</translation>
    </message>
    <message>
        <source>セッション: %1</source>
        <extracomment>en: Session: %1</extracomment>
        <translation>Session: %1</translation>
    </message>
    <message>
        <source>画面の拡大率: %1</source>
        <extracomment>en: Screen scaling: %1</extracomment>
        <translation>Screen scaling: %1</translation>
    </message>
    <message>
        <source>PC/SC サービス</source>
        <extracomment>en: PC/SC service</extracomment>
        <translation>PC/SC service</translation>
    </message>
    <message>
        <source>接続できません: %1</source>
        <extracomment>en: No connection: %1</extracomment>
        <translation>No connection: %1</translation>
    </message>
    <message>
        <source>接続できます(コンテキストを確立しました)。</source>
        <extracomment>en: A context was established.</extracomment>
        <translation>A context was established.</translation>
    </message>
    <message>
        <source>カードリーダーの一覧を得られません: %1</source>
        <extracomment>en: The readers could not be listed: %1</extracomment>
        <translation>The readers could not be listed: %1</translation>
    </message>
    <message>
        <source>カードリーダーがありません。</source>
        <extracomment>en: No reader.</extracomment>
        <translation>No reader.</translation>
    </message>
    <message>
        <source>ケースデータベース</source>
        <extracomment>en: Case store</extracomment>
        <translation>Case store</translation>
    </message>
    <message>
        <source>方式: %1</source>
        <extracomment>en: Backend: %1</extracomment>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>場所: %1</source>
        <extracomment>en: Location: %1</extracomment>
        <translation>Location: %1</translation>
    </message>
    <message>
        <source>スキーマのバージョン: %1</source>
        <extracomment>en: Schema version: %1</extracomment>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>監査チェーンの先頭: イベント %1、%2</source>
        <extracomment>en: Chain head: event %1, %2</extracomment>
        <translation>Chain head: event %1, %2</translation>
    </message>
    <message>
        <source>サイズ: %1 バイト</source>
        <extracomment>en: Size: %1 bytes</extracomment>
        <translation>Size: %1 bytes</translation>
    </message>
    <message>
        <source>読めません: %1</source>
        <extracomment>en: Cannot be read: %1</extracomment>
        <translation>Cannot be read: %1</translation>
    </message>
    <message>
        <source>サーバーとこの PC の時刻差: %1</source>
        <extracomment>en: Server's clock against this PC's: %1</extracomment>
        <translation>Server's clock against this PC's: %1</translation>
    </message>
    <message>
        <source>設定ファイル</source>
        <extracomment>en: Settings files</extracomment>
        <translation>Settings files</translation>
    </message>
    <message>
        <source>(あり)</source>
        <extracomment>en: (present)</extracomment>
        <translation>(present)</translation>
    </message>
    <message>
        <source>(なし)</source>
        <extracomment>en: (absent)</extracomment>
        <translation>(absent)</translation>
    </message>
</context>
<context>
    <name>jpki::gui::AboutDialog</name>
    <message>
        <source>このアプリについて</source>
        <extracomment>en: About</extracomment>
        <translation>About</translation>
    </message>
    <message>
        <source>市区町村の窓口で、マイナンバーカードの電子証明書の更新、暗証番号の再設定およびロック解除を受け付けるためのアプリケーションです。</source>
        <extracomment>en: An application for the municipal counter that handles the renewal of My Number card certificates, PIN resets and lock releases.</extracomment>
        <translation>An application for the municipal counter that handles the renewal of My Number card certificates, PIN resets and lock releases.</translation>
    </message>
    <message>
        <source>使用しているライブラリとライセンス</source>
        <extracomment>en: Libraries used and their licences</extracomment>
        <translation>Libraries used and their licences</translation>
    </message>
    <message>
        <source>jpki-counter バージョン %1</source>
        <extracomment>en: jpki-counter version %1</extracomment>
        <translation>jpki-counter version %1</translation>
    </message>
    <message>
        <source>ライブラリ</source>
        <extracomment>en: Library</extracomment>
        <translation>Library</translation>
    </message>
    <message>
        <source>バージョン</source>
        <extracomment>en: Version</extracomment>
        <translation>Version</translation>
    </message>
    <message>
        <source>ライセンス</source>
        <extracomment>en: Licence</extracomment>
        <translation>Licence</translation>
    </message>
    <message>
        <source>使用しているライブラリ</source>
        <extracomment>en: Libraries used</extracomment>
        <translation>Libraries used</translation>
    </message>
    <message>
        <source>ライブラリごとの名前、バージョン、ライセンス</source>
        <extracomment>en: Each library's name, version and licence</extracomment>
        <translation>Each library's name, version and licence</translation>
    </message>
    <message>
        <source>診断情報(バージョン、カードサービス、読み取り機、設定)の画面を開きます</source>
        <extracomment>en: Opens the diagnostics (versions, card service, readers, settings)</extracomment>
        <translation>Opens the diagnostics (versions, card service, readers, settings)</translation>
    </message>
    <message>
        <source>診断情報(&amp;D)…</source>
        <extracomment>en: &amp;Diagnostics…</extracomment>
        <translation>&amp;Diagnostics…</translation>
    </message>
    <message>
        <source>このプログラムの情報を閉じます</source>
        <extracomment>en: Closes the information about this program</extracomment>
        <translation>Closes the information about this program</translation>
    </message>
</context>
<context>
    <name>jpki::gui::ApplicantPage</name>
    <message>
        <source>カードの名義人</source>
        <extracomment>en: The holder of the card</extracomment>
        <translation>The holder of the card</translation>
    </message>
    <message>
        <source>カードの券面から入力してください。</source>
        <extracomment>en: Type the details from the face of the card.</extracomment>
        <translation>Type the details from the face of the card.</translation>
    </message>
    <message>
        <source>カードから読み取る(券面事項入力補助用の暗証番号)(&amp;R)…</source>
        <extracomment>en: &amp;Read from the card (card-info PIN)…</extracomment>
        <translation>&amp;Read from the card (card-info PIN)…</translation>
    </message>
    <message>
        <source>氏名(&amp;N)</source>
        <extracomment>en: &amp;Name</extracomment>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>フリガナ(&amp;K)</source>
        <extracomment>en: Name in &amp;kana</extracomment>
        <translation>Name in &amp;kana</translation>
    </message>
    <message>
        <source>生年月日(&amp;B)</source>
        <extracomment>en: Date of &amp;birth</extracomment>
        <translation>Date of &amp;birth</translation>
    </message>
    <message>
        <source>住所(&amp;A)</source>
        <extracomment>en: &amp;Address</extracomment>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>性別(&amp;X)</source>
        <extracomment>en: &amp;Sex</extracomment>
        <translation>&amp;Sex</translation>
    </message>
    <message>
        <source>カードの有効期限(&amp;E)</source>
        <extracomment>en: Card valid &amp;until (card face)</extracomment>
        <translation>Card valid &amp;until (card face)</translation>
    </message>
    <message>
        <source>成年被後見人</source>
        <extracomment>en: Adult ward (under guardianship)</extracomment>
        <translation>Adult ward (under guardianship)</translation>
    </message>
    <message>
        <source>券面の追記欄に「顔認証」の記載あり</source>
        <extracomment>en: "Face authentication" in the card's remarks</extracomment>
        <translation>"Face authentication" in the card's remarks</translation>
    </message>
    <message>
        <source>在留期間の満了日</source>
        <extracomment>en: Period of stay ends on</extracomment>
        <translation>Period of stay ends on</translation>
    </message>
    <message>
        <source>男</source>
        <extracomment>en: Male</extracomment>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <extracomment>en: Female</extracomment>
        <translation>Female</translation>
    </message>
    <message>
        <source>適用不能</source>
        <extracomment>en: Not applicable</extracomment>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>不明</source>
        <extracomment>en: Not known</extracomment>
        <translation>Not known</translation>
    </message>
    <message>
        <source>カードが置かれていません。</source>
        <extracomment>en: No card in the reader.</extracomment>
        <translation>No card in the reader.</translation>
    </message>
    <message>
        <source>カードから読み取りました。フリガナとカードの有効期限は券面から入力してください。</source>
        <extracomment>en: Read from the card. Type the kana and the card's expiry date from the card face.</extracomment>
        <translation>Read from the card. Type the kana and the card's expiry date from the card face.</translation>
    </message>
    <message>
        <source>申請者が券面事項入力補助用の暗証番号を入力すると、氏名・住所・生年月日・性別をカードから読み取ります</source>
        <extracomment>en: Reads the name, address, date of birth and sex from the card once the applicant types the card-info PIN</extracomment>
        <translation>Reads the name, address, date of birth and sex from the card once the applicant types the card-info PIN</translation>
    </message>
    <message>
        <source>氏名</source>
        <extracomment>en: Name</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <source>申請者の氏名(カードの券面のとおり)</source>
        <extracomment>en: The applicant's name as on the card face</extracomment>
        <translation>The applicant's name as on the card face</translation>
    </message>
    <message>
        <source>フリガナ</source>
        <extracomment>en: Name in kana</extracomment>
        <translation>Name in kana</translation>
    </message>
    <message>
        <source>申請者の氏名のフリガナ</source>
        <extracomment>en: The applicant's name in kana</extracomment>
        <translation>The applicant's name in kana</translation>
    </message>
    <message>
        <source>生年月日</source>
        <extracomment>en: Date of birth</extracomment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>申請者の生年月日(カードの券面のとおり)</source>
        <extracomment>en: The applicant's date of birth as on the card face</extracomment>
        <translation>The applicant's date of birth as on the card face</translation>
    </message>
    <message>
        <source>住所</source>
        <extracomment>en: Address</extracomment>
        <translation>Address</translation>
    </message>
    <message>
        <source>申請者の住所(カードの券面のとおり)</source>
        <extracomment>en: The applicant's address as on the card face</extracomment>
        <translation>The applicant's address as on the card face</translation>
    </message>
    <message>
        <source>性別</source>
        <extracomment>en: Sex</extracomment>
        <translation>Sex</translation>
    </message>
    <message>
        <source>申請者の性別(カードの券面のとおり)</source>
        <extracomment>en: The applicant's sex as on the card face</extracomment>
        <translation>The applicant's sex as on the card face</translation>
    </message>
    <message>
        <source>カードの有効期限</source>
        <extracomment>en: Card valid until</extracomment>
        <translation>Card valid until</translation>
    </message>
    <message>
        <source>カードの券面に記載された有効期限</source>
        <extracomment>en: The expiry date printed on the card face</extracomment>
        <translation>The expiry date printed on the card face</translation>
    </message>
    <message>
        <source>申請者が成年被後見人のときにチェックします</source>
        <extracomment>en: Check when the applicant is an adult ward</extracomment>
        <translation>Check when the applicant is an adult ward</translation>
    </message>
    <message>
        <source>カードの追記欄に「顔認証」と記載されているときにチェックします</source>
        <extracomment>en: Check when the card's remarks say "face authentication"</extracomment>
        <translation>Check when the card's remarks say "face authentication"</translation>
    </message>
    <message>
        <source>在留期間があるときにチェックし、満了日を入力します</source>
        <extracomment>en: Check when the applicant has a period of stay, then enter the day it ends</extracomment>
        <translation>Check when the applicant has a period of stay, then enter the day it ends</translation>
    </message>
    <message>
        <source>在留カードに記載された在留期間の満了日</source>
        <extracomment>en: The day the period of stay on the residence card ends</extracomment>
        <translation>The day the period of stay on the residence card ends</translation>
    </message>
</context>
<context>
    <name>jpki::gui::CardCheckPage</name>
    <message>
        <source>カードの確認</source>
        <extracomment>en: Card check</extracomment>
        <translation>Card check</translation>
    </message>
    <message>
        <source>カードリーダーのカードの状態です(右のカード欄と同じ)。</source>
        <extracomment>en: The card in the reader, as the card panel shows it.</extracomment>
        <translation>The card in the reader, as the card panel shows it.</translation>
    </message>
    <message>
        <source>更新する証明書</source>
        <extracomment>en: Certificates to renew</extracomment>
        <translation>Certificates to renew</translation>
    </message>
    <message>
        <source>再設定する暗証番号</source>
        <extracomment>en: PINs to set anew</extracomment>
        <translation>PINs to set anew</translation>
    </message>
    <message>
        <source>更新する電子証明書</source>
        <extracomment>en: Certificates to renew</extracomment>
        <translation>Certificates to renew</translation>
    </message>
    <message>
        <source>更新する電子証明書を選びます</source>
        <extracomment>en: Choose which certificates are renewed</extracomment>
        <translation>Choose which certificates are renewed</translation>
    </message>
    <message>
        <source>チェックした暗証番号を設定し直します(括弧内はカードの状態)</source>
        <extracomment>en: Check to set this PIN anew (the card's state in brackets)</extracomment>
        <translation>Check to set this PIN anew (the card's state in brackets)</translation>
    </message>
</context>
<context>
    <name>jpki::gui::CardPanel</name>
    <message>
        <source>リーダーのカードをもう一度読み取ります(F5)</source>
        <extracomment>en: Read the card in the reader again (F5)</extracomment>
        <translation>Read the card in the reader again (F5)</translation>
    </message>
    <message>
        <source>再読み取り(&amp;R)</source>
        <extracomment>en: &amp;Read again</extracomment>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <source>電子証明書</source>
        <extracomment>en: Certificates</extracomment>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>状態</source>
        <extracomment>en: State</extracomment>
        <translation>State</translation>
    </message>
    <message>
        <source>有効期限</source>
        <extracomment>en: Expires on</extracomment>
        <translation>Expires on</translation>
    </message>
    <message>
        <source>残り日数</source>
        <extracomment>en: Days left</extracomment>
        <translation>Days left</translation>
    </message>
    <message>
        <source>備考</source>
        <extracomment>en: Note</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>暗証番号</source>
        <extracomment>en: PINs</extracomment>
        <translation>PINs</translation>
    </message>
    <message>
        <source>残り回数</source>
        <extracomment>en: Tries left</extracomment>
        <translation>Tries left</translation>
    </message>
    <message>
        <source>カードリーダー: %1</source>
        <extracomment>en: Card reader: %1</extracomment>
        <translation>Card reader: %1</translation>
    </message>
    <message>
        <source>残り %1 日</source>
        <extracomment>en: %1 days left</extracomment>
        <translation>%1 days left</translation>
    </message>
    <message>
        <source>残り 1 日</source>
        <extracomment>en: 1 day left</extracomment>
        <translation>1 day left</translation>
    </message>
    <message>
        <source>本日まで</source>
        <extracomment>en: last day today</extracomment>
        <translation>last day today</translation>
    </message>
    <message>
        <source>昨日で期限切れ</source>
        <extracomment>en: expired yesterday</extracomment>
        <translation>expired yesterday</translation>
    </message>
    <message>
        <source>%1 日前に期限切れ</source>
        <extracomment>en: expired %1 days ago</extracomment>
        <translation>expired %1 days ago</translation>
    </message>
    <message>
        <source>有効</source>
        <extracomment>en: Valid</extracomment>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1から更新できます。</source>
        <extracomment>en: Renewal opens on %1.</extracomment>
        <translation>Renewal opens on %1.</translation>
    </message>
    <message>
        <source>更新期間中</source>
        <extracomment>en: Renewal window open</extracomment>
        <translation>Renewal window open</translation>
    </message>
    <message>
        <source>有効期限切れ</source>
        <extracomment>en: Expired</extracomment>
        <translation>Expired</translation>
    </message>
    <message>
        <source>発行済み</source>
        <extracomment>en: Issued</extracomment>
        <translation>Issued</translation>
    </message>
    <message>
        <source>有効期限は署名用パスワードの入力後に読み取れます。</source>
        <extracomment>en: The expiry date can be read after the signature password is entered.</extracomment>
        <translation>The expiry date can be read after the signature password is entered.</translation>
    </message>
    <message>
        <source>未書き込み</source>
        <extracomment>en: Not written</extracomment>
        <translation>Not written</translation>
    </message>
    <message>
        <source>鍵はありますが、電子証明書が書き込まれていません。</source>
        <extracomment>en: The key is on the card, but no certificate has been written for it.</extracomment>
        <translation>The key is on the card, but no certificate has been written for it.</translation>
    </message>
    <message>
        <source>発行されていません</source>
        <extracomment>en: Not issued</extracomment>
        <translation>Not issued</translation>
    </message>
    <message>
        <source>読み取れません</source>
        <extracomment>en: Unreadable</extracomment>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>カードがこの暗証番号の状態に応答しませんでした。</source>
        <extracomment>en: The card did not tell the state of this PIN.</extracomment>
        <translation>The card did not tell the state of this PIN.</translation>
    </message>
    <message>
        <source>前回の正しい入力の後に、誤った入力があります。</source>
        <extracomment>en: Wrong entries have been made since the last correct one.</extracomment>
        <translation>Wrong entries have been made since the last correct one.</translation>
    </message>
    <message>
        <source>カードサービスを開始しています…</source>
        <extracomment>en: Starting the card service…</extracomment>
        <translation>Starting the card service…</translation>
    </message>
    <message>
        <source>スマートカードサービスが動いていません</source>
        <extracomment>en: The smart-card service is not running</extracomment>
        <translation>The smart-card service is not running</translation>
    </message>
    <message>
        <source>サービスが動き始めると、この画面は自動的に接続します。</source>
        <extracomment>en: The window connects by itself once the service runs again.</extracomment>
        <translation>The window connects by itself once the service runs again.</translation>
    </message>
    <message>
        <source>カードリーダーがありません</source>
        <extracomment>en: No card reader</extracomment>
        <translation>No card reader</translation>
    </message>
    <message>
        <source>カードが置かれていません</source>
        <extracomment>en: No card in the reader</extracomment>
        <translation>No card in the reader</translation>
    </message>
    <message>
        <source>カードを読み取っています…</source>
        <extracomment>en: Reading the card…</extracomment>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <source>カードをリーダーから取り外さないでください。</source>
        <extracomment>en: Leave the card on the reader.</extracomment>
        <translation>Leave the card on the reader.</translation>
    </message>
    <message>
        <source>マイナンバーカードを読み取りました</source>
        <extracomment>en: My Number card read</extracomment>
        <translation>My Number card read</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした</source>
        <extracomment>en: The card could not be read</extracomment>
        <translation>The card could not be read</translation>
    </message>
    <message>
        <source>%1(上限 %2 回)</source>
        <extracomment>en: %1 (limit %2 tries)</extracomment>
        <translation>%1 (limit %2 tries)</translation>
    </message>
    <message>
        <source>電子証明書</source>
        <comment>column</comment>
        <extracomment>en: Certificate</extracomment>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>暗証番号</source>
        <comment>column</comment>
        <extracomment>en: PIN</extracomment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>カードをもう一度読み取り、表示を新しくします</source>
        <extracomment>en: Reads the card again and refreshes what is shown</extracomment>
        <translation>Reads the card again and refreshes what is shown</translation>
    </message>
    <message>
        <source>カードの電子証明書</source>
        <extracomment>en: The card's certificates</extracomment>
        <translation>The card's certificates</translation>
    </message>
    <message>
        <source>電子証明書ごとの状態と有効期限</source>
        <extracomment>en: Each certificate's state and expiry</extracomment>
        <translation>Each certificate's state and expiry</translation>
    </message>
    <message>
        <source>カードの暗証番号</source>
        <extracomment>en: The card's PINs</extracomment>
        <translation>The card's PINs</translation>
    </message>
    <message>
        <source>暗証番号ごとの残り試行回数</source>
        <extracomment>en: The tries left for each PIN</extracomment>
        <translation>The tries left for each PIN</translation>
    </message>
</context>
<context>
    <name>jpki::gui::CaseFlow</name>
    <message>
        <source>、</source>
        <extracomment>en: ", " (between the names of PINs)</extracomment>
        <translation>", " (between the names of PINs)</translation>
    </message>
    <message>
        <source>%1がロックされています。</source>
        <extracomment>en: The %1 is locked.</extracomment>
        <translation>The %1 is locked.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>en: %1: %2</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>完了しました</source>
        <extracomment>en: Completed</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>%1: 新しい証明書(有効期限 %2)</source>
        <extracomment>en: %1: new certificate valid until %2</extracomment>
        <translation>%1: new certificate valid until %2</translation>
    </message>
    <message>
        <source>%1を再設定しました。試行回数は上限に戻りました。</source>
        <extracomment>en: Set anew: %1. Every try is available again.</extracomment>
        <translation>Set anew: %1. Every try is available again.</translation>
    </message>
    <message>
        <source>回答待ち</source>
        <extracomment>en: Waiting for the reply</extracomment>
        <translation>Waiting for the reply</translation>
    </message>
    <message>
        <source>照会書 %1 を本人宛に郵送しました。%2</source>
        <extracomment>en: Letter %1 was mailed to the holder. %2</extracomment>
        <translation>Letter %1 was mailed to the holder. %2</translation>
    </message>
    <message>
        <source>お受けできません</source>
        <extracomment>en: Refused</extracomment>
        <translation>Refused</translation>
    </message>
    <message>
        <source>取り消しました</source>
        <extracomment>en: Cancelled</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>申請者が退席しました</source>
        <extracomment>en: The applicant left</extracomment>
        <translation>The applicant left</translation>
    </message>
</context>
<context>
    <name>jpki::gui::CaseJobs</name>
    <message>
        <source>%1をカードに設定しています…</source>
        <extracomment>en: Setting the %1 anew on the card…</extracomment>
        <translation>Setting the %1 anew on the card…</translation>
    </message>
    <message>
        <source>完了しました</source>
        <extracomment>en: Done</extracomment>
        <translation>Done</translation>
    </message>
    <message>
        <source>暗証番号の照合、鍵の生成、新しい証明書の書き込みを行っています…</source>
        <extracomment>en: Verifying the PINs, generating the keys and writing the new certificates…</extracomment>
        <translation>Verifying the PINs, generating the keys and writing the new certificates…</translation>
    </message>
    <message>
        <source>電子証明書の更新: %2 段階中 %1 段階を記録しました</source>
        <extracomment>en: Renewing the certificates: step %1 of %2 stored</extracomment>
        <translation>Renewing the certificates: step %1 of %2 stored</translation>
    </message>
</context>
<context>
    <name>jpki::gui::CaseListModel</name>
    <message>
        <source>受付番号</source>
        <extracomment>en: Reference</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>受付時刻</source>
        <extracomment>en: Time</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>手続</source>
        <extracomment>en: Procedure</extracomment>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>申請者</source>
        <extracomment>en: Applicant</extracomment>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>状況</source>
        <extracomment>en: Stage</extracomment>
        <translation>Stage</translation>
    </message>
    <message>
        <source>担当</source>
        <extracomment>en: Clerk</extracomment>
        <translation>Clerk</translation>
    </message>
</context>
<context>
    <name>jpki::gui::CaseWizard</name>
    <message>
        <source>新規受付</source>
        <extracomment>en: New case</extracomment>
        <translation>New case</translation>
    </message>
    <message>
        <source>次へ(&amp;N) &gt;</source>
        <extracomment>en: &amp;Next &gt;</extracomment>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>終了(&amp;F)</source>
        <extracomment>en: &amp;Finish</extracomment>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>受付を取消…</source>
        <extracomment>en: Cancel the case…</extracomment>
        <translation>Cancel the case…</translation>
    </message>
    <message>
        <source>申請者が退席…</source>
        <extracomment>en: Applicant left…</extracomment>
        <translation>Applicant left…</translation>
    </message>
    <message>
        <source>申請者が退席</source>
        <extracomment>en: The applicant left</extracomment>
        <translation>The applicant left</translation>
    </message>
    <message>
        <source>退席の理由(記録されます):</source>
        <extracomment>en: Why did the applicant leave? (recorded with the case)</extracomment>
        <translation>Why did the applicant leave? (recorded with the case)</translation>
    </message>
    <message>
        <source>受付を取消</source>
        <extracomment>en: Cancel the case</extracomment>
        <translation>Cancel the case</translation>
    </message>
    <message>
        <source>取消の理由(記録されます):</source>
        <extracomment>en: Why is the case cancelled? (recorded with the case)</extracomment>
        <translation>Why is the case cancelled? (recorded with the case)</translation>
    </message>
    <message>
        <source>この手順を記録して次へ進みます</source>
        <extracomment>en: Records this step and goes to the next</extracomment>
        <translation>Records this step and goes to the next</translation>
    </message>
    <message>
        <source>前の手順に戻ります</source>
        <extracomment>en: Goes back to the step before</extracomment>
        <translation>Goes back to the step before</translation>
    </message>
    <message>
        <source>この手順を記録して進みます。元に戻せません</source>
        <extracomment>en: Records this step and goes on; it cannot be undone</extracomment>
        <translation>Records this step and goes on; it cannot be undone</translation>
    </message>
    <message>
        <source>終わった案件を閉じます</source>
        <extracomment>en: Closes the finished case</extracomment>
        <translation>Closes the finished case</translation>
    </message>
    <message>
        <source>画面を閉じます。受付中の案件は取り消す理由をたずねます</source>
        <extracomment>en: Closes the wizard; for an open case it first asks why the case is cancelled</extracomment>
        <translation>Closes the wizard; for an open case it first asks why the case is cancelled</translation>
    </message>
    <message>
        <source>理由を入力して受付を取り消します</source>
        <extracomment>en: Cancels the case after asking for the reason</extracomment>
        <translation>Cancels the case after asking for the reason</translation>
    </message>
    <message>
        <source>理由を入力して申請者の退席を記録します</source>
        <extracomment>en: Records that the applicant left, after asking for the reason</extracomment>
        <translation>Records that the applicant left, after asking for the reason</translation>
    </message>
</context>
<context>
    <name>jpki::gui::CaseWorker</name>
    <message>
        <source>受付記録をまだ開いていません。</source>
        <extracomment>en: The case database is not open yet.</extracomment>
        <translation>The case database is not open yet.</translation>
    </message>
    <message>
        <source>データフォルダを作成できないため、受付記録を開けません。</source>
        <extracomment>en: The data folder cannot be created, so the case database cannot be opened.</extracomment>
        <translation>The data folder cannot be created, so the case database cannot be opened.</translation>
    </message>
    <message>
        <source>発行機関のファイルを使用できません: %1</source>
        <extracomment>en: The issuing authority's files cannot be used: %1</extracomment>
        <translation>The issuing authority's files cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>jpki::gui::DiagnosticsDialog</name>
    <message>
        <source>診断情報</source>
        <extracomment>en: Diagnostics</extracomment>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>バージョン、カードサービス、読み取り機、設定などの診断情報(読み取り専用)</source>
        <extracomment>en: The diagnostics: versions, card service, readers, settings and more (read-only)</extracomment>
        <translation>The diagnostics: versions, card service, readers, settings and more (read-only)</translation>
    </message>
    <message>
        <source>診断情報をファイルに保存します</source>
        <extracomment>en: Saves the diagnostics to a file</extracomment>
        <translation>Saves the diagnostics to a file</translation>
    </message>
    <message>
        <source>保存(&amp;S)…</source>
        <extracomment>en: &amp;Save…</extracomment>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>診断情報をクリップボードにコピーします。問い合わせの際に貼り付けてください</source>
        <extracomment>en: Copies the diagnostics to the clipboard, to paste into a support request</extracomment>
        <translation>Copies the diagnostics to the clipboard, to paste into a support request</translation>
    </message>
    <message>
        <source>コピー(&amp;C)</source>
        <extracomment>en: &amp;Copy</extracomment>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>診断情報の画面を閉じます</source>
        <extracomment>en: Closes the diagnostics</extracomment>
        <translation>Closes the diagnostics</translation>
    </message>
    <message>
        <source>収集しています…(カードサービス、カードリーダー、案件データベース)</source>
        <extracomment>en: Collecting… (the card service, the readers, the case database)</extracomment>
        <translation>Collecting… (the card service, the readers, the case database)</translation>
    </message>
    <message>
        <source>問い合わせの際にこの内容を添えてください。申請者の情報は含みません。</source>
        <extracomment>en: Attach this report to a support request. It holds no applicant's data.</extracomment>
        <translation>Attach this report to a support request. It holds no applicant's data.</translation>
    </message>
    <message>
        <source>診断情報の保存</source>
        <extracomment>en: Save the diagnostics</extracomment>
        <translation>Save the diagnostics</translation>
    </message>
    <message>
        <source>テキスト (*.txt)</source>
        <extracomment>en: Text (*.txt)</extracomment>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>%1 に保存しました。</source>
        <extracomment>en: Saved to %1.</extracomment>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>jpki::gui::DocumentsPage</name>
    <message>
        <source>持参書類の確認</source>
        <extracomment>en: Documents</extracomment>
        <translation>Documents</translation>
    </message>
    <message>
        <source>今回の来庁で提示された書類にチェックしてください。</source>
        <extracomment>en: Tick what was presented on this visit.</extracomment>
        <translation>Tick what was presented on this visit.</translation>
    </message>
    <message>
        <source>カードと書類</source>
        <extracomment>en: Card and forms</extracomment>
        <translation>Card and forms</translation>
    </message>
    <message>
        <source>本人のマイナンバーカード(&amp;C)</source>
        <extracomment>en: The holder's My Number &amp;card</extracomment>
        <translation>The holder's My Number &amp;card</translation>
    </message>
    <message>
        <source>有効期限通知書(&amp;X)</source>
        <extracomment>en: E&amp;xpiry notice</extracomment>
        <translation>E&amp;xpiry notice</translation>
    </message>
    <message>
        <source>暗証番号記載票(&amp;M)</source>
        <extracomment>en: PIN &amp;memo</extracomment>
        <translation>PIN &amp;memo</translation>
    </message>
    <message>
        <source>暗証番号を覚えている(&amp;K)</source>
        <extracomment>en: The PINs are &amp;known</extracomment>
        <translation>The PINs are &amp;known</translation>
    </message>
    <message>
        <source>申請書に窓口で署名(&amp;S)</source>
        <extracomment>en: Application form &amp;signed at the counter</extracomment>
        <translation>Application form &amp;signed at the counter</translation>
    </message>
    <message>
        <source>照会書兼回答書(&amp;F)</source>
        <extracomment>en: Inquiry-and-reply &amp;form</extracomment>
        <translation>Inquiry-and-reply &amp;form</translation>
    </message>
    <message>
        <source>代理権の確認書類</source>
        <extracomment>en: Proof of the legal representation</extracomment>
        <translation>Proof of the legal representation</translation>
    </message>
    <message>
        <source>戸籍謄本</source>
        <extracomment>en: Copy of the family register</extracomment>
        <translation>Copy of the family register</translation>
    </message>
    <message>
        <source>本籍が当市</source>
        <extracomment>en: Registered domicile in this town</extracomment>
        <translation>Registered domicile in this town</translation>
    </message>
    <message>
        <source>住民票で法定代理人を確認</source>
        <extracomment>en: The resident register shows the representative</extracomment>
        <translation>The resident register shows the representative</translation>
    </message>
    <message>
        <source>登記事項証明書 発行日</source>
        <extracomment>en: Certificate of guardianship registration issued on</extracomment>
        <translation>Certificate of guardianship registration issued on</translation>
    </message>
    <message>
        <source>代理人の本人確認書類</source>
        <extracomment>en: The proxy's identity documents</extracomment>
        <translation>The proxy's identity documents</translation>
    </message>
    <message>
        <source>本人の本人確認書類(カード以外)</source>
        <extracomment>en: The holder's identity documents (besides the card)</extracomment>
        <translation>The holder's identity documents (besides the card)</translation>
    </message>
    <message>
        <source>%1回目の来庁で必要な書類:</source>
        <extracomment>en: Visit %1: required</extracomment>
        <translation>Visit %1: required</translation>
    </message>
    <message>
        <source>照会書 %1 の2回目の来庁です。回答書が封をされたままか確認してください。</source>
        <extracomment>en: Second visit for letter %1: check that the reply arrived sealed.</extracomment>
        <translation>Second visit for letter %1: check that the reply arrived sealed.</translation>
    </message>
    <message>
        <source>今回の来庁に必要な書類はそろっています。</source>
        <extracomment>en: Everything required for this visit is there.</extracomment>
        <translation>Everything required for this visit is there.</translation>
    </message>
    <message>
        <source>不足しているもの:</source>
        <extracomment>en: Still missing:</extracomment>
        <translation>Still missing:</translation>
    </message>
    <message>
        <source>本人のマイナンバーカードが提示されたらチェックします</source>
        <extracomment>en: Check when the holder's My Number card is presented</extracomment>
        <translation>Check when the holder's My Number card is presented</translation>
    </message>
    <message>
        <source>有効期限通知書が提示されたらチェックします</source>
        <extracomment>en: Check when the expiry notice is presented</extracomment>
        <translation>Check when the expiry notice is presented</translation>
    </message>
    <message>
        <source>暗証番号記載票が提示されたらチェックします</source>
        <extracomment>en: Check when the PIN memo is presented</extracomment>
        <translation>Check when the PIN memo is presented</translation>
    </message>
    <message>
        <source>申請者が暗証番号を覚えているときにチェックします</source>
        <extracomment>en: Check when the applicant knows the PINs</extracomment>
        <translation>Check when the applicant knows the PINs</translation>
    </message>
    <message>
        <source>申請者が窓口で申請書に署名したらチェックします</source>
        <extracomment>en: Check when the applicant signed the application form at the counter</extracomment>
        <translation>Check when the applicant signed the application form at the counter</translation>
    </message>
    <message>
        <source>照会書兼回答書</source>
        <extracomment>en: Inquiry-and-reply form</extracomment>
        <translation>Inquiry-and-reply form</translation>
    </message>
    <message>
        <source>持参された照会書兼回答書の状態を選びます</source>
        <extracomment>en: Choose the state of the inquiry-and-reply form brought</extracomment>
        <translation>Choose the state of the inquiry-and-reply form brought</translation>
    </message>
    <message>
        <source>戸籍謄本が提示されたらチェックします</source>
        <extracomment>en: Check when a copy of the family register is presented</extracomment>
        <translation>Check when a copy of the family register is presented</translation>
    </message>
    <message>
        <source>本籍が当市にあるときにチェックします</source>
        <extracomment>en: Check when the registered domicile is in this town</extracomment>
        <translation>Check when the registered domicile is in this town</translation>
    </message>
    <message>
        <source>住民票で法定代理人であることを確認したらチェックします</source>
        <extracomment>en: Check when the resident register shows the representative</extracomment>
        <translation>Check when the resident register shows the representative</translation>
    </message>
    <message>
        <source>登記事項証明書が提示されたらチェックし、発行日を入力します</source>
        <extracomment>en: Check when a certificate of guardianship registration is presented, then enter the day it was issued</extracomment>
        <translation>Check when a certificate of guardianship registration is presented, then enter the day it was issued</translation>
    </message>
    <message>
        <source>登記事項証明書の発行日</source>
        <extracomment>en: Guardianship certificate issued on</extracomment>
        <translation>Guardianship certificate issued on</translation>
    </message>
    <message>
        <source>提示された登記事項証明書の発行日</source>
        <extracomment>en: The day the certificate presented was issued</extracomment>
        <translation>The day the certificate presented was issued</translation>
    </message>
    <message>
        <source>提示された代理人の本人確認書類をチェックします</source>
        <extracomment>en: Check the proxy's identity documents presented</extracomment>
        <translation>Check the proxy's identity documents presented</translation>
    </message>
    <message>
        <source>申請者の本人確認書類</source>
        <extracomment>en: The applicant's identity documents</extracomment>
        <translation>The applicant's identity documents</translation>
    </message>
    <message>
        <source>提示された申請者の本人確認書類をチェックします</source>
        <extracomment>en: Check the applicant's identity documents presented</extracomment>
        <translation>Check the applicant's identity documents presented</translation>
    </message>
</context>
<context>
    <name>jpki::gui::FirstSupervisorDialog</name>
    <message>
        <source>最初の責任者アカウント</source>
        <extracomment>en: First supervisor account</extracomment>
        <translation>First supervisor account</translation>
    </message>
    <message>
        <source>最初の責任者アカウントを作成します</source>
        <extracomment>en: Create the first supervisor account</extracomment>
        <translation>Create the first supervisor account</translation>
    </message>
    <message>
        <source>アカウントがまだ登録されていません。このアカウントで日々の確認を行い、職員のアカウントを作成します。作成するとそのままサインインします。</source>
        <extracomment>en: No account exists yet. This account signs off the days and creates the staff's accounts; it is signed in once created.</extracomment>
        <translation>No account exists yet. This account signs off the days and creates the staff's accounts; it is signed in once created.</translation>
    </message>
    <message>
        <source>ログイン名(&amp;L)</source>
        <extracomment>en: &amp;Login name</extracomment>
        <translation>&amp;Login name</translation>
    </message>
    <message>
        <source>表示名(&amp;N)</source>
        <extracomment>en: &amp;Name shown</extracomment>
        <translation>&amp;Name shown</translation>
    </message>
    <message>
        <source>パスワード(&amp;P)</source>
        <extracomment>en: &amp;Password</extracomment>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>確認のためもう一度(&amp;A)</source>
        <extracomment>en: &amp;Again, to confirm</extracomment>
        <translation>&amp;Again, to confirm</translation>
    </message>
    <message>
        <source>アカウントを作成しています…</source>
        <extracomment>en: Creating the account…</extracomment>
        <translation>Creating the account…</translation>
    </message>
    <message>
        <source>作成してサインイン</source>
        <extracomment>en: Create and sign in</extracomment>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <source>終了</source>
        <extracomment>en: Quit</extracomment>
        <translation>Quit</translation>
    </message>
    <message>
        <source>ログイン名</source>
        <extracomment>en: Login name</extracomment>
        <translation>Login name</translation>
    </message>
    <message>
        <source>責任者がサインインに使う名前</source>
        <extracomment>en: The name the supervisor signs in with</extracomment>
        <translation>The name the supervisor signs in with</translation>
    </message>
    <message>
        <source>表示名</source>
        <extracomment>en: Name shown</extracomment>
        <translation>Name shown</translation>
    </message>
    <message>
        <source>画面と記録に表示される責任者の名前</source>
        <extracomment>en: The supervisor's name as shown on screen and in the records</extracomment>
        <translation>The supervisor's name as shown on screen and in the records</translation>
    </message>
    <message>
        <source>パスワード</source>
        <extracomment>en: Password</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>新しいパスワード。入力した内容は読み上げられません</source>
        <extracomment>en: The new password. What is typed is not read aloud</extracomment>
        <translation>The new password. What is typed is not read aloud</translation>
    </message>
    <message>
        <source>パスワードの確認</source>
        <extracomment>en: Password again</extracomment>
        <translation>Password again</translation>
    </message>
    <message>
        <source>確認のため同じパスワードをもう一度入力します</source>
        <extracomment>en: The same password again, to confirm</extracomment>
        <translation>The same password again, to confirm</translation>
    </message>
    <message>
        <source>責任者のアカウントを作成し、そのままサインインします</source>
        <extracomment>en: Creates the supervisor account and signs in with it</extracomment>
        <translation>Creates the supervisor account and signs in with it</translation>
    </message>
    <message>
        <source>アカウントを作成せずにプログラムを終了します</source>
        <extracomment>en: Quits the program without creating an account</extracomment>
        <translation>Quits the program without creating an account</translation>
    </message>
</context>
<context>
    <name>jpki::gui::LetterPage</name>
    <message>
        <source>照会書兼回答書</source>
        <extracomment>en: Inquiry-and-reply letter</extracomment>
        <translation>Inquiry-and-reply letter</translation>
    </message>
    <message>
        <source>照会書は普通郵便(転送不要)で本人に送ります。代理人が封をしたまま持参します。</source>
        <extracomment>en: The letter goes to the holder by ordinary post, not to be forwarded; the proxy brings it back sealed.</extracomment>
        <translation>The letter goes to the holder by ordinary post, not to be forwarded; the proxy brings it back sealed.</translation>
    </message>
    <message>
        <source>照会書を印刷(&amp;P)…</source>
        <extracomment>en: &amp;Print the letter…</extracomment>
        <translation>&amp;Print the letter…</translation>
    </message>
    <message>
        <source>この版では印刷できません。</source>
        <extracomment>en: Printing is not available in this build: write the letter by hand.</extracomment>
        <translation>Printing is not available in this build: write the letter by hand.</translation>
    </message>
    <message>
        <source>「次へ」で照会書を発行します(照会番号が付きます)。</source>
        <extracomment>en: Next: issue the letter (a reference number is given).</extracomment>
        <translation>Next: issue the letter (a reference number is given).</translation>
    </message>
    <message>
        <source>照会書 %1 を発行しました。印刷して郵送してください。</source>
        <extracomment>en: Letter %1 issued. Print it and put it in the post.</extracomment>
        <translation>Letter %1 issued. Print it and put it in the post.</translation>
    </message>
    <message>
        <source>「次へ」で普通郵便(転送不要)による郵送を記録します。</source>
        <extracomment>en: Next: record that the letter was mailed by ordinary post, not to be forwarded.</extracomment>
        <translation>Next: record that the letter was mailed by ordinary post, not to be forwarded.</translation>
    </message>
    <message>
        <source>照会書兼回答書を印刷します</source>
        <extracomment>en: Prints the inquiry-and-reply letter</extracomment>
        <translation>Prints the inquiry-and-reply letter</translation>
    </message>
</context>
<context>
    <name>jpki::gui::LockCover</name>
    <message>
        <source>サインインしていません</source>
        <extracomment>en: Nobody is signed in</extracomment>
        <translation>Nobody is signed in</translation>
    </message>
    <message>
        <source>窓口業務を行うには、ログイン名とパスワードでサインインしてください。</source>
        <extracomment>en: Sign in with your login name and password to use the counter.</extracomment>
        <translation>Sign in with your login name and password to use the counter.</translation>
    </message>
    <message>
        <source>サインイン(&amp;S)…</source>
        <extracomment>en: &amp;Sign in…</extracomment>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>画面がロックされています</source>
        <extracomment>en: The screen is locked</extracomment>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <source>%1さんの画面です。本人または責任者がロックを解除できます。</source>
        <extracomment>en: Locked for %1. %1 or a supervisor can unlock it.</extracomment>
        <translation>Locked for %1. %1 or a supervisor can unlock it.</translation>
    </message>
    <message>
        <source>ロック解除(&amp;U)…</source>
        <extracomment>en: &amp;Unlock…</extracomment>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>サインインの画面をもう一度開きます</source>
        <extracomment>en: Opens the sign-in again</extracomment>
        <translation>Opens the sign-in again</translation>
    </message>
    <message>
        <source>ロック解除の画面をもう一度開きます</source>
        <extracomment>en: Opens the unlock again</extracomment>
        <translation>Opens the unlock again</translation>
    </message>
</context>
<context>
    <name>jpki::gui::MainWindow</name>
    <message>
        <source>マイナンバーカード電子証明書 窓口</source>
        <extracomment>en: My Number Card Certificates Counter</extracomment>
        <translation>My Number Card Certificates Counter</translation>
    </message>
    <message>
        <source>カードの状態</source>
        <extracomment>en: Card status</extracomment>
        <translation>Card status</translation>
    </message>
    <message>
        <source>ファイル(&amp;F)</source>
        <extracomment>en: &amp;File</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>ヘルプ(&amp;H)</source>
        <extracomment>en: &amp;Help</extracomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>終了(&amp;Q)</source>
        <extracomment>en: &amp;Quit</extracomment>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>このアプリについて(&amp;A)</source>
        <extracomment>en: &amp;About</extracomment>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>受付時間 %1〜%2(土日祝日・年末年始を除く)</source>
        <extracomment>en: Reception hours %1 to %2 (closed on weekends, national holidays and over the New Year)</extracomment>
        <translation>Reception hours %1 to %2 (closed on weekends, national holidays and over the New Year)</translation>
    </message>
    <message>
        <source>本日: %1 閉庁日(%2)</source>
        <extracomment>en: Today: %1, the counter is closed (%2)</extracomment>
        <translation>Today: %1, the counter is closed (%2)</translation>
    </message>
    <message>
        <source>本日: %1</source>
        <extracomment>en: Today: %1</extracomment>
        <translation>Today: %1</translation>
    </message>
    <message>
        <source>新規受付(&amp;N)(Ctrl+N)</source>
        <extracomment>en: &amp;New case (Ctrl+N)</extracomment>
        <translation>&amp;New case (Ctrl+N)</translation>
    </message>
    <message>
        <source>本日の受付</source>
        <extracomment>en: Today's cases</extracomment>
        <translation>Today's cases</translation>
    </message>
    <message>
        <source>受付を開く(&amp;O)</source>
        <extracomment>en: &amp;Open the case</extracomment>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <source>回答待ち</source>
        <extracomment>en: Waiting for the reply</extracomment>
        <translation>Waiting for the reply</translation>
    </message>
    <message>
        <source>受付番号・照会番号(&amp;R)</source>
        <extracomment>en: &amp;Reference (case or letter)</extracomment>
        <translation>&amp;Reference (case or letter)</translation>
    </message>
    <message>
        <source>検索して再開(&amp;F)</source>
        <extracomment>en: &amp;Find and resume</extracomment>
        <translation>&amp;Find and resume</translation>
    </message>
    <message>
        <source>再開(2回目の来庁)(&amp;V)</source>
        <extracomment>en: Resume (second &amp;visit)</extracomment>
        <translation>Resume (second &amp;visit)</translation>
    </message>
    <message>
        <source>新規受付(&amp;N)</source>
        <extracomment>en: &amp;New case</extracomment>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <source>受付番号で検索(&amp;R)</source>
        <extracomment>en: Find by &amp;reference</extracomment>
        <translation>Find by &amp;reference</translation>
    </message>
    <message>
        <source>一覧を更新(&amp;U)</source>
        <extracomment>en: Re&amp;fresh the lists</extracomment>
        <translation>Re&amp;fresh the lists</translation>
    </message>
    <message>
        <source>担当: %1(%2)</source>
        <extracomment>en: Signed in: %1 (%2)</extracomment>
        <translation>Signed in: %1 (%2)</translation>
    </message>
    <message>
        <source>サインインしていません。受付にはサインインが必要です。</source>
        <extracomment>en: Nobody is signed in: sign in to take cases.</extracomment>
        <translation>Nobody is signed in: sign in to take cases.</translation>
    </message>
    <message>
        <source>日計の確認と決裁(&amp;D)…</source>
        <extracomment>en: Daily &amp;review and sign-off…</extracomment>
        <translation>Daily &amp;review and sign-off…</translation>
    </message>
    <message>
        <source>画面をロック(&amp;L)</source>
        <extracomment>en: &amp;Lock the screen</extracomment>
        <translation>&amp;Lock the screen</translation>
    </message>
    <message>
        <source>サインアウト(&amp;O)</source>
        <extracomment>en: Sign &amp;out</extracomment>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>職員アカウントの管理(&amp;A)…</source>
        <extracomment>en: &amp;Staff accounts…</extracomment>
        <translation>&amp;Staff accounts…</translation>
    </message>
    <message>
        <source>新しい受付記録のデータベースを作成しました: %1</source>
        <extracomment>en: A new case database was created: %1</extracomment>
        <translation>A new case database was created: %1</translation>
    </message>
    <message>
        <source>新しい申請の受付を始めます</source>
        <extracomment>en: Starts a new case</extracomment>
        <translation>Starts a new case</translation>
    </message>
    <message>
        <source>本日受け付けた案件の一覧。選んで「受付を開く」で開きます</source>
        <extracomment>en: Today's cases; choose one and open it</extracomment>
        <translation>Today's cases; choose one and open it</translation>
    </message>
    <message>
        <source>本日の受付の一覧で選んだ案件を開きます</source>
        <extracomment>en: Opens the case chosen in today's list</extracomment>
        <translation>Opens the case chosen in today's list</translation>
    </message>
    <message>
        <source>受付番号・照会番号</source>
        <extracomment>en: Reference (case or letter)</extracomment>
        <translation>Reference (case or letter)</translation>
    </message>
    <message>
        <source>再開する案件の受付番号、または照会書の照会番号</source>
        <extracomment>en: The reference of the case, or of its letter, to resume</extracomment>
        <translation>The reference of the case, or of its letter, to resume</translation>
    </message>
    <message>
        <source>入力した番号の案件を探して再開します</source>
        <extracomment>en: Finds the case with the reference typed and resumes it</extracomment>
        <translation>Finds the case with the reference typed and resumes it</translation>
    </message>
    <message>
        <source>回答待ちの案件</source>
        <extracomment>en: Cases waiting for the reply</extracomment>
        <translation>Cases waiting for the reply</translation>
    </message>
    <message>
        <source>照会書の回答を待っている案件の一覧</source>
        <extracomment>en: The cases waiting for the reply to their letter</extracomment>
        <translation>The cases waiting for the reply to their letter</translation>
    </message>
    <message>
        <source>回答待ちの一覧で選んだ案件を2回目の来庁として再開します</source>
        <extracomment>en: Resumes the case chosen in the waiting list for the second visit</extracomment>
        <translation>Resumes the case chosen in the waiting list for the second visit</translation>
    </message>
    <message>
        <source>診断情報(&amp;D)…</source>
        <extracomment>en: &amp;Diagnostics…</extracomment>
        <translation>&amp;Diagnostics…</translation>
    </message>
</context>
<context>
    <name>jpki::gui::NewPasswordCheck</name>
    <message>
        <source>2回の入力が一致しません。</source>
        <extracomment>en: The two entries differ.</extracomment>
        <translation>The two entries differ.</translation>
    </message>
</context>
<context>
    <name>jpki::gui::OperationPage</name>
    <message>
        <source>暗証番号の入力とカードの処理</source>
        <extracomment>en: PIN entry and card operation</extracomment>
        <translation>PIN entry and card operation</translation>
    </message>
    <message>
        <source>暗証番号は申請者用の画面で申請者が入力します。職員には表示されません。</source>
        <extracomment>en: The applicant types the PINs on the applicant's screen; the clerk never sees them.</extracomment>
        <translation>The applicant types the PINs on the applicant's screen; the clerk never sees them.</translation>
    </message>
    <message>
        <source>申請者に暗証番号の入力を依頼(&amp;P)</source>
        <extracomment>en: Ask the applicant for the &amp;PINs</extracomment>
        <translation>Ask the applicant for the &amp;PINs</translation>
    </message>
    <message>
        <source>この手順の後で中止(&amp;S)</source>
        <extracomment>en: &amp;Stop after this step</extracomment>
        <translation>&amp;Stop after this step</translation>
    </message>
    <message>
        <source>更新: %1(%2)</source>
        <extracomment>en: Renew: %1 (%2)</extracomment>
        <translation>Renew: %1 (%2)</translation>
    </message>
    <message>
        <source>再設定: %1(%2)</source>
        <extracomment>en: Set anew: %1 (%2)</extracomment>
        <translation>Set anew: %1 (%2)</translation>
    </message>
    <message>
        <source>申請者が暗証番号を入力しています…</source>
        <extracomment>en: The applicant is typing the PIN…</extracomment>
        <translation>The applicant is typing the PIN…</translation>
    </message>
    <message>
        <source>暗証番号の入力が取り消されました。カードには何も送っていません。</source>
        <extracomment>en: The PIN entry was cancelled; nothing was sent to the card.</extracomment>
        <translation>The PIN entry was cancelled; nothing was sent to the card.</translation>
    </message>
    <message>
        <source>カードが置かれていません。申請者のカードを置いて、もう一度行ってください。</source>
        <extracomment>en: No card in the reader: put the applicant's card in and try again.</extracomment>
        <translation>No card in the reader: put the applicant's card in and try again.</translation>
    </message>
    <message>
        <source>職員の指示で中止しました。ここまでの処理は記録されています。</source>
        <extracomment>en: Stopped at the clerk's request; what was done so far is recorded.</extracomment>
        <translation>Stopped at the clerk's request; what was done so far is recorded.</translation>
    </message>
    <message>
        <source>申請者側の画面に暗証番号の入力画面を表示します</source>
        <extracomment>en: Shows the PIN entry to the applicant</extracomment>
        <translation>Shows the PIN entry to the applicant</translation>
    </message>
    <message>
        <source>実行中のカード操作を、いまの手順が終わったところで止めます</source>
        <extracomment>en: Stops the card operation once the current step is done</extracomment>
        <translation>Stops the card operation once the current step is done</translation>
    </message>
</context>
<context>
    <name>jpki::gui::PinDialog</name>
    <message>
        <source>暗証番号の入力(申請者用)</source>
        <extracomment>en: PIN entry (for the applicant)</extracomment>
        <translation>PIN entry (for the applicant)</translation>
    </message>
    <message>
        <source>暗証番号(&amp;P)</source>
        <extracomment>en: &amp;PIN</extracomment>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>確認のためもう一度(&amp;A)</source>
        <extracomment>en: &amp;Again, to confirm</extracomment>
        <translation>&amp;Again, to confirm</translation>
    </message>
    <message>
        <source>新しい%1を入力してください</source>
        <extracomment>en: Type the new %1</extracomment>
        <translation>Type the new %1</translation>
    </message>
    <message>
        <source>%1を入力してください</source>
        <extracomment>en: Type your %1</extracomment>
        <translation>Type your %1</translation>
    </message>
    <message>
        <source>あと %1 回まちがえるとロックされます。</source>
        <extracomment>en: Tries left before the card locks this PIN: %1</extracomment>
        <translation>Tries left before the card locks this PIN: %1</translation>
    </message>
    <message>
        <source>2回の入力が一致しません。</source>
        <extracomment>en: The two entries differ.</extracomment>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>暗証番号</source>
        <extracomment>en: PIN</extracomment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>暗証番号を入力します。入力した内容は読み上げられません</source>
        <extracomment>en: Type the PIN. What is typed is not read aloud</extracomment>
        <translation>Type the PIN. What is typed is not read aloud</translation>
    </message>
    <message>
        <source>暗証番号の確認</source>
        <extracomment>en: PIN again</extracomment>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>確認のため同じ暗証番号をもう一度入力します</source>
        <extracomment>en: The same PIN again, to confirm</extracomment>
        <translation>The same PIN again, to confirm</translation>
    </message>
    <message>
        <source>入力した暗証番号を窓口に渡します</source>
        <extracomment>en: Hands the PIN typed to the counter</extracomment>
        <translation>Hands the PIN typed to the counter</translation>
    </message>
    <message>
        <source>暗証番号を渡さずに閉じます</source>
        <extracomment>en: Closes without handing over a PIN</extracomment>
        <translation>Closes without handing over a PIN</translation>
    </message>
</context>
<context>
    <name>jpki::gui::Printing</name>
    <message>
        <source>この受付には照会書がありません。</source>
        <extracomment>en: The case has no inquiry letter.</extracomment>
        <translation>The case has no inquiry letter.</translation>
    </message>
    <message>
        <source>控えは完了した受付についてのみ印刷できます。</source>
        <extracomment>en: A receipt is printed for a completed case only.</extracomment>
        <translation>A receipt is printed for a completed case only.</translation>
    </message>
    <message>
        <source>この受付には申請者が記録されていません。</source>
        <extracomment>en: The case has no applicant recorded.</extracomment>
        <translation>The case has no applicant recorded.</translation>
    </message>
    <message>
        <source>プリンターの準備ができていません。</source>
        <extracomment>en: The printer is not ready.</extracomment>
        <translation>The printer is not ready.</translation>
    </message>
    <message>
        <source>印刷できません</source>
        <extracomment>en: Cannot print</extracomment>
        <translation>Cannot print</translation>
    </message>
</context>
<context>
    <name>jpki::gui::ProcedurePage</name>
    <message>
        <source>手続と申請者</source>
        <extracomment>en: Procedure and applicant</extracomment>
        <translation>Procedure and applicant</translation>
    </message>
    <message>
        <source>申請の内容と、窓口に来た人を選んでください。</source>
        <extracomment>en: Choose what the applicant came for and who is at the counter.</extracomment>
        <translation>Choose what the applicant came for and who is at the counter.</translation>
    </message>
    <message>
        <source>手続</source>
        <extracomment>en: Procedure</extracomment>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>電子証明書の更新(&amp;R)</source>
        <extracomment>en: &amp;Renewal of the certificates</extracomment>
        <translation>&amp;Renewal of the certificates</translation>
    </message>
    <message>
        <source>暗証番号の再設定(&amp;P)</source>
        <extracomment>en: &amp;PIN reset (forgotten PIN)</extracomment>
        <translation>&amp;PIN reset (forgotten PIN)</translation>
    </message>
    <message>
        <source>ロック解除(&amp;L)</source>
        <extracomment>en: &amp;Lock release (blocked PIN)</extracomment>
        <translation>&amp;Lock release (blocked PIN)</translation>
    </message>
    <message>
        <source>来庁者</source>
        <extracomment>en: Who is at the counter</extracomment>
        <translation>Who is at the counter</translation>
    </message>
    <message>
        <source>本人(&amp;S)</source>
        <extracomment>en: The holder in &amp;person</extracomment>
        <translation>The holder in &amp;person</translation>
    </message>
    <message>
        <source>法定代理人(&amp;G)</source>
        <extracomment>en: Le&amp;gal representative</extracomment>
        <translation>Le&amp;gal representative</translation>
    </message>
    <message>
        <source>任意代理人(&amp;V)</source>
        <extracomment>en: &amp;Voluntary proxy</extracomment>
        <translation>&amp;Voluntary proxy</translation>
    </message>
    <message>
        <source>カードの状態からは特に推奨される手続はありません。申請者に確認してください。</source>
        <extracomment>en: The card in the reader suggests nothing in particular: ask the applicant.</extracomment>
        <translation>The card in the reader suggests nothing in particular: ask the applicant.</translation>
    </message>
    <message>
        <source>カードの状態からの推奨: %1(%2)</source>
        <extracomment>en: Suggested from the card: %1 (%2)</extracomment>
        <translation>Suggested from the card: %1 (%2)</translation>
    </message>
    <message>
        <source>%1回目の来庁:</source>
        <extracomment>en: Visit %1:</extracomment>
        <translation>Visit %1:</translation>
    </message>
    <message>
        <source>必要な書類:</source>
        <extracomment>en: What the applicant must bring:</extracomment>
        <translation>What the applicant must bring:</translation>
    </message>
    <message>
        <source>有効期限が近い、または切れた電子証明書を新しく発行します</source>
        <extracomment>en: Issues new certificates in place of expiring or expired ones</extracomment>
        <translation>Issues new certificates in place of expiring or expired ones</translation>
    </message>
    <message>
        <source>忘れた暗証番号を新しい暗証番号に設定し直します</source>
        <extracomment>en: Sets a new PIN in place of a forgotten one</extracomment>
        <translation>Sets a new PIN in place of a forgotten one</translation>
    </message>
    <message>
        <source>誤入力でロックされた暗証番号のロックを解除します</source>
        <extracomment>en: Releases a PIN blocked by wrong tries</extracomment>
        <translation>Releases a PIN blocked by wrong tries</translation>
    </message>
    <message>
        <source>カードの名義人本人が来庁しています</source>
        <extracomment>en: The card holder came in person</extracomment>
        <translation>The card holder came in person</translation>
    </message>
    <message>
        <source>法定代理人(親権者・成年後見人)が来庁しています</source>
        <extracomment>en: A legal representative (parent or guardian) came</extracomment>
        <translation>A legal representative (parent or guardian) came</translation>
    </message>
    <message>
        <source>任意代理人が来庁しています(照会書で本人に確認します)</source>
        <extracomment>en: A voluntary proxy came (the holder is asked by letter)</extracomment>
        <translation>A voluntary proxy came (the holder is asked by letter)</translation>
    </message>
</context>
<context>
    <name>jpki::gui::ProxyPage</name>
    <message>
        <source>代理人</source>
        <extracomment>en: The proxy</extracomment>
        <translation>The proxy</translation>
    </message>
    <message>
        <source>代理人の本人確認書類と照合してください。</source>
        <extracomment>en: Check the proxy against the identity documents.</extracomment>
        <translation>Check the proxy against the identity documents.</translation>
    </message>
    <message>
        <source>代理人の種別</source>
        <extracomment>en: Kind of proxy</extracomment>
        <translation>Kind of proxy</translation>
    </message>
    <message>
        <source>代理人の氏名(&amp;N)</source>
        <extracomment>en: Proxy's &amp;name</extracomment>
        <translation>Proxy's &amp;name</translation>
    </message>
    <message>
        <source>代理権の根拠(&amp;G)</source>
        <extracomment>en: &amp;Ground of the representation</extracomment>
        <translation>&amp;Ground of the representation</translation>
    </message>
    <message>
        <source>代理人の氏名</source>
        <extracomment>en: Proxy's name</extracomment>
        <translation>Proxy's name</translation>
    </message>
    <message>
        <source>来庁した代理人の氏名</source>
        <extracomment>en: The name of the proxy who came</extracomment>
        <translation>The name of the proxy who came</translation>
    </message>
    <message>
        <source>代理権の根拠</source>
        <extracomment>en: Ground of the representation</extracomment>
        <translation>Ground of the representation</translation>
    </message>
    <message>
        <source>代理人が本人を代理できる根拠を選びます</source>
        <extracomment>en: Choose on what ground the proxy represents the holder</extracomment>
        <translation>Choose on what ground the proxy represents the holder</translation>
    </message>
</context>
<context>
    <name>jpki::gui::ResultPage</name>
    <message>
        <source>結果</source>
        <extracomment>en: Result</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>控えを印刷(&amp;R)…</source>
        <extracomment>en: Print the &amp;receipt…</extracomment>
        <translation>Print the &amp;receipt…</translation>
    </message>
    <message>
        <source>照会書を印刷(&amp;P)…</source>
        <extracomment>en: &amp;Print the letter…</extracomment>
        <translation>&amp;Print the letter…</translation>
    </message>
    <message>
        <source>受付番号 %1</source>
        <extracomment>en: Case %1</extracomment>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>申請者に渡す受付の控えを印刷します</source>
        <extracomment>en: Prints the receipt for the applicant</extracomment>
        <translation>Prints the receipt for the applicant</translation>
    </message>
    <message>
        <source>照会書兼回答書を印刷します</source>
        <extracomment>en: Prints the inquiry-and-reply letter</extracomment>
        <translation>Prints the inquiry-and-reply letter</translation>
    </message>
</context>
<context>
    <name>jpki::gui::ReviewCaseDetail</name>
    <message>
        <source>代理人</source>
        <extracomment>en: proxy</extracomment>
        <translation>proxy</translation>
    </message>
    <message>
        <source>本人</source>
        <extracomment>en: applicant</extracomment>
        <translation>applicant</translation>
    </message>
    <message>
        <source>%1(%2)</source>
        <extracomment>en: %1 (%2)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1・不受理</source>
        <extracomment>en: %1, not accepted</extracomment>
        <translation>%1, not accepted</translation>
    </message>
    <message>
        <source>確認した書類: 記録なし</source>
        <extracomment>en: Documents seen: none recorded</extracomment>
        <translation>Documents seen: none recorded</translation>
    </message>
    <message>
        <source>確認した書類: %1</source>
        <extracomment>en: Documents seen: %1</extracomment>
        <translation>Documents seen: %1</translation>
    </message>
    <message>
        <source>%1 %2まで</source>
        <extracomment>en: %1 until %2</extracomment>
        <translation>%1 until %2</translation>
    </message>
    <message>
        <source>%1 残り%2回/%3回</source>
        <extracomment>en: %1: %2 of %3 tries left</extracomment>
        <translation>%1: %2 of %3 tries left</translation>
    </message>
    <message>
        <source>確認時のカード(%1): %2</source>
        <extracomment>en: Card at the check (%1): %2</extracomment>
        <translation>Card at the check (%1): %2</translation>
    </message>
    <message>
        <source>新しい%1 %2まで</source>
        <extracomment>en: new %1 until %2</extracomment>
        <translation>new %1 until %2</translation>
    </message>
    <message>
        <source>%1を再設定、残り%2回</source>
        <extracomment>en: %1 set anew, %2 tries</extracomment>
        <translation>%1 set anew, %2 tries</translation>
    </message>
    <message>
        <source>処理後のカード: 変更なし</source>
        <extracomment>en: Card after the case: unchanged</extracomment>
        <translation>Card after the case: unchanged</translation>
    </message>
    <message>
        <source>処理後のカード: %1</source>
        <extracomment>en: Card after the case: %1</extracomment>
        <translation>Card after the case: %1</translation>
    </message>
</context>
<context>
    <name>jpki::gui::ReviewCaseModel</name>
    <message>
        <source>%1分</source>
        <extracomment>en: %1 min</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>受付番号</source>
        <extracomment>en: Reference</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>手続</source>
        <extracomment>en: Procedure</extracomment>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>申請者</source>
        <extracomment>en: Applicant</extracomment>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>担当</source>
        <extracomment>en: Clerk</extracomment>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>受付</source>
        <extracomment>en: Opened</extracomment>
        <translation>Opened</translation>
    </message>
    <message>
        <source>終了</source>
        <extracomment>en: Closed</extracomment>
        <translation>Closed</translation>
    </message>
    <message>
        <source>所要時間</source>
        <extracomment>en: Duration</extracomment>
        <translation>Duration</translation>
    </message>
    <message>
        <source>結果</source>
        <extracomment>en: Result</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>確認事項</source>
        <extracomment>en: Flags</extracomment>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>jpki::gui::ReviewWindow</name>
    <message>
        <source>日次確認</source>
        <extracomment>en: Day review</extracomment>
        <translation>Day review</translation>
    </message>
    <message>
        <source>日付</source>
        <extracomment>en: Day</extracomment>
        <translation>Day</translation>
    </message>
    <message>
        <source>窓口</source>
        <extracomment>en: Counter</extracomment>
        <translation>Counter</translation>
    </message>
    <message>
        <source>担当</source>
        <extracomment>en: Clerk</extracomment>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>表示</source>
        <extracomment>en: Show</extracomment>
        <translation>Show</translation>
    </message>
    <message>
        <source>絞り込み（受付番号・担当・手続など）</source>
        <extracomment>en: Filter (reference, clerk, procedure …)</extracomment>
        <translation>Filter (reference, clerk, procedure …)</translation>
    </message>
    <message>
        <source>案件</source>
        <extracomment>en: Cases</extracomment>
        <translation>Cases</translation>
    </message>
    <message>
        <source>確認事項</source>
        <extracomment>en: Flags</extracomment>
        <translation>Flags</translation>
    </message>
    <message>
        <source>集計</source>
        <extracomment>en: Figures</extracomment>
        <translation>Figures</translation>
    </message>
    <message>
        <source>日次決裁…</source>
        <extracomment>en: Sign the day off…</extracomment>
        <translation>Sign the day off…</translation>
    </message>
    <message>
        <source>日計表(PDF)…</source>
        <extracomment>en: Daily report (PDF)…</extracomment>
        <translation>Daily report (PDF)…</translation>
    </message>
    <message>
        <source>CSV出力…</source>
        <extracomment>en: Export CSV…</extracomment>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>閉じる</source>
        <extracomment>en: Close</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>完了</source>
        <extracomment>en: Completed</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>受付不可</source>
        <extracomment>en: Refused</extracomment>
        <translation>Refused</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>en: Cancelled</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>途中退席</source>
        <extracomment>en: Applicant left</extracomment>
        <translation>Applicant left</translation>
    </message>
    <message>
        <source>未完了</source>
        <extracomment>en: Open</extracomment>
        <translation>Open</translation>
    </message>
    <message>
        <source>手続</source>
        <extracomment>en: Procedure</extracomment>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>申請者</source>
        <extracomment>en: Applicant</extracomment>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>結果</source>
        <extracomment>en: Result</extracomment>
        <translation>Result</translation>
    </message>
    <message>
        <source>件数</source>
        <extracomment>en: Cases</extracomment>
        <translation>Cases</translation>
    </message>
    <message>
        <source>合計</source>
        <extracomment>en: All cases</extracomment>
        <translation>All cases</translation>
    </message>
    <message>
        <source>うち完了</source>
        <extracomment>en: Completed</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>平均処理時間</source>
        <extracomment>en: Average handling</extracomment>
        <translation>Average handling</translation>
    </message>
    <message>
        <source>%1分</source>
        <extracomment>en: %1 min</extracomment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>手続別の件数</source>
        <extracomment>en: Cases by procedure</extracomment>
        <translation>Cases by procedure</translation>
    </message>
    <message>
        <source>時間帯別の件数</source>
        <extracomment>en: Cases by hour</extracomment>
        <translation>Cases by hour</translation>
    </message>
    <message>
        <source>案件データベースが開いていません: %1</source>
        <extracomment>en: The case database is not open: %1</extracomment>
        <translation>The case database is not open: %1</translation>
    </message>
    <message>
        <source>番号</source>
        <extracomment>en: No.</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>時刻</source>
        <extracomment>en: Time</extracomment>
        <translation>Time</translation>
    </message>
    <message>
        <source>職員</source>
        <extracomment>en: Staff</extracomment>
        <translation>Staff</translation>
    </message>
    <message>
        <source>記録</source>
        <extracomment>en: Event</extracomment>
        <translation>Event</translation>
    </message>
    <message>
        <source>受付番号</source>
        <extracomment>en: Reference</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>種類</source>
        <extracomment>en: Kind</extracomment>
        <translation>Kind</translation>
    </message>
    <message>
        <source>内容</source>
        <extracomment>en: Details</extracomment>
        <translation>Details</translation>
    </message>
    <message>
        <source>全窓口</source>
        <extracomment>en: All counters</extracomment>
        <translation>All counters</translation>
    </message>
    <message>
        <source>窓口 %1</source>
        <extracomment>en: Counter %1</extracomment>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>全員</source>
        <extracomment>en: All clerks</extracomment>
        <translation>All clerks</translation>
    </message>
    <message>
        <source>確認事項（%1）</source>
        <extracomment>en: Flags (%1)</extracomment>
        <translation>Flags (%1)</translation>
    </message>
    <message>
        <source>窓口 %1: 決裁済み（%2）</source>
        <extracomment>en: Counter %1: signed off at %2</extracomment>
        <translation>Counter %1: signed off at %2</translation>
    </message>
    <message>
        <source>未決裁</source>
        <extracomment>en: Not signed off yet.</extracomment>
        <translation>Not signed off yet.</translation>
    </message>
    <message>
        <source>日計の書き出し</source>
        <extracomment>en: Export the day</extracomment>
        <translation>Export the day</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <extracomment>en: PDF (*.pdf)</extracomment>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <extracomment>en: CSV (*.csv)</extracomment>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 に書き出しました。</source>
        <extracomment>en: Written to %1.</extracomment>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>%1（責任者）</source>
        <extracomment>en: Signed in as %1 (supervisor)</extracomment>
        <translation>Signed in as %1 (supervisor)</translation>
    </message>
    <message>
        <source>氏名入り(PDF)…</source>
        <extracomment>en: With names (PDF)…</extracomment>
        <translation>With names (PDF)…</translation>
    </message>
    <message>
        <source>申請者の氏名を載せた日計表(責任者の控え)です。作成したことは監査記録に残ります。</source>
        <extracomment>en: The daily report with each applicant's name, for the supervisor's file. The request is recorded in the audit log.</extracomment>
        <translation>The daily report with each applicant's name, for the supervisor's file. The request is recorded in the audit log.</translation>
    </message>
    <message>
        <source>申請者の氏名入りは日計表(PDF)だけです。</source>
        <extracomment>en: Only the printed daily report (PDF) lists the applicants' names.</extracomment>
        <translation>Only the printed daily report (PDF) lists the applicants' names.</translation>
    </message>
    <message>
        <source>氏名入りの日計表</source>
        <extracomment>en: Daily report with names</extracomment>
        <translation>Daily report with names</translation>
    </message>
    <message>
        <source>この日計表には申請者の氏名が載ります。責任者の控えとして保管し、配布しないでください。作成したことはあなたの名前で監査記録に残ります。</source>
        <extracomment>en: This report lists each applicant's name. Keep it as the supervisor's file and do not hand it out. Creating it is recorded in the audit log under your name.</extracomment>
        <translation>This report lists each applicant's name. Keep it as the supervisor's file and do not hand it out. Creating it is recorded in the audit log under your name.</translation>
    </message>
    <message>
        <source>表示する日</source>
        <extracomment>en: The day to show</extracomment>
        <translation>The day to show</translation>
    </message>
    <message>
        <source>表示する窓口(すべての窓口も選べます)</source>
        <extracomment>en: The counter to show (or every counter)</extracomment>
        <translation>The counter to show (or every counter)</translation>
    </message>
    <message>
        <source>表示する担当者(すべての担当者も選べます)</source>
        <extracomment>en: The clerk whose cases to show (or everyone)</extracomment>
        <translation>The clerk whose cases to show (or everyone)</translation>
    </message>
    <message>
        <source>選んだ日・窓口・担当の案件を表示します</source>
        <extracomment>en: Shows the cases of the day, counter and clerk chosen</extracomment>
        <translation>Shows the cases of the day, counter and clerk chosen</translation>
    </message>
    <message>
        <source>絞り込み</source>
        <extracomment>en: Filter</extracomment>
        <translation>Filter</translation>
    </message>
    <message>
        <source>受付番号・担当・手続などに一致する案件だけを表示します</source>
        <extracomment>en: Shows only the cases matching a reference, clerk, procedure …</extracomment>
        <translation>Shows only the cases matching a reference, clerk, procedure …</translation>
    </message>
    <message>
        <source>その日の案件</source>
        <extracomment>en: The day's cases</extracomment>
        <translation>The day's cases</translation>
    </message>
    <message>
        <source>選んだ案件の記録が下に表示されます</source>
        <extracomment>en: The chosen case's events are shown below</extracomment>
        <translation>The chosen case's events are shown below</translation>
    </message>
    <message>
        <source>案件の記録</source>
        <extracomment>en: The case's events</extracomment>
        <translation>The case's events</translation>
    </message>
    <message>
        <source>選んだ案件の記録(古い順)</source>
        <extracomment>en: The chosen case's events, oldest first</extracomment>
        <translation>The chosen case's events, oldest first</translation>
    </message>
    <message>
        <source>その日の案件で確認が必要な事項</source>
        <extracomment>en: What needs checking in the day's cases</extracomment>
        <translation>What needs checking in the day's cases</translation>
    </message>
    <message>
        <source>手続と結果ごとの件数</source>
        <extracomment>en: The counts by procedure and result</extracomment>
        <translation>The counts by procedure and result</translation>
    </message>
    <message>
        <source>その日の案件記録を決裁します。決裁後は変更できません</source>
        <extracomment>en: Signs the day off; a signed day can no longer be changed</extracomment>
        <translation>Signs the day off; a signed day can no longer be changed</translation>
    </message>
    <message>
        <source>その日の日計表をPDFで保存します</source>
        <extracomment>en: Saves the day's report as a PDF</extracomment>
        <translation>Saves the day's report as a PDF</translation>
    </message>
    <message>
        <source>その日の案件をCSVで保存します</source>
        <extracomment>en: Saves the day's cases as CSV</extracomment>
        <translation>Saves the day's cases as CSV</translation>
    </message>
    <message>
        <source>この画面を閉じます</source>
        <extracomment>en: Closes this window</extracomment>
        <translation>Closes this window</translation>
    </message>
</context>
<context>
    <name>jpki::gui::SessionController</name>
    <message>
        <source>この画面のロックを解除できるのは、%1さん本人または責任者だけです。</source>
        <extracomment>en: Only %1 or a supervisor can unlock this screen.</extracomment>
        <translation>Only %1 or a supervisor can unlock this screen.</translation>
    </message>
    <message>
        <source>サインアウトを記録できませんでした: %1</source>
        <extracomment>en: The sign-out could not be recorded: %1</extracomment>
        <translation>The sign-out could not be recorded: %1</translation>
    </message>
</context>
<context>
    <name>jpki::gui::SignInDialog</name>
    <message>
        <source>サインイン</source>
        <extracomment>en: Sign in</extracomment>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>ログイン名(&amp;L)</source>
        <extracomment>en: &amp;Login name</extracomment>
        <translation>&amp;Login name</translation>
    </message>
    <message>
        <source>パスワード(&amp;P)</source>
        <extracomment>en: &amp;Password</extracomment>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>確認しています…</source>
        <extracomment>en: Checking…</extracomment>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>画面がロックされています</source>
        <extracomment>en: The screen is locked</extracomment>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <source>続けるには、%1さん本人または責任者がパスワードを入力してください。</source>
        <extracomment>en: To go on, %1 or a supervisor signs in with their password.</extracomment>
        <translation>To go on, %1 or a supervisor signs in with their password.</translation>
    </message>
    <message>
        <source>ロック解除</source>
        <extracomment>en: Unlock</extracomment>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <extracomment>en: Cancel</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>窓口業務にサインイン</source>
        <extracomment>en: Sign in to the counter</extracomment>
        <translation>Sign in to the counter</translation>
    </message>
    <message>
        <source>ログイン名(職員ID)とパスワードを入力してください。</source>
        <extracomment>en: Enter your login name (staff ID) and password.</extracomment>
        <translation>Enter your login name (staff ID) and password.</translation>
    </message>
    <message>
        <source>終了</source>
        <extracomment>en: Quit</extracomment>
        <translation>Quit</translation>
    </message>
    <message>
        <source>ログイン名</source>
        <extracomment>en: Login name</extracomment>
        <translation>Login name</translation>
    </message>
    <message>
        <source>職員のログイン名</source>
        <extracomment>en: The staff member's login name</extracomment>
        <translation>The staff member's login name</translation>
    </message>
    <message>
        <source>パスワード</source>
        <extracomment>en: Password</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>パスワードを入力します。入力した内容は読み上げられません</source>
        <extracomment>en: Type the password. What is typed is not read aloud</extracomment>
        <translation>Type the password. What is typed is not read aloud</translation>
    </message>
    <message>
        <source>パスワードを確認して画面のロックを解除します</source>
        <extracomment>en: Checks the password and unlocks the screen</extracomment>
        <translation>Checks the password and unlocks the screen</translation>
    </message>
    <message>
        <source>この画面を閉じます。ロックは解除されません</source>
        <extracomment>en: Closes this dialog; the screen stays locked</extracomment>
        <translation>Closes this dialog; the screen stays locked</translation>
    </message>
    <message>
        <source>ログイン名とパスワードを確認してサインインします</source>
        <extracomment>en: Checks the login name and password and signs in</extracomment>
        <translation>Checks the login name and password and signs in</translation>
    </message>
    <message>
        <source>サインインせずにプログラムを終了します</source>
        <extracomment>en: Quits the program without signing in</extracomment>
        <translation>Quits the program without signing in</translation>
    </message>
</context>
<context>
    <name>jpki::gui::SignOffDialog</name>
    <message>
        <source>日次決裁</source>
        <extracomment>en: Sign the day off</extracomment>
        <translation>Sign the day off</translation>
    </message>
    <message>
        <source>%1 窓口 %2 の案件記録を決裁します。決裁後はこの日の記録を変更できません。</source>
        <extracomment>en: Sign off %1 at counter %2. A signed day can no longer be changed.</extracomment>
        <translation>Sign off %1 at counter %2. A signed day can no longer be changed.</translation>
    </message>
    <message>
        <source>備考（任意）</source>
        <extracomment>en: Note (optional)</extracomment>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <source>受付番号</source>
        <extracomment>en: Reference</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>状況</source>
        <extracomment>en: Stage</extracomment>
        <translation>Stage</translation>
    </message>
    <message>
        <source>確認メモ（必須）</source>
        <extracomment>en: Acknowledgement note (required)</extracomment>
        <translation>Acknowledgement note (required)</translation>
    </message>
    <message>
        <source>次の案件が完了していません。それぞれについて、決裁してよい理由を記入してください。</source>
        <extracomment>en: These cases are still open. Write for each why the day can be signed anyway.</extracomment>
        <translation>These cases are still open. Write for each why the day can be signed anyway.</translation>
    </message>
    <message>
        <source>決裁する</source>
        <extracomment>en: Sign off</extracomment>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>日次決裁とともに記録される備考</source>
        <extracomment>en: A note kept with the day's sign-off</extracomment>
        <translation>A note kept with the day's sign-off</translation>
    </message>
    <message>
        <source>完了していない案件</source>
        <extracomment>en: Open cases</extracomment>
        <translation>Open cases</translation>
    </message>
    <message>
        <source>完了していない案件ごとに、決裁してよい理由を最後の列に記入します</source>
        <extracomment>en: For each open case, write in the last column why the day can be signed anyway</extracomment>
        <translation>For each open case, write in the last column why the day can be signed anyway</translation>
    </message>
    <message>
        <source>この日を決裁します。決裁後は変更できません</source>
        <extracomment>en: Signs the day off; it can no longer be changed</extracomment>
        <translation>Signs the day off; it can no longer be changed</translation>
    </message>
    <message>
        <source>決裁せずに閉じます</source>
        <extracomment>en: Closes without signing the day off</extracomment>
        <translation>Closes without signing the day off</translation>
    </message>
</context>
<context>
    <name>jpki::gui::StaffDialog</name>
    <message>
        <source>職員アカウント</source>
        <extracomment>en: Staff accounts</extracomment>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>アカウントを追加(&amp;A)…</source>
        <extracomment>en: &amp;Add an account…</extracomment>
        <translation>&amp;Add an account…</translation>
    </message>
    <message>
        <source>パスワードを再設定(&amp;R)…</source>
        <extracomment>en: &amp;Reset the password…</extracomment>
        <translation>&amp;Reset the password…</translation>
    </message>
    <message>
        <source>ロックを解除(&amp;U)</source>
        <extracomment>en: &amp;Unlock</extracomment>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>無効にする(&amp;D)</source>
        <extracomment>en: &amp;Deactivate</extracomment>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>処理しています…</source>
        <extracomment>en: Working…</extracomment>
        <translation>Working…</translation>
    </message>
    <message>
        <source>サインイン中: %1 (%2)</source>
        <extracomment>en: Signed in as %1 (%2)</extracomment>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>閉じる</source>
        <extracomment>en: Close</extracomment>
        <translation>Close</translation>
    </message>
    <message>
        <source>再び有効にする(&amp;V)</source>
        <extracomment>en: &amp;Reactivate</extracomment>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>アカウント「%1」を作成しました。</source>
        <extracomment>en: The account %1 was created.</extracomment>
        <translation>The account %1 was created.</translation>
    </message>
    <message>
        <source>「%1」のパスワードを再設定しました。</source>
        <extracomment>en: A new password was set for %1.</extracomment>
        <translation>A new password was set for %1.</translation>
    </message>
    <message>
        <source>「%1」のロックを解除しました。</source>
        <extracomment>en: %1 was unlocked.</extracomment>
        <translation>%1 was unlocked.</translation>
    </message>
    <message>
        <source>「%1」を再び有効にしました。</source>
        <extracomment>en: %1 was reactivated.</extracomment>
        <translation>%1 was reactivated.</translation>
    </message>
    <message>
        <source>「%1」を無効にしました。</source>
        <extracomment>en: %1 was deactivated.</extracomment>
        <translation>%1 was deactivated.</translation>
    </message>
    <message>
        <source>職員のアカウント</source>
        <extracomment>en: Staff accounts</extracomment>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>職員のアカウントの一覧。選んでから下のボタンで操作します</source>
        <extracomment>en: The staff accounts; choose one, then a button below</extracomment>
        <translation>The staff accounts; choose one, then a button below</translation>
    </message>
    <message>
        <source>職員のアカウントを新しく作成します</source>
        <extracomment>en: Creates a new staff account</extracomment>
        <translation>Creates a new staff account</translation>
    </message>
    <message>
        <source>選んだアカウントに新しいパスワードを設定します</source>
        <extracomment>en: Sets a new password for the chosen account</extracomment>
        <translation>Sets a new password for the chosen account</translation>
    </message>
    <message>
        <source>パスワードの誤入力でロックされた、選んだアカウントのロックを解除します</source>
        <extracomment>en: Unlocks the chosen account, locked by wrong passwords</extracomment>
        <translation>Unlocks the chosen account, locked by wrong passwords</translation>
    </message>
    <message>
        <source>選んだアカウントを無効にする、または有効に戻します</source>
        <extracomment>en: Deactivates the chosen account, or activates it again</extracomment>
        <translation>Deactivates the chosen account, or activates it again</translation>
    </message>
    <message>
        <source>職員アカウントの画面を閉じます</source>
        <extracomment>en: Closes the staff accounts</extracomment>
        <translation>Closes the staff accounts</translation>
    </message>
</context>
<context>
    <name>jpki::gui::StaffEntryDialog</name>
    <message>
        <source>職員アカウント</source>
        <extracomment>en: Staff account</extracomment>
        <translation>Staff account</translation>
    </message>
    <message>
        <source>ログイン名(&amp;L)</source>
        <extracomment>en: &amp;Login name</extracomment>
        <translation>&amp;Login name</translation>
    </message>
    <message>
        <source>表示名(&amp;N)</source>
        <extracomment>en: &amp;Name shown</extracomment>
        <translation>&amp;Name shown</translation>
    </message>
    <message>
        <source>役割(&amp;R)</source>
        <extracomment>en: &amp;Role</extracomment>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>パスワード(&amp;P)</source>
        <extracomment>en: &amp;Password</extracomment>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>確認のためもう一度(&amp;A)</source>
        <extracomment>en: &amp;Again, to confirm</extracomment>
        <translation>&amp;Again, to confirm</translation>
    </message>
    <message>
        <source>保存しています…</source>
        <extracomment>en: Saving…</extracomment>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>職員アカウントの追加</source>
        <extracomment>en: New staff account</extracomment>
        <translation>New staff account</translation>
    </message>
    <message>
        <source>職員アカウントを追加します</source>
        <extracomment>en: Add a staff account</extracomment>
        <translation>Add a staff account</translation>
    </message>
    <message>
        <source>作成</source>
        <extracomment>en: Create the account</extracomment>
        <translation>Create the account</translation>
    </message>
    <message>
        <source>パスワードの再設定</source>
        <extracomment>en: Reset a password</extracomment>
        <translation>Reset a password</translation>
    </message>
    <message>
        <source>このアカウントに新しいパスワードを設定します。本人に直接伝えてください。</source>
        <extracomment>en: Set a new password for this account. Tell it to the staff member in person.</extracomment>
        <translation>Set a new password for this account. Tell it to the staff member in person.</translation>
    </message>
    <message>
        <source>設定</source>
        <extracomment>en: Set the password</extracomment>
        <translation>Set the password</translation>
    </message>
    <message>
        <source>キャンセル</source>
        <extracomment>en: Cancel</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>ログイン名</source>
        <extracomment>en: Login name</extracomment>
        <translation>Login name</translation>
    </message>
    <message>
        <source>職員がサインインに使う名前</source>
        <extracomment>en: The name the staff member signs in with</extracomment>
        <translation>The name the staff member signs in with</translation>
    </message>
    <message>
        <source>表示名</source>
        <extracomment>en: Name shown</extracomment>
        <translation>Name shown</translation>
    </message>
    <message>
        <source>画面と記録に表示される職員の名前</source>
        <extracomment>en: The staff member's name as shown on screen and in the records</extracomment>
        <translation>The staff member's name as shown on screen and in the records</translation>
    </message>
    <message>
        <source>役割</source>
        <extracomment>en: Role</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>一般の職員か責任者かを選びます</source>
        <extracomment>en: Choose clerk or supervisor</extracomment>
        <translation>Choose clerk or supervisor</translation>
    </message>
    <message>
        <source>パスワード</source>
        <extracomment>en: Password</extracomment>
        <translation>Password</translation>
    </message>
    <message>
        <source>新しいパスワード。入力した内容は読み上げられません</source>
        <extracomment>en: The new password. What is typed is not read aloud</extracomment>
        <translation>The new password. What is typed is not read aloud</translation>
    </message>
    <message>
        <source>パスワードの確認</source>
        <extracomment>en: Password again</extracomment>
        <translation>Password again</translation>
    </message>
    <message>
        <source>確認のため同じパスワードをもう一度入力します</source>
        <extracomment>en: The same password again, to confirm</extracomment>
        <translation>The same password again, to confirm</translation>
    </message>
    <message>
        <source>入力した内容でアカウントを作成します</source>
        <extracomment>en: Creates the account with what was entered</extracomment>
        <translation>Creates the account with what was entered</translation>
    </message>
    <message>
        <source>入力したパスワードをこのアカウントに設定します</source>
        <extracomment>en: Sets the password entered for this account</extracomment>
        <translation>Sets the password entered for this account</translation>
    </message>
    <message>
        <source>何も変更せずにこの画面を閉じます</source>
        <extracomment>en: Closes this dialog without changing anything</extracomment>
        <translation>Closes this dialog without changing anything</translation>
    </message>
</context>
<context>
    <name>jpki::gui::StaffModel</name>
    <message>
        <source>ロック中</source>
        <extracomment>en: Locked</extracomment>
        <translation>Locked</translation>
    </message>
    <message>
        <source>有効</source>
        <extracomment>en: Active</extracomment>
        <translation>Active</translation>
    </message>
    <message>
        <source>無効</source>
        <extracomment>en: Deactivated</extracomment>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>ログイン名</source>
        <extracomment>en: Login name</extracomment>
        <translation>Login name</translation>
    </message>
    <message>
        <source>表示名</source>
        <extracomment>en: Name shown</extracomment>
        <translation>Name shown</translation>
    </message>
    <message>
        <source>役割</source>
        <extracomment>en: Role</extracomment>
        <translation>Role</translation>
    </message>
    <message>
        <source>ロック</source>
        <extracomment>en: Lock</extracomment>
        <translation>Lock</translation>
    </message>
    <message>
        <source>状態</source>
        <extracomment>en: Status</extracomment>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>jpki::messages::Access</name>
    <message>
        <source>パスワードを入力してください。</source>
        <extracomment>en: Enter a password.</extracomment>
        <translation>Enter a password.</translation>
    </message>
    <message>
        <source>%1文字以上にしてください。</source>
        <extracomment>en: Use at least %1 characters.</extracomment>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <source>ログイン名と同じパスワードは使えません。</source>
        <extracomment>en: The password must not be the login name.</extracomment>
        <translation>The password must not be the login name.</translation>
    </message>
    <message>
        <source>同じ文字だけのパスワードは使えません。</source>
        <extracomment>en: The password must not be one character repeated.</extracomment>
        <translation>The password must not be one character repeated.</translation>
    </message>
    <message>
        <source>パスワードに使用できない文字が含まれています。</source>
        <extracomment>en: The password contains characters that cannot be used.</extracomment>
        <translation>The password contains characters that cannot be used.</translation>
    </message>
    <message>
        <source>ログイン名またはパスワードが違います。</source>
        <extracomment>en: The login name or the password is wrong.</extracomment>
        <translation>The login name or the password is wrong.</translation>
    </message>
    <message>
        <source>パスワードの誤りが続いたため、このアカウントはロックされています。責任者に解除を依頼してください。</source>
        <extracomment>en: This account is locked after repeated wrong passwords. Ask a supervisor to unlock it.</extracomment>
        <translation>This account is locked after repeated wrong passwords. Ask a supervisor to unlock it.</translation>
    </message>
    <message>
        <source>このアカウントは利用停止中です。責任者に確認してください。</source>
        <extracomment>en: This account is no longer in use. Ask a supervisor.</extracomment>
        <translation>This account is no longer in use. Ask a supervisor.</translation>
    </message>
    <message>
        <source>この操作は責任者のみ行えます。操作の試みは記録されました。</source>
        <extracomment>en: Only a supervisor can do this. The attempt has been recorded.</extracomment>
        <translation>Only a supervisor can do this. The attempt has been recorded.</translation>
    </message>
    <message>
        <source>アカウントはすでに登録されています。サインインするか、責任者にアカウントの作成を依頼してください。</source>
        <extracomment>en: Accounts already exist. Sign in, or ask a supervisor for an account.</extracomment>
        <translation>Accounts already exist. Sign in, or ask a supervisor for an account.</translation>
    </message>
    <message>
        <source>このパスワードは使用できません。</source>
        <extracomment>en: This password cannot be used.</extracomment>
        <translation>This password cannot be used.</translation>
    </message>
    <message>
        <source>ログイン名は空白を含まない64文字以内で入力してください。</source>
        <extracomment>en: Enter a login name of up to 64 characters without spaces.</extracomment>
        <translation>Enter a login name of up to 64 characters without spaces.</translation>
    </message>
    <message>
        <source>表示名を入力してください。</source>
        <extracomment>en: Enter the name shown for this account.</extracomment>
        <translation>Enter the name shown for this account.</translation>
    </message>
    <message>
        <source>このログイン名はすでに使われています。</source>
        <extracomment>en: This login name is already in use.</extracomment>
        <translation>This login name is already in use.</translation>
    </message>
    <message>
        <source>該当するアカウントが見つかりません。</source>
        <extracomment>en: No such account was found.</extracomment>
        <translation>No such account was found.</translation>
    </message>
    <message>
        <source>サインイン中のアカウントは利用停止にできません。</source>
        <extracomment>en: You cannot stop the account you are signed in with.</extracomment>
        <translation>You cannot stop the account you are signed in with.</translation>
    </message>
    <message>
        <source>アカウントの情報を読み書きできませんでした。</source>
        <extracomment>en: The account data could not be read or written.</extracomment>
        <translation>The account data could not be read or written.</translation>
    </message>
    <message>
        <source>アカウントの作成</source>
        <extracomment>en: Create an account</extracomment>
        <translation>Create an account</translation>
    </message>
    <message>
        <source>パスワードの再設定</source>
        <extracomment>en: Reset a password</extracomment>
        <translation>Reset a password</translation>
    </message>
    <message>
        <source>アカウントのロック解除</source>
        <extracomment>en: Unlock an account</extracomment>
        <translation>Unlock an account</translation>
    </message>
    <message>
        <source>アカウントの利用開始・停止</source>
        <extracomment>en: Start or stop an account</extracomment>
        <translation>Start or stop an account</translation>
    </message>
    <message>
        <source>アカウント一覧の表示</source>
        <extracomment>en: View the accounts</extracomment>
        <translation>View the accounts</translation>
    </message>
    <message>
        <source>日次の締め</source>
        <extracomment>en: Sign off the day</extracomment>
        <translation>Sign off the day</translation>
    </message>
    <message>
        <source>日次の確認</source>
        <extracomment>en: Review the day</extracomment>
        <translation>Review the day</translation>
    </message>
    <message>
        <source>窓口担当者</source>
        <extracomment>en: Clerk</extracomment>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>責任者</source>
        <extracomment>en: Supervisor</extracomment>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>操作：%1</source>
        <extracomment>en: Action: %1</extracomment>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>この表示名は使えません。</source>
        <extracomment>en: The display name cannot be used.</extracomment>
        <translation>The display name cannot be used.</translation>
    </message>
</context>
<context>
    <name>jpki::messages::Advice</name>
    <message>
        <source>スマートフォンアプリ「JPKI暗証番号リセット」で申請後、24時間以内にコンビニ等のキオスク端末で再設定できます。</source>
        <extracomment>en: Can be reset at a kiosk within 24 hours of applying in the JPKI PIN Reset app.</extracomment>
        <translation>Can be reset at a kiosk within 24 hours of applying in the JPKI PIN Reset app.</translation>
    </message>
    <message>
        <source>コンビニ等では再設定できません。窓口での手続きが必要です。</source>
        <extracomment>en: Cannot be reset at a convenience store; it must be done at the counter.</extracomment>
        <translation>Cannot be reset at a convenience store; it must be done at the counter.</translation>
    </message>
    <message>
        <source>コンビニ等で再設定できるのは電子証明書の暗証番号だけです。</source>
        <extracomment>en: Only the two certificate PINs can be reset at a convenience store.</extracomment>
        <translation>Only the two certificate PINs can be reset at a convenience store.</translation>
    </message>
    <message>
        <source>もう一方の電子証明書の暗証番号もわかりません。</source>
        <extracomment>en: The other certificate PIN is not known either.</extracomment>
        <translation>The other certificate PIN is not known either.</translation>
    </message>
    <message>
        <source>もう一方の電子証明書の暗証番号もロックされています。</source>
        <extracomment>en: The other certificate PIN is locked too.</extracomment>
        <translation>The other certificate PIN is locked too.</translation>
    </message>
    <message>
        <source>署名用電子証明書が失効しています（転居などによるもの）。</source>
        <extracomment>en: The signature certificate has been revoked (for example after a move).</extracomment>
        <translation>The signature certificate has been revoked (for example after a move).</translation>
    </message>
    <message>
        <source>署名用電子証明書の有効期限が切れています。</source>
        <extracomment>en: The signature certificate has expired.</extracomment>
        <translation>The signature certificate has expired.</translation>
    </message>
    <message>
        <source>署名用電子証明書が搭載されていません。</source>
        <extracomment>en: The card holds no signature certificate.</extracomment>
        <translation>The card holds no signature certificate.</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書が失効しています。</source>
        <extracomment>en: The user authentication certificate has been revoked.</extracomment>
        <translation>The user authentication certificate has been revoked.</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書の有効期限が切れています。</source>
        <extracomment>en: The user authentication certificate has expired.</extracomment>
        <translation>The user authentication certificate has expired.</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書が搭載されていません。</source>
        <extracomment>en: The card holds no user authentication certificate.</extracomment>
        <translation>The card holds no user authentication certificate.</translation>
    </message>
    <message>
        <source>有効</source>
        <extracomment>en: Valid</extracomment>
        <translation>Valid</translation>
    </message>
    <message>
        <source>有効期限切れ</source>
        <extracomment>en: Expired</extracomment>
        <translation>Expired</translation>
    </message>
    <message>
        <source>失効</source>
        <extracomment>en: Revoked</extracomment>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>搭載なし</source>
        <extracomment>en: Not on the card</extracomment>
        <translation>Not on the card</translation>
    </message>
    <message>
        <source>わかる</source>
        <extracomment>en: Known</extracomment>
        <translation>Known</translation>
    </message>
    <message>
        <source>わからない</source>
        <extracomment>en: Forgotten</extracomment>
        <translation>Forgotten</translation>
    </message>
    <message>
        <source>ロックされている</source>
        <extracomment>en: Locked</extracomment>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>jpki::messages::Card</name>
    <message>
        <source>暗証番号が違います。ロックまであと %1 回です。</source>
        <extracomment>en: The PIN is wrong. Tries left before it locks: %1.</extracomment>
        <translation>The PIN is wrong. Tries left before it locks: %1.</translation>
    </message>
    <message>
        <source>暗証番号がロックされています。窓口でロック解除の手続きができます。</source>
        <extracomment>en: The PIN is locked. It can be released at the counter (lock release).</extracomment>
        <translation>The PIN is locked. It can be released at the counter (lock release).</translation>
    </message>
    <message>
        <source>この操作の前に暗証番号の入力が必要です。</source>
        <extracomment>en: The card needs the PIN before this step.</extracomment>
        <translation>The card needs the PIN before this step.</translation>
    </message>
    <message>
        <source>現在のカードの状態ではこの操作はできません。</source>
        <extracomment>en: The card cannot do this in its current state.</extracomment>
        <translation>The card cannot do this in its current state.</translation>
    </message>
    <message>
        <source>発行者の認証がカードに受け付けられませんでした。</source>
        <extracomment>en: The issuing authority could not authenticate to the card.</extracomment>
        <translation>The issuing authority could not authenticate to the card.</translation>
    </message>
    <message>
        <source>カードリーダーが見つかりません。カードリーダーの接続を確認してください。</source>
        <extracomment>en: No card reader found. Check that the reader is plugged in.</extracomment>
        <translation>No card reader found. Check that the reader is plugged in.</translation>
    </message>
    <message>
        <source>カードリーダーにカードがありません。マイナンバーカードを置いてください。</source>
        <extracomment>en: No card in the reader. Put the My Number card on the reader.</extracomment>
        <translation>No card in the reader. Put the My Number card on the reader.</translation>
    </message>
    <message>
        <source>カードの応答が時間内にありませんでした。もう一度お試しください。</source>
        <extracomment>en: The card did not answer in time. Try again.</extracomment>
        <translation>The card did not answer in time. Try again.</translation>
    </message>
    <message>
        <source>操作は取り消されました。</source>
        <extracomment>en: The operation was cancelled.</extracomment>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>カードリーダーとの通信に失敗しました(PC/SC コード %1)。</source>
        <extracomment>en: Communication with the card reader failed (PC/SC code %1).</extracomment>
        <translation>Communication with the card reader failed (PC/SC code %1).</translation>
    </message>
    <message>
        <source>この値はカードに送れません。</source>
        <extracomment>en: The value cannot be sent to the card.</extracomment>
        <translation>The value cannot be sent to the card.</translation>
    </message>
    <message>
        <source>暗号処理に失敗しました。</source>
        <extracomment>en: A cryptographic operation failed.</extracomment>
        <translation>A cryptographic operation failed.</translation>
    </message>
    <message>
        <source>カードの署名が電子証明書と一致しません。</source>
        <extracomment>en: The card's signature does not match its certificate.</extracomment>
        <translation>The card's signature does not match its certificate.</translation>
    </message>
    <message>
        <source>このカードには設定されていません</source>
        <extracomment>en: not set on this card</extracomment>
        <translation>not set on this card</translation>
    </message>
    <message>
        <source>不明</source>
        <extracomment>en: unknown</extracomment>
        <translation>unknown</translation>
    </message>
    <message>
        <source>ロック中</source>
        <extracomment>en: locked</extracomment>
        <translation>locked</translation>
    </message>
    <message>
        <source>残り %1 回(上限 %2 回)</source>
        <extracomment>en: %1 of %2 tries left</extracomment>
        <translation>%1 of %2 tries left</translation>
    </message>
    <message>
        <source>カードにこのファイルまたはアプリケーションがありません(電子証明書が発行されていない可能性があります)。</source>
        <extracomment>en: The card does not have this file or applet (the certificate may not have been issued).</extracomment>
        <translation>The card does not have this file or applet (the certificate may not have been issued).</translation>
    </message>
    <message>
        <source>カードが命令を受け付けませんでした(ステータス %1)。マイナンバーカードではない可能性があります。</source>
        <extracomment>en: The card refused the command (status %1). It may not be a My Number card.</extracomment>
        <translation>The card refused the command (status %1). It may not be a My Number card.</translation>
    </message>
    <message>
        <source>カードの応答を読み取れませんでした。カードを置き直して、もう一度お試しください。</source>
        <extracomment>en: The card's answer could not be read. Take the card out, put it back and try again.</extracomment>
        <translation>The card's answer could not be read. Take the card out, put it back and try again.</translation>
    </message>
    <message>
        <source>操作中にカードが取り外されました。カードを置き直して、この手順をやり直してください。</source>
        <extracomment>en: The card was removed during the operation. Put it back and start the step again.</extracomment>
        <translation>The card was removed during the operation. Put it back and start the step again.</translation>
    </message>
    <message>
        <source>他のプログラムによってカードがリセットされました。この手順をやり直してください。</source>
        <extracomment>en: The card was reset by another program. Start the step again.</extracomment>
        <translation>The card was reset by another program. Start the step again.</translation>
    </message>
    <message>
        <source>スマートカードサービス(pcscd)が動いていません。情報システム担当に起動を依頼してください。</source>
        <extracomment>en: The smart-card service (pcscd) is not running. Ask the IT department to start it.</extracomment>
        <translation>The smart-card service (pcscd) is not running. Ask the IT department to start it.</translation>
    </message>
    <message>
        <source>他のプログラムがカードを使用中です。そのプログラムを終了してから、もう一度お試しください。</source>
        <extracomment>en: Another program is using the card. Close it and try again.</extracomment>
        <translation>Another program is using the card. Close it and try again.</translation>
    </message>
    <message>
        <source>カードが応答しません。マイナンバーカードが正しく置かれているか確認してください。</source>
        <extracomment>en: The card does not answer. Check that it is a My Number card and placed correctly.</extracomment>
        <translation>The card does not answer. Check that it is a My Number card and placed correctly.</translation>
    </message>
    <message>
        <source>カードが想定外の応答を返しました。カードを置き直して、もう一度お試しください。繰り返す場合はカードの故障の可能性があります。</source>
        <extracomment>en: The card answered something unexpected. Take the card out, put it back and try again; if it happens again, the card may be faulty.</extracomment>
        <translation>The card answered something unexpected. Take the card out, put it back and try again; if it happens again, the card may be faulty.</translation>
    </message>
</context>
<context>
    <name>jpki::messages::Documents</name>
    <message>
        <source>電子証明書の更新</source>
        <extracomment>en: Certificate renewal</extracomment>
        <translation>Certificate renewal</translation>
    </message>
    <message>
        <source>暗証番号の再設定</source>
        <extracomment>en: PIN reset</extracomment>
        <translation>PIN reset</translation>
    </message>
    <message>
        <source>暗証番号のロック解除</source>
        <extracomment>en: PIN lock release</extracomment>
        <translation>PIN lock release</translation>
    </message>
    <message>
        <source>本人</source>
        <extracomment>en: The applicant in person</extracomment>
        <translation>The applicant in person</translation>
    </message>
    <message>
        <source>法定代理人</source>
        <extracomment>en: Legal representative</extracomment>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>任意代理人</source>
        <extracomment>en: Proxy appointed by the applicant</extracomment>
        <translation>Proxy appointed by the applicant</translation>
    </message>
    <message>
        <source>利用者本人のマイナンバーカード</source>
        <extracomment>en: The applicant's My Number card</extracomment>
        <translation>The applicant's My Number card</translation>
    </message>
    <message>
        <source>有効期限通知書</source>
        <extracomment>en: Expiry notice</extracomment>
        <translation>Expiry notice</translation>
    </message>
    <message>
        <source>暗証番号記載票</source>
        <extracomment>en: PIN record sheet</extracomment>
        <translation>PIN record sheet</translation>
    </message>
    <message>
        <source>照会書兼回答書（必要事項を記入し、封筒に入れて封をしたもの）</source>
        <extracomment>en: Inquiry and reply form (filled in and sealed in its envelope)</extracomment>
        <translation>Inquiry and reply form (filled in and sealed in its envelope)</translation>
    </message>
    <message>
        <source>代理人の本人確認書類2点（うち1点は運転免許証等の顔写真付きのもの）</source>
        <extracomment>en: Two identity documents of the proxy, one with a photo (e.g. driving licence)</extracomment>
        <translation>Two identity documents of the proxy, one with a photo (e.g. driving licence)</translation>
    </message>
    <message>
        <source>法定代理人の本人確認書類2点</source>
        <extracomment>en: Two identity documents of the legal representative</extracomment>
        <translation>Two identity documents of the legal representative</translation>
    </message>
    <message>
        <source>任意代理人の本人確認書類1点</source>
        <extracomment>en: One identity document of the proxy</extracomment>
        <translation>One identity document of the proxy</translation>
    </message>
    <message>
        <source>利用者本人の本人確認書類1点（マイナンバーカード以外のもの）</source>
        <extracomment>en: One identity document of the applicant other than the My Number card</extracomment>
        <translation>One identity document of the applicant other than the My Number card</translation>
    </message>
    <message>
        <source>代理権の確認書類（戸籍謄本または成年後見登記事項証明書）</source>
        <extracomment>en: Proof of legal authority (family register copy or guardianship certificate)</extracomment>
        <translation>Proof of legal authority (family register copy or guardianship certificate)</translation>
    </message>
    <message>
        <source>申請書（窓口で記入・署名）</source>
        <extracomment>en: Application form (filled in and signed at the counter)</extracomment>
        <translation>Application form (filled in and signed at the counter)</translation>
    </message>
    <message>
        <source>必要</source>
        <extracomment>en: Required</extracomment>
        <translation>Required</translation>
    </message>
    <message>
        <source>暗証番号がわかる場合は不要</source>
        <extracomment>en: Not needed if the PINs are known</extracomment>
        <translation>Not needed if the PINs are known</translation>
    </message>
    <message>
        <source>お持ちの場合</source>
        <extracomment>en: If available</extracomment>
        <translation>If available</translation>
    </message>
    <message>
        <source>運転免許証</source>
        <extracomment>en: Driving licence</extracomment>
        <translation>Driving licence</translation>
    </message>
    <message>
        <source>運転経歴証明書</source>
        <extracomment>en: Certificate of driving history</extracomment>
        <translation>Certificate of driving history</translation>
    </message>
    <message>
        <source>旅券（パスポート）</source>
        <extracomment>en: Passport</extracomment>
        <translation>Passport</translation>
    </message>
    <message>
        <source>在留カード</source>
        <extracomment>en: Residence card</extracomment>
        <translation>Residence card</translation>
    </message>
    <message>
        <source>特別永住者証明書</source>
        <extracomment>en: Special permanent resident certificate</extracomment>
        <translation>Special permanent resident certificate</translation>
    </message>
    <message>
        <source>マイナンバーカード</source>
        <extracomment>en: My Number card</extracomment>
        <translation>My Number card</translation>
    </message>
    <message>
        <source>住民基本台帳カード（写真付き）</source>
        <extracomment>en: Basic resident register card (with photo)</extracomment>
        <translation>Basic resident register card (with photo)</translation>
    </message>
    <message>
        <source>身体障害者手帳（写真付き）</source>
        <extracomment>en: Physical disability certificate (with photo)</extracomment>
        <translation>Physical disability certificate (with photo)</translation>
    </message>
    <message>
        <source>精神障害者保健福祉手帳（写真付き）</source>
        <extracomment>en: Mental disability certificate (with photo)</extracomment>
        <translation>Mental disability certificate (with photo)</translation>
    </message>
    <message>
        <source>療育手帳（写真付き）</source>
        <extracomment>en: Intellectual disability certificate (with photo)</extracomment>
        <translation>Intellectual disability certificate (with photo)</translation>
    </message>
    <message>
        <source>健康保険証</source>
        <extracomment>en: Health insurance card</extracomment>
        <translation>Health insurance card</translation>
    </message>
    <message>
        <source>資格確認書</source>
        <extracomment>en: Health insurance eligibility certificate</extracomment>
        <translation>Health insurance eligibility certificate</translation>
    </message>
    <message>
        <source>介護保険被保険者証</source>
        <extracomment>en: Long-term care insurance card</extracomment>
        <translation>Long-term care insurance card</translation>
    </message>
    <message>
        <source>年金手帳</source>
        <extracomment>en: Pension book</extracomment>
        <translation>Pension book</translation>
    </message>
    <message>
        <source>年金証書</source>
        <extracomment>en: Pension certificate</extracomment>
        <translation>Pension certificate</translation>
    </message>
    <message>
        <source>顔写真付き</source>
        <extracomment>en: With photo</extracomment>
        <translation>With photo</translation>
    </message>
    <message>
        <source>顔写真なし</source>
        <extracomment>en: Without photo</extracomment>
        <translation>Without photo</translation>
    </message>
    <message>
        <source>持参なし</source>
        <extracomment>en: Not brought</extracomment>
        <translation>Not brought</translation>
    </message>
    <message>
        <source>封がされている</source>
        <extracomment>en: Sealed</extracomment>
        <translation>Sealed</translation>
    </message>
    <message>
        <source>開封されている</source>
        <extracomment>en: Opened</extracomment>
        <translation>Opened</translation>
    </message>
    <message>
        <source>未確認</source>
        <extracomment>en: Not yet confirmed</extracomment>
        <translation>Not yet confirmed</translation>
    </message>
    <message>
        <source>15歳未満の本人の親権者</source>
        <extracomment>en: Person with parental authority over an applicant under 15</extracomment>
        <translation>Person with parental authority over an applicant under 15</translation>
    </message>
    <message>
        <source>成年被後見人の成年後見人</source>
        <extracomment>en: Guardian of an adult ward</extracomment>
        <translation>Guardian of an adult ward</translation>
    </message>
    <message>
        <source>利用者本人のマイナンバーカードがありません。</source>
        <extracomment>en: The applicant's My Number card has not been presented.</extracomment>
        <translation>The applicant's My Number card has not been presented.</translation>
    </message>
    <message>
        <source>有効期限通知書がありません。</source>
        <extracomment>en: The expiry notice has not been presented.</extracomment>
        <translation>The expiry notice has not been presented.</translation>
    </message>
    <message>
        <source>暗証番号がわからない場合は暗証番号記載票が必要です。</source>
        <extracomment>en: The PIN record sheet is needed when the PINs are not known.</extracomment>
        <translation>The PIN record sheet is needed when the PINs are not known.</translation>
    </message>
    <message>
        <source>照会書兼回答書がありません。</source>
        <extracomment>en: The inquiry and reply form has not been presented.</extracomment>
        <translation>The inquiry and reply form has not been presented.</translation>
    </message>
    <message>
        <source>照会書兼回答書が開封されているため、受け付けられません。</source>
        <extracomment>en: The inquiry and reply form arrived opened and cannot be accepted.</extracomment>
        <translation>The inquiry and reply form arrived opened and cannot be accepted.</translation>
    </message>
    <message>
        <source>代理人の本人確認書類がありません。</source>
        <extracomment>en: No identity document of the proxy has been presented.</extracomment>
        <translation>No identity document of the proxy has been presented.</translation>
    </message>
    <message>
        <source>代理人の本人確認書類がもう1点必要です。</source>
        <extracomment>en: One more identity document of the proxy is needed.</extracomment>
        <translation>One more identity document of the proxy is needed.</translation>
    </message>
    <message>
        <source>代理人の本人確認書類のうち1点は顔写真付きのものが必要です。</source>
        <extracomment>en: One of the proxy's identity documents must have a photo.</extracomment>
        <translation>One of the proxy's identity documents must have a photo.</translation>
    </message>
    <message>
        <source>利用者本人の本人確認書類（マイナンバーカード以外のもの）がありません。</source>
        <extracomment>en: The applicant's identity document other than the My Number card is missing.</extracomment>
        <translation>The applicant's identity document other than the My Number card is missing.</translation>
    </message>
    <message>
        <source>提示された書類に、本人確認書類として使える期限を過ぎたものがあります。</source>
        <extracomment>en: A document presented is past the last day it counted as proof of identity.</extracomment>
        <translation>A document presented is past the last day it counted as proof of identity.</translation>
    </message>
    <message>
        <source>法定代理人の代理権の根拠が確認されていません。</source>
        <extracomment>en: The ground of the legal representative's authority has not been confirmed.</extracomment>
        <translation>The ground of the legal representative's authority has not been confirmed.</translation>
    </message>
    <message>
        <source>戸籍謄本が必要です。</source>
        <extracomment>en: A copy of the family register is needed.</extracomment>
        <translation>A copy of the family register is needed.</translation>
    </message>
    <message>
        <source>成年後見登記事項証明書が必要です。</source>
        <extracomment>en: A guardianship registration certificate is needed.</extracomment>
        <translation>A guardianship registration certificate is needed.</translation>
    </message>
    <message>
        <source>成年後見登記事項証明書は発行から3か月以内のものが必要です。</source>
        <extracomment>en: The guardianship registration certificate must be under three months old.</extracomment>
        <translation>The guardianship registration certificate must be under three months old.</translation>
    </message>
    <message>
        <source>成年後見登記事項証明書の発行日が今日より後になっています。</source>
        <extracomment>en: The issue date of the guardianship registration certificate is after today.</extracomment>
        <translation>The issue date of the guardianship registration certificate is after today.</translation>
    </message>
    <message>
        <source>申請書の記入・署名がまだです。</source>
        <extracomment>en: The application form has not yet been filled in and signed.</extracomment>
        <translation>The application form has not yet been filled in and signed.</translation>
    </message>
    <message>
        <source>本日は完了しません。照会書兼回答書をご本人に郵送しますので、封をしたままお持ちください。</source>
        <extracomment>en: Not completed today: the form is mailed to the applicant, to be brought back sealed.</extracomment>
        <translation>Not completed today: the form is mailed to the applicant, to be brought back sealed.</translation>
    </message>
    <message>
        <source>本籍が%1にある場合、または住民票で法定代理人であることが確認できる場合は不要です。</source>
        <extracomment>en: Waived if the domicile is in %1 or the resident record shows the legal representative.</extracomment>
        <translation>Waived if the domicile is in %1 or the resident record shows the legal representative.</translation>
    </message>
</context>
<context>
    <name>jpki::messages::Holiday</name>
    <message>
        <source>元日</source>
        <extracomment>en: New Year's Day</extracomment>
        <translation>New Year's Day</translation>
    </message>
    <message>
        <source>成人の日</source>
        <extracomment>en: Coming of Age Day</extracomment>
        <translation>Coming of Age Day</translation>
    </message>
    <message>
        <source>建国記念の日</source>
        <extracomment>en: National Foundation Day</extracomment>
        <translation>National Foundation Day</translation>
    </message>
    <message>
        <source>天皇誕生日</source>
        <extracomment>en: The Emperor's Birthday</extracomment>
        <translation>The Emperor's Birthday</translation>
    </message>
    <message>
        <source>春分の日</source>
        <extracomment>en: Vernal Equinox Day</extracomment>
        <translation>Vernal Equinox Day</translation>
    </message>
    <message>
        <source>昭和の日</source>
        <extracomment>en: Showa Day</extracomment>
        <translation>Showa Day</translation>
    </message>
    <message>
        <source>みどりの日</source>
        <extracomment>en: Greenery Day</extracomment>
        <translation>Greenery Day</translation>
    </message>
    <message>
        <source>憲法記念日</source>
        <extracomment>en: Constitution Memorial Day</extracomment>
        <translation>Constitution Memorial Day</translation>
    </message>
    <message>
        <source>こどもの日</source>
        <extracomment>en: Children's Day</extracomment>
        <translation>Children's Day</translation>
    </message>
    <message>
        <source>海の日</source>
        <extracomment>en: Marine Day</extracomment>
        <translation>Marine Day</translation>
    </message>
    <message>
        <source>山の日</source>
        <extracomment>en: Mountain Day</extracomment>
        <translation>Mountain Day</translation>
    </message>
    <message>
        <source>敬老の日</source>
        <extracomment>en: Respect for the Aged Day</extracomment>
        <translation>Respect for the Aged Day</translation>
    </message>
    <message>
        <source>秋分の日</source>
        <extracomment>en: Autumnal Equinox Day</extracomment>
        <translation>Autumnal Equinox Day</translation>
    </message>
    <message>
        <source>体育の日</source>
        <extracomment>en: Health and Sports Day</extracomment>
        <translation>Health and Sports Day</translation>
    </message>
    <message>
        <source>スポーツの日</source>
        <extracomment>en: Sports Day</extracomment>
        <translation>Sports Day</translation>
    </message>
    <message>
        <source>文化の日</source>
        <extracomment>en: Culture Day</extracomment>
        <translation>Culture Day</translation>
    </message>
    <message>
        <source>勤労感謝の日</source>
        <extracomment>en: Labour Thanksgiving Day</extracomment>
        <translation>Labour Thanksgiving Day</translation>
    </message>
    <message>
        <source>振替休日</source>
        <extracomment>en: Substitute holiday</extracomment>
        <translation>Substitute holiday</translation>
    </message>
    <message>
        <source>国民の休日</source>
        <extracomment>en: Citizens' holiday</extracomment>
        <translation>Citizens' holiday</translation>
    </message>
    <message>
        <source>皇太子明仁親王の結婚の儀</source>
        <extracomment>en: Wedding of Crown Prince Akihito</extracomment>
        <translation>Wedding of Crown Prince Akihito</translation>
    </message>
    <message>
        <source>昭和天皇の大喪の礼</source>
        <extracomment>en: Funeral of Emperor Showa</extracomment>
        <translation>Funeral of Emperor Showa</translation>
    </message>
    <message>
        <source>即位礼正殿の儀</source>
        <extracomment>en: Enthronement ceremony</extracomment>
        <translation>Enthronement ceremony</translation>
    </message>
    <message>
        <source>皇太子徳仁親王の結婚の儀</source>
        <extracomment>en: Wedding of Crown Prince Naruhito</extracomment>
        <translation>Wedding of Crown Prince Naruhito</translation>
    </message>
    <message>
        <source>天皇の即位の日</source>
        <extracomment>en: Day of the Emperor's accession</extracomment>
        <translation>Day of the Emperor's accession</translation>
    </message>
    <message>
        <source>祝日が分からない年です（%1年〜%2年のみ対応）</source>
        <extracomment>en: Holidays unknown for this year (only %1 to %2 are covered)</extracomment>
        <translation>Holidays unknown for this year (only %1 to %2 are covered)</translation>
    </message>
    <message>
        <source>国民の祝日・休日</source>
        <extracomment>en: National holiday</extracomment>
        <translation>National holiday</translation>
    </message>
    <message>
        <source>年末年始の閉庁日</source>
        <extracomment>en: Year-end and New Year closure</extracomment>
        <translation>Year-end and New Year closure</translation>
    </message>
    <message>
        <source>土曜日</source>
        <extracomment>en: Saturday</extracomment>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>日曜日</source>
        <extracomment>en: Sunday</extracomment>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>臨時閉庁日</source>
        <extracomment>en: Special closure day</extracomment>
        <translation>Special closure day</translation>
    </message>
    <message>
        <source>受付時間外です。本日の受付は%1からです。</source>
        <extracomment>en: Outside reception hours: reception opens today at %1.</extracomment>
        <translation>Outside reception hours: reception opens today at %1.</translation>
    </message>
    <message>
        <source>受付時間外です。本日の受付は%1で終了しました。</source>
        <extracomment>en: Outside reception hours: today's reception ended at %1.</extracomment>
        <translation>Outside reception hours: today's reception ended at %1.</translation>
    </message>
    <message>
        <source>本日は閉庁日(%1)のため受付していません。</source>
        <extracomment>en: The counter is closed today (%1): no applications are taken.</extracomment>
        <translation>The counter is closed today (%1): no applications are taken.</translation>
    </message>
    <message>
        <source>%1次の受付は%2 %3からです。</source>
        <extracomment>en: %1 Reception opens next on %2 at %3.</extracomment>
        <translation>%1 Reception opens next on %2 at %3.</translation>
    </message>
</context>
<context>
    <name>jpki::messages::Pin</name>
    <message>
        <source>署名用電子証明書の暗証番号</source>
        <extracomment>en: Signature certificate password</extracomment>
        <translation>Signature certificate password</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書の暗証番号</source>
        <extracomment>en: User authentication certificate PIN</extracomment>
        <translation>User authentication certificate PIN</translation>
    </message>
    <message>
        <source>券面事項入力補助用の暗証番号</source>
        <extracomment>en: Card information input support PIN</extracomment>
        <translation>Card information input support PIN</translation>
    </message>
    <message>
        <source>住民基本台帳用の暗証番号</source>
        <extracomment>en: Resident registry PIN</extracomment>
        <translation>Resident registry PIN</translation>
    </message>
    <message>
        <source>英数字6～16文字（英字と数字をそれぞれ1文字以上）</source>
        <extracomment>en: 6 to 16 letters (A–Z) and digits, with at least one of each</extracomment>
        <translation>6 to 16 letters (A–Z) and digits, with at least one of each</translation>
    </message>
    <message>
        <source>数字4桁</source>
        <extracomment>en: 4 digits</extracomment>
        <translation>4 digits</translation>
    </message>
    <message>
        <source>暗証番号が入力されていません。</source>
        <extracomment>en: No PIN has been entered.</extracomment>
        <translation>No PIN has been entered.</translation>
    </message>
    <message>
        <source>全角文字が含まれています。半角で入力してください。</source>
        <extracomment>en: The PIN contains full-width characters. Enter it in half-width characters.</extracomment>
        <translation>The PIN contains full-width characters. Enter it in half-width characters.</translation>
    </message>
    <message>
        <source>英字（A～Z）と数字（0～9）以外の文字が含まれています。</source>
        <extracomment>en: The PIN contains characters other than letters (A–Z) and digits (0–9).</extracomment>
        <translation>The PIN contains characters other than letters (A–Z) and digits (0–9).</translation>
    </message>
    <message>
        <source>数字以外の文字が含まれています。数字（0～9）のみ使用できます。</source>
        <extracomment>en: The PIN contains characters other than digits. Only digits (0–9) are allowed.</extracomment>
        <translation>The PIN contains characters other than digits. Only digits (0–9) are allowed.</translation>
    </message>
    <message>
        <source>6文字以上で入力してください。</source>
        <extracomment>en: Enter at least 6 characters.</extracomment>
        <translation>Enter at least 6 characters.</translation>
    </message>
    <message>
        <source>16文字以内で入力してください。</source>
        <extracomment>en: Enter no more than 16 characters.</extracomment>
        <translation>Enter no more than 16 characters.</translation>
    </message>
    <message>
        <source>数字4桁で入力してください。</source>
        <extracomment>en: Enter exactly 4 digits.</extracomment>
        <translation>Enter exactly 4 digits.</translation>
    </message>
    <message>
        <source>英字を1文字以上含めてください。</source>
        <extracomment>en: Include at least one letter.</extracomment>
        <translation>Include at least one letter.</translation>
    </message>
    <message>
        <source>数字を1文字以上含めてください。</source>
        <extracomment>en: Include at least one digit.</extracomment>
        <translation>Include at least one digit.</translation>
    </message>
    <message>
        <source>同じ文字の繰り返しは推測されやすい暗証番号です。</source>
        <extracomment>en: The same character repeated is easy to guess.</extracomment>
        <translation>The same character repeated is easy to guess.</translation>
    </message>
    <message>
        <source>連続した数字や文字（1234など）は推測されやすい暗証番号です。</source>
        <extracomment>en: Consecutive digits or letters (such as 1234) are easy to guess.</extracomment>
        <translation>Consecutive digits or letters (such as 1234) are easy to guess.</translation>
    </message>
    <message>
        <source>逆順に連続した数字や文字（4321など）は推測されやすい暗証番号です。</source>
        <extracomment>en: Digits or letters counting down (such as 4321) are easy to guess.</extracomment>
        <translation>Digits or letters counting down (such as 4321) are easy to guess.</translation>
    </message>
    <message>
        <source>生年月日に由来する数字は推測されやすい暗証番号です。</source>
        <extracomment>en: Numbers taken from the date of birth are easy to guess.</extracomment>
        <translation>Numbers taken from the date of birth are easy to guess.</translation>
    </message>
    <message>
        <source>このまま設定することもできますが、別の暗証番号をおすすめします。</source>
        <extracomment>en: This PIN can still be set, but a different one is recommended.</extracomment>
        <translation>This PIN can still be set, but a different one is recommended.</translation>
    </message>
    <message>
        <source>英小文字は大文字に変換されます。</source>
        <extracomment>en: Lower-case letters are converted to upper case.</extracomment>
        <translation>Lower-case letters are converted to upper case.</translation>
    </message>
    <message>
        <source>暗証番号を忘れた（暗証番号の再設定）</source>
        <extracomment>en: PIN forgotten (PIN reset)</extracomment>
        <translation>PIN forgotten (PIN reset)</translation>
    </message>
    <message>
        <source>暗証番号がロックされた（ロック解除）</source>
        <extracomment>en: PIN locked (lock release)</extracomment>
        <translation>PIN locked (lock release)</translation>
    </message>
</context>
<context>
    <name>jpki::messages::Review</name>
    <message>
        <source>、</source>
        <extracomment>en: , (between names in a list)</extracomment>
        <translation>, (between names in a list)</translation>
    </message>
    <message>
        <source>監査記録の改ざん・欠落</source>
        <extracomment>en: Audit chain broken</extracomment>
        <translation>Audit chain broken</translation>
    </message>
    <message>
        <source>終業時に未完了</source>
        <extracomment>en: Left open at the end of the day</extracomment>
        <translation>Left open at the end of the day</translation>
    </message>
    <message>
        <source>受付不可</source>
        <extracomment>en: Refused</extracomment>
        <translation>Refused</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>en: Cancelled</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>申請者退席</source>
        <extracomment>en: Applicant left</extracomment>
        <translation>Applicant left</translation>
    </message>
    <message>
        <source>来庁中に暗証番号ロック</source>
        <extracomment>en: PIN locked during the visit</extracomment>
        <translation>PIN locked during the visit</translation>
    </message>
    <message>
        <source>照会書兼回答書の未回答</source>
        <extracomment>en: Inquiry letter unanswered</extracomment>
        <translation>Inquiry letter unanswered</translation>
    </message>
    <message>
        <source>別の担当者による引継ぎ</source>
        <extracomment>en: Continued by another clerk</extracomment>
        <translation>Continued by another clerk</translation>
    </message>
    <message>
        <source>「%1」の段階で終業時に未完了でした。</source>
        <extracomment>en: Still open when the day ended, at the step "%1".</extracomment>
        <translation>Still open when the day ended, at the step "%1".</translation>
    </message>
    <message>
        <source>受付不可：%1</source>
        <extracomment>en: Refused: %1</extracomment>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>「%1」の段階で取り消されました。</source>
        <extracomment>en: Cancelled at the step "%1".</extracomment>
        <translation>Cancelled at the step "%1".</translation>
    </message>
    <message>
        <source>「%1」の段階で申請者が退席しました。</source>
        <extracomment>en: The applicant left at the step "%1".</extracomment>
        <translation>The applicant left at the step "%1".</translation>
    </message>
    <message>
        <source>来庁中の誤入力により%1がロックされました。</source>
        <extracomment>en: %1 was locked by wrong entries during the visit.</extracomment>
        <translation>%1 was locked by wrong entries during the visit.</translation>
    </message>
    <message>
        <source>%2に発送した照会書兼回答書 %1 に、%3開庁日回答がありません。</source>
        <extracomment>en: Letter %1 mailed on %2 has had no reply for %3 business days.</extracomment>
        <translation>Letter %1 mailed on %2 has had no reply for %3 business days.</translation>
    </message>
    <message>
        <source>%1が受け付け、%2が引き継ぎました。</source>
        <extracomment>en: Opened by %1, continued by %2.</extracomment>
        <translation>Opened by %1, continued by %2.</translation>
    </message>
    <message>
        <source>日次の確認と締めは責任者のみ行えます。操作の試みは記録されました。</source>
        <extracomment>en: Only a supervisor can review or sign off a day. The attempt has been recorded.</extracomment>
        <translation>Only a supervisor can review or sign off a day. The attempt has been recorded.</translation>
    </message>
    <message>
        <source>まだ来ていない日は締められません。</source>
        <extracomment>en: A day that has not come yet cannot be signed off.</extracomment>
        <translation>A day that has not come yet cannot be signed off.</translation>
    </message>
    <message>
        <source>この日のこの窓口はすでに締め済みです。</source>
        <extracomment>en: This day has already been signed off at this counter.</extracomment>
        <translation>This day has already been signed off at this counter.</translation>
    </message>
    <message>
        <source>未完了の案件があります。完了させるか、案件ごとに確認のメモを入力してください。</source>
        <extracomment>en: Some cases are still open. Complete them, or acknowledge each with a note.</extracomment>
        <translation>Some cases are still open. Complete them, or acknowledge each with a note.</translation>
    </message>
    <message>
        <source>確認する未完了の案件ごとにメモを入力してください。</source>
        <extracomment>en: Enter a note for each open case acknowledged.</extracomment>
        <translation>Enter a note for each open case acknowledged.</translation>
    </message>
    <message>
        <source>確認した案件は、この日のこの窓口の未完了の案件ではありません。</source>
        <extracomment>en: An acknowledged case is not open on this day at this counter.</extracomment>
        <translation>An acknowledged case is not open on this day at this counter.</translation>
    </message>
    <message>
        <source>締める窓口を選んでください。</source>
        <extracomment>en: Choose the counter to sign off.</extracomment>
        <translation>Choose the counter to sign off.</translation>
    </message>
    <message>
        <source>案件の記録を読み書きできませんでした。</source>
        <extracomment>en: The case log could not be read or written.</extracomment>
        <translation>The case log could not be read or written.</translation>
    </message>
    <message>
        <source>端末の時計の逆戻り</source>
        <extracomment>en: The PC's clock went back</extracomment>
        <translation>The PC's clock went back</translation>
    </message>
    <message>
        <source>記録 %1 の作成時、端末の時計が直前の記録より %2 秒遅れていました。記録の時刻は直前の記録の時刻にそろえました。端末の時計を確認してください。</source>
        <extracomment>en: When record %1 was made, the PC's clock was %2 seconds behind the record before it; the record was given that record's time instead. Check the PC's clock.</extracomment>
        <translation>When record %1 was made, the PC's clock was %2 seconds behind the record before it; the record was given that record's time instead. Check the PC's clock.</translation>
    </message>
    <message>
        <source>メモをこのままでは保存できません。</source>
        <extracomment>en: A note cannot be stored as it is.</extracomment>
        <translation>A note cannot be stored as it is.</translation>
    </message>
</context>
<context>
    <name>jpki::messages::TextRule</name>
    <message>
        <source>自治体・窓口の名称</source>
        <extracomment>en: The municipality's and counter's names</extracomment>
        <translation>The municipality's and counter's names</translation>
    </message>
    <message>
        <source>ログイン名</source>
        <extracomment>en: The login</extracomment>
        <translation>The login</translation>
    </message>
    <message>
        <source>表示名</source>
        <extracomment>en: The display name</extracomment>
        <translation>The display name</translation>
    </message>
    <message>
        <source>氏名</source>
        <extracomment>en: The name</extracomment>
        <translation>The name</translation>
    </message>
    <message>
        <source>住所</source>
        <extracomment>en: The address</extracomment>
        <translation>The address</translation>
    </message>
    <message>
        <source>理由</source>
        <extracomment>en: The reason</extracomment>
        <translation>The reason</translation>
    </message>
    <message>
        <source>メモ</source>
        <extracomment>en: The note</extracomment>
        <translation>The note</translation>
    </message>
    <message>
        <source>郵送方法</source>
        <extracomment>en: The mailing method</extracomment>
        <translation>The mailing method</translation>
    </message>
    <message>
        <source>%1は%2文字以内にしてください。</source>
        <extracomment>en: %1 can be at most %2 characters long.</extracomment>
        <translation>%1 can be at most %2 characters long.</translation>
    </message>
    <message>
        <source>%1に制御文字は使えません(改行は使えます)。</source>
        <extracomment>en: %1 cannot hold control characters (line breaks are allowed).</extracomment>
        <translation>%1 cannot hold control characters (line breaks are allowed).</translation>
    </message>
    <message>
        <source>%1に制御文字や改行は使えません。</source>
        <extracomment>en: %1 cannot hold control characters or line breaks.</extracomment>
        <translation>%1 cannot hold control characters or line breaks.</translation>
    </message>
    <message>
        <source>%1は正しい UTF-8 の文字列ではありません。</source>
        <extracomment>en: %1 is not valid UTF-8 text.</extracomment>
        <translation>%1 is not valid UTF-8 text.</translation>
    </message>
</context>
<context>
    <name>jpki::messages::Validity</name>
    <message>
        <source>署名用電子証明書</source>
        <extracomment>en: Signature certificate</extracomment>
        <translation>Signature certificate</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書</source>
        <extracomment>en: User-authentication certificate</extracomment>
        <translation>User-authentication certificate</translation>
    </message>
    <message>
        <source>発行日後10回目の誕生日</source>
        <extracomment>en: 10th birthday after the issue date</extracomment>
        <translation>10th birthday after the issue date</translation>
    </message>
    <message>
        <source>発行日後5回目の誕生日</source>
        <extracomment>en: 5th birthday after the issue date</extracomment>
        <translation>5th birthday after the issue date</translation>
    </message>
    <message>
        <source>発行日後6回目の誕生日(有効期限3か月前からの更新)</source>
        <extracomment>en: 6th birthday after the issue date (renewed within 3 months of expiry)</extracomment>
        <translation>6th birthday after the issue date (renewed within 3 months of expiry)</translation>
    </message>
    <message>
        <source>カード本体の有効期限</source>
        <extracomment>en: Expiry date of the card itself</extracomment>
        <translation>Expiry date of the card itself</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書の有効期限</source>
        <extracomment>en: Expiry date of the user-authentication certificate</extracomment>
        <translation>Expiry date of the user-authentication certificate</translation>
    </message>
    <message>
        <source>在留期間の満了日</source>
        <extracomment>en: End of the period of stay</extracomment>
        <translation>End of the period of stay</translation>
    </message>
    <message>
        <source>更新期間前です。有効期限の3か月前から更新できます。</source>
        <extracomment>en: Too early: renewal opens 3 months before expiry.</extracomment>
        <translation>Too early: renewal opens 3 months before expiry.</translation>
    </message>
    <message>
        <source>更新できます。</source>
        <extracomment>en: The certificate can be renewed.</extracomment>
        <translation>The certificate can be renewed.</translation>
    </message>
    <message>
        <source>有効期限が過ぎています。新規発行として手続きします。</source>
        <extracomment>en: The certificate has expired: process it as a new issuance.</extracomment>
        <translation>The certificate has expired: process it as a new issuance.</translation>
    </message>
    <message>
        <source>カード本体の有効期限のため、電子証明書だけの更新はできません。カードの再申請が必要です。</source>
        <extracomment>en: Because of the card's own expiry date, the certificate alone cannot be renewed. The card must be applied for again.</extracomment>
        <translation>Because of the card's own expiry date, the certificate alone cannot be renewed. The card must be applied for again.</translation>
    </message>
    <message>
        <source>更新</source>
        <extracomment>en: Renewal</extracomment>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>新規発行</source>
        <extracomment>en: New issuance</extracomment>
        <translation>New issuance</translation>
    </message>
    <message>
        <source>失効のうえ新規発行</source>
        <extracomment>en: Revocation and new issuance</extracomment>
        <translation>Revocation and new issuance</translation>
    </message>
    <message>
        <source>15歳未満の方には署名用電子証明書を発行できません。</source>
        <extracomment>en: A signature certificate cannot be issued to an applicant under 15.</extracomment>
        <translation>A signature certificate cannot be issued to an applicant under 15.</translation>
    </message>
    <message>
        <source>成年被後見人の方には署名用電子証明書を発行できません。</source>
        <extracomment>en: A signature certificate cannot be issued to an adult ward.</extracomment>
        <translation>A signature certificate cannot be issued to an adult ward.</translation>
    </message>
    <message>
        <source>顔認証マイナンバーカードには署名用電子証明書を搭載できません。</source>
        <extracomment>en: A face-authentication card cannot hold a signature certificate.</extracomment>
        <translation>A face-authentication card cannot hold a signature certificate.</translation>
    </message>
    <message>
        <source>カードの有効期間を変更できます。電子証明書は再発行になります。</source>
        <extracomment>en: The card's validity period can be changed; the certificates will be re-issued.</extracomment>
        <translation>The card's validity period can be changed; the certificates will be re-issued.</translation>
    </message>
    <message>
        <source>カードの有効期限が過ぎているため、有効期間の変更はできません。</source>
        <extracomment>en: The card has already expired, so its validity period cannot be changed.</extracomment>
        <translation>The card has already expired, so its validity period cannot be changed.</translation>
    </message>
    <message>
        <source>カードの有効期間を延長できます(2か月、1回限り)。</source>
        <extracomment>en: The card's validity can be extended (by 2 months, once only).</extracomment>
        <translation>The card's validity can be extended (by 2 months, once only).</translation>
    </message>
    <message>
        <source>2か月の延長は1回限りで、既に延長済みです。</source>
        <extracomment>en: The 2-month extension is granted only once and has already been used.</extracomment>
        <translation>The 2-month extension is granted only once and has already been used.</translation>
    </message>
    <message>
        <source>カードの有効期限が誕生日による上限に達しているため、延長できません。</source>
        <extracomment>en: The card already ends on its birthday-based limit and cannot be extended.</extracomment>
        <translation>The card already ends on its birthday-based limit and cannot be extended.</translation>
    </message>
    <message>
        <source>カードの有効期限が過ぎているため、延長できません。</source>
        <extracomment>en: The card has already expired and cannot be extended.</extracomment>
        <translation>The card has already expired and cannot be extended.</translation>
    </message>
    <message>
        <source>住所変更</source>
        <extracomment>en: Change of address</extracomment>
        <translation>Change of address</translation>
    </message>
    <message>
        <source>転出</source>
        <extracomment>en: Move to another municipality</extracomment>
        <translation>Move to another municipality</translation>
    </message>
    <message>
        <source>氏名変更</source>
        <extracomment>en: Change of name</extracomment>
        <translation>Change of name</translation>
    </message>
    <message>
        <source>生年月日の変更</source>
        <extracomment>en: Change of date of birth</extracomment>
        <translation>Change of date of birth</translation>
    </message>
    <message>
        <source>性別の変更</source>
        <extracomment>en: Change of sex</extracomment>
        <translation>Change of sex</translation>
    </message>
    <message>
        <source>国外転出(カードの継続利用あり)</source>
        <extracomment>en: Emigration, continuing to use the card</extracomment>
        <translation>Emigration, continuing to use the card</translation>
    </message>
    <message>
        <source>国外転出(カードの継続利用なし)</source>
        <extracomment>en: Emigration, not continuing to use the card</extracomment>
        <translation>Emigration, not continuing to use the card</translation>
    </message>
    <message>
        <source>転入届・継続利用の手続きの期限切れ</source>
        <extracomment>en: Moving-in notification or continued-use procedure not made in time</extracomment>
        <translation>Moving-in notification or continued-use procedure not made in time</translation>
    </message>
    <message>
        <source>カードの返納</source>
        <extracomment>en: Card returned</extracomment>
        <translation>Card returned</translation>
    </message>
    <message>
        <source>カードの失効</source>
        <extracomment>en: Card invalidated</extracomment>
        <translation>Card invalidated</translation>
    </message>
    <message>
        <source>カードの有効期限満了</source>
        <extracomment>en: Card expired</extracomment>
        <translation>Card expired</translation>
    </message>
    <message>
        <source>死亡</source>
        <extracomment>en: Death</extracomment>
        <translation>Death</translation>
    </message>
</context>
<context>
    <name>jpki::messages::Workflow</name>
    <message>
        <source>受付</source>
        <extracomment>en: Reception</extracomment>
        <translation>Reception</translation>
    </message>
    <message>
        <source>本人確認・書類確認</source>
        <extracomment>en: Identity and documents</extracomment>
        <translation>Identity and documents</translation>
    </message>
    <message>
        <source>照会書兼回答書の発行</source>
        <extracomment>en: Inquiry letter issued</extracomment>
        <translation>Inquiry letter issued</translation>
    </message>
    <message>
        <source>回答待ち</source>
        <extracomment>en: Awaiting the reply</extracomment>
        <translation>Awaiting the reply</translation>
    </message>
    <message>
        <source>カードの確認</source>
        <extracomment>en: Card check</extracomment>
        <translation>Card check</translation>
    </message>
    <message>
        <source>暗証番号の入力</source>
        <extracomment>en: PIN entry</extracomment>
        <translation>PIN entry</translation>
    </message>
    <message>
        <source>カードの処理</source>
        <extracomment>en: Card operation</extracomment>
        <translation>Card operation</translation>
    </message>
    <message>
        <source>完了</source>
        <extracomment>en: Completed</extracomment>
        <translation>Completed</translation>
    </message>
    <message>
        <source>受付不可</source>
        <extracomment>en: Refused</extracomment>
        <translation>Refused</translation>
    </message>
    <message>
        <source>取消</source>
        <extracomment>en: Cancelled</extracomment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>申請者退席</source>
        <extracomment>en: Applicant left</extracomment>
        <translation>Applicant left</translation>
    </message>
    <message>
        <source>必要な書類がそろっていません。</source>
        <extracomment>en: Some required documents are missing.</extracomment>
        <translation>Some required documents are missing.</translation>
    </message>
    <message>
        <source>照会書兼回答書が開封されているため、受け付けられません。</source>
        <extracomment>en: The inquiry-and-reply form was opened before it reached the counter; it cannot be accepted.</extracomment>
        <translation>The inquiry-and-reply form was opened before it reached the counter; it cannot be accepted.</translation>
    </message>
    <message>
        <source>まだ更新できません。更新は有効期限の3か月前から手続きできます。</source>
        <extracomment>en: The certificate cannot be renewed yet: renewal opens three months before expiry.</extracomment>
        <translation>The certificate cannot be renewed yet: renewal opens three months before expiry.</translation>
    </message>
    <message>
        <source>カード本体の有効期限が電子証明書と同時に切れるため、カードの再申請が必要です。</source>
        <extracomment>en: The card itself expires with the certificate; the card must be applied for again.</extracomment>
        <translation>The card itself expires with the certificate; the card must be applied for again.</translation>
    </message>
    <message>
        <source>15歳未満の方には署名用電子証明書を発行できません。</source>
        <extracomment>en: A signature certificate is not issued to an applicant under 15.</extracomment>
        <translation>A signature certificate is not issued to an applicant under 15.</translation>
    </message>
    <message>
        <source>成年被後見人の方には署名用電子証明書を発行できません。</source>
        <extracomment>en: A signature certificate is not issued to an adult ward.</extracomment>
        <translation>A signature certificate is not issued to an adult ward.</translation>
    </message>
    <message>
        <source>顔認証マイナンバーカードには署名用電子証明書を搭載できません。</source>
        <extracomment>en: A face-authentication card holds no signature certificate.</extracomment>
        <translation>A face-authentication card holds no signature certificate.</translation>
    </message>
    <message>
        <source>カードにその電子証明書がありません。更新ではなく新規発行の手続きが必要です。</source>
        <extracomment>en: The card holds no such certificate; a new issuance is needed instead of a renewal.</extracomment>
        <translation>The card holds no such certificate; a new issuance is needed instead of a renewal.</translation>
    </message>
    <message>
        <source>このカードには本日更新できる電子証明書がありません。</source>
        <extracomment>en: No certificate on this card can be renewed today.</extracomment>
        <translation>No certificate on this card can be renewed today.</translation>
    </message>
    <message>
        <source>このカードにはその暗証番号がありません。</source>
        <extracomment>en: This card has no such PIN.</extracomment>
        <translation>This card has no such PIN.</translation>
    </message>
    <message>
        <source>暗証番号の状態をカードから読み取れませんでした。カードを確認してやり直してください。</source>
        <extracomment>en: The card could not tell the state of the PIN. Check the card and try again.</extracomment>
        <translation>The card could not tell the state of the PIN. Check the card and try again.</translation>
    </message>
    <message>
        <source>暗証番号がロックされています。更新の前にロック解除（暗証番号の再設定）が必要です。</source>
        <extracomment>en: The PIN is locked. Release the lock (reset the PIN) before renewing.</extracomment>
        <translation>The PIN is locked. Release the lock (reset the PIN) before renewing.</translation>
    </message>
    <message>
        <source>照会書兼回答書に記入された暗証番号が正しくありません。代理人による更新はできません。先に暗証番号の再設定が必要です。</source>
        <extracomment>en: The PIN written on the inquiry-and-reply form is wrong. The renewal cannot go on through the proxy; the PIN must be reset first.</extracomment>
        <translation>The PIN written on the inquiry-and-reply form is wrong. The renewal cannot go on through the proxy; the PIN must be reset first.</translation>
    </message>
    <message>
        <source>新しい暗証番号が確認用の入力と一致しません。もう一度入力してください。</source>
        <extracomment>en: The two entries of the new PIN do not match. Enter it again.</extracomment>
        <translation>The two entries of the new PIN do not match. Enter it again.</translation>
    </message>
    <message>
        <source>この案件の申請方法（本人・代理人の種別）と合いません。</source>
        <extracomment>en: This does not fit the way the case was requested (in person or by which proxy).</extracomment>
        <translation>This does not fit the way the case was requested (in person or by which proxy).</translation>
    </message>
    <message>
        <source>先に申請者の生年月日（更新ではカードの有効期限も）を入力してください。</source>
        <extracomment>en: The applicant's birth date (and, for a renewal, the card's expiry date) must be entered first.</extracomment>
        <translation>The applicant's birth date (and, for a renewal, the card's expiry date) must be entered first.</translation>
    </message>
    <message>
        <source>この案件の今回の来庁で確認する書類ではありません。</source>
        <extracomment>en: These documents are not those of the case's current visit.</extracomment>
        <translation>These documents are not those of the case's current visit.</translation>
    </message>
    <message>
        <source>先に代理人を登録してください。</source>
        <extracomment>en: Record the proxy first.</extracomment>
        <translation>Record the proxy first.</translation>
    </message>
    <message>
        <source>この案件で再設定する暗証番号を選んでください。</source>
        <extracomment>en: Choose a PIN that this case resets.</extracomment>
        <translation>Choose a PIN that this case resets.</translation>
    </message>
    <message>
        <source>更新するすべての電子証明書の暗証番号を入力してください。</source>
        <extracomment>en: Enter the PIN of every certificate being renewed.</extracomment>
        <translation>Enter the PIN of every certificate being renewed.</translation>
    </message>
    <message>
        <source>カードリーダーのカードが、この案件で確認したカードと異なります。</source>
        <extracomment>en: The card in the reader is not the one checked for this case.</extracomment>
        <translation>The card in the reader is not the one checked for this case.</translation>
    </message>
    <message>
        <source>理由を入力してください。</source>
        <extracomment>en: Enter the reason.</extracomment>
        <translation>Enter the reason.</translation>
    </message>
    <message>
        <source>照会書兼回答書が提示されていません。</source>
        <extracomment>en: The inquiry-and-reply form has not been presented.</extracomment>
        <translation>The inquiry-and-reply form has not been presented.</translation>
    </message>
    <message>
        <source>照会書兼回答書が未発行か、すでに記録されています。</source>
        <extracomment>en: The inquiry letter has not been issued, or was already recorded.</extracomment>
        <translation>The inquiry letter has not been issued, or was already recorded.</translation>
    </message>
    <message>
        <source>該当する案件が見つかりません。</source>
        <extracomment>en: No such case was found.</extracomment>
        <translation>No such case was found.</translation>
    </message>
    <message>
        <source>更新時期の電子証明書</source>
        <extracomment>en: The certificates that are due</extracomment>
        <translation>The certificates that are due</translation>
    </message>
    <message>
        <source>両方の電子証明書</source>
        <extracomment>en: Both certificates</extracomment>
        <translation>Both certificates</translation>
    </message>
    <message>
        <source>利用者証明用電子証明書のみ</source>
        <extracomment>en: User authentication certificate only</extracomment>
        <translation>User authentication certificate only</translation>
    </message>
    <message>
        <source>署名用電子証明書のみ</source>
        <extracomment>en: Signature certificate only</extracomment>
        <translation>Signature certificate only</translation>
    </message>
    <message>
        <source>法定代理人</source>
        <extracomment>en: Legal proxy</extracomment>
        <translation>Legal proxy</translation>
    </message>
    <message>
        <source>任意代理人</source>
        <extracomment>en: Voluntary proxy</extracomment>
        <translation>Voluntary proxy</translation>
    </message>
    <message>
        <source>%1から更新できます。</source>
        <extracomment>en: Renewable from %1.</extracomment>
        <translation>Renewable from %1.</translation>
    </message>
    <message>
        <source>%1：残り%2回</source>
        <extracomment>en: %1: %2 tries left.</extracomment>
        <translation>%1: %2 tries left.</translation>
    </message>
    <message>
        <source>「%1」の段階ではこの操作はできません。</source>
        <extracomment>en: This cannot be done at the step "%1".</extracomment>
        <translation>This cannot be done at the step "%1".</translation>
    </message>
    <message>
        <source>発行機関での処理ができませんでした。もう一度お試しください。繰り返す場合は責任者に連絡してください。</source>
        <extracomment>en: The issuing authority could not complete the request. Try again; if it keeps failing, call the supervisor.</extracomment>
        <translation>The issuing authority could not complete the request. Try again; if it keeps failing, call the supervisor.</translation>
    </message>
    <message>
        <source>%1の窓口%2の記録は締め済みのため、これ以上記録できません。責任者に連絡してください。</source>
        <extracomment>en: %1 at counter %2 has been signed off; nothing more can be recorded for that day. Call the supervisor.</extracomment>
        <translation>%1 at counter %2 has been signed off; nothing more can be recorded for that day. Call the supervisor.</translation>
    </message>
    <message>
        <source>暗証番号が決められた形式ではないため、カードに送っていません。</source>
        <extracomment>en: The PIN does not have the form it must have; it was not sent to the card.</extracomment>
        <translation>The PIN does not have the form it must have; it was not sent to the card.</translation>
    </message>
    <message>
        <source>入力された文字列が長すぎるか、制御文字を含むため保存できません。</source>
        <extracomment>en: A text entered cannot be stored: it is too long or holds control characters.</extracomment>
        <translation>A text entered cannot be stored: it is too long or holds control characters.</translation>
    </message>
</context>
<context>
    <name>jpki::platform::Files</name>
    <message>
        <source>フォルダーがありません</source>
        <extracomment>en: the folder does not exist</extracomment>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>書き込む権限がありません</source>
        <extracomment>en: no permission to write there</extracomment>
        <translation>no permission to write there</translation>
    </message>
    <message>
        <source>読み取り専用のディスクです</source>
        <extracomment>en: the disk is read-only</extracomment>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>ディスクがいっぱいです</source>
        <extracomment>en: the disk is full</extracomment>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>%1 はシンボリックリンク・デバイスなどで、通常のファイルではないため、書き込みませんでした。通常のファイル名を指定してください。</source>
        <extracomment>en: %1 is a symbolic link, a device or another special file, not a regular file: nothing was written. Give the name of a regular file.</extracomment>
        <translation>%1 is a symbolic link, a device or another special file, not a regular file: nothing was written. Give the name of a regular file.</translation>
    </message>
    <message>
        <source>%1 は既に存在するため、上書きしません。別のファイル名を指定してください。</source>
        <extracomment>en: %1 already exists and is not overwritten. Give another file name.</extracomment>
        <translation>%1 already exists and is not overwritten. Give another file name.</translation>
    </message>
    <message>
        <source>%1 を作成できません(%2)。何も書き込んでいません。</source>
        <extracomment>en: %1 cannot be created (%2): nothing was written.</extracomment>
        <translation>%1 cannot be created (%2): nothing was written.</translation>
    </message>
    <message>
        <source>書き上げたファイルを %1 として置けませんでした(%2)。</source>
        <extracomment>en: The finished file could not be put in place as %1 (%2).</extracomment>
        <translation>The finished file could not be put in place as %1 (%2).</translation>
    </message>
    <message>
        <source>%1 を書き込めませんでした(%2)。この名前のファイルは作成していません。</source>
        <extracomment>en: %1 could not be written (%2): nothing was left under that name.</extracomment>
        <translation>%1 could not be written (%2): nothing was left under that name.</translation>
    </message>
</context>
<context>
    <name>jpki::platform::Profile</name>
    <message>
        <source>INI 形式のファイルとして読めません。</source>
        <extracomment>en: The file could not be read as an INI file.</extracomment>
        <translation>The file could not be read as an INI file.</translation>
    </message>
    <message>
        <source>[reception] の opens は closes より前の時刻にしてください。</source>
        <extracomment>en: [reception] opens must be earlier than closes.</extracomment>
        <translation>[reception] opens must be earlier than closes.</translation>
    </message>
    <message>
        <source>%1 が空です。</source>
        <extracomment>en: %1 is empty.</extracomment>
        <translation>%1 is empty.</translation>
    </message>
    <message>
        <source>%1: 「%2」は検査数字の正しい6桁の地方公共団体コードではありません。</source>
        <extracomment>en: %1: "%2" is not a six-digit local government code with a valid check digit.</extracomment>
        <translation>%1: "%2" is not a six-digit local government code with a valid check digit.</translation>
    </message>
    <message>
        <source>%1: 「%2」は時刻(HH:MM)ではありません。</source>
        <extracomment>en: %1: "%2" is not a time of day (HH:MM).</extracomment>
        <translation>%1: "%2" is not a time of day (HH:MM).</translation>
    </message>
    <message>
        <source>%1: 「%2」は月日(MM-DD)ではありません。</source>
        <extracomment>en: %1: "%2" is not a month and day (MM-DD).</extracomment>
        <translation>%1: "%2" is not a month and day (MM-DD).</translation>
    </message>
    <message>
        <source>不明な設定項目 %1 があります。</source>
        <extracomment>en: Unknown setting %1.</extracomment>
        <translation>Unknown setting %1.</translation>
    </message>
    <message>
        <source>自治体設定ファイル %1 を読めません。</source>
        <extracomment>en: The municipality profile %1 cannot be read.</extracomment>
        <translation>The municipality profile %1 cannot be read.</translation>
    </message>
    <message>
        <source>%1 は%2文字以内の1行で、制御文字を含まないようにしてください。</source>
        <extracomment>en: %1 must be at most %2 characters long, on one line, without control characters.</extracomment>
        <translation>%1 must be at most %2 characters long, on one line, without control characters.</translation>
    </message>
    <message>
        <source>%1: 「%2」は 1900-01-01 から 2099-12-31 までの日付(YYYY-MM-DD)ではありません。</source>
        <extracomment>en: %1: "%2" is not a date (YYYY-MM-DD) from 1900-01-01 to 2099-12-31.</extracomment>
        <translation>%1: "%2" is not a date (YYYY-MM-DD) from 1900-01-01 to 2099-12-31.</translation>
    </message>
</context>
<context>
    <name>jpki::platform::Settings</name>
    <message>
        <source>不明な設定項目 %1 です。</source>
        <extracomment>en: Unknown setting %1.</extracomment>
        <translation>Unknown setting %1.</translation>
    </message>
    <message>
        <source>値が空です。</source>
        <extracomment>en: The value is empty.</extracomment>
        <translation>The value is empty.</translation>
    </message>
    <message>
        <source>%1文字以内の1行で、制御文字を含まないようにしてください。</source>
        <extracomment>en: At most %1 characters, on one line, without control characters.</extracomment>
        <translation>At most %1 characters, on one line, without control characters.</translation>
    </message>
    <message>
        <source>「%1」は %2 から %3 までの分数(整数)ではありません。</source>
        <extracomment>en: "%1" is not a whole number of minutes from %2 to %3.</extracomment>
        <translation>"%1" is not a whole number of minutes from %2 to %3.</translation>
    </message>
    <message>
        <source>「%1」は desktop でも dark でもありません。</source>
        <extracomment>en: "%1" is neither desktop nor dark.</extracomment>
        <translation>"%1" is neither desktop nor dark.</translation>
    </message>
    <message>
        <source>存在しないファイルへのリンクのため、無視しました。</source>
        <extracomment>en: A link to a file that does not exist; ignored.</extracomment>
        <translation>A link to a file that does not exist; ignored.</translation>
    </message>
    <message>
        <source>通常のファイルではないため、無視しました。</source>
        <extracomment>en: Not a regular file; ignored.</extracomment>
        <translation>Not a regular file; ignored.</translation>
    </message>
    <message>
        <source>読み取れないため、無視しました(%1)。</source>
        <extracomment>en: Cannot be read (%1); ignored.</extracomment>
        <translation>Cannot be read (%1); ignored.</translation>
    </message>
    <message>
        <source>%1 KiB を超えるため、無視しました。</source>
        <extracomment>en: Larger than %1 KiB; ignored.</extracomment>
        <translation>Larger than %1 KiB; ignored.</translation>
    </message>
    <message>
        <source>UTF-8 のテキストではないため、無視しました。</source>
        <extracomment>en: Not UTF-8 text; ignored.</extracomment>
        <translation>Not UTF-8 text; ignored.</translation>
    </message>
    <message>
        <source>%1 この行は無視しました。</source>
        <extracomment>en: %1 This line is ignored.</extracomment>
        <translation>%1 This line is ignored.</translation>
    </message>
    <message>
        <source>セクション名は [名前] の形で書きます。</source>
        <extracomment>en: A section header is written [name].</extracomment>
        <translation>A section header is written [name].</translation>
    </message>
    <message>
        <source>不明なセクション [%1] です。その中の行は使いません。</source>
        <extracomment>en: Unknown section [%1]; its lines are not used.</extracomment>
        <translation>Unknown section [%1]; its lines are not used.</translation>
    </message>
    <message>
        <source>「キー = 値」の形の行ではありません。</source>
        <extracomment>en: Not a line of the form key = value.</extracomment>
        <translation>Not a line of the form key = value.</translation>
    </message>
    <message>
        <source>「%1」がどのセクションにも属していません。</source>
        <extracomment>en: "%1" stands before any [section].</extracomment>
        <translation>"%1" stands before any [section].</translation>
    </message>
    <message>
        <source>設定を固定できるのは管理者の設定ファイルだけです。</source>
        <extracomment>en: Only the administrator's files can fix settings.</extracomment>
        <translation>Only the administrator's files can fix settings.</translation>
    </message>
    <message>
        <source>%1 は管理者が固定しています。</source>
        <extracomment>en: %1 is fixed by the administrator.</extracomment>
        <translation>%1 is fixed by the administrator.</translation>
    </message>
    <message>
        <source>%1: PostgreSQL のデータベースはこの版ではまだ使えません。案件データベースには SQLite のファイル(パス)を指定してください。</source>
        <extracomment>en: %1: a PostgreSQL database is not supported yet by this version; only a SQLite file (a path) can be used as the case database.</extracomment>
        <translation>%1: a PostgreSQL database is not supported yet by this version; only a SQLite file (a path) can be used as the case database.</translation>
    </message>
</context>
<context>
    <name>jpki::reports</name>
    <message>
        <source>失敗した書き出しも記録できませんでした: %1</source>
        <extracomment>en: The failed export could not be recorded either: %1</extracomment>
        <translation>The failed export could not be recorded either: %1</translation>
    </message>
    <message>
        <source>書き出しを記録できないため、%1 には何も書き込んでいません: %2</source>
        <extracomment>en: Nothing was written to %1, because the export could not be recorded: %2</extracomment>
        <translation>Nothing was written to %1, because the export could not be recorded: %2</translation>
    </message>
</context>
<context>
    <name>jpki::storage</name>
    <message>
        <source>案件データベースを他のプログラムが使用中です。しばらく待ってからもう一度操作してください。</source>
        <extracomment>en: Another program is using the case database. Wait a moment and try again.</extracomment>
        <translation>Another program is using the case database. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>ディスクの空き容量が不足しているため、この操作は記録されませんでした。これまでの記録は失われていません。システム担当者に連絡してください。</source>
        <extracomment>en: The disk is full, so this step was not recorded. Everything recorded before is kept. Call the system administrator.</extracomment>
        <translation>The disk is full, so this step was not recorded. Everything recorded before is kept. Call the system administrator.</translation>
    </message>
    <message>
        <source>案件データベースが読み取り専用のため、この操作は記録されませんでした。これまでの記録は失われていません。システム担当者に連絡してください。</source>
        <extracomment>en: The case database is read-only, so this step was not recorded. Everything recorded before is kept. Call the system administrator.</extracomment>
        <translation>The case database is read-only, so this step was not recorded. Everything recorded before is kept. Call the system administrator.</translation>
    </message>
    <message>
        <source>案件データベースが破損しています。この窓口での作業を中止し、システム担当者に連絡してください(バックアップからの復元が必要です)。</source>
        <extracomment>en: The case database is damaged. Stop work at this counter and call the system administrator; it must be restored from a backup.</extracomment>
        <translation>The case database is damaged. Stop work at this counter and call the system administrator; it must be restored from a backup.</translation>
    </message>
    <message>
        <source>このファイルは本プログラムの案件データベースではありません。ファイルは変更していません。</source>
        <extracomment>en: This file is not a case database of this program. It was left unchanged.</extracomment>
        <translation>This file is not a case database of this program. It was left unchanged.</translation>
    </message>
    <message>
        <source>案件データベースの読み書きに失敗しました。ディスクやネットワークドライブを確認し、システム担当者に連絡してください。</source>
        <extracomment>en: Reading or writing the case database failed. Check the disk or the network drive, and call the system administrator.</extracomment>
        <translation>Reading or writing the case database failed. Check the disk or the network drive, and call the system administrator.</translation>
    </message>
    <message>
        <source>案件データベースを開けませんでした。ファイルとフォルダーがあるか、使用する権限があるかを確認してください。</source>
        <extracomment>en: The case database could not be opened. Check that the file and its folder exist and that you may use them.</extracomment>
        <translation>The case database could not be opened. Check that the file and its folder exist and that you may use them.</translation>
    </message>
    <message>
        <source>既存の記録と矛盾するため、この内容は保存しませんでした。</source>
        <extracomment>en: This record contradicts what is already recorded, so it was not saved.</extracomment>
        <translation>This record contradicts what is already recorded, so it was not saved.</translation>
    </message>
    <message>
        <source>記録済みの内容は変更・削除できません。訂正は新しい記録として追加してください。</source>
        <extracomment>en: A recorded entry cannot be changed or removed. Record a correction as a new entry.</extracomment>
        <translation>A recorded entry cannot be changed or removed. Record a correction as a new entry.</translation>
    </message>
    <message>
        <source>この案件データベースは新しいバージョンのプログラムで作成されています(データベースのバージョン %1、このプログラムが扱えるのはバージョン %2 まで)。プログラムを更新してください。ファイルは変更していません。</source>
        <extracomment>en: This case database was written by a newer version of the program (database version %1; this program reads up to version %2). Update the program. The file was left unchanged.</extracomment>
        <translation>This case database was written by a newer version of the program (database version %1; this program reads up to version %2). Update the program. The file was left unchanged.</translation>
    </message>
    <message>
        <source>この案件データベースは古い形式です(バージョン %1、現在の形式はバージョン %2)。読み取り専用では更新できません。窓口アプリケーションで一度開いてください。</source>
        <extracomment>en: This case database is in an older format (version %1; current version %2) and cannot be upgraded when opened read-only. Open it once in the counter application.</extracomment>
        <translation>This case database is in an older format (version %1; current version %2) and cannot be upgraded when opened read-only. Open it once in the counter application.</translation>
    </message>
    <message>
        <source>該当する記録が見つかりません。</source>
        <extracomment>en: No matching record was found.</extracomment>
        <translation>No matching record was found.</translation>
    </message>
    <message>
        <source>暗証番号・パスワード・個人番号は記録できません。この内容は保存しませんでした。</source>
        <extracomment>en: PINs, passwords and My Numbers are never recorded; the entry was not saved.</extracomment>
        <translation>PINs, passwords and My Numbers are never recorded; the entry was not saved.</translation>
    </message>
    <message>
        <source>入力内容が不足しているか形式が正しくないため、保存しませんでした。</source>
        <extracomment>en: The entry is incomplete or malformed, so it was not saved.</extracomment>
        <translation>The entry is incomplete or malformed, so it was not saved.</translation>
    </message>
    <message>
        <source>案件データベースに、このプログラムが解釈できない値があります。システム担当者に連絡してください。</source>
        <extracomment>en: The case database holds a value this program does not understand. Call the system administrator.</extracomment>
        <translation>The case database holds a value this program does not understand. Call the system administrator.</translation>
    </message>
    <message>
        <source>案件データベースで予期しないエラーが発生しました。システム担当者に連絡してください。</source>
        <extracomment>en: An unexpected error occurred in the case database. Call the system administrator.</extracomment>
        <translation>An unexpected error occurred in the case database. Call the system administrator.</translation>
    </message>
    <message>
        <source>監査記録 %1 の直前にあるはずの記録 %2～%3 が削除されています。</source>
        <extracomment>en: Audit record %1 follows record %2 directly: records %2 to %3 have been removed.</extracomment>
        <translation>Audit record %1 follows record %2 directly: records %2 to %3 have been removed.</translation>
    </message>
    <message>
        <source>監査記録 %1 が直前の記録につながっていません。順序を外れて挿入されたか、直前の記録が差し替えられています。</source>
        <extracomment>en: Audit record %1 does not follow the record before it: it was inserted out of order, or the record before it was replaced.</extracomment>
        <translation>Audit record %1 does not follow the record before it: it was inserted out of order, or the record before it was replaced.</translation>
    </message>
    <message>
        <source>監査記録 %1 の内容が記録後に変更されています。</source>
        <extracomment>en: The content of audit record %1 was changed after it was recorded.</extracomment>
        <translation>The content of audit record %1 was changed after it was recorded.</translation>
    </message>
    <message>
        <source>日次確認(決裁)の時点で確定した監査記録 %1 が、確定時の内容のまま残っていません。記録が削除または差し替えられています。</source>
        <extracomment>en: Audit record %1, confirmed at a day's sign-off, is no longer in the chain as it was signed: records were removed or replaced.</extracomment>
        <translation>Audit record %1, confirmed at a day's sign-off, is no longer in the chain as it was signed: records were removed or replaced.</translation>
    </message>
    <message>
        <source>案件</source>
        <extracomment>en: case</extracomment>
        <translation>case</translation>
    </message>
    <message>
        <source>職員アカウント</source>
        <extracomment>en: staff account</extracomment>
        <translation>staff account</translation>
    </message>
    <message>
        <source>書類確認</source>
        <extracomment>en: document check</extracomment>
        <translation>document check</translation>
    </message>
    <message>
        <source>照会書</source>
        <extracomment>en: inquiry letter</extracomment>
        <translation>inquiry letter</translation>
    </message>
    <message>
        <source>日次決裁</source>
        <extracomment>en: daily sign-off</extracomment>
        <translation>daily sign-off</translation>
    </message>
    <message>
        <source>%1の記録 %2 は監査記録にありません。プログラムの外で追加されています。</source>
        <extracomment>en: The %1 record %2 is not recorded in the audit chain: it was added outside the program.</extracomment>
        <translation>The %1 record %2 is not recorded in the audit chain: it was added outside the program.</translation>
    </message>
    <message>
        <source>監査記録 %2 が記録した%1がデータベースにありません。プログラムの外で削除されています。</source>
        <extracomment>en: The %1 recorded by audit record %2 is missing from the database: it was removed outside the program.</extracomment>
        <translation>The %1 recorded by audit record %2 is missing from the database: it was removed outside the program.</translation>
    </message>
    <message>
        <source>%1の記録 %2 の「%4」が監査記録 %3 と一致しません。プログラムの外で変更されています。</source>
        <extracomment>en: The %1 record %2 differs from audit record %3 in "%4": it was changed outside the program.</extracomment>
        <translation>The %1 record %2 differs from audit record %3 in "%4": it was changed outside the program.</translation>
    </message>
    <message>
        <source>案件データベースの記録が監査記録と一致しません。プログラムの外で変更されています。この記録は使用しません。監督者とシステム担当者に連絡してください。</source>
        <extracomment>en: A record in the case database does not match the audit chain: it was changed outside this program. It is not used. Call the supervisor and the system administrator.</extracomment>
        <translation>A record in the case database does not match the audit chain: it was changed outside this program. It is not used. Call the supervisor and the system administrator.</translation>
    </message>
    <message>
        <source>ここに案件データベースはありません(ファイルがないか、空です)。新しく作成もしていません。パスを確認してください。</source>
        <extracomment>en: There is no case database here (the file is missing or empty), and none was created. Check the path.</extracomment>
        <translation>There is no case database here (the file is missing or empty), and none was created. Check the path.</translation>
    </message>
    <message>
        <source>通常のファイルではないため(フォルダー、FIFO、デバイス、ソケットなど)、開いていません。</source>
        <extracomment>en: This is not a regular file (a folder, a FIFO, a device or a socket), so it was not opened.</extracomment>
        <translation>This is not a regular file (a folder, a FIFO, a device or a socket), so it was not opened.</translation>
    </message>
    <message>
        <source>このデータベースは架空の履歴用に作成されたものではないため、何も書き込んでいません。新しいファイルを指定してください。</source>
        <extracomment>en: This database was not made for synthetic history, so nothing was written to it. Give a new file.</extracomment>
        <translation>This database was not made for synthetic history, so nothing was written to it. Give a new file.</translation>
    </message>
    <message>
        <source>データベースサーバーに接続できないため、何も記録していません。ネットワークとサーバーの指定を確認し、システム担当者に連絡してください。</source>
        <extracomment>en: Could not connect to the database server, so nothing was recorded. Check the network and the server's address, and call the system administrator.</extracomment>
        <translation>Could not connect to the database server, so nothing was recorded. Check the network and the server's address, and call the system administrator.</translation>
    </message>
    <message>
        <source>データベースサーバーがこの窓口のユーザー名またはパスワードを受け付けなかったため、何も記録していません。システム担当者に連絡してください。</source>
        <extracomment>en: The database server did not accept this counter's user name or password, so nothing was recorded. Call the system administrator.</extracomment>
        <translation>The database server did not accept this counter's user name or password, so nothing was recorded. Call the system administrator.</translation>
    </message>
    <message>
        <source>データベースサーバーとの接続が切れました。これまでの記録は失われていません。直前の操作が記録されたかどうかは、接続が戻ってから案件を開き直すと表示されます。接続が戻らない場合は、システム担当者に連絡してください。</source>
        <extracomment>en: The connection to the database server was lost. Everything recorded before is kept; whether the last step was recorded shows when the case is opened again after the connection is back. If the connection does not come back, call the system administrator.</extracomment>
        <translation>The connection to the database server was lost. Everything recorded before is kept; whether the last step was recorded shows when the case is opened again after the connection is back. If the connection does not come back, call the system administrator.</translation>
    </message>
    <message>
        <source>他の窓口が同時に記録していたため、この操作は記録されませんでした。もう一度操作してください。</source>
        <extracomment>en: Another counter was recording at the same moment, so this step was not recorded. Try again.</extracomment>
        <translation>Another counter was recording at the same moment, so this step was not recorded. Try again.</translation>
    </message>
    <message>
        <source>この窓口のデータベース利用者にはこの操作の権限がないため、何も変更していません。システム担当者に連絡してください。</source>
        <extracomment>en: This counter's database user is not allowed to do this, so nothing was changed. Call the system administrator.</extracomment>
        <translation>This counter's database user is not allowed to do this, so nothing was changed. Call the system administrator.</translation>
    </message>
    <message>
        <source>同じ内容がすでに記録されているため、重ねて保存しませんでした。</source>
        <extracomment>en: The same entry is already recorded, so it was not saved again.</extracomment>
        <translation>The same entry is already recorded, so it was not saved again.</translation>
    </message>
</context>
</TS>