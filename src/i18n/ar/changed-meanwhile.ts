import type { changedMeanwhile as english } from "../en/changed-meanwhile.ts";
import type { Messages } from "../messages.ts";

export const changedMeanwhile: Messages<typeof english> = {
  "plans.removed.byName":
    "{section, select, strength {أُزيلت نقطة القوة هذه على يد {name} أثناء الكتابة.} " +
    "area {أُزيل مجال التحسين هذا على يد {name} أثناء الكتابة.} " +
    "other {أُزيل هذا الإجراء على يد {name} أثناء الكتابة.}}",
  "plans.removed.byYou":
    "{section, select, " +
    "strength {أزلت نقطة القوة هذه في علامة تبويب أو نافذة أخرى أثناء الكتابة هنا.} " +
    "area {أزلت مجال التحسين هذا في علامة تبويب أو نافذة أخرى أثناء الكتابة هنا.} " +
    "other {أزلت هذا الإجراء في علامة تبويب أو نافذة أخرى أثناء الكتابة هنا.}}",
  "plans.removed.meanwhile":
    "{section, select, strength {أُزيلت نقطة القوة هذه من الخطة أثناء الكتابة.} " +
    "area {أُزيل مجال التحسين هذا من الخطة أثناء الكتابة.} " +
    "other {أُزيل هذا الإجراء من الخطة أثناء الكتابة.}}",
  "plans.saved.alreadyRetired": "كان هذا قد أُزيل من الخطة من قبل، لذلك لم يتغيّر شيء.",
  "form.alreadySaved": "حُفظ هذا من قبل. إرسال النموذج نفسه مرة أخرى لم يُضفه مرة ثانية.",
  "meetings.problem.withdrawnMeanwhile":
    "سُحبت مواعيد الاجتماع هذه بينما كنتم تختارون، لذلك لم يُختر أي موعد. المواعيد التي " +
    "اقتُرحت بعد ذلك مدرجة أدناه.",
};
