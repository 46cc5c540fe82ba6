<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="226"/>
        <source>Chat and document summaries with a language model that runs on this computer. Nothing you type or open is sent anywhere.</source>
        <translation>Sembang dan ringkasan dokumen dengan model bahasa yang berjalan pada komputer ini. Apa-apa yang anda taip atau buka tidak dihantar ke mana-mana.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="229"/>
        <source>Model: {model}</source>
        <translation>Model: {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="230"/>
        <source>none loaded</source>
        <translation>tiada yang dimuatkan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="231"/>
        <source>llama.cpp via llama-cpp-python {version}</source>
        <translation>llama.cpp melalui llama-cpp-python {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="233"/>
        <source>&lt;b&gt;Licences&lt;/b&gt;: Offline Assistant — Apache-2.0; llama.cpp and llama-cpp-python — MIT; Qt for Python — LGPL-3.0; pypdfium2 — Apache-2.0/BSD-3-Clause; the demo model SmolLM2-135M-Instruct — Apache-2.0. A model you add keeps its own licence: see `offline-assistant models`.</source>
        <translation>&lt;b&gt;Lesen&lt;/b&gt;: Offline Assistant — Apache-2.0; llama.cpp dan llama-cpp-python — MIT; Qt for Python — LGPL-3.0; pypdfium2 — Apache-2.0/BSD-3-Clause; model demo SmolLM2-135M-Instruct — Apache-2.0. Model yang anda tambah mengekalkan lesennya sendiri: lihat `offline-assistant models`.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../app/ui/background.py" line="68"/>
        <source>Show Offline Assistant</source>
        <translation>Paparkan Offline Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="69"/>
        <location filename="../../app/ui/background.py" line="171"/>
        <source>Stop and quit</source>
        <translation>Henti dan keluar</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="93"/>
        <source>{percent} % · {app}</source>
        <translation>{percent}% · {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="109"/>
        <source>Summary ready</source>
        <translation>Ringkasan sedia</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="110"/>
        <source>{name} is summarised.</source>
        <translation>{name} telah diringkaskan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="112"/>
        <source>Summaries ready</source>
        <translation>Semua ringkasan selesai</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/background.py" line="113"/>
        <source>%n document(s) summarised</source>
        <translation>
            <numerusform>%n dokumen telah diringkaskan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/background.py" line="115"/>
        <source>%n could not be summarised</source>
        <translation>
            <numerusform>%n tidak dapat diringkaskan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="120"/>
        <source>The document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="163"/>
        <source>Documents are still being summarised.</source>
        <translation>Masih ada dokumen yang sedang diringkaskan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="164"/>
        <source>in the system tray</source>
        <translation>dalam dulang sistem</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="165"/>
        <source>minimised in the task bar</source>
        <translation>diminimumkan pada bar tugas</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="167"/>
        <source>Keep summarising in the background ({where}) and be told when they are done, or stop now: a stopped summary carries on from its last finished part the next time you open Offline Assistant.</source>
        <translation>Teruskan meringkaskan di latar belakang ({where}) dan terima pemberitahuan apabila semuanya selesai, atau hentikan sekarang: ringkasan yang dihentikan akan disambung semula dari bahagian terakhir yang sudah siap pada kali seterusnya anda membuka Offline Assistant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="170"/>
        <source>Keep summarising</source>
        <translation>Teruskan meringkaskan</translation>
    </message>
</context>
<context>
    <name>Branches</name>
    <message>
        <location filename="../../app/ui/branches.py" line="59"/>
        <source>Regenerate answer</source>
        <translation>Jana semula jawapan</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="61"/>
        <source>Ask again for the last question; the answer you have now is kept as a version</source>
        <translation>Tanya semula soalan terakhir; jawapan yang ada sekarang disimpan sebagai satu versi</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="73"/>
        <source>&lt;b&gt;Editing your message&lt;/b&gt; — Send to branch, Esc to cancel. The earlier version stays as it was.</source>
        <translation>&lt;b&gt;Mengedit mesej anda&lt;/b&gt; — Hantar untuk membuat cabang baharu, Esc untuk membatalkan. Versi terdahulu kekal seperti asal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="75"/>
        <source>Cancel edit</source>
        <translation>Batalkan edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="244"/>
        <source>Editing…</source>
        <translation>Mengedit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="247"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="249"/>
        <source>Regenerate</source>
        <translation>Jana semula</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <location filename="../../app/ui/chat_options.py" line="37"/>
        <source>Ready prompts</source>
        <translation>Gesaan sedia guna</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="38"/>
        <source>Ready prompts…</source>
        <translation>Gesaan sedia guna…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="42"/>
        <source>Continue in a new chat with a summary</source>
        <translation>Teruskan dalam sembang baharu dengan ringkasan</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="85"/>
        <source>This conversation uses {used} of the {limit} tokens the model can keep in mind. Soon it will not fit.</source>
        <translation>Perbualan ini menggunakan {used} daripada {limit} token yang boleh diingati oleh model. Tidak lama lagi ia tidak akan muat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="90"/>
        <source>{reason} You can continue in a new chat that starts from a summary of this one.</source>
        <translation>{reason} Anda boleh meneruskan dalam sembang baharu yang bermula dengan ringkasan sembang ini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="103"/>
        <source>Here is our earlier conversation. Summarise it in a few sentences, keeping every name, number and decision, so that we can continue from the summary:

</source>
        <translation>Berikut ialah perbualan kita sebelum ini. Ringkaskannya dalam beberapa ayat, dengan mengekalkan setiap nama, nombor dan keputusan, supaya kita boleh meneruskan perbualan berdasarkan ringkasan itu:

</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="37"/>
        <source>Undo</source>
        <translation>Buat asal</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="62"/>
        <source>Rename conversation</source>
        <translation>Namakan semula perbualan</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="63"/>
        <source>New name:</source>
        <translation>Nama baharu:</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="77"/>
        <source>Conversation deleted.</source>
        <translation>Perbualan dipadam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="94"/>
        <source>Conversation restored.</source>
        <translation>Perbualan dipulihkan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="100"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="104"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="107"/>
        <source>Export conversation</source>
        <translation>Eksport perbualan</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="118"/>
        <source>Saved {path}.</source>
        <translation>{path} telah disimpan.</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="46"/>
        <source>Conversation settings</source>
        <translation>Tetapan perbualan</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="49"/>
        <source>Instructions the assistant follows in this conversation, e.g. “Answer in Bahasa Malaysia, in at most three sentences.”</source>
        <translation>Arahan yang diikuti oleh pembantu dalam perbualan ini, cth. “Jawab dalam Bahasa Malaysia, tidak lebih daripada tiga ayat.”</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="54"/>
        <source>Lower: more predictable; higher: more varied</source>
        <translation>Lebih rendah: lebih mudah dijangka; lebih tinggi: lebih pelbagai</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="60"/>
        <source>Instructions</source>
        <translation>Arahan</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="61"/>
        <source>Temperature</source>
        <translation>Suhu</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="62"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="63"/>
        <source>Longest answer (tokens)</source>
        <translation>Jawapan terpanjang (token)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="64"/>
        <source>Reset to defaults</source>
        <translation>Set semula kepada lalai</translation>
    </message>
</context>
<context>
    <name>DataProblemDialog</name>
    <message>
        <location filename="../../app/ui/data_problem.py" line="40"/>
        <source>Your data file is in use by another program.</source>
        <translation>Fail data anda sedang digunakan oleh program lain.</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="42"/>
        <source>{path}

Waited a few seconds for it to be free. Close the other program (or wait for it to finish), then try again.</source>
        <translation>{path}

Aplikasi telah menunggu beberapa saat supaya fail ini bebas. Tutup program lain itu (atau tunggu sehingga ia selesai), kemudian cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="44"/>
        <location filename="../../app/ui/data_problem.py" line="51"/>
        <source>Try again</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="46"/>
        <source>The data folder is read-only.</source>
        <translation>Folder data ini baca sahaja.</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="48"/>
        <source>Offline Assistant keeps your conversations and summaries in:
{folder}

{where} cannot be written to. Make it writable (or ask IT), then try again.</source>
        <translation>Offline Assistant menyimpan perbualan dan ringkasan anda dalam:
{folder}

{where} tidak boleh ditulis. Jadikannya boleh ditulis (atau minta bantuan IT), kemudian cuba lagi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="53"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="58"/>
        <source>Your data file is damaged.</source>
        <translation>Fail data anda rosak.</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="60"/>
        <source>{path}

Moving it aside keeps it, renamed with today&apos;s date, in the same folder; Offline Assistant then starts with an empty file.</source>
        <translation>{path}

Jika dialihkan ke tepi, fail ini disimpan dalam folder yang sama dan dinamakan semula dengan tarikh hari ini; Offline Assistant kemudian bermula dengan fail kosong.</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="63"/>
        <source>Move it aside and start fresh</source>
        <translation>Alihkan ke tepi dan mulakan semula</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="69"/>
        <source>Restore the last backup ({date})</source>
        <translation>Pulihkan sandaran terakhir ({date})</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <location filename="../../app/ui/document_picker.py" line="27"/>
        <source>Ask about documents</source>
        <translation>Tanya tentang dokumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_picker.py" line="30"/>
        <source>Documents to ask about</source>
        <translation>Dokumen untuk ditanya</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_picker.py" line="33"/>
        <source>Ask them</source>
        <translation>Tanya</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_picker.py" line="48"/>
        <source>No document can be asked yet. Add documents on the Documents page (Ctrl+2): once a document has been read, its questions can be asked here.</source>
        <translation>Belum ada dokumen yang boleh ditanya. Tambah dokumen pada halaman Dokumen (Ctrl+2): setelah dokumen dibaca, soalan tentangnya boleh ditanya di sini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_picker.py" line="53"/>
        <source>Tick the documents the answers should come from (a folder: all of its documents). Every question in this conversation is then answered from their pages only, with the page each answer comes from.</source>
        <translation>Tandakan dokumen yang menjadi sumber jawapan (folder: semua dokumen di dalamnya). Setiap soalan dalam perbualan ini kemudian dijawab daripada halaman dokumen tersebut sahaja, berserta halaman sumber setiap jawapan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/document_picker.py" line="64"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentQuestions</name>
    <message>
        <location filename="../../app/ui/asking.py" line="92"/>
        <location filename="../../app/ui/asking.py" line="95"/>
        <source>Ask about documents…</source>
        <translation>Tanya tentang dokumen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="98"/>
        <source>Answer the questions of this conversation from documents you have added, with the page each answer comes from (Ctrl+Shift+A)</source>
        <translation>Jawab soalan dalam perbualan ini daripada dokumen yang telah anda tambah, berserta halaman sumber setiap jawapan (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="192"/>
        <source>Questions about {name}</source>
        <translation>Soalan tentang {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/asking.py" line="193"/>
        <source>Questions about {name} and %n more</source>
        <translation>
            <numerusform>Soalan tentang {name} dan %n lagi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="227"/>
        <source>Answers from: {names} &amp;nbsp; &lt;a href=&apos;change&apos;&gt;Change documents…&lt;/a&gt; &amp;nbsp; &lt;a href=&apos;plain&apos;&gt;Back to plain chat&lt;/a&gt;&lt;br&gt;Every answer is taken from the pages of these documents only, with the page it comes from. ✓ supported · ◐ partly · ✗ not found in the documents — click a page reference or a mark to see the passage.</source>
        <translation>Jawapan daripada: {names} &amp;nbsp; &lt;a href=&apos;change&apos;&gt;Tukar dokumen…&lt;/a&gt; &amp;nbsp; &lt;a href=&apos;plain&apos;&gt;Kembali ke sembang biasa&lt;/a&gt;&lt;br&gt;Setiap jawapan diambil daripada halaman dokumen ini sahaja, berserta halaman sumbernya. ✓ disokong · ◐ sebahagian · ✗ tidak ditemui dalam dokumen — klik rujukan halaman atau tanda untuk melihat petikan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="234"/>
        <source>Ask a question about {names} below: what it says, where, and when. If the documents do not say, the answer says so.</source>
        <translation>Tanya soalan tentang {names} di bawah: apa yang dinyatakan, di mana dan bila. Jika dokumen tidak menyatakannya, jawapan akan memberitahu anda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="310"/>
        <source>No passage of the documents is about this question, so the model was not asked: nothing was made up.</source>
        <translation>Tiada petikan dalam dokumen yang berkaitan dengan soalan ini, jadi model tidak ditanya: tiada apa-apa yang direka.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="314"/>
        <source>a figure</source>
        <translation>angka</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="314"/>
        <source>a date</source>
        <translation>tarikh</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="315"/>
        <source>a name</source>
        <translation>nama</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="317"/>
        <source>The question asks for {what}, and this answer gives none that the passages about it state: the documents may not say. Check the pages before you rely on it.</source>
        <translation>Soalan ini meminta {what}, tetapi jawapan ini tidak memberikan apa-apa yang dinyatakan oleh petikan dokumen tentang soalan ini: mungkin dokumen tidak menyatakannya. Semak halamannya sebelum anda bergantung padanya.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="326"/>
        <source>No passage the model was given says this. Check it before you rely on it.</source>
        <translation>Tiada petikan yang diberikan kepada model menyatakan perkara ini. Semak dahulu sebelum anda bergantung padanya.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="329"/>
        <source>Partly supported by {where}: some of it is not in that passage.</source>
        <translation>Disokong sebahagiannya oleh {where}: sebahagian daripadanya tiada dalam petikan itu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="332"/>
        <source>Supported by {where}.</source>
        <translation>Disokong oleh {where}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="333"/>
        <source>“{claim}” is not in the passages given.</source>
        <translation>“{claim}” tiada dalam petikan yang diberikan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="336"/>
        <source>Click to see the passage.</source>
        <translation>Klik untuk melihat petikan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="357"/>
        <source>No page of the documents supports this sentence. Check it before you rely on it.</source>
        <translation>Tiada halaman dalam dokumen yang menyokong ayat ini. Semak dahulu sebelum anda bergantung padanya.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="361"/>
        <source>Source: {document}</source>
        <translation>Sumber: {document}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../app/ui/documents/page.py" line="85"/>
        <source>No documents yet — drop files here or click Add files…</source>
        <translation>Belum ada dokumen — lepaskan fail di sini atau klik Tambah fail…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="168"/>
        <source>Summarise documents</source>
        <translation>Ringkaskan dokumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="169"/>
        <source>Documents ({pattern})</source>
        <translation>Dokumen ({pattern})</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="174"/>
        <source>Summarise a folder</source>
        <translation>Ringkaskan folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="184"/>
        <source>&quot;{name}&quot; was not read: it needs its password.</source>
        <translation>&quot;{name}&quot; tidak dibaca: kata laluannya diperlukan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="229"/>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="229"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="230"/>
        <source>Resume</source>
        <translation>Sambung semula</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="230"/>
        <source>Remove</source>
        <translation>Alih keluar</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="231"/>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="232"/>
        <source>Pause; the parts already done are kept</source>
        <translation>Jeda; bahagian yang sudah siap disimpan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="233"/>
        <source>Stop this summary; the parts already done are kept</source>
        <translation>Hentikan ringkasan ini; bahagian yang sudah siap disimpan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="234"/>
        <source>Finish this summary; the parts already done are not summarised again</source>
        <translation>Selesaikan ringkasan ini; bahagian yang sudah siap tidak diringkaskan semula</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="236"/>
        <source>Take this document out of the queue</source>
        <translation>Keluarkan dokumen ini daripada baris gilir</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="237"/>
        <source>Erase this summary and the document&apos;s text kept for it</source>
        <translation>Padamkan ringkasan ini dan teks dokumen yang disimpan untuknya</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="245"/>
        <source>{action} {document}</source>
        <translation>{action} {document}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="254"/>
        <source>Delete this summary?</source>
        <translation>Padam ringkasan ini?</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="255"/>
        <source>This erases the summary of {name} and the text of the document that Offline Assistant kept for it (unless another summary uses it), so that it cannot be recovered; backup copies of your data are re-made without it. The file itself is not touched. This cannot be undone.</source>
        <translation>Tindakan ini memadamkan ringkasan {name} dan teks dokumen yang disimpan oleh Offline Assistant untuknya (kecuali jika ringkasan lain menggunakannya), supaya ia tidak dapat dipulihkan; salinan sandaran data anda dibuat semula tanpanya. Fail itu sendiri tidak diusik. Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="18"/>
        <source>Drop PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, web page, e-mail, Outlook, text or Markdown files, scans (PNG, JPEG, TIFF), or folders here</source>
        <translation>Lepaskan fail PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, halaman web, e-mel, Outlook, teks atau Markdown, imbasan (PNG, JPEG, TIFF) atau folder di sini</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="21"/>
        <source>Add files…</source>
        <translation>Tambah fail…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="22"/>
        <source>Pick documents to summarise (Ctrl+O)</source>
        <translation>Pilih dokumen untuk diringkaskan (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="23"/>
        <source>Add folder…</source>
        <translation>Tambah folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="26"/>
        <source>Summarise every document in a folder and its subfolders</source>
        <translation>Ringkaskan setiap dokumen dalam folder dan subfoldernya</translation>
    </message>
</context>
<context>
    <name>JobTable</name>
    <message>
        <location filename="../../app/ui/job_table.py" line="17"/>
        <source>Short brief</source>
        <translation>Ringkasan pendek</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="18"/>
        <source>Key points</source>
        <translation>Perkara utama</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="19"/>
        <source>Key facts (table)</source>
        <translation>Fakta utama (jadual)</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="20"/>
        <source>Action items</source>
        <translation>Perkara tindakan</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="24"/>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="25"/>
        <source>Running</source>
        <translation>Sedang berjalan</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="26"/>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="27"/>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="28"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="29"/>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="30"/>
        <source>Interrupted</source>
        <translation>Terganggu</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../app/ui/job_table.py" line="39"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="39"/>
        <source>Style</source>
        <translation>Gaya</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="39"/>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="40"/>
        <source>Time left</source>
        <translation>Masa berbaki</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/job_table.py" line="104"/>
        <source>{done} / %n part(s)</source>
        <translation>
            <numerusform>{done} / %n bahagian</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>&lt;h3&gt;Welcome to Offline Assistant&lt;/h3&gt;Ask a question below. To summarise documents, open the &lt;b&gt;Documents&lt;/b&gt; page (Ctrl+2) or drop PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, web page, e-mail, Outlook, text or Markdown files, scans (PNG, JPEG, TIFF) — or a whole folder — on this window.&lt;br&gt;&lt;br&gt;Everything stays on this computer: nothing you type or open is sent anywhere.</source>
        <translation>&lt;h3&gt;Selamat datang ke Offline Assistant&lt;/h3&gt;Tanya soalan di bawah. Untuk meringkaskan dokumen, buka halaman &lt;b&gt;Dokumen&lt;/b&gt; (Ctrl+2) atau lepaskan fail PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, halaman web, e-mel, Outlook, teks atau Markdown, imbasan (PNG, JPEG, TIFF) — atau seluruh folder — pada tetingkap ini.&lt;br&gt;&lt;br&gt;Semuanya kekal pada komputer ini: apa-apa yang anda taip atau buka tidak dihantar ke mana-mana.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; {model}</source>
        <translation>&lt;b&gt;Model:&lt;/b&gt; {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>&lt;b&gt;Your data:&lt;/b&gt; {folder}</source>
        <translation>&lt;b&gt;Data anda:&lt;/b&gt; {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>Type your question… (Ctrl+Enter to send)</source>
        <translation>Taip soalan anda… (Ctrl+Enter untuk menghantar)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>Message</source>
        <translation>Mesej</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>Send</source>
        <translation>Hantar</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Hantar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>Stop</source>
        <translation>Henti</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134"/>
        <source>Stop the answer (Esc)</source>
        <translation>Hentikan jawapan (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <location filename="../../app/ui/window_menus.py" line="44"/>
        <source>Chat</source>
        <translation>Sembang</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <location filename="../../app/ui/window_menus.py" line="46"/>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Chat with the model (Ctrl+1)</source>
        <translation>Bersembang dengan model (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Summarise documents and read their summaries (Ctrl+2)</source>
        <translation>Ringkaskan dokumen dan baca ringkasannya (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="22"/>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="23"/>
        <source>New chat</source>
        <translation>Sembang baharu</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="25"/>
        <source>Summarise documents…</source>
        <translation>Ringkaskan dokumen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="28"/>
        <source>Recent documents</source>
        <translation>Dokumen terkini</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="31"/>
        <source>Settings…</source>
        <translation>Tetapan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="34"/>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="36"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="37"/>
        <source>Search conversations</source>
        <translation>Cari perbualan</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="39"/>
        <source>Conversation settings…</source>
        <translation>Tetapan perbualan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="43"/>
        <source>&amp;View</source>
        <translation>&amp;Paparan</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="49"/>
        <location filename="../../app/ui/window_menus.py" line="72"/>
        <source>About Offline Assistant</source>
        <translation>Perihal Offline Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="61"/>
        <source>No summaries yet</source>
        <translation>Belum ada ringkasan</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>Locked by your organisation&apos;s policy: see the message above.</source>
        <translation>Dikunci oleh dasar organisasi anda: lihat mesej di atas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>No model loaded</source>
        <translation>Tiada model dimuatkan</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <location filename="../../app/ui/markdown.py" line="36"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
</context>
<context>
    <name>ModelLibrary</name>
    <message>
        <location filename="../../app/ui/model_library.py" line="106"/>
        <source>Models…</source>
        <translation>Model…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="186"/>
        <source>{name} will load as soon as the current answer or summary is finished.</source>
        <translation>{name} akan dimuatkan sebaik sahaja jawapan atau ringkasan semasa selesai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="189"/>
        <source>Loading {name}…</source>
        <translation>Memuatkan {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="210"/>
        <source>{name} is loaded and will be used from now on.</source>
        <translation>{name} telah dimuatkan dan akan digunakan mulai sekarang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="223"/>
        <source>Add a model</source>
        <translation>Tambah model</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="224"/>
        <source>GGUF model files (*.gguf)</source>
        <translation>Fail model GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="238"/>
        <source>Add {name}</source>
        <translation>Tambah {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="239"/>
        <source>Use {name} ({size}) where it is, or copy it into the app&apos;s models folder?</source>
        <translation>Gunakan {name} ({size}) di lokasi asalnya, atau salin ke dalam folder model aplikasi?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="244"/>
        <source>Where it is: nothing is copied, best for large files; the file must stay where it is. A copy in {folder} keeps working when the original is moved or its drive is disconnected, and takes as much disk space again.</source>
        <translation>Di lokasi asal: tiada apa-apa yang disalin, paling sesuai untuk fail besar; fail itu mesti kekal di tempatnya. Salinan dalam {folder} tetap berfungsi walaupun fail asal dialihkan atau pemacunya diputuskan, tetapi menggunakan ruang cakera sebanyak itu lagi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="247"/>
        <source>Use it where it is</source>
        <translation>Gunakan di lokasi asal</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="249"/>
        <source>Copy into the models folder</source>
        <translation>Salin ke dalam folder model</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="271"/>
        <source>Copying {name} into the models folder…</source>
        <translation>Menyalin {name} ke dalam folder model…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="272"/>
        <source>Stop</source>
        <translation>Henti</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="273"/>
        <source>Copying a model</source>
        <translation>Menyalin model</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="298"/>
        <source>The copy was stopped; nothing was kept.</source>
        <translation>Penyalinan dihentikan; tiada apa-apa yang disimpan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="310"/>
        <source>{name} is in the list now.</source>
        <translation>{name} kini ada dalam senarai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="316"/>
        <source>Add a folder of models</source>
        <translation>Tambah folder model</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_library.py" line="328"/>
        <source>{folder} added: %n model file(s) found.</source>
        <translation>
            <numerusform>{folder} ditambah: %n fail model ditemui.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="330"/>
        <source>{folder} added. It holds no .gguf file yet; models put there later are listed too.</source>
        <translation>{folder} ditambah. Belum ada fail .gguf di dalamnya; model yang diletakkan di situ kemudian juga akan disenaraikan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="339"/>
        <source>{name} is in use. Use another model first, then remove this one.</source>
        <translation>{name} sedang digunakan. Gunakan model lain dahulu, kemudian alih keluar model ini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="343"/>
        <source>Delete {name}?</source>
        <translation>Padam {name}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="344"/>
        <source>{name} is in the app&apos;s models folder: removing it from the list deletes the file {path} ({size}) from this computer.</source>
        <translation>{name} berada dalam folder model aplikasi: mengalih keluarnya daripada senarai akan memadamkan fail {path} ({size}) daripada komputer ini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="347"/>
        <source>Delete the file</source>
        <translation>Padam fail</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="349"/>
        <source>Stop listing this folder?</source>
        <translation>Berhenti menyenaraikan folder ini?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="350"/>
        <source>{name} is listed because it is in {folder}. Taking it off the list stops listing that folder; its files stay where they are.</source>
        <translation>{name} disenaraikan kerana ia berada dalam {folder}. Mengeluarkannya daripada senarai akan menghentikan penyenaraian folder itu; fail-failnya kekal di tempatnya.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="353"/>
        <source>Stop listing the folder</source>
        <translation>Berhenti menyenaraikan folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="378"/>
        <source>{name} was deleted.</source>
        <translation>{name} telah dipadam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="379"/>
        <source>{name} is off the list; no file was deleted.</source>
        <translation>{name} telah dikeluarkan daripada senarai; tiada fail yang dipadam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="395"/>
        <source>Models</source>
        <translation>Model</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="51"/>
        <source>{count:.1f} B</source>
        <translation>{count:.1f} B</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="52"/>
        <source>{count:.0f} M</source>
        <translation>{count:.0f} M</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="65"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="65"/>
        <source>Quantisation</source>
        <translation>Pengkuantuman</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="65"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="66"/>
        <source>Size</source>
        <translation>Saiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="66"/>
        <source>On this computer</source>
        <translation>Pada komputer ini</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="66"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="67"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="117"/>
        <source>{name} (in use)</source>
        <translation>{name} (sedang digunakan)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="134"/>
        <source>not approved</source>
        <translation>tidak diluluskan</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="136"/>
        <source>cannot be used</source>
        <translation>tidak boleh digunakan</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="138"/>
        <source>fits</source>
        <translation>muat</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="140"/>
        <source>tight</source>
        <translation>hampir tidak muat</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="141"/>
        <source>will not fit: needs {need}, {free} free</source>
        <translation>tidak akan muat: perlukan {need}, {free} kosong</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="150"/>
        <source>could not be read</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="151"/>
        <source>computing…</source>
        <translation>mengira…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="154"/>
        <source>built-in</source>
        <translation>terbina dalam</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="154"/>
        <source>installed with the app</source>
        <translation>dipasang bersama aplikasi</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="155"/>
        <source>models folder</source>
        <translation>folder model</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="155"/>
        <source>added file</source>
        <translation>fail yang ditambah</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="156"/>
        <source>added folder</source>
        <translation>folder yang ditambah</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="184"/>
        <location filename="../../app/ui/models_dialog.py" line="194"/>
        <source>Models</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="217"/>
        <source>Add model…</source>
        <translation>Tambah model…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="218"/>
        <source>Add a .gguf model file from this computer</source>
        <translation>Tambah fail model .gguf daripada komputer ini</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="219"/>
        <source>Add folder…</source>
        <translation>Tambah folder…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="220"/>
        <source>List every .gguf model in a folder, now and later</source>
        <translation>Senaraikan setiap model .gguf dalam folder, sekarang dan kemudian</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="221"/>
        <source>Use this model</source>
        <translation>Guna model ini</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="222"/>
        <source>Load it now and start with it from now on</source>
        <translation>Muatkannya sekarang dan gunakannya setiap kali aplikasi bermula</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="223"/>
        <source>Remove from list</source>
        <translation>Alih keluar daripada senarai</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="224"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="240"/>
        <source>Your organisation does not allow adding models</source>
        <translation>Organisasi anda tidak membenarkan penambahan model</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="299"/>
        <source>&lt;b&gt;Only the built-in demo model is here.&lt;/b&gt; It is small ({size} parameters): good for trying the app, too small for dependable summaries.&lt;br&gt;For real work add a 7–8B instruct model in GGUF format, quantised as Q4_K_M (a file of about 4.5–5 GB), for example Qwen2.5 7B Instruct, Llama 3.1 8B Instruct or Granite 3.1 8B Instruct: click &lt;b&gt;Add model…&lt;/b&gt; below, or copy the file into {folder}.</source>
        <translation>&lt;b&gt;Hanya model demo terbina dalam yang ada di sini.&lt;/b&gt; Model ini kecil ({size} parameter): sesuai untuk mencuba aplikasi, tetapi terlalu kecil untuk ringkasan yang boleh dipercayai.&lt;br&gt;Untuk kerja sebenar, tambah model instruct 7–8B dalam format GGUF, dikuantumkan sebagai Q4_K_M (fail kira-kira 4.5–5 GB), contohnya Qwen2.5 7B Instruct, Llama 3.1 8B Instruct atau Granite 3.1 8B Instruct: klik &lt;b&gt;Tambah model…&lt;/b&gt; di bawah, atau salin fail itu ke dalam {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="307"/>
        <source>Models from {folder}, from folders you added, and files you added where they are. &lt;b&gt;Use this model&lt;/b&gt; loads the selected one and starts with it from now on.</source>
        <translation>Model daripada {folder}, daripada folder yang anda tambah dan fail yang anda tambah di lokasi asalnya. &lt;b&gt;Guna model ini&lt;/b&gt; memuatkan model yang dipilih dan menggunakannya setiap kali aplikasi bermula.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="325"/>
        <source>in use now</source>
        <translation>sedang digunakan</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="329"/>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="330"/>
        <source>no (a plain fallback format is used)</source>
        <translation>tidak (format asas digunakan sebagai ganti)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="332"/>
        <source>Architecture: {architecture} · Layers: {layers} · Trained context: {context} tokens · Parameters: {parameters} · Quantisation: {quant}</source>
        <translation>Seni bina: {architecture} · Lapisan: {layers} · Konteks latihan: {context} token · Parameter: {parameters} · Pengkuantuman: {quant}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="337"/>
        <source>Licence: {licence} · Chat template: {template}</source>
        <translation>Lesen: {licence} · Templat sembang: {template}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="338"/>
        <source>not stated</source>
        <translation>tidak dinyatakan</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="339"/>
        <source>SHA-256: {sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="342"/>
        <source>Not approved:</source>
        <translation>Tidak diluluskan:</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="354"/>
        <source>The built-in model comes with the app and stays</source>
        <translation>Model terbina dalam disertakan bersama aplikasi dan tidak boleh dialih keluar</translation>
    </message>
</context>
<context>
    <name>OpeningNotice</name>
    <message>
        <location filename="../../app/ui/data_problem.py" line="22"/>
        <source>Opening your data…</source>
        <translation>Membuka data anda…</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../app/ui/documents/password_prompt.py" line="28"/>
        <source>Password for {name}</source>
        <translation>Kata laluan untuk {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/password_prompt.py" line="32"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/password_prompt.py" line="33"/>
        <source>Skip this document</source>
        <translation>Langkau dokumen ini</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="77"/>
        <source>Type your question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Taip soalan anda… (Enter untuk menghantar, Shift+Enter untuk baris baharu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="79"/>
        <source>Type your question… (Ctrl+Enter to send)</source>
        <translation>Taip soalan anda… (Ctrl+Enter untuk menghantar)</translation>
    </message>
</context>
<context>
    <name>QueueTable</name>
    <message>
        <location filename="../../app/ui/documents/queue_table.py" line="35"/>
        <source>Documents queue</source>
        <translation>Baris gilir dokumen</translation>
    </message>
</context>
<context>
    <name>ReadyPrompts</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="24"/>
        <source>Rewrite formally</source>
        <translation>Tulis semula secara rasmi</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="25"/>
        <source>Rewrite the following text in a clear, formal tone:

</source>
        <translation>Tulis semula teks berikut dengan nada yang jelas dan rasmi:

</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="27"/>
        <source>Translate to English</source>
        <translation>Terjemah ke bahasa Inggeris</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="28"/>
        <source>Translate the following text into English:

</source>
        <translation>Terjemahkan teks berikut ke dalam bahasa Inggeris:

</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="30"/>
        <source>Extract action items</source>
        <translation>Senaraikan perkara tindakan</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="31"/>
        <source>List the action items in the following text, one per line, with who does what by when:

</source>
        <translation>Senaraikan perkara tindakan dalam teks berikut, satu bagi setiap baris, dengan menyatakan siapa melakukan apa dan bila tarikh akhirnya:

</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="34"/>
        <source>Summarise this text</source>
        <translation>Ringkaskan teks ini</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="35"/>
        <source>Summarise the following text in a short paragraph:

</source>
        <translation>Ringkaskan teks berikut dalam satu perenggan pendek:

</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="37"/>
        <source>Draft a reply</source>
        <translation>Draf balasan</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="38"/>
        <source>Draft a polite reply to the following message:

</source>
        <translation>Draf balasan yang sopan kepada mesej berikut:

</translation>
    </message>
</context>
<context>
    <name>ResourceStatus</name>
    <message>
        <location filename="../../app/ui/status.py" line="66"/>
        <source>Loading model…</source>
        <translation>Memuatkan model…</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="70"/>
        <source>No answer yet</source>
        <translation>Belum ada jawapan</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="79"/>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="80"/>
        <source>Pause the summary; finished parts are kept and it can be resumed from the Documents page</source>
        <translation>Jeda ringkasan; bahagian yang sudah siap disimpan dan ringkasan boleh disambung semula dari halaman Dokumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="82"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="83"/>
        <source>Cancel summary</source>
        <translation>Batalkan ringkasan</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="84"/>
        <source>The model that answers, running on this computer</source>
        <translation>Model yang menjawab, berjalan pada komputer ini</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="85"/>
        <source>Memory used by this app and its model engine (not counting the model file the system maps from disk), and free RAM</source>
        <translation>Memori yang digunakan oleh aplikasi ini dan enjin modelnya (tidak termasuk fail model yang dipetakan oleh sistem daripada cakera), dan RAM yang kosong</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="88"/>
        <source>The last answer: words (tokens) written per second, prompt tokens read per second, the wait before the first word, and how much of the model&apos;s context the conversation fills</source>
        <translation>Jawapan terakhir: perkataan (token) yang ditulis sesaat, token gesaan yang dibaca sesaat, masa menunggu sebelum perkataan pertama, dan sebanyak mana konteks model telah diisi oleh perbualan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/status.py" line="95"/>
        <source>Processor use of this app and its engine, as a share of all %n cores of this computer</source>
        <translation>
            <numerusform>Penggunaan pemproses oleh aplikasi ini dan enjinnya, sebagai peratusan daripada kesemua %n teras komputer ini</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="123"/>
        <source>not running</source>
        <translation>tidak berjalan</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="126"/>
        <source>RAM {used} · {free} free</source>
        <translation>RAM {used} · {free} kosong</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="131"/>
        <source>VRAM {used} of {total}</source>
        <translation>VRAM {used} daripada {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="135"/>
        <source>App {app} · Engine {engine} · {free} free</source>
        <translation>Aplikasi {app} · Enjin {engine} · {free} kosong</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="139"/>
        <source>CPU {percent:.0f}%</source>
        <translation>CPU {percent:.0f}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="148"/>
        <source>Server: {name}</source>
        <translation>Pelayan: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="150"/>
        <source>The model that answers, running on your organisation&apos;s server {server}. The memory and CPU figures are this computer&apos;s.</source>
        <translation>Model yang menjawab, berjalan pada pelayan organisasi anda {server}. Angka memori dan CPU ialah angka komputer ini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="158"/>
        <source>{decode:.0f} tok/s</source>
        <translation>{decode:.0f} tok/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="159"/>
        <source>{decode:.0f} tok/s · read {prefill:.0f} tok/s · first token {first:.2f} s</source>
        <translation>{decode:.0f} tok/s · baca {prefill:.0f} tok/s · token pertama {first:.2f} s</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="163"/>
        <source>context {percent:.0f}%</source>
        <translation>konteks {percent:.0f}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="164"/>
        <source>context {used}/{size}</source>
        <translation>konteks {used}/{size}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="171"/>
        <source>Stopped. The partial answer is saved.</source>
        <translation>Dihentikan. Jawapan separa telah disimpan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="173"/>
        <source>The model began to repeat itself, so the answer was ended there. Try “Regenerate” or ask in other words.</source>
        <translation>Model mula mengulangi dirinya, jadi jawapan dihentikan di situ. Cuba “Jana semula” atau tanya dengan perkataan lain.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/status.py" line="196"/>
        <source> · %n more running</source>
        <translation>
            <numerusform> · %n lagi sedang berjalan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/status.py" line="198"/>
        <source> · %n more waiting</source>
        <translation>
            <numerusform> · %n lagi menunggu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentenceMarks</name>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="40"/>
        <source>Not found in the document: no passage says this. Check it before you rely on it.</source>
        <translation>Tidak ditemui dalam dokumen: tiada petikan yang menyatakan perkara ini. Semak dahulu sebelum anda bergantung padanya.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="44"/>
        <source>Partly supported by page {page}: some of it is not in that passage.</source>
        <translation>Disokong sebahagiannya oleh halaman {page}: sebahagian daripadanya tiada dalam petikan itu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="48"/>
        <source>Supported by page {page}.</source>
        <translation>Disokong oleh halaman {page}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="51"/>
        <source>Found on a page other than the parts the summary was written from.</source>
        <translation>Ditemui pada halaman selain bahagian yang digunakan untuk menulis ringkasan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="58"/>
        <source>“{claim}”: the passage on page {page} says the opposite (one of them is negated).</source>
        <translation>“{claim}”: petikan pada halaman {page} menyatakan sebaliknya (salah satunya dalam bentuk penafian).</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="63"/>
        <source>“{claim}” is not in the document.</source>
        <translation>“{claim}” tiada dalam dokumen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="67"/>
        <source>“{claim}” is on page {page}, not in this passage.</source>
        <translation>“{claim}” terdapat pada halaman {page}, bukan dalam petikan ini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="73"/>
        <source>Click to see the passage.</source>
        <translation>Klik untuk melihat petikan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="80"/>
        <source>Thorough check — the model: the passage supports this.</source>
        <translation>Semakan teliti — model: petikan menyokong perkara ini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="82"/>
        <source>Thorough check — the model: the passage does not support this.</source>
        <translation>Semakan teliti — model: petikan tidak menyokong perkara ini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="95"/>
        <source>partly</source>
        <translation>sebahagian</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="96"/>
        <source>not found</source>
        <translation>tidak ditemui</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="99"/>
        <source>model: supported</source>
        <translation>model: disokong</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="101"/>
        <source>model: not supported</source>
        <translation>model: tidak disokong</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="111"/>
        <source>supported by the document</source>
        <translation>disokong oleh dokumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="113"/>
        <source>partly supported</source>
        <translation>disokong sebahagiannya</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="115"/>
        <source>not found in the document</source>
        <translation>tidak ditemui dalam dokumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="119"/>
        <source>model: what the model said when asked whether the passage supports a doubtful sentence (thorough check)</source>
        <translation>model: jawapan model apabila ditanya sama ada petikan menyokong ayat yang diragui (semakan teliti)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="122"/>
        <source>click a mark or a page reference to see the source</source>
        <translation>klik tanda atau rujukan halaman untuk melihat sumber</translation>
    </message>
</context>
<context>
    <name>ServerSettingsBox</name>
    <message>
        <location filename="../../app/ui/server_settings.py" line="70"/>
        <source>Use my organisation&apos;s server</source>
        <translation>Gunakan pelayan organisasi saya</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="73"/>
        <source>the one it offers</source>
        <translation>model yang disediakan oleh pelayan</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="76"/>
        <source>kept in this computer&apos;s keychain</source>
        <translation>disimpan dalam rantai kunci komputer ini</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="77"/>
        <location filename="../../app/ui/server_settings.py" line="78"/>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="80"/>
        <source>the system&apos;s certificates</source>
        <translation>sijil sistem</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="83"/>
        <source>as the server says, else 1</source>
        <translation>mengikut pelayan, jika tidak 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="85"/>
        <source>How many parts of a document are sent to the server at once. Your IT team knows its share for this computer.</source>
        <translation>Berapa banyak bahagian dokumen yang dihantar ke pelayan serentak. Pasukan IT anda tahu bahagian untuk komputer ini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="87"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="89"/>
        <source>Test connection</source>
        <translation>Uji sambungan</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="92"/>
        <source>Connection test result</source>
        <translation>Keputusan ujian sambungan</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="94"/>
        <source>The model then runs on that server: the text of your questions and documents is sent to it, and nothing else. Your conversations, documents and summaries stay on this computer. Applies at once.</source>
        <translation>Model kemudiannya berjalan pada pelayan itu: teks soalan dan dokumen anda dihantar kepadanya, dan tiada yang lain. Perbualan, dokumen dan ringkasan anda kekal pada komputer ini. Berkuat kuasa serta-merta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="100"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="101"/>
        <source>Model name</source>
        <translation>Nama model</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="102"/>
        <source>Access token</source>
        <translation>Token akses</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="103"/>
        <source>…or from the variable</source>
        <translation>…atau daripada pemboleh ubah</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="107"/>
        <source>Certificates (PEM)</source>
        <translation>Sijil (PEM)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="108"/>
        <source>Requests at once</source>
        <translation>Permintaan serentak</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="123"/>
        <source>Set by your organisation&apos;s policy; it cannot be changed here.</source>
        <translation>Ditetapkan oleh dasar organisasi anda; tidak boleh diubah di sini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="125"/>
        <source>Set by your organisation.</source>
        <translation>Ditetapkan oleh organisasi anda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="135"/>
        <source>The organisation&apos;s certificates</source>
        <translation>Sijil organisasi</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="137"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Sijil (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="156"/>
        <source>Write the server&apos;s address first.</source>
        <translation>Masukkan alamat pelayan dahulu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="159"/>
        <source>Asking {server}…</source>
        <translation>Menghubungi {server}…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="63"/>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="69"/>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="69"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="71"/>
        <source>Log file</source>
        <translation>Fail log</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="72"/>
        <source>Open folder</source>
        <translation>Buka folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="74"/>
        <source>First model in the models folder</source>
        <translation>Model pertama dalam folder model</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="81"/>
        <source>Default model</source>
        <translation>Model lalai</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="83"/>
        <location filename="../../app/ui/dialogs.py" line="86"/>
        <source>Automatic</source>
        <translation>Automatik</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="84"/>
        <source>Threads</source>
        <translation>Bebenang</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="88"/>
        <source>Context length (tokens)</source>
        <translation>Panjang konteks (token)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>Light</source>
        <translation>Cerah</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="95"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="97"/>
        <source>Same as the system</source>
        <translation>Sama seperti sistem</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="101"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="102"/>
        <source>Scans are read in</source>
        <translation>Imbasan dibaca dalam</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="104"/>
        <source>Enter sends (Shift+Enter for a new line)</source>
        <translation>Enter menghantar (Shift+Enter untuk baris baharu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="107"/>
        <source>Model, threads, context and language apply the next time the app starts.</source>
        <translation>Model, bebenang, konteks dan bahasa berkuat kuasa pada kali seterusnya aplikasi dimulakan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="111"/>
        <source>Delete all conversations and summaries…</source>
        <translation>Padam semua perbualan dan ringkasan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="122"/>
        <source>General</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="123"/>
        <source>Organisation&apos;s server</source>
        <translation>Pelayan organisasi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="132"/>
        <source>Set by your organisation&apos;s policy; it cannot be changed here.</source>
        <translation>Ditetapkan oleh dasar organisasi anda; tidak boleh diubah di sini.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="137"/>
        <source>set by your organisation</source>
        <translation>ditetapkan oleh organisasi anda</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="145"/>
        <source>English, Malay, Indonesian and other Latin-script languages</source>
        <translation>Bahasa Inggeris, Melayu, Indonesia dan bahasa lain dalam tulisan Rumi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="147"/>
        <source>Chinese (simplified and traditional)</source>
        <translation>Bahasa Cina (ringkas dan tradisional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="148"/>
        <source>Japanese</source>
        <translation>Bahasa Jepun</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="155"/>
        <source>Vietnamese is read only in part (letters with a hook or a dot below, and those with two marks, are missed); Thai, Khmer, Lao, Burmese and Arabic script are not read.</source>
        <translation>Bahasa Vietnam hanya dibaca sebahagiannya (huruf dengan cangkuk atau titik di bawah, dan huruf dengan dua tanda, tidak dapat dibaca); tulisan Thai, Khmer, Lao, Myanmar dan Arab tidak dibaca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="201"/>
        <source>Delete everything?</source>
        <translation>Padam semua?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="202"/>
        <source>This erases every conversation, every summary and the documents&apos; text that Offline Assistant kept, so that none of it can be recovered; backup copies of your data are re-made without it. Your own files and your models are not touched. This cannot be undone.</source>
        <translation>Tindakan ini memadamkan setiap perbualan, setiap ringkasan dan teks dokumen yang disimpan oleh Offline Assistant, supaya tiada satu pun dapat dipulihkan; salinan sandaran data anda dibuat semula tanpanya. Fail anda sendiri dan model anda tidak diusik. Tindakan ini tidak boleh dibuat asal.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="33"/>
        <source>New chat</source>
        <translation>Sembang baharu</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="34"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Mulakan perbualan baharu (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="35"/>
        <source>Summarise documents…</source>
        <translation>Ringkaskan dokumen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="39"/>
        <source>Pick PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, web page, e-mail, Outlook, text or Markdown files (Ctrl+O), or drop them on the window; the Documents page (Ctrl+2) lists them and their summaries</source>
        <translation>Pilih fail PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, halaman web, e-mel, Outlook, teks atau Markdown (Ctrl+O), atau lepaskannya pada tetingkap; halaman Dokumen (Ctrl+2) menyenaraikan fail itu berserta ringkasannya</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <source>Search all conversations (Ctrl+F)</source>
        <translation>Cari semua perbualan (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="43"/>
        <source>Search conversations</source>
        <translation>Cari perbualan</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="46"/>
        <source>Conversations</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="53"/>
        <source>&lt;b&gt;Conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Perbualan&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="71"/>
        <source>No conversations yet: type a question below.</source>
        <translation>Belum ada perbualan: taip soalan di bawah.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="75"/>
        <source>Nothing found.</source>
        <translation>Tiada apa-apa ditemui.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="84"/>
        <source>Unpin</source>
        <translation>Nyahsemat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="84"/>
        <source>Pin</source>
        <translation>Semat</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="85"/>
        <source>Rename…</source>
        <translation>Namakan semula…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="86"/>
        <source>Export as Markdown…</source>
        <translation>Eksport sebagai Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="87"/>
        <source>Export as JSON…</source>
        <translation>Eksport sebagai JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="88"/>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/ui/asking.py" line="56"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="32"/>
        <source>Source page</source>
        <translation>Halaman sumber</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="50"/>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="51"/>
        <source>Click a mark (✓, ◐) or a page reference after a sentence to see the passage of the document it comes from.</source>
        <translation>Klik tanda (✓, ◐) atau rujukan halaman selepas sesuatu ayat untuk melihat petikan dokumen yang menjadi sumbernya.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="56"/>
        <source>Page {number}</source>
        <translation>Halaman {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="61"/>
        <source>Source: {page}</source>
        <translation>Sumber: {page}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="67"/>
        <source>The shaded passage supports “{sentence}” — the words in bold are the ones they share.</source>
        <translation>Petikan berlorek menyokong “{sentence}” — perkataan dalam huruf tebal ialah perkataan yang terdapat pada kedua-duanya.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="88"/>
        <source>Source: {reference}</source>
        <translation>Sumber: {reference}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="89"/>
        <source>The document&apos;s own text at {reference}:</source>
        <translation>Teks asal dokumen pada {reference}:</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="94"/>
        <source>That part of the document has no text.</source>
        <translation>Bahagian dokumen itu tiada teks.</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <location filename="../../app/ui/status.py" line="40"/>
        <source>Tokens per second of the last answers</source>
        <translation>Token sesaat bagi beberapa jawapan terakhir</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/startup.py" line="49"/>
        <source>Encrypting your data, as your organisation requires. Please wait…
{step}</source>
        <translation>Menyulitkan data anda, seperti yang dikehendaki oleh organisasi anda. Sila tunggu…
{step}</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="100"/>
        <source>Offline Assistant could not open your data:
{message}</source>
        <translation>Offline Assistant tidak dapat membuka data anda:
{message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="108"/>
        <source>A summary started from the command line (process {pid}) is running on this data folder. Summaries here start when it has finished.</source>
        <translation>Ringkasan yang dimulakan dari baris perintah (proses {pid}) sedang berjalan pada folder data ini. Ringkasan di sini akan bermula apabila ia selesai.</translation>
    </message>
</context>
<context>
    <name>SummaryChoices</name>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="29"/>
        <source>Summary style</source>
        <translation>Gaya ringkasan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="33"/>
        <source>Summary language</source>
        <translation>Bahasa ringkasan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="34"/>
        <source>Same as the document</source>
        <translation>Sama seperti dokumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="42"/>
        <source>Summary &amp;style:</source>
        <translation>&amp;Gaya ringkasan:</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="43"/>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="53"/>
        <source>Ask…</source>
        <translation>Tanya…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="57"/>
        <source>Ask questions about the selected documents (Ctrl+click to select several): the answers come from their pages, with page references</source>
        <translation>Tanya soalan tentang dokumen yang dipilih (Ctrl+klik untuk memilih beberapa): jawapan diambil daripada halaman dokumen itu, berserta rujukan halaman</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="59"/>
        <source>&amp;Thorough check</source>
        <translation>&amp;Semakan teliti</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="62"/>
        <source>After summarising, ask the model whether the passage behind each doubtful sentence really supports it. Slower: one short question per such sentence, counted in the time left.</source>
        <translation>Selepas meringkaskan, tanya model sama ada petikan di sebalik setiap ayat yang diragui benar-benar menyokongnya. Lebih perlahan: satu soalan pendek bagi setiap ayat sedemikian, dikira dalam masa berbaki.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="65"/>
        <source>&amp;Fast reading</source>
        <translation>Bacaan &amp;pantas</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="83"/>
        <source>English</source>
        <translation>Bahasa Inggeris</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="83"/>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="84"/>
        <source>Bahasa Melayu</source>
        <translation>Bahasa Melayu</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="84"/>
        <source>Thai</source>
        <translation>Bahasa Thai</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="85"/>
        <source>Vietnamese</source>
        <translation>Bahasa Vietnam</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="85"/>
        <source>Chinese</source>
        <translation>Bahasa Cina</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="86"/>
        <source>Filipino</source>
        <translation>Bahasa Filipino</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="86"/>
        <source>French</source>
        <translation>Bahasa Perancis</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="87"/>
        <source>Spanish</source>
        <translation>Bahasa Sepanyol</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="97"/>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Ditetapkan oleh dasar organisasi anda.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="111"/>
        <source>{reader}, a small model, reads the pages into notes and the main model writes the summary from them: several times faster on long documents, though the notes may miss details the main model would keep. Unchecked: Thorough reading, the main model reads every page.</source>
        <translation>{reader}, sebuah model kecil, membaca halaman dan membuat nota, kemudian model utama menulis ringkasan berdasarkan nota itu: beberapa kali lebih pantas untuk dokumen panjang, walaupun nota mungkin tertinggal butiran yang akan dikekalkan oleh model utama. Jika tidak ditanda: Bacaan teliti, model utama membaca setiap halaman.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="117"/>
        <source>Fast reading needs a small model in the library, next to the main one.</source>
        <translation>Bacaan pantas memerlukan model kecil dalam pustaka, di samping model utama.</translation>
    </message>
</context>
<context>
    <name>SummaryProgress</name>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="26"/>
        <source>measuring speed…</source>
        <translation>mengukur kelajuan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="27"/>
        <source>{time} left</source>
        <translation>{time} lagi</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="34"/>
        <source>measuring…</source>
        <translation>mengukur…</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="37"/>
        <source>under a minute</source>
        <translation>kurang daripada seminit</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="40"/>
        <source>about {hours} h {minutes} min</source>
        <translation>kira-kira {hours} j {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="42"/>
        <source>about {minutes} min</source>
        <translation>kira-kira {minutes} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="52"/>
        <source>Picking up where it stopped</source>
        <translation>Menyambung dari tempat ia berhenti</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="55"/>
        <source>Reading the file</source>
        <translation>Membaca fail</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="80"/>
        <source>Waiting for the model</source>
        <translation>Menunggu model</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="90"/>
        <source>Reading p. {page} (scanned)</source>
        <translation>Membaca hlm. {page} (diimbas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="98"/>
        <source>Checking sentence {n} of {total}</source>
        <translation>Menyemak ayat {n} daripada {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="102"/>
        <source>Reading {pages}</source>
        <translation>Membaca {pages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="110"/>
        <source>Writing the summary of {pages}</source>
        <translation>Menulis ringkasan bagi {pages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="118"/>
        <source>Adding page references</source>
        <translation>Menambah rujukan halaman</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="123"/>
        <source>Combining parts</source>
        <translation>Menggabungkan bahagian</translation>
    </message>
</context>
<context>
    <name>SummaryQueue</name>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="84"/>
        <source>No PDF, Word, OpenDocument, Rich Text, Excel, PowerPoint, web page, e-mail, Outlook, text or Markdown files were found there.</source>
        <translation>Tiada fail PDF, Word, OpenDocument, Rich Text, Excel, PowerPoint, halaman web, e-mel, Outlook, teks atau Markdown ditemui di situ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="152"/>
        <source>Summary erased.</source>
        <translation>Ringkasan dipadam.</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="242"/>
        <source>Summary of {name} saved.</source>
        <translation>Ringkasan {name} disimpan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="249"/>
        <source>{name}: the organisation&apos;s server does not answer. The summary is paused with its finished parts kept, and carries on by itself once the server answers again.</source>
        <translation>{name}: pelayan organisasi tidak menjawab. Ringkasan dijeda dan bahagian yang telah siap disimpan; ringkasan akan bersambung sendiri sebaik sahaja pelayan menjawab semula.</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="264"/>
        <source>The organisation&apos;s server answers again: the paused summaries carry on.</source>
        <translation>Pelayan organisasi menjawab semula: ringkasan yang dijeda bersambung.</translation>
    </message>
</context>
<context>
    <name>SummaryReader</name>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="59"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="61"/>
        <source>Select a document in the list above to read its summary.</source>
        <translation>Pilih dokumen dalam senarai di atas untuk membaca ringkasannya.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="64"/>
        <source>Export…</source>
        <translation>Eksport…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="65"/>
        <source>Save this summary with where it came from as a Word (DOCX), PDF or Markdown file</source>
        <translation>Simpan ringkasan ini berserta sumbernya sebagai fail Word (DOCX), PDF atau Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="67"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="68"/>
        <source>Print this summary with each sentence&apos;s source and the claims not found in the document</source>
        <translation>Cetak ringkasan ini berserta sumber setiap ayat dan kenyataan yang tidak ditemui dalam dokumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="70"/>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="71"/>
        <source>Copy this summary with its sources as formatted text, to paste into a letter or an e-mail</source>
        <translation>Salin ringkasan ini berserta sumbernya sebagai teks berformat, untuk ditampal ke dalam surat atau e-mel</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="102"/>
        <source>Your organisation does not allow exporting summaries</source>
        <translation>Organisasi anda tidak membenarkan ringkasan dieksport</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="140"/>
        <source>This document is being summarised. Now: {step}. The summary appears here when it is done.</source>
        <translation>Dokumen ini sedang diringkaskan. Sekarang: {step}. Ringkasan akan dipaparkan di sini apabila selesai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="143"/>
        <source>Waiting: this document is summarised when the ones before it are done.</source>
        <translation>Menunggu: dokumen ini akan diringkaskan selepas dokumen sebelumnya selesai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="146"/>
        <source>This file could not be read.

{why}</source>
        <translation>Fail ini tidak dapat dibaca.

{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="147"/>
        <source>paused</source>
        <translation>dijeda</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="147"/>
        <source>stopped by an error</source>
        <translation>dihentikan oleh ralat</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="148"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="149"/>
        <source>interrupted (the app closed while it ran)</source>
        <translation>terganggu (aplikasi ditutup semasa ia berjalan)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents/summary_reader.py" line="150"/>
        <source>This summary is {status}: {done} of %n part(s) are done and kept.</source>
        <translation>
            <numerusform>Ringkasan ini {status}: {done} daripada %n bahagian telah siap dan disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="154"/>
        <source>Click “Resume” to finish it.</source>
        <translation>Klik “Sambung semula” untuk menyelesaikannya.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="190"/>
        <source>No passage of the document supports this sentence. Check it before you rely on it.</source>
        <translation>Tiada petikan dalam dokumen yang menyokong ayat ini. Semak dahulu sebelum anda bergantung padanya.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="223"/>
        <source>Word document</source>
        <translation>Dokumen Word</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="224"/>
        <source>PDF document</source>
        <translation>Dokumen PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="225"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="228"/>
        <source>Export the summary</source>
        <translation>Eksport ringkasan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="244"/>
        <source>Saved {path}</source>
        <translation>{path} telah disimpan</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="261"/>
        <source>Sent to {printer}</source>
        <translation>Dihantar ke {printer}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="276"/>
        <source>The summary and its sources are copied</source>
        <translation>Ringkasan berserta sumbernya telah disalin</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../../app/ui/transcript.py" line="64"/>
        <source>Conversation</source>
        <translation>Perbualan</translation>
    </message>
    <message>
        <location filename="../../app/ui/transcript.py" line="87"/>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <location filename="../../app/ui/transcript.py" line="87"/>
        <source>Assistant</source>
        <translation>Pembantu</translation>
    </message>
    <message>
        <location filename="../../app/ui/transcript.py" line="88"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="69"/>
        <source>Not found in the document</source>
        <translation>Tidak ditemui dalam dokumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="70"/>
        <source>check these before you rely on them:</source>
        <translation>semak perkara ini sebelum anda bergantung padanya:</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="75"/>
        <source>Summary of {name}</source>
        <translation>Ringkasan {name}</translation>
    </message>
</context>
</TS>
