import type { roster as english } from "../en/roster.ts";
import type { Messages } from "../messages.ts";

/**
 * The roster import (Simplified Chinese): its pages, its command line, and every problem it
 * reports. A problem's file, line and column are shown beside its message.
 */
export const roster: Messages<typeof english> = {
  "roster.title": "名册",
  "roster.intro":
    "导入您学区的 OneRoster 导出文件（1.1 或 1.2 版），把学校、班级、老师、学生、家人和选课信息带进来。再次导入会更新已有的内容；任何人都不会连同他们的计划一起被删除。",
  "roster.upload.heading": "导入导出文件",
  "roster.upload.label": "导出文件：一个 .zip 文件，或导出文件夹中的所有 .csv 文件",
  "roster.upload.hint":
    "最大 {megabytes} MB。系统会先检查整个导出文件；如果有任何问题，您会看到每一个问题，而且不会保存任何内容。",
  "roster.upload.submit": "检查并导入",
  "roster.upload.progress": "正在上传",
  "roster.upload.checking":
    "导出文件已上传，正在检查并导入。学区较大时可能需要一分钟左右；完成后报告会在这里打开。",
  "roster.upload.checkingProgress": "正在检查并导入",
  "roster.upload.failed": "上传没有成功。请检查网络连接，然后再次选择“检查并导入”。",
  "roster.upload.noFile": "请选择导出的 .zip 文件，或其文件夹中的 .csv 文件。",
  "roster.upload.wrongType":
    "{name} 既不是 .zip 文件，也不是 .csv 文件。请选择导出的 .zip 文件，或其文件夹中的 .csv 文件。",
  "roster.upload.oneZip": "请只选择一个 .zip 文件，或者只选择 .csv 文件。",
  "roster.upload.sameName": "所选文件中有两个同名文件；每个文件请只选一次。",
  "roster.upload.tooBig":
    "上传的文件超过 {megabytes} MB，这是本应用接受的上限。零散的 .csv 文件打包成一个 .zip 文件会小得多：" +
    "请改为上传该文件。这么大的 .zip 文件可以由运行本应用服务器的人通过命令行（npx maps import）导入。",
  "roster.history.heading": "最近的导入",
  "roster.history.none": "还没有导入过。",
  "roster.history.newer": "较新的导入",
  "roster.history.older": "较早的导入",
  "roster.history.pages": "导入记录的页面",
  "roster.history.when": "时间",
  "roster.history.source": "导出文件",
  "roster.history.outcome": "结果",
  "roster.status.imported": "已导入",
  "roster.status.importedValid": "已导入（不含有错误的行）",
  "roster.status.refused": "未导入",
  "roster.status.checked": "已检查",
  "roster.status.held": "未导入：会停用大量行，已暂停等待确认",
  "roster.report.title": "名册导入",
  "roster.report.imported": "导出文件已导入。",
  "roster.report.refused": "没有导入任何内容：导出文件中有错误。",
  "roster.report.refusedHint": "请在导出文件中修正下面的错误后再次导入，或者只导入没有错误的行。",
  "roster.report.countsHeading": "导入了哪些内容",
  "roster.report.warningsHeading": "{count, plural, other {# 条警告}}：已导入，但值得看一看",
  "roster.report.refusedWarningsHeading":
    "{count, plural, other {# 条警告}}：这个导出没有导入，再次导入之前值得看一看",
  "roster.report.importedValid": "有效的行已导入；下面有错误的行没有导入。",
  "roster.report.leftOutHeading": "{count, plural, other {# 个错误：这些行没有导入}}",
  "roster.report.errorsHeading": "{count, plural, other {# 个错误}}",
  "roster.report.file": "文件",
  "roster.report.line": "行",
  "roster.report.column": "列",
  "roster.report.message": "问题所在",
  "roster.report.importValid": "导入有效的行",
  "roster.report.importValidHint":
    "有错误的行会被跳过（之前已从这些行导入的人保持不变）；其余内容都会导入。",
  "roster.report.validRowsImported": "此导出中的有效行已在之后导入：",
  "roster.report.stagingGone":
    "这次导入上传的文件已不再保留（只保留 24 小时）。请重新上传导出文件来导入。",
  "roster.report.newerImport":
    "这些有效行没有导入：检查这个导出文件之后，学区已经导入了更新的名单，现在导入会覆盖更新的名单。" +
    "请重新上传导出文件来导入。",
  "roster.report.again": "导入另一个导出文件",
  "roster.report.moreWarnings": "还有 {count, plural, other {# 条警告}}没有列出。",
  "roster.report.moreErrors": "还有 {count, plural, other {# 个错误}}没有列出。",
  "roster.report.marked":
    "{count, plural, other {# 行}}被标记为删除（tobedeleted、inactive 或未启用），{count, plural, other {已停用}}。",
  "roster.report.deactivatedHeading": "这次导出不再列出的行已被停用：",
  "roster.report.deactivatedAdvice":
    "如果导出不完整（被截断，或属于另一个学区），请导入完整的导出：其中列出的行会重新启用，计划也都保留。",
  "roster.report.unlisted":
    "{count, plural, other {之前导入的 # 行}}不在这个完整（bulk）文件中，{count, plural, other {已停用}}。",
  "roster.report.wouldDeactivate":
    "这些文件被标为完整（bulk），所以每个文件都被当作整个学区的名单：导入其中的有效行，" +
    "也会停用之前导入带来、但这些文件没有列出的内容。不会删除任何人；之后再次列出他们的导出" +
    "会让他们恢复。导入将停用：",
  "roster.report.unlistedPeople": "{count, plural, other {# 人}}：{roles}",
  "roster.report.deactivatesMost":
    "导入前请仔细核对：这超过了学区名册中目前启用的{kind, select, users {人员} classes {班级} " +
    "other {选课记录}}的一半（{active, number} 中的 {count, number}）。",
  "roster.report.importValidDeactivating": "导入有效的行并停用{rows}",
  "roster.report.held": "没有导入任何内容：这个导出会停用学区的很大一部分。",
  "roster.report.heldPeople":
    "学区名册中启用的{active, plural, other {# 人}}中的 {count, number} 人（{roles}）",
  "roster.report.heldClasses":
    "学区名册中启用的{active, plural, other {# 个班级}}中的 {count, number} 个",
  "roster.report.heldEnrollments":
    "学区名册中启用的{active, plural, other {# 条选课记录}}中的 {count, number} 条",
  "roster.report.heldWhy":
    "它的文件被标为完整（bulk），所以每个文件都被当作整个学区的名单，没有列出的内容都会被停用。" +
    "一次停用这么多，通常说明导出不完整（被截断，或只是一所学校的），或者是另一个学区的导出。" +
    "目前还没有任何改动。",
  "roster.report.heldAnyway":
    "不会删除任何人；之后再次列出他们的导出会让他们重新启用，计划也都保留。如果导出是完整的，" +
    "而学区确实有这么大的变化（例如新学年的班级），就导入它。否则请重新导出并上传；只针对一所" +
    "学校的导出，需要在 manifest.csv 中把它的文件标为增量（delta）。",
  "roster.report.heldConfirm": "导入并停用{rows}",
  "roster.report.heldNewerImport":
    "这个导出没有导入：检查它之后，学区已经导入了更新的名单，现在导入会覆盖更新的名单。" +
    "请重新上传导出文件来导入。",
  "roster.report.confirmedSince": "这个导出已在之后经你确认导入：",
  "roster.report.reactivatedHeading": "之前已停用、这次导出又列出的行：",
  "roster.report.reactivated":
    "{count, plural, other {之前停用的 # 行}}再次被列出，{count, plural, other {已重新启用}}。",
  "roster.report.oneSchool":
    "如果这个导出只针对一所学校，请在 manifest.csv 中把它的文件标为增量（delta），然后重新上传。",
  "roster.count.schools": "{count, plural, other {# 所学校}}",
  "roster.count.people": "{count, plural, other {# 人}}",
  "roster.count.classes": "{count, plural, other {# 个班级}}",
  "roster.count.teachers": "{count, plural, other {# 位老师}}",
  "roster.count.students": "{count, plural, other {# 位学生}}",
  "roster.count.guardians": "{count, plural, other {# 位家庭成员}}",
  "roster.count.administrators": "{count, plural, other {# 位管理员}}",
  "roster.count.guardianLinks": "{count, plural, other {# 个家庭关联}}",
  "roster.count.enrollments": "{count, plural, other {# 条选课记录}}",

  "roster.cli.usage":
    "用法：maps import 文件夹或ZIP [--json] [--skip-invalid] [--allow-deactivate]\n" +
    "                   [--district ID]\n\n" +
    "把 OneRoster 导出文件（1.1 或 1.2 版）导入一个学区。数据库为 ./data（或 DATA_DIR）；\n" +
    "设置了 DATABASE_URL 时使用 PostgreSQL。\n" +
    "  --json           输出一个 JSON 对象：数量、警告和错误\n" +
    "  --skip-invalid   当某些行有错误时，导入有效的行\n" +
    "  --allow-deactivate\n" +
    "                   即使完整（bulk）文件漏掉了学区启用的人员、班级或选课记录的十分之一\n" +
    "                   以上（且超过 20 条）并因此停用它们，也照样导入；不加此选项时，这样\n" +
    "                   的导入会停下来，不保存任何内容\n" +
    "  --district ID    数据库有多个学区时，要导入到的学区（不加此选项时，命令会列出\n" +
    "                   它们的 ID）；它只选择学区，从不创建学区\n\n" +
    "学区：在浏览器中设置应用会创建数据库的学区（导入从不创建学区），之后每次导入都会更新它。\n" +
    "一旦某个导出文件的学区组织（orgs.csv）为学区命了名，其他学区组织的导出文件就会被拒绝，\n" +
    "不会改变任何内容。没有学区组织的导出文件会被当作本学区的：它的完整（bulk）文件会停用\n" +
    "其中没有列出的一切。\n\n" +
    "第二个学区需要自己的数据库：用一个新的空 DATA_DIR（或 DATABASE_URL）和另一个 PORT\n" +
    "启动应用的第二个副本，在浏览器中设置好，然后用同样的设置导入，例如：\n" +
    "  DATA_DIR=/srv/maps-north/data PORT=3001 npm start\n" +
    "  DATA_DIR=/srv/maps-north/data npx maps import north.zip",
  "roster.cli.unknownOption": "未知选项 {option}。",
  "roster.cli.needsValue": "{option} 后面需要一个值。",
  "roster.cli.takesNoValue": "{option} 不带值：只写 {option}。",
  "roster.cli.oneExport": "一次只能给一个导出文件；{extra} 是多出来的。",
  "roster.cli.noPath": "请说明要导入哪个导出文件：一个文件夹或一个 .zip 文件。",
  "roster.cli.severalDistricts": "这个数据库有多个学区；请用 --district ID 指定一个：",
  "roster.cli.noSuchDistrict": "没有 ID 为 {id} 的学区。",
  "roster.cli.imported": "已导入 {source}：",
  "roster.cli.stopped": "导入在完成前被停止（{signal}）。数据库已撤销：没有保存任何内容。",
  "roster.cli.refused": "没有从 {source} 导入任何内容。",
  "roster.cli.skipHint": "如果只想导入没有错误的行，请加上 --skip-invalid 再运行一次。",
  "roster.cli.held": "没有从 {source} 导入任何内容：它会停用学区的很大一部分。",
  "roster.cli.allowHint":
    "如果导出是完整的，而学区确实有这么大的变化，请加上 --allow-deactivate 再运行同一个命令。",
  "roster.cli.warnings": "警告（{count}）：",
  "roster.cli.errors": "错误（{count}）：",
  "roster.cli.at": "{file}，第 {line} 行",
  "roster.cli.atColumn": "{file}，第 {line} 行，第 {column} 列",

  "roster.source.notFound": "没有名为 {path} 的文件或文件夹。",
  "roster.source.notFolderOrZip": "{path} 既不是文件夹，也不是 .zip 文件。",
  "roster.source.notZip": "{path} 不是 zip 压缩包（可能已损坏，或是其他类型的文件）。",
  "roster.source.damaged": "zip 压缩包已损坏，无法读取（{detail}）。",
  "roster.source.entryDamaged":
    "zip 压缩包中的 {path} 已损坏，无法完整解压（压缩包可能在下载时被截断，或在生成后被改动）。" +
    "没有导入任何内容；请重新导出。",
  "roster.source.checksum":
    "zip 压缩包中的 {path} 已损坏：解压出的内容与压缩包记录的不一致（校验和不同）。" +
    "没有导入任何内容；请重新导出。",
  "roster.source.tooManyEntries":
    "zip 压缩包中有超过 {limit} 个条目；一个导出文件通常只有二十个左右。没有读取它。",
  "roster.source.tooBig": "zip 压缩包解压后会超过 {limit} MB。为防它是“zip 炸弹”，没有读取它。",
  "roster.source.inflatesTooMuch":
    "zip 压缩包中的 {path} 解压后比压缩包声称的大小还要大：压缩包已损坏，或是为占满服务器磁盘而制作的" +
    "“zip 炸弹”。压缩包被拒绝了；请重新导出。",
  "roster.source.unsafePath":
    "zip 压缩包中有一个名为“{path}”的条目，指向导出文件以外的位置。压缩包被拒绝了。",
  "roster.source.encrypted": "zip 压缩包中的 {path} 已加密。请不设密码重新导出名册。",
  "roster.source.sameName":
    "zip 压缩包中有两个都叫 {path} 的文件（{first} 和 {second}）；请只保留一个。",
  "roster.manifest.missing":
    "导出文件中没有 manifest.csv。它说明 OneRoster 的版本，以及每个文件是完整（bulk）还是增量（delta）；请从导出中把它加上。",
  "roster.manifest.zipInside":
    "导出中包含另一个 zip 压缩包 {name}，但没有 manifest.csv：请打开它并上传其中的内容（或直接上传它）。",
  "roster.export.noCsv":
    "导出中没有任何 .csv 文件。OneRoster 导出是一组 .csv 文件（manifest.csv、orgs.csv、users.csv 等），" +
    "可以压缩成 zip，也可以不压缩。",
  "roster.manifest.twice": "{key} 出现了两次；使用第 {line} 行的值。",
  "roster.manifest.unknownKey": "“{key}”不是 OneRoster 清单的键，因此被忽略。",
  "roster.manifest.noVersion":
    "清单没有写明 OneRoster 版本（oneroster.version）；已按各文件的列来读取。",
  "roster.manifest.version":
    "本应用不认识 OneRoster 版本“{value}”（只认识 1.1 或 1.2）；已按各文件的列来读取。",
  "roster.manifest.emptyMode": "{key} 没有值；按 absent（不存在）处理。",
  "roster.manifest.badMode": "{key} 的值是“{value}”，但它必须是 bulk、delta 或 absent。",
  "roster.file.nameCase": "这个文件应该命名为 {expected}；已按该文件读取。",
  "roster.file.unknown": "这不是 OneRoster 文件，因此没有读取。",
  "roster.file.renamedCopy":
    "这不是 OneRoster 文件，因此没有读取。它的名称看起来像浏览器保存的 {expected} 的第二个副本：" +
    "请将其重命名为 {expected} 后重新上传。",
  "roster.file.listedMissing": "清单把这个文件列为 {mode}，但导出中没有这个文件。",
  "roster.file.noUsers": "导出中没有 users.csv，所以没有可以导入的人。",
  "roster.file.saidAbsent":
    "清单说这个文件不存在（absent），但它在导出中；已按增量（delta）读取（不会因为文件中缺少某项而停用它）。",
  "roster.file.notListed":
    "清单中没有列出这个文件；已按增量（delta）读取（不会因为文件中缺少某项而停用它）。",
  "roster.file.empty": "这个文件是空的：连标题行都没有。",
  "roster.file.tooManyInvalidRows":
    "这个文件中有错误的行超过 {limit, number} 行：检查在这里停止读取它。请确认这是正确的文件且没有损坏，然后重新导出。",
  "roster.file.emptyBulk":
    "这个完整（bulk）文件只有标题行。完整文件会列出所有人，所以它会把所有人都停用；因此没有停用任何人。如果确实要这样做，请用一个列出其余人员的文件来移除他们。",
  "roster.file.malformed": "从这里开始，文件无法按 CSV 读取：{detail}。",
  "roster.file.badQuotes":
    '这一行有一个用引号括起来的值没有正确结束，所以从这里开始无法读取文件。请检查这一行及后面几行的引号（"）。',
  "roster.file.textAfterQuote":
    '这一行有一个用引号括起来的值，在下一个逗号之前后面还跟着别的文字，所以从这里开始无法读取文件。请把整个值放进引号里，值里面的引号要写两次（""）。',
  "roster.file.strayQuote":
    '这一行的某个值中间有一个引号（"），所以从这里开始无法读取文件。请把整个值放在引号中，并把其中的引号写两遍（""）。',
  "roster.file.rowTooLong":
    "这一行超过一百万个字符，所以从这里开始无法读取文件；它可能不是名册文件。",
  "roster.file.notText":
    "这不是 UTF-8 编码的文本文件（可能是图片、电子表格或 UTF-16 文本）。请另存为 UTF-8 编码的 CSV 后再导入。",
  "roster.file.notUtf8":
    "第 {line} 行不是 UTF-8 文本（导出文件可能以 Windows-1252 或 Latin-1 保存），姓名会显示为乱码。请另存为 UTF-8 编码的 CSV 后再导入。",
  "roster.file.utf16": "这个文件以 UTF-16 保存。请另存为 UTF-8 编码的 CSV 后再导入。",
  "roster.file.spreadsheet":
    "这是电子表格（.xlsx），不是 CSV 文件。请另存为 CSV（UTF-8）后再导入。",
  "roster.header.unnamed": "第 {position} 列没有名称；没有读取它的值。",
  "roster.header.twice": "这一列出现了两次；读取的是第一列。",
  "roster.header.case": "已按 {canonical} 读取（OneRoster 的列名区分大小写）。",
  "roster.header.typo": "已按 {canonical} 读取，这看起来是它的拼写错误。",
  "roster.header.extension": "扩展列；本应用不使用它。",
  "roster.header.unknown": "不是 OneRoster 的列，因此没有读取。",
  "roster.header.missing": "缺少这一列，没有它就无法读取任何一行。",
  "roster.value.nulCharacter":
    "这个值含有 NUL 字符（一种看不见的控制字符，常由损坏的导出文件留下），无法保存。请删除后重新导入。",
  "roster.value.tooLong":
    "这个值有 {length, number} 个字符；此处的值最多只能有 {longest, number} 个字符。" +
    "请检查导出文件中是否有值与后面的值连在了一起。",
  "roster.row.tooManyValues":
    "这一行有 {count, plural, other {# 个值}}，但标题行只有 {columns, plural, other {# 列}}；" +
    "某个含逗号的值可能缺少引号。",
  "roster.row.tooFewValues":
    "这一行有 {count, plural, other {# 个值}}，但标题行列出了 {columns, plural, other {# 列}}，" +
    "看起来被截断了，因此不导入：缺少的值会清除已保存的内容。" +
    "请检查导出文件中是否有值内换行或提前结束的行。",
  "roster.row.sameId": "这个 sourcedId 已在第 {line} 行使用。",
  "roster.value.empty": "这个值是必填的，但现在是空的。",
  "roster.value.caseSlip": "“{value}”已按“{canonical}”读取（OneRoster 的值区分大小写）。",
  "roster.value.notAllowed": "“{value}”不在以下选项中：{allowed}。",
  "roster.value.inactive":
    "“inactive”不是 OneRoster 1.1 或 1.2 的状态；已按 tobedeleted 读取（这一行被停用）。",
  "roster.value.notIsoDate":
    "“{value}”不是 ISO 8601 日期（例如 2023-05-01）；本应用不使用这个日期，因此忽略了它。",
  "roster.value.notBoolean": "“{value}”既不是 true 也不是 false；已按 true 读取。",
  "roster.value.roleMapped": "角色 {value} 按 {role} 读取。",
  "roster.value.oneName": "givenName 和 familyName 只填了其中一个。",
  "roster.value.notLanguage":
    "“{value}”不是本应用能识别的语言（请使用 es 或 es-MX 这样的代码），因此没有保存。",
  "roster.value.notEmail": "“{value}”不是电子邮件地址，因此没有保存。",
  "roster.user.password": "这个文件中含有密码。密码没有被读取，也永远不会保存；登录不需要它们。",
  "roster.user.noRole": "这个人没有角色：roles.csv 中没有任何一行给出角色，users.csv 中也没有。",
  "roster.user.noRoleColumn":
    "这个人没有角色：users.csv 中没有 role 列（OneRoster 1.1），也没有 roles.csv（1.2）。",
  "roster.user.schoolAdministrator":
    "这个人是 {schools} 的管理员：他们只能查看那里的计划和设置，不能查看名册、已发送邮件或审计记录。",
  "roster.user.noSchoolToRun":
    "这个人没有任何权限，并被设为停用：作为管理员，他们只列在既不属于学区任何学校、也不属于学区本身的组织中。" +
    "请把他们列在所在学校（或学区）下，然后重新导入。",
  "roster.user.administrator": "这个人是学区的管理员：他们可以管理名册，并查看学区的每一份计划。",
  "roster.user.orgMissing":
    "组织 {id} 既不在 orgs.csv 中，也不是本学区的学校，所以这个人没有通过它关联到任何学校。",
  "roster.role.userMissing":
    "{id} 不在 users.csv 中，因此没有读取这个角色（不在导出中的人员，其角色保持不变）。",
  "roster.role.noPrimary": "这个人在 roles.csv 中没有主要角色；已使用 {role}。",
  "roster.role.several": "这个人在 roles.csv 中有多个主要角色；已使用 {role}。",
  "roster.org.parentMissing":
    "上级组织 {parent} 不在 orgs.csv 中。如果它是本学区的学校，这个组织算作该学校的一部分；" +
    "否则，只列在这里的管理员将以无权限状态导入。",
  "roster.org.parentLoop":
    "组织 {id} 的上级组织又绕回到它自己，因此它不属于任何学校；只列在这里的管理员将以无权限状态导入。",
  "roster.org.usedAsSchool":
    "组织 {id} 的类型是 {type}，不是 school，但有班级把它用作学校，因此它算作学校。",
  "roster.org.severalDistricts": "导出中有多个学区组织；学区以第一个命名：{name}。",
  "roster.org.otherDistrict":
    "这个导出属于学区 {id}，但本学区是从 {current} 导入的。请把它导入到正确的学区。",
  "roster.school.adopted":
    "在应用中创建的学校 {before} 是名册中唯一的学校，因此现在使用名册中的名称 {name}；" +
    "它的数学愿景、设置和计划都保留不变。从现在起，它的名称来自名册：每次导入都会带来这个名称。",
  "roster.school.notMatched":
    "在应用中创建的学校 {name} 没有与名册中的学校（共 {count, plural, other {# 所学校}}）匹配上；它保持原样，与它们并存。",
  "roster.ref.invalidRow": "{id} 所在的行有错误，因此这一行也无法导入。",
  "roster.ref.missing": "{id} 既不在导出中，也不在现有名册中。",
  "roster.ref.schoolMissing": "学校 {id} 既不在 orgs.csv 中，也不是本学区已有的学校。",
  "roster.enrollment.otherSchool": "这不是该班级所属的学校（{school}）；保留了班级原来的学校。",
  "roster.enrollment.roleMismatch":
    "{id} 的角色是 {personRole}，但选课时的角色是 {enrolledRole}；选课记录按原样保留。",
  "roster.link.unknown": "{id} 既不在 users.csv 中，也不在现有名册中，因此没有建立家庭关联。",
  "roster.link.removed": "{id} 被标记为删除，因此没有建立家庭关联。",
  "roster.link.invalidRow": "{id} 所在的行有错误，因此没有建立家庭关联。",
  "roster.link.notFamily":
    "没有与 {id} 建立家庭关联：家庭关联连接的是学生和监护人，但 {id} 的角色是 {agentRole}，而这个人的角色是 {personRole}。",
  "roster.export.noRows": "导出中没有可以导入的行。",
  "roster.export.writeFailed": "导入中途停止，没有保存任何内容：{detail}",
  "roster.export.busy":
    "数据库忙于另一次导入或一次较长的保存，等待时间过长，因此没有保存任何内容。请等其完成后重新导入。",
  "roster.export.districtMadeMeanwhile":
    "本次导入进行期间，另一次导入已创建了此数据库的学区，因此没有保存任何内容。" +
    "请重新导入：名单随后会导入该学区。",
  "roster.export.noTemporarySpace":
    "服务器无法把已检查的行保存在临时文件夹中（{detail}），因此没有保存任何内容。" +
    "请释放服务器的磁盘空间（或设置 TMPDIR）后重新导入。",
};
