<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>About</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="226"/>
        <source>Chat and document summaries with a language model that runs on this computer. Nothing you type or open is sent anywhere.</source>
        <translation>Trò chuyện và tóm tắt tài liệu bằng mô hình ngôn ngữ chạy ngay trên máy tính này. Mọi nội dung bạn nhập hoặc mở đều không được gửi đi đâu cả.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="229"/>
        <source>Model: {model}</source>
        <translation>Mô hình: {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="230"/>
        <source>none loaded</source>
        <translation>chưa tải mô hình nào</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="231"/>
        <source>llama.cpp via llama-cpp-python {version}</source>
        <translation>llama.cpp qua llama-cpp-python {version}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="233"/>
        <source>&lt;b&gt;Licences&lt;/b&gt;: Offline Assistant — Apache-2.0; llama.cpp and llama-cpp-python — MIT; Qt for Python — LGPL-3.0; pypdfium2 — Apache-2.0/BSD-3-Clause; the demo model SmolLM2-135M-Instruct — Apache-2.0. A model you add keeps its own licence: see `offline-assistant models`.</source>
        <translation>&lt;b&gt;Giấy phép&lt;/b&gt;: Offline Assistant — Apache-2.0; llama.cpp và llama-cpp-python — MIT; Qt for Python — LGPL-3.0; pypdfium2 — Apache-2.0/BSD-3-Clause; mô hình minh họa SmolLM2-135M-Instruct — Apache-2.0. Mô hình bạn thêm vào vẫn giữ giấy phép riêng của nó: xem `offline-assistant models`.</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../app/ui/background.py" line="68"/>
        <source>Show Offline Assistant</source>
        <translation>Hiển thị Offline Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="69"/>
        <location filename="../../app/ui/background.py" line="171"/>
        <source>Stop and quit</source>
        <translation>Dừng và thoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="93"/>
        <source>{percent} % · {app}</source>
        <translation>{percent}% · {app}</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="109"/>
        <source>Summary ready</source>
        <translation>Bản tóm tắt đã sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="110"/>
        <source>{name} is summarised.</source>
        <translation>{name} đã được tóm tắt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="112"/>
        <source>Summaries ready</source>
        <translation>Các bản tóm tắt đã sẵn sàng</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/background.py" line="113"/>
        <source>%n document(s) summarised</source>
        <translation>
            <numerusform>Đã tóm tắt %n tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/background.py" line="115"/>
        <source>%n could not be summarised</source>
        <translation>
            <numerusform>%n tài liệu không tóm tắt được</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="120"/>
        <source>The document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="163"/>
        <source>Documents are still being summarised.</source>
        <translation>Các tài liệu vẫn đang được tóm tắt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="164"/>
        <source>in the system tray</source>
        <translation>ở khay hệ thống</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="165"/>
        <source>minimised in the task bar</source>
        <translation>thu nhỏ trên thanh tác vụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="167"/>
        <source>Keep summarising in the background ({where}) and be told when they are done, or stop now: a stopped summary carries on from its last finished part the next time you open Offline Assistant.</source>
        <translation>Tiếp tục tóm tắt trong nền ({where}) và nhận thông báo khi tất cả hoàn tất, hoặc dừng ngay bây giờ: bản tóm tắt bị dừng sẽ tiếp tục từ phần đã xong gần nhất vào lần tới bạn mở Offline Assistant.</translation>
    </message>
    <message>
        <location filename="../../app/ui/background.py" line="170"/>
        <source>Keep summarising</source>
        <translation>Tiếp tục tóm tắt</translation>
    </message>
</context>
<context>
    <name>Branches</name>
    <message>
        <location filename="../../app/ui/branches.py" line="59"/>
        <source>Regenerate answer</source>
        <translation>Tạo lại câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="61"/>
        <source>Ask again for the last question; the answer you have now is kept as a version</source>
        <translation>Hỏi lại câu hỏi cuối cùng; câu trả lời hiện tại được giữ lại thành một phiên bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="73"/>
        <source>&lt;b&gt;Editing your message&lt;/b&gt; — Send to branch, Esc to cancel. The earlier version stays as it was.</source>
        <translation>&lt;b&gt;Đang sửa tin nhắn của bạn&lt;/b&gt; — nhấn Gửi để tạo nhánh mới, Esc để hủy. Phiên bản trước vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="75"/>
        <source>Cancel edit</source>
        <translation>Hủy sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="244"/>
        <source>Editing…</source>
        <translation>Đang sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="247"/>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/branches.py" line="249"/>
        <source>Regenerate</source>
        <translation>Tạo lại</translation>
    </message>
</context>
<context>
    <name>ChatOptions</name>
    <message>
        <location filename="../../app/ui/chat_options.py" line="37"/>
        <source>Ready prompts</source>
        <translation>Lời nhắc soạn sẵn</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="38"/>
        <source>Ready prompts…</source>
        <translation>Lời nhắc soạn sẵn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="42"/>
        <source>Continue in a new chat with a summary</source>
        <translation>Tiếp tục trong cuộc trò chuyện mới kèm bản tóm tắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="85"/>
        <source>This conversation uses {used} of the {limit} tokens the model can keep in mind. Soon it will not fit.</source>
        <translation>Cuộc trò chuyện này đã dùng {used} trong số {limit} token mà mô hình có thể ghi nhớ. Sắp tới sẽ không còn đủ chỗ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="90"/>
        <source>{reason} You can continue in a new chat that starts from a summary of this one.</source>
        <translation>{reason} Bạn có thể tiếp tục trong một cuộc trò chuyện mới, bắt đầu từ bản tóm tắt của cuộc trò chuyện này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/chat_options.py" line="103"/>
        <source>Here is our earlier conversation. Summarise it in a few sentences, keeping every name, number and decision, so that we can continue from the summary:

</source>
        <translation>Đây là cuộc trò chuyện trước đó của chúng ta. Hãy tóm tắt trong vài câu, giữ lại mọi tên, con số và quyết định, để chúng ta có thể tiếp tục từ bản tóm tắt:

</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="37"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="62"/>
        <source>Rename conversation</source>
        <translation>Đổi tên cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="63"/>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="77"/>
        <source>Conversation deleted.</source>
        <translation>Đã xóa cuộc trò chuyện.</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="94"/>
        <source>Conversation restored.</source>
        <translation>Đã khôi phục cuộc trò chuyện.</translation>
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
        <translation>Xuất cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_actions.py" line="118"/>
        <source>Saved {path}.</source>
        <translation>Đã lưu {path}.</translation>
    </message>
</context>
<context>
    <name>ConversationSettingsDialog</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="46"/>
        <source>Conversation settings</source>
        <translation>Cài đặt cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="49"/>
        <source>Instructions the assistant follows in this conversation, e.g. “Answer in Bahasa Malaysia, in at most three sentences.”</source>
        <translation>Chỉ dẫn mà trợ lý tuân theo trong cuộc trò chuyện này, ví dụ: “Trả lời bằng tiếng Việt, tối đa ba câu.”</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="54"/>
        <source>Lower: more predictable; higher: more varied</source>
        <translation>Thấp hơn: dễ đoán hơn; cao hơn: đa dạng hơn</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="60"/>
        <source>Instructions</source>
        <translation>Chỉ dẫn</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="61"/>
        <source>Temperature</source>
        <translation>Nhiệt độ</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="62"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="63"/>
        <source>Longest answer (tokens)</source>
        <translation>Độ dài tối đa của câu trả lời (token)</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="64"/>
        <source>Reset to defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>DataProblemDialog</name>
    <message>
        <location filename="../../app/ui/data_problem.py" line="40"/>
        <source>Your data file is in use by another program.</source>
        <translation>Tệp dữ liệu của bạn đang được một chương trình khác sử dụng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="42"/>
        <source>{path}

Waited a few seconds for it to be free. Close the other program (or wait for it to finish), then try again.</source>
        <translation>{path}

Đã chờ vài giây nhưng tệp vẫn đang bị chiếm dụng. Hãy đóng chương trình kia (hoặc chờ chương trình đó chạy xong), rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="44"/>
        <location filename="../../app/ui/data_problem.py" line="51"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="46"/>
        <source>The data folder is read-only.</source>
        <translation>Thư mục dữ liệu chỉ cho phép đọc.</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="48"/>
        <source>Offline Assistant keeps your conversations and summaries in:
{folder}

{where} cannot be written to. Make it writable (or ask IT), then try again.</source>
        <translation>Offline Assistant lưu các cuộc trò chuyện và bản tóm tắt của bạn tại:
{folder}

Không thể ghi vào {where}. Hãy cấp quyền ghi (hoặc nhờ bộ phận IT), rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="53"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="58"/>
        <source>Your data file is damaged.</source>
        <translation>Tệp dữ liệu của bạn bị hỏng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="60"/>
        <source>{path}

Moving it aside keeps it, renamed with today&apos;s date, in the same folder; Offline Assistant then starts with an empty file.</source>
        <translation>{path}

Nếu để riêng tệp này ra, tệp vẫn được giữ trong cùng thư mục và được đổi tên kèm ngày hôm nay; sau đó Offline Assistant bắt đầu với một tệp trống.</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="63"/>
        <source>Move it aside and start fresh</source>
        <translation>Để riêng tệp cũ và bắt đầu lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/data_problem.py" line="69"/>
        <source>Restore the last backup ({date})</source>
        <translation>Khôi phục bản sao lưu gần nhất ({date})</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <location filename="../../app/ui/document_picker.py" line="27"/>
        <source>Ask about documents</source>
        <translation>Hỏi về tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_picker.py" line="30"/>
        <source>Documents to ask about</source>
        <translation>Tài liệu cần hỏi</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_picker.py" line="33"/>
        <source>Ask them</source>
        <translation>Bắt đầu hỏi</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_picker.py" line="48"/>
        <source>No document can be asked yet. Add documents on the Documents page (Ctrl+2): once a document has been read, its questions can be asked here.</source>
        <translation>Chưa có tài liệu nào để hỏi. Hãy thêm tài liệu ở trang Tài liệu (Ctrl+2): khi một tài liệu đã được đọc xong, bạn có thể đặt câu hỏi về tài liệu đó tại đây.</translation>
    </message>
    <message>
        <location filename="../../app/ui/document_picker.py" line="53"/>
        <source>Tick the documents the answers should come from (a folder: all of its documents). Every question in this conversation is then answered from their pages only, with the page each answer comes from.</source>
        <translation>Đánh dấu các tài liệu làm nguồn cho câu trả lời (đánh dấu một thư mục: chọn mọi tài liệu trong đó). Khi đó, mọi câu hỏi trong cuộc trò chuyện này chỉ được trả lời dựa trên các trang của những tài liệu ấy, kèm số trang của từng câu trả lời.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/document_picker.py" line="64"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentQuestions</name>
    <message>
        <location filename="../../app/ui/asking.py" line="92"/>
        <location filename="../../app/ui/asking.py" line="95"/>
        <source>Ask about documents…</source>
        <translation>Hỏi về tài liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="98"/>
        <source>Answer the questions of this conversation from documents you have added, with the page each answer comes from (Ctrl+Shift+A)</source>
        <translation>Trả lời các câu hỏi trong cuộc trò chuyện này dựa trên tài liệu bạn đã thêm, kèm số trang của từng câu trả lời (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="192"/>
        <source>Questions about {name}</source>
        <translation>Câu hỏi về {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/asking.py" line="193"/>
        <source>Questions about {name} and %n more</source>
        <translation>
            <numerusform>Câu hỏi về {name} và %n tài liệu khác</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="227"/>
        <source>Answers from: {names} &amp;nbsp; &lt;a href=&apos;change&apos;&gt;Change documents…&lt;/a&gt; &amp;nbsp; &lt;a href=&apos;plain&apos;&gt;Back to plain chat&lt;/a&gt;&lt;br&gt;Every answer is taken from the pages of these documents only, with the page it comes from. ✓ supported · ◐ partly · ✗ not found in the documents — click a page reference or a mark to see the passage.</source>
        <translation>Trả lời dựa trên: {names} &amp;nbsp; &lt;a href=&apos;change&apos;&gt;Đổi tài liệu…&lt;/a&gt; &amp;nbsp; &lt;a href=&apos;plain&apos;&gt;Quay lại trò chuyện thông thường&lt;/a&gt;&lt;br&gt;Mọi câu trả lời chỉ lấy từ các trang của những tài liệu này, kèm số trang nguồn. ✓ có căn cứ · ◐ có căn cứ một phần · ✗ không có trong tài liệu — bấm vào tham chiếu trang hoặc vào dấu để xem đoạn trích.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="234"/>
        <source>Ask a question about {names} below: what it says, where, and when. If the documents do not say, the answer says so.</source>
        <translation>Hãy đặt câu hỏi về {names} ở ô bên dưới: tài liệu nói gì, ở đâu và khi nào. Nếu tài liệu không đề cập, câu trả lời sẽ nói rõ điều đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="310"/>
        <source>No passage of the documents is about this question, so the model was not asked: nothing was made up.</source>
        <translation>Không có đoạn nào trong tài liệu liên quan đến câu hỏi này, nên mô hình không được hỏi: không có nội dung nào bị bịa ra.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="314"/>
        <source>a figure</source>
        <translation>một con số</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="314"/>
        <source>a date</source>
        <translation>một ngày tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="315"/>
        <source>a name</source>
        <translation>một cái tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="317"/>
        <source>The question asks for {what}, and this answer gives none that the passages about it state: the documents may not say. Check the pages before you rely on it.</source>
        <translation>Câu hỏi yêu cầu {what}, nhưng câu trả lời này không đưa ra thông tin nào như vậy mà các đoạn tài liệu nói về câu hỏi này nêu ra: có thể tài liệu không đề cập. Hãy kiểm tra các trang trước khi dựa vào câu trả lời.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="326"/>
        <source>No passage the model was given says this. Check it before you rely on it.</source>
        <translation>Không đoạn trích nào được cung cấp cho mô hình nói điều này. Hãy kiểm tra lại trước khi dựa vào nội dung này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="329"/>
        <source>Partly supported by {where}: some of it is not in that passage.</source>
        <translation>Có căn cứ một phần ở {where}: một số nội dung không có trong đoạn trích đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="332"/>
        <source>Supported by {where}.</source>
        <translation>Có căn cứ ở {where}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="333"/>
        <source>“{claim}” is not in the passages given.</source>
        <translation>“{claim}” không có trong các đoạn trích được cung cấp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="336"/>
        <source>Click to see the passage.</source>
        <translation>Bấm để xem đoạn trích.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="357"/>
        <source>No page of the documents supports this sentence. Check it before you rely on it.</source>
        <translation>Không trang nào trong tài liệu làm căn cứ cho câu này. Hãy kiểm tra lại trước khi dựa vào nội dung này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/asking.py" line="361"/>
        <source>Source: {document}</source>
        <translation>Nguồn: {document}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../app/ui/documents/page.py" line="85"/>
        <source>No documents yet — drop files here or click Add files…</source>
        <translation>Chưa có tài liệu nào — hãy thả tệp vào đây hoặc bấm Thêm tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="168"/>
        <source>Summarise documents</source>
        <translation>Tóm tắt tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="169"/>
        <source>Documents ({pattern})</source>
        <translation>Tài liệu ({pattern})</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="174"/>
        <source>Summarise a folder</source>
        <translation>Tóm tắt một thư mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="184"/>
        <source>&quot;{name}&quot; was not read: it needs its password.</source>
        <translation>“{name}” chưa được đọc: tệp này cần mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="229"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="229"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="230"/>
        <source>Resume</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="230"/>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="231"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="232"/>
        <source>Pause; the parts already done are kept</source>
        <translation>Tạm dừng; các phần đã xong được giữ lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="233"/>
        <source>Stop this summary; the parts already done are kept</source>
        <translation>Dừng bản tóm tắt này; các phần đã xong được giữ lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="234"/>
        <source>Finish this summary; the parts already done are not summarised again</source>
        <translation>Hoàn tất bản tóm tắt này; các phần đã xong sẽ không bị tóm tắt lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="236"/>
        <source>Take this document out of the queue</source>
        <translation>Đưa tài liệu này ra khỏi hàng đợi</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="237"/>
        <source>Erase this summary and the document&apos;s text kept for it</source>
        <translation>Xóa bản tóm tắt này và văn bản của tài liệu được lưu cho bản tóm tắt đó</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="245"/>
        <source>{action} {document}</source>
        <translation>{action} {document}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="254"/>
        <source>Delete this summary?</source>
        <translation>Xóa bản tóm tắt này?</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/page.py" line="255"/>
        <source>This erases the summary of {name} and the text of the document that Offline Assistant kept for it (unless another summary uses it), so that it cannot be recovered; backup copies of your data are re-made without it. The file itself is not touched. This cannot be undone.</source>
        <translation>Thao tác này xóa bản tóm tắt của {name} và văn bản của tài liệu mà Offline Assistant đã lưu cho bản tóm tắt đó (trừ khi một bản tóm tắt khác đang dùng), để không thể khôi phục được nữa; các bản sao lưu dữ liệu của bạn sẽ được tạo lại mà không có nội dung này. Bản thân tệp gốc không bị ảnh hưởng. Không thể hoàn tác thao tác này.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="18"/>
        <source>Drop PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, web page, e-mail, Outlook, text or Markdown files, scans (PNG, JPEG, TIFF), or folders here</source>
        <translation>Thả vào đây các tệp PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, trang web, email, Outlook, văn bản thuần hoặc Markdown, bản quét (PNG, JPEG, TIFF) hoặc thư mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="21"/>
        <source>Add files…</source>
        <translation>Thêm tệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="22"/>
        <source>Pick documents to summarise (Ctrl+O)</source>
        <translation>Chọn tài liệu để tóm tắt (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="23"/>
        <source>Add folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/drop_zone.py" line="26"/>
        <source>Summarise every document in a folder and its subfolders</source>
        <translation>Tóm tắt mọi tài liệu trong một thư mục và các thư mục con của nó</translation>
    </message>
</context>
<context>
    <name>JobTable</name>
    <message>
        <location filename="../../app/ui/job_table.py" line="17"/>
        <source>Short brief</source>
        <translation>Tóm tắt ngắn</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="18"/>
        <source>Key points</source>
        <translation>Các ý chính</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="19"/>
        <source>Key facts (table)</source>
        <translation>Thông tin chính (bảng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="20"/>
        <source>Action items</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="24"/>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="25"/>
        <source>Running</source>
        <translation>Đang chạy</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="26"/>
        <source>Paused</source>
        <translation>Đã tạm dừng</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="27"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="28"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="29"/>
        <source>Done</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="30"/>
        <source>Interrupted</source>
        <translation>Bị gián đoạn</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <location filename="../../app/ui/job_table.py" line="39"/>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="39"/>
        <source>Style</source>
        <translation>Dạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="39"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="39"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../app/ui/job_table.py" line="40"/>
        <source>Time left</source>
        <translation>Thời gian còn lại</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/job_table.py" line="104"/>
        <source>{done} / %n part(s)</source>
        <translation>
            <numerusform>{done} / %n phần</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>&lt;h3&gt;Welcome to Offline Assistant&lt;/h3&gt;Ask a question below. To summarise documents, open the &lt;b&gt;Documents&lt;/b&gt; page (Ctrl+2) or drop PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, web page, e-mail, Outlook, text or Markdown files, scans (PNG, JPEG, TIFF) — or a whole folder — on this window.&lt;br&gt;&lt;br&gt;Everything stays on this computer: nothing you type or open is sent anywhere.</source>
        <translation>&lt;h3&gt;Chào mừng bạn đến với Offline Assistant&lt;/h3&gt;Hãy đặt câu hỏi ở ô bên dưới. Để tóm tắt tài liệu, hãy mở trang &lt;b&gt;Tài liệu&lt;/b&gt; (Ctrl+2) hoặc thả các tệp PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, trang web, email, Outlook, văn bản thuần hoặc Markdown, bản quét (PNG, JPEG, TIFF) — hay cả một thư mục — vào cửa sổ này.&lt;br&gt;&lt;br&gt;Mọi thứ đều nằm trên máy tính này: không nội dung nào bạn nhập hoặc mở được gửi đi đâu cả.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>&lt;b&gt;Model:&lt;/b&gt; {model}</source>
        <translation>&lt;b&gt;Mô hình:&lt;/b&gt; {model}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>&lt;b&gt;Your data:&lt;/b&gt; {folder}</source>
        <translation>&lt;b&gt;Dữ liệu của bạn:&lt;/b&gt; {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>Type your question… (Ctrl+Enter to send)</source>
        <translation>Nhập câu hỏi của bạn… (Ctrl+Enter để gửi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>Message</source>
        <translation>Tin nhắn</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="129"/>
        <source>Send</source>
        <translation>Gửi</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Gửi (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="131"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="134"/>
        <source>Stop the answer (Esc)</source>
        <translation>Dừng câu trả lời (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <location filename="../../app/ui/window_menus.py" line="44"/>
        <source>Chat</source>
        <translation>Trò chuyện</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <location filename="../../app/ui/window_menus.py" line="46"/>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Chat with the model (Ctrl+1)</source>
        <translation>Trò chuyện với mô hình (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Summarise documents and read their summaries (Ctrl+2)</source>
        <translation>Tóm tắt tài liệu và đọc các bản tóm tắt (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="22"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="23"/>
        <source>New chat</source>
        <translation>Cuộc trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="25"/>
        <source>Summarise documents…</source>
        <translation>Tóm tắt tài liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="28"/>
        <source>Recent documents</source>
        <translation>Tài liệu gần đây</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="31"/>
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="34"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="36"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="37"/>
        <source>Search conversations</source>
        <translation>Tìm kiếm cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="39"/>
        <source>Conversation settings…</source>
        <translation>Cài đặt cuộc trò chuyện…</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="43"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="48"/>
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="49"/>
        <location filename="../../app/ui/window_menus.py" line="72"/>
        <source>About Offline Assistant</source>
        <translation>Giới thiệu về Offline Assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_menus.py" line="61"/>
        <source>No summaries yet</source>
        <translation>Chưa có bản tóm tắt nào</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>Locked by your organisation&apos;s policy: see the message above.</source>
        <translation>Đã bị khóa theo chính sách của tổ chức bạn: xem thông báo ở trên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>No model loaded</source>
        <translation>Chưa tải mô hình</translation>
    </message>
</context>
<context>
    <name>Markdown</name>
    <message>
        <location filename="../../app/ui/markdown.py" line="36"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
</context>
<context>
    <name>ModelLibrary</name>
    <message>
        <location filename="../../app/ui/model_library.py" line="106"/>
        <source>Models…</source>
        <translation>Mô hình…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="186"/>
        <source>{name} will load as soon as the current answer or summary is finished.</source>
        <translation>{name} sẽ được tải ngay khi câu trả lời hoặc bản tóm tắt hiện tại hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="189"/>
        <source>Loading {name}…</source>
        <translation>Đang tải {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="210"/>
        <source>{name} is loaded and will be used from now on.</source>
        <translation>Đã tải {name}; mô hình này sẽ được dùng từ bây giờ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="223"/>
        <source>Add a model</source>
        <translation>Thêm mô hình</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="224"/>
        <source>GGUF model files (*.gguf)</source>
        <translation>Tệp mô hình GGUF (*.gguf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="238"/>
        <source>Add {name}</source>
        <translation>Thêm {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="239"/>
        <source>Use {name} ({size}) where it is, or copy it into the app&apos;s models folder?</source>
        <translation>Dùng {name} ({size}) tại vị trí hiện tại, hay sao chép vào thư mục mô hình của ứng dụng?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="244"/>
        <source>Where it is: nothing is copied, best for large files; the file must stay where it is. A copy in {folder} keeps working when the original is moved or its drive is disconnected, and takes as much disk space again.</source>
        <translation>Dùng tại chỗ: không sao chép gì, phù hợp nhất với tệp lớn; tệp phải được giữ nguyên ở vị trí đó. Bản sao trong {folder} vẫn dùng được khi tệp gốc bị di chuyển hoặc ổ đĩa chứa tệp bị ngắt kết nối, nhưng chiếm thêm dung lượng đĩa bằng đúng kích thước tệp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="247"/>
        <source>Use it where it is</source>
        <translation>Dùng tại vị trí hiện tại</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="249"/>
        <source>Copy into the models folder</source>
        <translation>Sao chép vào thư mục mô hình</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="271"/>
        <source>Copying {name} into the models folder…</source>
        <translation>Đang sao chép {name} vào thư mục mô hình…</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="272"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="273"/>
        <source>Copying a model</source>
        <translation>Đang sao chép mô hình</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="298"/>
        <source>The copy was stopped; nothing was kept.</source>
        <translation>Đã dừng sao chép; không có gì được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="310"/>
        <source>{name} is in the list now.</source>
        <translation>{name} đã có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="316"/>
        <source>Add a folder of models</source>
        <translation>Thêm thư mục chứa mô hình</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/model_library.py" line="328"/>
        <source>{folder} added: %n model file(s) found.</source>
        <translation>
            <numerusform>Đã thêm {folder}: tìm thấy %n tệp mô hình.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="330"/>
        <source>{folder} added. It holds no .gguf file yet; models put there later are listed too.</source>
        <translation>Đã thêm {folder}. Thư mục này chưa có tệp .gguf nào; các mô hình được đặt vào đó sau này cũng sẽ được liệt kê.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="339"/>
        <source>{name} is in use. Use another model first, then remove this one.</source>
        <translation>{name} đang được sử dụng. Hãy chuyển sang mô hình khác trước, rồi gỡ mô hình này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="343"/>
        <source>Delete {name}?</source>
        <translation>Xóa {name}?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="344"/>
        <source>{name} is in the app&apos;s models folder: removing it from the list deletes the file {path} ({size}) from this computer.</source>
        <translation>{name} nằm trong thư mục mô hình của ứng dụng: gỡ khỏi danh sách sẽ xóa tệp {path} ({size}) khỏi máy tính này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="347"/>
        <source>Delete the file</source>
        <translation>Xóa tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="349"/>
        <source>Stop listing this folder?</source>
        <translation>Ngừng liệt kê thư mục này?</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="350"/>
        <source>{name} is listed because it is in {folder}. Taking it off the list stops listing that folder; its files stay where they are.</source>
        <translation>{name} được liệt kê vì nằm trong {folder}. Gỡ khỏi danh sách sẽ ngừng liệt kê thư mục đó; các tệp trong thư mục vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="353"/>
        <source>Stop listing the folder</source>
        <translation>Ngừng liệt kê thư mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="378"/>
        <source>{name} was deleted.</source>
        <translation>Đã xóa {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="379"/>
        <source>{name} is off the list; no file was deleted.</source>
        <translation>Đã gỡ {name} khỏi danh sách; không tệp nào bị xóa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/model_library.py" line="395"/>
        <source>Models</source>
        <translation>Mô hình</translation>
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
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="65"/>
        <source>Quantisation</source>
        <translation>Lượng tử hóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="65"/>
        <source>Parameters</source>
        <translation>Tham số</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="66"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="66"/>
        <source>On this computer</source>
        <translation>Trên máy này</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="66"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="67"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="117"/>
        <source>{name} (in use)</source>
        <translation>{name} (đang dùng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="134"/>
        <source>not approved</source>
        <translation>chưa được phê duyệt</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="136"/>
        <source>cannot be used</source>
        <translation>không dùng được</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="138"/>
        <source>fits</source>
        <translation>đủ bộ nhớ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="140"/>
        <source>tight</source>
        <translation>sát giới hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="141"/>
        <source>will not fit: needs {need}, {free} free</source>
        <translation>không đủ bộ nhớ: cần {need}, còn trống {free}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="150"/>
        <source>could not be read</source>
        <translation>không đọc được</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="151"/>
        <source>computing…</source>
        <translation>đang tính…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="154"/>
        <source>built-in</source>
        <translation>tích hợp sẵn</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="154"/>
        <source>installed with the app</source>
        <translation>cài cùng ứng dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="155"/>
        <source>models folder</source>
        <translation>thư mục mô hình</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="155"/>
        <source>added file</source>
        <translation>tệp đã thêm</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="156"/>
        <source>added folder</source>
        <translation>thư mục đã thêm</translation>
    </message>
</context>
<context>
    <name>ModelsDialog</name>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="184"/>
        <location filename="../../app/ui/models_dialog.py" line="194"/>
        <source>Models</source>
        <translation>Mô hình</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="217"/>
        <source>Add model…</source>
        <translation>Thêm mô hình…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="218"/>
        <source>Add a .gguf model file from this computer</source>
        <translation>Thêm tệp mô hình .gguf từ máy tính này</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="219"/>
        <source>Add folder…</source>
        <translation>Thêm thư mục…</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="220"/>
        <source>List every .gguf model in a folder, now and later</source>
        <translation>Liệt kê mọi mô hình .gguf trong một thư mục, cả hiện tại lẫn sau này</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="221"/>
        <source>Use this model</source>
        <translation>Dùng mô hình này</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="222"/>
        <source>Load it now and start with it from now on</source>
        <translation>Tải ngay bây giờ và dùng mô hình này mỗi lần khởi động từ nay về sau</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="223"/>
        <source>Remove from list</source>
        <translation>Gỡ khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="224"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="240"/>
        <source>Your organisation does not allow adding models</source>
        <translation>Tổ chức của bạn không cho phép thêm mô hình</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="299"/>
        <source>&lt;b&gt;Only the built-in demo model is here.&lt;/b&gt; It is small ({size} parameters): good for trying the app, too small for dependable summaries.&lt;br&gt;For real work add a 7–8B instruct model in GGUF format, quantised as Q4_K_M (a file of about 4.5–5 GB), for example Qwen2.5 7B Instruct, Llama 3.1 8B Instruct or Granite 3.1 8B Instruct: click &lt;b&gt;Add model…&lt;/b&gt; below, or copy the file into {folder}.</source>
        <translation>&lt;b&gt;Hiện chỉ có mô hình minh họa tích hợp sẵn.&lt;/b&gt; Mô hình này nhỏ ({size} tham số): phù hợp để dùng thử ứng dụng, nhưng quá nhỏ để tạo bản tóm tắt đáng tin cậy.&lt;br&gt;Để làm việc thực tế, hãy thêm một mô hình instruct 7–8B ở định dạng GGUF, lượng tử hóa Q4_K_M (tệp khoảng 4,5–5 GB), ví dụ Qwen2.5 7B Instruct, Llama 3.1 8B Instruct hoặc Granite 3.1 8B Instruct: bấm &lt;b&gt;Thêm mô hình…&lt;/b&gt; bên dưới, hoặc sao chép tệp vào {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="307"/>
        <source>Models from {folder}, from folders you added, and files you added where they are. &lt;b&gt;Use this model&lt;/b&gt; loads the selected one and starts with it from now on.</source>
        <translation>Các mô hình trong {folder}, trong các thư mục bạn đã thêm, và các tệp bạn đã thêm tại vị trí của chúng. &lt;b&gt;Dùng mô hình này&lt;/b&gt; sẽ tải mô hình được chọn và dùng mô hình đó mỗi lần khởi động từ nay về sau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="325"/>
        <source>in use now</source>
        <translation>đang được dùng</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="329"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="330"/>
        <source>no (a plain fallback format is used)</source>
        <translation>không (dùng một định dạng dự phòng đơn giản)</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="332"/>
        <source>Architecture: {architecture} · Layers: {layers} · Trained context: {context} tokens · Parameters: {parameters} · Quantisation: {quant}</source>
        <translation>Kiến trúc: {architecture} · Số lớp: {layers} · Ngữ cảnh khi huấn luyện: {context} token · Tham số: {parameters} · Lượng tử hóa: {quant}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="337"/>
        <source>Licence: {licence} · Chat template: {template}</source>
        <translation>Giấy phép: {licence} · Mẫu trò chuyện: {template}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="338"/>
        <source>not stated</source>
        <translation>không nêu rõ</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="339"/>
        <source>SHA-256: {sha}</source>
        <translation>SHA-256: {sha}</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="342"/>
        <source>Not approved:</source>
        <translation>Chưa được phê duyệt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/models_dialog.py" line="354"/>
        <source>The built-in model comes with the app and stays</source>
        <translation>Mô hình tích hợp sẵn đi kèm ứng dụng và không thể gỡ</translation>
    </message>
</context>
<context>
    <name>OpeningNotice</name>
    <message>
        <location filename="../../app/ui/data_problem.py" line="22"/>
        <source>Opening your data…</source>
        <translation>Đang mở dữ liệu của bạn…</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <location filename="../../app/ui/documents/password_prompt.py" line="28"/>
        <source>Password for {name}</source>
        <translation>Mật khẩu cho {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/password_prompt.py" line="32"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/password_prompt.py" line="33"/>
        <source>Skip this document</source>
        <translation>Bỏ qua tài liệu này</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../app/ui/preferences.py" line="77"/>
        <source>Type your question… (Enter to send, Shift+Enter for a new line)</source>
        <translation>Nhập câu hỏi của bạn… (Enter để gửi, Shift+Enter để xuống dòng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/preferences.py" line="79"/>
        <source>Type your question… (Ctrl+Enter to send)</source>
        <translation>Nhập câu hỏi của bạn… (Ctrl+Enter để gửi)</translation>
    </message>
</context>
<context>
    <name>QueueTable</name>
    <message>
        <location filename="../../app/ui/documents/queue_table.py" line="35"/>
        <source>Documents queue</source>
        <translation>Hàng đợi tài liệu</translation>
    </message>
</context>
<context>
    <name>ReadyPrompts</name>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="24"/>
        <source>Rewrite formally</source>
        <translation>Viết lại trang trọng</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="25"/>
        <source>Rewrite the following text in a clear, formal tone:

</source>
        <translation>Viết lại đoạn văn bản sau với giọng văn rõ ràng, trang trọng:

</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="27"/>
        <source>Translate to English</source>
        <translation>Dịch sang tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="28"/>
        <source>Translate the following text into English:

</source>
        <translation>Dịch đoạn văn bản sau sang tiếng Anh:

</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="30"/>
        <source>Extract action items</source>
        <translation>Trích xuất việc cần làm</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="31"/>
        <source>List the action items in the following text, one per line, with who does what by when:

</source>
        <translation>Liệt kê các việc cần làm trong đoạn văn bản sau, mỗi việc một dòng, ghi rõ ai làm gì và hạn khi nào:

</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="34"/>
        <source>Summarise this text</source>
        <translation>Tóm tắt văn bản này</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="35"/>
        <source>Summarise the following text in a short paragraph:

</source>
        <translation>Tóm tắt đoạn văn bản sau trong một đoạn ngắn:

</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="37"/>
        <source>Draft a reply</source>
        <translation>Soạn phản hồi</translation>
    </message>
    <message>
        <location filename="../../app/ui/conversation_settings.py" line="38"/>
        <source>Draft a polite reply to the following message:

</source>
        <translation>Soạn một phản hồi lịch sự cho tin nhắn sau:

</translation>
    </message>
</context>
<context>
    <name>ResourceStatus</name>
    <message>
        <location filename="../../app/ui/status.py" line="66"/>
        <source>Loading model…</source>
        <translation>Đang tải mô hình…</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="70"/>
        <source>No answer yet</source>
        <translation>Chưa có câu trả lời</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="79"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="80"/>
        <source>Pause the summary; finished parts are kept and it can be resumed from the Documents page</source>
        <translation>Tạm dừng tóm tắt; các phần đã xong được giữ lại và có thể tiếp tục từ trang Tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="82"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="83"/>
        <source>Cancel summary</source>
        <translation>Hủy tóm tắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="84"/>
        <source>The model that answers, running on this computer</source>
        <translation>Mô hình trả lời, đang chạy trên máy tính này</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="85"/>
        <source>Memory used by this app and its model engine (not counting the model file the system maps from disk), and free RAM</source>
        <translation>Bộ nhớ mà ứng dụng này và bộ máy chạy mô hình đang dùng (không tính tệp mô hình được hệ thống ánh xạ từ đĩa), và RAM còn trống</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="88"/>
        <source>The last answer: words (tokens) written per second, prompt tokens read per second, the wait before the first word, and how much of the model&apos;s context the conversation fills</source>
        <translation>Câu trả lời gần nhất: số từ (token) viết ra mỗi giây, số token lời nhắc đọc được mỗi giây, thời gian chờ trước từ đầu tiên, và mức ngữ cảnh của mô hình mà cuộc trò chuyện đã chiếm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/status.py" line="95"/>
        <source>Processor use of this app and its engine, as a share of all %n cores of this computer</source>
        <translation>
            <numerusform>Mức sử dụng bộ xử lý của ứng dụng này và bộ máy của nó, tính theo tỷ lệ trên tổng số %n lõi của máy tính này</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="123"/>
        <source>not running</source>
        <translation>không chạy</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="126"/>
        <source>RAM {used} · {free} free</source>
        <translation>RAM {used} · còn trống {free}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="131"/>
        <source>VRAM {used} of {total}</source>
        <translation>VRAM {used} / {total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="135"/>
        <source>App {app} · Engine {engine} · {free} free</source>
        <translation>Ứng dụng {app} · Bộ máy {engine} · còn trống {free}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="139"/>
        <source>CPU {percent:.0f}%</source>
        <translation>CPU {percent:.0f}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="148"/>
        <source>Server: {name}</source>
        <translation>Máy chủ: {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="150"/>
        <source>The model that answers, running on your organisation&apos;s server {server}. The memory and CPU figures are this computer&apos;s.</source>
        <translation>Mô hình trả lời, đang chạy trên máy chủ {server} của tổ chức bạn. Số liệu bộ nhớ và CPU là của máy tính này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="158"/>
        <source>{decode:.0f} tok/s</source>
        <translation>{decode:.0f} tok/s</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="159"/>
        <source>{decode:.0f} tok/s · read {prefill:.0f} tok/s · first token {first:.2f} s</source>
        <translation>{decode:.0f} tok/s · đọc {prefill:.0f} tok/s · token đầu tiên {first:.2f} giây</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="163"/>
        <source>context {percent:.0f}%</source>
        <translation>ngữ cảnh {percent:.0f}%</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="164"/>
        <source>context {used}/{size}</source>
        <translation>ngữ cảnh {used}/{size}</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="171"/>
        <source>Stopped. The partial answer is saved.</source>
        <translation>Đã dừng. Phần câu trả lời đã có được lưu lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/status.py" line="173"/>
        <source>The model began to repeat itself, so the answer was ended there. Try “Regenerate” or ask in other words.</source>
        <translation>Mô hình bắt đầu tự lặp lại, nên câu trả lời đã được dừng tại đó. Hãy thử “Tạo lại” hoặc hỏi theo cách khác.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/status.py" line="196"/>
        <source> · %n more running</source>
        <translation>
            <numerusform> · %n tài liệu khác đang chạy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/status.py" line="198"/>
        <source> · %n more waiting</source>
        <translation>
            <numerusform> · %n tài liệu khác đang chờ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentenceMarks</name>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="40"/>
        <source>Not found in the document: no passage says this. Check it before you rely on it.</source>
        <translation>Không có trong tài liệu: không đoạn nào nói điều này. Hãy kiểm tra lại trước khi dựa vào nội dung này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="44"/>
        <source>Partly supported by page {page}: some of it is not in that passage.</source>
        <translation>Có căn cứ một phần ở trang {page}: một số nội dung không có trong đoạn đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="48"/>
        <source>Supported by page {page}.</source>
        <translation>Có căn cứ ở trang {page}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="51"/>
        <source>Found on a page other than the parts the summary was written from.</source>
        <translation>Tìm thấy ở một trang nằm ngoài các phần được dùng để viết bản tóm tắt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="58"/>
        <source>“{claim}”: the passage on page {page} says the opposite (one of them is negated).</source>
        <translation>“{claim}”: đoạn ở trang {page} nói điều ngược lại (một trong hai bên mang nghĩa phủ định).</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="63"/>
        <source>“{claim}” is not in the document.</source>
        <translation>“{claim}” không có trong tài liệu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="67"/>
        <source>“{claim}” is on page {page}, not in this passage.</source>
        <translation>“{claim}” nằm ở trang {page}, không nằm trong đoạn này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="73"/>
        <source>Click to see the passage.</source>
        <translation>Bấm để xem đoạn trích.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="80"/>
        <source>Thorough check — the model: the passage supports this.</source>
        <translation>Kiểm tra kỹ — mô hình: đoạn trích xác nhận nội dung này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="82"/>
        <source>Thorough check — the model: the passage does not support this.</source>
        <translation>Kiểm tra kỹ — mô hình: đoạn trích không xác nhận nội dung này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="95"/>
        <source>partly</source>
        <translation>một phần</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="96"/>
        <source>not found</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="99"/>
        <source>model: supported</source>
        <translation>mô hình: xác nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="101"/>
        <source>model: not supported</source>
        <translation>mô hình: không xác nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="111"/>
        <source>supported by the document</source>
        <translation>có căn cứ trong tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="113"/>
        <source>partly supported</source>
        <translation>có căn cứ một phần</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="115"/>
        <source>not found in the document</source>
        <translation>không có trong tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="119"/>
        <source>model: what the model said when asked whether the passage supports a doubtful sentence (thorough check)</source>
        <translation>mô hình: câu trả lời của mô hình khi được hỏi liệu đoạn trích có xác nhận một câu đáng ngờ hay không (kiểm tra kỹ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/sentence_marks.py" line="122"/>
        <source>click a mark or a page reference to see the source</source>
        <translation>bấm vào một dấu hoặc tham chiếu trang để xem nguồn</translation>
    </message>
</context>
<context>
    <name>ServerSettingsBox</name>
    <message>
        <location filename="../../app/ui/server_settings.py" line="70"/>
        <source>Use my organisation&apos;s server</source>
        <translation>Dùng máy chủ của tổ chức tôi</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="73"/>
        <source>the one it offers</source>
        <translation>mô hình do máy chủ cung cấp</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="76"/>
        <source>kept in this computer&apos;s keychain</source>
        <translation>đã lưu trong kho khóa của máy tính này</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="77"/>
        <location filename="../../app/ui/server_settings.py" line="78"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="80"/>
        <source>the system&apos;s certificates</source>
        <translation>chứng chỉ của hệ thống</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="83"/>
        <source>as the server says, else 1</source>
        <translation>theo máy chủ, nếu không thì 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="85"/>
        <source>How many parts of a document are sent to the server at once. Your IT team knows its share for this computer.</source>
        <translation>Số phần của tài liệu được gửi đến máy chủ cùng lúc. Bộ phận CNTT biết phần dành cho máy tính này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="87"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="89"/>
        <source>Test connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="92"/>
        <source>Connection test result</source>
        <translation>Kết quả kiểm tra kết nối</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="94"/>
        <source>The model then runs on that server: the text of your questions and documents is sent to it, and nothing else. Your conversations, documents and summaries stay on this computer. Applies at once.</source>
        <translation>Khi đó mô hình sẽ chạy trên máy chủ này: chỉ văn bản của câu hỏi và tài liệu của bạn được gửi đến máy chủ, ngoài ra không gửi gì khác. Các cuộc trò chuyện, tài liệu và bản tóm tắt của bạn vẫn nằm trên máy tính này. Áp dụng ngay lập tức.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="100"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="101"/>
        <source>Model name</source>
        <translation>Tên mô hình</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="102"/>
        <source>Access token</source>
        <translation>Mã truy cập</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="103"/>
        <source>…or from the variable</source>
        <translation>…hoặc lấy từ biến môi trường</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="107"/>
        <source>Certificates (PEM)</source>
        <translation>Chứng chỉ (PEM)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="108"/>
        <source>Requests at once</source>
        <translation>Số yêu cầu cùng lúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="123"/>
        <source>Set by your organisation&apos;s policy; it cannot be changed here.</source>
        <translation>Do chính sách của tổ chức bạn thiết lập; không thể thay đổi ở đây.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="125"/>
        <source>Set by your organisation.</source>
        <translation>Do tổ chức của bạn thiết lập.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="135"/>
        <source>The organisation&apos;s certificates</source>
        <translation>Chứng chỉ của tổ chức</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="137"/>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Chứng chỉ (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="156"/>
        <source>Write the server&apos;s address first.</source>
        <translation>Hãy nhập địa chỉ máy chủ trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/server_settings.py" line="159"/>
        <source>Asking {server}…</source>
        <translation>Đang liên hệ {server}…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/dialogs.py" line="63"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="69"/>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="69"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="71"/>
        <source>Log file</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="72"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="74"/>
        <source>First model in the models folder</source>
        <translation>Mô hình đầu tiên trong thư mục mô hình</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="81"/>
        <source>Default model</source>
        <translation>Mô hình mặc định</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="83"/>
        <location filename="../../app/ui/dialogs.py" line="86"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="84"/>
        <source>Threads</source>
        <translation>Số luồng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="88"/>
        <source>Context length (tokens)</source>
        <translation>Độ dài ngữ cảnh (token)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>System</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="91"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="95"/>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="97"/>
        <source>Same as the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="101"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="102"/>
        <source>Scans are read in</source>
        <translation>Ngôn ngữ đọc bản quét</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="104"/>
        <source>Enter sends (Shift+Enter for a new line)</source>
        <translation>Nhấn Enter để gửi (Shift+Enter để xuống dòng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="107"/>
        <source>Model, threads, context and language apply the next time the app starts.</source>
        <translation>Thay đổi về mô hình, số luồng, ngữ cảnh và ngôn ngữ sẽ có hiệu lực vào lần khởi động ứng dụng tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="111"/>
        <source>Delete all conversations and summaries…</source>
        <translation>Xóa mọi cuộc trò chuyện và bản tóm tắt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="122"/>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="123"/>
        <source>Organisation&apos;s server</source>
        <translation>Máy chủ của tổ chức</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="132"/>
        <source>Set by your organisation&apos;s policy; it cannot be changed here.</source>
        <translation>Do chính sách của tổ chức bạn thiết lập; không thể thay đổi ở đây.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="137"/>
        <source>set by your organisation</source>
        <translation>do tổ chức của bạn thiết lập</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="145"/>
        <source>English, Malay, Indonesian and other Latin-script languages</source>
        <translation>Tiếng Anh, tiếng Mã Lai, tiếng Indonesia và các ngôn ngữ dùng chữ Latinh khác</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="147"/>
        <source>Chinese (simplified and traditional)</source>
        <translation>Tiếng Trung (giản thể và phồn thể)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="148"/>
        <source>Japanese</source>
        <translation>Tiếng Nhật</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="155"/>
        <source>Vietnamese is read only in part (letters with a hook or a dot below, and those with two marks, are missed); Thai, Khmer, Lao, Burmese and Arabic script are not read.</source>
        <translation>Tiếng Việt chỉ đọc được một phần (các chữ có dấu hỏi hoặc dấu nặng, và các chữ mang hai dấu, sẽ bị bỏ sót); chữ Thái, Khmer, Lào, Miến Điện và chữ Ả Rập không đọc được.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="201"/>
        <source>Delete everything?</source>
        <translation>Xóa tất cả?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="202"/>
        <source>This erases every conversation, every summary and the documents&apos; text that Offline Assistant kept, so that none of it can be recovered; backup copies of your data are re-made without it. Your own files and your models are not touched. This cannot be undone.</source>
        <translation>Thao tác này xóa mọi cuộc trò chuyện, mọi bản tóm tắt và văn bản của các tài liệu mà Offline Assistant đã lưu, để không thể khôi phục được nữa; các bản sao lưu dữ liệu của bạn sẽ được tạo lại mà không có những nội dung này. Các tệp của riêng bạn và các mô hình không bị ảnh hưởng. Không thể hoàn tác thao tác này.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../app/ui/sidebar.py" line="33"/>
        <source>New chat</source>
        <translation>Cuộc trò chuyện mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="34"/>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>Bắt đầu cuộc trò chuyện mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="35"/>
        <source>Summarise documents…</source>
        <translation>Tóm tắt tài liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="39"/>
        <source>Pick PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, web page, e-mail, Outlook, text or Markdown files (Ctrl+O), or drop them on the window; the Documents page (Ctrl+2) lists them and their summaries</source>
        <translation>Chọn tệp PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, trang web, email, Outlook, văn bản thuần hoặc Markdown (Ctrl+O), hoặc thả tệp vào cửa sổ; trang Tài liệu (Ctrl+2) liệt kê các tệp đó và bản tóm tắt của chúng</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="42"/>
        <source>Search all conversations (Ctrl+F)</source>
        <translation>Tìm kiếm trong mọi cuộc trò chuyện (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="43"/>
        <source>Search conversations</source>
        <translation>Tìm kiếm cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="46"/>
        <source>Conversations</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="53"/>
        <source>&lt;b&gt;Conversations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cuộc trò chuyện&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="71"/>
        <source>No conversations yet: type a question below.</source>
        <translation>Chưa có cuộc trò chuyện nào: hãy nhập câu hỏi ở ô bên dưới.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="75"/>
        <source>Nothing found.</source>
        <translation>Không tìm thấy kết quả nào.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="84"/>
        <source>Unpin</source>
        <translation>Bỏ ghim</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="84"/>
        <source>Pin</source>
        <translation>Ghim</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="85"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="86"/>
        <source>Export as Markdown…</source>
        <translation>Xuất dưới dạng Markdown…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="87"/>
        <source>Export as JSON…</source>
        <translation>Xuất dưới dạng JSON…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sidebar.py" line="88"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <location filename="../../app/ui/asking.py" line="56"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>SourcePanel</name>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="32"/>
        <source>Source page</source>
        <translation>Trang nguồn</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="50"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="51"/>
        <source>Click a mark (✓, ◐) or a page reference after a sentence to see the passage of the document it comes from.</source>
        <translation>Bấm vào một dấu (✓, ◐) hoặc tham chiếu trang sau một câu để xem đoạn tài liệu mà câu đó được lấy từ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="56"/>
        <source>Page {number}</source>
        <translation>Trang {number}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="61"/>
        <source>Source: {page}</source>
        <translation>Nguồn: {page}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="67"/>
        <source>The shaded passage supports “{sentence}” — the words in bold are the ones they share.</source>
        <translation>Đoạn được tô nền là căn cứ cho “{sentence}” — các từ in đậm là những từ chung của hai bên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="88"/>
        <source>Source: {reference}</source>
        <translation>Nguồn: {reference}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="89"/>
        <source>The document&apos;s own text at {reference}:</source>
        <translation>Nguyên văn của tài liệu tại {reference}:</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/source_panel.py" line="94"/>
        <source>That part of the document has no text.</source>
        <translation>Phần này của tài liệu không có văn bản.</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <location filename="../../app/ui/status.py" line="40"/>
        <source>Tokens per second of the last answers</source>
        <translation>Số token mỗi giây của các câu trả lời gần đây</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../app/ui/startup.py" line="49"/>
        <source>Encrypting your data, as your organisation requires. Please wait…
{step}</source>
        <translation>Đang mã hóa dữ liệu của bạn theo yêu cầu của tổ chức. Vui lòng chờ…
{step}</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="100"/>
        <source>Offline Assistant could not open your data:
{message}</source>
        <translation>Offline Assistant không thể mở dữ liệu của bạn:
{message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup.py" line="108"/>
        <source>A summary started from the command line (process {pid}) is running on this data folder. Summaries here start when it has finished.</source>
        <translation>Một tác vụ tóm tắt được khởi chạy từ dòng lệnh (tiến trình {pid}) đang chạy trên thư mục dữ liệu này. Các bản tóm tắt ở đây sẽ bắt đầu khi tác vụ đó hoàn tất.</translation>
    </message>
</context>
<context>
    <name>SummaryChoices</name>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="29"/>
        <source>Summary style</source>
        <translation>Dạng tóm tắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="33"/>
        <source>Summary language</source>
        <translation>Ngôn ngữ tóm tắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="34"/>
        <source>Same as the document</source>
        <translation>Theo ngôn ngữ tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="42"/>
        <source>Summary &amp;style:</source>
        <translation>&amp;Dạng tóm tắt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="43"/>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="53"/>
        <source>Ask…</source>
        <translation>Hỏi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="57"/>
        <source>Ask questions about the selected documents (Ctrl+click to select several): the answers come from their pages, with page references</source>
        <translation>Đặt câu hỏi về các tài liệu đã chọn (Ctrl+bấm để chọn nhiều tài liệu): câu trả lời lấy từ các trang của tài liệu, kèm tham chiếu trang</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="59"/>
        <source>&amp;Thorough check</source>
        <translation>&amp;Kiểm tra kỹ</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="62"/>
        <source>After summarising, ask the model whether the passage behind each doubtful sentence really supports it. Slower: one short question per such sentence, counted in the time left.</source>
        <translation>Sau khi tóm tắt, hỏi mô hình xem đoạn trích làm căn cứ cho mỗi câu đáng ngờ có thực sự xác nhận câu đó không. Chậm hơn: mỗi câu như vậy cần thêm một câu hỏi ngắn, đã tính vào thời gian còn lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="65"/>
        <source>&amp;Fast reading</source>
        <translation>Đọc n&amp;hanh</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="83"/>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="83"/>
        <source>Bahasa Indonesia</source>
        <translation>Tiếng Indonesia</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="84"/>
        <source>Bahasa Melayu</source>
        <translation>Tiếng Mã Lai</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="84"/>
        <source>Thai</source>
        <translation>Tiếng Thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="85"/>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="85"/>
        <source>Chinese</source>
        <translation>Tiếng Trung</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="86"/>
        <source>Filipino</source>
        <translation>Tiếng Filipino</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="86"/>
        <source>French</source>
        <translation>Tiếng Pháp</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="87"/>
        <source>Spanish</source>
        <translation>Tiếng Tây Ban Nha</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="97"/>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Do chính sách của tổ chức bạn thiết lập.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="111"/>
        <source>{reader}, a small model, reads the pages into notes and the main model writes the summary from them: several times faster on long documents, though the notes may miss details the main model would keep. Unchecked: Thorough reading, the main model reads every page.</source>
        <translation>{reader}, một mô hình nhỏ, đọc các trang và ghi chú lại, sau đó mô hình chính viết bản tóm tắt từ các ghi chú đó: nhanh hơn nhiều lần với tài liệu dài, tuy nhiên ghi chú có thể bỏ sót những chi tiết mà mô hình chính lẽ ra giữ lại. Khi bỏ chọn: Đọc kỹ, mô hình chính đọc từng trang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_choices.py" line="117"/>
        <source>Fast reading needs a small model in the library, next to the main one.</source>
        <translation>Đọc nhanh cần có một mô hình nhỏ trong thư viện, bên cạnh mô hình chính.</translation>
    </message>
</context>
<context>
    <name>SummaryProgress</name>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="26"/>
        <source>measuring speed…</source>
        <translation>đang đo tốc độ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="27"/>
        <source>{time} left</source>
        <translation>còn {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="34"/>
        <source>measuring…</source>
        <translation>đang đo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="37"/>
        <source>under a minute</source>
        <translation>dưới một phút</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="40"/>
        <source>about {hours} h {minutes} min</source>
        <translation>khoảng {hours} giờ {minutes} phút</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="42"/>
        <source>about {minutes} min</source>
        <translation>khoảng {minutes} phút</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="52"/>
        <source>Picking up where it stopped</source>
        <translation>Đang tiếp tục từ chỗ đã dừng</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="55"/>
        <source>Reading the file</source>
        <translation>Đang đọc tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="80"/>
        <source>Waiting for the model</source>
        <translation>Đang chờ mô hình</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="90"/>
        <source>Reading p. {page} (scanned)</source>
        <translation>Đang đọc trang {page} (bản quét)</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="98"/>
        <source>Checking sentence {n} of {total}</source>
        <translation>Đang kiểm tra câu {n}/{total}</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="102"/>
        <source>Reading {pages}</source>
        <translation>Đang đọc {pages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="110"/>
        <source>Writing the summary of {pages}</source>
        <translation>Đang viết bản tóm tắt của {pages}</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="118"/>
        <source>Adding page references</source>
        <translation>Đang thêm tham chiếu trang</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_progress.py" line="123"/>
        <source>Combining parts</source>
        <translation>Đang ghép các phần</translation>
    </message>
</context>
<context>
    <name>SummaryQueue</name>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="84"/>
        <source>No PDF, Word, OpenDocument, Rich Text, Excel, PowerPoint, web page, e-mail, Outlook, text or Markdown files were found there.</source>
        <translation>Không tìm thấy tệp PDF, Word, OpenDocument, Rich Text, Excel, PowerPoint, trang web, email, Outlook, văn bản thuần hoặc Markdown nào ở đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="152"/>
        <source>Summary erased.</source>
        <translation>Đã xóa bản tóm tắt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="242"/>
        <source>Summary of {name} saved.</source>
        <translation>Đã lưu bản tóm tắt của {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="249"/>
        <source>{name}: the organisation&apos;s server does not answer. The summary is paused with its finished parts kept, and carries on by itself once the server answers again.</source>
        <translation>{name}: máy chủ của tổ chức không phản hồi. Bản tóm tắt được tạm dừng, các phần đã xong được giữ lại, và sẽ tự tiếp tục khi máy chủ phản hồi trở lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_queue.py" line="264"/>
        <source>The organisation&apos;s server answers again: the paused summaries carry on.</source>
        <translation>Máy chủ của tổ chức đã phản hồi trở lại: các bản tóm tắt đang tạm dừng sẽ tiếp tục.</translation>
    </message>
</context>
<context>
    <name>SummaryReader</name>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="59"/>
        <source>Summary</source>
        <translation>Bản tóm tắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="61"/>
        <source>Select a document in the list above to read its summary.</source>
        <translation>Chọn một tài liệu trong danh sách ở trên để đọc bản tóm tắt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="64"/>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="65"/>
        <source>Save this summary with where it came from as a Word (DOCX), PDF or Markdown file</source>
        <translation>Lưu bản tóm tắt này kèm nguồn gốc của nó thành tệp Word (DOCX), PDF hoặc Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="67"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="68"/>
        <source>Print this summary with each sentence&apos;s source and the claims not found in the document</source>
        <translation>In bản tóm tắt này kèm nguồn của từng câu và các nội dung không có trong tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="70"/>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="71"/>
        <source>Copy this summary with its sources as formatted text, to paste into a letter or an e-mail</source>
        <translation>Sao chép bản tóm tắt này kèm nguồn dưới dạng văn bản có định dạng, để dán vào thư hoặc email</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="102"/>
        <source>Your organisation does not allow exporting summaries</source>
        <translation>Tổ chức của bạn không cho phép xuất các bản tóm tắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="140"/>
        <source>This document is being summarised. Now: {step}. The summary appears here when it is done.</source>
        <translation>Tài liệu này đang được tóm tắt. Hiện tại: {step}. Bản tóm tắt sẽ hiển thị ở đây khi hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="143"/>
        <source>Waiting: this document is summarised when the ones before it are done.</source>
        <translation>Đang chờ: tài liệu này sẽ được tóm tắt sau khi các tài liệu trước đó hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="146"/>
        <source>This file could not be read.

{why}</source>
        <translation>Không thể đọc tệp này.

{why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="147"/>
        <source>paused</source>
        <translation>đã tạm dừng</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="147"/>
        <source>stopped by an error</source>
        <translation>đã dừng do lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="148"/>
        <source>cancelled</source>
        <translation>đã bị hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="149"/>
        <source>interrupted (the app closed while it ran)</source>
        <translation>bị gián đoạn (ứng dụng đã đóng khi đang chạy)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents/summary_reader.py" line="150"/>
        <source>This summary is {status}: {done} of %n part(s) are done and kept.</source>
        <translation>
            <numerusform>Bản tóm tắt này {status}: {done}/%n phần đã xong và được giữ lại.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="154"/>
        <source>Click “Resume” to finish it.</source>
        <translation>Bấm “Tiếp tục” để hoàn tất.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="190"/>
        <source>No passage of the document supports this sentence. Check it before you rely on it.</source>
        <translation>Không đoạn nào trong tài liệu làm căn cứ cho câu này. Hãy kiểm tra lại trước khi dựa vào nội dung này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="223"/>
        <source>Word document</source>
        <translation>Tài liệu Word</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="224"/>
        <source>PDF document</source>
        <translation>Tài liệu PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="225"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="228"/>
        <source>Export the summary</source>
        <translation>Xuất tóm tắt ra tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="244"/>
        <source>Saved {path}</source>
        <translation>Đã lưu {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="261"/>
        <source>Sent to {printer}</source>
        <translation>Đã gửi đến {printer}</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents/summary_reader.py" line="276"/>
        <source>The summary and its sources are copied</source>
        <translation>Đã sao chép bản tóm tắt kèm nguồn</translation>
    </message>
</context>
<context>
    <name>Transcript</name>
    <message>
        <location filename="../../app/ui/transcript.py" line="64"/>
        <source>Conversation</source>
        <translation>Cuộc trò chuyện</translation>
    </message>
    <message>
        <location filename="../../app/ui/transcript.py" line="87"/>
        <source>You</source>
        <translation>Bạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/transcript.py" line="87"/>
        <source>Assistant</source>
        <translation>Trợ lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/transcript.py" line="88"/>
        <source>Summary</source>
        <translation>Bản tóm tắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="69"/>
        <source>Not found in the document</source>
        <translation>Không có trong tài liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="70"/>
        <source>check these before you rely on them:</source>
        <translation>hãy kiểm tra những nội dung sau trước khi dựa vào chúng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/summary_page.py" line="75"/>
        <source>Summary of {name}</source>
        <translation>Bản tóm tắt của {name}</translation>
    </message>
</context>
</TS>
