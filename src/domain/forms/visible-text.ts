import { z } from "zod";

// Zero-width spaces and joiners, bidi marks, word joiners and the byte-order mark draw nothing
// (Unicode calls them default ignorable): words made only of them, with or without spaces,
// would show as an empty entry. They stay in words that also show, where they do their work
// (a joiner in an emoji or in Persian, a mark that keeps a name's direction).
const visibleCharacter = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}]/u;

/** Whether typed words have at least one character a reader can see. */
export const hasVisibleText = (text: string) => visibleCharacter.test(text);

/**
 * A field a person must fill in with words, at most max characters, trimmed. Words that show
 * nothing are refused with the field's usual "required" message.
 */
export const requiredWords = (max: number) =>
  z.string().trim().min(1).max(max).refine(hasVisibleText, { error: "field.required" });
