import type { changedMeanwhile as english } from "../en/changed-meanwhile.ts";
import type { Messages } from "../messages.ts";

export const changedMeanwhile: Messages<typeof english> = {
  "plans.removed.byName":
    "{section, select, strength {أُزيلت نقطة القوة هذه على يد {name} بينما كنت تكتب.} " +
    "area {أُزيل مجال التحسين هذا على يد {name} بينما كنت تكتب.} " +
    "other {أُزيل هذا الإجراء على يد {name} بينما كنت تكتب.}}",
  "plans.removed.byYou":
    "{section, select, " +
    "strength {أزلت نقطة القوة هذه في علامة تبويب أو نافذة أخرى بينما كنت تكتب هنا.} " +
    "area {أزلت مجال التحسين هذا في علامة تبويب أو نافذة أخرى بينما كنت تكتب هنا.} " +
    "other {أزلت هذا الإجراء في علامة تبويب أو نافذة أخرى بينما كنت تكتب هنا.}}",
  "plans.removed.meanwhile":
    "{section, select, strength {أُزيلت نقطة القوة هذه من الخطة بينما كنت تكتب.} " +
    "area {أُزيل مجال التحسين هذا من الخطة بينما كنت تكتب.} " +
    "other {أُزيل هذا الإجراء من الخطة بينما كنت تكتب.}}",
  "plans.saved.alreadyRetired": "كان هذا قد أُزيل من الخطة من قبل، لذلك لم يتغيّر شيء.",
  "form.alreadySaved": "حُفظ هذا من قبل. إرسال النموذج نفسه مرة أخرى لم يُضفه مرة ثانية.",
  "meetings.problem.withdrawnMeanwhile":
    "سُحبت مواعيد الاجتماع هذه بينما كنت تختار، لذلك لم يُختر أي موعد. عندما تُقترح مواعيد " +
    "جديدة، ستظهر في هذه الصفحة.",
};
