<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
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
    <name>ComboField</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Welcome to Madoguchi. Everything you record is encrypted with a passphrase that only you know. Choose a long one: a few unrelated words work well.</source>
        <translation>Madoguchi へようこそ。記録する内容はすべて、あなただけが知るパスフレーズで暗号化されます。長いパスフレーズを選んでください。関係のない単語をいくつか並べるのがおすすめです。</translation>
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
        <source>Passphrase strength</source>
        <translation>パスフレーズの強度</translation>
    </message>
    <message>
        <source>Fill it with &amp;demo cases (synthetic people, for trying out)</source>
        <translation>デモ案件を入れる（架空の人物・お試し用）(&amp;D)</translation>
    </message>
    <message>
        <source>Fill it with demo cases</source>
        <translation>デモ案件を入れる</translation>
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
        <source>The two passphrases differ.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
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
        <source>Recovery key</source>
        <translation>回復キー</translation>
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
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
</context>
<context>
    <name>FormField</name>
    <message>
        <source>Keep shown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the shown value of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving then settles the conflict with the value shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Conflict — edited on two devices: {0}</source>
        <translation>⚠ 競合：2台の端末で編集されています：{0}</translation>
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
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>Overdue follow-ups</source>
        <translation>期限を過ぎたフォローアップ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超過</translation>
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
        <source>&amp;Overdue follow-ups</source>
        <translation>期限を過ぎたフォローアップ(&amp;O)</translation>
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
        <source>(%n overdue)</source>
        <translation>
            <numerusform>（期限超過 %n件）</numerusform>
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
        <source>As of {0}</source>
        <translation>{0} 時点</translation>
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
        <source>Organisation name</source>
        <translation>団体名</translation>
    </message>
    <message>
        <source>Organisation address</source>
        <translation>団体の所在地</translation>
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
        <source>Organisation &amp;name:</source>
        <translation>団体名(&amp;N):</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>所在地(&amp;D):</translation>
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
        <source>These codes prefix new reference numbers, e.g. {0}-{1}-2025-00001. Existing reference numbers keep theirs.</source>
        <translation>これらのコードは新しい案件番号の先頭に付きます（例：{0}-{1}-2025-00001）。既存の案件番号は変わりません。</translation>
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
        <source>Not available here: {0}.</source>
        <translation>この環境では使用できません：{0}。</translation>
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
        <source>&amp;Use the recovery key instead</source>
        <translation>代わりに回復キーを使う(&amp;U)</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>代わりに回復キーを使う</translation>
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
</context>
<context>
    <name>frame</name>
    <message>
        <source>&amp;Cases</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>自分の担当(&amp;M)</translation>
    </message>
</context>
</TS>
