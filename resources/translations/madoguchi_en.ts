<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdrTab</name>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ADR matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w matter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;ication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the chronology written so far with a draft from the timeline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot be made yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an empty folder for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistedSafetyDialog</name>
    <message>
        <source>Assisted Safety self-diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker &amp;agrees that this answer may be used, without the worker&apos;s name, in feedback to the employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to anonymous feedback to the employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Es&amp;tablishment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the answers to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation status: reviewed by a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation status: machine-drafted, not yet reviewed by a person. Check that the worker understands each question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation status: incomplete; missing texts are shown in the default language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer at least one question before saving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Problems found in the audit chain (%n):</source>
        <translation>
            <numerusform>⚠ Problems found in the audit chain (%n):</numerusform>
            <numerusform>⚠ Problems found in the audit chain (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✓ Audit chain verified: %n entry(ies)</source>
        <translation>
            <numerusform>✓ Audit chain verified: %n entry</numerusform>
            <numerusform>✓ Audit chain verified: %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Could not read the audit log: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Vault created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked with passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked with recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked with this device&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case shredded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault remembered on a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case key replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral letter made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR bundle made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral packet sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral packet opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral packet received into a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s key pair created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the key card changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s key added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s key verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case sharing withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device enrolled with the sync server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics table published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour standards office complaint drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company report made (consultations and Safety)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;What we hold about you&quot; made for the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left a shared case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case keys handed to another of my devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log sealed (vault format upgrade)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync drift repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage calculation sheet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage calculation used as an ADR claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full re-download from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>packet SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with sensitive fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker&apos;s copy in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facts disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worker&apos;s copy SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer (hashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer (keyed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one establishment only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only cases matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may manage sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smallest group shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount claimed (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimable (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced the earlier sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk flag</source>
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
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(case not in this vault)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <source>Something went wrong ({0}). Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the vault, still encrypted, with its evidence files into a new folder in the folder you choose (a USB stick, say), then checks the copy. It opens only with this vault&apos;s passphrase or recovery key: keep the recovery sheet apart from the stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked: {0} ({1} evidence files, {2} MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <source>Exhibit password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a password-protected PDF. Enter its password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle will be written to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save each exhibit, the application and the evidence statement as its own PDF (for upload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also save one PDF per exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written into the folder&apos;s &quot;split&quot; folder, named like 甲第1号証.pdf, and listed with their titles in manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel building the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked; no bundle was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the bundle in {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was kept in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is ready: {0} ({1} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} separate PDFs in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password does not open {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle was made: {0} needs its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFilterBar</name>
    <message>
        <source>Search names, notes, phone… in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only cases matching this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by risk flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search names, notes, phone… in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by residence expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any residence expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence expires within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence expires within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by risk flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native / katakana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Loading case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summar&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary for the paper file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shred case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shred this case for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tas&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ferrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;DR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wages (&amp;Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one on this computer at once. The recovery key stays the same. Other devices that sync keep their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseCaseDialog</name>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: what was achieved, what remains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComboField</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyReportDialog</name>
    <message>
        <source>Company report: consultations and Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report for one employer: the consultation topics of workers who consented to feedback to that employer, and the consented Safety answers. Only groups of at least k are shown, and nothing that an earlier report would let someone work out. The PDF and a CSV with the same figures are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;consultation topics (only workers who consented to feedback to this employer; refused below k such cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum group size k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Employer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;stablishment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum group size &amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the employers in the Safety records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No employer is named in the Safety records yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the employer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the PDF (a file ending in .pdf; the CSV goes next to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: {0} overlaps a report already published for this employer; the files written show no figures ({1}, {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few answers: fewer than {0} consented answers for {1}; the files written show no figures ({2}, {3}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for {0} ({1} answers) written: {2} and {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Safety section shows no figures (it overlaps a report already published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Safety section shows no figures (fewer than {0} consented answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Safety section shows {0} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for {0} written: consultation topics of {1} consenting cases ({2} figures hidden), and {3}. Files: {4} and {5}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merged value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the chosen value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the chosen value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted while edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every edit has been settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} conflict(s). Nothing is lost until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} deleted this record on {1} ({2}) while someone else edited it. Keep it with the current values, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values written for “{0}” without seeing each other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}, device {2}, {3}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Add consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may receive the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentFormDialog</name>
    <message>
        <source>Print consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent for {0}, to {1}, given on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the worker&apos;s half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent form status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the consent form as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to save the consent form in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages are still loading; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the consent form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form was saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw selected consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print consent fo&amp;rm…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected consent as a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a consent to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent was already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the worker withdrew this consent today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a consent to print as a form.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Keys and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this vault&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export my key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this vault&apos;s public key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a contact&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a contact&apos;s key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified by phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected key verified by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations you can seal referral packets for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
Fingerprint (read it aloud to check): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi key files (*.mdgkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key file saved: {0}. Send it to the other organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a contact&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi key files (*.mdgkey);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the key of {0}. Call them and compare the fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did {0} read you these digits by phone, and do they match exactly?

{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Correct timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original ({0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounselorExitDialog</name>
    <message>
        <source>Leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceKey</name>
    <message>
        <source>This device has no system keyring, so the passphrase is asked every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring on this device does not protect secrets well enough (it would keep them in a plain file), so the passphrase is asked every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not answer (it may be locked). Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device no longer remembers the vault. Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring no longer holds this vault&apos;s key. Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key this device remembered does not open this vault. Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s key cannot be used now. Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentParts</name>
    <message>
        <source>The PDF file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading languages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>No valid consent for “{0}” to {1} is recorded on this case; record the worker&apos;s consent (purpose: {0}, recipient: {1}) in the Consent tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid consent for “{0}” is recorded on this case; record the worker&apos;s consent (purpose: {0}) in the Consent tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral consent for {0} does not record how it was given; record the method (written, oral or electronic) in the Consent tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {0}, column “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker&apos;s name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds an Excel error (#N/A, #REF! …); fix the formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this required column is missing from the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is in a column without a name in the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has a different number of fields than the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this device&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value does not fit this column (dates like 2026-03-31, codes as listed in the import guide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” does not fit this column (dates like 2026-03-31, codes as listed in the import guide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this column is not one Madoguchi knows; rename or remove it (see the import guide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote (&quot;) opened on line {line} is never closed, so the rest of the file would become one cell; close or remove that quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quotes (&quot;) on line {line} are malformed; a value with quotes inside must be quoted itself, with each inner quote doubled (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell holds a NUL byte, so this is not CSV text; save the file again as CSV UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text there is neither UTF-8 nor Shift_JIS (the file mixes encodings); save the file again as CSV UTF-8 and import that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported (it is missing, empty, unreadable or not a case list); save it again as CSV UTF-8 or .xlsx with the column names in row 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} changed after the check; check it again before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import a file ending in {extension}; use a .csv or .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {size_mb} MB; files over {max_mb} MB cannot be imported, so split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel workbook cannot be read; open it in Excel and save it again as .xlsx or CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel workbook holds {parts} parts (at most {max_parts}); it is not a case list saved by Excel, so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel workbook unpacks to {size_mb} MB (at most {max_mb} MB); split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of the Excel workbook unpacks to {ratio} times its stored size (at most {max_ratio}); it looks like a zip bomb and is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has more than {max_rows} rows (empty ones included); delete the empty rows at its end or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} has {cells} cells (at most {max_columns}); delete the empty columns at the right of the sheet and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wages file ({file}) has a value that cannot be read; nothing was computed. Correct the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wage rules shipped with the app are damaged ({file}); no estimate can be made. Tell your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wage rule is on file for {on}; no estimate was made for that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint draft could not be made from this case&apos;s wage data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {ref} has no wage {missing} yet; store the terms and work records before drafting a complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wage data stored in case {ref} cannot be read, so no complaint was drafted; import the wage files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wage calculation for case {ref} finds nothing unpaid (as of {until}) among the violations chosen, in periods not yet time-barred; there is nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {ref} has no employment terms for the wage calculation yet; enter and save them in the Wages tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {ref} has no work records for the wage calculation yet; enter or import them in the Wages tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wage data stored in case {ref} cannot be read; import or enter it again in the Wages tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calculation for case {ref} leaves nothing to claim as of {until}; the ADR matter was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline of case {ref} changed since the work records were drafted; nothing was added. Draft from the timeline again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be made; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit {label} cannot be used in a bundle (its file is missing, damaged or of a type a bundle cannot include); replace it with a readable PDF or image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR matter “{title}” has no exhibits; add its evidence as exhibits first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exhibit of ADR matter “{title}” has a file (all are described only); attach at least one exhibit&apos;s file to build the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit {label} already has its file; remove the exhibit and add it again to use another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That evidence is not in the case of exhibit {label}; add the file to this case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit {label}: {quoted} is a dynamic (XFA) form that only Adobe Reader can draw. Open it in Adobe Reader and print it to PDF, or attach a scan of the printed form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit {label} is a password-protected PDF; give its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit {label}: {quoted} is password-protected; give its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit {label}: the password given for {quoted} is wrong; give the right password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A letter template file of this installation is missing or damaged; reinstall Madoguchi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet could not be written or read; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Madoguchi packet (.mdgpkt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet was made by another version of Madoguchi and cannot be opened here; update Madoguchi or ask the sender to seal it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This packet is for another recipient (key {short}-…); it cannot be opened with this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet is damaged or was changed after it was sealed; ask the sender to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet&apos;s signature does not match the sender key it names; do not trust its contents and ask the sender to seal it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used as a Madoguchi public key file; ask the sender to export their key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Safety questionnaire file of this installation is damaged; reinstall Madoguchi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That answer does not fit this question; check it and answer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report overlaps a report already published for the same employer; it was not recorded. Make it again from the current records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum group size must be a whole number of at least the allowed minimum; it can only be raised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum group size or the rounding is out of range (the group size cannot go below the minimum; rounding is a whole number from 1 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than {k} cases of {employer} with a consultation from {start} to {end} consented to company feedback; no report was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data of this installation is damaged; reinstall Madoguchi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command was not run as given; check its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was cancelled; what was already sent or received is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync could not finish; your work is kept here. Try again, and tell your administrator if it keeps failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment code is for another person, not {user_id}; ask your administrator for the code made for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence file id from the server or a colleague is not in the form the app makes; that file was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered about another evidence file than the one asked for; it was not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server cannot be reached now; your work is kept here and will sync later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server {base_url} did not answer in time; your work is kept here and will sync later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server {base_url} cannot be reached; your work is kept here and will sync later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server {base_url} has a problem (HTTP {status}); your work is kept here and will sync later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server and this Madoguchi do not speak the same version; update whichever is older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Madoguchi speaks sync protocol version {protocol_version}, but the server does not; check the server address, or update the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server speaks sync protocol version {server_version}, but this Madoguchi speaks version {protocol_version}; update whichever is older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is not enrolled with a sync server; enrol it with the code your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is enrolled but not approved yet; ask your administrator to approve device {device_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s access to the sync server was revoked; ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this; ask a counselor or your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the case&apos;s owners and organisation administrators can let someone else manage it; share it without “may manage”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the case&apos;s owners and organisation administrators can withdraw {user_id}; you may withdraw only yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key from the server is not certified by your organisation; it was not used and nothing was shared. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case key said to come from your organisation&apos;s recovery is not signed by your organisation; it was not used. Tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case key for case {case_id} was given by device {granted_by} after that device was revoked; it was not used. Ask a colleague who holds the case to share it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server does not have what was asked for (it may have been removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server refused the request; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server {base_url} refused the request (HTTP {status}) without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync server {base_url} answered with something this Madoguchi cannot read; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the evidence file was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault found in the folder {folder}. Create one or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists in the folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault in the folder {folder} is open in another Madoguchi window or command; close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase: the vault stays locked. Check the keyboard language and Caps Lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery key: the vault stays locked. Check the keyboard language and Caps Lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key this device remembered does not open the vault. Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is mistyped (a group does not match its check letters); compare it with the printed sheet, group by group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the vault is damaged and cannot be read. Run the vault check, and restore from a backup if it reports damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file in the folder {folder} is damaged or is not a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file holds no Madoguchi data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has lost its {slot} key slot; restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase slot is damaged; unlock with the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key slot is damaged; unlock with the passphrase and make a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s key slot is damaged; unlock with the passphrase (the device can remember the vault again if asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header is damaged (its key-derivation settings are out of range); restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key-derivation settings are of an unknown kind; open it with the Madoguchi version that created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s format cannot be read by this version of Madoguchi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer Madoguchi (format {found}; this version reads up to {format_version}). Update Madoguchi to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder does not hold a Madoguchi vault of any known format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Madoguchi cannot upgrade the vault&apos;s format {version}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the vault from format {found} to {format_version} failed; the vault was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too weak; a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least {min_chars} characters; a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase repeats too few different characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was asked for is not in this vault (it may have been deleted or shredded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is not valid here; check what was entered and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name must be one line of at most {max_chars} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{user_id}” is not a valid user id: use letters, digits, “_”, “-” or “.” (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has synced; your name and user id are fixed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are already recorded as {user_id}; the user id cannot change any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to this case was withdrawn by its owner; it can be read here but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {source} cannot be read; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} could not be stored in the vault; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}). Nothing was saved; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}): the disk reported an error; it may be failing or disconnected. Nothing was saved; check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}): the disk is full. Nothing was saved; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}): the disk is full for your account (the disk quota is used up). Nothing was saved; free some space or ask your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}): it reached the largest file size this system allows. Nothing was saved; ask your IT contact to raise the limit or move the vault to another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}): it is on a read-only medium (a locked USB stick, a CD or a read-only share). Nothing was saved; copy it to a writable disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {target} ({path}): your account has no permission to write there. Nothing was saved; ask your IT contact for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} is damaged and cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file {file} did not copy whole; the backup is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; wait a second and back up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder {path} to write the backup to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds no vault backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy in {path} is not the same vault; the backup is not usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is not empty; restore into a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault in the folder {folder}; restoring does not overwrite it. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the files to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. LINE screenshots sent by the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sou&amp;rce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or drop files on this tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File added and encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders cannot be added; drop the files inside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {0}; its SHA-256 was verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExhibitDialog</name>
    <message>
        <source>Edit exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file (described only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next free number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original or copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Made on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uthor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it proves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Photographer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the photo shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the photo was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the photo was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage of the original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of a foreign-language original, e.g. vi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExhibitsPanel</name>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add exhibit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit exhi&amp;bit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit selected exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move selected exhibit up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move selected exhibit down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bui&amp;ld bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the bundle PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} now has its file. It is password-protected: building the bundle will ask for its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} now has its file; the bundle can include it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCasesDialog</name>
    <message>
        <source>Export cases (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export holds every case in plain JSON: NOT encrypted, readable by anyone who gets the file. Use it only to move the cases to another system, keep it on an encrypted disk, and delete it when done. For a backup, use Vault ▸ Back up instead: that copy stays encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;understand the file is unencrypted and readable by anyone who gets it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the unencrypted export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is a folder; name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in katakana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtopic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to feedback to the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts disclosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred from a consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked records: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagsField</name>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Mark referral sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up task on this date appears in My work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow up on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCasesDialog</name>
    <message>
        <source>Import cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cases from a CSV or Excel (.xlsx) file: one row per worker. Every row is checked first; the file is imported whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows to fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates of cases in the vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case lists (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {0}: like {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} rows have errors. Fix them in the file and check it again; nothing is imported until every row is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0} rows are ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows look like cases already in the vault: they are imported as new cases; merge or close them afterwards if they are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPanel</name>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding {0} ({1} of {2})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was already added when Cancel was pressed; it was kept. Delete it from the list if it should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled; nothing of that file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskSetupDialog</name>
    <message>
        <source>Start Safety kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen will show only the Safety questionnaire, full-screen. Leaving kiosk mode needs your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Consultation day, Nagoya, 3 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mployer (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;stablishment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the event&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the employer of this establishment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Safety self-check</source>
        <extracomment>After this long without input in the middle of a questionnaire, the kiosk resets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor: leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Kiosk mode continues.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO or shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour standards office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embassy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics of the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow anonymised publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western (2025年4月1日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese era (令和7年4月1日)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical and welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax and social insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervising organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered support organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical Intern Training (i)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical Intern Training (ii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical Intern Training (iii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment for Skill Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified Skilled Worker (i)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specified Skilled Worker (ii)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer/Specialist in Humanities/International Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term Resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse or child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None / overstay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback to the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint to the labour standards office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same residence card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid wages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport or documents kept by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions from pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract differs from reality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment debt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overstay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension lump-sum refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand letter (催告) sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagesPicker</name>
    <message>
        <source>Language to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>New referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the worker&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the template&apos;s usual request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker&apos;s copy in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested &amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclose evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclose {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no evidence files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview both letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save both letters to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;l for recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the saved letter for a contact&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letters first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the organisation the letter goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letters in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both letters were saved in {0} and the referral was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed packet saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s key was not verified by phone; compare its fingerprint with them before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineField</name>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Madoguchi — DEMO (synthetic people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety &amp;kiosk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ke&amp;ys and contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive referral packet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export cases (unencrypted)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company repor&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key slots damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault opened, but another way to unlock it (the recovery key or this device&apos;s remembered key) is damaged and may not work when you need it. Make a new recovery key (Vault ▸ New recovery key, or python main.py new-recovery-key) and tell your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored. Unlock it with its passphrase or recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n case(s) to {0} (unencrypted: delete it when done).</source>
        <translation>
            <numerusform>Exported %n case to {0} (unencrypted: delete it when done).</numerusform>
            <numerusform>Exported %n cases to {0} (unencrypted: delete it when done).</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault could not be closed cleanly ({0}). Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatterForm</name>
    <message>
        <source>Matter title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent (lawyer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relief sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft the chronology from the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount claimed in yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole yen, e.g. 480000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra mediators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred from the &amp;bar&apos;s legal consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred from the bar&apos;s legal consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication of anonymised details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amo&amp;unt claimed (¥):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Respondents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lief sought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra mediators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the matter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the amount claimed in whole yen, digits only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyWorkPage</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent tasks and overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence cards expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent tasks and &amp;overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, as of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Residence cards expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My work status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh my work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;everyone&apos;s work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone&apos;s work, not only mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n day</numerusform>
            <numerusform>In %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n task(s))</source>
        <translation>
            <numerusform>(%n task)</numerusform>
            <numerusform>(%n tasks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n case(s))</source>
        <translation>
            <numerusform>(%n case)</numerusform>
            <numerusform>(%n cases)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wage claims expiring within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount at risk (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wage claims expiring within 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(within 30 days: %n pay period(s), ¥{0}; within 90 days: {1}, ¥{2}; estimates)</source>
        <translation>
            <numerusform>(within 30 days: %n pay period, ¥{0}; within 90 days: {1}, ¥{2}; estimates)</numerusform>
            <numerusform>(within 30 days: %n pay periods, ¥{0}; within 90 days: {1}, ¥{2}; estimates)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (Latin letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in katakana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show residence card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the worker told you in this first contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee (user id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Katakana:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nat&amp;ive script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence &amp;card no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence e&amp;xpiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assi&amp;gnee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing cases that may be the same worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open this case instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected existing case instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker may already have a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ref} – {name} ({score:.0%}: {reasons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the worker&apos;s full name in Latin letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one: the old key and its printed sheet stop working. Do this when the sheet is lost or the recovery key was reported damaged. Enter the passphrase to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the new recovery key. It is shown only this once. Write it down or print it and keep it somewhere safe, away from this computer; destroy the old sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewVaultPage</name>
    <message>
        <source>Welcome to Madoguchi. Everything you record is encrypted with a passphrase that only you know. Choose a long one: a few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your team&apos;s server and your colleagues&apos; desks know you: letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;.&apos;. New cases are assigned to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just looking? Open the &amp;demo vault instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo vault instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic people in a separate vault; your real vault is not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a &amp;backup instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new computer, or the old one&apos;s disk failed: make the vault from an encrypted backup (a madoguchi-backup-… folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;user id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be started; run “python main.py --demo” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your name: the cases you open will show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your recovery key. It is shown only this once. Write it down or print it and keep it somewhere safe, away from this computer: it unlocks the vault if the passphrase is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case deta&amp;ils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name (Latin letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in katakana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in native script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katakana:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence card no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ave worker details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence e&amp;xpiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save worker details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on {0} — outcome: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (conflicting edits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sub-topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a topic to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage claims still live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This case has %n pay period(s) of unpaid wages still claimable, ¥{0} in all (an estimate). Their expiry stays in the deadlines list after closing. Close the case anyway?</source>
        <translation>
            <numerusform>This case has %n pay period of unpaid wages still claimable, ¥{0} in all (an estimate). Its expiry stays in the deadlines list after closing. Close the case anyway?</numerusform>
            <numerusform>This case has %n pay periods of unpaid wages still claimable, ¥{0} in all (an estimate). Their expiry stays in the deadlines list after closing. Close the case anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Edit person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment or branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Establishment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cor&amp;porate number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to pick one already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseParts</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: longer is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;saved the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have saved the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>This document could not be shown: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the shown document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit selected person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected person or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person or organisation to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person or organisation to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {0} from this case?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Vie&amp;w all pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View every page of the PDF with zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview not available; export the file to view it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}
File: {filename} ({media}, {size})
SHA-256: {sha}
Captured by {by} at {at}
Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarantineDialog</name>
    <message>
        <source>Quarantined changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These changes reached this computer but could not be opened (damaged, or sealed with a key this vault does not hold yet). Everything else was applied. They are tried again after every sync; if they stay, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivePacket</name>
    <message>
        <source>Receive referral packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The packet opened, but the sender&apos;s key ({0}) was never compared by phone. Check it before trusting the contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi packets (*.mdgpkt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>Conflict: edited on two devices at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed on one device, changed on another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New referral letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we hold &amp;about you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the worker&apos;s document: what the desk holds about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;bour office complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a complaint to the labour standards office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share thro&amp;ugh sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this case through sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark referral sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowled&amp;ged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark referral acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark referral accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decl&amp;ined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark referral declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comp&amp;leted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark referral completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters saved in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint draft saved: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a referral first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That step is not possible for this referral now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up referral to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>Reset the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase? Enter the recovery key from the printed sheet and choose a new passphrase. The vault then gets a new recovery key: the old one and its sheet stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder (named madoguchi-backup-…). It is checked, copied as this computer&apos;s vault and opens with the passphrase or recovery key the vault had when it was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyTab</name>
    <message>
        <source>Language of the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely or severe indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety self-diagnoses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected self-diagnosis in detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;results in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ass&amp;isted self-diagnosis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New assisted self-diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to feedback to the employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save fi&amp;lter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seal</name>
    <message>
        <source>{0} (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (not verified by phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact keys yet: import the recipient&apos;s key file under Keys and contacts first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal for recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the letter for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sealed packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed packets (*.mdgpkt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies after Madoguchi restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this vault on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device keyring status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your user id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why your name or user id is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose lo&amp;go…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo image (PNG or JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Without logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date style of letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;user id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;tes in letters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;vice code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo chosen ({0} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These codes prefix new reference numbers, e.g. {0}-{1}-{2}-00001. Existing reference numbers keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock without the passphrase on this computer, with a key kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has synced: your team knows you by this name and user id, so they are fixed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are already recorded under this user id, so it is fixed now; your name can still change until the vault syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cases are assigned to this user id and your timeline entries record it. Both can change until the vault syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the vault&apos;s settings: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked; its settings were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareCaseDialog</name>
    <message>
        <source>Share this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person you choose receives this case, and only this case, with their next sync. Check that the worker consented to this referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May &amp;manage sharing (share on and withdraw others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May manage sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the case&apos;s owners and organisation administrators may withdraw someone else; anyone may leave a case they were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organisation directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (has access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared from this computer with: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared from this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You hold no key of this case on the server: it is not synced yet, or you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds this case: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} gets no new changes of this case from now on. What they already received stays on their computer: it cannot be unseen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left this case: you get no new changes of it. What is already on this computer stays here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShredCaseDialog</name>
    <message>
        <source>Shred case {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shredding destroys the key of case {0}: its worker, records, notes and evidence can never be read again, here or in any backup or synced copy. The audit log keeps only the reference. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the reference to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shred status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shred for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shred the case for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shredding…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtopic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture (workplace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than {0}: hidden so that no one can be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {0}, hidden so that the figures under {0} cannot be worked out from totals or earlier tables.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and b&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum group size (&amp;k):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round to a multiple of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases ma&amp;tching:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HXL row in CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to count, then Compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fiscal year (April–March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few to publish: every figure is hidden (k = %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) hidden so that no one can be identified.</source>
        <translation>
            <numerusform>%n figure hidden so that no one can be identified.</numerusform>
            <numerusform>%n figures hidden so that no one can be identified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the cases matching the filter are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bar: hidden figure (&lt;%1 or x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectReportDialog</name>
    <message>
        <source>What we hold about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document for the worker, in their language and then in Japanese: the personal data the desk holds, where it came from, the consents given, who received what (referrals, packets, shares) and how to withdraw consent or ask for correction or deletion. The worker has a right to it under the Act on the Protection of Personal Information. Writing it is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} what we hold about you.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the PDF (a file ending in .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSetupDialog</name>
    <message>
        <source>Set up sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator gives you the server address and an enrolment code made for you. Case contents leave this computer only encrypted; the server never sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server address and the enrolment code your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling with the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with {0} as {1} ({2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this number to your administrator (by phone or in person). They type it to approve this computer; it proves the key they approve is this computer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: this computer syncs with the organisation&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached just now; sync tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the administrator to approve this computer. This changes by itself once they have; you may close this window and keep working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Sync: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show quarantined changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: {0} change(s) waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: offline — {0} change(s) waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: {0} conflict(s) to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: problem — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some changes could not be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not set up (works offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: waiting for the administrator to approve this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} quarantined…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;rk done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to mark done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a task to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the task “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsForm</name>
    <message>
        <source>Workplace prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage amount in yen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled hours a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled hours a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small or medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>44-hour week (special measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay period closing day (31: month end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month after next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the job on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker has left the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the worker left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wa&amp;ge type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory holiday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commuting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children&apos;s education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amount (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected allowances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;rrect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed or done (Ctrl+Enter adds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Min&amp;utes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (corrected below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note before adding the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Madoguchi is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery &amp;key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orgot the passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase? Reset it with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo vault: every person in it is made up. Its passphrase is “{0}” (already filled in). Your real vault is separate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with this &amp;device&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with this device&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this device&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this device&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key from the system keyring and from the vault: the passphrase is needed again on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting this device&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device no longer remembers the vault: the key is gone from the system keyring and from the vault. Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is gone from the system keyring. The vault stops offering it when you next unlock with the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WageComplaintDialog</name>
    <message>
        <source>Complaint to the labour standards office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour standards office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the worker&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer&apos;s representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As known; empty: “unknown”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in your words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; added to the generated description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worker&apos;s copy in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures &amp;as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the office not to tell the employer the worker&apos;s name (anonymity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymity requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print about the worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no evidence files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft to be checked: the amounts are estimates from the wage calculation. Needs the worker&apos;s consent for a complaint to the labour standards office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the draft and the worker&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft and the worker&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint draft preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft for the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complaint draft as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the complaint draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the draft {0} and the worker&apos;s copy {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WageDraftsDialog</name>
    <message>
        <source>Work records from the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These work records were read from the case&apos;s timeline entries. Check each one against the entry it came from; only the ticked ones are added. A day the case already records differently is replaced only if you tick it and confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted work records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ticked records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the ticked records to the work records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the record on file ({0}): ticking replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(another entry says otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min from {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a habit, not one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period of several days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day after the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times that cannot be a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an appointment, not a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {0} passage(s) were not drafted (no day given, a habit such as “every day”, a period of several days, or an appointment); type those days in by hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} work record(s) drafted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeline entry states a day with a start and an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the records to add first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace work records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case already records these days differently: {0}. Replace their records with the drafts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} work record(s) added from the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records replaced on: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added, the entries disagree on: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WagesTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18:00 (26:00 or 02:00: the next morning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which premiums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dormitory fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduction basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By law (tax, insurance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference (yen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculated claim per pay period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wage sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft from timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft work records from the case&apos;s timeline entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paysl&amp;ips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resu&amp;lt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim and interest as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the terms, work records and payslips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calc&amp;ulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculate the wage claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save calculation sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calculation sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;as the claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the calculation as an ADR matter&apos;s claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour office complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a complaint to the labour standards office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV/&amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rows from a CSV or Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked by a lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-drafted, not yet checked by a lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an estimate to be checked (これは概算です). Rules: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored wage data cannot be read; import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, row {1}: {2} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, row {1}: “{2}” in {3} cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, row {1}: the times do not fit together (a shift longer than 24 hours, or a break outside the shift).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, row {1}: the period ending {2} needs one gross pay, at most one net pay, and a net pay equal to gross pay less the deductions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows cannot be used; nothing was saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} rows cannot be used; nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows read from {1}; save or calculate to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the employment terms first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or import the work records first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimable ¥{0} (periods not expired, as of {1}); delay interest to that day ¥{2}; unlawful deductions ¥{3}; minimum-wage shortfall ¥{4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save calculation sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation sheet saved to {0} (claimable ¥{1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no ADR matter; add one in the ADR tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADR matter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint draft saved: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount claimed set to ¥{0}; the calculation sheet is {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relief sought names no single amount: check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics (&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_FolderDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
