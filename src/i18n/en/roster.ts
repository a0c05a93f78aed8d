/**
 * The roster import: its pages, its command line, and every problem it reports. A problem's
 * file, line and column are shown beside its message, so messages do not repeat them.
 */
export const roster = {
  "roster.title": "Roster",
  "roster.intro":
    "Import your district’s OneRoster export (version 1.1 or 1.2) to bring in schools, classes, " +
    "teachers, students, families and enrollments. Importing again updates what is there; nobody " +
    "is ever deleted with their plans.",
  "roster.upload.heading": "Import an export",
  "roster.upload.label": "The export: a .zip file, or all the .csv files of the export folder",
  "roster.upload.hint":
    "Up to {megabytes} MB. The whole export is checked first; if anything is wrong you see every " +
    "problem and nothing is stored.",
  "roster.upload.submit": "Check and import",
  "roster.upload.progress": "Uploading",
  "roster.upload.checking":
    "The export is uploaded and is being checked and imported. For a large district this can " +
    "take a minute; its report opens here when it is done.",
  "roster.upload.checkingProgress": "Checking and importing",
  "roster.upload.failed":
    "The upload did not go through. Check the connection, then choose “Check and import” again.",
  "roster.upload.noFile": "Choose the export’s .zip file, or the .csv files of its folder.",
  "roster.upload.wrongType":
    "{name} is neither a .zip nor a .csv file. Choose the export’s .zip file, or the .csv files " +
    "of its folder.",
  "roster.upload.oneZip": "Choose one .zip file on its own, or only .csv files.",
  "roster.upload.sameName": "Two of the chosen files have the same name; choose each file once.",
  "roster.upload.tooBig":
    "The upload is larger than {megabytes} MB, the most the app takes. Loose .csv files are much " +
    "smaller as one .zip file: upload that instead. A .zip this large can be imported by whoever " +
    "runs the app's server, from the command line (npx maps import).",
  "roster.history.heading": "Last imports",
  "roster.history.none": "No imports yet.",
  "roster.history.newer": "Newer imports",
  "roster.history.older": "Older imports",
  "roster.history.pages": "Pages of the import history",
  "roster.history.when": "When",
  "roster.history.source": "Export",
  "roster.history.outcome": "Outcome",
  "roster.status.imported": "Imported",
  "roster.status.importedValid": "Imported without the rows with errors",
  "roster.status.refused": "Not imported",
  "roster.status.checked": "Checked",
  "roster.status.held": "Not imported: held to ask before making many rows inactive",
  "roster.report.title": "Roster import",
  "roster.report.imported": "The export was imported.",
  "roster.report.refused": "Nothing was imported: the export has errors.",
  "roster.report.refusedHint":
    "Fix the errors below in the export and import it again, or import only the rows without " +
    "errors.",
  "roster.report.countsHeading": "What was imported",
  "roster.report.warningsHeading":
    "{count, plural, one {# warning} other {# warnings}}: imported, but worth a look",
  "roster.report.refusedWarningsHeading":
    "{count, plural, one {# warning} other {# warnings}} about this export, which was not " +
    "imported: worth a look before you import it again",
  "roster.report.importedValid":
    "The valid rows were imported; the rows with the errors below were left out.",
  "roster.report.leftOutHeading":
    "{count, plural, one {# error: its row was left out} other " +
    "{# errors: their rows were left out}}",
  "roster.report.errorsHeading": "{count, plural, one {# error} other {# errors}}",
  "roster.report.file": "File",
  "roster.report.line": "Line",
  "roster.report.column": "Column",
  "roster.report.message": "What is wrong",
  "roster.report.importValid": "Import the valid rows",
  "roster.report.importValidHint":
    "Rows with errors are left out (and people already imported from them are kept as they are); " +
    "everything else is imported.",
  "roster.report.validRowsImported": "The valid rows of this export were imported since:",
  "roster.report.stagingGone":
    "The uploaded files of this import are no longer kept (they are kept for 24 hours). Upload " +
    "the export again to import it.",
  "roster.report.newerImport":
    "These valid rows were not imported: the district has imported a newer roster since this " +
    "export was checked, and importing it now would overwrite the newer one. Upload the export " +
    "again to import it.",
  "roster.report.again": "Import another export",
  "roster.report.moreWarnings":
    "{count, plural, one {# more warning is} other {# more warnings are}} not listed.",
  "roster.report.moreErrors":
    "{count, plural, one {# more error is} other {# more errors are}} not listed.",
  "roster.report.marked":
    "{count, plural, one {# row is} other {# rows are}} marked for removal (tobedeleted, " +
    "inactive or not enabled) and {count, plural, one {was} other {were}} deactivated.",
  "roster.report.deactivatedHeading": "Rows this export no longer lists were made inactive:",
  "roster.report.deactivatedAdvice":
    "If the export was incomplete (cut short, or another district's), import the complete export: the rows it lists become active again, plans and all.",
  "roster.report.unlisted":
    "{count, plural, one {# row that an earlier import brought is} other {# rows that earlier " +
    "imports brought are}} not in this bulk file and {count, plural, one {was} other {were}} " +
    "deactivated.",
  "roster.report.wouldDeactivate":
    "These files are marked bulk, so each is read as the whole district’s list: importing their " +
    "valid rows also deactivates what earlier imports brought that they leave out. Nobody is " +
    "deleted, and an export that lists them again brings them back. It would deactivate:",
  "roster.report.unlistedPeople": "{count, plural, one {# person} other {# people}}: {roles}",
  "roster.report.deactivatesMost":
    "Look before you import: that is more than half of the {kind, select, users {people} " +
    "classes {classes} other {enrollments}} the district has active from its roster " +
    "({count, number} of {active, number}).",
  "roster.report.importValidDeactivating": "Import the valid rows and make {rows} inactive",
  "roster.report.held":
    "Nothing was imported: this export would make a large part of the district inactive.",
  "roster.report.heldPeople":
    "{count, number} of the district’s {active, plural, one {# active person} other " +
    "{# active people}} from its roster ({roles})",
  "roster.report.heldClasses":
    "{count, number} of the district’s {active, plural, one {# active class} other " +
    "{# active classes}} from its roster",
  "roster.report.heldEnrollments":
    "{count, number} of the district’s {active, plural, one {# active enrollment} other " +
    "{# active enrollments}} from its roster",
  "roster.report.heldWhy":
    "Its files are marked bulk, so each is read as the district’s whole list, and whatever it " +
    "leaves out is made inactive. So much at once usually means a partial export (cut short, or " +
    "one school’s) or another district’s. Nothing has changed yet.",
  "roster.report.heldAnyway":
    "Nobody is deleted, and an export that lists them again makes them active again, plans and " +
    "all. If the export is complete and the district really changed this much (a new school " +
    "year’s classes, say), import it. If not, make the export again and upload it; an export " +
    "for one school needs its files marked delta in manifest.csv.",
  "roster.report.heldConfirm": "Import and make {rows} inactive",
  "roster.report.heldNewerImport":
    "This export was not imported: the district has imported a newer roster since it was " +
    "checked, and importing it now would overwrite the newer one. Upload the export again to " +
    "import it.",
  "roster.report.confirmedSince": "This export was imported since, with your confirmation:",
  "roster.report.reactivatedHeading": "Rows that were inactive and that this export lists again:",
  "roster.report.reactivated":
    "{count, plural, one {# row that was inactive is} other {# rows that were inactive are}} " +
    "listed again and {count, plural, one {was} other {were}} made active again.",
  "roster.report.oneSchool":
    "If this export is for one school, mark its files delta in manifest.csv and upload it again.",
  "roster.count.schools": "{count, plural, one {# school} other {# schools}}",
  "roster.count.people": "{count, plural, one {# person} other {# people}}",
  "roster.count.classes": "{count, plural, one {# class} other {# classes}}",
  "roster.count.teachers": "{count, plural, one {# teacher} other {# teachers}}",
  "roster.count.students": "{count, plural, one {# student} other {# students}}",
  "roster.count.guardians": "{count, plural, one {# family member} other {# family members}}",
  "roster.count.administrators": "{count, plural, one {# administrator} other {# administrators}}",
  "roster.count.guardianLinks": "{count, plural, one {# family link} other {# family links}}",
  "roster.count.enrollments": "{count, plural, one {# enrollment} other {# enrollments}}",

  "roster.cli.usage":
    "Usage: maps import FOLDER-OR-ZIP [--json] [--skip-invalid] [--allow-deactivate]\n" +
    "                   [--district ID]\n\n" +
    "Imports a OneRoster export (1.1 or 1.2) into a district. The database is ./data (or\n" +
    "DATA_DIR), or PostgreSQL when DATABASE_URL is set.\n" +
    "  --json           print one JSON object: the counts, warnings and errors\n" +
    "  --skip-invalid   import the valid rows when some rows have errors\n" +
    "  --allow-deactivate\n" +
    "                   import even when the bulk files leave out more than a tenth of the\n" +
    "                   district's active people, classes or enrollments (and over 20), which\n" +
    "                   makes them inactive; without it such an import stops and stores nothing\n" +
    "  --district ID    the district to import into when the database holds several (without\n" +
    "                   it, the command lists their ids); it picks a district, never makes one\n" +
    "\nDistricts: setting up the app in a browser makes the database's district (an import\n" +
    "never does), and each import updates it. Once an export's district org (orgs.csv) has\n" +
    "named the district, an export of another district org is refused and changes nothing. An\n" +
    "export with no district org is read as this district's: its bulk files deactivate whatever\n" +
    "they leave out.\n\n" +
    "A second district needs a database of its own: start a second copy of the app with a new,\n" +
    "empty DATA_DIR (or DATABASE_URL) and another PORT, set it up in a browser, then import\n" +
    "with the same setting, for example:\n" +
    "  DATA_DIR=/srv/maps-north/data PORT=3001 npm start\n" +
    "  DATA_DIR=/srv/maps-north/data npx maps import north.zip",
  "roster.cli.unknownOption": "Unknown option {option}.",
  "roster.cli.needsValue": "{option} needs a value after it.",
  "roster.cli.takesNoValue": "{option} takes no value: write {option} alone.",
  "roster.cli.oneExport": "Give one export at a time; {extra} is one too many.",
  "roster.cli.noPath": "Say which export to import: a folder or a .zip file.",
  "roster.cli.severalDistricts":
    "This database has several districts; say which one with --district ID:",
  "roster.cli.noSuchDistrict": "There is no district with the id {id}.",
  "roster.cli.imported": "Imported {source}:",
  "roster.cli.stopped":
    "The import was stopped ({signal}) before it finished. " +
    "The database undid it: nothing was stored.",
  "roster.cli.refused": "Nothing was imported from {source}.",
  "roster.cli.skipHint": "To import only the rows without errors, run again with --skip-invalid.",
  "roster.cli.held":
    "Nothing was imported from {source}: it would make a large part of the district inactive.",
  "roster.cli.allowHint":
    "If the export is complete and the district really changed this much, run the same command " +
    "again with --allow-deactivate.",
  "roster.cli.warnings": "Warnings ({count}):",
  "roster.cli.errors": "Errors ({count}):",
  "roster.cli.at": "{file}, line {line}",
  "roster.cli.atColumn": "{file}, line {line}, column {column}",

  "roster.source.notFound": "There is no file or folder named {path}.",
  "roster.source.notFolderOrZip": "{path} is neither a folder nor a .zip file.",
  "roster.source.notZip":
    "{path} is not a zip archive (it may be damaged, or another kind of file).",
  "roster.source.damaged": "The zip archive is damaged and cannot be read ({detail}).",
  "roster.source.entryDamaged":
    "{path} in the zip archive is damaged and cannot be unpacked to its end (the archive was " +
    "perhaps cut short in a download or changed after it was made). Nothing was imported; make " +
    "the export again.",
  "roster.source.checksum":
    "{path} in the zip archive is damaged: what it unpacks to is not what the archive " +
    "recorded (its checksum differs). Nothing was imported; make the export again.",
  "roster.source.tooManyEntries":
    "The zip archive holds more than {limit} entries; an export has about twenty. It was not read.",
  "roster.source.tooBig":
    "The zip archive would unpack to more than {limit} MB. It was not read, in case it is a zip " +
    "bomb.",
  "roster.source.inflatesTooMuch":
    "{path} in the zip archive unpacks to more than the archive says it holds: the archive is " +
    "damaged, or made to fill the server's disk (a zip bomb). It was refused; make the export " +
    "again.",
  "roster.source.unsafePath":
    "The zip archive holds an entry named “{path}”, which points outside the export. The archive " +
    "was refused.",
  "roster.source.encrypted":
    "{path} in the zip archive is encrypted. Export the roster again without a password.",
  "roster.source.sameName":
    "The zip archive holds two files named {path} ({first} and {second}); keep only one.",
  "roster.manifest.missing":
    "The export has no manifest.csv. It says the OneRoster version and whether each file is bulk " +
    "or delta; add it from the export.",
  "roster.manifest.zipInside":
    "The export holds another zip archive, {name}, and no manifest.csv: open it and upload " +
    "what it holds (or upload it instead).",
  "roster.export.noCsv":
    "The export holds no .csv files. A OneRoster export is a set of .csv files (manifest.csv, " +
    "orgs.csv, users.csv and more), zipped or not.",
  "roster.manifest.twice": "{key} is given twice; the value on line {line} is used.",
  "roster.manifest.unknownKey": "“{key}” is not a OneRoster manifest key, so it was ignored.",
  "roster.manifest.noVersion":
    "The manifest does not say the OneRoster version (oneroster.version); the files were read by " +
    "their columns.",
  "roster.manifest.version":
    "OneRoster version “{value}” is not one this app knows (1.1 or 1.2); the files were read by " +
    "their columns.",
  "roster.manifest.emptyMode": "{key} has no value; it was taken as absent.",
  "roster.manifest.badMode": "{key} is “{value}”, but it must be bulk, delta or absent.",
  "roster.file.nameCase": "The file should be named {expected}; it was read as that file.",
  "roster.file.unknown": "This is not a OneRoster file, so it was not read.",
  "roster.file.renamedCopy":
    "This is not a OneRoster file, so it was not read. Its name looks like a second copy of " +
    "{expected} saved by a browser: rename it {expected} and upload again.",
  "roster.file.listedMissing":
    "The manifest lists this file as {mode}, but the export does not have it.",
  "roster.file.noUsers": "The export has no users.csv, so there is nobody to import.",
  "roster.file.saidAbsent":
    "The manifest says this file is absent, but it is there; it was read as delta (nothing " +
    "missing from it is deactivated).",
  "roster.file.notListed":
    "The manifest does not list this file; it was read as delta (nothing missing from it is " +
    "deactivated).",
  "roster.file.empty": "The file is empty: it has not even a header line.",
  "roster.file.tooManyInvalidRows":
    "The file has more than {limit, number} rows with errors: the check stopped reading it here. Check that it is the right file and that it is not damaged, then make the export again.",
  "roster.file.emptyBulk":
    "This bulk file has only its header line. A bulk file lists everyone, so it would deactivate " +
    "everybody; nothing was deactivated. If that is really meant, remove them in a file that " +
    "lists the rest.",
  "roster.file.malformed": "The file cannot be read as CSV from here on: {detail}.",
  "roster.file.badQuotes":
    'A quoted value starts on this line and is not closed properly, so the file cannot be read from here on. Check the quotes (") on this line and the next ones.',
  "roster.file.textAfterQuote":
    'A quoted value on this line is followed by more text before the next comma, so the file cannot be read from here on. Put the whole value in the quotes, and double any quote inside it ("").',
  "roster.file.strayQuote":
    'A quote (") stands inside a value on this line, so the file cannot be read from here on. Put the whole value in quotes and double the quote inside it ("").',
  "roster.file.rowTooLong":
    "This row is longer than a million characters, so the file cannot be read from here on; it " +
    "is probably not a roster file.",
  "roster.file.notText":
    "This is not a text file in UTF-8 (it may be an image, a spreadsheet or UTF-16 text). Save " +
    "it as CSV in UTF-8 and import again.",
  "roster.file.notUtf8":
    "Line {line} is not UTF-8 text (the export was perhaps saved as Windows-1252 or Latin-1), so " +
    "names would come out garbled. Save the file as CSV in UTF-8 and import again.",
  "roster.file.utf16": "The file is saved as UTF-16. Save it as CSV in UTF-8 and import again.",
  "roster.file.spreadsheet":
    "This is a spreadsheet (.xlsx), not a CSV file. Save it as CSV (UTF-8) and import again.",
  "roster.header.unnamed": "Column {position} has no name; its values were not read.",
  "roster.header.twice": "This column appears twice; the first one was read.",
  "roster.header.case": "Read as {canonical} (OneRoster column names are case-sensitive).",
  "roster.header.typo": "Read as {canonical}, which this looks like a misspelling of.",
  "roster.header.extension": "An extension column; the app does not use it.",
  "roster.header.unknown": "Not a OneRoster column, so it was not read.",
  "roster.header.missing": "This column is missing, and no row can be read without it.",
  "roster.value.nulCharacter":
    "This value holds a NUL character (an invisible control character, often left by a broken " +
    "export), which cannot be stored. Remove it and import again.",
  "roster.value.tooLong":
    "This value is {length, number} characters long; a roster value here can be at most " +
    "{longest, number}. Check the export for a value that ran into the next ones.",
  "roster.row.tooManyValues":
    "The row has {count, plural, one {# value} other {# values}} but the header has " +
    "{columns, plural, one {# column} other {# columns}}; a value with a comma may be missing " +
    "its quotes.",
  "roster.row.tooFewValues":
    "The row has {count, plural, one {# value} other {# values}} but the header names " +
    "{columns, plural, one {# column} other {# columns}}, so it looks cut short and is not " +
    "imported: a missing value would clear what is stored. Check the export for a line break " +
    "inside a value or a row that ends early.",
  "roster.row.sameId": "This sourcedId is already used on line {line}.",
  "roster.value.empty": "This value is required but empty.",
  "roster.value.caseSlip":
    "“{value}” was read as “{canonical}” (OneRoster values are case-sensitive).",
  "roster.value.notAllowed": "“{value}” is not one of: {allowed}.",
  "roster.value.inactive":
    "“inactive” is not a OneRoster 1.1 or 1.2 status; it was read as tobedeleted (the row is " +
    "deactivated).",
  "roster.value.notIsoDate":
    "“{value}” is not an ISO 8601 date (like 2023-05-01); the app does not use this date, so it " +
    "was ignored.",
  "roster.value.notBoolean": "“{value}” is neither true nor false; it was read as true.",
  "roster.value.roleMapped": "The role {value} is read as {role}.",
  "roster.value.oneName": "Only one of givenName and familyName is given.",
  "roster.value.notLanguage":
    "“{value}” is not a language this app recognises (use a code such as es or es-MX), so it was " +
    "not stored.",
  "roster.value.notEmail": "“{value}” is not an email address, so it was not stored.",
  "roster.user.password":
    "This file holds passwords. They were not read and are never stored; sign-in works without " +
    "them.",
  "roster.user.noRole":
    "This person has no role: no row of roles.csv gives one, and users.csv has none.",
  "roster.user.noRoleColumn":
    "This person has no role: users.csv has no role column (OneRoster 1.1) and there is no " +
    "roles.csv (1.2).",
  "roster.user.schoolAdministrator":
    "This person is an administrator of {schools}: they see the plans and settings there, not " +
    "the roster, sent mail or audit trail.",
  "roster.user.noSchoolToRun":
    "This person gets no rights and is made inactive: as an administrator they are listed only " +
    "at orgs that lead to no school of the district, nor to the district. List them at their " +
    "school (or at the district) and import again.",
  "roster.user.administrator":
    "This person is an administrator of the district: they may manage the roster and see every " +
    "plan of the district.",
  "roster.user.orgMissing":
    "The org {id} is neither in orgs.csv nor a school of the district, so this person is linked " +
    "to no school through it.",
  "roster.role.userMissing":
    "{id} is not in users.csv, so this role was not read (roles of people who are not in the " +
    "export are left as they are).",
  "roster.role.noPrimary": "This person has no primary role in roles.csv; {role} was used.",
  "roster.role.several": "This person has several primary roles in roles.csv; {role} was used.",
  "roster.org.parentMissing":
    "The parent org {parent} is not in orgs.csv. If it is one of the district's schools, this " +
    "org counts as part of it; if not, an administrator listed only here is imported without " +
    "rights.",
  "roster.org.parentLoop":
    "The parents of the org {id} lead back to it, so it belongs to no school; an administrator " +
    "listed only here is imported without rights.",
  "roster.org.usedAsSchool":
    "The org {id} has the type {type}, not school, but classes use it as their school, so it " +
    "counts as a school.",
  "roster.org.severalDistricts":
    "The export has several district orgs; the district is named after the first, {name}.",
  "roster.org.otherDistrict":
    "This export is for district {id}, but this district was imported from {current}. Import it " +
    "into the right district.",
  "roster.school.adopted":
    "The school set up in the app as {before} is the roster's one school, so it now has the " +
    "roster's name, {name}; its Math Vision, settings and plans stay. From now on its name " +
    "comes from the roster: each import brings it.",
  "roster.school.notMatched":
    "The school {name}, made in the app, was not matched to a school of the roster, which brings " +
    "{count, plural, one {# school} other {# schools}}; it stays as it is, beside them.",
  "roster.ref.invalidRow":
    "{id} is in a row that has errors, so this row cannot be imported either.",
  "roster.ref.missing": "{id} is neither in the export nor already in the roster.",
  "roster.ref.schoolMissing":
    "The school {id} is neither in orgs.csv nor already a school of the district.",
  "roster.enrollment.otherSchool":
    "This is not the school of the class ({school}); the class’s school was kept.",
  "roster.enrollment.roleMismatch":
    "{id} has the role {personRole} but is enrolled with the role {enrolledRole}; the " +
    "enrollment is kept as it is.",
  "roster.link.unknown":
    "{id} is neither in users.csv nor already in the roster, so no family link was made.",
  "roster.link.removed": "{id} is marked for removal, so no family link was made.",
  "roster.link.invalidRow": "{id} is in a row that has errors, so no family link was made.",
  "roster.link.notFamily":
    "No family link was made with {id}: a family link joins a student and a guardian, but {id} " +
    "has the role {agentRole} and this person the role {personRole}.",
  "roster.export.noRows": "The export has no rows to import.",
  "roster.export.writeFailed": "The import stopped part-way and nothing was stored: {detail}",
  "roster.export.busy":
    "The database was busy with another import or a long save for too long, so nothing was " +
    "stored. Wait until it has finished and import again.",
  "roster.export.districtMadeMeanwhile":
    "Another import made this database's district while this one ran, so nothing was " +
    "stored. Import again: the roster then goes into that district.",
  "roster.export.noTemporarySpace":
    "The server could not keep the checked rows in its temporary folder ({detail}), so nothing " +
    "was stored. Free some disk space on the server (or set TMPDIR) and import again.",
} as const;
