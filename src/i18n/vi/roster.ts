import type { roster as english } from "../en/roster.ts";
import type { Messages } from "../messages.ts";

/**
 * The roster import (Vietnamese): its pages, its command line, and every problem it reports. A
 * problem's file, line and column are shown beside its message.
 */
export const roster: Messages<typeof english> = {
  "roster.title": "Danh sách trường",
  "roster.intro":
    "Nhập bản xuất OneRoster của học khu (phiên bản 1.1 hoặc 1.2) để đưa vào trường, lớp, giáo " +
    "viên, học sinh, gia đình và thông tin ghi danh. Nhập lại sẽ cập nhật những gì đã có; không " +
    "ai bị xóa cùng với kế hoạch của họ.",
  "roster.upload.heading": "Nhập một bản xuất",
  "roster.upload.label": "Bản xuất: một tệp .zip, hoặc tất cả các tệp .csv trong thư mục bản xuất",
  "roster.upload.hint":
    "Tối đa {megabytes} MB. Toàn bộ bản xuất được kiểm tra trước; nếu có gì sai, bạn sẽ thấy mọi " +
    "vấn đề và không có gì được lưu.",
  "roster.upload.submit": "Kiểm tra và nhập",
  "roster.upload.progress": "Đang tải lên",
  "roster.upload.checking":
    "Bản xuất đã được tải lên và đang được kiểm tra và nhập. Với một học khu lớn, việc này có " +
    "thể mất một phút; báo cáo sẽ mở ra tại đây khi xong.",
  "roster.upload.checkingProgress": "Đang kiểm tra và nhập",
  "roster.upload.failed":
    "Tải lên không thành công. Hãy kiểm tra kết nối, rồi chọn “Kiểm tra và nhập” lại.",
  "roster.upload.noFile": "Hãy chọn tệp .zip của bản xuất, hoặc các tệp .csv trong thư mục của nó.",
  "roster.upload.wrongType":
    "{name} không phải tệp .zip cũng không phải tệp .csv. Hãy chọn tệp .zip của bản xuất, hoặc " +
    "các tệp .csv trong thư mục của nó.",
  "roster.upload.oneZip": "Hãy chọn riêng một tệp .zip, hoặc chỉ chọn các tệp .csv.",
  "roster.upload.sameName": "Có hai tệp đã chọn trùng tên; mỗi tệp chỉ chọn một lần.",
  "roster.upload.tooBig":
    "Tệp tải lên lớn hơn {megabytes} MB, mức tối đa ứng dụng nhận. Các tệp .csv rời sẽ nhỏ hơn " +
    "nhiều khi gộp thành một tệp .zip: hãy tải tệp đó lên. Tệp .zip lớn như vậy có thể được người " +
    "quản lý máy chủ của ứng dụng nhập bằng dòng lệnh (npx maps import).",
  "roster.history.heading": "Các lần nhập gần đây",
  "roster.history.none": "Chưa có lần nhập nào.",
  "roster.history.newer": "Các lần nhập mới hơn",
  "roster.history.older": "Các lần nhập cũ hơn",
  "roster.history.pages": "Các trang của lịch sử nhập",
  "roster.history.when": "Thời gian",
  "roster.history.source": "Bản xuất",
  "roster.history.outcome": "Kết quả",
  "roster.status.imported": "Đã nhập",
  "roster.status.importedValid": "Đã nhập, trừ các dòng có lỗi",
  "roster.status.refused": "Không được nhập",
  "roster.status.checked": "Đã kiểm tra",
  "roster.status.held": "Không được nhập: tạm dừng để hỏi trước khi vô hiệu hóa nhiều dòng",
  "roster.report.title": "Nhập danh sách trường",
  "roster.report.imported": "Bản xuất đã được nhập.",
  "roster.report.refused": "Không có gì được nhập: bản xuất có lỗi.",
  "roster.report.refusedHint":
    "Hãy sửa các lỗi bên dưới trong bản xuất rồi nhập lại, hoặc chỉ nhập những dòng không có lỗi.",
  "roster.report.countsHeading": "Những gì đã được nhập",
  "roster.report.warningsHeading":
    "{count, plural, other {# cảnh báo}}: đã nhập, nhưng nên xem qua",
  "roster.report.refusedWarningsHeading":
    "{count, plural, other {# cảnh báo}} về bản xuất này (chưa được nhập): nên xem qua trước " +
    "khi nhập lại",
  "roster.report.importedValid":
    "Các dòng hợp lệ đã được nhập; các dòng có lỗi dưới đây đã bị bỏ qua.",
  "roster.report.leftOutHeading": "{count, plural, other {# lỗi: các dòng có lỗi đã bị bỏ qua}}",
  "roster.report.errorsHeading": "{count, plural, other {# lỗi}}",
  "roster.report.file": "Tệp",
  "roster.report.line": "Dòng",
  "roster.report.column": "Cột",
  "roster.report.message": "Vấn đề",
  "roster.report.importValid": "Nhập các dòng hợp lệ",
  "roster.report.importValidHint":
    "Các dòng có lỗi sẽ bị bỏ qua (những người đã được nhập từ các dòng đó trước đây được giữ " +
    "nguyên); mọi thứ khác đều được nhập.",
  "roster.report.validRowsImported": "Các dòng hợp lệ của bản xuất này đã được nhập sau đó:",
  "roster.report.stagingGone":
    "Các tệp đã tải lên của lần nhập này không còn được lưu giữ (chúng chỉ được giữ trong 24 " +
    "giờ). Hãy tải bản xuất lên lại để nhập.",
  "roster.report.newerImport":
    "Các dòng hợp lệ này chưa được nhập: học khu đã nhập một danh sách mới hơn kể từ khi bản " +
    "xuất này được kiểm tra, và nhập nó bây giờ sẽ ghi đè lên danh sách mới hơn. Hãy tải bản " +
    "xuất lên lại để nhập.",
  "roster.report.again": "Nhập một bản xuất khác",
  "roster.report.moreWarnings": "Còn {count, plural, other {# cảnh báo}} không được liệt kê.",
  "roster.report.moreErrors": "Còn {count, plural, other {# lỗi}} không được liệt kê.",
  "roster.report.marked":
    "{count, plural, other {# dòng}} được đánh dấu để xóa (tobedeleted, inactive hoặc không được " +
    "bật) và {count, plural, other {đã bị vô hiệu hóa}}.",
  "roster.report.deactivatedHeading":
    "Các dòng mà bản xuất này không còn liệt kê đã bị vô hiệu hóa:",
  "roster.report.deactivatedAdvice":
    "Nếu bản xuất không đầy đủ (bị cắt ngắn, hoặc của khu học chánh khác), hãy nhập bản xuất đầy đủ: các dòng trong đó sẽ hoạt động trở lại, cùng với các kế hoạch.",
  "roster.report.unlisted":
    "{count, plural, other {# dòng do các lần nhập trước đưa vào}} không có trong tệp toàn bộ " +
    "(bulk) này và {count, plural, other {đã bị vô hiệu hóa}}.",
  "roster.report.wouldDeactivate":
    "Các tệp này được đánh dấu là toàn bộ (bulk), nên mỗi tệp được coi là danh sách đầy đủ của " +
    "cả học khu: nhập các dòng hợp lệ của chúng cũng sẽ vô hiệu hóa những gì các lần nhập " +
    "trước đã đưa vào mà các tệp này không liệt kê. Không ai bị xóa, và một bản xuất liệt kê " +
    "lại họ sẽ đưa họ trở lại. Việc nhập sẽ vô hiệu hóa:",
  "roster.report.unlistedPeople": "{count, plural, other {# người}}: {roles}",
  "roster.report.deactivatesMost":
    "Hãy xem kỹ trước khi nhập: con số này là hơn một nửa số {kind, select, users {người} " +
    "classes {lớp} other {lượt ghi danh}} đang hoạt động mà học khu có từ danh sách trường " +
    "({count, number} trên {active, number}).",
  "roster.report.importValidDeactivating": "Nhập các dòng hợp lệ và vô hiệu hóa {rows}",
  "roster.report.held":
    "Không có gì được nhập: bản xuất này sẽ vô hiệu hóa một phần lớn của học khu.",
  "roster.report.heldPeople":
    "{count, number} trên {active, plural, other {# người}} đang hoạt động trong danh sách của " +
    "học khu ({roles})",
  "roster.report.heldClasses":
    "{count, number} trên {active, plural, other {# lớp}} đang hoạt động trong danh sách của " +
    "học khu",
  "roster.report.heldEnrollments":
    "{count, number} trên {active, plural, other {# lượt ghi danh}} đang hoạt động trong danh " +
    "sách của học khu",
  "roster.report.heldWhy":
    "Các tệp của nó được đánh dấu là toàn bộ (bulk), nên mỗi tệp được coi là danh sách đầy đủ " +
    "của học khu, và những gì tệp bỏ sót sẽ bị vô hiệu hóa. Nhiều như vậy cùng lúc thường có " +
    "nghĩa là bản xuất chỉ có một phần (bị cắt ngắn, hoặc chỉ của một trường) hoặc là của học " +
    "khu khác. Chưa có gì thay đổi.",
  "roster.report.heldAnyway":
    "Không ai bị xóa, và một bản xuất liệt kê lại họ sẽ làm họ hoạt động trở lại, cùng với các " +
    "kế hoạch. Nếu bản xuất đầy đủ và học khu thật sự thay đổi nhiều như vậy (chẳng hạn các lớp " +
    "của năm học mới), hãy nhập nó. Nếu không, hãy tạo lại bản xuất và tải lên; bản xuất cho " +
    "một trường cần đánh dấu các tệp là thay đổi (delta) trong manifest.csv.",
  "roster.report.heldConfirm": "Nhập và vô hiệu hóa {rows}",
  "roster.report.heldNewerImport":
    "Bản xuất này chưa được nhập: học khu đã nhập một danh sách mới hơn kể từ khi bản xuất này " +
    "được kiểm tra, và nhập nó bây giờ sẽ ghi đè lên danh sách mới hơn. Hãy tải bản xuất lên " +
    "lại để nhập.",
  "roster.report.confirmedSince": "Bản xuất này đã được nhập sau đó, với sự xác nhận của bạn:",
  "roster.report.reactivatedHeading": "Các dòng đã bị vô hiệu hóa mà bản xuất này liệt kê lại:",
  "roster.report.reactivated":
    "{count, plural, other {# dòng đã bị vô hiệu hóa}} được liệt kê lại và {count, plural, " +
    "other {đã hoạt động trở lại}}.",
  "roster.report.oneSchool":
    "Nếu bản xuất này chỉ dành cho một trường, hãy đánh dấu các tệp của nó là thay đổi (delta) " +
    "trong manifest.csv rồi tải lên lại.",
  "roster.count.schools": "{count, plural, other {# trường}}",
  "roster.count.people": "{count, plural, other {# người}}",
  "roster.count.classes": "{count, plural, other {# lớp}}",
  "roster.count.teachers": "{count, plural, other {# giáo viên}}",
  "roster.count.students": "{count, plural, other {# học sinh}}",
  "roster.count.guardians": "{count, plural, other {# thành viên gia đình}}",
  "roster.count.administrators": "{count, plural, other {# quản trị viên}}",
  "roster.count.guardianLinks": "{count, plural, other {# liên kết gia đình}}",
  "roster.count.enrollments": "{count, plural, other {# lượt ghi danh}}",

  "roster.cli.usage":
    "Cách dùng: maps import THƯ-MỤC-HOẶC-ZIP [--json] [--skip-invalid] [--allow-deactivate]\n" +
    "                   [--district ID]\n\n" +
    "Nhập một bản xuất OneRoster (1.1 hoặc 1.2) vào một học khu. Cơ sở dữ liệu là ./data\n" +
    "(hoặc DATA_DIR), hoặc PostgreSQL khi DATABASE_URL được đặt.\n" +
    "  --json           in ra một đối tượng JSON: số lượng, cảnh báo và lỗi\n" +
    "  --skip-invalid   nhập các dòng hợp lệ khi một số dòng có lỗi\n" +
    "  --allow-deactivate\n" +
    "                   vẫn nhập khi các tệp toàn bộ (bulk) bỏ sót hơn một phần mười số người,\n" +
    "                   lớp hoặc lượt ghi danh đang hoạt động của học khu (và hơn 20), khiến\n" +
    "                   chúng bị vô hiệu hóa; nếu không có tùy chọn này, lần nhập đó dừng lại\n" +
    "                   và không lưu gì\n" +
    "  --district ID    học khu cần nhập vào khi cơ sở dữ liệu có nhiều học khu (nếu không có\n" +
    "                   tùy chọn này, lệnh sẽ liệt kê mã của chúng); tùy chọn này chỉ chọn một\n" +
    "                   học khu, không bao giờ tạo học khu mới\n\n" +
    "Học khu: việc thiết lập ứng dụng trong trình duyệt tạo ra học khu của cơ sở dữ liệu\n" +
    "(việc nhập không bao giờ tạo học khu), và mỗi lần nhập cập nhật học khu này. Khi tổ\n" +
    "chức cấp học khu của một bản xuất (orgs.csv) đã đặt tên cho học khu, bản xuất của một\n" +
    "tổ chức cấp học khu khác sẽ bị từ chối và không thay đổi gì. Bản xuất không có tổ chức\n" +
    "cấp học khu được coi là của học khu này: các tệp toàn bộ (bulk) của nó sẽ vô hiệu hóa\n" +
    "mọi thứ mà chúng bỏ sót.\n\n" +
    "Học khu thứ hai cần cơ sở dữ liệu riêng: hãy khởi động bản sao thứ hai của ứng dụng\n" +
    "với một DATA_DIR (hoặc DATABASE_URL) mới, còn trống, và một PORT khác, thiết lập nó\n" +
    "trong trình duyệt, rồi nhập với cùng giá trị đó, ví dụ:\n" +
    "  DATA_DIR=/srv/maps-north/data PORT=3001 npm start\n" +
    "  DATA_DIR=/srv/maps-north/data npx maps import north.zip",
  "roster.cli.unknownOption": "Tùy chọn không xác định: {option}.",
  "roster.cli.needsValue": "{option} cần một giá trị theo sau.",
  "roster.cli.takesNoValue": "{option} không nhận giá trị: chỉ viết {option}.",
  "roster.cli.oneExport": "Mỗi lần chỉ đưa một bản xuất; {extra} là thừa.",
  "roster.cli.noPath": "Hãy cho biết bản xuất cần nhập: một thư mục hoặc một tệp .zip.",
  "roster.cli.severalDistricts":
    "Cơ sở dữ liệu này có nhiều học khu; hãy chọn một bằng --district ID:",
  "roster.cli.noSuchDistrict": "Không có học khu nào có mã {id}.",
  "roster.cli.imported": "Đã nhập {source}:",
  "roster.cli.stopped":
    "Lần nhập đã bị dừng ({signal}) trước khi xong. " +
    "Cơ sở dữ liệu đã hoàn tác: không có gì được lưu.",
  "roster.cli.refused": "Không có gì được nhập từ {source}.",
  "roster.cli.skipHint": "Để chỉ nhập các dòng không có lỗi, hãy chạy lại với --skip-invalid.",
  "roster.cli.held":
    "Không có gì được nhập từ {source}: bản xuất sẽ vô hiệu hóa một phần lớn của học khu.",
  "roster.cli.allowHint":
    "Nếu bản xuất đầy đủ và học khu thật sự thay đổi nhiều như vậy, hãy chạy lại cùng lệnh đó " +
    "với --allow-deactivate.",
  "roster.cli.warnings": "Cảnh báo ({count}):",
  "roster.cli.errors": "Lỗi ({count}):",
  "roster.cli.at": "{file}, dòng {line}",
  "roster.cli.atColumn": "{file}, dòng {line}, cột {column}",

  "roster.source.notFound": "Không có tệp hay thư mục nào tên là {path}.",
  "roster.source.notFolderOrZip": "{path} không phải thư mục cũng không phải tệp .zip.",
  "roster.source.notZip":
    "{path} không phải tệp nén zip (có thể tệp bị hỏng, hoặc là một loại tệp khác).",
  "roster.source.damaged": "Tệp nén zip bị hỏng và không đọc được ({detail}).",
  "roster.source.entryDamaged":
    "{path} trong tệp zip bị hỏng và không giải nén được đến hết (có thể tệp bị cắt ngang khi " +
    "tải xuống hoặc bị thay đổi sau khi tạo). Không có gì được nhập; hãy xuất lại.",
  "roster.source.checksum":
    "{path} trong tệp zip bị hỏng: nội dung giải nén ra không giống với những gì tệp zip đã " +
    "ghi lại (tổng kiểm tra khác nhau). Không có gì được nhập; hãy xuất lại.",
  "roster.source.tooManyEntries":
    "Tệp nén zip chứa hơn {limit} mục; một bản xuất thường có khoảng hai mươi mục. Tệp đã không " +
    "được đọc.",
  "roster.source.tooBig":
    "Tệp nén zip khi giải nén sẽ lớn hơn {limit} MB. Tệp đã không được đọc, phòng khi đó là một " +
    "“zip bomb”.",
  "roster.source.inflatesTooMuch":
    "{path} trong tệp nén zip khi giải nén lớn hơn dung lượng mà tệp nén khai báo: tệp nén bị " +
    "hỏng, hoặc được tạo ra để làm đầy ổ đĩa của máy chủ (một “zip bomb”). Tệp nén đã bị từ " +
    "chối; hãy xuất lại.",
  "roster.source.unsafePath":
    "Tệp nén zip chứa một mục tên là “{path}”, trỏ ra ngoài bản xuất. Tệp nén đã bị từ chối.",
  "roster.source.encrypted":
    "{path} trong tệp nén zip đã được mã hóa. Hãy xuất lại danh sách trường mà không đặt mật khẩu.",
  "roster.source.sameName":
    "Tệp nén zip chứa hai tệp cùng tên {path} ({first} và {second}); chỉ giữ lại một tệp.",
  "roster.manifest.missing":
    "Bản xuất không có manifest.csv. Tệp này cho biết phiên bản OneRoster và mỗi tệp là toàn bộ " +
    "(bulk) hay thay đổi (delta); hãy thêm nó từ bản xuất.",
  "roster.manifest.zipInside":
    "Bản xuất chứa một tệp zip khác, {name}, và không có manifest.csv: hãy mở tệp đó và tải lên " +
    "những gì bên trong (hoặc tải chính tệp đó lên).",
  "roster.export.noCsv":
    "Bản xuất không có tệp .csv nào. Bản xuất OneRoster là một bộ tệp .csv (manifest.csv, " +
    "orgs.csv, users.csv và các tệp khác), có nén zip hoặc không.",
  "roster.manifest.twice": "{key} được ghi hai lần; giá trị ở dòng {line} được dùng.",
  "roster.manifest.unknownKey":
    "“{key}” không phải là khóa của manifest OneRoster, nên đã bị bỏ qua.",
  "roster.manifest.noVersion":
    "Manifest không ghi phiên bản OneRoster (oneroster.version); các tệp đã được đọc theo các " +
    "cột của chúng.",
  "roster.manifest.version":
    "Ứng dụng này không biết phiên bản OneRoster “{value}” (chỉ biết 1.1 hoặc 1.2); các tệp đã " +
    "được đọc theo các cột của chúng.",
  "roster.manifest.emptyMode": "{key} không có giá trị; đã được coi là absent (không có).",
  "roster.manifest.badMode": "{key} là “{value}”, nhưng phải là bulk, delta hoặc absent.",
  "roster.file.nameCase": "Tệp này lẽ ra phải tên là {expected}; đã được đọc như tệp đó.",
  "roster.file.unknown": "Đây không phải là tệp OneRoster, nên đã không được đọc.",
  "roster.file.renamedCopy":
    "Đây không phải là tệp OneRoster nên không được đọc. Tên tệp giống bản sao thứ hai của " +
    "{expected} do trình duyệt lưu: hãy đổi tên thành {expected} rồi tải lên lại.",
  "roster.file.listedMissing": "Manifest ghi tệp này là {mode}, nhưng bản xuất không có tệp này.",
  "roster.file.noUsers": "Bản xuất không có users.csv, nên không có ai để nhập.",
  "roster.file.saidAbsent":
    "Manifest ghi tệp này là không có (absent), nhưng tệp vẫn có; tệp đã được đọc như delta " +
    "(những gì thiếu trong tệp sẽ không bị vô hiệu hóa).",
  "roster.file.notListed":
    "Manifest không liệt kê tệp này; tệp đã được đọc như delta (những gì thiếu trong tệp sẽ " +
    "không bị vô hiệu hóa).",
  "roster.file.empty": "Tệp trống: ngay cả dòng tiêu đề cũng không có.",
  "roster.file.tooManyInvalidRows":
    "Tệp có hơn {limit, number} dòng bị lỗi: việc kiểm tra đã dừng đọc tệp tại đây. Hãy kiểm tra đó đúng là tệp cần dùng và tệp không bị hỏng, rồi xuất lại.",
  "roster.file.emptyBulk":
    "Tệp toàn bộ (bulk) này chỉ có dòng tiêu đề. Tệp bulk liệt kê tất cả mọi người, nên nó sẽ vô " +
    "hiệu hóa tất cả; vì vậy không ai bị vô hiệu hóa. Nếu bạn thật sự muốn vậy, hãy xóa họ bằng " +
    "một tệp liệt kê những người còn lại.",
  "roster.file.malformed": "Từ chỗ này trở đi, tệp không thể đọc được dưới dạng CSV: {detail}.",
  "roster.file.badQuotes":
    'Một giá trị trong dấu ngoặc kép bắt đầu ở dòng này nhưng không được đóng đúng cách, nên từ chỗ này trở đi tệp không đọc được. Hãy kiểm tra các dấu ngoặc kép (") ở dòng này và các dòng sau.',
  "roster.file.textAfterQuote":
    'Ở dòng này, sau một giá trị trong dấu ngoặc kép còn có chữ khác trước dấu phẩy tiếp theo, nên từ chỗ này trở đi tệp không đọc được. Hãy đặt cả giá trị trong dấu ngoặc kép và viết đôi các dấu ngoặc kép bên trong ("").',
  "roster.file.strayQuote":
    'Có một dấu ngoặc kép (") nằm bên trong một giá trị ở dòng này, nên từ chỗ này trở đi tệp không đọc được. Hãy đặt toàn bộ giá trị trong dấu ngoặc kép và viết dấu ngoặc kép bên trong thành hai lần ("").',
  "roster.file.rowTooLong":
    "Dòng này dài hơn một triệu ký tự, nên từ chỗ này trở đi tệp không đọc được; có lẽ đây không " +
    "phải tệp danh sách trường.",
  "roster.file.notText":
    "Đây không phải tệp văn bản UTF-8 (có thể là hình ảnh, bảng tính hoặc văn bản UTF-16). Hãy " +
    "lưu dưới dạng CSV UTF-8 rồi nhập lại.",
  "roster.file.notUtf8":
    "Dòng {line} không phải văn bản UTF-8 (có thể tệp xuất đã được lưu dưới dạng Windows-1252 " +
    "hoặc Latin-1), nên tên sẽ bị lỗi chữ. Hãy lưu tệp dưới dạng CSV UTF-8 rồi nhập lại.",
  "roster.file.utf16": "Tệp được lưu dưới dạng UTF-16. Hãy lưu dưới dạng CSV UTF-8 rồi nhập lại.",
  "roster.file.spreadsheet":
    "Đây là bảng tính (.xlsx), không phải tệp CSV. Hãy lưu dưới dạng CSV (UTF-8) rồi nhập lại.",
  "roster.header.unnamed": "Cột {position} không có tên; các giá trị của cột đã không được đọc.",
  "roster.header.twice": "Cột này xuất hiện hai lần; cột đầu tiên đã được đọc.",
  "roster.header.case": "Đã đọc như {canonical} (tên cột OneRoster phân biệt chữ hoa chữ thường).",
  "roster.header.typo": "Đã đọc như {canonical}, vì đây có vẻ là lỗi chính tả của tên đó.",
  "roster.header.extension": "Một cột mở rộng; ứng dụng không dùng đến.",
  "roster.header.unknown": "Không phải cột OneRoster, nên đã không được đọc.",
  "roster.header.missing": "Thiếu cột này, và không dòng nào đọc được nếu không có nó.",
  "roster.value.nulCharacter":
    "Giá trị này chứa ký tự NUL (một ký tự điều khiển vô hình, thường do bản xuất bị lỗi để " +
    "lại) nên không thể lưu. Hãy xóa ký tự đó rồi nhập lại.",
  "roster.value.tooLong":
    "Giá trị này dài {length, number} ký tự; giá trị ở đây chỉ được dài tối đa " +
    "{longest, number}. Hãy kiểm tra xem trong bản xuất có giá trị nào bị dính vào " +
    "các giá trị sau.",
  "roster.row.tooManyValues":
    "Dòng có {count, plural, other {# giá trị}} nhưng tiêu đề có {columns, plural, other " +
    "{# cột}}; có thể một giá trị chứa dấu phẩy bị thiếu dấu ngoặc kép.",
  "roster.row.tooFewValues":
    "Dòng có {count, plural, other {# giá trị}} nhưng tiêu đề có {columns, plural, other " +
    "{# cột}}, nên dòng có vẻ bị cắt và không được nhập: giá trị thiếu sẽ xóa dữ liệu đã lưu. " +
    "Hãy kiểm tra tệp xuất xem có dấu xuống dòng trong một giá trị hay dòng kết thúc sớm không.",
  "roster.row.sameId": "sourcedId này đã được dùng ở dòng {line}.",
  "roster.value.empty": "Giá trị này là bắt buộc nhưng đang để trống.",
  "roster.value.caseSlip":
    "“{value}” đã được đọc là “{canonical}” (giá trị OneRoster phân biệt chữ hoa chữ thường).",
  "roster.value.notAllowed": "“{value}” không nằm trong các giá trị: {allowed}.",
  "roster.value.inactive":
    "“inactive” không phải là trạng thái của OneRoster 1.1 hay 1.2; đã được đọc là tobedeleted " +
    "(dòng này bị vô hiệu hóa).",
  "roster.value.notIsoDate":
    "“{value}” không phải ngày theo ISO 8601 (như 2023-05-01); ứng dụng không dùng ngày này, nên " +
    "đã bỏ qua.",
  "roster.value.notBoolean":
    "“{value}” không phải true cũng không phải false; đã được đọc là true.",
  "roster.value.roleMapped": "Vai trò {value} được đọc là {role}.",
  "roster.value.oneName": "Chỉ có một trong hai giá trị givenName và familyName.",
  "roster.value.notLanguage":
    "“{value}” không phải là ngôn ngữ mà ứng dụng nhận ra (hãy dùng mã như es hoặc es-MX), nên " +
    "đã không được lưu.",
  "roster.value.notEmail": "“{value}” không phải địa chỉ email, nên đã không được lưu.",
  "roster.user.password":
    "Tệp này chứa mật khẩu. Mật khẩu không được đọc và không bao giờ được lưu; đăng nhập không " +
    "cần đến chúng.",
  "roster.user.noRole":
    "Người này không có vai trò: không dòng nào trong roles.csv ghi vai trò, và users.csv cũng " +
    "không có.",
  "roster.user.noRoleColumn":
    "Người này không có vai trò: users.csv không có cột role (OneRoster 1.1) và không có " +
    "roles.csv (1.2).",
  "roster.user.schoolAdministrator":
    "Người này là quản trị viên của {schools}: họ xem kế hoạch và cài đặt ở đó, không xem " +
    "danh sách trường, thư đã gửi hay nhật ký kiểm tra.",
  "roster.user.noSchoolToRun":
    "Người này không có quyền nào và bị ngừng hoạt động: là quản trị viên, họ chỉ có tên ở " +
    "những tổ chức không thuộc trường nào của học khu, cũng không thuộc học khu. Hãy ghi họ " +
    "vào trường của họ (hoặc vào học khu) rồi nhập lại.",
  "roster.user.administrator":
    "Người này là quản trị viên của học khu: họ có thể quản lý danh sách trường và xem mọi " +
    "kế hoạch trong học khu.",
  "roster.user.orgMissing":
    "Tổ chức {id} không có trong orgs.csv và cũng không phải trường của học khu, nên người này " +
    "không được liên kết với trường nào qua tổ chức đó.",
  "roster.role.userMissing":
    "{id} không có trong users.csv, nên vai trò này đã không được đọc (vai trò của những người " +
    "không có trong bản xuất được giữ nguyên).",
  "roster.role.noPrimary": "Người này không có vai trò chính trong roles.csv; đã dùng {role}.",
  "roster.role.several": "Người này có nhiều vai trò chính trong roles.csv; đã dùng {role}.",
  "roster.org.parentMissing":
    "Tổ chức cấp trên {parent} không có trong orgs.csv. Nếu đó là một trường của học khu, tổ " +
    "chức này được tính là một phần của trường đó; nếu không, quản trị viên chỉ có tên ở đây " +
    "được nhập mà không có quyền nào.",
  "roster.org.parentLoop":
    "Các tổ chức cấp trên của {id} dẫn ngược về chính nó, nên nó không thuộc trường nào; quản " +
    "trị viên chỉ có tên ở đây được nhập mà không có quyền nào.",
  "roster.org.usedAsSchool":
    "Tổ chức {id} có loại {type}, không phải school, nhưng có lớp dùng nó làm trường, nên nó " +
    "được tính là một trường.",
  "roster.org.severalDistricts":
    "Bản xuất có nhiều tổ chức cấp học khu; học khu được đặt tên theo tổ chức đầu tiên, {name}.",
  "roster.org.otherDistrict":
    "Bản xuất này dành cho học khu {id}, nhưng học khu này đã được nhập từ {current}. Hãy nhập " +
    "vào đúng học khu.",
  "roster.school.adopted":
    "Trường được tạo trong ứng dụng với tên {before} là trường duy nhất trong danh sách, nên " +
    "giờ mang tên theo danh sách, {name}; Tầm nhìn Toán học, cài đặt và các kế hoạch của trường " +
    "được giữ nguyên. Từ nay tên trường lấy theo danh sách: mỗi lần nhập đều mang tên đó.",
  "roster.school.notMatched":
    "Trường {name}, được tạo trong ứng dụng, không khớp với trường nào trong danh sách trường " +
    "(gồm {count, plural, other {# trường}}); trường này được giữ nguyên, bên cạnh các trường " +
    "kia.",
  "roster.ref.invalidRow": "{id} nằm ở một dòng có lỗi, nên dòng này cũng không thể nhập.",
  "roster.ref.missing": "{id} không có trong bản xuất và cũng chưa có trong danh sách trường.",
  "roster.ref.schoolMissing":
    "Trường {id} không có trong orgs.csv và cũng chưa phải là trường của học khu.",
  "roster.enrollment.otherSchool":
    "Đây không phải trường của lớp ({school}); trường của lớp được giữ nguyên.",
  "roster.enrollment.roleMismatch":
    "{id} có vai trò {personRole} nhưng được ghi danh với vai trò {enrolledRole}; lượt ghi " +
    "danh được giữ nguyên như vậy.",
  "roster.link.unknown":
    "{id} không có trong users.csv và cũng chưa có trong danh sách trường, nên không tạo liên " +
    "kết gia đình.",
  "roster.link.removed": "{id} được đánh dấu để xóa, nên không tạo liên kết gia đình.",
  "roster.link.invalidRow": "{id} nằm ở một dòng có lỗi, nên không tạo liên kết gia đình.",
  "roster.link.notFamily":
    "Không tạo liên kết gia đình với {id}: liên kết gia đình nối một học sinh với một người giám " +
    "hộ, nhưng {id} có vai trò {agentRole} còn người này có vai trò {personRole}.",
  "roster.export.noRows": "Bản xuất không có dòng nào để nhập.",
  "roster.export.writeFailed":
    "Quá trình nhập đã dừng giữa chừng và không có gì được lưu: {detail}",
  "roster.export.busy":
    "Cơ sở dữ liệu bận quá lâu với một lần nhập khác hoặc một lần lưu dài, nên không có gì " +
    "được lưu. Hãy đợi việc đó xong rồi nhập lại.",
  "roster.export.districtMadeMeanwhile":
    "Một lần nhập khác đã tạo khu học chánh của cơ sở dữ liệu này trong lúc lần này đang " +
    "chạy, nên không có gì được lưu. Hãy nhập lại: danh sách sẽ vào khu học chánh đó.",
  "roster.export.noTemporarySpace":
    "Máy chủ không thể giữ các dòng đã kiểm tra trong thư mục tạm ({detail}), nên không có gì " +
    "được lưu. Hãy giải phóng dung lượng đĩa trên máy chủ (hoặc đặt TMPDIR) rồi nhập lại.",
};
