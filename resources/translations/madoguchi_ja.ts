<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AdrTab</name>
    <message>
        <source>Matter</source>
        <translation>案件名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>申立日</translation>
    </message>
    <message>
        <source>ADR matters</source>
        <translation>ADR申立て</translation>
    </message>
    <message>
        <source>New ADR matter</source>
        <translation>新しいADR申立て</translation>
    </message>
    <message>
        <source>Ne&amp;w matter…</source>
        <translation>新しい申立て(&amp;W)…</translation>
    </message>
    <message>
        <source>S&amp;ave matter</source>
        <translation>申立てを保存(&amp;A)</translation>
    </message>
    <message>
        <source>Save the matter</source>
        <translation>申立てを保存</translation>
    </message>
    <message>
        <source>Matter sections</source>
        <translation>申立ての項目</translation>
    </message>
    <message>
        <source>Appl&amp;ication</source>
        <translation>申立書(&amp;I)</translation>
    </message>
    <message>
        <source>E&amp;xhibits</source>
        <translation>証拠(&amp;X)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Matter saved.</source>
        <translation>申立てを保存しました。</translation>
    </message>
    <message>
        <source>Draft from timeline</source>
        <translation>経過記録から下書き</translation>
    </message>
    <message>
        <source>Replace the chronology written so far with a draft from the timeline?</source>
        <translation>これまでに書いた経過を、経過記録から作った下書きで置き換えますか?</translation>
    </message>
    <message>
        <source>The bundle cannot be made yet:</source>
        <translation>まだ証拠一式を作成できません:</translation>
    </message>
    <message>
        <source>Choose an empty folder for the bundle</source>
        <translation>証拠一式を保存する空のフォルダーを選択</translation>
    </message>
    <message>
        <source>Bundle written to {0}.</source>
        <translation>証拠一式を {0} に書き出しました。</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>証拠一式</translation>
    </message>
</context>
<context>
    <name>AssistedSafetyDialog</name>
    <message>
        <source>Assisted Safety self-diagnosis</source>
        <translation>セーフティ自己診断（相談員の聞き取り）</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>質問の言語</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>雇用主</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>事業所</translation>
    </message>
    <message>
        <source>The worker &amp;agrees that this answer may be used, without the worker&apos;s name, in feedback to the employer</source>
        <translation>本人は、この回答を氏名を伏せて雇用主へのフィードバックに使うことに同意する(&amp;A)</translation>
    </message>
    <message>
        <source>Consent to anonymous feedback to the employer</source>
        <translation>雇用主への匿名フィードバックへの同意</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>雇用主(&amp;E):</translation>
    </message>
    <message>
        <source>Es&amp;tablishment:</source>
        <translation>事業所(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Save to case</source>
        <translation>案件に保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the answers to the case</source>
        <translation>回答を案件に保存</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>いいえ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Unsure</source>
        <translation>わからない(&amp;U)</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source> hours a month</source>
        <translation> 時間／月</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>machine-drafted</source>
        <translation>機械翻訳（未確認）</translation>
    </message>
    <message>
        <source>incomplete translation</source>
        <translation>翻訳が不完全</translation>
    </message>
    <message>
        <source>Translation status: reviewed by a person.</source>
        <translation>翻訳の状態：人が確認済みです。</translation>
    </message>
    <message>
        <source>Translation status: machine-drafted, not yet reviewed by a person. Check that the worker understands each question.</source>
        <translation>翻訳の状態：機械翻訳で、まだ人が確認していません。本人が各質問を理解しているか確かめてください。</translation>
    </message>
    <message>
        <source>Translation status: incomplete; missing texts are shown in the default language.</source>
        <translation>翻訳の状態：不完全です。足りない文は既定の言語で表示されます。</translation>
    </message>
    <message>
        <source>Answer at least one question before saving.</source>
        <translation>保存する前に、少なくとも1つの質問に回答してください。</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>監査チェーンを検証しています…</translation>
    </message>
    <message>
        <source>Audit chain status</source>
        <translation>監査チェーンの状態</translation>
    </message>
    <message>
        <source>Text in any column</source>
        <translation>いずれかの列に含まれる文字</translation>
    </message>
    <message>
        <source>Filter audit entries</source>
        <translation>監査記録を絞り込み</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>操作で絞り込み</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A):</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>監査記録</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the audit log</source>
        <translation>監査ログを再読み込み</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保管庫はロックされています。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Problems found in the audit chain (%n):</source>
        <translation>
            <numerusform>⚠ 監査チェーンに問題が見つかりました（%n件）:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Audit chain verified: %n entry(ies)</source>
        <translation>
            <numerusform>✓ 監査チェーンを検証しました：%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Could not read the audit log: {0}</source>
        <translation>⚠ 監査ログを読み込めませんでした：{0}</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Vault created</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Unlocked with passphrase</source>
        <translation>パスフレーズでロック解除</translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation>ロック解除の失敗</translation>
    </message>
    <message>
        <source>Unlocked with recovery key</source>
        <translation>回復キーでロック解除</translation>
    </message>
    <message>
        <source>Unlocked with this device&apos;s key</source>
        <translation>この端末の鍵でロック解除</translation>
    </message>
    <message>
        <source>Cases imported</source>
        <translation>案件の取り込み</translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation>案件の書き出し</translation>
    </message>
    <message>
        <source>Case shredded</source>
        <translation>案件の完全消去</translation>
    </message>
    <message>
        <source>Encrypted backup made</source>
        <translation>暗号化バックアップを作成</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>パスフレーズの変更</translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation>回復キーの再発行</translation>
    </message>
    <message>
        <source>Vault remembered on a device</source>
        <translation>端末に保管庫を記憶</translation>
    </message>
    <message>
        <source>Device forgotten</source>
        <translation>端末の記憶を削除</translation>
    </message>
    <message>
        <source>Evidence exported</source>
        <translation>証拠の書き出し</translation>
    </message>
    <message>
        <source>Case key replaced</source>
        <translation>案件の鍵を更新</translation>
    </message>
    <message>
        <source>Case summary printed</source>
        <translation>案件概要の作成</translation>
    </message>
    <message>
        <source>Referral letter made</source>
        <translation>紹介状の作成</translation>
    </message>
    <message>
        <source>ADR bundle made</source>
        <translation>ADR 申立て書類一式の作成</translation>
    </message>
    <message>
        <source>Referral packet sealed</source>
        <translation>紹介パケットの封緘</translation>
    </message>
    <message>
        <source>Referral packet opened</source>
        <translation>紹介パケットの開封</translation>
    </message>
    <message>
        <source>Referral packet received into a case</source>
        <translation>紹介パケットを案件に受け入れ</translation>
    </message>
    <message>
        <source>Safety report made</source>
        <translation>セーフティ報告の作成</translation>
    </message>
    <message>
        <source>This vault&apos;s key pair created</source>
        <translation>この保管庫の鍵ペアを作成</translation>
    </message>
    <message>
        <source>Name on the key card changed</source>
        <translation>鍵カードの名前を変更</translation>
    </message>
    <message>
        <source>Public key exported</source>
        <translation>公開鍵の書き出し</translation>
    </message>
    <message>
        <source>Contact&apos;s key added</source>
        <translation>連絡先の鍵を追加</translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation>連絡先を削除</translation>
    </message>
    <message>
        <source>Contact&apos;s key verified</source>
        <translation>連絡先の鍵を確認済みに</translation>
    </message>
    <message>
        <source>Case shared</source>
        <translation>案件を共有</translation>
    </message>
    <message>
        <source>Case sharing withdrawn</source>
        <translation>案件の共有を解除</translation>
    </message>
    <message>
        <source>Device enrolled with the sync server</source>
        <translation>同期サーバーに端末を登録</translation>
    </message>
    <message>
        <source>Statistics table published</source>
        <translation>統計表を公表</translation>
    </message>
    <message>
        <source>Consent form printed</source>
        <translation>同意書を印刷</translation>
    </message>
    <message>
        <source>Labour standards office complaint drafted</source>
        <translation>労働基準監督署への申告書（下書き）を作成</translation>
    </message>
    <message>
        <source>Company report made (consultations and Safety)</source>
        <translation>企業向け報告書を作成（相談とセーフティ）</translation>
    </message>
    <message>
        <source>&quot;What we hold about you&quot; made for the worker</source>
        <translation>本人向け「保有している情報」を作成</translation>
    </message>
    <message>
        <source>Left a shared case</source>
        <translation>共有された案件から抜けた</translation>
    </message>
    <message>
        <source>Case keys handed to another of my devices</source>
        <translation>案件の鍵を自分の別の端末に渡した</translation>
    </message>
    <message>
        <source>Audit log sealed (vault format upgrade)</source>
        <translation>監査ログを封印（保管庫形式の更新）</translation>
    </message>
    <message>
        <source>Sync drift repaired</source>
        <translation>同期のずれを修復</translation>
    </message>
    <message>
        <source>Wage calculation sheet saved</source>
        <translation>賃金計算書を保存</translation>
    </message>
    <message>
        <source>Wage calculation used as an ADR claim</source>
        <translation>賃金計算をADRの請求額に使用</translation>
    </message>
    <message>
        <source>Full re-download from the server</source>
        <translation>サーバーから全件を再取得</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>案件数</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式の版</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>指紋</translation>
    </message>
    <message>
        <source>with</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>recipient&apos;s fingerprint</source>
        <translation>受取人の指紋</translation>
    </message>
    <message>
        <source>recipient verified</source>
        <translation>受取人の確認</translation>
    </message>
    <message>
        <source>sender&apos;s fingerprint</source>
        <translation>送り主の指紋</translation>
    </message>
    <message>
        <source>known sender</source>
        <translation>既知の送り主</translation>
    </message>
    <message>
        <source>files</source>
        <translation>ファイル数</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大きさ</translation>
    </message>
    <message>
        <source>packet SHA-256</source>
        <translation>パケットの SHA-256</translation>
    </message>
    <message>
        <source>with sensitive fields</source>
        <translation>機微情報を含む</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>letter reference</source>
        <translation>紹介状番号</translation>
    </message>
    <message>
        <source>letter for</source>
        <translation>宛先の種類</translation>
    </message>
    <message>
        <source>worker&apos;s copy in</source>
        <translation>本人用の言語</translation>
    </message>
    <message>
        <source>facts disclosed</source>
        <translation>開示した情報</translation>
    </message>
    <message>
        <source>evidence files</source>
        <translation>証拠ファイル数</translation>
    </message>
    <message>
        <source>letter SHA-256</source>
        <translation>紹介状の SHA-256</translation>
    </message>
    <message>
        <source>worker&apos;s copy SHA-256</source>
        <translation>本人用の SHA-256</translation>
    </message>
    <message>
        <source>exhibits</source>
        <translation>証拠数</translation>
    </message>
    <message>
        <source>bundle SHA-256</source>
        <translation>書類一式の SHA-256</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>鍵の数</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>organisation&apos;s fingerprint</source>
        <translation>団体の指紋</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>employer (hashed)</source>
        <translation>雇用主（ハッシュ）</translation>
    </message>
    <message>
        <source>employer (keyed)</source>
        <translation>雇用主（鍵付きハッシュ）</translation>
    </message>
    <message>
        <source>one establishment only</source>
        <translation>特定の事業所のみ</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>集計対象</translation>
    </message>
    <message>
        <source>by</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>rounded to</source>
        <translation>丸め単位</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>数値の数</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>only cases matching</source>
        <translation>絞り込み条件</translation>
    </message>
    <message>
        <source>may manage sharing</source>
        <translation>共有の管理権限</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>smallest group shown</source>
        <translation>表示する最小人数</translation>
    </message>
    <message>
        <source>PDF SHA-256</source>
        <translation>PDF の SHA-256</translation>
    </message>
    <message>
        <source>CSV SHA-256</source>
        <translation>CSV の SHA-256</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>amount claimed (yen)</source>
        <translation>請求額（円）</translation>
    </message>
    <message>
        <source>claimable (yen)</source>
        <translation>請求可能額（円）</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>replaced the earlier sheet</source>
        <translation>以前の計算書を差替え</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>device key</source>
        <translation>端末の鍵</translation>
    </message>
    <message>
        <source>search text</source>
        <translation>検索語</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>risk flag</source>
        <translation>リスク表示</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>No</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>(case not in this vault)</source>
        <translation>（この保管庫にない案件）</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong ({0}). Nothing was lost.</source>
        <translation>問題が発生しました（{0}）。データは失われていません。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Encrypted backup</source>
        <translation>暗号化バックアップ</translation>
    </message>
    <message>
        <source>Copies the vault, still encrypted, with its evidence files into a new folder in the folder you choose (a USB stick, say), then checks the copy. It opens only with this vault&apos;s passphrase or recovery key: keep the recovery sheet apart from the stick.</source>
        <translation>保管庫を暗号化したまま証拠ファイルと一緒に、選んだフォルダ（USBメモリなど）の中の新しいフォルダにコピーし、コピーを検査します。この保管庫のパスフレーズか回復キーでしか開けません。回復シートはUSBメモリと別に保管してください。</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダ(&amp;F):</translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation>バックアップの書き込み先</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>バックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>保管庫をバックアップ</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>バックアップしてコピーを検査しています…</translation>
    </message>
    <message>
        <source>Backup written and checked: {0} ({1} evidence files, {2} MB).</source>
        <translation>バックアップを書き込み、検査しました: {0}（証拠ファイル {1} 件、{2} MB）。</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Exhibit password</source>
        <translation>証拠のパスワード</translation>
    </message>
    <message>
        <source>{0} is a password-protected PDF. Enter its password:</source>
        <translation>{0} はパスワードで保護されたPDFです。パスワードを入力してください:</translation>
    </message>
    <message>
        <source>Building the bundle</source>
        <translation>証拠一式を作成中</translation>
    </message>
    <message>
        <source>The bundle will be written to {0}.</source>
        <translation>証拠書類一式を {0} に作成します。</translation>
    </message>
    <message>
        <source>Bundle status</source>
        <translation>証拠一式の状況</translation>
    </message>
    <message>
        <source>Bundle progress</source>
        <translation>証拠一式の進行状況</translation>
    </message>
    <message>
        <source>Also save each exhibit, the application and the evidence statement as its own PDF (for upload)</source>
        <translation>申立書・証拠説明書・各号証を号証ごとのPDFにも分けて保存する（提出用）</translation>
    </message>
    <message>
        <source>Also save one PDF per exhibit</source>
        <translation>号証ごとのPDFにも分けて保存</translation>
    </message>
    <message>
        <source>Written into the folder&apos;s &quot;split&quot; folder, named like 甲第1号証.pdf, and listed with their titles in manifest.json.</source>
        <translation>作成先フォルダ内の「split」フォルダに「甲第1号証.pdf」のような名前で保存し、標目とともに manifest.json に記載します。</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>作成(&amp;B)</translation>
    </message>
    <message>
        <source>Build the bundle</source>
        <translation>証拠書類一式を作成</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel building the bundle</source>
        <translation>証拠一式の作成をキャンセル</translation>
    </message>
    <message>
        <source>The vault is locked; no bundle was made.</source>
        <translation>保管庫がロックされているため、証拠一式は作成されませんでした。</translation>
    </message>
    <message>
        <source>Building the bundle in {0}…</source>
        <translation>{0} に証拠一式を作成しています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept in {0}.</source>
        <translation>キャンセルしました。{0} には何も残っていません。</translation>
    </message>
    <message>
        <source>The bundle is ready: {0} ({1} pages).</source>
        <translation>証拠一式ができました: {0}({1}ページ)。</translation>
    </message>
    <message>
        <source>{0} separate PDFs in {1}.</source>
        <translation>号証ごとのPDF {0} 件を {1} に保存しました。</translation>
    </message>
    <message>
        <source>That password does not open {0}.</source>
        <translation>そのパスワードでは {0} を開けません。</translation>
    </message>
    <message>
        <source>No bundle was made: {0} needs its password.</source>
        <translation>証拠一式は作成されませんでした: {0} のパスワードが必要です。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Search names, notes, phone… in any script</source>
        <translation>氏名・メモ・電話番号などで検索（どの文字でも可）</translation>
    </message>
    <message>
        <source>Count only cases matching this text</source>
        <translation>この語を含む案件だけを数える</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>状況で絞り込み</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未終結</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>分野で絞り込み</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <source>Filter by risk flag</source>
        <translation>リスク表示で絞り込み</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>表示を問わない</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Safety follow-up</source>
        <translation>安全確認が必要</translation>
    </message>
    <message>
        <source>Filter by nationality</source>
        <translation>国籍で絞り込み</translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation>国籍を問わない</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Filter by assignee</source>
        <translation>担当者で絞り込み</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search names, notes, phone… in any script</source>
        <translation>氏名・メモ・電話番号などで検索（どの文字でも可）</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>案件を検索</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>状況で絞り込み</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状況</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未終結</translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation>分野で絞り込み</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>すべての分野</translation>
    </message>
    <message>
        <source>Filter by due date</source>
        <translation>期日で絞り込み</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>期日を問わない</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>期日が7日以内</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Filter by residence expiry</source>
        <translation>在留期限で絞り込み</translation>
    </message>
    <message>
        <source>Any residence expiry</source>
        <translation>在留期限を問わない</translation>
    </message>
    <message>
        <source>Residence expires within 30 days</source>
        <translation>在留期限が30日以内</translation>
    </message>
    <message>
        <source>Residence expires within 90 days</source>
        <translation>在留期限が90日以内</translation>
    </message>
    <message>
        <source>Filter by risk flag</source>
        <translation>リスク表示で絞り込み</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>表示を問わない</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Safety follow-up</source>
        <translation>安全確認が必要</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Filter by assignee</source>
        <translation>担当者で絞り込み</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件一覧</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>案件番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Native / katakana</source>
        <translation>母語表記 / カタカナ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>次の期日</translation>
    </message>
    <message>
        <source>Residence expiry</source>
        <translation>在留期限</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Loading case…</source>
        <translation>案件を読み込んでいます…</translation>
    </message>
    <message>
        <source>Case summar&amp;y…</source>
        <translation>ケース概要(&amp;Y)…</translation>
    </message>
    <message>
        <source>Case summary for the paper file</source>
        <translation>紙の記録用のケース概要</translation>
    </message>
    <message>
        <source>Shred case…</source>
        <translation>案件を完全消去…</translation>
    </message>
    <message>
        <source>Shred this case for good</source>
        <translation>この案件を完全に消去</translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation>案件の項目</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;People and organisations</source>
        <translation>関係者・関係機関(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>経過記録(&amp;T)</translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation>タスク(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>証拠(&amp;E)</translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation>同意(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation>紹介(&amp;F)</translation>
    </message>
    <message>
        <source>A&amp;DR</source>
        <translation>ADR(&amp;D)</translation>
    </message>
    <message>
        <source>Wages (&amp;Z)</source>
        <translation>賃金(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation>セーフティ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>変更履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Case summary {0}</source>
        <translation>ケース概要 {0}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>パスフレーズの変更</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>現在のパスフレーズ</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>新しいパスフレーズ（確認）</translation>
    </message>
    <message>
        <source>Passphrase status</source>
        <translation>パスフレーズ変更の状況</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>現在のパスフレーズ(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新しいパスフレーズ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>確認(&amp;R):</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>強度:</translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation>パスフレーズを変更(&amp;P)</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one on this computer at once. The recovery key stays the same. Other devices that sync keep their own passphrase.</source>
        <translation>新しいパスフレーズは、このコンピューターですぐに古いものと置き換わります。回復キーは変わりません。同期している他の端末はそれぞれのパスフレーズのままです。</translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation>現在のパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>新しいパスフレーズが現在のものと同じです。</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>パスフレーズを変更しています…</translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation>案件を終結</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation>終結メモ</translation>
    </message>
    <message>
        <source>Optional: what was achieved, what remains</source>
        <translation>任意：解決したこと、残っていること</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation>案件を終結(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ComboField</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CompanyReportDialog</name>
    <message>
        <source>Company report: consultations and Safety</source>
        <translation>企業向け報告書（相談とセーフティ）</translation>
    </message>
    <message>
        <source>A report for one employer: the consultation topics of workers who consented to feedback to that employer, and the consented Safety answers. Only groups of at least k are shown, and nothing that an earlier report would let someone work out. The PDF and a CSV with the same figures are written.</source>
        <translation>一つの雇用主についての報告書です。その雇用主への情報提供に同意した労働者の相談分野と、同意を得た Safety の回答をまとめます。k 件以上の集まりだけを示し、過去の報告書と照らし合わせて割り出せる数字は出しません。PDF と、同じ数字の CSV を書き出します。</translation>
    </message>
    <message>
        <source>Include &amp;consultation topics (only workers who consented to feedback to this employer; refused below k such cases)</source>
        <translation>相談分野を含める(&amp;C)（この雇用主への情報提供に同意した労働者のみ。該当する案件が k 件未満なら作成しません）</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>雇用主</translation>
    </message>
    <message>
        <source>Establishment (optional)</source>
        <translation>事業所（任意）</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期間の開始</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>期間の終了</translation>
    </message>
    <message>
        <source>Minimum group size k</source>
        <translation>最小グループサイズ k</translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation>雇用主(&amp;E):</translation>
    </message>
    <message>
        <source>E&amp;stablishment:</source>
        <translation>事業所(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始(&amp;F):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>終了(&amp;O):</translation>
    </message>
    <message>
        <source>Minimum group size &amp;k:</source>
        <translation>最小グループサイズ(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>PDF ファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>報告書の状況</translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation>報告書を書き出す(&amp;W)</translation>
    </message>
    <message>
        <source>Reading the employers in the Safety records…</source>
        <translation>Safety の記録から雇用主を読み込んでいます…</translation>
    </message>
    <message>
        <source>No employer is named in the Safety records yet.</source>
        <translation>Safety の記録にはまだ雇用主の名前がありません。</translation>
    </message>
    <message>
        <source>Choose the employer first.</source>
        <translation>先に雇用主を選んでください。</translation>
    </message>
    <message>
        <source>Choose where to write the PDF (a file ending in .pdf; the CSV goes next to it).</source>
        <translation>PDF の書き出し先を選んでください（.pdf で終わるファイル名。CSV はその隣に書き出されます）。</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>報告書を書き出しています…</translation>
    </message>
    <message>
        <source>Refused: {0} overlaps a report already published for this employer; the files written show no figures ({1}, {2}).</source>
        <translation>作成できません: {0} は、この雇用主にすでに公表した報告書と期間が重なります。書き出したファイルには数字が入っていません（{1}、{2}）。</translation>
    </message>
    <message>
        <source>Too few answers: fewer than {0} consented answers for {1}; the files written show no figures ({2}, {3}).</source>
        <translation>回答が少なすぎます: {1} の同意済みの回答が {0} 件未満です。書き出したファイルには数字が入っていません（{2}、{3}）。</translation>
    </message>
    <message>
        <source>Report for {0} ({1} answers) written: {2} and {3}.</source>
        <translation>{0} の報告書（回答 {1} 件）を書き出しました: {2} と {3}。</translation>
    </message>
    <message>
        <source>the Safety section shows no figures (it overlaps a report already published)</source>
        <translation>Safety の部分は数字なし（すでに公表した報告書と期間が重なるため）</translation>
    </message>
    <message>
        <source>the Safety section shows no figures (fewer than {0} consented answers)</source>
        <translation>Safety の部分は数字なし（同意済みの回答が {0} 件未満のため）</translation>
    </message>
    <message>
        <source>the Safety section shows {0} answers</source>
        <translation>Safety の部分は回答 {0} 件</translation>
    </message>
    <message>
        <source>Report for {0} written: consultation topics of {1} consenting cases ({2} figures hidden), and {3}. Files: {4} and {5}.</source>
        <translation>{0} の報告書を書き出しました: 同意済みの案件 {1} 件の相談分野（非公表の数字 {2} 個）、{3}。ファイル: {4} と {5}。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Looking for conflicts…</source>
        <translation>競合を確認しています…</translation>
    </message>
    <message>
        <source>A merged value:</source>
        <translation>統合した値：</translation>
    </message>
    <message>
        <source>Use a merged value</source>
        <translation>統合した値を使う</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>統合した値</translation>
    </message>
    <message>
        <source>&amp;Keep the chosen value</source>
        <translation>選んだ値を残す(&amp;K)</translation>
    </message>
    <message>
        <source>Keep the chosen value</source>
        <translation>選んだ値を残す</translation>
    </message>
    <message>
        <source>Keep the &amp;record</source>
        <translation>記録を残す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete the record</source>
        <translation>記録を削除する(&amp;D)</translation>
    </message>
    <message>
        <source>deleted while edited</source>
        <translation>編集中に削除</translation>
    </message>
    <message>
        <source>No conflicts: every edit has been settled.</source>
        <translation>競合はありません。すべての編集が確定しています。</translation>
    </message>
    <message>
        <source>{0} conflict(s). Nothing is lost until you choose.</source>
        <translation>競合が {0} 件あります。選ぶまで、どの値も失われません。</translation>
    </message>
    <message>
        <source>{0} deleted this record on {1} ({2}) while someone else edited it. Keep it with the current values, or delete it.</source>
        <translation>{0} が {1}（{2}）にこの記録を削除しましたが、その間に別の人が編集していました。現在の値で残すか、削除するかを選んでください。</translation>
    </message>
    <message>
        <source>Values written for “{0}” without seeing each other:</source>
        <translation>「{0}」に、互いを見ずに書かれた値：</translation>
    </message>
    <message>
        <source>{0} — {1}, device {2}, {3}</source>
        <translation>{0} — {1}、端末 {2}、{3}</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Add consent</source>
        <translation>同意を記録</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Who may receive the information</source>
        <translation>情報を受け取ってよい相手</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Which information</source>
        <translation>対象となる情報</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>取得方法</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>提供先(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>範囲(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>取得方法(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation>同意日(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Add consent</source>
        <translation>同意を記録(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ConsentFormDialog</name>
    <message>
        <source>Print consent form</source>
        <translation>同意書の作成</translation>
    </message>
    <message>
        <source>Consent for {0}, to {1}, given on {2}.</source>
        <translation>同意の内容：{0}（提供先：{1}、同意日：{2}）</translation>
    </message>
    <message>
        <source>Language of the worker&apos;s half</source>
        <translation>本人向け欄の言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Consent form status</source>
        <translation>同意書の作成状況</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the consent form</source>
        <translation>同意書を保存</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Save the consent form as</source>
        <translation>同意書の保存先</translation>
    </message>
    <message>
        <source>Choose the file to save the consent form in.</source>
        <translation>同意書を保存するファイルを選んでください。</translation>
    </message>
    <message>
        <source>The languages are still loading; try again.</source>
        <translation>言語を読み込み中です。少し待ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Making the consent form…</source>
        <translation>同意書を作成しています…</translation>
    </message>
    <message>
        <source>The consent form was saved to {0}.</source>
        <translation>同意書を {0} に保存しました。</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>取得方法</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意一覧</translation>
    </message>
    <message>
        <source>&amp;Add consent…</source>
        <translation>同意を記録(&amp;A)…</translation>
    </message>
    <message>
        <source>Add consent</source>
        <translation>同意を記録</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Withdraw selected consent</source>
        <translation>選択した同意を撤回</translation>
    </message>
    <message>
        <source>Print consent fo&amp;rm…</source>
        <translation>同意書を作成(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the selected consent as a form</source>
        <translation>選択した同意の同意書を作成</translation>
    </message>
    <message>
        <source>Select a consent to withdraw.</source>
        <translation>撤回する同意を選択してください。</translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation>この同意はすでに撤回されています。</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>同意の撤回</translation>
    </message>
    <message>
        <source>Record that the worker withdrew this consent today?</source>
        <translation>本人が本日この同意を撤回したと記録しますか？</translation>
    </message>
    <message>
        <source>Select a consent to print as a form.</source>
        <translation>同意書を作成する同意を選んでください。</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Keys and contacts</source>
        <translation>鍵と連絡先</translation>
    </message>
    <message>
        <source>Reading this vault&apos;s key…</source>
        <translation>この保管庫の鍵を読み込んでいます…</translation>
    </message>
    <message>
        <source>This vault&apos;s key fingerprint</source>
        <translation>この保管庫の鍵のフィンガープリント</translation>
    </message>
    <message>
        <source>&amp;Export my key file…</source>
        <translation>自分の鍵ファイルを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Export this vault&apos;s public key file</source>
        <translation>この保管庫の公開鍵ファイルを書き出す</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>この保管庫</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>団体</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>Verified by phone</source>
        <translation>電話で確認済み</translation>
    </message>
    <message>
        <source>&amp;Import a contact&apos;s key…</source>
        <translation>連絡先の鍵を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a contact&apos;s key file</source>
        <translation>連絡先の鍵ファイルを取り込む</translation>
    </message>
    <message>
        <source>&amp;Verified by phone…</source>
        <translation>電話で確認済み(&amp;V)…</translation>
    </message>
    <message>
        <source>Mark the selected key verified by phone</source>
        <translation>選択した鍵を電話で確認済みにする</translation>
    </message>
    <message>
        <source>Keys status</source>
        <translation>鍵の状況</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Organisations you can seal referral packets for:</source>
        <translation>紹介パケットを封緘して送れる団体:</translation>
    </message>
    <message>
        <source>{0}
Fingerprint (read it aloud to check): {1}</source>
        <translation>{0}
フィンガープリント(読み上げて確認): {1}</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Export my key file</source>
        <translation>自分の鍵ファイルを書き出す</translation>
    </message>
    <message>
        <source>Madoguchi key files (*.mdgkey)</source>
        <translation>Madoguchi 鍵ファイル (*.mdgkey)</translation>
    </message>
    <message>
        <source>Key file saved: {0}. Send it to the other organisation.</source>
        <translation>鍵ファイルを保存しました: {0}。相手の団体に送ってください。</translation>
    </message>
    <message>
        <source>Import a contact&apos;s key</source>
        <translation>連絡先の鍵を取り込む</translation>
    </message>
    <message>
        <source>Madoguchi key files (*.mdgkey);;All files (*)</source>
        <translation>Madoguchi 鍵ファイル (*.mdgkey);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Imported the key of {0}. Call them and compare the fingerprint.</source>
        <translation>{0} の鍵を取り込みました。電話をしてフィンガープリントを照合してください。</translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation>先に連絡先を選択してください。</translation>
    </message>
    <message>
        <source>Did {0} read you these digits by phone, and do they match exactly?

{1}</source>
        <translation>{0} に電話でこの数字を読み上げてもらい、完全に一致しましたか?

{1}</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct timeline entry</source>
        <translation>経過記録を訂正</translation>
    </message>
    <message>
        <source>Original ({0}): {1}</source>
        <translation>元の記録（{0}）：{1}</translation>
    </message>
    <message>
        <source>Corrected note</source>
        <translation>訂正後のメモ</translation>
    </message>
    <message>
        <source>Corrected channel</source>
        <translation>訂正後の相談方法</translation>
    </message>
    <message>
        <source>Corrected minutes</source>
        <translation>訂正後の所要時間（分）</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>相談方法(&amp;L):</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>所要時間・分(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Add correction</source>
        <translation>訂正を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add correction</source>
        <translation>訂正を追加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>CounselorExitDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation>キオスクモードの終了</translation>
    </message>
    <message>
        <source>Counselor &amp;passphrase:</source>
        <translation>相談員のパスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>Counselor passphrase</source>
        <translation>相談員のパスフレーズ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk</source>
        <translation>キオスクを終了(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DeviceKey</name>
    <message>
        <source>This device has no system keyring, so the passphrase is asked every time.</source>
        <translation>この端末にはシステムのキーリングがないため、毎回パスフレーズを入力します。</translation>
    </message>
    <message>
        <source>The keyring on this device does not protect secrets well enough (it would keep them in a plain file), so the passphrase is asked every time.</source>
        <translation>この端末のキーリングは秘密を十分に守れません(暗号化されないファイルに保存されます)。そのため毎回パスフレーズを入力します。</translation>
    </message>
    <message>
        <source>The system keyring did not answer (it may be locked). Enter the passphrase.</source>
        <translation>システムのキーリングが応答しません(ロックされている可能性があります)。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>This device no longer remembers the vault. Enter the passphrase.</source>
        <translation>この端末はもう保管庫を記憶していません。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The system keyring no longer holds this vault&apos;s key. Enter the passphrase.</source>
        <translation>システムのキーリングにこの保管庫の鍵がもうありません。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The key this device remembered does not open this vault. Enter the passphrase.</source>
        <translation>この端末が記憶していた鍵ではこの保管庫を開けません。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>This device&apos;s key cannot be used now. Enter the passphrase.</source>
        <translation>この端末の鍵は今は使えません。パスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>DocumentParts</name>
    <message>
        <source>The PDF file to write</source>
        <translation>書き出す PDF ファイル</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>PDF の保存先を選んでください</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation>PDF ファイルを選ぶ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>{0} is a folder; choose a file name.</source>
        <translation>{0} はフォルダです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Loading languages…</source>
        <translation>言語を読み込んでいます…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保管庫はロックされています。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No valid consent for “{0}” to {1} is recorded on this case; record the worker&apos;s consent (purpose: {0}, recipient: {1}) in the Consent tab first.</source>
        <translation>この案件には {1} への「{0}」の有効な同意が記録されていません。先に同意タブで本人の同意（目的：{0}、提供先：{1}）を記録してください。</translation>
    </message>
    <message>
        <source>No valid consent for “{0}” is recorded on this case; record the worker&apos;s consent (purpose: {0}) in the Consent tab first.</source>
        <translation>この案件には「{0}」の有効な同意が記録されていません。先に同意タブで本人の同意（目的：{0}）を記録してください。</translation>
    </message>
    <message>
        <source>The referral consent for {0} does not record how it was given; record the method (written, oral or electronic) in the Consent tab first.</source>
        <translation>{0} への紹介の同意に、同意の方法が記録されていません。紹介状に記載するため、先に同意タブで方法（書面・口頭・電子）を記録してください。</translation>
    </message>
    <message>
        <source>Row {0}, column “{1}”</source>
        <translation>{0}行目、列「{1}」</translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation>{0}行目</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>the worker&apos;s name is empty</source>
        <translation>労働者の氏名が空です</translation>
    </message>
    <message>
        <source>the cell holds an Excel error (#N/A, #REF! …); fix the formula</source>
        <translation>セルにExcelのエラー（#N/A、#REF! など）があります。数式を直してください</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>この列が2回あります</translation>
    </message>
    <message>
        <source>this required column is missing from the header row</source>
        <translation>必須の列が見出し行にありません</translation>
    </message>
    <message>
        <source>a value is in a column without a name in the header row</source>
        <translation>見出し行に名前のない列に値があります</translation>
    </message>
    <message>
        <source>the row has a different number of fields than the header row</source>
        <translation>この行の項目数が見出し行と違います</translation>
    </message>
    <message>
        <source>the vault</source>
        <translation>保管庫</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>the evidence file</source>
        <translation>証拠ファイル</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>this device&apos;s</source>
        <translation>この端末</translation>
    </message>
    <message>
        <source>the value does not fit this column (dates like 2026-03-31, codes as listed in the import guide)</source>
        <translation>値がこの列の形式に合いません（日付は 2026-03-31 の形、コードは取り込みガイドの一覧のとおり）</translation>
    </message>
    <message>
        <source>“{value}” does not fit this column (dates like 2026-03-31, codes as listed in the import guide)</source>
        <translation>「{value}」はこの列の形式に合いません（日付は 2026-03-31 の形、コードは取り込みガイドの一覧のとおり）</translation>
    </message>
    <message>
        <source>this column is not one Madoguchi knows; rename or remove it (see the import guide)</source>
        <translation>Madoguchi が知らない列です。列名を直すか削除してください（取り込みガイドを参照）</translation>
    </message>
    <message>
        <source>a quote (&quot;) opened on line {line} is never closed, so the rest of the file would become one cell; close or remove that quote</source>
        <translation>{line} 行目で開いた引用符（&quot;）が閉じられていないため、ファイルの残りがすべて一つのセルになってしまいます。その引用符を閉じるか削除してください</translation>
    </message>
    <message>
        <source>the quotes (&quot;) on line {line} are malformed; a value with quotes inside must be quoted itself, with each inner quote doubled (&quot;&quot;)</source>
        <translation>{line} 行目の引用符（&quot;）の使い方が正しくありません。引用符を含む値は全体を引用符で囲み、中の引用符は二つ重ねて（&quot;&quot;）ください</translation>
    </message>
    <message>
        <source>the cell holds a NUL byte, so this is not CSV text; save the file again as CSV UTF-8</source>
        <translation>セルに NUL バイトが含まれているため、CSV のテキストではありません。CSV UTF-8 形式で保存し直してください</translation>
    </message>
    <message>
        <source>the text there is neither UTF-8 nor Shift_JIS (the file mixes encodings); save the file again as CSV UTF-8 and import that file</source>
        <translation>この部分の文字が UTF-8 でも Shift_JIS でもありません（ファイル内で文字コードが混在しています）。CSV UTF-8 形式で保存し直し、そのファイルを取り込んでください</translation>
    </message>
    <message>
        <source>The file cannot be imported (it is missing, empty, unreadable or not a case list); save it again as CSV UTF-8 or .xlsx with the column names in row 1.</source>
        <translation>このファイルは取り込めません（存在しない、空である、読めない、または案件一覧ではありません）。1 行目に列名を入れ、CSV UTF-8 形式か .xlsx 形式で保存し直してください。</translation>
    </message>
    <message>
        <source>The file {path} changed after the check; check it again before importing.</source>
        <translation>ファイル {path} は確認の後に変更されました。取り込む前にもう一度確認してください。</translation>
    </message>
    <message>
        <source>Cannot import a file ending in {extension}; use a .csv or .xlsx file.</source>
        <translation>{extension} で終わるファイルは取り込めません。.csv か .xlsx のファイルを使ってください。</translation>
    </message>
    <message>
        <source>The file is {size_mb} MB; files over {max_mb} MB cannot be imported, so split it into smaller files.</source>
        <translation>ファイルの大きさは {size_mb} MB です。{max_mb} MB を超えるファイルは取り込めないため、小さなファイルに分けてください。</translation>
    </message>
    <message>
        <source>The Excel workbook cannot be read; open it in Excel and save it again as .xlsx or CSV UTF-8.</source>
        <translation>Excel ブックを読み取れません。Excel で開き、.xlsx か CSV UTF-8 形式で保存し直してください。</translation>
    </message>
    <message>
        <source>The Excel workbook holds {parts} parts (at most {max_parts}); it is not a case list saved by Excel, so it is not read.</source>
        <translation>この Excel ブックには {parts} 個の部品があります（上限 {max_parts}）。Excel で保存された案件一覧ではないため、読み込みません。</translation>
    </message>
    <message>
        <source>The Excel workbook unpacks to {size_mb} MB (at most {max_mb} MB); split it into smaller files.</source>
        <translation>この Excel ブックは展開すると {size_mb} MB になります（上限 {max_mb} MB）。小さなファイルに分けてください。</translation>
    </message>
    <message>
        <source>A part of the Excel workbook unpacks to {ratio} times its stored size (at most {max_ratio}); it looks like a zip bomb and is not read.</source>
        <translation>Excel ブックの一部が保存時の {ratio} 倍の大きさに展開されます（上限 {max_ratio} 倍）。ZIP 爆弾のおそれがあるため、読み込みません。</translation>
    </message>
    <message>
        <source>The sheet has more than {max_rows} rows (empty ones included); delete the empty rows at its end or split it.</source>
        <translation>シートの行数が {max_rows} 行を超えています（空の行を含む）。末尾の空の行を削除するか、シートを分けてください。</translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells (at most {max_columns}); delete the empty columns at the right of the sheet and import again.</source>
        <translation>{row} 行目に {cells} 個のセルがあります（上限 {max_columns}）。シート右側の空の列を削除して、もう一度取り込んでください。</translation>
    </message>
    <message>
        <source>A wages file ({file}) has a value that cannot be read; nothing was computed. Correct the file and try again.</source>
        <translation>賃金ファイル（{file}）に読み取れない値があります。計算は行われていません。ファイルを直して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The wage rules shipped with the app are damaged ({file}); no estimate can be made. Tell your IT contact.</source>
        <translation>アプリに同梱された賃金の規則が損傷しています（{file}）。概算を出せません。IT担当者に伝えてください。</translation>
    </message>
    <message>
        <source>No wage rule is on file for {on}; no estimate was made for that date.</source>
        <translation>{on} に適用される賃金の規則が登録されていません。その日付の概算は出していません。</translation>
    </message>
    <message>
        <source>The complaint draft could not be made from this case&apos;s wage data.</source>
        <translation>この案件の賃金データから申告書の下書きを作成できませんでした。</translation>
    </message>
    <message>
        <source>Case {ref} has no wage {missing} yet; store the terms and work records before drafting a complaint.</source>
        <translation>案件 {ref} には賃金データ（{missing}）がまだありません。申告書を作成する前に、労働条件と勤務記録を登録してください。</translation>
    </message>
    <message>
        <source>The wage data stored in case {ref} cannot be read, so no complaint was drafted; import the wage files again.</source>
        <translation>案件 {ref} に保存された賃金データを読み取れないため、申告書は作成されませんでした。賃金のファイルを取り込み直してください。</translation>
    </message>
    <message>
        <source>The wage calculation for case {ref} finds nothing unpaid (as of {until}) among the violations chosen, in periods not yet time-barred; there is nothing to report.</source>
        <translation>案件 {ref} の賃金計算では、時効にかかっていない期間について、選んだ違反事項に未払いが見つかりません（{until}時点）。申告する事項はありません。</translation>
    </message>
    <message>
        <source>Case {ref} has no employment terms for the wage calculation yet; enter and save them in the Wages tab first.</source>
        <translation>ケース {ref} には賃金計算用の労働条件がまだありません。先に「賃金」タブで入力して保存してください。</translation>
    </message>
    <message>
        <source>Case {ref} has no work records for the wage calculation yet; enter or import them in the Wages tab first.</source>
        <translation>ケース {ref} には賃金計算用の勤務記録がまだありません。先に「賃金」タブで入力するか取り込んでください。</translation>
    </message>
    <message>
        <source>The wage data stored in case {ref} cannot be read; import or enter it again in the Wages tab.</source>
        <translation>ケース {ref} に保存された賃金データを読み取れません。「賃金」タブで取り込み直すか入力し直してください。</translation>
    </message>
    <message>
        <source>The calculation for case {ref} leaves nothing to claim as of {until}; the ADR matter was not changed.</source>
        <translation>ケース {ref} の計算では、{until} 時点で請求できる額がありません。ADR事件は変更していません。</translation>
    </message>
    <message>
        <source>The timeline of case {ref} changed since the work records were drafted; nothing was added. Draft from the timeline again.</source>
        <translation>勤務記録の下書きを作った後にケース {ref} の経過記録が変わったため、何も追加しませんでした。もう一度経過記録から下書きしてください。</translation>
    </message>
    <message>
        <source>The document could not be made; nothing was written.</source>
        <translation>文書を作成できませんでした。何も書き出されていません。</translation>
    </message>
    <message>
        <source>Exhibit {label} cannot be used in a bundle (its file is missing, damaged or of a type a bundle cannot include); replace it with a readable PDF or image.</source>
        <translation>証拠 {label} は証拠綴りに使えません（ファイルがない、壊れている、または綴りに含められない形式です）。読み取れる PDF か画像に差し替えてください。</translation>
    </message>
    <message>
        <source>ADR matter “{title}” has no exhibits; add its evidence as exhibits first.</source>
        <translation>ADR事件「{title}」には書証がありません。先に証拠を書証として追加してください。</translation>
    </message>
    <message>
        <source>No exhibit of ADR matter “{title}” has a file (all are described only); attach at least one exhibit&apos;s file to build the bundle.</source>
        <translation>ADR事件「{title}」の書証はすべてファイルのない書証（説明のみ）です。証拠書類一式を作成するには、少なくとも1つの書証にファイルを添付してください。</translation>
    </message>
    <message>
        <source>Exhibit {label} already has its file; remove the exhibit and add it again to use another file.</source>
        <translation>証拠{label}にはすでにファイルがあります。別のファイルを使うには、証拠を削除して追加し直してください。</translation>
    </message>
    <message>
        <source>That evidence is not in the case of exhibit {label}; add the file to this case first.</source>
        <translation>その証拠ファイルは証拠{label}の案件のものではありません。先にこの案件にファイルを追加してください。</translation>
    </message>
    <message>
        <source>Exhibit {label}: {quoted} is a dynamic (XFA) form that only Adobe Reader can draw. Open it in Adobe Reader and print it to PDF, or attach a scan of the printed form.</source>
        <translation>証拠 {label}：{quoted} は Adobe Reader でしか表示できない動的（XFA）フォームです。Adobe Reader で開いて PDF に印刷するか、印刷したフォームをスキャンして添付してください。</translation>
    </message>
    <message>
        <source>Exhibit {label} is a password-protected PDF; give its password.</source>
        <translation>証拠 {label} はパスワード付きの PDF です。パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Exhibit {label}: {quoted} is password-protected; give its password.</source>
        <translation>証拠 {label}：{quoted} はパスワードで保護されています。パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Exhibit {label}: the password given for {quoted} is wrong; give the right password.</source>
        <translation>証拠 {label}：{quoted} のパスワードが違います。正しいパスワードを入力してください。</translation>
    </message>
    <message>
        <source>A letter template file of this installation is missing or damaged; reinstall Madoguchi.</source>
        <translation>このインストールの文書テンプレートのファイルがないか、壊れています。Madoguchi を入れ直してください。</translation>
    </message>
    <message>
        <source>The packet could not be written or read; nothing was changed.</source>
        <translation>パケットを書き出す、または読み込むことができませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <source>This file is not a Madoguchi packet (.mdgpkt).</source>
        <translation>このファイルは Madoguchi のパケット（.mdgpkt）ではありません。</translation>
    </message>
    <message>
        <source>This packet was made by another version of Madoguchi and cannot be opened here; update Madoguchi or ask the sender to seal it again.</source>
        <translation>このパケットは別のバージョンの Madoguchi で作成されたため、ここでは開けません。Madoguchi を更新するか、送り主に封をし直すよう頼んでください。</translation>
    </message>
    <message>
        <source>This packet is for another recipient (key {short}-…); it cannot be opened with this vault.</source>
        <translation>このパケットは別の受取人宛てです（鍵 {short}-…）。この保管庫では開けません。</translation>
    </message>
    <message>
        <source>The packet is damaged or was changed after it was sealed; ask the sender to send it again.</source>
        <translation>パケットが壊れているか、封をした後に変更されています。送り主にもう一度送るよう頼んでください。</translation>
    </message>
    <message>
        <source>The packet&apos;s signature does not match the sender key it names; do not trust its contents and ask the sender to seal it again.</source>
        <translation>パケットの署名が、記載された送り主の鍵と一致しません。内容を信用せず、送り主に封をし直すよう頼んでください。</translation>
    </message>
    <message>
        <source>This file cannot be used as a Madoguchi public key file; ask the sender to export their key again.</source>
        <translation>このファイルは Madoguchi の公開鍵ファイルとして使えません。送り主に鍵をもう一度書き出すよう頼んでください。</translation>
    </message>
    <message>
        <source>The Safety questionnaire file of this installation is damaged; reinstall Madoguchi.</source>
        <translation>このインストールのセーフティ質問票ファイルが壊れています。Madoguchi を入れ直してください。</translation>
    </message>
    <message>
        <source>That answer does not fit this question; check it and answer again.</source>
        <translation>その回答はこの質問に合いません。確認して、もう一度回答してください。</translation>
    </message>
    <message>
        <source>This report overlaps a report already published for the same employer; it was not recorded. Make it again from the current records.</source>
        <translation>このレポートは、同じ雇用主についてすでに公表されたレポートと期間が重なっているため、記録されませんでした。現在の記録からもう一度作成してください。</translation>
    </message>
    <message>
        <source>The minimum group size must be a whole number of at least the allowed minimum; it can only be raised.</source>
        <translation>最小グループ人数は、許される最小値以上の整数でなければなりません。引き上げることしかできません。</translation>
    </message>
    <message>
        <source>The minimum group size or the rounding is out of range (the group size cannot go below the minimum; rounding is a whole number from 1 to 100).</source>
        <translation>最小グループ人数または丸めの値が範囲外です（グループ人数は最小値を下回れません。丸めは 1 から 100 までの整数です）。</translation>
    </message>
    <message>
        <source>Fewer than {k} cases of {employer} with a consultation from {start} to {end} consented to company feedback; no report was made.</source>
        <translation>{start}〜{end} に相談があり、企業へのフィードバックに同意した {employer} の事案が {k} 件未満のため、報告は作成しませんでした。</translation>
    </message>
    <message>
        <source>The demo data of this installation is damaged; reinstall Madoguchi.</source>
        <translation>このインストールのデモデータが壊れています。Madoguchi を入れ直してください。</translation>
    </message>
    <message>
        <source>The command was not run as given; check its options.</source>
        <translation>コマンドは指定どおりには実行されませんでした。オプションを確認してください。</translation>
    </message>
    <message>
        <source>Sync was cancelled; what was already sent or received is kept.</source>
        <translation>同期を取り消しました。すでに送受信した分は保持されています。</translation>
    </message>
    <message>
        <source>Sync could not finish; your work is kept here. Try again, and tell your administrator if it keeps failing.</source>
        <translation>同期を完了できませんでした。作業内容はこの端末に保持されています。もう一度試し、失敗が続く場合は管理者に伝えてください。</translation>
    </message>
    <message>
        <source>This enrolment code is for another person, not {user_id}; ask your administrator for the code made for you.</source>
        <translation>この登録コードは {user_id} さん用ではなく、別の人のものです。あなた用に発行されたコードを管理者に依頼してください。</translation>
    </message>
    <message>
        <source>An evidence file id from the server or a colleague is not in the form the app makes; that file was skipped.</source>
        <translation>サーバーまたは同僚から届いた証拠ファイルの識別子が、このアプリの形式ではありません。そのファイルは飛ばしました。</translation>
    </message>
    <message>
        <source>The server answered about another evidence file than the one asked for; it was not downloaded.</source>
        <translation>サーバーが、求めたものとは別の証拠ファイルについて応答しました。ダウンロードしていません。</translation>
    </message>
    <message>
        <source>The sync server cannot be reached now; your work is kept here and will sync later.</source>
        <translation>今は同期サーバーに接続できません。作業内容はこの端末に保持され、後で同期されます。</translation>
    </message>
    <message>
        <source>The sync server {base_url} did not answer in time; your work is kept here and will sync later.</source>
        <translation>同期サーバー {base_url} から時間内に応答がありませんでした。作業内容はこの端末に保持され、後で同期されます。</translation>
    </message>
    <message>
        <source>The sync server {base_url} cannot be reached; your work is kept here and will sync later.</source>
        <translation>同期サーバー {base_url} に接続できません。作業内容はこの端末に保持され、後で同期されます。</translation>
    </message>
    <message>
        <source>The sync server {base_url} has a problem (HTTP {status}); your work is kept here and will sync later.</source>
        <translation>同期サーバー {base_url} に問題が起きています（HTTP {status}）。作業内容はこの端末に保持され、後で同期されます。</translation>
    </message>
    <message>
        <source>The sync server and this Madoguchi do not speak the same version; update whichever is older.</source>
        <translation>同期サーバーとこの Madoguchi のバージョンが合いません。古いほうを更新してください。</translation>
    </message>
    <message>
        <source>This Madoguchi speaks sync protocol version {protocol_version}, but the server does not; check the server address, or update the server.</source>
        <translation>この Madoguchi は同期プロトコルのバージョン {protocol_version} を使いますが、サーバーは対応していません。サーバーのアドレスを確認するか、サーバーを更新してください。</translation>
    </message>
    <message>
        <source>The server speaks sync protocol version {server_version}, but this Madoguchi speaks version {protocol_version}; update whichever is older.</source>
        <translation>サーバーは同期プロトコルのバージョン {server_version} を、この Madoguchi はバージョン {protocol_version} を使っています。古いほうを更新してください。</translation>
    </message>
    <message>
        <source>This vault is not enrolled with a sync server; enrol it with the code your administrator gave you.</source>
        <translation>この保管庫は同期サーバーに登録されていません。管理者から受け取ったコードで登録してください。</translation>
    </message>
    <message>
        <source>This device is enrolled but not approved yet; ask your administrator to approve device {device_id}.</source>
        <translation>この端末は登録済みですが、まだ承認されていません。管理者に端末 {device_id} の承認を頼んでください。</translation>
    </message>
    <message>
        <source>This device&apos;s access to the sync server was revoked; ask your administrator.</source>
        <translation>この端末の同期サーバーへのアクセスは取り消されました。管理者に相談してください。</translation>
    </message>
    <message>
        <source>Your role does not allow this; ask a counselor or your administrator.</source>
        <translation>あなたの役割ではこの操作はできません。相談員か管理者に頼んでください。</translation>
    </message>
    <message>
        <source>Only the case&apos;s owners and organisation administrators can let someone else manage it; share it without “may manage”.</source>
        <translation>他の人に案件の管理を任せられるのは、案件の所有者と組織の管理者だけです。「管理を許可」を付けずに共有してください。</translation>
    </message>
    <message>
        <source>Only the case&apos;s owners and organisation administrators can withdraw {user_id}; you may withdraw only yourself.</source>
        <translation>{user_id} さんのアクセスを取り消せるのは、案件の所有者と組織の管理者だけです。あなたが取り消せるのは自分自身のアクセスだけです。</translation>
    </message>
    <message>
        <source>A key from the server is not certified by your organisation; it was not used and nothing was shared. Tell your administrator.</source>
        <translation>サーバーから届いた鍵が組織によって認証されていません。その鍵は使わず、何も共有していません。管理者に伝えてください。</translation>
    </message>
    <message>
        <source>A case key said to come from your organisation&apos;s recovery is not signed by your organisation; it was not used. Tell your administrator.</source>
        <translation>組織の回復鍵から渡されたとされる案件の鍵に、組織の署名がありません。使用していません。管理者に伝えてください。</translation>
    </message>
    <message>
        <source>A case key for case {case_id} was given by device {granted_by} after that device was revoked; it was not used. Ask a colleague who holds the case to share it again.</source>
        <translation>案件 {case_id} の鍵は、端末 {granted_by} のアクセスが取り消された後に渡されたものなので、使用していません。この案件を持っている同僚に、もう一度共有してもらってください。</translation>
    </message>
    <message>
        <source>The sync server does not have what was asked for (it may have been removed).</source>
        <translation>求めたものは同期サーバーにありません（削除された可能性があります）。</translation>
    </message>
    <message>
        <source>The sync server refused the request; nothing was changed.</source>
        <translation>同期サーバーが要求を拒否しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>The sync server {base_url} refused the request (HTTP {status}) without saying why.</source>
        <translation>同期サーバー {base_url} が理由を示さずに要求を拒否しました（HTTP {status}）。</translation>
    </message>
    <message>
        <source>The sync server {base_url} answered with something this Madoguchi cannot read; nothing was changed.</source>
        <translation>同期サーバー {base_url} から、この Madoguchi が読めない応答が返りました。何も変更されていません。</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost.</source>
        <translation>問題が発生しました。データは失われていません。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>取り消しました。</translation>
    </message>
    <message>
        <source>Storing the evidence file was cancelled; nothing was kept.</source>
        <translation>証拠ファイルの保存を取り消しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>The bundle was cancelled; nothing was written.</source>
        <translation>証拠綴りの作成を取り消しました。何も書き出されていません。</translation>
    </message>
    <message>
        <source>No vault found in the folder {folder}. Create one or choose another folder.</source>
        <translation>フォルダー {folder} に保管庫が見つかりません。保管庫を作成するか、別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>A vault already exists in the folder {folder}.</source>
        <translation>フォルダー {folder} にはすでに保管庫があります。</translation>
    </message>
    <message>
        <source>The vault in the folder {folder} is open in another Madoguchi window or command; close it first.</source>
        <translation>フォルダー {folder} の保管庫は、別の Madoguchi のウィンドウまたはコマンドで開かれています。先にそちらを閉じてください。</translation>
    </message>
    <message>
        <source>Wrong passphrase: the vault stays locked. Check the keyboard language and Caps Lock.</source>
        <translation>パスフレーズが違います。保管庫はロックされたままです。キーボードの入力言語と Caps Lock を確認してください。</translation>
    </message>
    <message>
        <source>Wrong recovery key: the vault stays locked. Check the keyboard language and Caps Lock.</source>
        <translation>回復キーが違います。保管庫はロックされたままです。キーボードの入力言語と Caps Lock を確認してください。</translation>
    </message>
    <message>
        <source>The key this device remembered does not open the vault. Enter the passphrase.</source>
        <translation>この端末が記憶していた鍵では保管庫を開けません。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The recovery key is mistyped (a group does not match its check letters); compare it with the printed sheet, group by group.</source>
        <translation>回復キーの入力に誤りがあります（あるグループが確認用の文字と一致しません）。印刷した用紙と一グループずつ見比べてください。</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>保管庫はロックされています。先にロックを解除してください。</translation>
    </message>
    <message>
        <source>Part of the vault is damaged and cannot be read. Run the vault check, and restore from a backup if it reports damage.</source>
        <translation>保管庫の一部が壊れていて読み取れません。保管庫の検査を実行し、損傷が報告されたらバックアップから復元してください。</translation>
    </message>
    <message>
        <source>The vault file in the folder {folder} is damaged or is not a vault.</source>
        <translation>フォルダー {folder} の保管庫ファイルが壊れているか、保管庫ではありません。</translation>
    </message>
    <message>
        <source>The vault file holds no Madoguchi data.</source>
        <translation>保管庫ファイルに Madoguchi のデータがありません。</translation>
    </message>
    <message>
        <source>The vault has lost its {slot} key slot; restore the vault from a backup.</source>
        <translation>保管庫の{slot}の鍵スロットが失われています。バックアップから保管庫を復元してください。</translation>
    </message>
    <message>
        <source>The passphrase slot is damaged; unlock with the recovery key.</source>
        <translation>パスフレーズの鍵スロットが壊れています。回復キーでロックを解除してください。</translation>
    </message>
    <message>
        <source>The recovery key slot is damaged; unlock with the passphrase and make a new recovery key.</source>
        <translation>回復キーの鍵スロットが壊れています。パスフレーズでロックを解除し、新しい回復キーを作成してください。</translation>
    </message>
    <message>
        <source>This device&apos;s key slot is damaged; unlock with the passphrase (the device can remember the vault again if asked).</source>
        <translation>この端末の鍵スロットが壊れています。パスフレーズでロックを解除してください（求めれば、この端末は再び保管庫を記憶できます）。</translation>
    </message>
    <message>
        <source>The vault header is damaged (its key-derivation settings are out of range); restore the vault from a backup.</source>
        <translation>保管庫のヘッダーが壊れています（鍵導出の設定が範囲外です）。バックアップから保管庫を復元してください。</translation>
    </message>
    <message>
        <source>The vault&apos;s key-derivation settings are of an unknown kind; open it with the Madoguchi version that created it.</source>
        <translation>保管庫の鍵導出の設定が未知の種類です。保管庫を作成したバージョンの Madoguchi で開いてください。</translation>
    </message>
    <message>
        <source>This vault&apos;s format cannot be read by this version of Madoguchi.</source>
        <translation>この保管庫の形式は、このバージョンの Madoguchi では読み取れません。</translation>
    </message>
    <message>
        <source>This vault was written by a newer Madoguchi (format {found}; this version reads up to {format_version}). Update Madoguchi to open it.</source>
        <translation>この保管庫は新しい Madoguchi で書かれています（形式 {found}。このバージョンが読めるのは {format_version} まで）。開くには Madoguchi を更新してください。</translation>
    </message>
    <message>
        <source>This folder does not hold a Madoguchi vault of any known format.</source>
        <translation>このフォルダーには、既知の形式の Madoguchi 保管庫がありません。</translation>
    </message>
    <message>
        <source>This Madoguchi cannot upgrade the vault&apos;s format {version}.</source>
        <translation>この Madoguchi では、保管庫の形式 {version} を更新できません。</translation>
    </message>
    <message>
        <source>Upgrading the vault from format {found} to {format_version} failed; the vault was left unchanged.</source>
        <translation>保管庫の形式を {found} から {format_version} へ更新できませんでした。保管庫は変更されていません。</translation>
    </message>
    <message>
        <source>The passphrase is too weak; a few unrelated words work well.</source>
        <translation>パスフレーズが弱すぎます。関係のない単語をいくつか並べると安全です。</translation>
    </message>
    <message>
        <source>The passphrase must have at least {min_chars} characters; a few unrelated words work well.</source>
        <translation>パスフレーズは {min_chars} 文字以上にしてください。関係のない単語をいくつか並べると安全です。</translation>
    </message>
    <message>
        <source>The passphrase repeats too few different characters.</source>
        <translation>パスフレーズに使われている文字の種類が少なすぎます。</translation>
    </message>
    <message>
        <source>What was asked for is not in this vault (it may have been deleted or shredded).</source>
        <translation>求めたものはこの保管庫にありません（削除または完全消去された可能性があります）。</translation>
    </message>
    <message>
        <source>A value is not valid here; check what was entered and try again.</source>
        <translation>この値はここでは使えません。入力内容を確認して、もう一度試してください。</translation>
    </message>
    <message>
        <source>Your name must be one line of at most {max_chars} characters.</source>
        <translation>氏名は{max_chars}文字以内の1行で入力してください。</translation>
    </message>
    <message>
        <source>“{user_id}” is not a valid user id: use letters, digits, “_”, “-” or “.” (at most 64).</source>
        <translation>「{user_id}」はユーザーIDとして使えません。英字・数字・「_」「-」「.」で64文字以内にしてください。</translation>
    </message>
    <message>
        <source>This vault has synced; your name and user id are fixed now.</source>
        <translation>この保管庫は同期済みのため、氏名とユーザーIDは変更できません。</translation>
    </message>
    <message>
        <source>Your changes are already recorded as {user_id}; the user id cannot change any more.</source>
        <translation>変更はすでに{user_id}として記録されているため、ユーザーIDは変更できません。</translation>
    </message>
    <message>
        <source>Access to this case was withdrawn by its owner; it can be read here but not changed.</source>
        <translation>この案件へのアクセスは所有者によって取り消されました。閲覧はできますが、変更はできません。</translation>
    </message>
    <message>
        <source>The file {source} cannot be read; nothing was added.</source>
        <translation>ファイル {source} を読み取れません。何も追加されていません。</translation>
    </message>
    <message>
        <source>The file {name} could not be stored in the vault; nothing was added.</source>
        <translation>ファイル {name} を保管庫に保存できませんでした。何も追加されていません。</translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}). Nothing was saved; check the disk and try again.</source>
        <translation>{target}（{path}）に書き込めません。何も保存されていません。ディスクを確認して、もう一度試してください。</translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}): the disk reported an error; it may be failing or disconnected. Nothing was saved; check the disk and try again.</source>
        <translation>{target}（{path}）に書き込めません。ディスクがエラーを報告しました（故障しかけているか、接続が切れている可能性があります）。何も保存されていません。ディスクを確認して、もう一度試してください。</translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}): the disk is full. Nothing was saved; free some space and try again.</source>
        <translation>{target}（{path}）に書き込めません。ディスクがいっぱいです。何も保存されていません。空き容量を作ってから、もう一度試してください。</translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}): the disk is full for your account (the disk quota is used up). Nothing was saved; free some space or ask your IT contact.</source>
        <translation>{target}（{path}）に書き込めません。あなたのアカウントのディスク容量（クォータ）を使い切っています。何も保存されていません。空き容量を作るか、IT 担当者に相談してください。</translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}): it reached the largest file size this system allows. Nothing was saved; ask your IT contact to raise the limit or move the vault to another disk.</source>
        <translation>{target}（{path}）に書き込めません。このシステムで許されるファイルの最大サイズに達しました。何も保存されていません。IT 担当者に上限を上げてもらうか、保管庫を別のディスクに移してください。</translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}): it is on a read-only medium (a locked USB stick, a CD or a read-only share). Nothing was saved; copy it to a writable disk.</source>
        <translation>{target}（{path}）に書き込めません。読み取り専用の媒体（ロックされた USB メモリ、CD、読み取り専用の共有フォルダーなど）にあります。何も保存されていません。書き込めるディスクにコピーしてください。</translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}): your account has no permission to write there. Nothing was saved; ask your IT contact for write access.</source>
        <translation>{target}（{path}）に書き込めません。あなたのアカウントにはそこへの書き込み権限がありません。何も保存されていません。IT 担当者に書き込み権限を頼んでください。</translation>
    </message>
    <message>
        <source>The backup failed; nothing was changed.</source>
        <translation>バックアップに失敗しました。何も変更されていません。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged and cannot be used.</source>
        <translation>バックアップ {path} は壊れていて使えません。</translation>
    </message>
    <message>
        <source>The evidence file {file} did not copy whole; the backup is not usable.</source>
        <translation>証拠ファイル {file} が完全にはコピーされませんでした。このバックアップは使えません。</translation>
    </message>
    <message>
        <source>{path} already exists; wait a second and back up again.</source>
        <translation>{path} はすでにあります。少し待ってから、もう一度バックアップしてください。</translation>
    </message>
    <message>
        <source>There is no folder {path} to write the backup to.</source>
        <translation>バックアップを書き込むフォルダー {path} がありません。</translation>
    </message>
    <message>
        <source>{path} holds no vault backup.</source>
        <translation>{path} には保管庫のバックアップがありません。</translation>
    </message>
    <message>
        <source>The copy in {path} is not the same vault; the backup is not usable.</source>
        <translation>{path} のコピーは同じ保管庫のものではありません。このバックアップは使えません。</translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; restore into a new or empty folder.</source>
        <translation>フォルダー {folder} は空ではありません。新しいフォルダーか空のフォルダーに復元してください。</translation>
    </message>
    <message>
        <source>There is already a vault in the folder {folder}; restoring does not overwrite it. Choose another folder.</source>
        <translation>フォルダー {folder} にはすでに保管庫があります。復元しても上書きはしません。別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>取得者</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入手元</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>証拠ファイル</translation>
    </message>
    <message>
        <source>Source of the files to add</source>
        <translation>追加するファイルの入手元</translation>
    </message>
    <message>
        <source>e.g. LINE screenshots sent by the worker</source>
        <translation>例：本人から送られたLINEのスクリーンショット</translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation>入手元(&amp;R):</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>書き出し(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>ファイルを追加</translation>
    </message>
    <message>
        <source>Or drop files on this tab</source>
        <translation>このタブにファイルをドロップしても追加できます</translation>
    </message>
    <message>
        <source>Export selected file</source>
        <translation>選択したファイルを書き出す</translation>
    </message>
    <message>
        <source>File added and encrypted.</source>
        <translation>ファイルを暗号化して追加しました。</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>証拠ファイルを追加</translation>
    </message>
    <message>
        <source>Folders cannot be added; drop the files inside them.</source>
        <translation>フォルダーは追加できません。中のファイルをドロップしてください。</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>ファイルを開いています…</translation>
    </message>
    <message>
        <source>Select a file to export.</source>
        <translation>書き出すファイルを選択してください。</translation>
    </message>
    <message>
        <source>Export evidence file</source>
        <translation>証拠ファイルを書き出す</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>書き出しています…</translation>
    </message>
    <message>
        <source>Exported to {0}; its SHA-256 was verified.</source>
        <translation>{0} に書き出しました。SHA-256 を照合済みです。</translation>
    </message>
</context>
<context>
    <name>ExhibitDialog</name>
    <message>
        <source>Edit exhibit</source>
        <translation>証拠を編集</translation>
    </message>
    <message>
        <source>Add exhibit</source>
        <translation>証拠を追加</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>証拠ファイル</translation>
    </message>
    <message>
        <source>No file (described only)</source>
        <translation>ファイルなし(説明のみ)</translation>
    </message>
    <message>
        <source>Next free number</source>
        <translation>次の空き番号</translation>
    </message>
    <message>
        <source>Exhibit number</source>
        <translation>証拠番号</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Branch number</source>
        <translation>枝番</translation>
    </message>
    <message>
        <source>Exhibit title</source>
        <translation>証拠の標目</translation>
    </message>
    <message>
        <source>Kind of exhibit</source>
        <translation>証拠の種類</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>原本・写しの別</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>番号(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>枝番(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>標目(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Original or copy:</source>
        <translation>原本・写しの別(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Made on:</source>
        <translation>作成日(&amp;M):</translation>
    </message>
    <message>
        <source>Date made</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation>作成者(&amp;U):</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>&amp;What it proves:</source>
        <translation>立証趣旨(&amp;W):</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>立証趣旨</translation>
    </message>
    <message>
        <source>R&amp;emarks:</source>
        <translation>備考(&amp;E):</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>&amp;Photographer:</source>
        <translation>撮影者(&amp;P):</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>撮影者</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>撮影対象(&amp;J)：</translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation>写真に写っているもの</translation>
    </message>
    <message>
        <source>&amp;Date and time taken:</source>
        <translation>撮影日時(&amp;D)：</translation>
    </message>
    <message>
        <source>When the photo was taken</source>
        <translation>写真を撮影した日時</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>撮影場所(&amp;L):</translation>
    </message>
    <message>
        <source>Place the photo was taken</source>
        <translation>写真の撮影場所</translation>
    </message>
    <message>
        <source>Lan&amp;guage of the original:</source>
        <translation>原文の言語(&amp;G)：</translation>
    </message>
    <message>
        <source>Language of a foreign-language original, e.g. vi</source>
        <translation>外国語の原文の言語（例：vi）</translation>
    </message>
    <message>
        <source>&amp;Save exhibit</source>
        <translation>証拠を保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add exhibit</source>
        <translation>証拠を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Save exhibit</source>
        <translation>証拠を保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ExhibitsPanel</name>
    <message>
        <source>Exhibit</source>
        <translation>証拠番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標目</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>原本・写しの別</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>立証趣旨</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>&amp;Add exhibit…</source>
        <translation>証拠を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add exhibit</source>
        <translation>証拠を追加</translation>
    </message>
    <message>
        <source>Edit exhi&amp;bit…</source>
        <translation>証拠を編集(&amp;B)…</translation>
    </message>
    <message>
        <source>Edit selected exhibit</source>
        <translation>選択した証拠を編集</translation>
    </message>
    <message>
        <source>Remo&amp;ve exhibit</source>
        <translation>証拠を削除(&amp;V)</translation>
    </message>
    <message>
        <source>Remove selected exhibit</source>
        <translation>選択した証拠を削除</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <source>Move selected exhibit up</source>
        <translation>選択した証拠を上へ移動</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下へ(&amp;W)</translation>
    </message>
    <message>
        <source>Move selected exhibit down</source>
        <translation>選択した証拠を下へ移動</translation>
    </message>
    <message>
        <source>Bui&amp;ld bundle…</source>
        <translation>証拠一式を作成(&amp;L)…</translation>
    </message>
    <message>
        <source>Build the bundle PDF</source>
        <translation>証拠一式のPDFを作成</translation>
    </message>
    <message>
        <source>{0} now has its file. It is password-protected: building the bundle will ask for its password.</source>
        <translation>{0}にファイルを付けました。パスワードで保護されたファイルのため、証拠一式を作成するときにパスワードを尋ねます。</translation>
    </message>
    <message>
        <source>{0} now has its file; the bundle can include it.</source>
        <translation>{0}にファイルを付けました。証拠一式に含めることができます。</translation>
    </message>
</context>
<context>
    <name>ExportCasesDialog</name>
    <message>
        <source>Export cases (unencrypted)</source>
        <translation>案件のエクスポート（暗号化なし）</translation>
    </message>
    <message>
        <source>The export holds every case in plain JSON: NOT encrypted, readable by anyone who gets the file. Use it only to move the cases to another system, keep it on an encrypted disk, and delete it when done. For a backup, use Vault ▸ Back up instead: that copy stays encrypted.</source>
        <translation>エクスポートはすべての案件を平文のJSONで保存します。暗号化されず、ファイルを手に入れた人は誰でも読めます。別のシステムへ案件を移すときだけ使い、暗号化されたディスクに置き、終わったら削除してください。バックアップには「保管庫 ▸ バックアップ」を使ってください（暗号化されたままです）。</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>エクスポート先のファイル</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation>エクスポート先のファイルを選択</translation>
    </message>
    <message>
        <source>I &amp;understand the file is unencrypted and readable by anyone who gets it</source>
        <translation>このファイルは暗号化されず、手に入れた人は誰でも読めることを理解しました(&amp;U)</translation>
    </message>
    <message>
        <source>Confirm the unencrypted export</source>
        <translation>暗号化なしのエクスポートを確認</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>エクスポートの状況</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>Export the cases</source>
        <translation>案件をエクスポート</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>案件のエクスポート</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>{0} is a folder; name a file.</source>
        <translation>{0} はフォルダです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Reference</source>
        <translation>案件番号</translation>
    </message>
    <message>
        <source>Employment terms</source>
        <translation>労働条件</translation>
    </message>
    <message>
        <source>Work records</source>
        <translation>勤務記録</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>給与明細</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名・名称</translation>
    </message>
    <message>
        <source>Name in katakana</source>
        <translation>カタカナ氏名</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>母語表記の氏名</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>LINE ID</source>
        <translation>LINE ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>在留資格</translation>
    </message>
    <message>
        <source>Residence expiry</source>
        <translation>在留期限</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation>在留カード番号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>事業所</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Subtopic</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>相談員</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>訂正対象</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>範囲</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>取得日</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>ファイルの種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大きさ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation>取得者</translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>入手元</translation>
    </message>
    <message>
        <source>Stored file</source>
        <translation>保存ファイル</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>質問票</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>質問票の版</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>実施方法</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>雇用主</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Indicator levels</source>
        <translation>指標の程度</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>次の対応</translation>
    </message>
    <message>
        <source>Consent to feedback to the company</source>
        <translation>企業へのフィードバックへの同意</translation>
    </message>
    <message>
        <source>Contact requested</source>
        <translation>連絡の希望</translation>
    </message>
    <message>
        <source>Letter reference</source>
        <translation>紹介状番号</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>紹介先の種類</translation>
    </message>
    <message>
        <source>Facts disclosed</source>
        <translation>開示する情報</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>依頼事項</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>送付日</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>フォロー日</translation>
    </message>
    <message>
        <source>Letter SHA-256</source>
        <translation>紹介状の SHA-256</translation>
    </message>
    <message>
        <source>Packet SHA-256</source>
        <translation>パケットの SHA-256</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Relief sought</source>
        <translation>申立ての趣旨</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>申立ての理由</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>経緯</translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation>請求額</translation>
    </message>
    <message>
        <source>Extra mediators</source>
        <translation>追加のあっせん人</translation>
    </message>
    <message>
        <source>Referred from a consultation</source>
        <translation>相談からの紹介</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公表</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>申立日</translation>
    </message>
    <message>
        <source>ADR matter</source>
        <translation>ADR 事件</translation>
    </message>
    <message>
        <source>Exhibit number</source>
        <translation>証拠番号</translation>
    </message>
    <message>
        <source>Branch number</source>
        <translation>枝番</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>証拠ファイル</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>原本・写しの別</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>撮影者</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>撮影対象</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>撮影日時</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>撮影場所</translation>
    </message>
    <message>
        <source>linked records: {0}</source>
        <translation>関連記録：{0} 件</translation>
    </message>
    <message>
        <source>linked record</source>
        <translation>関連記録あり</translation>
    </message>
    <message>
        <source>{0} yen</source>
        <translation>{0} 円</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <source>items: {0}</source>
        <translation>{0} 項目</translation>
    </message>
    <message>
        <source>rows: {0}</source>
        <translation>{0} 行</translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation>相談員と一緒に</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>キオスク</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
</context>
<context>
    <name>FlagsField</name>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation>緊急(&amp;U)</translation>
    </message>
    <message>
        <source>Safety follow-up</source>
        <translation>安全確認が必要</translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation>リスク表示</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Mark referral sent</source>
        <translation>紹介を送付済みにする</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>フォローアップ日</translation>
    </message>
    <message>
        <source>A follow-up task on this date appears in My work.</source>
        <translation>この日付のフォローアップ作業が「自分の担当」に表示されます。</translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation>フォローアップ日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation>送付済みにする(&amp;M)</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>送付済みにする</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Keep shown value</source>
        <translation>表示中の値を採用</translation>
    </message>
    <message>
        <source>Keep the shown value of {0}</source>
        <translation>{0}は表示中の値を採用</translation>
    </message>
    <message>
        <source>Saving then settles the conflict with the value shown.</source>
        <translation>保存すると、表示中の値で競合を解消します。</translation>
    </message>
    <message>
        <source>⚠ Conflict — edited on two devices: {0}</source>
        <translation>⚠ 競合：2台の端末で編集されています：{0}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Change history</source>
        <translation>変更履歴</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n件の変更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCasesDialog</name>
    <message>
        <source>Import cases</source>
        <translation>案件のインポート</translation>
    </message>
    <message>
        <source>Import cases from a CSV or Excel (.xlsx) file: one row per worker. Every row is checked first; the file is imported whole or not at all.</source>
        <translation>CSVまたはExcel（.xlsx）ファイルから案件をインポートします（労働者1人につき1行）。先にすべての行を検査し、ファイル全体をインポートするか、何もインポートしないかのどちらかです。</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>インポートするファイル</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>Chec&amp;k the file</source>
        <translation>ファイルを検査(&amp;K)</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>ファイルを検査</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>インポートの状況</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>エラーのある行</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <source>&amp;Rows to fix:</source>
        <translation>直す行(&amp;R):</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates of cases in the vault:</source>
        <translation>保管庫の案件と重複の可能性(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Import the cases</source>
        <translation>案件をインポート</translation>
    </message>
    <message>
        <source>Case lists (*.csv *.xlsx)</source>
        <translation>案件リスト (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>インポートするファイルを選んでください。</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>すべての行を検査しています…</translation>
    </message>
    <message>
        <source>Row {0}: like {1} ({2})</source>
        <translation>{0}行目: {1}（{2}）に類似</translation>
    </message>
    <message>
        <source>{0} of {1} rows have errors. Fix them in the file and check it again; nothing is imported until every row is right.</source>
        <translation>{1}行中{0}行にエラーがあります。ファイルを直してもう一度検査してください。すべての行が正しくなるまで何もインポートされません。</translation>
    </message>
    <message>
        <source>All {0} rows are ready to import.</source>
        <translation>{0}行すべてインポートできます。</translation>
    </message>
    <message>
        <source>{0} rows look like cases already in the vault: they are imported as new cases; merge or close them afterwards if they are the same person.</source>
        <translation>{0}行は保管庫にある案件と似ています。新しい案件としてインポートされます。同じ人であれば、後で統合するか終結してください。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポートしています…</translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import progress</source>
        <translation>取り込みの進行状況</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取り込みを中止(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取り込みを中止</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>{0} を読み込めません：{1}</translation>
    </message>
    <message>
        <source>Adding {0} ({1} of {2})…</source>
        <translation>{0} を追加しています（{1}/{2}）…</translation>
    </message>
    <message>
        <source>The file was already added when Cancel was pressed; it was kept. Delete it from the list if it should go.</source>
        <translation>取り消しを押したときにはファイルはすでに追加されていたため、保存されています。不要であれば一覧から削除してください。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing of that file was kept.</source>
        <translation>取り込みを中止しました。そのファイルのデータは何も保存されていません。</translation>
    </message>
</context>
<context>
    <name>KioskSetupDialog</name>
    <message>
        <source>Start Safety kiosk</source>
        <translation>セーフティ・キオスクの開始</translation>
    </message>
    <message>
        <source>The screen will show only the Safety questionnaire, full-screen. Leaving kiosk mode needs your passphrase.</source>
        <translation>画面にはセーフティ質問票だけが全画面で表示されます。キオスクモードを終了するにはパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>e.g. Consultation day, Nagoya, 3 March</source>
        <translation>例：相談会（名古屋、3月3日）</translation>
    </message>
    <message>
        <source>Employer (optional)</source>
        <translation>雇用主（任意）</translation>
    </message>
    <message>
        <source>Establishment (optional)</source>
        <translation>事業所（任意）</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>イベント(&amp;E):</translation>
    </message>
    <message>
        <source>E&amp;mployer (optional):</source>
        <translation>雇用主（任意）(&amp;M):</translation>
    </message>
    <message>
        <source>E&amp;stablishment (optional):</source>
        <translation>事業所（任意）(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Start kiosk</source>
        <translation>キオスクを開始(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation>イベント名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the employer of this establishment.</source>
        <translation>この事業所の雇用主を入力してください。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Safety self-check</source>
        <extracomment>After this long without input in the middle of a questionnaire, the kiosk resets.</extracomment>
        <translation>セーフティ・セルフチェック</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>相談員</translation>
    </message>
    <message>
        <source>Counselor: leave kiosk mode</source>
        <translation>相談員：キオスクモードを終了</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Wrong passphrase. Kiosk mode continues.</source>
        <translation>パスフレーズが違います。キオスクモードを続けます。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>回答待ち</translation>
    </message>
    <message>
        <source>NGO or shelter</source>
        <translation>NGO・シェルター</translation>
    </message>
    <message>
        <source>Labour standards office</source>
        <translation>労働基準監督署</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>病院</translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation>大使館</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>その他の団体</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送付済み</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>受領確認済み</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受任</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>辞退</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Topics of the consultation</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation>在留カード番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状態</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>準備中</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>申立て済み</translation>
    </message>
    <message>
        <source>In session</source>
        <translation>期日進行中</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>和解成立</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>終結</translation>
    </message>
    <message>
        <source>Allow anonymised publication</source>
        <translation>匿名での公表に同意</translation>
    </message>
    <message>
        <source>Refuse publication</source>
        <translation>公表を拒否</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原本</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>写し</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>machine-drafted</source>
        <translation>機械翻訳(未確認)</translation>
    </message>
    <message>
        <source>Western (2025年4月1日)</source>
        <translation>西暦(2025年4月1日)</translation>
    </message>
    <message>
        <source>Japanese era (令和7年4月1日)</source>
        <translation>和暦(令和7年4月1日)</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Partially resolved</source>
        <translation>一部解決</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>他機関へ紹介</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取下げ</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>連絡途絶</translation>
    </message>
    <message>
        <source>Labour</source>
        <translation>労働</translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation>生活</translation>
    </message>
    <message>
        <source>Medical and welfare</source>
        <translation>医療・福祉</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>在留資格</translation>
    </message>
    <message>
        <source>Tax and social insurance</source>
        <translation>税・社会保険</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>雇用主</translation>
    </message>
    <message>
        <source>Supervising organisation</source>
        <translation>監理団体</translation>
    </message>
    <message>
        <source>Registered support organisation</source>
        <translation>登録支援機関</translation>
    </message>
    <message>
        <source>Sending organisation</source>
        <translation>送出機関</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>ブローカー</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>弁護士</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>行政機関</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>来所</translation>
    </message>
    <message>
        <source>LINE</source>
        <translation>LINE</translation>
    </message>
    <message>
        <source>SNS</source>
        <translation>SNS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>オンライン面談</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>手紙・郵便</translation>
    </message>
    <message>
        <source>Technical Intern Training (i)</source>
        <translation>技能実習1号</translation>
    </message>
    <message>
        <source>Technical Intern Training (ii)</source>
        <translation>技能実習2号</translation>
    </message>
    <message>
        <source>Technical Intern Training (iii)</source>
        <translation>技能実習3号</translation>
    </message>
    <message>
        <source>Employment for Skill Development</source>
        <translation>育成就労</translation>
    </message>
    <message>
        <source>Specified Skilled Worker (i)</source>
        <translation>特定技能1号</translation>
    </message>
    <message>
        <source>Specified Skilled Worker (ii)</source>
        <translation>特定技能2号</translation>
    </message>
    <message>
        <source>Engineer/Specialist in Humanities/International Services</source>
        <translation>技術・人文知識・国際業務</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>留学</translation>
    </message>
    <message>
        <source>Designated Activities</source>
        <translation>特定活動</translation>
    </message>
    <message>
        <source>Permanent Resident</source>
        <translation>永住者</translation>
    </message>
    <message>
        <source>Long-term Resident</source>
        <translation>定住者</translation>
    </message>
    <message>
        <source>Spouse or child</source>
        <translation>配偶者等</translation>
    </message>
    <message>
        <source>Temporary Visitor</source>
        <translation>短期滞在</translation>
    </message>
    <message>
        <source>None / overstay</source>
        <translation>在留資格なし・超過滞在</translation>
    </message>
    <message>
        <source>Handling the case</source>
        <translation>案件対応</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>他機関への紹介</translation>
    </message>
    <message>
        <source>Feedback to the company</source>
        <translation>企業へのフィードバック</translation>
    </message>
    <message>
        <source>ADR</source>
        <translation>ADR</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>調査研究</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>データ共有</translation>
    </message>
    <message>
        <source>Complaint to the labour standards office</source>
        <translation>労働基準監督署への申告</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Residence expiry</source>
        <translation>在留期限</translation>
    </message>
    <message>
        <source>ADR session</source>
        <translation>ADR期日</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>締切</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>回答なし</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>相談</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>訂正</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>口頭</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>電子</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>本人情報</translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation>関係者・関係機関</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>経過記録</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>Safety self-check</source>
        <translation>セーフティ自己診断</translation>
    </message>
    <message>
        <source>ADR matter</source>
        <translation>ADR 事件</translation>
    </message>
    <message>
        <source>ADR exhibit</source>
        <translation>ADR 証拠</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>same residence card</source>
        <translation>在留カード番号が同じ</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>電話番号が同じ</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>氏名が類似</translation>
    </message>
    <message>
        <source>Unpaid wages</source>
        <translation>賃金未払い</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>残業・時間外労働</translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation>解雇</translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation>ハラスメント</translation>
    </message>
    <message>
        <source>Workplace injury</source>
        <translation>労働災害</translation>
    </message>
    <message>
        <source>Passport or documents kept by others</source>
        <translation>旅券・書類の取上げ</translation>
    </message>
    <message>
        <source>Deductions from pay</source>
        <translation>給与からの控除</translation>
    </message>
    <message>
        <source>Contract differs from reality</source>
        <translation>契約内容と実態の相違</translation>
    </message>
    <message>
        <source>Changing jobs</source>
        <translation>転職</translation>
    </message>
    <message>
        <source>Recruitment debt</source>
        <translation>渡航前費用の借金</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住居</translation>
    </message>
    <message>
        <source>Banking</source>
        <translation>銀行</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>交通</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>病気</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>妊娠</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>メンタルヘルス</translation>
    </message>
    <message>
        <source>Insurance claim</source>
        <translation>保険請求</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Change of status</source>
        <translation>在留資格変更</translation>
    </message>
    <message>
        <source>Overstay</source>
        <translation>超過滞在</translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation>書類の紛失</translation>
    </message>
    <message>
        <source>Pension lump-sum refund</source>
        <translation>脱退一時金</translation>
    </message>
    <message>
        <source>Tax return</source>
        <translation>確定申告</translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation>健康保険</translation>
    </message>
    <message>
        <source>Japanese class</source>
        <translation>日本語教室</translation>
    </message>
    <message>
        <source>School enrolment</source>
        <translation>就学</translation>
    </message>
    <message>
        <source>Demand letter (催告) sent</source>
        <translation>催告書の送付</translation>
    </message>
    <message>
        <source>Wage records</source>
        <translation>賃金記録</translation>
    </message>
</context>
<context>
    <name>LanguagesPicker</name>
    <message>
        <source>Language to add</source>
        <translation>追加する言語</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation>言語を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected language</source>
        <translation>選んだ言語を削除</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>New referral letter</source>
        <translation>新しい紹介状</translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation>紹介先の種類</translation>
    </message>
    <message>
        <source>Recipient organisation</source>
        <translation>紹介先の団体</translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation>紹介先の住所</translation>
    </message>
    <message>
        <source>Language of the worker&apos;s copy</source>
        <translation>本人控えの言語</translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation>依頼事項</translation>
    </message>
    <message>
        <source>Empty: the template&apos;s usual request</source>
        <translation>空欄: ひな形の標準の依頼事項</translation>
    </message>
    <message>
        <source>Summary for the recipient</source>
        <translation>紹介先への概要</translation>
    </message>
    <message>
        <source>Empty: the case summary</source>
        <translation>空欄: 案件の概要</translation>
    </message>
    <message>
        <source>Recipient &amp;type:</source>
        <translation>紹介先の種類(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>紹介先(&amp;R):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>住所(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Worker&apos;s copy in:</source>
        <translation>本人控えの言語(&amp;W):</translation>
    </message>
    <message>
        <source>Requested &amp;action:</source>
        <translation>依頼事項(&amp;A):</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>概要(&amp;M):</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation>開示する情報</translation>
    </message>
    <message>
        <source>{0} (sensitive)</source>
        <translation>{0}(機微情報)</translation>
    </message>
    <message>
        <source>Enclose evidence</source>
        <translation>同封する証拠</translation>
    </message>
    <message>
        <source>Enclose {0}</source>
        <translation>{0} を同封</translation>
    </message>
    <message>
        <source>This case has no evidence files.</source>
        <translation>この案件には証拠ファイルがありません。</translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation>紹介状の状況</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Preview both letters</source>
        <translation>両方の書面をプレビュー</translation>
    </message>
    <message>
        <source>&amp;Save letters…</source>
        <translation>紹介状を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save both letters to a folder</source>
        <translation>両方の書面をフォルダーに保存</translation>
    </message>
    <message>
        <source>Sea&amp;l for recipient…</source>
        <translation>紹介先向けに封緘(&amp;L)…</translation>
    </message>
    <message>
        <source>Seal the saved letter for a contact&apos;s key</source>
        <translation>保存した紹介状を連絡先の鍵で封緘</translation>
    </message>
    <message>
        <source>Save the letters first</source>
        <translation>先に紹介状を保存してください</translation>
    </message>
    <message>
        <source>Name the organisation the letter goes to.</source>
        <translation>紹介状の宛先の団体名を入力してください。</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>プレビューを作成しています…</translation>
    </message>
    <message>
        <source>Referral letter preview</source>
        <translation>紹介状のプレビュー</translation>
    </message>
    <message>
        <source>Letter to the recipient</source>
        <translation>紹介先への書面</translation>
    </message>
    <message>
        <source>Worker&apos;s copy</source>
        <translation>本人控え</translation>
    </message>
    <message>
        <source>Save the letters in</source>
        <translation>紹介状の保存先</translation>
    </message>
    <message>
        <source>Saving the letters…</source>
        <translation>紹介状を保存しています…</translation>
    </message>
    <message>
        <source>Both letters were saved in {0} and the referral was recorded.</source>
        <translation>両方の書面を {0} に保存し、紹介を記録しました。</translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation>封緘しています…</translation>
    </message>
    <message>
        <source>Sealed packet saved: {0}</source>
        <translation>封緘パケットを保存しました: {0}</translation>
    </message>
    <message>
        <source>The recipient&apos;s key was not verified by phone; compare its fingerprint with them before sending.</source>
        <translation>紹介先の鍵は電話で確認されていません。送る前にフィンガープリントを先方と照合してください。</translation>
    </message>
</context>
<context>
    <name>LineField</name>
    <message>
        <source>Sho&amp;w</source>
        <translation>表示(&amp;W)</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>{0}を表示</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Madoguchi — DEMO (synthetic people)</source>
        <translation>Madoguchi — デモ（架空の人物）</translation>
    </message>
    <message>
        <source>Madoguchi</source>
        <translation>Madoguchi</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>新規案件(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>監査ログ(&amp;A)</translation>
    </message>
    <message>
        <source>Safety &amp;kiosk…</source>
        <translation>セーフティ・キオスク(&amp;K)…</translation>
    </message>
    <message>
        <source>Ke&amp;ys and contacts…</source>
        <translation>鍵と連絡先(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>競合(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Receive referral packet…</source>
        <translation>紹介パケットを受け取る(&amp;R)…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>パスフレーズを変更(&amp;P)…</translation>
    </message>
    <message>
        <source>Ne&amp;w recovery key…</source>
        <translation>新しい回復キー(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation>案件をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export cases (unencrypted)…</source>
        <translation>案件をエクスポート（暗号化なし）(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation>同期の設定(&amp;U)…</translation>
    </message>
    <message>
        <source>Company repor&amp;t…</source>
        <translation>企業向け報告書(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>保管庫(&amp;V)</translation>
    </message>
    <message>
        <source>Key slots damaged</source>
        <translation>鍵スロットの損傷</translation>
    </message>
    <message>
        <source>The vault opened, but another way to unlock it (the recovery key or this device&apos;s remembered key) is damaged and may not work when you need it. Make a new recovery key (Vault ▸ New recovery key, or python main.py new-recovery-key) and tell your IT contact.</source>
        <translation>保管庫は開きましたが、別のロック解除手段（回復キー、またはこの端末が記憶した鍵）が壊れており、必要なときに使えない可能性があります。新しい回復キーを作成し（保管庫 ▸ 新しい回復キー、または python main.py new-recovery-key）、IT担当者に伝えてください。</translation>
    </message>
    <message>
        <source>Backup restored. Unlock it with its passphrase or recovery key.</source>
        <translation>バックアップを復元しました。そのパスフレーズか回復キーでロック解除してください。</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>パスフレーズを変更しました。これからは新しいものを使ってください。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>%n件の案件をインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to {0} (unencrypted: delete it when done).</source>
        <translation>
            <numerusform>%n件の案件を {0} にエクスポートしました（暗号化なし: 使い終わったら削除してください）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault could not be closed cleanly ({0}). Nothing was lost.</source>
        <translation>保管庫を正常に閉じられませんでした（{0}）。データは失われていません。</translation>
    </message>
</context>
<context>
    <name>MatterForm</name>
    <message>
        <source>Matter title</source>
        <translation>申立ての件名</translation>
    </message>
    <message>
        <source>Matter status</source>
        <translation>申立ての状況</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>相手方</translation>
    </message>
    <message>
        <source>Agent (lawyer)</source>
        <translation>代理人(弁護士)</translation>
    </message>
    <message>
        <source>Relief sought</source>
        <translation>申立ての趣旨</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>申立ての理由</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Draft from timeline</source>
        <translation>経過記録から下書き</translation>
    </message>
    <message>
        <source>Draft the chronology from the timeline</source>
        <translation>経過記録から経過を下書き</translation>
    </message>
    <message>
        <source>Amount claimed in yen</source>
        <translation>請求金額(円)</translation>
    </message>
    <message>
        <source>Whole yen, e.g. 480000</source>
        <translation>円単位の整数、例: 480000</translation>
    </message>
    <message>
        <source>Extra mediators</source>
        <translation>追加のあっせん人</translation>
    </message>
    <message>
        <source>Referred from the &amp;bar&apos;s legal consultation</source>
        <translation>弁護士会の法律相談からの紹介(&amp;B)</translation>
    </message>
    <message>
        <source>Referred from the bar&apos;s legal consultation</source>
        <translation>弁護士会の法律相談からの紹介</translation>
    </message>
    <message>
        <source>Publication of anonymised details</source>
        <translation>匿名化した事案の公表</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状況:</translation>
    </message>
    <message>
        <source>Chronology:</source>
        <translation>経過:</translation>
    </message>
    <message>
        <source>Amo&amp;unt claimed (¥):</source>
        <translation>請求金額(円)(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Respondents:</source>
        <translation>相手方(&amp;R):</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>代理人(&amp;G):</translation>
    </message>
    <message>
        <source>Re&amp;lief sought:</source>
        <translation>申立ての趣旨(&amp;L):</translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation>申立ての理由:</translation>
    </message>
    <message>
        <source>Extra mediators:</source>
        <translation>追加のあっせん人:</translation>
    </message>
    <message>
        <source>Publication:</source>
        <translation>公表:</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>代理人なし</translation>
    </message>
    <message>
        <source>Give the matter a title.</source>
        <translation>申立ての件名を入力してください。</translation>
    </message>
    <message>
        <source>Write the amount claimed in whole yen, digits only.</source>
        <translation>請求金額は円単位の数字だけで入力してください。</translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Urgent tasks and overdue follow-ups</source>
        <translation>緊急のタスクと期限切れのフォローアップ</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>緊急度</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Tasks due within 7 days</source>
        <translation>期日が7日以内のタスク</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Residence cards expiring within 30 days</source>
        <translation>30日以内に期限を迎える在留カード</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>在留資格</translation>
    </message>
    <message>
        <source>Urgent tasks and &amp;overdue follow-ups</source>
        <translation>緊急のタスクと期限切れのフォローアップ(&amp;O)</translation>
    </message>
    <message>
        <source>Everyone&apos;s work</source>
        <translation>全員の業務</translation>
    </message>
    <message>
        <source>Assigned to {0}</source>
        <translation>{0}の担当</translation>
    </message>
    <message>
        <source>{0}, as of {1}</source>
        <translation>{0}（{1}時点）</translation>
    </message>
    <message>
        <source>&amp;Tasks due within 7 days</source>
        <translation>期日が7日以内のタスク(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Residence cards expiring within 30 days</source>
        <translation>30日以内に期限を迎える在留カード(&amp;R)</translation>
    </message>
    <message>
        <source>My work status</source>
        <translation>自分の担当の状況</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>更新(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh my work</source>
        <translation>自分の担当を更新</translation>
    </message>
    <message>
        <source>Show &amp;everyone&apos;s work</source>
        <translation>全員の業務を表示(&amp;E)</translation>
    </message>
    <message>
        <source>Show everyone&apos;s work, not only mine</source>
        <translation>自分の分だけでなく全員の業務を表示</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n日超過</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n日後</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>%n日前に期限切れ</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>本日が期限</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>残り%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n task(s))</source>
        <translation>
            <numerusform>（%n件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n case(s))</source>
        <translation>
            <numerusform>（%n件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Wage claims expiring within 90 days</source>
        <translation>90日以内に時効を迎える賃金請求</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>賃金計算期間</translation>
    </message>
    <message>
        <source>Amount at risk (estimate)</source>
        <translation>失われうる金額(概算)</translation>
    </message>
    <message>
        <source>&amp;Wage claims expiring within 90 days</source>
        <translation>90日以内に時効を迎える賃金請求(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <source>(within 30 days: %n pay period(s), ¥{0}; within 90 days: {1}, ¥{2}; estimates)</source>
        <translation>
            <numerusform>(30日以内: %n 期間、¥{0}/90日以内: {1} 期間、¥{2}/いずれも概算)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>新規案件</translation>
    </message>
    <message>
        <source>Full name (Latin letters)</source>
        <translation>氏名（ローマ字）</translation>
    </message>
    <message>
        <source>Name in katakana</source>
        <translation>氏名（カタカナ）</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>氏名（母語表記）</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation>在留カード番号</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>表示(&amp;W)</translation>
    </message>
    <message>
        <source>Show residence card number</source>
        <translation>在留カード番号を表示</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>在留資格</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Residence expiry</source>
        <translation>在留期限</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>(choose later)</source>
        <translation>（後で選ぶ）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>First note</source>
        <translation>初回メモ</translation>
    </message>
    <message>
        <source>What the worker told you in this first contact</source>
        <translation>初回の相談で本人から聞いた内容</translation>
    </message>
    <message>
        <source>Assignee (user id)</source>
        <translation>担当者（ユーザーID）</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Katakana:</source>
        <translation>カタカナ(&amp;K):</translation>
    </message>
    <message>
        <source>Nat&amp;ive script:</source>
        <translation>母語表記(&amp;I):</translation>
    </message>
    <message>
        <source>Nationalit&amp;y:</source>
        <translation>国籍(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>使用言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>Residence &amp;card no.:</source>
        <translation>在留カード番号(&amp;C):</translation>
    </message>
    <message>
        <source>Residence stat&amp;us:</source>
        <translation>在留資格(&amp;U):</translation>
    </message>
    <message>
        <source>Residence e&amp;xpiry:</source>
        <translation>在留期限(&amp;X):</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>分野(&amp;T):</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>概要(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;First note:</source>
        <translation>初回メモ(&amp;F):</translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation>担当者(&amp;G):</translation>
    </message>
    <message>
        <source>Existing cases that may be the same worker</source>
        <translation>同じ人の可能性がある既存の案件</translation>
    </message>
    <message>
        <source>&amp;Open this case instead</source>
        <translation>代わりにこの案件を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected existing case instead</source>
        <translation>代わりに選択した既存の案件を開く</translation>
    </message>
    <message>
        <source>This worker may already have a case</source>
        <translation>この人の案件がすでにある可能性があります</translation>
    </message>
    <message>
        <source>C&amp;reate case</source>
        <translation>案件を作成(&amp;R)</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>案件を作成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>{ref} – {name} ({score:.0%}: {reasons})</source>
        <translation>{ref} – {name}（{score:.0%}：{reasons}）</translation>
    </message>
    <message>
        <source>Enter the worker&apos;s full name in Latin letters.</source>
        <translation>本人の氏名をローマ字で入力してください。</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>新しい回復キー</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key and its printed sheet stop working. Do this when the sheet is lost or the recovery key was reported damaged. Enter the passphrase to confirm.</source>
        <translation>新しい回復キーは古いものと置き換わり、古いキーと印刷したシートは使えなくなります。シートをなくしたときや、回復キーが壊れていると表示されたときに行ってください。確認のためパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Recovery key status</source>
        <translation>回復キーの状況</translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation>新しい回復キーを作成(&amp;M)</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>新しい回復キーを作成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>This is the new recovery key. It is shown only this once. Write it down or print it and keep it somewhere safe, away from this computer; destroy the old sheet.</source>
        <translation>これが新しい回復キーです。表示されるのは今回だけです。書き留めるか印刷して、このコンピューターから離れた安全な場所に保管し、古いシートは破棄してください。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Making the new recovery key…</source>
        <translation>新しい回復キーを作成しています…</translation>
    </message>
</context>
<context>
    <name>NewVaultPage</name>
    <message>
        <source>Welcome to Madoguchi. Everything you record is encrypted with a passphrase that only you know. Choose a long one: a few unrelated words work well.</source>
        <translation>Madoguchi へようこそ。記録する内容はすべて、あなただけが知るパスフレーズで暗号化されます。長いパスフレーズを選んでください。関係のない単語をいくつか並べるのがおすすめです。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Your user id</source>
        <translation>ユーザーID</translation>
    </message>
    <message>
        <source>How your team&apos;s server and your colleagues&apos; desks know you: letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;. New cases are assigned to it.</source>
        <translation>チームのサーバーと同僚の端末があなたを識別するIDです（英字・数字・&apos;_&apos;・&apos;-&apos;・&apos;.&apos;）。新しい案件はこのIDに割り当てられます。</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>パスフレーズ（確認）</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>保管庫を作成(&amp;C)</translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Just looking? Open the &amp;demo vault instead</source>
        <translation>試してみるだけなら：デモ用保管庫を開く(&amp;D)</translation>
    </message>
    <message>
        <source>Open the demo vault instead</source>
        <translation>デモ用保管庫を開く</translation>
    </message>
    <message>
        <source>Synthetic people in a separate vault; your real vault is not created.</source>
        <translation>架空の人物だけが入った別の保管庫です。本番の保管庫は作成されません。</translation>
    </message>
    <message>
        <source>Restore a &amp;backup instead…</source>
        <translation>代わりにバックアップから復元(&amp;B)…</translation>
    </message>
    <message>
        <source>Restore a backup instead</source>
        <translation>代わりにバックアップから復元</translation>
    </message>
    <message>
        <source>A new computer, or the old one&apos;s disk failed: make the vault from an encrypted backup (a madoguchi-backup-… folder).</source>
        <translation>新しいコンピューター、または以前のディスクが故障した場合: 暗号化バックアップ（madoguchi-backup-… フォルダ）から保管庫を作ります。</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>氏名(&amp;M):</translation>
    </message>
    <message>
        <source>Your &amp;user id:</source>
        <translation>ユーザーID(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>確認入力(&amp;R):</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>強度:</translation>
    </message>
    <message>
        <source>The demo could not be started; run “python main.py --demo” instead.</source>
        <translation>デモを起動できませんでした。「python main.py --demo」を実行してください。</translation>
    </message>
    <message>
        <source>Write your name: the cases you open will show it.</source>
        <translation>氏名を入力してください。あなたが開く案件に表示されます。</translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation>保管庫を作成しています…</translation>
    </message>
    <message>
        <source>This is your recovery key. It is shown only this once. Write it down or print it and keep it somewhere safe, away from this computer: it unlocks the vault if the passphrase is forgotten.</source>
        <translation>これが回復キーです。表示されるのは今回だけです。書き留めるか印刷して、このパソコンから離れた安全な場所に保管してください。パスフレーズを忘れたときは、このキーで保管庫のロックを解除できます。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>受付日</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Save case details</source>
        <translation>案件情報を保存</translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation>案件を終結(&amp;L)…</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>案件を終結</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>再開(&amp;O)</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>案件を再開</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>案件番号:</translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation>リスク表示:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Sub-topic</source>
        <translation>小分類</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>分野を追加</translation>
    </message>
    <message>
        <source>Remove selected topic</source>
        <translation>選択した分野を削除</translation>
    </message>
    <message>
        <source>Save case deta&amp;ils</source>
        <translation>案件情報を保存(&amp;I)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状況:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>受付日:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation>分野を削除</translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation>分野:</translation>
    </message>
    <message>
        <source>Full name (Latin letters)</source>
        <translation>氏名（ローマ字）</translation>
    </message>
    <message>
        <source>Name in katakana</source>
        <translation>氏名（カタカナ）</translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation>氏名（母語表記）</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>使用言語</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>LINE ID</source>
        <translation>LINE ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>在留資格</translation>
    </message>
    <message>
        <source>Residence expiry</source>
        <translation>在留期限</translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation>在留カード番号</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Katakana:</source>
        <translation>カタカナ:</translation>
    </message>
    <message>
        <source>Native script:</source>
        <translation>母語表記:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>国籍:</translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation>使用言語(&amp;G):</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>性別:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <source>LINE ID:</source>
        <translation>LINE ID:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation>在留資格:</translation>
    </message>
    <message>
        <source>Residence card no.:</source>
        <translation>在留カード番号:</translation>
    </message>
    <message>
        <source>S&amp;ave worker details</source>
        <translation>本人情報を保存(&amp;A)</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>生年月日(&amp;B):</translation>
    </message>
    <message>
        <source>Residence e&amp;xpiry:</source>
        <translation>在留期限(&amp;X):</translation>
    </message>
    <message>
        <source>Save worker details</source>
        <translation>本人情報を保存</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>本人情報</translation>
    </message>
    <message>
        <source>Closed on {0} — outcome: {1}</source>
        <translation>{0} に終結 — 結果：{1}</translation>
    </message>
    <message>
        <source> (conflicting edits)</source>
        <translation>（編集が競合）</translation>
    </message>
    <message>
        <source>(no sub-topic)</source>
        <translation>（小分類なし）</translation>
    </message>
    <message>
        <source>Select a topic to remove.</source>
        <translation>削除する分野を選択してください。</translation>
    </message>
    <message>
        <source>Wage claims still live</source>
        <translation>時効前の賃金請求があります</translation>
    </message>
    <message numerus="yes">
        <source>This case has %n pay period(s) of unpaid wages still claimable, ¥{0} in all (an estimate). Their expiry stays in the deadlines list after closing. Close the case anyway?</source>
        <translation>
            <numerusform>この事案には、まだ請求できる未払賃金が %n 期間分、合計 ¥{0}(概算)あります。時効の期限は事案を終了しても期限一覧に残ります。それでも終了しますか?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Edit person or organisation</source>
        <translation>関係者・関係機関を編集</translation>
    </message>
    <message>
        <source>Add person or organisation</source>
        <translation>関係者・関係機関を追加</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名・名称</translation>
    </message>
    <message>
        <source>Establishment or branch</source>
        <translation>事業所・支店</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Contact person or phone</source>
        <translation>連絡先（担当者・電話番号）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名・名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Establishment:</source>
        <translation>事業所(&amp;E):</translation>
    </message>
    <message>
        <source>Cor&amp;porate number:</source>
        <translation>法人番号(&amp;P):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>所在地(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>業種(&amp;I):</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>連絡先(&amp;O):</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>メモ(&amp;T):</translation>
    </message>
    <message>
        <source>Type to pick one already recorded</source>
        <translation>入力すると記録済みの候補から選べます</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>種別(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>PassphraseParts</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>パスフレーズの強度</translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation>弱い：推測されやすい</translation>
    </message>
    <message>
        <source>Fair: longer is better</source>
        <translation>普通：もっと長いほうが安全</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>回復キーの用紙を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print recovery sheet</source>
        <translation>回復キーの用紙を印刷</translation>
    </message>
    <message>
        <source>I have &amp;saved the recovery key</source>
        <translation>回復キーを保管しました(&amp;S)</translation>
    </message>
    <message>
        <source>I have saved the recovery key</source>
        <translation>回復キーを保管しました</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>回復キーの用紙</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>&amp;Previous page</source>
        <translation>前のページ(&amp;P)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>ページ番号</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>次のページ(&amp;N)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>拡大率</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>拡大率(&amp;Z):</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>ページ(&amp;A):</translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation>/ {0}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>This document could not be shown: {0}.</source>
        <translation>この文書は表示できません: {0}。</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the shown document</source>
        <translation>表示中の文書を印刷</translation>
    </message>
    <message>
        <source>Close preview</source>
        <translation>プレビューを閉じる</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Name</source>
        <translation>氏名・名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>事業所</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation>関係者・関係機関</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add person or organisation</source>
        <translation>関係者・関係機関を追加</translation>
    </message>
    <message>
        <source>Edit selected person or organisation</source>
        <translation>選択した関係者・関係機関を編集</translation>
    </message>
    <message>
        <source>Remove selected person or organisation</source>
        <translation>選択した関係者・関係機関を削除</translation>
    </message>
    <message>
        <source>Select a person or organisation to edit.</source>
        <translation>編集する関係者・関係機関を選択してください。</translation>
    </message>
    <message>
        <source>Select a person or organisation to remove.</source>
        <translation>削除する関係者・関係機関を選択してください。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>編集(&amp;I)…</translation>
    </message>
    <message>
        <source>Remove {0} from this case?</source>
        <translation>この案件から {0} を削除しますか？</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Vie&amp;w all pages…</source>
        <translation>全ページを表示(&amp;W)…</translation>
    </message>
    <message>
        <source>View every page of the PDF with zoom</source>
        <translation>PDFの全ページを拡大・縮小して表示</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Evidence details</source>
        <translation>証拠の詳細</translation>
    </message>
    <message>
        <source>Preview not available; export the file to view it.</source>
        <translation>プレビューできません。ファイルを書き出して確認してください。</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>プレビューを読み込んでいます…</translation>
    </message>
    <message>
        <source>{title}
File: {filename} ({media}, {size})
SHA-256: {sha}
Captured by {by} at {at}
Source: {source}</source>
        <translation>{title}
ファイル：{filename}（{media}、{size}）
SHA-256：{sha}
取得：{by}（{at}）
入手元：{source}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Quarantined changes</source>
        <translation>保留中の変更</translation>
    </message>
    <message>
        <source>These changes reached this computer but could not be opened (damaged, or sealed with a key this vault does not hold yet). Everything else was applied. They are tried again after every sync; if they stay, tell your administrator.</source>
        <translation>これらの変更はこのパソコンに届きましたが、開けませんでした（破損しているか、この保管庫がまだ持っていない鍵で封かんされています）。ほかの変更はすべて反映済みです。同期のたびに再試行します。残り続ける場合は管理者に連絡してください。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信日時</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Change id</source>
        <translation>変更ID</translation>
    </message>
</context>
<context>
    <name>ReceivePacket</name>
    <message>
        <source>Receive referral packet</source>
        <translation>紹介パケットを受け取る</translation>
    </message>
    <message>
        <source>The packet opened, but the sender&apos;s key ({0}) was never compared by phone. Check it before trusting the contents.</source>
        <translation>パケットは開きましたが、送信者の鍵（{0}）はまだ電話で照合されていません。内容を信頼する前に確認してください。</translation>
    </message>
    <message>
        <source>Madoguchi packets (*.mdgpkt)</source>
        <translation>Madoguchi パケット (*.mdgpkt)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Conflict: edited on two devices at the same time.</source>
        <translation>競合：2台の端末で同時に編集されました。</translation>
    </message>
    <message>
        <source>Removed on one device, changed on another.</source>
        <translation>一方の端末で削除され、もう一方の端末で変更されました。</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Recipient</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>送付日</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>フォローアップ日</translation>
    </message>
    <message>
        <source>Worker&apos;s copy</source>
        <translation>本人控え</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Ne&amp;w letter…</source>
        <translation>新しい紹介状(&amp;W)…</translation>
    </message>
    <message>
        <source>New referral letter</source>
        <translation>新しい紹介状</translation>
    </message>
    <message>
        <source>What we hold &amp;about you…</source>
        <translation>保有している情報の開示(&amp;A)…</translation>
    </message>
    <message>
        <source>Write the worker&apos;s document: what the desk holds about them</source>
        <translation>本人向けの文書「保有している情報」を作成する</translation>
    </message>
    <message>
        <source>La&amp;bour office complaint…</source>
        <translation>労基署への申告書(&amp;B)…</translation>
    </message>
    <message>
        <source>Draft a complaint to the labour standards office</source>
        <translation>労働基準監督署への申告書の下書きを作成</translation>
    </message>
    <message>
        <source>Share thro&amp;ugh sync…</source>
        <translation>同期で共有(&amp;U)…</translation>
    </message>
    <message>
        <source>Share this case through sync</source>
        <translation>このケースを同期で共有</translation>
    </message>
    <message>
        <source>&amp;Mark sent…</source>
        <translation>送付済みにする(&amp;M)…</translation>
    </message>
    <message>
        <source>Mark referral sent</source>
        <translation>紹介を送付済みにする</translation>
    </message>
    <message>
        <source>Acknowled&amp;ged</source>
        <translation>受領確認(&amp;G)</translation>
    </message>
    <message>
        <source>Mark referral acknowledged</source>
        <translation>紹介を受領確認済みにする</translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation>受任(&amp;C)</translation>
    </message>
    <message>
        <source>Mark referral accepted</source>
        <translation>紹介を受任にする</translation>
    </message>
    <message>
        <source>Decl&amp;ined</source>
        <translation>辞退(&amp;I)</translation>
    </message>
    <message>
        <source>Mark referral declined</source>
        <translation>紹介を辞退にする</translation>
    </message>
    <message>
        <source>Comp&amp;leted</source>
        <translation>完了(&amp;L)</translation>
    </message>
    <message>
        <source>Mark referral completed</source>
        <translation>紹介を完了にする</translation>
    </message>
    <message>
        <source>Letters saved in {0}.</source>
        <translation>紹介状を {0} に保存しました。</translation>
    </message>
    <message>
        <source>Complaint draft saved: {0}.</source>
        <translation>申告書の下書きを保存しました：{0}</translation>
    </message>
    <message>
        <source>Select a referral first.</source>
        <translation>先に紹介を選択してください。</translation>
    </message>
    <message>
        <source>That step is not possible for this referral now.</source>
        <translation>この紹介は今その段階に進めません。</translation>
    </message>
    <message>
        <source>Follow up referral to {0}</source>
        <translation>{0} への紹介のフォローアップ</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>Reset the passphrase</source>
        <translation>パスフレーズの再設定</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Enter the recovery key from the printed sheet and choose a new passphrase. The vault then gets a new recovery key: the old one and its sheet stop working.</source>
        <translation>パスフレーズを忘れた場合は、印刷した回復シートの回復キーを入力し、新しいパスフレーズを決めてください。そのあと保管庫には新しい回復キーが作られ、古いキーとそのシートは使えなくなります。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>新しいパスフレーズ（確認）</translation>
    </message>
    <message>
        <source>Reset status</source>
        <translation>再設定の状況</translation>
    </message>
    <message>
        <source>&amp;Reset the passphrase</source>
        <translation>パスフレーズを再設定(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>回復キー(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新しいパスフレーズ(&amp;N):</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>確認(&amp;E):</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>強度:</translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>回復キーを入力してください。</translation>
    </message>
    <message>
        <source>Resetting the passphrase…</source>
        <translation>パスフレーズを再設定しています…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Choose the backup folder (named madoguchi-backup-…). It is checked, copied as this computer&apos;s vault and opens with the passphrase or recovery key the vault had when it was backed up.</source>
        <translation>バックアップのフォルダ（madoguchi-backup-…）を選んでください。検査してからこのコンピューターの保管庫としてコピーします。バックアップ時のパスフレーズか回復キーで開けます。</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>バックアップのフォルダ(&amp;B):</translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation>バックアップのフォルダ</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>バックアップを検査して復元しています…</translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <source>Language of the results</source>
        <translation>結果の言語</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation>総合リスク</translation>
    </message>
    <message>
        <source>Likely or severe indicators</source>
        <translation>可能性が高い・深刻な指標</translation>
    </message>
    <message>
        <source>Safety self-diagnoses</source>
        <translation>セーフティ自己診断</translation>
    </message>
    <message>
        <source>Selected self-diagnosis in detail</source>
        <translation>選択した自己診断の詳細</translation>
    </message>
    <message>
        <source>Show &amp;results in:</source>
        <translation>結果の表示言語(&amp;R):</translation>
    </message>
    <message>
        <source>New ass&amp;isted self-diagnosis…</source>
        <translation>聞き取りで自己診断を追加(&amp;I)…</translation>
    </message>
    <message>
        <source>New assisted self-diagnosis</source>
        <translation>聞き取りで自己診断を追加</translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation>聞き取り</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>キオスク</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>雇用主</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>事業所</translation>
    </message>
    <message>
        <source>Consent to feedback to the employer</source>
        <translation>雇用主へのフィードバックへの同意</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>わからない</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <source>Saved filters</source>
        <translation>保存した絞り込み条件</translation>
    </message>
    <message>
        <source>Save fi&amp;lter…</source>
        <translation>絞り込み条件を保存(&amp;L)…</translation>
    </message>
    <message>
        <source>Save the current filter</source>
        <translation>現在の絞り込み条件を保存</translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation>絞り込み条件を削除</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>選択した保存済みの絞り込み条件を削除</translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation>保存した絞り込み条件…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>絞り込み条件を保存</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
</context>
<context>
    <name>Seal</name>
    <message>
        <source>{0} (verified)</source>
        <translation>{0}(確認済み)</translation>
    </message>
    <message>
        <source>{0} (not verified by phone)</source>
        <translation>{0}(電話で未確認)</translation>
    </message>
    <message>
        <source>No contact keys yet: import the recipient&apos;s key file under Keys and contacts first.</source>
        <translation>連絡先の鍵がまだありません。先に「鍵と連絡先」で紹介先の鍵ファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>Seal for recipient</source>
        <translation>紹介先向けに封緘</translation>
    </message>
    <message>
        <source>Seal the letter for:</source>
        <translation>封緘する宛先:</translation>
    </message>
    <message>
        <source>Save the sealed packet</source>
        <translation>封緘パケットの保存</translation>
    </message>
    <message>
        <source>Sealed packets (*.mdgpkt)</source>
        <translation>封緘パケット (*.mdgpkt)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>A new language applies after Madoguchi restarts.</source>
        <translation>言語の変更は Madoguchi の再起動後に反映されます。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>操作がないときに自動ロックするまでの分数</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this device</source>
        <translation>この端末でこの保管庫を記憶する(&amp;R)</translation>
    </message>
    <message>
        <source>Remember this vault on this device</source>
        <translation>この端末でこの保管庫を記憶する</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>システムのキーリングを確認しています…</translation>
    </message>
    <message>
        <source>Device keyring status</source>
        <translation>端末のキーリングの状態</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Your user id</source>
        <translation>ユーザーID</translation>
    </message>
    <message>
        <source>Why your name or user id is fixed</source>
        <translation>氏名やユーザーIDが変更できない理由</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>団体名</translation>
    </message>
    <message>
        <source>Organisation address</source>
        <translation>団体の所在地</translation>
    </message>
    <message>
        <source>Organisation phone</source>
        <translation>団体の電話番号</translation>
    </message>
    <message>
        <source>Organisation email</source>
        <translation>団体のメールアドレス</translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation>レターヘッドのロゴ</translation>
    </message>
    <message>
        <source>Choose lo&amp;go…</source>
        <translation>ロゴを選択(&amp;G)…</translation>
    </message>
    <message>
        <source>Choose a logo image (PNG or JPEG)</source>
        <translation>ロゴ画像を選択(PNG または JPEG)</translation>
    </message>
    <message>
        <source>&amp;Without logo</source>
        <translation>ロゴなし(&amp;W)</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>ロゴを外す</translation>
    </message>
    <message>
        <source>Date style of letters</source>
        <translation>書面の日付の書き方</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>事務所コード</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>端末コード</translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation>設定の状態</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このパソコン</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>自動ロックまでの時間(&amp;I):</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>この保管庫</translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation>氏名(&amp;M):</translation>
    </message>
    <message>
        <source>Your &amp;user id:</source>
        <translation>ユーザーID(&amp;U):</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>団体名(&amp;N):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>所在地(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>電話番号(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>ロゴ:</translation>
    </message>
    <message>
        <source>Da&amp;tes in letters:</source>
        <translation>書面の日付(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Office code:</source>
        <translation>事務所コード(&amp;O):</translation>
    </message>
    <message>
        <source>De&amp;vice code:</source>
        <translation>端末コード(&amp;V):</translation>
    </message>
    <message>
        <source>Logo chosen ({0} KB)</source>
        <translation>ロゴを選択済み({0} KB)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>ロゴなし</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>ロゴを選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>These codes prefix new reference numbers, e.g. {0}-{1}-{2}-00001. Existing reference numbers keep theirs.</source>
        <translation>これらのコードは新しい案件番号の先頭に付きます（例：{0}-{1}-{2}-00001）。既存の案件番号は変わりません。</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>保管庫はロックされています。</translation>
    </message>
    <message>
        <source>Unlock without the passphrase on this computer, with a key kept in the system keyring.</source>
        <translation>システムのキーリングに保存した鍵で、このパソコンではパスフレーズなしでロックを解除します。</translation>
    </message>
    <message>
        <source>This vault has synced: your team knows you by this name and user id, so they are fixed now.</source>
        <translation>この保管庫は同期済みです。チームはこの氏名とユーザーIDであなたを識別しているため、変更できません。</translation>
    </message>
    <message>
        <source>Your changes are already recorded under this user id, so it is fixed now; your name can still change until the vault syncs.</source>
        <translation>変更がすでにこのユーザーIDで記録されているため、IDは変更できません。氏名は同期するまで変更できます。</translation>
    </message>
    <message>
        <source>New cases are assigned to this user id and your timeline entries record it. Both can change until the vault syncs.</source>
        <translation>新しい案件はこのユーザーIDに割り当てられ、経過記録にも記録されます。どちらも同期するまで変更できます。</translation>
    </message>
    <message>
        <source>Could not read the vault&apos;s settings: {0}</source>
        <translation>保管庫の設定を読み込めませんでした：{0}</translation>
    </message>
    <message>
        <source>The vault is locked; its settings were not saved.</source>
        <translation>保管庫がロックされているため、設定は保存されませんでした。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>保存できませんでした：{0}</translation>
    </message>
</context>
<context>
    <name>ShareCaseDialog</name>
    <message>
        <source>Share this case</source>
        <translation>このケースを共有</translation>
    </message>
    <message>
        <source>The person you choose receives this case, and only this case, with their next sync. Check that the worker consented to this referral.</source>
        <translation>選んだ人は、次の同期でこのケースだけを受け取ります。本人がこの紹介に同意していることを確認してください。</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>共有相手</translation>
    </message>
    <message>
        <source>May &amp;manage sharing (share on and withdraw others)</source>
        <translation>共有を管理できる（さらに共有し、他の人の共有を取り消せる）(&amp;M)</translation>
    </message>
    <message>
        <source>May manage sharing</source>
        <translation>共有を管理できる</translation>
    </message>
    <message>
        <source>Who holds this case</source>
        <translation>このケースを持っている人</translation>
    </message>
    <message>
        <source>Only the case&apos;s owners and organisation administrators may withdraw someone else; anyone may leave a case they were given.</source>
        <translation>他の人の共有を取り消せるのは、ケースの所有者と組織の管理者だけです。共有を受けた人は誰でも、自分でケースから抜けられます。</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>共有(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Withdraw access…</source>
        <translation>共有を取り消す(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Leave this case</source>
        <translation>このケースから抜ける(&amp;L)</translation>
    </message>
    <message>
        <source>Reading the organisation directory…</source>
        <translation>組織の名簿を読み込んでいます…</translation>
    </message>
    <message>
        <source> (has access)</source>
        <translation>（共有済み）</translation>
    </message>
    <message>
        <source>Shared from this computer with: {0}</source>
        <translation>このパソコンから共有済み：{0}</translation>
    </message>
    <message>
        <source>Not shared from this computer yet.</source>
        <translation>このパソコンからはまだ共有していません。</translation>
    </message>
    <message>
        <source>You hold no key of this case on the server: it is not synced yet, or you left it.</source>
        <translation>サーバー上にこのケースのあなたの鍵はありません。まだ同期していないか、ケースから抜けたためです。</translation>
    </message>
    <message>
        <source>{0} (you)</source>
        <translation>{0}（あなた）</translation>
    </message>
    <message>
        <source>{0} — owner</source>
        <translation>{0} — 所有者</translation>
    </message>
    <message>
        <source>Who holds this case: {0}</source>
        <translation>このケースを持っている人: {0}</translation>
    </message>
    <message>
        <source>Shared with {0}.</source>
        <translation>{0} と共有しました。</translation>
    </message>
    <message>
        <source>{0} gets no new changes of this case from now on. What they already received stays on their computer: it cannot be unseen.</source>
        <translation>{0} には今後このケースの新しい変更は届きません。すでに受け取った内容は相手のパソコンに残り、取り消すことはできません。</translation>
    </message>
    <message>
        <source>You left this case: you get no new changes of it. What is already on this computer stays here.</source>
        <translation>このケースから抜けました。今後の変更は届きません。このコンピューターにすでにある内容はそのまま残ります。</translation>
    </message>
</context>
<context>
    <name>ShredCaseDialog</name>
    <message>
        <source>Shred case {0}</source>
        <translation>案件 {0} の完全消去</translation>
    </message>
    <message>
        <source>Shredding destroys the key of case {0}: its worker, records, notes and evidence can never be read again, here or in any backup or synced copy. The audit log keeps only the reference. This cannot be undone.</source>
        <translation>完全消去は案件 {0} の鍵を破棄します。労働者、記録、メモ、証拠は、ここでもバックアップや同期したコピーでも二度と読めなくなります。監査ログには案件番号だけが残ります。元に戻せません。</translation>
    </message>
    <message>
        <source>Type the reference to confirm</source>
        <translation>確認のため案件番号を入力</translation>
    </message>
    <message>
        <source>Shred status</source>
        <translation>完全消去の状況</translation>
    </message>
    <message>
        <source>Shred for good</source>
        <translation>完全に消去</translation>
    </message>
    <message>
        <source>Shred the case for good</source>
        <translation>案件を完全に消去</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>案件番号(&amp;R):</translation>
    </message>
    <message>
        <source>Shredding…</source>
        <translation>完全消去しています…</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Status of residence</source>
        <translation>在留資格</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>相談分野</translation>
    </message>
    <message>
        <source>Subtopic</source>
        <translation>相談内容</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>相談方法</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Prefecture (workplace)</source>
        <translation>都道府県 (就労先)</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>相談案件数</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>新規案件数</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>相談回数</translation>
    </message>
    <message>
        <source>Time spent (minutes)</source>
        <translation>相談時間 (分)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Fewer than {0}: hidden so that no one can be identified.</source>
        <translation>{0} 未満: 個人が特定されないように非公表。</translation>
    </message>
    <message>
        <source>At least {0}, hidden so that the figures under {0} cannot be worked out from totals or earlier tables.</source>
        <translation>{0} 以上: {0} 未満の数値が合計や過去の表から計算できないように非公表。</translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>日付を指定</translation>
    </message>
    <message>
        <source>C&amp;ompute</source>
        <translation>集計(&amp;O)</translation>
    </message>
    <message>
        <source>Co&amp;unt:</source>
        <translation>集計対象(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>分類 1(&amp;B):</translation>
    </message>
    <message>
        <source>and b&amp;y:</source>
        <translation>分類 2(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>Minimum group size (&amp;k):</source>
        <translation>最小集計単位 k(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Round to a multiple of:</source>
        <translation>丸め単位(&amp;R):</translation>
    </message>
    <message>
        <source>Only cases ma&amp;tching:</source>
        <translation>絞り込み条件(&amp;T):</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>&amp;HXL row in CSV</source>
        <translation>CSV に HXL 行(&amp;H)</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Language of the PDF report</source>
        <translation>PDF 報告書の言語</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>XLSX 出力(&amp;X)…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>CSV 出力(&amp;S)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF report…</source>
        <translation>PDF 報告書(&amp;D)…</translation>
    </message>
    <message>
        <source>Choose what to count, then Compute.</source>
        <translation>集計対象と分類を選び、「集計」を押してください。</translation>
    </message>
    <message>
        <source>Statistics table</source>
        <translation>統計表</translation>
    </message>
    <message>
        <source>Statistics chart</source>
        <translation>統計グラフ</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>前四半期</translation>
    </message>
    <message>
        <source>This fiscal year (April–March)</source>
        <translation>今年度 (4月〜3月)</translation>
    </message>
    <message>
        <source>Last fiscal year</source>
        <translation>前年度</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <source>Too few to publish: every figure is hidden (k = %1).</source>
        <translation>件数が少ないため、すべての数値を非公表にしました (k = %1)。</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) hidden so that no one can be identified.</source>
        <translation>
            <numerusform>個人が特定されないように %n 個の数値を非公表にしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the cases matching the filter are counted.</source>
        <translation>絞り込み条件に合う案件だけを数えています。</translation>
    </message>
    <message>
        <source>No bar: hidden figure (&lt;%1 or x)</source>
        <translation>棒なし: 非公表の数値 (&lt;%1 または x)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 報告書 (*.pdf)</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>統計を出力</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>出力中…</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 に出力しました。</translation>
    </message>
</context>
<context>
    <name>SubjectReportDialog</name>
    <message>
        <source>What we hold about you</source>
        <translation>あなたについて保有している情報</translation>
    </message>
    <message>
        <source>A document for the worker, in their language and then in Japanese: the personal data the desk holds, where it came from, the consents given, who received what (referrals, packets, shares) and how to withdraw consent or ask for correction or deletion. The worker has a right to it under the Act on the Protection of Personal Information. Writing it is recorded in the audit log.</source>
        <translation>本人向けの文書を、本人の言語と日本語で作成します。窓口が保有している個人データ、その取得元、本人が与えた同意、誰に何を提供したか（紹介・封緘パケット・共有）、同意の撤回や訂正・削除の求め方を記載します。個人情報保護法に基づく本人の権利です。作成したことは監査ログに記録されます。</translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation>文書の言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>PDF ファイル(&amp;P):</translation>
    </message>
    <message>
        <source>Document status</source>
        <translation>文書の状況</translation>
    </message>
    <message>
        <source>&amp;Write document</source>
        <translation>文書を書き出す(&amp;W)</translation>
    </message>
    <message>
        <source>{0} what we hold about you.pdf</source>
        <translation>{0} 保有している情報.pdf</translation>
    </message>
    <message>
        <source>Choose where to write the PDF (a file ending in .pdf).</source>
        <translation>PDF の書き出し先を選んでください（.pdf で終わるファイル名）。</translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation>文書を書き出しています…</translation>
    </message>
    <message>
        <source>Written: {0} ({1}).</source>
        <translation>書き出しました: {0}（{1}）。</translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Set up sync</source>
        <translation>同期の設定</translation>
    </message>
    <message>
        <source>Your administrator gives you the server address and an enrolment code made for you. Case contents leave this computer only encrypted; the server never sees them.</source>
        <translation>管理者から、サーバーのアドレスとあなた用の登録コードを受け取ってください。ケースの内容は暗号化された状態でしかこのコンピューターの外に出ず、サーバーが内容を見ることはありません。</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>登録コード</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>このコンピューターの名前</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>サーバーのアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation>登録コード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name of this computer:</source>
        <translation>このコンピューターの名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>登録(&amp;E)</translation>
    </message>
    <message>
        <source>Enrol this computer</source>
        <translation>このコンピューターを登録</translation>
    </message>
    <message>
        <source>Enrolment status</source>
        <translation>登録の状況</translation>
    </message>
    <message>
        <source>Type the server address and the enrolment code your administrator gave you.</source>
        <translation>管理者から受け取ったサーバーのアドレスと登録コードを入力してください。</translation>
    </message>
    <message>
        <source>Enrolling with the server…</source>
        <translation>サーバーに登録しています…</translation>
    </message>
    <message>
        <source>Enrolled with {0} as {1} ({2}).</source>
        <translation>{0} に {1}（{2}）として登録しました。</translation>
    </message>
    <message>
        <source>Read this number to your administrator (by phone or in person). They type it to approve this computer; it proves the key they approve is this computer&apos;s.</source>
        <translation>この番号を管理者に（電話か対面で）読み上げてください。管理者がこれを入力してこのコンピューターを承認します。承認する鍵がこのコンピューターのものであることの確認になります。</translation>
    </message>
    <message>
        <source>This computer&apos;s key fingerprint</source>
        <translation>このコンピューターの鍵のフィンガープリント</translation>
    </message>
    <message>
        <source>Approval state</source>
        <translation>承認の状況</translation>
    </message>
    <message>
        <source>Approved: this computer syncs with the organisation&apos;s server.</source>
        <translation>承認されました。このコンピューターは組織のサーバーと同期します。</translation>
    </message>
    <message>
        <source>The server cannot be reached just now; sync tries again by itself.</source>
        <translation>いまはサーバーに接続できません。同期は自動的に再試行します。</translation>
    </message>
    <message>
        <source>Waiting for the administrator to approve this computer. This changes by itself once they have; you may close this window and keep working.</source>
        <translation>管理者がこのコンピューターを承認するのを待っています。承認されると自動的に表示が変わります。このウィンドウを閉じて作業を続けてかまいません。</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync: —</source>
        <translation>同期：—</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>同期の状態</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Show quarantined changes</source>
        <translation>保留中の変更を表示</translation>
    </message>
    <message>
        <source>Sync: working…</source>
        <translation>同期：処理中…</translation>
    </message>
    <message>
        <source>Sync: up to date</source>
        <translation>同期：最新です</translation>
    </message>
    <message>
        <source>Sync: {0} change(s) waiting to be sent</source>
        <translation>同期：送信待ちの変更 {0} 件</translation>
    </message>
    <message>
        <source>Sync: offline — {0} change(s) waiting</source>
        <translation>同期：オフライン — 送信待ち {0} 件</translation>
    </message>
    <message>
        <source>Sync: {0} conflict(s) to settle</source>
        <translation>同期：確定が必要な競合 {0} 件</translation>
    </message>
    <message>
        <source>Sync: problem — {0}</source>
        <translation>同期：問題あり — {0}</translation>
    </message>
    <message>
        <source>some changes could not be applied</source>
        <translation>一部の変更を反映できませんでした</translation>
    </message>
    <message>
        <source>Sync: not set up (works offline)</source>
        <translation>同期：未設定（オフラインで動作中）</translation>
    </message>
    <message>
        <source>Sync: waiting for the administrator to approve this computer</source>
        <translation>同期: 管理者の承認待ち</translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation>最終同期：{0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{0} quarantined…</source>
        <translation>保留 {0} 件…</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add task</source>
        <translation>タスクを追加</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>タスク名</translation>
    </message>
    <message>
        <source>Task kind</source>
        <translation>タスクの種類</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>タスク名(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>期日(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation>担当者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation>タスクを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク一覧</translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation>タスクを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>タスクを追加</translation>
    </message>
    <message>
        <source>Ma&amp;rk done</source>
        <translation>完了にする(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Mark selected task done</source>
        <translation>選択したタスクを完了にする</translation>
    </message>
    <message>
        <source>Remove selected task</source>
        <translation>選択したタスクを削除</translation>
    </message>
    <message>
        <source>Select a task to mark done.</source>
        <translation>完了にするタスクを選択してください。</translation>
    </message>
    <message>
        <source>Select a task to remove.</source>
        <translation>削除するタスクを選択してください。</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>タスクを削除</translation>
    </message>
    <message>
        <source>Remove the task “{0}”?</source>
        <translation>タスク「{0}」を削除しますか？</translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <source>Workplace prefecture</source>
        <translation>就業場所の都道府県</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（選択）</translation>
    </message>
    <message>
        <source>Wage type</source>
        <translation>賃金形態</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>時給</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>日給</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月給</translation>
    </message>
    <message>
        <source>Wage amount in yen</source>
        <translation>賃金額（円）</translation>
    </message>
    <message>
        <source>Scheduled hours a day</source>
        <translation>1日の所定労働時間</translation>
    </message>
    <message>
        <source>Scheduled hours a month</source>
        <translation>1か月の所定労働時間</translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation>企業規模</translation>
    </message>
    <message>
        <source>Small or medium</source>
        <translation>中小企業</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>大企業</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Statutory holiday</source>
        <translation>法定休日</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>週の起算日</translation>
    </message>
    <message>
        <source>44-hour week (special measure)</source>
        <translation>週44時間（特例措置対象事業場）</translation>
    </message>
    <message>
        <source>Pay period closing day (31: month end)</source>
        <translation>賃金締切日（31は月末）</translation>
    </message>
    <message>
        <source>Pay day</source>
        <translation>賃金支払日</translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation>支払月</translation>
    </message>
    <message>
        <source>the same month</source>
        <translation>当月</translation>
    </message>
    <message>
        <source>the next month</source>
        <translation>翌月</translation>
    </message>
    <message>
        <source>the month after next</source>
        <translation>翌々月</translation>
    </message>
    <message>
        <source>Left the job on</source>
        <translation>退職日</translation>
    </message>
    <message>
        <source>The worker has left the job</source>
        <translation>退職済み</translation>
    </message>
    <message>
        <source>Date the worker left</source>
        <translation>退職した日</translation>
    </message>
    <message>
        <source>Prefecture:</source>
        <translation>都道府県:</translation>
    </message>
    <message>
        <source>Wa&amp;ge type:</source>
        <translation>賃金形態(&amp;G):</translation>
    </message>
    <message>
        <source>Amount (yen):</source>
        <translation>賃金額（円）:</translation>
    </message>
    <message>
        <source>Hours a day:</source>
        <translation>1日の所定時間:</translation>
    </message>
    <message>
        <source>Hours a month:</source>
        <translation>1か月の所定時間:</translation>
    </message>
    <message>
        <source>Enterprise:</source>
        <translation>企業規模:</translation>
    </message>
    <message>
        <source>Statutory holiday:</source>
        <translation>法定休日:</translation>
    </message>
    <message>
        <source>Week starts on:</source>
        <translation>週の起算日:</translation>
    </message>
    <message>
        <source>Closing day:</source>
        <translation>締切日:</translation>
    </message>
    <message>
        <source>Pay day:</source>
        <translation>支払日:</translation>
    </message>
    <message>
        <source>Paid in:</source>
        <translation>支払月:</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家族手当</translation>
    </message>
    <message>
        <source>Commuting</source>
        <translation>通勤手当</translation>
    </message>
    <message>
        <source>Living apart</source>
        <translation>別居手当</translation>
    </message>
    <message>
        <source>Children&apos;s education</source>
        <translation>子女教育手当</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>住宅手当</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>皆勤・精勤手当</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>臨時の賃金</translation>
    </message>
    <message>
        <source>Over one month</source>
        <translation>1か月を超える期間ごとの賃金</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>手当</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Monthly amount (yen)</source>
        <translation>月額（円）</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>手当</translation>
    </message>
    <message>
        <source>Add allowance</source>
        <translation>手当を追加</translation>
    </message>
    <message>
        <source>Add an allowance</source>
        <translation>手当を追加</translation>
    </message>
    <message>
        <source>Remove allowance</source>
        <translation>手当を削除</translation>
    </message>
    <message>
        <source>Remove the selected allowances</source>
        <translation>選択した手当を削除</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>相談方法</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>通訳者</translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation>相談員</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>経過記録</translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation>訂正(&amp;R)…</translation>
    </message>
    <message>
        <source>Correct selected entry</source>
        <translation>選択した記録を訂正</translation>
    </message>
    <message>
        <source>Entry kind</source>
        <translation>記録の種類</translation>
    </message>
    <message>
        <source>What was discussed or done (Ctrl+Enter adds)</source>
        <translation>相談・対応の内容（Ctrl+Enter で追加）</translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation>記録を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>相談方法(&amp;L):</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>言語(&amp;G):</translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation>所要時間・分(&amp;U):</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>記録を追加</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation>通訳者(&amp;I):</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新しい記録</translation>
    </message>
    <message>
        <source>{0} (corrected below)</source>
        <translation>{0}（下に訂正あり）</translation>
    </message>
    <message>
        <source>Write a note before adding the entry.</source>
        <translation>記録を追加する前にメモを入力してください。</translation>
    </message>
    <message>
        <source>Select an entry to correct.</source>
        <translation>訂正する記録を選択してください。</translation>
    </message>
    <message>
        <source>A correction needs a note.</source>
        <translation>訂正にはメモが必要です。</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Madoguchi is locked</source>
        <translation>Madoguchi はロックされています</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Use the recovery &amp;key instead</source>
        <translation>代わりに回復キーを使う(&amp;K)</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>代わりに回復キーを使う</translation>
    </message>
    <message>
        <source>F&amp;orgot the passphrase?</source>
        <translation>パスフレーズを忘れた場合(&amp;O)</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Reset it with the recovery key</source>
        <translation>パスフレーズを忘れた場合: 回復キーで再設定する</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation>ロック解除の状況</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>This is the demo vault: every person in it is made up. Its passphrase is “{0}” (already filled in). Your real vault is separate.</source>
        <translation>これはデモ用保管庫です。登場する人物はすべて架空です。パスフレーズは「{0}」です（入力済み）。本番の保管庫とは別です。</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>回復キー(&amp;R):</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>ロックを解除しています…</translation>
    </message>
    <message>
        <source>Unlock with this &amp;device&apos;s key</source>
        <translation>この端末の鍵でロック解除(&amp;D)</translation>
    </message>
    <message>
        <source>Unlock with this device&apos;s key</source>
        <translation>この端末の鍵でロック解除</translation>
    </message>
    <message>
        <source>&amp;Forget this device&apos;s key</source>
        <translation>この端末の鍵を忘れる(&amp;F)</translation>
    </message>
    <message>
        <source>Forget this device&apos;s key</source>
        <translation>この端末の鍵を忘れる</translation>
    </message>
    <message>
        <source>Remove the key from the system keyring and from the vault: the passphrase is needed again on this device.</source>
        <translation>システムのキーリングと保管庫から鍵を削除します。この端末でも再びパスフレーズが必要になります。</translation>
    </message>
    <message>
        <source>Forgetting this device&apos;s key…</source>
        <translation>この端末の鍵を削除しています…</translation>
    </message>
    <message>
        <source>This device no longer remembers the vault: the key is gone from the system keyring and from the vault. Enter the passphrase.</source>
        <translation>この端末は保管庫を記憶しなくなりました。鍵はシステムのキーリングからも保管庫からも削除されました。パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The key is gone from the system keyring. The vault stops offering it when you next unlock with the passphrase.</source>
        <translation>鍵はシステムのキーリングから削除されました。次にパスフレーズでロック解除したとき、保管庫もこの鍵を使わなくなります。</translation>
    </message>
</context>
<context>
    <name>WageComplaintDialog</name>
    <message>
        <source>Complaint to the labour standards office</source>
        <translation>労働基準監督署への申告</translation>
    </message>
    <message>
        <source>Labour standards office</source>
        <translation>労働基準監督署</translation>
    </message>
    <message>
        <source>Language of the worker&apos;s copy</source>
        <translation>本人用の説明書の言語</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>計算の基準日</translation>
    </message>
    <message>
        <source>Employer&apos;s representative</source>
        <translation>使用者の代表者</translation>
    </message>
    <message>
        <source>As known; empty: “unknown”</source>
        <translation>分かる範囲で。空欄なら「不明」</translation>
    </message>
    <message>
        <source>What happened, in your words</source>
        <translation>申告の内容（担当者の記述）</translation>
    </message>
    <message>
        <source>Optional; added to the generated description</source>
        <translation>任意。自動で作成する記述の後に追記します</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>提出先(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Worker&apos;s copy in:</source>
        <translation>本人用の言語(&amp;W):</translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation>計算の基準日(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>代表者(&amp;R):</translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation>申告の内容(&amp;H):</translation>
    </message>
    <message>
        <source>Ask the office not to tell the employer the worker&apos;s name (anonymity)</source>
        <translation>使用者に本人の氏名を明かさないよう監督署に求める（匿名希望）</translation>
    </message>
    <message>
        <source>Anonymity requested</source>
        <translation>匿名希望</translation>
    </message>
    <message>
        <source>Print about the worker</source>
        <translation>本人について記載する情報</translation>
    </message>
    <message>
        <source>{0} (sensitive)</source>
        <translation>{0}（要配慮）</translation>
    </message>
    <message>
        <source>List as attachments</source>
        <translation>添付資料として記載</translation>
    </message>
    <message>
        <source>Attach {0}</source>
        <translation>{0} を添付資料に記載</translation>
    </message>
    <message>
        <source>This case has no evidence files.</source>
        <translation>この案件には証拠ファイルがありません。</translation>
    </message>
    <message>
        <source>A draft to be checked: the amounts are estimates from the wage calculation. Needs the worker&apos;s consent for a complaint to the labour standards office.</source>
        <translation>確認用の下書きです。金額は賃金計算による概算です。作成には、労働基準監督署への申告についての本人の同意が必要です。</translation>
    </message>
    <message>
        <source>Complaint status</source>
        <translation>申告書の作成状況</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Preview the draft and the worker&apos;s copy</source>
        <translation>下書きと本人用の説明書をプレビュー</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the draft and the worker&apos;s copy</source>
        <translation>下書きと本人用の説明書を保存</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>プレビューを作成しています…</translation>
    </message>
    <message>
        <source>Complaint draft preview</source>
        <translation>申告書の下書きのプレビュー</translation>
    </message>
    <message>
        <source>Draft for the office</source>
        <translation>監督署あての下書き</translation>
    </message>
    <message>
        <source>Worker&apos;s copy</source>
        <translation>本人用の説明書</translation>
    </message>
    <message>
        <source>Save the complaint draft as</source>
        <translation>申告書の下書きの保存先</translation>
    </message>
    <message>
        <source>Saving the complaint draft…</source>
        <translation>申告書の下書きを保存しています…</translation>
    </message>
    <message>
        <source>Saved the draft {0} and the worker&apos;s copy {1}.</source>
        <translation>下書き {0} と本人用の説明書 {1} を保存しました。</translation>
    </message>
</context>
<context>
    <name>WageDraftsDialog</name>
    <message>
        <source>Work records from the timeline</source>
        <translation>経過記録からの勤務記録（下書き）</translation>
    </message>
    <message>
        <source>These work records were read from the case&apos;s timeline entries. Check each one against the entry it came from; only the ticked ones are added. A day the case already records differently is replaced only if you tick it and confirm.</source>
        <translation>次の勤務記録は、このケースの経過記録から読み取った下書きです。一件ずつ元の記録と照らし合わせてください。チェックを付けたものだけを追加します。すでに別の内容で記録されている日は、チェックを付けて確認したときだけ置き換えます。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>始業</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終業</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休憩</translation>
    </message>
    <message>
        <source>Compared with the records</source>
        <translation>勤務記録との比較</translation>
    </message>
    <message>
        <source>From the entry</source>
        <translation>元の経過記録</translation>
    </message>
    <message>
        <source>Drafted work records</source>
        <translation>下書きした勤務記録</translation>
    </message>
    <message>
        <source>Reading the timeline…</source>
        <translation>経過記録を読んでいます…</translation>
    </message>
    <message>
        <source>Drafting status</source>
        <translation>下書きの状況</translation>
    </message>
    <message>
        <source>Add ticked records</source>
        <translation>チェックした記録を追加</translation>
    </message>
    <message>
        <source>Add the ticked records to the work records</source>
        <translation>チェックした記録を勤務記録に追加</translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation>記録済み</translation>
    </message>
    <message>
        <source>Differs from the record on file ({0}): ticking replaces it</source>
        <translation>登録済み（{0}）と異なります。チェックすると置き換えます</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>(another entry says otherwise)</source>
        <translation>（別の経過記録では内容が異なります）</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <source>{0} min from {1}</source>
        <translation>{1}から{0}分</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0}分</translation>
    </message>
    <message>
        <source>no day given</source>
        <translation>日付がない</translation>
    </message>
    <message>
        <source>a habit, not one day</source>
        <translation>普段の話で、特定の日ではない</translation>
    </message>
    <message>
        <source>a period of several days</source>
        <translation>複数日にわたる期間</translation>
    </message>
    <message>
        <source>a day after the entry</source>
        <translation>記録した日より後の日付</translation>
    </message>
    <message>
        <source>times that cannot be a shift</source>
        <translation>勤務として成り立たない時刻</translation>
    </message>
    <message>
        <source>an appointment, not a shift</source>
        <translation>面談などの予定で、勤務ではない</translation>
    </message>
    <message>
        <source>Times in {0} passage(s) were not drafted (no day given, a habit such as “every day”, a period of several days, or an appointment); type those days in by hand:</source>
        <translation>次の{0}か所の時刻は下書きにしていません（日付がない、「毎日」のような普段の話、複数日にわたる期間、または面談などの予定のため）。その日の記録は手で入力してください：</translation>
    </message>
    <message>
        <source>{0} work record(s) drafted.</source>
        <translation>{0}件の勤務記録を下書きしました。</translation>
    </message>
    <message>
        <source>No timeline entry states a day with a start and an end time.</source>
        <translation>日付と始業・終業の時刻が書かれた経過記録はありません。</translation>
    </message>
    <message>
        <source>Tick the records to add first.</source>
        <translation>先に追加する記録にチェックを付けてください。</translation>
    </message>
    <message>
        <source>Replace work records</source>
        <translation>勤務記録の置き換え</translation>
    </message>
    <message>
        <source>The case already records these days differently: {0}. Replace their records with the drafts?</source>
        <translation>次の日はすでに別の内容で記録されています：{0}。下書きの内容で置き換えますか？</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>何も追加しませんでした。</translation>
    </message>
    <message>
        <source>{0} work record(s) added from the timeline.</source>
        <translation>経過記録から{0}件の勤務記録を追加しました。</translation>
    </message>
    <message>
        <source>Records replaced on: {0}.</source>
        <translation>置き換えた日：{0}。</translation>
    </message>
    <message>
        <source>Not added, the entries disagree on: {0}.</source>
        <translation>経過記録どうしの内容が食い違うため追加しなかった日：{0}。</translation>
    </message>
</context>
<context>
    <name>WagesTab</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>始業</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終業</translation>
    </message>
    <message>
        <source>18:00 (26:00 or 02:00: the next morning)</source>
        <translation>18:00（26:00 または 02:00 は翌朝）</translation>
    </message>
    <message>
        <source>Break (minutes)</source>
        <translation>休憩（分）</translation>
    </message>
    <message>
        <source>Break from</source>
        <translation>休憩開始</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>締切日</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>総支給額</translation>
    </message>
    <message>
        <source>Of which premiums</source>
        <translation>うち割増賃金</translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation>控除</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>差引支給額</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名目</translation>
    </message>
    <message>
        <source>e.g. dormitory fee</source>
        <translation>例：寮費</translation>
    </message>
    <message>
        <source>Amount (yen)</source>
        <translation>金額（円）</translation>
    </message>
    <message>
        <source>Deduction basis</source>
        <translation>控除の根拠</translation>
    </message>
    <message>
        <source>By law (tax, insurance)</source>
        <translation>法令（税・社会保険）</translation>
    </message>
    <message>
        <source>Written agreement</source>
        <translation>労使協定あり</translation>
    </message>
    <message>
        <source>No basis</source>
        <translation>根拠なし</translation>
    </message>
    <message>
        <source>Work records</source>
        <translation>勤務記録</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>給与明細</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>賃金計算期間</translation>
    </message>
    <message>
        <source>Within limits</source>
        <translation>法定内</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>時間外</translation>
    </message>
    <message>
        <source>Late night</source>
        <translation>深夜</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>法定休日</translation>
    </message>
    <message>
        <source>Due (yen)</source>
        <translation>支払うべき額（円）</translation>
    </message>
    <message>
        <source>Paid (yen)</source>
        <translation>既払額（円）</translation>
    </message>
    <message>
        <source>Difference (yen)</source>
        <translation>差額（円）</translation>
    </message>
    <message>
        <source>Claim expires</source>
        <translation>時効完成日</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation>（時効）</translation>
    </message>
    <message>
        <source>Calculated claim per pay period</source>
        <translation>賃金計算期間ごとの計算結果</translation>
    </message>
    <message>
        <source>Wage sections</source>
        <translation>賃金の項目</translation>
    </message>
    <message>
        <source>&amp;Job terms</source>
        <translation>労働条件(&amp;J)</translation>
    </message>
    <message>
        <source>Draft from timeline…</source>
        <translation>経過記録から下書き…</translation>
    </message>
    <message>
        <source>Draft work records from the case&apos;s timeline entries</source>
        <translation>ケースの経過記録から勤務記録を下書き</translation>
    </message>
    <message>
        <source>Work &amp;records</source>
        <translation>勤務記録(&amp;R)</translation>
    </message>
    <message>
        <source>Paysl&amp;ips</source>
        <translation>給与明細(&amp;I)</translation>
    </message>
    <message>
        <source>Resu&amp;lt</source>
        <translation>計算結果(&amp;L)</translation>
    </message>
    <message>
        <source>Claim and interest as of</source>
        <translation>請求額・遅延損害金の基準日</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>基準日:</translation>
    </message>
    <message>
        <source>Save inputs</source>
        <translation>入力を保存</translation>
    </message>
    <message>
        <source>Save the terms, work records and payslips</source>
        <translation>労働条件・勤務記録・給与明細を保存</translation>
    </message>
    <message>
        <source>Calc&amp;ulate</source>
        <translation>計算(&amp;U)</translation>
    </message>
    <message>
        <source>Calculate the wage claim</source>
        <translation>未払賃金を計算</translation>
    </message>
    <message>
        <source>Save calculation sheet…</source>
        <translation>賃金計算書を保存…</translation>
    </message>
    <message>
        <source>Save the calculation sheet as PDF</source>
        <translation>賃金計算書をPDFで保存</translation>
    </message>
    <message>
        <source>Use &amp;as the claim…</source>
        <translation>請求額に使う(&amp;A)…</translation>
    </message>
    <message>
        <source>Use the calculation as an ADR matter&apos;s claim</source>
        <translation>計算結果をADR事件の請求額に使う</translation>
    </message>
    <message>
        <source>Labour office complaint…</source>
        <translation>労基署への申告書…</translation>
    </message>
    <message>
        <source>Draft a complaint to the labour standards office</source>
        <translation>労働基準監督署への申告書の下書きを作成</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>選択した行を削除</translation>
    </message>
    <message>
        <source>Import CSV/&amp;XLSX…</source>
        <translation>CSV・エクセルを取込(&amp;X)…</translation>
    </message>
    <message>
        <source>Import rows from a CSV or Excel file</source>
        <translation>CSVまたはExcelファイルから行を取り込む</translation>
    </message>
    <message>
        <source>checked by a lawyer</source>
        <translation>弁護士確認済み</translation>
    </message>
    <message>
        <source>machine-drafted, not yet checked by a lawyer</source>
        <translation>機械作成・弁護士未確認</translation>
    </message>
    <message>
        <source>This is an estimate to be checked (これは概算です). Rules: {0}.</source>
        <translation>これは概算です（要確認）。法令データ：{0}。</translation>
    </message>
    <message>
        <source>The stored wage data cannot be read; import it again.</source>
        <translation>保存された賃金データを読み取れません。取り込み直してください。</translation>
    </message>
    <message>
        <source>{0}, row {1}: {2} is missing.</source>
        <translation>{0} {1}行目：{2}が入力されていません。</translation>
    </message>
    <message>
        <source>{0}, row {1}: “{2}” in {3} cannot be used.</source>
        <translation>{0} {1}行目：{3}の「{2}」は使えません。</translation>
    </message>
    <message>
        <source>{0}, row {1}: the times do not fit together (a shift longer than 24 hours, or a break outside the shift).</source>
        <translation>{0} {1}行目：時刻が合いません（24時間を超える勤務、または勤務時間外の休憩）。</translation>
    </message>
    <message>
        <source>{0}, row {1}: the period ending {2} needs one gross pay, at most one net pay, and a net pay equal to gross pay less the deductions.</source>
        <translation>{0} {1}行目：{2}締めの期間には、総支給額が1つ、差引支給額は1つまでで、差引支給額は総支給額から控除を引いた額である必要があります。</translation>
    </message>
    <message>
        <source>These rows cannot be used; nothing was saved:</source>
        <translation>次の行は使えません。何も保存していません：</translation>
    </message>
    <message>
        <source>Import rows</source>
        <translation>行の取込</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>{0}: {1} rows cannot be used; nothing was imported:</source>
        <translation>{0}：{1} 行が使えません。何も取り込んでいません：</translation>
    </message>
    <message>
        <source>{0} rows read from {1}; save or calculate to keep them.</source>
        <translation>{1} から {0} 行を読み込みました。残すには保存するか計算してください。</translation>
    </message>
    <message>
        <source>Enter the employment terms first.</source>
        <translation>先に労働条件を入力してください。</translation>
    </message>
    <message>
        <source>Enter or import the work records first.</source>
        <translation>先に勤務記録を入力するか取り込んでください。</translation>
    </message>
    <message>
        <source>Claimable ¥{0} (periods not expired, as of {1}); delay interest to that day ¥{2}; unlawful deductions ¥{3}; minimum-wage shortfall ¥{4}.</source>
        <translation>請求可能額 {0}円（{1} 時点で時効未完成の期間）、同日までの遅延損害金 {2}円、違法な控除 {3}円、最低賃金との差額 {4}円。</translation>
    </message>
    <message>
        <source>Save calculation sheet</source>
        <translation>賃金計算書の保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Calculation sheet saved to {0} (claimable ¥{1}).</source>
        <translation>賃金計算書を {0} に保存しました（請求可能額 {1}円）。</translation>
    </message>
    <message>
        <source>This case has no ADR matter; add one in the ADR tab first.</source>
        <translation>このケースにはADR事件がありません。先に「ADR」タブで追加してください。</translation>
    </message>
    <message>
        <source>Use as the claim</source>
        <translation>請求額に使う</translation>
    </message>
    <message>
        <source>ADR matter:</source>
        <translation>ADR事件:</translation>
    </message>
    <message>
        <source>Complaint draft saved: {0}.</source>
        <translation>申告書の下書きを保存しました：{0}</translation>
    </message>
    <message>
        <source>Amount claimed set to ¥{0}; the calculation sheet is {1}.</source>
        <translation>請求額を {0}円にしました。賃金計算書は{1}です。</translation>
    </message>
    <message>
        <source>The relief sought names no single amount: check it.</source>
        <translation>申立ての趣旨に金額が一つだけ書かれていないため、変更していません。確認してください。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>自分の担当(&amp;M)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Statistics (&amp;Q)</source>
        <translation>統計(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>_FolderDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>フォルダを選択</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>バックアップの状況</translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation>先にフォルダを選んでください。</translation>
    </message>
</context>
</TS>
