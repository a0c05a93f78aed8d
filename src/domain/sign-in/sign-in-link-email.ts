import { translator } from "../../i18n/translate.ts";
import { isolate } from "../../lib/bidi-isolate.ts";
import { emailLocale, renderEmail } from "../../mail/templates/layout.ts";

/** The email that carries a sign-in link, in the person's language when the app speaks it. */
export function signInLinkEmail(options: {
  preferredLocale: string | null;
  name: string;
  link: string;
}) {
  const locale = emailLocale(options.preferredLocale);
  const t = translator(locale);

  return renderEmail({
    locale,
    subject: t("signInEmail.subject"),
    preview: t("signInEmail.preview"),
    // A heading gives a screen reader a place to start, as in every other email of the app.
    blocks: [
      { kind: "heading", level: 1, text: t("signInEmail.subject") },
      { kind: "paragraph", text: t("signInEmail.greeting", { name: isolate(options.name) }) },
      { kind: "paragraph", text: t("signInEmail.body") },
      {
        kind: "button",
        label: t("signInEmail.button"),
        url: options.link,
        fallback: t("mail.linkFallback"),
      },
      { kind: "paragraph", text: t("signInEmail.ignore") },
    ],
    footer: t("signInEmail.footer"),
  });
}
