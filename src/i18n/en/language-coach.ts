/** The wording coach: hints towards strength-based language, never a refusal. */
export const languageCoach = {
  "languageCoach.title": "A thought on wording",
  "languageCoach.intro":
    "{count, plural, one {This phrase can read as what the student lacks rather than what " +
    "they are building:} other {These phrases can read as what the student lacks rather " +
    "than what they are building:}}",
  "languageCoach.finding": "“{phrase}”",
  "languageCoach.whileTyping": "Only a suggestion: you can save your words as they are.",
  "languageCoach.afterSave":
    "Your words were saved as you wrote them. If you like, you can edit them with this in mind.",
  "languageCoach.tooLong":
    "The wording coach reads up to {max, number} characters at a time, so this text was not " +
    "checked. You can still save it.",
  "languageCoach.tooMany":
    "The wording coach is pausing after many checks in a row. Your text can still be saved; " +
    "it will look again in a minute.",
  "languageCoach.cli.usage":
    "Usage: maps check-language --lang en|es [--json] < statements.txt\n\n" +
    "Reads one statement per line and says whether each reads as deficit-framed, with the " +
    "phrases found and strength-based ways to say them.",
  "languageCoach.cli.badLanguage": "Unknown language “{lang}”: choose en or es with --lang.",
  "languageCoach.cli.noLanguage": "Say which word list to use with --lang en or --lang es.",
  "languageCoach.cli.unknownOption": "Unknown option {option}.",
  "languageCoach.cli.deficit": "line {line}: reads as deficit-framed ({phrases})",
  "languageCoach.cli.strength": "line {line}: reads as strength-based",
  "languageCoach.cli.suggestion": "  try: {suggestion}",
  "languageCoach.cli.rules": "The word lists could not be read. {problem}",
} as const;
