/*
 * Words in the charts drawn on the server are placed before any browser measures them, so their
 * width is an estimate: a Chinese or Japanese character a full em, any other character six
 * tenths of one, a little more than most letters take, so that the estimate errs towards room.
 */

const fullWidth = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\uff00-\uffef]/gu;

/** About how wide a text is drawn at this font size. */
export function textWidth(text: string, fontSize: number) {
  const wide = text.match(fullWidth)?.length ?? 0;

  return (wide + ([...text].length - wide) * 0.6) * fontSize;
}

/** The label cut to fit the width, with an ellipsis; the table beside the chart has it whole. */
export function fitted(label: string, width: number, fontSize: number) {
  if (textWidth(label, fontSize) <= width) return label;

  const characters = [...label];
  while (characters.length > 0 && textWidth(`${characters.join("")}…`, fontSize) > width) {
    characters.pop();
  }
  return `${characters.join("").trimEnd()}…`;
}
