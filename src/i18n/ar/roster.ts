import type { roster as english } from "../en/roster.ts";
import type { Messages } from "../messages.ts";

/**
 * "# things" with Arabic's six plural forms; the noun forms come from each message. The count
 * is {count} unless another argument is named.
 */
const counted = (
  forms: {
    zero: string;
    one: string;
    two: string;
    few: string;
    many: string;
    other: string;
  },
  argument = "count",
) =>
  `{${argument}, plural, zero {${forms.zero}} one {${forms.one}} two {${forms.two}} ` +
  `few {${forms.few}} many {${forms.many}} other {${forms.other}}}`;

/** "The row has # values", as the two messages about a row's width begin. */
const rowValues = counted({
  zero: "لا قيم في الصف",
  one: "في الصف قيمة واحدة",
  two: "في الصف قيمتان",
  few: "في الصف # قيم",
  many: "في الصف # قيمةً",
  other: "في الصف # قيمة",
});

/* OneRoster file, column and value names (users.csv, sourcedId, tobedeleted) stay as they are. */
export const roster: Messages<typeof english> = {
  "roster.title": "سجل المدرسة",
  "roster.intro":
    "استورد ملف تصدير OneRoster الخاص بمنطقتك التعليمية (الإصدار 1.1 أو 1.2) لإدخال المدارس " +
    "والفصول والمعلمين والطلاب والأسر والتسجيلات. الاستيراد مرة أخرى يحدّث ما هو موجود؛ ولا " +
    "يُحذف أحد أبدًا مع خططه.",
  "roster.upload.heading": "استيراد ملف تصدير",
  "roster.upload.label": "ملف التصدير: ملف .zip، أو كل ملفات .csv في مجلد التصدير",
  "roster.upload.hint":
    "حتى {megabytes} ميغابايت. يُفحص التصدير كله أولًا؛ وإذا كان فيه خطأ ترى كل المشكلات ولا " +
    "يُحفظ شيء.",
  "roster.upload.submit": "افحص واستورد",
  "roster.upload.progress": "جارٍ الرفع",
  "roster.upload.checking":
    "رُفع التصدير ويجري الآن فحصه واستيراده. قد يستغرق ذلك دقيقة في منطقة تعليمية كبيرة؛ " +
    "وسيُفتح تقريره هنا عند الانتهاء.",
  "roster.upload.checkingProgress": "جارٍ الفحص والاستيراد",
  "roster.upload.failed": "لم يكتمل الرفع. تحقّق من الاتصال، ثم اختر «افحص واستورد» مرة أخرى.",
  "roster.upload.noFile": "اختر ملف .zip الخاص بالتصدير، أو ملفات .csv في مجلده.",
  "roster.upload.wrongType":
    "{name} ليس ملف .zip ولا ملف .csv. اختر ملف .zip الخاص بالتصدير، أو ملفات .csv في مجلده.",
  "roster.upload.oneZip": "اختر ملف .zip واحدًا وحده، أو ملفات .csv فقط.",
  "roster.upload.sameName": "ملفان من الملفات المختارة لهما الاسم نفسه؛ اختر كل ملف مرة واحدة.",
  "roster.upload.tooBig":
    "حجم الرفع أكبر من {megabytes} ميغابايت، وهو أقصى ما يقبله التطبيق. ملفات .csv المتفرقة تصغر " +
    "كثيرًا في ملف .zip واحد: ارفعه بدلًا منها. أما ملف .zip بهذا الحجم فيمكن أن يستورده من يدير " +
    "خادم التطبيق من سطر الأوامر (npx maps import).",
  "roster.history.heading": "آخر عمليات الاستيراد",
  "roster.history.none": "لا توجد عمليات استيراد بعد.",
  "roster.history.newer": "عمليات استيراد أحدث",
  "roster.history.older": "عمليات استيراد أقدم",
  "roster.history.pages": "صفحات سجل الاستيراد",
  "roster.history.when": "متى",
  "roster.history.source": "التصدير",
  "roster.history.outcome": "النتيجة",
  "roster.status.imported": "استُورد",
  "roster.status.importedValid": "استُورد دون الصفوف التي فيها أخطاء",
  "roster.status.refused": "لم يُستورد",
  "roster.status.checked": "فُحص",
  "roster.status.held": "لم يُستورد: أُوقف ليسأل قبل تعطيل صفوف كثيرة",
  "roster.report.title": "استيراد سجل المدرسة",
  "roster.report.imported": "استُورد التصدير.",
  "roster.report.refused": "لم يُستورد شيء: في التصدير أخطاء.",
  "roster.report.refusedHint":
    "صحّح الأخطاء أدناه في التصدير واستورده مرة أخرى، أو استورد الصفوف الخالية من الأخطاء فقط.",
  "roster.report.countsHeading": "ما استُورد",
  "roster.report.warningsHeading": `${counted({
    zero: "لا تحذيرات",
    one: "تحذير واحد",
    two: "تحذيران",
    few: "# تحذيرات",
    many: "# تحذيرًا",
    other: "# تحذير",
  })}: استُورد، لكنه يستحق نظرة`,
  "roster.report.refusedWarningsHeading": `${counted({
    zero: "لا تحذيرات",
    one: "تحذير واحد",
    two: "تحذيران",
    few: "# تحذيرات",
    many: "# تحذيرًا",
    other: "# تحذير",
  })}: لم يُستورد هذا التصدير، لكنه يستحق نظرة قبل استيراده مرة أخرى`,
  "roster.report.importedValid":
    "استُوردت الصفوف الصالحة؛ وتُركت الصفوف التي فيها الأخطاء الواردة أدناه.",
  "roster.report.leftOutHeading": counted({
    zero: "لا أخطاء",
    one: "خطأ واحد: تُرك صفّه",
    two: "خطآن: تُرك صفّاهما",
    few: "# أخطاء: تُركت صفوفها",
    many: "# خطأً: تُركت صفوفها",
    other: "# خطأ: تُركت صفوفها",
  }),
  "roster.report.errorsHeading": counted({
    zero: "لا أخطاء",
    one: "خطأ واحد",
    two: "خطآن",
    few: "# أخطاء",
    many: "# خطأً",
    other: "# خطأ",
  }),
  "roster.report.file": "الملف",
  "roster.report.line": "السطر",
  "roster.report.column": "العمود",
  "roster.report.message": "ما الخطأ",
  "roster.report.importValid": "استورد الصفوف الصالحة",
  "roster.report.importValidHint":
    "تُترك الصفوف التي فيها أخطاء (ويبقى الأشخاص الذين استُوردوا منها سابقًا كما هم)؛ ويُستورد " +
    "كل ما عدا ذلك.",
  "roster.report.validRowsImported": "استُوردت الصفوف الصالحة من هذا التصدير بعد ذلك:",
  "roster.report.stagingGone":
    "لم تعد الملفات المرفوعة لهذا الاستيراد محفوظة (تُحفظ 24 ساعة). ارفع التصدير مرة أخرى " +
    "لاستيراده.",
  "roster.report.newerImport":
    "لم تُستورد هذه الصفوف الصالحة: استورد المنطقة التعليمية قائمة أحدث منذ فحص هذا التصدير، " +
    "واستيراده الآن سيكتب فوق القائمة الأحدث. ارفع التصدير مرة أخرى لاستيراده.",
  "roster.report.again": "استورد تصديرًا آخر",
  "roster.report.moreWarnings": `${counted({
    zero: "لا تحذيرات أخرى",
    one: "تحذير واحد آخر",
    two: "تحذيران آخران",
    few: "# تحذيرات أخرى",
    many: "# تحذيرًا آخر",
    other: "# تحذير آخر",
  })} غير مدرجة في القائمة.`,
  "roster.report.moreErrors": `${counted({
    zero: "لا أخطاء أخرى",
    one: "خطأ واحد آخر",
    two: "خطآن آخران",
    few: "# أخطاء أخرى",
    many: "# خطأً آخر",
    other: "# خطأ آخر",
  })} غير مدرجة في القائمة.`,
  "roster.report.marked": `${counted({
    zero: "لا صفوف عليها",
    one: "صف واحد عليه",
    two: "صفان عليهما",
    few: "# صفوف عليها",
    many: "# صفًا عليها",
    other: "# صف عليها",
  })} علامة الإزالة (tobedeleted أو inactive أو غير مفعّلة)، و${counted({
    zero: "لم يُعطَّل شيء",
    one: "عُطّل",
    two: "عُطّلا",
    few: "عُطّلت",
    many: "عُطّلت",
    other: "عُطّلت",
  })}.`,
  "roster.report.deactivatedHeading": "أُوقفت الصفوف التي لم يعد هذا التصدير يذكرها:",
  "roster.report.deactivatedAdvice":
    "إذا كان التصدير ناقصًا (مقطوعًا، أو لمنطقة تعليمية أخرى)، فاستورد التصدير الكامل: تعود الصفوف التي يذكرها نشطة، مع خططها.",
  "roster.report.unlisted": `${counted({
    zero: "لا صفوف",
    one: "صف واحد",
    two: "صفان",
    few: "# صفوف",
    many: "# صفًا",
    other: "# صف",
  })} من عمليات استيراد سابقة غير موجودة في ملف bulk هذا، و${counted({
    zero: "لم يُعطَّل شيء",
    one: "عُطّل",
    two: "عُطّلا",
    few: "عُطّلت",
    many: "عُطّلت",
    other: "عُطّلت",
  })}.`,
  "roster.report.wouldDeactivate":
    "هذه الملفات معلَّمة بنوع bulk، لذلك يُقرأ كل منها على أنه قائمة المنطقة التعليمية كاملة: " +
    "استيراد صفوفها الصالحة يعطّل أيضًا ما جلبته عمليات استيراد سابقة ولا تذكره هذه الملفات. " +
    "لا يُحذف أحد، والتصدير الذي يذكرهم من جديد يعيدهم. سيعطّل الاستيراد:",
  "roster.report.unlistedPeople": `${counted({
    zero: "لا أحد",
    one: "شخص واحد",
    two: "شخصان",
    few: "# أشخاص",
    many: "# شخصًا",
    other: "# شخص",
  })}: {roles}`,
  "roster.report.deactivatesMost":
    "تحقّق قبل الاستيراد: هذا أكثر من نصف {kind, select, users {الأشخاص النشطين} " +
    "classes {الفصول النشطة} other {التسجيلات النشطة}} في المنطقة التعليمية من سجلها " +
    "({count, number} من {active, number}).",
  "roster.report.importValidDeactivating": "استورد الصفوف الصالحة وعطّل {rows}",
  "roster.report.held": "لم يُستورد شيء: هذا التصدير سيعطّل جزءًا كبيرًا من المنطقة التعليمية.",
  "roster.report.heldPeople": `{count, number} من ${counted(
    {
      zero: "لا أشخاص نشطين",
      one: "شخص نشط واحد",
      two: "شخصين نشطين",
      few: "# أشخاص نشطين",
      many: "# شخصًا نشطًا",
      other: "# شخص نشط",
    },
    "active",
  )} في سجل المنطقة التعليمية ({roles})`,
  "roster.report.heldClasses": `{count, number} من ${counted(
    {
      zero: "لا فصول نشطة",
      one: "فصل نشط واحد",
      two: "فصلين نشطين",
      few: "# فصول نشطة",
      many: "# فصلًا نشطًا",
      other: "# فصل نشط",
    },
    "active",
  )} في سجل المنطقة التعليمية`,
  "roster.report.heldEnrollments": `{count, number} من ${counted(
    {
      zero: "لا تسجيلات نشطة",
      one: "تسجيل نشط واحد",
      two: "تسجيلين نشطين",
      few: "# تسجيلات نشطة",
      many: "# تسجيلًا نشطًا",
      other: "# تسجيل نشط",
    },
    "active",
  )} في سجل المنطقة التعليمية`,
  "roster.report.heldWhy":
    "ملفاته معلَّمة بنوع bulk، لذلك يُقرأ كل منها على أنه قائمة المنطقة التعليمية كاملة، " +
    "ويُعطَّل كل ما لا يذكره. وهذا القدر دفعة واحدة يعني عادةً تصديرًا ناقصًا (مقطوعًا، أو " +
    "لمدرسة واحدة) أو تصديرًا لمنطقة تعليمية أخرى. لم يتغير شيء بعد.",
  "roster.report.heldAnyway":
    "لا يُحذف أحد، والتصدير الذي يذكرهم من جديد يعيدهم نشطين، مع خططهم. إذا كان التصدير " +
    "كاملًا وتغيّرت المنطقة التعليمية فعلًا بهذا القدر (فصول عام دراسي جديد مثلًا)، فاستورده. " +
    "وإلا فأعد التصدير وارفعه؛ والتصدير الخاص بمدرسة واحدة يجب أن تُعلَّم ملفاته بنوع delta " +
    "في manifest.csv.",
  "roster.report.heldConfirm": "استورد وعطّل {rows}",
  "roster.report.heldNewerImport":
    "لم يُستورد هذا التصدير: استوردت المنطقة التعليمية قائمة أحدث منذ فحصه، واستيراده الآن " +
    "سيكتب فوق القائمة الأحدث. ارفع التصدير مرة أخرى لاستيراده.",
  "roster.report.confirmedSince": "استُورد هذا التصدير بعد ذلك بتأكيد منك:",
  "roster.report.reactivatedHeading": "صفوف كانت معطّلة ويذكرها هذا التصدير من جديد:",
  "roster.report.reactivated": `ذكر هذا التصدير من جديد ${counted({
    zero: "لا صفوف كانت معطّلة",
    one: "صفًا واحدًا كان معطّلًا",
    two: "صفّين كانا معطّلين",
    few: "# صفوف كانت معطّلة",
    many: "# صفًا كانت معطّلة",
    other: "# صف كانت معطّلة",
  })}، ف${counted({
    zero: "لم يُعَد شيء نشطًا",
    one: "أُعيد نشطًا",
    two: "أُعيدا نشطين",
    few: "أُعيدت نشطة",
    many: "أُعيدت نشطة",
    other: "أُعيدت نشطة",
  })}.`,
  "roster.report.oneSchool":
    "إذا كان هذا التصدير لمدرسة واحدة، فعلّم ملفاته بنوع delta في manifest.csv ثم ارفعه مرة أخرى.",
  "roster.count.people": counted({
    zero: "لا أحد",
    one: "شخص واحد",
    two: "شخصان",
    few: "# أشخاص",
    many: "# شخصًا",
    other: "# شخص",
  }),
  "roster.count.schools": counted({
    zero: "لا مدارس",
    one: "مدرسة واحدة",
    two: "مدرستان",
    few: "# مدارس",
    many: "# مدرسة",
    other: "# مدرسة",
  }),
  "roster.count.classes": counted({
    zero: "لا فصول",
    one: "فصل واحد",
    two: "فصلان",
    few: "# فصول",
    many: "# فصلًا",
    other: "# فصل",
  }),
  "roster.count.teachers": counted({
    zero: "لا معلمين",
    one: "معلم واحد",
    two: "معلمان",
    few: "# معلمين",
    many: "# معلمًا",
    other: "# معلم",
  }),
  "roster.count.students": counted({
    zero: "لا طلاب",
    one: "طالب واحد",
    two: "طالبان",
    few: "# طلاب",
    many: "# طالبًا",
    other: "# طالب",
  }),
  "roster.count.guardians": counted({
    zero: "لا أفراد من الأسر",
    one: "فرد واحد من الأسرة",
    two: "فردان من الأسرة",
    few: "# أفراد من الأسر",
    many: "# فردًا من الأسر",
    other: "# فرد من الأسر",
  }),
  "roster.count.administrators": counted({
    zero: "لا مسؤولين",
    one: "مسؤول واحد",
    two: "مسؤولان",
    few: "# مسؤولين",
    many: "# مسؤولًا",
    other: "# مسؤول",
  }),
  "roster.count.guardianLinks": counted({
    zero: "لا روابط أسرية",
    one: "رابط أسري واحد",
    two: "رابطان أسريان",
    few: "# روابط أسرية",
    many: "# رابطًا أسريًا",
    other: "# رابط أسري",
  }),
  "roster.count.enrollments": counted({
    zero: "لا تسجيلات",
    one: "تسجيل واحد",
    two: "تسجيلان",
    few: "# تسجيلات",
    many: "# تسجيلًا",
    other: "# تسجيل",
  }),

  "roster.cli.usage":
    "الاستخدام: maps import FOLDER-OR-ZIP [--json] [--skip-invalid] [--allow-deactivate]\n" +
    "                   [--district ID]\n\n" +
    "يستورد تصدير OneRoster (1.1 أو 1.2) إلى منطقة تعليمية. قاعدة البيانات هي ./data (أو\n" +
    "DATA_DIR)، أو PostgreSQL عند ضبط DATABASE_URL.\n" +
    "  --json           يطبع كائن JSON واحدًا: الأعداد والتحذيرات والأخطاء\n" +
    "  --skip-invalid   يستورد الصفوف الصالحة عندما تكون في بعض الصفوف أخطاء\n" +
    "  --allow-deactivate\n" +
    "                   يستورد حتى عندما تُسقط ملفات bulk أكثر من عُشر الأشخاص أو الفصول أو\n" +
    "                   التسجيلات النشطة في المنطقة التعليمية (وأكثر من 20) فتعطّلها؛ ومن\n" +
    "                   دونه يتوقف هذا الاستيراد ولا يحفظ شيئًا\n" +
    "  --district ID    المنطقة التعليمية التي يُستورد إليها عندما تكون في قاعدة البيانات عدة\n" +
    "                   مناطق (ومن دونه يعرض الأمر معرّفاتها)؛ يختار منطقة ولا ينشئ منطقة أبدًا\n" +
    "\nالمناطق التعليمية: إعداد التطبيق في المتصفح ينشئ منطقة قاعدة البيانات (ولا\n" +
    "ينشئها الاستيراد أبدًا)، وكل استيراد يحدّثها. بعد أن يسمّي تصديرٌ المنطقةَ بجهة\n" +
    "المنطقة فيه (النوع district في orgs.csv)، يُرفض تصدير جهة منطقة أخرى ولا يتغير\n" +
    "شيء. والتصدير الذي لا جهة منطقة فيه يُقرأ على أنه لهذه المنطقة: ملفات bulk فيه\n" +
    "تعطّل كل ما لا تذكره.\n\n" +
    "تحتاج المنطقة التعليمية الثانية إلى قاعدة بيانات خاصة بها: شغّل نسخة ثانية من التطبيق\n" +
    "بمجلد DATA_DIR (أو DATABASE_URL) جديد وفارغ ومنفذ PORT آخر، وأعدّها في المتصفح، ثم\n" +
    "استورد بالإعداد نفسه، مثلًا:\n" +
    "  DATA_DIR=/srv/maps-north/data PORT=3001 npm start\n" +
    "  DATA_DIR=/srv/maps-north/data npx maps import north.zip",
  "roster.cli.unknownOption": "خيار غير معروف: {option}.",
  "roster.cli.needsValue": "يحتاج {option} إلى قيمة بعده.",
  "roster.cli.takesNoValue": "لا يأخذ {option} قيمة: اكتب {option} وحده.",
  "roster.cli.oneExport": "أعطِ تصديرًا واحدًا في كل مرة؛ {extra} زائد.",
  "roster.cli.noPath": "حدّد التصدير الذي تريد استيراده: مجلدًا أو ملف .zip.",
  "roster.cli.severalDistricts":
    "في قاعدة البيانات هذه عدة مناطق تعليمية؛ حدّد واحدة منها بـ --district ID:",
  "roster.cli.noSuchDistrict": "لا توجد منطقة تعليمية بالمعرّف {id}.",
  "roster.cli.imported": "استُورد {source}:",
  "roster.cli.stopped":
    "أُوقف الاستيراد ({signal}) قبل أن ينتهي. " + "تراجعت قاعدة البيانات عنه: لم يُحفظ شيء.",
  "roster.cli.refused": "لم يُستورد شيء من {source}.",
  "roster.cli.skipHint": "لاستيراد الصفوف الخالية من الأخطاء فقط، شغّله مرة أخرى مع --skip-invalid.",
  "roster.cli.held": "لم يُستورد شيء من {source}: سيعطّل جزءًا كبيرًا من المنطقة التعليمية.",
  "roster.cli.allowHint":
    "إذا كان التصدير كاملًا وتغيّرت المنطقة التعليمية فعلًا بهذا القدر، فشغّل الأمر نفسه مرة " +
    "أخرى مع --allow-deactivate.",
  "roster.cli.warnings": "التحذيرات ({count}):",
  "roster.cli.errors": "الأخطاء ({count}):",
  "roster.cli.at": "{file}، السطر {line}",
  "roster.cli.atColumn": "{file}، السطر {line}، العمود {column}",

  "roster.source.notFound": "لا يوجد ملف أو مجلد باسم {path}.",
  "roster.source.notFolderOrZip": "{path} ليس مجلدًا ولا ملف .zip.",
  "roster.source.notZip": "{path} ليس أرشيف zip (قد يكون تالفًا، أو ملفًا من نوع آخر).",
  "roster.source.damaged": "أرشيف zip تالف ولا يمكن قراءته ({detail}).",
  "roster.source.entryDamaged":
    "الملف {path} في أرشيف zip تالف ولا يمكن فكّه حتى نهايته (ربما انقطع الأرشيف أثناء التنزيل " +
    "أو تغيّر بعد إنشائه). لم يُستورد شيء؛ أعد إنشاء التصدير.",
  "roster.source.checksum":
    "الملف {path} في أرشيف zip تالف: ما يُفكّ منه ليس ما سجّله الأرشيف (مجموع التحقق مختلف). " +
    "لم يُستورد شيء؛ أعد إنشاء التصدير.",
  "roster.source.tooManyEntries":
    "يحتوي أرشيف zip على أكثر من {limit} عنصر؛ والتصدير فيه نحو عشرين. لم تتم قراءته.",
  "roster.source.tooBig":
    "سيُفكّ أرشيف zip إلى أكثر من {limit} ميغابايت. لم تتم قراءته، تحسّبًا لكونه قنبلة zip.",
  "roster.source.inflatesTooMuch":
    "يُفكّ {path} في أرشيف zip إلى أكثر مما يذكره الأرشيف: الأرشيف تالف، أو صُنع ليملأ قرص " +
    "الخادم (قنبلة zip). رُفض؛ أعد إنشاء التصدير.",
  "roster.source.unsafePath":
    "يحتوي أرشيف zip على عنصر باسم «{path}» يشير إلى خارج التصدير. رُفض الأرشيف.",
  "roster.source.encrypted": "{path} في أرشيف zip مشفّر. صدّر سجل المدرسة مرة أخرى دون كلمة مرور.",
  "roster.source.sameName":
    "يحتوي أرشيف zip على ملفين باسم {path} (\u2068{first}\u2069 و\u2068{second}\u2069)؛ أبقِ واحدًا فقط.",
  "roster.manifest.missing":
    "لا يوجد manifest.csv في التصدير. يذكر هذا الملف إصدار OneRoster وهل كل ملف bulk أو " +
    "delta؛ أضفه من التصدير.",
  "roster.manifest.zipInside":
    "يحتوي التصدير على أرشيف zip آخر، {name}، ولا يحتوي على manifest.csv: افتحه وارفع ما فيه " +
    "(أو ارفعه هو).",
  "roster.export.noCsv":
    "لا يحتوي التصدير على أي ملفات .csv. تصدير OneRoster مجموعة من ملفات .csv (manifest.csv " +
    "وorgs.csv وusers.csv وغيرها)، مضغوطة في zip أو لا.",
  "roster.manifest.twice": "{key} مذكور مرتين؛ تُستخدم القيمة في السطر {line}.",
  "roster.manifest.unknownKey": "«{key}» ليس مفتاحًا في ملف manifest لـ OneRoster، لذلك تم تجاهله.",
  "roster.manifest.noVersion":
    "لا يذكر ملف manifest إصدار OneRoster (oneroster.version)؛ قُرئت الملفات حسب أعمدتها.",
  "roster.manifest.version":
    "إصدار OneRoster «{value}» ليس إصدارًا يعرفه هذا التطبيق (1.1 أو 1.2)؛ قُرئت الملفات حسب " +
    "أعمدتها.",
  "roster.manifest.emptyMode": "ليس لـ {key} قيمة؛ اعتُبر absent.",
  "roster.manifest.badMode": "قيمة {key} هي «{value}»، لكن يجب أن تكون bulk أو delta أو absent.",
  "roster.file.nameCase": "يجب أن يكون اسم الملف {expected}؛ قُرئ على أنه ذلك الملف.",
  "roster.file.unknown": "هذا ليس ملف OneRoster، لذلك لم تتم قراءته.",
  "roster.file.renamedCopy":
    "هذا ليس ملف OneRoster، لذلك لم يُقرأ. يبدو اسمه اسم نسخة ثانية من {expected} حفظها المتصفح: " +
    "أعد تسميته {expected} ثم ارفعه من جديد.",
  "roster.file.listedMissing":
    "يذكر ملف manifest هذا الملف بنوع {mode}، لكنه غير موجود في التصدير.",
  "roster.file.noUsers": "لا يوجد users.csv في التصدير، لذلك لا يوجد أحد لاستيراده.",
  "roster.file.saidAbsent":
    "يقول ملف manifest إن هذا الملف غائب، لكنه موجود؛ قُرئ بنوع delta (لا يُعطَّل شيء مما ينقصه).",
  "roster.file.notListed":
    "لا يذكر ملف manifest هذا الملف؛ قُرئ بنوع delta (لا يُعطَّل شيء مما ينقصه).",
  "roster.file.empty": "الملف فارغ: ليس فيه حتى سطر العناوين.",
  "roster.file.tooManyInvalidRows":
    "في الملف أكثر من {limit, number} صف فيها أخطاء: توقف الفحص عن قراءته هنا. تحقق من أنه الملف الصحيح وأنه غير تالف، ثم أنشئ التصدير من جديد.",
  "roster.file.emptyBulk":
    "ليس في ملف bulk هذا إلا سطر العناوين. ملف bulk يذكر الجميع، لذلك كان سيعطّل الجميع؛ لم " +
    "يُعطَّل أحد. إذا كان هذا مقصودًا فعلًا، فأزلهم في ملف يذكر البقية.",
  "roster.file.malformed": "لا يمكن قراءة الملف بصيغة CSV من هنا فصاعدًا: {detail}.",
  "roster.file.badQuotes":
    'تبدأ قيمة بين علامتي اقتباس في هذا السطر ولا تُغلق كما يجب، لذلك لا يمكن قراءة الملف من هنا فصاعدًا. تحقّق من علامات الاقتباس (") في هذا السطر والأسطر التالية.',
  "roster.file.textAfterQuote":
    'تأتي بعد قيمة بين علامتي اقتباس في هذا السطر كتابة أخرى قبل الفاصلة التالية، لذلك لا يمكن قراءة الملف من هنا فصاعدًا. ضع القيمة كلها بين علامتي الاقتباس، وكرّر كل علامة اقتباس داخلها ("").',
  "roster.file.strayQuote":
    'توجد علامة اقتباس (") داخل قيمة في هذا السطر، لذلك لا يمكن قراءة الملف من هنا فصاعدًا. ضع القيمة كلها بين علامتي اقتباس وكرّر علامة الاقتباس التي بداخلها ("").',
  "roster.file.rowTooLong":
    "هذا الصف أطول من مليون حرف، لذلك لا يمكن قراءة الملف من هنا فصاعدًا؛ على الأرجح ليس " +
    "ملف سجل مدرسة.",
  "roster.file.notText":
    "هذا ليس ملفًا نصيًا بترميز UTF-8 (قد يكون صورة أو جدول بيانات أو نصًا بترميز UTF-16). " +
    "احفظه بصيغة CSV بترميز UTF-8 واستورده مرة أخرى.",
  "roster.file.notUtf8":
    "السطر {line} ليس نصًا بترميز UTF-8 (ربما حُفظ الملف المُصدَّر بترميز Windows-1252 أو " +
    "Latin-1)، لذلك ستظهر الأسماء مشوّهة. احفظ الملف بصيغة CSV بترميز UTF-8 واستورده مرة أخرى.",
  "roster.file.utf16": "الملف محفوظ بترميز UTF-16. احفظه بصيغة CSV بترميز UTF-8 واستورده مرة أخرى.",
  "roster.file.spreadsheet":
    "هذا جدول بيانات (.xlsx)، وليس ملف CSV. احفظه بصيغة CSV (UTF-8) واستورده مرة أخرى.",
  "roster.header.unnamed": "العمود {position} بلا اسم؛ لم تُقرأ قيمه.",
  "roster.header.twice": "هذا العمود مكرر؛ قُرئ الأول منهما.",
  "roster.header.case": "قُرئ على أنه {canonical} (أسماء أعمدة OneRoster تميّز حالة الأحرف).",
  "roster.header.typo": "قُرئ على أنه {canonical}، إذ يبدو خطأً في كتابته.",
  "roster.header.extension": "عمود إضافي؛ لا يستخدمه التطبيق.",
  "roster.header.unknown": "ليس عمودًا من أعمدة OneRoster، لذلك لم تتم قراءته.",
  "roster.header.missing": "هذا العمود ناقص، ولا يمكن قراءة أي صف من دونه.",
  "roster.value.nulCharacter":
    "تحتوي هذه القيمة على محرف NUL (محرف تحكّم غير مرئي يتركه غالبًا تصدير تالف)، ولا يمكن " +
    "حفظه. احذفه ثم استورد مرة أخرى.",
  "roster.value.tooLong":
    "طول هذه القيمة {length, number} محرفًا؛ وأقصى طول لقيمة هنا {longest, number}. تحقّق " +
    "مما إذا كانت قيمة في التصدير قد اتصلت بالقيم التي تليها.",
  "roster.row.tooManyValues": `${rowValues} لكن ${counted(
    {
      zero: "لا أعمدة في سطر العناوين",
      one: "في سطر العناوين عمود واحد",
      two: "في سطر العناوين عمودان",
      few: "في سطر العناوين # أعمدة",
      many: "في سطر العناوين # عمودًا",
      other: "في سطر العناوين # عمود",
    },
    "columns",
  )}؛ ربما تنقص علامتا الاقتباس حول قيمة فيها فاصلة.`,
  "roster.row.tooFewValues":
    `${rowValues} لكن ${counted(
      {
        zero: "سطر العناوين لا يسمّي أي عمود",
        one: "سطر العناوين يسمّي عمودًا واحدًا",
        two: "سطر العناوين يسمّي عمودين",
        few: "سطر العناوين يسمّي # أعمدة",
        many: "سطر العناوين يسمّي # عمودًا",
        other: "سطر العناوين يسمّي # عمود",
      },
      "columns",
    )}، فيبدو مقطوعًا ولا يُستورد: ` +
    "القيمة الناقصة كانت ستمحو ما هو محفوظ. تحقّق من وجود سطر جديد داخل قيمة أو صف ينتهي مبكرًا.",
  "roster.row.sameId": "هذا الـ sourcedId مستخدم من قبل في السطر {line}.",
  "roster.value.empty": "هذه القيمة مطلوبة لكنها فارغة.",
  "roster.value.caseSlip":
    "قُرئت «{value}» على أنها «{canonical}» (قيم OneRoster تميّز حالة الأحرف).",
  "roster.value.notAllowed": "«{value}» ليست واحدة من: {allowed}.",
  "roster.value.inactive":
    "«inactive» ليست حالة في OneRoster 1.1 أو 1.2؛ قُرئت على أنها tobedeleted (يُعطَّل الصف).",
  "roster.value.notIsoDate":
    "«{value}» ليس تاريخًا بصيغة ISO 8601 (مثل 2023-05-01)؛ التطبيق لا يستخدم هذا التاريخ، " +
    "لذلك تم تجاهله.",
  "roster.value.notBoolean": "«{value}» ليست true ولا false؛ قُرئت على أنها true.",
  "roster.value.roleMapped": "يُقرأ الدور {value} على أنه {role}.",
  "roster.value.oneName": "ذُكر واحد فقط من givenName وfamilyName.",
  "roster.value.notLanguage":
    "«{value}» ليست لغة يتعرّف عليها التطبيق (استخدم رمزًا مثل es أو es-MX)، لذلك لم تُحفظ.",
  "roster.value.notEmail": "«{value}» ليس عنوان بريد إلكتروني، لذلك لم يُحفظ.",
  "roster.user.password":
    "في هذا الملف كلمات مرور. لم تُقرأ ولا تُحفظ أبدًا؛ تسجيل الدخول يعمل من دونها.",
  "roster.user.noRole":
    "ليس لهذا الشخص دور: لا يعطيه أي صف في roles.csv دورًا، ولا دور له في users.csv.",
  "roster.user.noRoleColumn":
    "ليس لهذا الشخص دور: لا يوجد عمود role في users.csv (OneRoster 1.1) ولا يوجد roles.csv (1.2).",
  "roster.user.schoolAdministrator":
    "هذا الشخص مسؤول عن {schools}: يرى الخطط والإعدادات هناك، لا سجل المدرسة ولا البريد المرسل " +
    "ولا سجل التدقيق.",
  "roster.user.noSchoolToRun":
    "لا يحصل هذا الشخص على أي صلاحيات ويصبح غير نشط: فهو بصفته مسؤولًا مدرج فقط في جهات لا " +
    "تؤدي إلى أي مدرسة في المنطقة التعليمية ولا إلى المنطقة نفسها. أدرجه في مدرسته (أو في " +
    "المنطقة) ثم استورد من جديد.",
  "roster.user.administrator":
    "هذا الشخص مسؤول عن المنطقة التعليمية: يمكنه إدارة سجل المدرسة ورؤية كل خطط المنطقة.",
  "roster.user.orgMissing":
    "الجهة {id} ليست في orgs.csv ولا هي مدرسة في المنطقة التعليمية، لذلك لا يرتبط هذا الشخص " +
    "بأي مدرسة من خلالها.",
  "roster.role.userMissing":
    "{id} ليس في users.csv، لذلك لم يُقرأ هذا الدور (أدوار الأشخاص غير الموجودين في التصدير " +
    "تبقى كما هي).",
  "roster.role.noPrimary": "ليس لهذا الشخص دور أساسي في roles.csv؛ استُخدم {role}.",
  "roster.role.several": "لهذا الشخص عدة أدوار أساسية في roles.csv؛ استُخدم {role}.",
  "roster.org.parentMissing":
    "الجهة الأم {parent} ليست في orgs.csv. إن كانت مدرسة من مدارس المنطقة التعليمية، فهذه الجهة " +
    "جزء منها؛ وإلا فالمسؤول المدرج هنا فقط يُستورد بلا صلاحيات.",
  "roster.org.parentLoop":
    "الجهات الأم للجهة {id} تعود إليها، فهي لا تنتمي إلى أي مدرسة؛ والمسؤول المدرج هنا فقط " +
    "يُستورد بلا صلاحيات.",
  "roster.org.usedAsSchool":
    "الجهة {id} من النوع {type} وليست school، لكن فصولًا تستخدمها مدرسةً لها، لذلك تُحسب مدرسةً.",
  "roster.org.severalDistricts":
    "في التصدير عدة جهات من نوع district؛ سُمّيت المنطقة التعليمية باسم الأولى، {name}.",
  "roster.org.otherDistrict":
    "هذا التصدير للمنطقة التعليمية {id}، لكن هذه المنطقة استُوردت من {current}. استورده إلى " +
    "المنطقة الصحيحة.",
  "roster.school.adopted":
    "المدرسة التي أُنشئت في التطبيق باسم {before} هي المدرسة الوحيدة في السجل، لذا صار اسمها " +
    "الاسم الوارد في السجل، {name}؛ وتبقى رؤية الرياضيات الخاصة بها وإعداداتها وخططها كما هي. " +
    "ومن الآن يأتي اسمها من السجل: يحمله كل استيراد.",
  "roster.school.notMatched": `المدرسة {name}، التي أُنشئت في التطبيق، لم تُطابَق مع أي مدرسة في سجل المدرسة الذي يضم ${counted(
    {
      zero: "لا مدارس",
      one: "مدرسة واحدة",
      two: "مدرستين",
      few: "# مدارس",
      many: "# مدرسة",
      other: "# مدرسة",
    },
  )}؛ وتبقى كما هي، إلى جانبها.`,
  "roster.ref.invalidRow": "{id} في صف فيه أخطاء، لذلك لا يمكن استيراد هذا الصف أيضًا.",
  "roster.ref.missing": "{id} ليس في التصدير ولا موجودًا من قبل في سجل المدرسة.",
  "roster.ref.schoolMissing":
    "المدرسة {id} ليست في orgs.csv ولا هي مدرسة في المنطقة التعليمية من قبل.",
  "roster.enrollment.otherSchool": "هذه ليست مدرسة الفصل ({school})؛ أُبقيت مدرسة الفصل.",
  "roster.enrollment.roleMismatch":
    "دور {id} هو {personRole} لكنه مسجّل بالدور {enrolledRole}؛ يبقى التسجيل كما هو.",
  "roster.link.unknown":
    "{id} ليس في users.csv ولا موجودًا من قبل في سجل المدرسة، لذلك لم يُنشأ رابط أسري.",
  "roster.link.removed": "على {id} علامة الإزالة، لذلك لم يُنشأ رابط أسري.",
  "roster.link.invalidRow": "{id} في صف فيه أخطاء، لذلك لم يُنشأ رابط أسري.",
  "roster.link.notFamily":
    "لم يُنشأ رابط أسري مع {id}: الرابط الأسري يجمع طالبًا ووليّ أمر، لكن دور {id} هو " +
    "{agentRole} ودور هذا الشخص هو {personRole}.",
  "roster.export.noRows": "لا توجد في التصدير صفوف لاستيرادها.",
  "roster.export.writeFailed": "توقف الاستيراد في منتصفه ولم يُحفظ شيء: {detail}",
  "roster.export.busy":
    "ظلّت قاعدة البيانات مشغولة باستيراد آخر أو بحفظ طويل مدة طويلة، لذلك لم يُحفظ شيء. " +
    "انتظر حتى ينتهي ثم استورد مرة أخرى.",
  "roster.export.districtMadeMeanwhile":
    "أنشأ استيراد آخر منطقة قاعدة البيانات هذه أثناء تشغيل هذا الاستيراد، لذلك لم يُحفظ شيء. " +
    "استورد مرة أخرى: تذهب القائمة عندئذٍ إلى تلك المنطقة.",
  "roster.export.noTemporarySpace":
    "تعذّر على الخادم حفظ الصفوف التي فُحصت في مجلده المؤقت ({detail})، لذلك لم يُحفظ شيء. " +
    "حرّر مساحة على قرص الخادم (أو اضبط TMPDIR) ثم استورد مرة أخرى.",
};
