<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="226"/>
        <source>Chat and document summaries with a language model that runs on this computer. Nothing you type or open is sent anywhere.</source>
        <translation>แชทและสรุปเอกสารด้วยโมเดลภาษาที่ทำงานบนคอมพิวเตอร์เครื่องนี้ สิ่งที่คุณพิมพ์หรือเปิดจะไม่ถูกส่งออกไปที่ใดเลย</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="229"/>
        <source>Model: {model}</source>
        <translation>โมเดล: {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="230"/>
        <source>none loaded</source>
        <translation>ยังไม่ได้โหลด</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="231"/>
        <source>llama.cpp via llama-cpp-python {version}</source>
        <translation>llama.cpp ผ่าน llama-cpp-python {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="233"/>
        <source>&lt;b&gt;Licences&lt;/b&gt;: Offline Assistant — Apache-2.0; llama.cpp and llama-cpp-python — MIT; Qt for Python — LGPL-3.0; pypdfium2 — Apache-2.0/BSD-3-Clause; the demo model SmolLM2-135M-Instruct — Apache-2.0. A model you add keeps its own licence: see `offline-assistant models`.</source>
        <translation>&lt;b&gt;สัญญาอนุญาต&lt;/b&gt;: Offline Assistant — Apache-2.0; llama.cpp และ llama-cpp-python — MIT; Qt for Python — LGPL-3.0; pypdfium2 — Apache-2.0/BSD-3-Clause; โมเดลสาธิต SmolLM2-135M-Instruct — Apache-2.0 โมเดลที่คุณเพิ่มเองจะใช้สัญญาอนุญาตของโมเดลนั้น: ดูได้ที่ `offline-assistant models`</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../app/ui/background.py" line="68"/>
        <source>Show Offline Assistant</source>
        <translation>แสดง Offline Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="69"/>
        <location filename="../../app/ui/background.py" line="171"/>
        <source>Stop and quit</source>
        <translation>หยุดและออก</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="93"/>
        <source>{percent} % · {app}</source>
        <translation>{percent}% · {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="109"/>
        <source>Summary ready</source>
        <translation>สรุปเสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="110"/>
        <source>{name} is summarised.</source>
        <translation>สรุป {name} เสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="112"/>
        <source>Summaries ready</source>
        <translation>การสรุปทั้งหมดเสร็จแล้ว</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/background.py" line="113"/>
        <source>%n document(s) summarised</source>
        <translation>
            <numerusform>สรุปเอกสารแล้ว %n ฉบับ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/background.py" line="115"/>
        <source>%n could not be summarised</source>
        <translation>
            <numerusform>สรุปไม่ได้ %n ฉบับ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="120"/>
        <source>The document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="163"/>
        <source>Documents are still being summarised.</source>
        <translation>ยังมีเอกสารที่กำลังสรุปอยู่</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="164"/>
        <source>in the system tray</source>
        <translation>ที่ถาดระบบ</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="165"/>
        <source>minimised in the task bar</source>
        <translation>ย่อไว้ที่แถบงาน</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="167"/>
        <source>Keep summarising in the background ({where}) and be told when they are done, or stop now: a stopped summary carries on from its last finished part the next time you open Offline Assistant.</source>
        <translation>สรุปต่อในเบื้องหลัง ({where}) และรับการแจ้งเตือนเมื่อเสร็จทั้งหมด หรือหยุดทันที: การสรุปที่หยุดไว้จะทำต่อจากส่วนล่าสุดที่เสร็จแล้วเมื่อคุณเปิด Offline Assistant ครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="170"/>
        <source>Keep summarising</source>
        <translation>สรุปต่อ</translation>
    </message>
</context>
<context>
    <name>Branches</name>
    <message>
        <location filename="../../app/ui/branches.py" line="59"/>
        <source>Regenerate answer</source>
        <translation>สร้างคำตอบใหม่</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="61"/>
        <source>Ask again for the last question; the answer you have now is kept as a version</source>
        <translation>ถามคำถามล่าสุดอีกครั้ง โดยเก็บคำตอบปัจจุบันไว้เป็นอีกเวอร์ชันหนึ่ง</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="73"/>
        <source>&lt;b&gt;Editing your message&lt;/b&gt; — Send to branch, Esc to cancel. The earlier version stays as it was.</source>
        <translation>&lt;b&gt;กำลังแก้ไขข้อความของคุณ&lt;/b&gt; — กด “ส่ง” เพื่อแตกแขนงบทสนทนา หรือกด Esc เพื่อยกเลิก ข้อความเวอร์ชันก่อนหน้าจะยังคงอยู่เหมือนเดิม</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="75"/>
        <source>Cancel edit</source>
        <translation>ยกเลิกการแก้ไข</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="244"/>
        <source>Editing…</source>
        <translation>กำลังแก้ไข…</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="247"/>
        <source>Edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="249"/>
        <source>Regenerate</source>
        <translation>สร้างใหม่</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <location filename="../../app/ui/chat_options.py" line="37"/>
        <source>Ready prompts</source>
        <translation>พรอมต์สำเร็จรูป</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="38"/>
        <source>Ready prompts…</source>
        <translation>พรอมต์สำเร็จรูป…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="42"/>
        <source>Continue in a new chat with a summary</source>
        <translation>สนทนาต่อในแชทใหม่พร้อมสรุป</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="85"/>
        <source>This conversation uses {used} of the {limit} tokens the model can keep in mind. Soon it will not fit.</source>
        <translation>บทสนทนานี้ใช้ไปแล้ว {used} จาก {limit} โทเค็นที่โมเดลจำได้ อีกไม่นานจะเกินขีดจำกัด</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="90"/>
        <source>{reason} You can continue in a new chat that starts from a summary of this one.</source>
        <translation>{reason} คุณสามารถสนทนาต่อในแชทใหม่ที่เริ่มต้นจากสรุปของแชทนี้ได้</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="103"/>
        <source>Here is our earlier conversation. Summarise it in a few sentences, keeping every name, number and decision, so that we can continue from the summary:

</source>
        <translation>นี่คือบทสนทนาก่อนหน้าของเรา โปรดสรุปให้เหลือไม่กี่ประโยค โดยคงชื่อ ตัวเลข และการตัดสินใจทุกอย่างไว้ เพื่อให้เราสนทนาต่อจากสรุปนั้นได้:

</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="37"/>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="62"/>
        <source>Rename conversation</source>
        <translation>เปลี่ยนชื่อบทสนทนา</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="63"/>
        <source>New name:</source>
        <translation>ชื่อใหม่:</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="77"/>
        <source>Conversation deleted.</source>
        <translation>ลบบทสนทนาแล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="94"/>
        <source>Conversation restored.</source>
        <translation>กู้คืนบทสนทนาแล้ว</translation>
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
        <translation>ส่งออกบทสนทนา</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="118"/>
        <source>Saved {path}.</source>
        <translation>บันทึก {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="46"/>
        <source>Conversation settings</source>
        <translation>การตั้งค่าบทสนทนา</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="49"/>
        <source>Instructions the assistant follows in this conversation, e.g. “Answer in Bahasa Malaysia, in at most three sentences.”</source>
        <translation>คำสั่งที่ผู้ช่วยจะปฏิบัติตามในบทสนทนานี้ เช่น “ตอบเป็นภาษาไทย ไม่เกินสามประโยค”</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="54"/>
        <source>Lower: more predictable; higher: more varied</source>
        <translation>ค่าต่ำ: คาดเดาได้มากขึ้น ค่าสูง: หลากหลายมากขึ้น</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="60"/>
        <source>Instructions</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="61"/>
        <source>Temperature</source>
        <translation>อุณหภูมิ (Temperature)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="62"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="63"/>
        <source>Longest answer (tokens)</source>
        <translation>ความยาวคำตอบสูงสุด (โทเค็น)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="64"/>
        <source>Reset to defaults</source>
        <translation>คืนค่าเริ่มต้น</translation>
    </message>
</context>
<context>
    <name>DataProblemDialog</name>
    <message>
        <location filename="../../app/ui/data_problem.py" line="40"/>
        <source>Your data file is in use by another program.</source>
        <translation>ไฟล์ข้อมูลของคุณกำลังถูกใช้งานโดยโปรแกรมอื่น</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="42"/>
        <source>{path}

Waited a few seconds for it to be free. Close the other program (or wait for it to finish), then try again.</source>
        <translation>{path}

รอให้ไฟล์ว่างอยู่หลายวินาทีแล้ว โปรดปิดโปรแกรมอื่นนั้น (หรือรอให้ทำงานเสร็จ) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="44"/>
        <location filename="../../app/ui/data_problem.py" line="51"/>
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="46"/>
        <source>The data folder is read-only.</source>
        <translation>โฟลเดอร์ข้อมูลเป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="48"/>
        <source>Offline Assistant keeps your conversations and summaries in:
{folder}

{where} cannot be written to. Make it writable (or ask IT), then try again.</source>
        <translation>Offline Assistant เก็บบทสนทนาและสรุปของคุณไว้ที่:
{folder}

ไม่สามารถเขียนข้อมูลลงใน {where} ได้ โปรดเปลี่ยนให้เขียนได้ (หรือติดต่อฝ่ายไอที) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="53"/>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="58"/>
        <source>Your data file is damaged.</source>
        <translation>ไฟล์ข้อมูลของคุณเสียหาย</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="60"/>
        <source>{path}

Moving it aside keeps it, renamed with today&apos;s date, in the same folder; Offline Assistant then starts with an empty file.</source>
        <translation>{path}

การย้ายไฟล์ออกไปจะเก็บไฟล์นี้ไว้ในโฟลเดอร์เดิม โดยเปลี่ยนชื่อให้มีวันที่ของวันนี้ จากนั้น Offline Assistant จะเริ่มต้นด้วยไฟล์ว่าง</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="63"/>
        <source>Move it aside and start fresh</source>
        <translation>ย้ายไฟล์ออกไปแล้วเริ่มต้นใหม่</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="69"/>
        <source>Restore the last backup ({date})</source>
        <translation>กู้คืนข้อมูลสำรองล่าสุด ({date})</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <location filename="../../app/ui/document_picker.py" line="27"/>
        <source>Ask about documents</source>
        <translation>ถามเกี่ยวกับเอกสาร</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_picker.py" line="30"/>
        <source>Documents to ask about</source>
        <translation>เอกสารที่จะถาม</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_picker.py" line="33"/>
        <source>Ask them</source>
        <translation>ถาม</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_picker.py" line="48"/>
        <source>No document can be asked yet. Add documents on the Documents page (Ctrl+2): once a document has been read, its questions can be asked here.</source>
        <translation>ยังไม่มีเอกสารที่ถามได้ เพิ่มเอกสารได้ที่หน้า “เอกสาร” (Ctrl+2): เมื่ออ่านเอกสารเสร็จแล้ว คุณจะถามคำถามเกี่ยวกับเอกสารนั้นได้ที่นี่</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_picker.py" line="53"/>
        <source>Tick the documents the answers should come from (a folder: all of its documents). Every question in this conversation is then answered from their pages only, with the page each answer comes from.</source>
        <translation>ทำเครื่องหมายเลือกเอกสารที่ต้องการให้ใช้ตอบ (หากเลือกโฟลเดอร์ จะใช้เอกสารทั้งหมดในโฟลเดอร์นั้น) จากนั้นทุกคำถามในบทสนทนานี้จะตอบจากหน้าของเอกสารเหล่านั้นเท่านั้น พร้อมระบุหน้าที่มาของแต่ละคำตอบ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/document_picker.py" line="64"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n หน้า</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentQuestions</name>
    <message>
        <location filename="../../app/ui/asking.py" line="92"/>
        <location filename="../../app/ui/asking.py" line="95"/>
        <source>Ask about documents…</source>
        <translation>ถามเกี่ยวกับเอกสาร…</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="98"/>
        <source>Answer the questions of this conversation from documents you have added, with the page each answer comes from (Ctrl+Shift+A)</source>
        <translation>ตอบคำถามในบทสนทนานี้จากเอกสารที่คุณเพิ่มไว้ พร้อมระบุหน้าที่มาของแต่ละคำตอบ (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="192"/>
        <source>Questions about {name}</source>
        <translation>คำถามเกี่ยวกับ {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/asking.py" line="193"/>
        <source>Questions about {name} and %n more</source>
        <translation>
            <numerusform>คำถามเกี่ยวกับ {name} และอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="227"/>
        <source>Answers from: {names} &amp;nbsp; &lt;a href=&apos;change&apos;&gt;Change documents…&lt;/a&gt; &amp;nbsp; &lt;a href=&apos;plain&apos;&gt;Back to plain chat&lt;/a&gt;&lt;br&gt;Every answer is taken from the pages of these documents only, with the page it comes from. ✓ supported · ◐ partly · ✗ not found in the documents — click a page reference or a mark to see the passage.</source>
        <translation>คำตอบจาก: {names} &amp;nbsp; &lt;a href=&apos;change&apos;&gt;เปลี่ยนเอกสาร…&lt;/a&gt; &amp;nbsp; &lt;a href=&apos;plain&apos;&gt;กลับไปแชทธรรมดา&lt;/a&gt;&lt;br&gt;ทุกคำตอบนำมาจากหน้าของเอกสารเหล่านี้เท่านั้น พร้อมระบุหน้าที่มา ✓ มีข้อความรองรับ · ◐ รองรับบางส่วน · ✗ ไม่พบในเอกสาร — คลิกการอ้างอิงหน้าหรือเครื่องหมายเพื่อดูข้อความอ้างอิง</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="234"/>
        <source>Ask a question about {names} below: what it says, where, and when. If the documents do not say, the answer says so.</source>
        <translation>พิมพ์คำถามเกี่ยวกับ {names} ด้านล่าง เช่น มีเนื้อหาว่าอย่างไร อยู่ที่ใด และเมื่อใด หากเอกสารไม่ได้ระบุไว้ คำตอบจะแจ้งให้ทราบ</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="310"/>
        <source>No passage of the documents is about this question, so the model was not asked: nothing was made up.</source>
        <translation>ไม่มีข้อความใดในเอกสารที่เกี่ยวกับคำถามนี้ จึงไม่ได้ส่งคำถามให้โมเดล: ไม่มีการแต่งคำตอบขึ้นเอง</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="314"/>
        <source>a figure</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="314"/>
        <source>a date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="315"/>
        <source>a name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="317"/>
        <source>The question asks for {what}, and this answer gives none that the passages about it state: the documents may not say. Check the pages before you rely on it.</source>
        <translation>คำถามนี้ถามหา{what} แต่คำตอบนี้ไม่ได้ให้ข้อมูลดังกล่าวที่ระบุไว้ในส่วนของเอกสารที่เกี่ยวกับคำถามนี้ เอกสารอาจไม่ได้ระบุไว้ โปรดตรวจสอบหน้าเอกสารก่อนนำไปใช้</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="326"/>
        <source>No passage the model was given says this. Check it before you rely on it.</source>
        <translation>ข้อความที่โมเดลได้รับไม่มีส่วนใดระบุเรื่องนี้ โปรดตรวจสอบก่อนนำไปใช้</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="329"/>
        <source>Partly supported by {where}: some of it is not in that passage.</source>
        <translation>มีข้อความรองรับบางส่วนที่ {where}: บางส่วนไม่มีในข้อความนั้น</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="332"/>
        <source>Supported by {where}.</source>
        <translation>มีข้อความรองรับที่ {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="333"/>
        <source>“{claim}” is not in the passages given.</source>
        <translation>“{claim}” ไม่มีอยู่ในข้อความที่ให้ไว้</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="336"/>
        <source>Click to see the passage.</source>
        <translation>คลิกเพื่อดูข้อความอ้างอิง</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="357"/>
        <source>No page of the documents supports this sentence. Check it before you rely on it.</source>
        <translation>ไม่มีหน้าใดในเอกสารที่รองรับประโยคนี้ โปรดตรวจสอบก่อนนำไปใช้</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="361"/>
        <source>Source: {document}</source>
        <translation>ที่มา: {document}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../app/ui/documents/page.py" line="85"/>
        <source>No documents yet — drop files here or click Add files…</source>
        <translation>ยังไม่มีเอกสาร — วางไฟล์ที่นี่ หรือคลิก “เพิ่มไฟล์…”</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="168"/>
        <source>Summarise documents</source>
        <translation>สรุปเอกสาร</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="169"/>
        <source>Documents ({pattern})</source>
        <translation>เอกสาร ({pattern})</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="174"/>
        <source>Summarise a folder</source>
        <translation>สรุปโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="184"/>
        <source>&quot;{name}&quot; was not read: it needs its password.</source>
        <translation>ไม่ได้อ่าน &quot;{name}&quot;: ไฟล์นี้ต้องใช้รหัสผ่าน</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="229"/>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="229"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="230"/>
        <source>Resume</source>
        <translation>ทำต่อ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="230"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="231"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="232"/>
        <source>Pause; the parts already done are kept</source>
        <translation>หยุดชั่วคราว โดยเก็บส่วนที่เสร็จแล้วไว้</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="233"/>
        <source>Stop this summary; the parts already done are kept</source>
        <translation>หยุดการสรุปนี้ โดยเก็บส่วนที่เสร็จแล้วไว้</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="234"/>
        <source>Finish this summary; the parts already done are not summarised again</source>
        <translation>ทำการสรุปนี้ให้เสร็จ โดยไม่สรุปส่วนที่เสร็จแล้วซ้ำ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="236"/>
        <source>Take this document out of the queue</source>
        <translation>นำเอกสารนี้ออกจากคิว</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="237"/>
        <source>Erase this summary and the document&apos;s text kept for it</source>
        <translation>ลบสรุปนี้และข้อความของเอกสารที่เก็บไว้สำหรับสรุปนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="245"/>
        <source>{action} {document}</source>
        <translation>{action} {document}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="254"/>
        <source>Delete this summary?</source>
        <translation>ลบสรุปนี้หรือไม่</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="255"/>
        <source>This erases the summary of {name} and the text of the document that Offline Assistant kept for it (unless another summary uses it), so that it cannot be recovered; backup copies of your data are re-made without it. The file itself is not touched. This cannot be undone.</source>
        <translation>การดำเนินการนี้จะลบสรุปของ {name} และข้อความของเอกสารที่ Offline Assistant เก็บไว้สำหรับสรุปนั้น (เว้นแต่มีสรุปอื่นใช้อยู่) อย่างถาวรจนไม่สามารถกู้คืนได้ และจะสร้างสำเนาสำรองข้อมูลของคุณใหม่โดยไม่มีข้อมูลดังกล่าว ตัวไฟล์ต้นฉบับจะไม่ได้รับผลกระทบ การดำเนินการนี้ไม่สามารถเลิกทำได้</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="18"/>
        <source>Drop PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, web page, e-mail, Outlook, text or Markdown files, scans (PNG, JPEG, TIFF), or folders here</source>
        <translation>วางไฟล์ PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, หน้าเว็บ, อีเมล, Outlook, ไฟล์ข้อความ หรือ Markdown, ภาพสแกน (PNG, JPEG, TIFF) หรือโฟลเดอร์ไว้ที่นี่</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="21"/>
        <source>Add files…</source>
        <translation>เพิ่มไฟล์…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="22"/>
        <source>Pick documents to summarise (Ctrl+O)</source>
        <translation>เลือกเอกสารที่จะสรุป (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="23"/>
        <source>Add folder…</source>
        <translation>เพิ่มโฟลเดอร์…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="26"/>
        <source>Summarise every document in a folder and its subfolders</source>
        <translation>สรุปเอกสารทุกฉบับในโฟลเดอร์และโฟลเดอร์ย่อย</translation>
    </message>
</context>
<context>
    <name>JobTable</name>
    <message>
        <location filename="../../app/ui/job_table.py" line="17"/>
        <source>Short brief</source>
        <translation>สรุปย่อ</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="18"/>
        <source>Key points</source>
        <translation>ประเด็นสำคัญ</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="19"/>
        <source>Key facts (table)</source>
        <translation>ข้อเท็จจริงสำคัญ (ตาราง)</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="20"/>
        <source>Action items</source>
        <translation>สิ่งที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="24"/>
        <source>Waiting</source>
        <translation>รอคิว</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="25"/>
        <source>Running</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="26"/>
        <source>Paused</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="27"/>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="28"/>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="29"/>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="30"/>
        <source>Interrupted</source>
        <translation>ถูกขัดจังหวะ</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../app/ui/job_table.py" line="39"/>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="39"/>
        <source>Style</source>
        <translation>รูปแบบ</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="39"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="39"/>
        <source>Progress</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="40"/>
        <source>Time left</source>
        <translation>เวลาที่เหลือ</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/job_table.py" line="104"/>
        <source>{done} / %n part(s)</source>
        <translation>
            <numerusform>{done} / %n ส่วน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>&lt;h3&gt;Welcome to Offline Assistant&lt;/h3&gt;Ask a question below. To summarise documents, open the &lt;b&gt;Documents&lt;/b&gt; page (Ctrl+2) or drop PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, web page, e-mail, Outlook, text or Markdown files, scans (PNG, JPEG, TIFF) — or a whole folder — on this window.&lt;br&gt;&lt;br&gt;Everything stays on this computer: nothing you type or open is sent anywhere.</source>
        <translation>&lt;h3&gt;ยินดีต้อนรับสู่ Offline Assistant&lt;/h3&gt;พิมพ์คำถามด้านล่างได้เลย หากต้องการสรุปเอกสาร ให้เปิดหน้า &lt;b&gt;เอกสาร&lt;/b&gt; (Ctrl+2) หรือลากไฟล์ PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, หน้าเว็บ, อีเมล, Outlook, ไฟล์ข้อความ หรือ Markdown, ภาพสแกน (PNG, JPEG, TIFF) — หรือทั้งโฟลเดอร์ — มาวางบนหน้าต่างนี้&lt;br&gt;&lt;br&gt;ทุกอย่างอยู่บนคอมพิวเตอร์เครื่องนี้: สิ่งที่คุณพิมพ์หรือเปิดจะไม่ถูกส่งออกไปที่ใดเลย</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; {model}</source>
        <translation>&lt;b&gt;โมเดล:&lt;/b&gt; {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>&lt;b&gt;Your data:&lt;/b&gt; {folder}</source>
        <translation>&lt;b&gt;ข้อมูลของคุณ:&lt;/b&gt; {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>Type your question… (Ctrl+Enter to send)</source>
        <translation>พิมพ์คำถามของคุณ… (กด Ctrl+Enter เพื่อส่ง)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>ส่ง (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134"/>
        <source>Stop the answer (Esc)</source>
        <translation>หยุดการตอบ (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <location filename="../../app/ui/window_menus.py" line="44"/>
        <source>Chat</source>
        <translation>แชท</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <location filename="../../app/ui/window_menus.py" line="46"/>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Chat with the model (Ctrl+1)</source>
        <translation>แชทกับโมเดล (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Summarise documents and read their summaries (Ctrl+2)</source>
        <translation>สรุปเอกสารและอ่านสรุป (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="22"/>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="23"/>
        <source>New chat</source>
        <translation>แชทใหม่</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="25"/>
        <source>Summarise documents…</source>
        <translation>สรุปเอกสาร…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="28"/>
        <source>Recent documents</source>
        <translation>เอกสารล่าสุด</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="31"/>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="34"/>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="36"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="37"/>
        <source>Search conversations</source>
        <translation>ค้นหาบทสนทนา</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="39"/>
        <source>Conversation settings…</source>
        <translation>การตั้งค่าบทสนทนา…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="43"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Help</source>
        <translation>วิธีใช้ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="49"/>
        <location filename="../../app/ui/window_menus.py" line="72"/>
        <source>About Offline Assistant</source>
        <translation>เกี่ยวกับ Offline Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="61"/>
        <source>No summaries yet</source>
        <translation>ยังไม่มีสรุป</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>Locked by your organisation&apos;s policy: see the message above.</source>
        <translation>ถูกล็อกตามนโยบายขององค์กรของคุณ: โปรดดูข้อความด้านบน</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>No model loaded</source>
        <translation>ยังไม่ได้โหลดโมเดล</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <location filename="../../app/ui/markdown.py" line="36"/>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
</context>
<context>
    <name>ModelLibrary</name>
    <message>
        <location filename="../../app/ui/model_library.py" line="106"/>
        <source>Models…</source>
        <translation>โมเดล…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="186"/>
        <source>{name} will load as soon as the current answer or summary is finished.</source>
        <translation>จะโหลด {name} ทันทีที่คำตอบหรือการสรุปปัจจุบันเสร็จสิ้น</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="189"/>
        <source>Loading {name}…</source>
        <translation>กำลังโหลด {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="210"/>
        <source>{name} is loaded and will be used from now on.</source>
        <translation>โหลด {name} แล้ว และจะใช้โมเดลนี้นับจากนี้ไป</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="223"/>
        <source>Add a model</source>
        <translation>เพิ่มโมเดล</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="224"/>
        <source>GGUF model files (*.gguf)</source>
        <translation>ไฟล์โมเดล GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="238"/>
        <source>Add {name}</source>
        <translation>เพิ่ม {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="239"/>
        <source>Use {name} ({size}) where it is, or copy it into the app&apos;s models folder?</source>
        <translation>ใช้ {name} ({size}) จากตำแหน่งเดิม หรือคัดลอกไปไว้ในโฟลเดอร์โมเดลของแอป?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="244"/>
        <source>Where it is: nothing is copied, best for large files; the file must stay where it is. A copy in {folder} keeps working when the original is moved or its drive is disconnected, and takes as much disk space again.</source>
        <translation>ใช้จากตำแหน่งเดิม: ไม่มีการคัดลอก เหมาะกับไฟล์ขนาดใหญ่ แต่ไฟล์ต้องอยู่ที่เดิมตลอด ส่วนสำเนาใน {folder} จะยังใช้งานได้แม้ต้นฉบับถูกย้ายหรือไดรฟ์ถูกถอดออก แต่จะใช้พื้นที่ดิสก์เพิ่มขึ้นอีกเท่าตัว</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="247"/>
        <source>Use it where it is</source>
        <translation>ใช้จากตำแหน่งเดิม</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="249"/>
        <source>Copy into the models folder</source>
        <translation>คัดลอกไปยังโฟลเดอร์โมเดล</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="271"/>
        <source>Copying {name} into the models folder…</source>
        <translation>กำลังคัดลอก {name} ไปยังโฟลเดอร์โมเดล…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="272"/>
        <source>Stop</source>
        <translation>หยุด</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="273"/>
        <source>Copying a model</source>
        <translation>กำลังคัดลอกโมเดล</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="298"/>
        <source>The copy was stopped; nothing was kept.</source>
        <translation>หยุดการคัดลอกแล้ว ไม่มีการเก็บไฟล์ใดไว้</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="310"/>
        <source>{name} is in the list now.</source>
        <translation>{name} อยู่ในรายการแล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="316"/>
        <source>Add a folder of models</source>
        <translation>เพิ่มโฟลเดอร์โมเดล</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_library.py" line="328"/>
        <source>{folder} added: %n model file(s) found.</source>
        <translation>
            <numerusform>เพิ่ม {folder} แล้ว: พบไฟล์โมเดล %n ไฟล์</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="330"/>
        <source>{folder} added. It holds no .gguf file yet; models put there later are listed too.</source>
        <translation>เพิ่ม {folder} แล้ว ขณะนี้ยังไม่มีไฟล์ .gguf ในโฟลเดอร์นี้ โมเดลที่นำมาวางไว้ภายหลังจะแสดงในรายการด้วย</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="339"/>
        <source>{name} is in use. Use another model first, then remove this one.</source>
        <translation>{name} กำลังใช้งานอยู่ โปรดเปลี่ยนไปใช้โมเดลอื่นก่อน แล้วจึงนำโมเดลนี้ออก</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="343"/>
        <source>Delete {name}?</source>
        <translation>ลบ {name} หรือไม่</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="344"/>
        <source>{name} is in the app&apos;s models folder: removing it from the list deletes the file {path} ({size}) from this computer.</source>
        <translation>{name} อยู่ในโฟลเดอร์โมเดลของแอป: การนำออกจากรายการจะลบไฟล์ {path} ({size}) ออกจากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="347"/>
        <source>Delete the file</source>
        <translation>ลบไฟล์</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="349"/>
        <source>Stop listing this folder?</source>
        <translation>เลิกแสดงโฟลเดอร์นี้ในรายการหรือไม่</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="350"/>
        <source>{name} is listed because it is in {folder}. Taking it off the list stops listing that folder; its files stay where they are.</source>
        <translation>{name} แสดงในรายการเพราะอยู่ใน {folder} การนำออกจากรายการจะเลิกแสดงโฟลเดอร์นั้น แต่ไฟล์ในโฟลเดอร์จะยังอยู่ที่เดิม</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="353"/>
        <source>Stop listing the folder</source>
        <translation>เลิกแสดงโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="378"/>
        <source>{name} was deleted.</source>
        <translation>ลบ {name} แล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="379"/>
        <source>{name} is off the list; no file was deleted.</source>
        <translation>นำ {name} ออกจากรายการแล้ว ไม่มีไฟล์ใดถูกลบ</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="395"/>
        <source>Models</source>
        <translation>โมเดล</translation>
    </message>
</context>
<context>
    <name>ModelTable</name>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="51"/>
        <source>{count:.1f} B</source>
        <translation>{count:.1f} พันล้าน</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="52"/>
        <source>{count:.0f} M</source>
        <translation>{count:.0f} ล้าน</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="65"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="65"/>
        <source>Quantisation</source>
        <translation>การควอนไทซ์</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="65"/>
        <source>Parameters</source>
        <translation>พารามิเตอร์</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="66"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="66"/>
        <source>On this computer</source>
        <translation>บนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="66"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="67"/>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="117"/>
        <source>{name} (in use)</source>
        <translation>{name} (กำลังใช้งาน)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="134"/>
        <source>not approved</source>
        <translation>ไม่ได้รับอนุมัติ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="136"/>
        <source>cannot be used</source>
        <translation>ใช้งานไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="138"/>
        <source>fits</source>
        <translation>รองรับได้</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="140"/>
        <source>tight</source>
        <translation>หน่วยความจำเกือบไม่พอ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="141"/>
        <source>will not fit: needs {need}, {free} free</source>
        <translation>หน่วยความจำไม่พอ: ต้องใช้ {need} แต่ว่าง {free}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="150"/>
        <source>could not be read</source>
        <translation>อ่านไม่ได้</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="151"/>
        <source>computing…</source>
        <translation>กำลังคำนวณ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="154"/>
        <source>built-in</source>
        <translation>ในตัว</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="154"/>
        <source>installed with the app</source>
        <translation>ติดตั้งมาพร้อมแอป</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="155"/>
        <source>models folder</source>
        <translation>โฟลเดอร์โมเดล</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="155"/>
        <source>added file</source>
        <translation>ไฟล์ที่เพิ่ม</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="156"/>
        <source>added folder</source>
        <translation>โฟลเดอร์ที่เพิ่ม</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="184"/>
        <location filename="../../app/ui/models_dialog.py" line="194"/>
        <source>Models</source>
        <translation>โมเดล</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="217"/>
        <source>Add model…</source>
        <translation>เพิ่มโมเดล…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="218"/>
        <source>Add a .gguf model file from this computer</source>
        <translation>เพิ่มไฟล์โมเดล .gguf จากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="219"/>
        <source>Add folder…</source>
        <translation>เพิ่มโฟลเดอร์…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="220"/>
        <source>List every .gguf model in a folder, now and later</source>
        <translation>แสดงโมเดล .gguf ทุกไฟล์ในโฟลเดอร์ ทั้งที่มีอยู่ตอนนี้และที่เพิ่มภายหลัง</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="221"/>
        <source>Use this model</source>
        <translation>ใช้โมเดลนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="222"/>
        <source>Load it now and start with it from now on</source>
        <translation>โหลดทันที และใช้เป็นโมเดลเริ่มต้นนับจากนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="223"/>
        <source>Remove from list</source>
        <translation>นำออกจากรายการ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="224"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="240"/>
        <source>Your organisation does not allow adding models</source>
        <translation>องค์กรของคุณไม่อนุญาตให้เพิ่มโมเดล</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="299"/>
        <source>&lt;b&gt;Only the built-in demo model is here.&lt;/b&gt; It is small ({size} parameters): good for trying the app, too small for dependable summaries.&lt;br&gt;For real work add a 7–8B instruct model in GGUF format, quantised as Q4_K_M (a file of about 4.5–5 GB), for example Qwen2.5 7B Instruct, Llama 3.1 8B Instruct or Granite 3.1 8B Instruct: click &lt;b&gt;Add model…&lt;/b&gt; below, or copy the file into {folder}.</source>
        <translation>&lt;b&gt;ขณะนี้มีเพียงโมเดลสาธิตที่มาพร้อมแอป&lt;/b&gt; ซึ่งมีขนาดเล็ก (พารามิเตอร์ {size}): เหมาะสำหรับทดลองใช้แอป แต่เล็กเกินไปสำหรับการสรุปที่เชื่อถือได้&lt;br&gt;สำหรับการใช้งานจริง ให้เพิ่มโมเดลแบบ instruct ขนาด 7–8B ในรูปแบบ GGUF ที่ควอนไทซ์แบบ Q4_K_M (ไฟล์ขนาดประมาณ 4.5–5 GB) เช่น Qwen2.5 7B Instruct, Llama 3.1 8B Instruct หรือ Granite 3.1 8B Instruct: คลิก &lt;b&gt;เพิ่มโมเดล…&lt;/b&gt; ด้านล่าง หรือคัดลอกไฟล์ไปไว้ใน {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="307"/>
        <source>Models from {folder}, from folders you added, and files you added where they are. &lt;b&gt;Use this model&lt;/b&gt; loads the selected one and starts with it from now on.</source>
        <translation>โมเดลจาก {folder} จากโฟลเดอร์ที่คุณเพิ่ม และจากไฟล์ที่คุณเพิ่มไว้ในตำแหน่งเดิม ปุ่ม &lt;b&gt;ใช้โมเดลนี้&lt;/b&gt; จะโหลดโมเดลที่เลือกและใช้เป็นโมเดลเริ่มต้นนับจากนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="325"/>
        <source>in use now</source>
        <translation>กำลังใช้งานอยู่</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="329"/>
        <source>yes</source>
        <translation>มี</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="330"/>
        <source>no (a plain fallback format is used)</source>
        <translation>ไม่มี (ใช้รูปแบบสำรองแบบพื้นฐานแทน)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="332"/>
        <source>Architecture: {architecture} · Layers: {layers} · Trained context: {context} tokens · Parameters: {parameters} · Quantisation: {quant}</source>
        <translation>สถาปัตยกรรม: {architecture} · จำนวนเลเยอร์: {layers} · บริบทที่ฝึกมา: {context} โทเค็น · พารามิเตอร์: {parameters} · การควอนไทซ์: {quant}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="337"/>
        <source>Licence: {licence} · Chat template: {template}</source>
        <translation>สัญญาอนุญาต: {licence} · เทมเพลตแชท: {template}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="338"/>
        <source>not stated</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="339"/>
        <source>SHA-256: {sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="342"/>
        <source>Not approved:</source>
        <translation>ไม่ได้รับอนุมัติ:</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="354"/>
        <source>The built-in model comes with the app and stays</source>
        <translation>โมเดลในตัวมาพร้อมกับแอปและไม่สามารถนำออกได้</translation>
    </message>
</context>
<context>
    <name>OpeningNotice</name>
    <message>
        <location filename="../../app/ui/data_problem.py" line="22"/>
        <source>Opening your data…</source>
        <translation>กำลังเปิดข้อมูลของคุณ…</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../app/ui/documents/password_prompt.py" line="28"/>
        <source>Password for {name}</source>
        <translation>รหัสผ่านสำหรับ {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/password_prompt.py" line="32"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/password_prompt.py" line="33"/>
        <source>Skip this document</source>
        <translation>ข้ามเอกสารนี้</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="77"/>
        <source>Type your question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>พิมพ์คำถามของคุณ… (กด Enter เพื่อส่ง กด Shift+Enter เพื่อขึ้นบรรทัดใหม่)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="79"/>
        <source>Type your question… (Ctrl+Enter to send)</source>
        <translation>พิมพ์คำถามของคุณ… (กด Ctrl+Enter เพื่อส่ง)</translation>
    </message>
</context>
<context>
    <name>QueueTable</name>
    <message>
        <location filename="../../app/ui/documents/queue_table.py" line="35"/>
        <source>Documents queue</source>
        <translation>คิวเอกสาร</translation>
    </message>
</context>
<context>
    <name>ReadyPrompts</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="24"/>
        <source>Rewrite formally</source>
        <translation>เขียนใหม่ให้เป็นทางการ</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="25"/>
        <source>Rewrite the following text in a clear, formal tone:

</source>
        <translation>เขียนข้อความต่อไปนี้ใหม่ด้วยภาษาที่ชัดเจนและเป็นทางการ:

</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="27"/>
        <source>Translate to English</source>
        <translation>แปลเป็นภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="28"/>
        <source>Translate the following text into English:

</source>
        <translation>แปลข้อความต่อไปนี้เป็นภาษาอังกฤษ:

</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="30"/>
        <source>Extract action items</source>
        <translation>ดึงรายการสิ่งที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="31"/>
        <source>List the action items in the following text, one per line, with who does what by when:

</source>
        <translation>ระบุรายการสิ่งที่ต้องดำเนินการจากข้อความต่อไปนี้ บรรทัดละหนึ่งรายการ โดยบอกว่าใครทำอะไร ภายในเมื่อใด:

</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="34"/>
        <source>Summarise this text</source>
        <translation>สรุปข้อความนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="35"/>
        <source>Summarise the following text in a short paragraph:

</source>
        <translation>สรุปข้อความต่อไปนี้เป็นย่อหน้าสั้น ๆ:

</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="37"/>
        <source>Draft a reply</source>
        <translation>ร่างคำตอบกลับ</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="38"/>
        <source>Draft a polite reply to the following message:

</source>
        <translation>ร่างคำตอบกลับอย่างสุภาพสำหรับข้อความต่อไปนี้:

</translation>
    </message>
</context>
<context>
    <name>ResourceStatus</name>
    <message>
        <location filename="../../app/ui/status.py" line="66"/>
        <source>Loading model…</source>
        <translation>กำลังโหลดโมเดล…</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="70"/>
        <source>No answer yet</source>
        <translation>ยังไม่มีคำตอบ</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="79"/>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="80"/>
        <source>Pause the summary; finished parts are kept and it can be resumed from the Documents page</source>
        <translation>หยุดการสรุปชั่วคราว โดยเก็บส่วนที่เสร็จแล้วไว้ และทำต่อได้จากหน้า “เอกสาร”</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="82"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="83"/>
        <source>Cancel summary</source>
        <translation>ยกเลิกการสรุป</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="84"/>
        <source>The model that answers, running on this computer</source>
        <translation>โมเดลที่ใช้ตอบ ซึ่งทำงานบนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="85"/>
        <source>Memory used by this app and its model engine (not counting the model file the system maps from disk), and free RAM</source>
        <translation>หน่วยความจำที่แอปนี้และเอนจินโมเดลใช้ (ไม่นับไฟล์โมเดลที่ระบบแมปจากดิสก์) และ RAM ที่ว่าง</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="88"/>
        <source>The last answer: words (tokens) written per second, prompt tokens read per second, the wait before the first word, and how much of the model&apos;s context the conversation fills</source>
        <translation>คำตอบล่าสุด: จำนวนคำ (โทเค็น) ที่เขียนต่อวินาที จำนวนโทเค็นของพรอมต์ที่อ่านต่อวินาที เวลารอก่อนได้คำแรก และสัดส่วนบริบทของโมเดลที่บทสนทนาใช้ไป</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/status.py" line="95"/>
        <source>Processor use of this app and its engine, as a share of all %n cores of this computer</source>
        <translation>
            <numerusform>การใช้โปรเซสเซอร์ของแอปนี้และเอนจิน คิดเป็นสัดส่วนของคอร์ทั้งหมด %n คอร์ของคอมพิวเตอร์เครื่องนี้</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="123"/>
        <source>not running</source>
        <translation>ไม่ได้ทำงาน</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="126"/>
        <source>RAM {used} · {free} free</source>
        <translation>RAM {used} · ว่าง {free}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="131"/>
        <source>VRAM {used} of {total}</source>
        <translation>VRAM {used} จาก {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="135"/>
        <source>App {app} · Engine {engine} · {free} free</source>
        <translation>แอป {app} · เอนจิน {engine} · ว่าง {free}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="139"/>
        <source>CPU {percent:.0f}%</source>
        <translation>CPU {percent:.0f}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="148"/>
        <source>Server: {name}</source>
        <translation>เซิร์ฟเวอร์: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="150"/>
        <source>The model that answers, running on your organisation&apos;s server {server}. The memory and CPU figures are this computer&apos;s.</source>
        <translation>โมเดลที่ใช้ตอบ ซึ่งทำงานบนเซิร์ฟเวอร์ {server} ขององค์กรของคุณ ตัวเลขหน่วยความจำและ CPU เป็นของคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="158"/>
        <source>{decode:.0f} tok/s</source>
        <translation>{decode:.0f} tok/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="159"/>
        <source>{decode:.0f} tok/s · read {prefill:.0f} tok/s · first token {first:.2f} s</source>
        <translation>{decode:.0f} โทเค็น/วินาที · อ่าน {prefill:.0f} โทเค็น/วินาที · โทเค็นแรก {first:.2f} วินาที</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="163"/>
        <source>context {percent:.0f}%</source>
        <translation>บริบท {percent:.0f}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="164"/>
        <source>context {used}/{size}</source>
        <translation>บริบท {used}/{size}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="171"/>
        <source>Stopped. The partial answer is saved.</source>
        <translation>หยุดแล้ว บันทึกคำตอบบางส่วนไว้แล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="173"/>
        <source>The model began to repeat itself, so the answer was ended there. Try “Regenerate” or ask in other words.</source>
        <translation>โมเดลเริ่มตอบซ้ำวนไปมา จึงหยุดคำตอบไว้ตรงนั้น ลองกด “สร้างใหม่” หรือถามด้วยถ้อยคำอื่น</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/status.py" line="196"/>
        <source> · %n more running</source>
        <translation>
            <numerusform> · ทำงานพร้อมกันอีก %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/status.py" line="198"/>
        <source> · %n more waiting</source>
        <translation>
            <numerusform> · รออีก %n รายการ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentenceMarks</name>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="40"/>
        <source>Not found in the document: no passage says this. Check it before you rely on it.</source>
        <translation>ไม่พบในเอกสาร: ไม่มีข้อความใดระบุเรื่องนี้ โปรดตรวจสอบก่อนนำไปใช้</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="44"/>
        <source>Partly supported by page {page}: some of it is not in that passage.</source>
        <translation>มีข้อความรองรับบางส่วนในหน้า {page}: บางส่วนไม่มีในข้อความนั้น</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="48"/>
        <source>Supported by page {page}.</source>
        <translation>มีข้อความรองรับในหน้า {page}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="51"/>
        <source>Found on a page other than the parts the summary was written from.</source>
        <translation>พบในหน้าอื่นที่ไม่ใช่ส่วนที่ใช้เขียนสรุป</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="58"/>
        <source>“{claim}”: the passage on page {page} says the opposite (one of them is negated).</source>
        <translation>“{claim}”: ข้อความในหน้า {page} ระบุในทางตรงกันข้าม (ข้อความหนึ่งเป็นประโยคปฏิเสธ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="63"/>
        <source>“{claim}” is not in the document.</source>
        <translation>“{claim}” ไม่มีอยู่ในเอกสาร</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="67"/>
        <source>“{claim}” is on page {page}, not in this passage.</source>
        <translation>“{claim}” อยู่ในหน้า {page} ไม่ได้อยู่ในข้อความนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="73"/>
        <source>Click to see the passage.</source>
        <translation>คลิกเพื่อดูข้อความอ้างอิง</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="80"/>
        <source>Thorough check — the model: the passage supports this.</source>
        <translation>การตรวจสอบอย่างละเอียด — โมเดล: ข้อความอ้างอิงรองรับประโยคนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="82"/>
        <source>Thorough check — the model: the passage does not support this.</source>
        <translation>การตรวจสอบอย่างละเอียด — โมเดล: ข้อความอ้างอิงไม่รองรับประโยคนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="95"/>
        <source>partly</source>
        <translation>บางส่วน</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="96"/>
        <source>not found</source>
        <translation>ไม่พบ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="99"/>
        <source>model: supported</source>
        <translation>โมเดล: รองรับ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="101"/>
        <source>model: not supported</source>
        <translation>โมเดล: ไม่รองรับ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="111"/>
        <source>supported by the document</source>
        <translation>มีข้อความในเอกสารรองรับ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="113"/>
        <source>partly supported</source>
        <translation>รองรับบางส่วน</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="115"/>
        <source>not found in the document</source>
        <translation>ไม่พบในเอกสาร</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="119"/>
        <source>model: what the model said when asked whether the passage supports a doubtful sentence (thorough check)</source>
        <translation>โมเดล: คำตอบของโมเดลเมื่อถามว่าข้อความอ้างอิงรองรับประโยคที่น่าสงสัยหรือไม่ (การตรวจสอบอย่างละเอียด)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="122"/>
        <source>click a mark or a page reference to see the source</source>
        <translation>คลิกเครื่องหมายหรือการอ้างอิงหน้าเพื่อดูที่มา</translation>
    </message>
</context>
<context>
    <name>ServerSettingsBox</name>
    <message>
        <location filename="../../app/ui/server_settings.py" line="70"/>
        <source>Use my organisation&apos;s server</source>
        <translation>ใช้เซิร์ฟเวอร์ขององค์กรของฉัน</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="73"/>
        <source>the one it offers</source>
        <translation>โมเดลที่เซิร์ฟเวอร์มีให้</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="76"/>
        <source>kept in this computer&apos;s keychain</source>
        <translation>เก็บไว้ในที่เก็บรหัสผ่านของคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="77"/>
        <location filename="../../app/ui/server_settings.py" line="78"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="80"/>
        <source>the system&apos;s certificates</source>
        <translation>ใบรับรองของระบบ</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="83"/>
        <source>as the server says, else 1</source>
        <translation>ตามที่เซิร์ฟเวอร์แจ้ง หรือ 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="85"/>
        <source>How many parts of a document are sent to the server at once. Your IT team knows its share for this computer.</source>
        <translation>จำนวนส่วนของเอกสารที่ส่งไปยังเซิร์ฟเวอร์พร้อมกัน ทีมไอทีของคุณทราบส่วนแบ่งสำหรับคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="87"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="89"/>
        <source>Test connection</source>
        <translation>ทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="92"/>
        <source>Connection test result</source>
        <translation>ผลการทดสอบการเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="94"/>
        <source>The model then runs on that server: the text of your questions and documents is sent to it, and nothing else. Your conversations, documents and summaries stay on this computer. Applies at once.</source>
        <translation>จากนั้นโมเดลจะทำงานบนเซิร์ฟเวอร์นั้น: ข้อความในคำถามและเอกสารของคุณจะถูกส่งไปยังเซิร์ฟเวอร์ โดยไม่มีการส่งข้อมูลอื่นใด บทสนทนา เอกสาร และสรุปของคุณจะยังอยู่บนคอมพิวเตอร์เครื่องนี้ มีผลทันที</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="100"/>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="101"/>
        <source>Model name</source>
        <translation>ชื่อโมเดล</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="102"/>
        <source>Access token</source>
        <translation>โทเค็นการเข้าถึง</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="103"/>
        <source>…or from the variable</source>
        <translation>…หรือจากตัวแปร</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="107"/>
        <source>Certificates (PEM)</source>
        <translation>ใบรับรอง (PEM)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="108"/>
        <source>Requests at once</source>
        <translation>คำขอพร้อมกัน</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="123"/>
        <source>Set by your organisation&apos;s policy; it cannot be changed here.</source>
        <translation>กำหนดโดยนโยบายขององค์กรของคุณ ไม่สามารถเปลี่ยนแปลงที่นี่ได้</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="125"/>
        <source>Set by your organisation.</source>
        <translation>กำหนดโดยองค์กรของคุณ</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="135"/>
        <source>The organisation&apos;s certificates</source>
        <translation>ใบรับรองขององค์กร</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="137"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>ใบรับรอง (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="156"/>
        <source>Write the server&apos;s address first.</source>
        <translation>โปรดใส่ที่อยู่ของเซิร์ฟเวอร์ก่อน</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="159"/>
        <source>Asking {server}…</source>
        <translation>กำลังสอบถาม {server}…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="63"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="69"/>
        <source>Data folder</source>
        <translation>โฟลเดอร์ข้อมูล</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="69"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="71"/>
        <source>Log file</source>
        <translation>ไฟล์บันทึกการทำงาน</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="72"/>
        <source>Open folder</source>
        <translation>เปิดโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="74"/>
        <source>First model in the models folder</source>
        <translation>โมเดลแรกในโฟลเดอร์โมเดล</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="81"/>
        <source>Default model</source>
        <translation>โมเดลเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="83"/>
        <location filename="../../app/ui/dialogs.py" line="86"/>
        <source>Automatic</source>
        <translation>อัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="84"/>
        <source>Threads</source>
        <translation>เธรด</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="88"/>
        <source>Context length (tokens)</source>
        <translation>ความยาวบริบท (โทเค็น)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>System</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="95"/>
        <source>Theme</source>
        <translation>ธีม</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="97"/>
        <source>Same as the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="101"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="102"/>
        <source>Scans are read in</source>
        <translation>ภาษาที่ใช้อ่านภาพสแกน</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="104"/>
        <source>Enter sends (Shift+Enter for a new line)</source>
        <translation>กด Enter เพื่อส่ง (กด Shift+Enter เพื่อขึ้นบรรทัดใหม่)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="107"/>
        <source>Model, threads, context and language apply the next time the app starts.</source>
        <translation>การตั้งค่าโมเดล เธรด บริบท และภาษา จะมีผลเมื่อเปิดแอปครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="111"/>
        <source>Delete all conversations and summaries…</source>
        <translation>ลบบทสนทนาและสรุปทั้งหมด…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="122"/>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="123"/>
        <source>Organisation&apos;s server</source>
        <translation>เซิร์ฟเวอร์ขององค์กร</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="132"/>
        <source>Set by your organisation&apos;s policy; it cannot be changed here.</source>
        <translation>กำหนดโดยนโยบายขององค์กรของคุณ ไม่สามารถเปลี่ยนแปลงที่นี่ได้</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="137"/>
        <source>set by your organisation</source>
        <translation>กำหนดโดยองค์กรของคุณ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="145"/>
        <source>English, Malay, Indonesian and other Latin-script languages</source>
        <translation>ภาษาอังกฤษ มลายู อินโดนีเซีย และภาษาอื่นที่ใช้อักษรละติน</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="147"/>
        <source>Chinese (simplified and traditional)</source>
        <translation>ภาษาจีน (ตัวย่อและตัวเต็ม)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="148"/>
        <source>Japanese</source>
        <translation>ภาษาญี่ปุ่น</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="155"/>
        <source>Vietnamese is read only in part (letters with a hook or a dot below, and those with two marks, are missed); Thai, Khmer, Lao, Burmese and Arabic script are not read.</source>
        <translation>ภาษาเวียดนามอ่านได้เพียงบางส่วน (ตัวอักษรที่มีเครื่องหมายตะขอหรือจุดด้านล่าง และตัวอักษรที่มีเครื่องหมายสองตัวจะอ่านไม่ได้) ส่วนอักษรไทย เขมร ลาว พม่า และอาหรับ ไม่สามารถอ่านได้</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="201"/>
        <source>Delete everything?</source>
        <translation>ลบทั้งหมดหรือไม่</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="202"/>
        <source>This erases every conversation, every summary and the documents&apos; text that Offline Assistant kept, so that none of it can be recovered; backup copies of your data are re-made without it. Your own files and your models are not touched. This cannot be undone.</source>
        <translation>การดำเนินการนี้จะลบบทสนทนาทั้งหมด สรุปทั้งหมด และข้อความของเอกสารที่ Offline Assistant เก็บไว้อย่างถาวรจนไม่สามารถกู้คืนได้ และจะสร้างสำเนาสำรองข้อมูลของคุณใหม่โดยไม่มีข้อมูลดังกล่าว ไฟล์ของคุณเองและโมเดลจะไม่ได้รับผลกระทบ การดำเนินการนี้ไม่สามารถเลิกทำได้</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="33"/>
        <source>New chat</source>
        <translation>แชทใหม่</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="34"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>เริ่มบทสนทนาใหม่ (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="35"/>
        <source>Summarise documents…</source>
        <translation>สรุปเอกสาร…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="39"/>
        <source>Pick PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, web page, e-mail, Outlook, text or Markdown files (Ctrl+O), or drop them on the window; the Documents page (Ctrl+2) lists them and their summaries</source>
        <translation>เลือกไฟล์ PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, หน้าเว็บ, อีเมล, Outlook, ไฟล์ข้อความ หรือ Markdown (Ctrl+O) หรือลากมาวางบนหน้าต่าง หน้า “เอกสาร” (Ctrl+2) จะแสดงรายการไฟล์และสรุปของไฟล์เหล่านั้น</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <source>Search all conversations (Ctrl+F)</source>
        <translation>ค้นหาในบทสนทนาทั้งหมด (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="43"/>
        <source>Search conversations</source>
        <translation>ค้นหาบทสนทนา</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="46"/>
        <source>Conversations</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="53"/>
        <source>&lt;b&gt;Conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;บทสนทนา&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="71"/>
        <source>No conversations yet: type a question below.</source>
        <translation>ยังไม่มีบทสนทนา: พิมพ์คำถามด้านล่างเพื่อเริ่มต้น</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="75"/>
        <source>Nothing found.</source>
        <translation>ไม่พบรายการที่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="84"/>
        <source>Unpin</source>
        <translation>เลิกปักหมุด</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="84"/>
        <source>Pin</source>
        <translation>ปักหมุด</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="85"/>
        <source>Rename…</source>
        <translation>เปลี่ยนชื่อ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="86"/>
        <source>Export as Markdown…</source>
        <translation>ส่งออกเป็น Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="87"/>
        <source>Export as JSON…</source>
        <translation>ส่งออกเป็น JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="88"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/ui/asking.py" line="56"/>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="32"/>
        <source>Source page</source>
        <translation>หน้าที่มา</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="50"/>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="51"/>
        <source>Click a mark (✓, ◐) or a page reference after a sentence to see the passage of the document it comes from.</source>
        <translation>คลิกเครื่องหมาย (✓, ◐) หรือการอ้างอิงหน้าท้ายประโยค เพื่อดูข้อความในเอกสารที่เป็นที่มาของประโยคนั้น</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="56"/>
        <source>Page {number}</source>
        <translation>หน้า {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="61"/>
        <source>Source: {page}</source>
        <translation>ที่มา: {page}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="67"/>
        <source>The shaded passage supports “{sentence}” — the words in bold are the ones they share.</source>
        <translation>ข้อความที่แรเงาไว้รองรับ “{sentence}” — คำที่เป็นตัวหนาคือคำที่ปรากฏในทั้งสองส่วน</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="88"/>
        <source>Source: {reference}</source>
        <translation>ที่มา: {reference}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="89"/>
        <source>The document&apos;s own text at {reference}:</source>
        <translation>ข้อความต้นฉบับของเอกสารที่ {reference}:</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="94"/>
        <source>That part of the document has no text.</source>
        <translation>ส่วนนั้นของเอกสารไม่มีข้อความ</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <location filename="../../app/ui/status.py" line="40"/>
        <source>Tokens per second of the last answers</source>
        <translation>จำนวนโทเค็นต่อวินาทีของคำตอบล่าสุด</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/startup.py" line="49"/>
        <source>Encrypting your data, as your organisation requires. Please wait…
{step}</source>
        <translation>กำลังเข้ารหัสข้อมูลของคุณตามข้อกำหนดขององค์กร โปรดรอสักครู่…
{step}</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="100"/>
        <source>Offline Assistant could not open your data:
{message}</source>
        <translation>Offline Assistant ไม่สามารถเปิดข้อมูลของคุณได้:
{message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="108"/>
        <source>A summary started from the command line (process {pid}) is running on this data folder. Summaries here start when it has finished.</source>
        <translation>มีการสรุปที่เริ่มจากบรรทัดคำสั่ง (โปรเซส {pid}) กำลังทำงานกับโฟลเดอร์ข้อมูลนี้ การสรุปในแอปจะเริ่มเมื่อการสรุปนั้นเสร็จสิ้น</translation>
    </message>
</context>
<context>
    <name>SummaryChoices</name>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="29"/>
        <source>Summary style</source>
        <translation>รูปแบบการสรุป</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="33"/>
        <source>Summary language</source>
        <translation>ภาษาของสรุป</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="34"/>
        <source>Same as the document</source>
        <translation>ภาษาเดียวกับเอกสาร</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="42"/>
        <source>Summary &amp;style:</source>
        <translation>รูปแบบการสรุป (&amp;S):</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="43"/>
        <source>&amp;Language:</source>
        <translation>ภาษา (&amp;L):</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="53"/>
        <source>Ask…</source>
        <translation>ถาม…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="57"/>
        <source>Ask questions about the selected documents (Ctrl+click to select several): the answers come from their pages, with page references</source>
        <translation>ถามคำถามเกี่ยวกับเอกสารที่เลือก (Ctrl+คลิก เพื่อเลือกหลายรายการ): คำตอบจะมาจากหน้าของเอกสารเหล่านั้น พร้อมการอ้างอิงหน้า</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="59"/>
        <source>&amp;Thorough check</source>
        <translation>ตรวจสอบอย่างละเอียด (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="62"/>
        <source>After summarising, ask the model whether the passage behind each doubtful sentence really supports it. Slower: one short question per such sentence, counted in the time left.</source>
        <translation>หลังจากสรุปเสร็จ จะถามโมเดลว่าข้อความอ้างอิงของประโยคที่น่าสงสัยแต่ละประโยครองรับประโยคนั้นจริงหรือไม่ ใช้เวลานานขึ้น: ถามสั้น ๆ หนึ่งคำถามต่อประโยคดังกล่าว ซึ่งนับรวมในเวลาที่เหลือแล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="65"/>
        <source>&amp;Fast reading</source>
        <translation>อ่านแบบเร็ว (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="83"/>
        <source>English</source>
        <translation>ภาษาอังกฤษ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="83"/>
        <source>Bahasa Indonesia</source>
        <translation>ภาษาอินโดนีเซีย</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="84"/>
        <source>Bahasa Melayu</source>
        <translation>ภาษามลายู</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="84"/>
        <source>Thai</source>
        <translation>ภาษาไทย</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="85"/>
        <source>Vietnamese</source>
        <translation>ภาษาเวียดนาม</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="85"/>
        <source>Chinese</source>
        <translation>ภาษาจีน</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="86"/>
        <source>Filipino</source>
        <translation>ภาษาฟิลิปิโน</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="86"/>
        <source>French</source>
        <translation>ภาษาฝรั่งเศส</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="87"/>
        <source>Spanish</source>
        <translation>ภาษาสเปน</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="97"/>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>กำหนดโดยนโยบายขององค์กรของคุณ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="111"/>
        <source>{reader}, a small model, reads the pages into notes and the main model writes the summary from them: several times faster on long documents, though the notes may miss details the main model would keep. Unchecked: Thorough reading, the main model reads every page.</source>
        <translation>{reader} ซึ่งเป็นโมเดลขนาดเล็ก จะอ่านหน้าต่าง ๆ แล้วจดเป็นบันทึก จากนั้นโมเดลหลักจะเขียนสรุปจากบันทึกนั้น: เร็วขึ้นหลายเท่าสำหรับเอกสารยาว แต่บันทึกอาจตกหล่นรายละเอียดที่โมเดลหลักจะเก็บไว้ได้ หากไม่เลือก: ใช้การอ่านแบบละเอียด โดยโมเดลหลักจะอ่านทุกหน้า</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="117"/>
        <source>Fast reading needs a small model in the library, next to the main one.</source>
        <translation>ต้องมีโมเดลขนาดเล็กในคลังโมเดล: การอ่านแบบเร็วใช้โมเดลนี้ควบคู่กับโมเดลหลัก</translation>
    </message>
</context>
<context>
    <name>SummaryProgress</name>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="26"/>
        <source>measuring speed…</source>
        <translation>กำลังวัดความเร็ว…</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="27"/>
        <source>{time} left</source>
        <translation>เหลือเวลา {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="34"/>
        <source>measuring…</source>
        <translation>กำลังวัด…</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="37"/>
        <source>under a minute</source>
        <translation>ไม่ถึงหนึ่งนาที</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="40"/>
        <source>about {hours} h {minutes} min</source>
        <translation>ประมาณ {hours} ชม. {minutes} นาที</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="42"/>
        <source>about {minutes} min</source>
        <translation>ประมาณ {minutes} นาที</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="52"/>
        <source>Picking up where it stopped</source>
        <translation>กำลังทำต่อจากจุดที่หยุดไว้</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="55"/>
        <source>Reading the file</source>
        <translation>กำลังอ่านไฟล์</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="80"/>
        <source>Waiting for the model</source>
        <translation>กำลังรอโมเดล</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="90"/>
        <source>Reading p. {page} (scanned)</source>
        <translation>กำลังอ่านหน้า {page} (ภาพสแกน)</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="98"/>
        <source>Checking sentence {n} of {total}</source>
        <translation>กำลังตรวจสอบประโยคที่ {n} จาก {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="102"/>
        <source>Reading {pages}</source>
        <translation>กำลังอ่าน {pages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="110"/>
        <source>Writing the summary of {pages}</source>
        <translation>กำลังเขียนสรุปของ {pages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="118"/>
        <source>Adding page references</source>
        <translation>กำลังเพิ่มการอ้างอิงหน้า</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="123"/>
        <source>Combining parts</source>
        <translation>กำลังรวมส่วนต่าง ๆ</translation>
    </message>
</context>
<context>
    <name>SummaryQueue</name>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="84"/>
        <source>No PDF, Word, OpenDocument, Rich Text, Excel, PowerPoint, web page, e-mail, Outlook, text or Markdown files were found there.</source>
        <translation>ไม่พบไฟล์ PDF, Word, OpenDocument, Rich Text, Excel, PowerPoint, หน้าเว็บ, อีเมล, Outlook, ไฟล์ข้อความ หรือ Markdown ในตำแหน่งนั้น</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="152"/>
        <source>Summary erased.</source>
        <translation>ลบสรุปแล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="242"/>
        <source>Summary of {name} saved.</source>
        <translation>บันทึกสรุปของ {name} แล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="249"/>
        <source>{name}: the organisation&apos;s server does not answer. The summary is paused with its finished parts kept, and carries on by itself once the server answers again.</source>
        <translation>{name}: เซิร์ฟเวอร์ขององค์กรไม่ตอบสนอง การสรุปถูกหยุดชั่วคราวโดยเก็บส่วนที่เสร็จแล้วไว้ และจะทำต่อเองเมื่อเซิร์ฟเวอร์ตอบสนองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="264"/>
        <source>The organisation&apos;s server answers again: the paused summaries carry on.</source>
        <translation>เซิร์ฟเวอร์ขององค์กรตอบสนองอีกครั้งแล้ว: การสรุปที่หยุดชั่วคราวจะทำต่อ</translation>
    </message>
</context>
<context>
    <name>SummaryReader</name>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="59"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="61"/>
        <source>Select a document in the list above to read its summary.</source>
        <translation>เลือกเอกสารในรายการด้านบนเพื่ออ่านสรุป</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="64"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="65"/>
        <source>Save this summary with where it came from as a Word (DOCX), PDF or Markdown file</source>
        <translation>บันทึกสรุปนี้พร้อมแหล่งที่มาเป็นไฟล์ Word (DOCX), PDF หรือ Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="67"/>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="68"/>
        <source>Print this summary with each sentence&apos;s source and the claims not found in the document</source>
        <translation>พิมพ์สรุปนี้พร้อมที่มาของแต่ละประโยค และข้อความที่ไม่พบในเอกสาร</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="70"/>
        <source>Copy</source>
        <translation>คัดลอก</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="71"/>
        <source>Copy this summary with its sources as formatted text, to paste into a letter or an e-mail</source>
        <translation>คัดลอกสรุปนี้พร้อมที่มาเป็นข้อความที่จัดรูปแบบแล้ว เพื่อนำไปวางในจดหมายหรืออีเมล</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="102"/>
        <source>Your organisation does not allow exporting summaries</source>
        <translation>องค์กรของคุณไม่อนุญาตให้ส่งออกสรุป</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="140"/>
        <source>This document is being summarised. Now: {step}. The summary appears here when it is done.</source>
        <translation>กำลังสรุปเอกสารนี้ ขณะนี้: {step} สรุปจะแสดงที่นี่เมื่อเสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="143"/>
        <source>Waiting: this document is summarised when the ones before it are done.</source>
        <translation>กำลังรอ: เอกสารนี้จะได้รับการสรุปเมื่อเอกสารก่อนหน้าเสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="146"/>
        <source>This file could not be read.

{why}</source>
        <translation>ไม่สามารถอ่านไฟล์นี้ได้

{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="147"/>
        <source>paused</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="147"/>
        <source>stopped by an error</source>
        <translation>หยุดเนื่องจากเกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="148"/>
        <source>cancelled</source>
        <translation>ถูกยกเลิก</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="149"/>
        <source>interrupted (the app closed while it ran)</source>
        <translation>ถูกขัดจังหวะ (แอปถูกปิดระหว่างทำงาน)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents/summary_reader.py" line="150"/>
        <source>This summary is {status}: {done} of %n part(s) are done and kept.</source>
        <translation>
            <numerusform>สรุปนี้{status}: เสร็จและเก็บไว้แล้ว {done} จาก %n ส่วน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="154"/>
        <source>Click “Resume” to finish it.</source>
        <translation>คลิก “ทำต่อ” เพื่อสรุปให้เสร็จ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="190"/>
        <source>No passage of the document supports this sentence. Check it before you rely on it.</source>
        <translation>ไม่มีข้อความใดในเอกสารที่รองรับประโยคนี้ โปรดตรวจสอบก่อนนำไปใช้</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="223"/>
        <source>Word document</source>
        <translation>เอกสาร Word</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="224"/>
        <source>PDF document</source>
        <translation>เอกสาร PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="225"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="228"/>
        <source>Export the summary</source>
        <translation>ส่งออกสรุป</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="244"/>
        <source>Saved {path}</source>
        <translation>บันทึก {path} แล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="261"/>
        <source>Sent to {printer}</source>
        <translation>ส่งไปยัง {printer} แล้ว</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="276"/>
        <source>The summary and its sources are copied</source>
        <translation>คัดลอกสรุปพร้อมที่มาแล้ว</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../../app/ui/transcript.py" line="64"/>
        <source>Conversation</source>
        <translation>บทสนทนา</translation>
    </message>
    <message>
        <location filename="../../app/ui/transcript.py" line="87"/>
        <source>You</source>
        <translation>คุณ</translation>
    </message>
    <message>
        <location filename="../../app/ui/transcript.py" line="87"/>
        <source>Assistant</source>
        <translation>ผู้ช่วย</translation>
    </message>
    <message>
        <location filename="../../app/ui/transcript.py" line="88"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="69"/>
        <source>Not found in the document</source>
        <translation>ไม่พบในเอกสาร</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="70"/>
        <source>check these before you rely on them:</source>
        <translation>โปรดตรวจสอบรายการเหล่านี้ก่อนนำไปใช้:</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="75"/>
        <source>Summary of {name}</source>
        <translation>สรุปของ {name}</translation>
    </message>
</context>
</TS>
