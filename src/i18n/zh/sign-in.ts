import type { signIn as english } from "../en/sign-in.ts";
import type { Messages } from "../messages.ts";

/** Signing in and out: passwords, emailed links and sign-in cards (Simplified Chinese). */
export const signIn: Messages<typeof english> = {
  "signIn.title": "登录",
  "signIn.linkTitle": "通过电子邮件给我发送登录链接",
  "signIn.linkIntro": "适用于学生、家人和教职员工：我们给您发一个链接，点开就能登录，不需要密码。",
  "signIn.field.email": "电子邮件",
  "signIn.linkSubmit": "给我发送登录链接",
  "signIn.passwordTitle": "用密码登录",
  "signIn.passwordIntro": "适用于已设置密码的管理员。",
  "signIn.passwordForgotten":
    "忘记密码了？请在上方申请登录链接。用链接登录后，您可以在 {minutes, number} 分钟内到账户页面设置新密码。",
  "signIn.field.password": "密码",
  "signIn.passwordSubmit": "登录",
  "signIn.wrongPassword": "电子邮件和密码不匹配。请再试一次，或者申请一个登录链接。",
  "signIn.sentTitle": "请查看您的电子邮件",
  "signIn.sentBody":
    "如果这个地址属于学校里的某个人，登录链接已经在路上了。链接只能使用一次，有效期为 3 天。",
  "signIn.sentAgain": "几分钟后还没收到邮件？请查看垃圾邮件文件夹，或者再申请一次。",
  "signIn.confirmTitle": "完成登录",
  "signIn.confirmBody": "按下按钮，登录数学行动计划。",
  "signIn.confirmButton": "登录",
  "signIn.linkFailedTitle": "这个登录链接已经失效",
  "signIn.linkFailedBody":
    "登录链接只能使用一次，有效期为 3 天。请在下面输入您的电子邮件，申请一个新的。",

  "signInEmail.subject": "您的数学行动计划登录链接",
  "signInEmail.preview": "您登录数学行动计划的链接。",
  "signInEmail.greeting": "{name}，您好：",
  "signInEmail.body": "打开这个链接即可登录数学行动计划。链接只能使用一次，有效期为 3 天：",
  "signInEmail.button": "登录",
  "signInEmail.ignore": "如果您没有申请这个链接，可以忽略这封邮件。",
  "signInEmail.footer": "您收到这封邮件，是因为有人为这个地址申请了登录链接。",

  "card.staffTitle": "{name}的登录卡",
  "card.intro":
    "有了登录卡，{name}不用密码也能登录：打开卡上的链接或扫描二维码即可。请像保管家门钥匙一样妥善保管。",
  "card.inUse": "正在使用一张于 {made} 制作的登录卡。",
  "card.lastUsed": "上次使用：{used}。",
  "card.neverUsed": "还没有使用过。",
  "card.none": "{name}没有正在使用的登录卡。",
  "card.create": "制作登录卡",
  "card.replace": "制作新卡",
  "card.replaceHint": "制作新卡后，正在使用的旧卡就会失效。",
  "card.revoke": "停用这张卡",
  "card.revoked": "这张卡已经失效。",
  "card.printTitle": "{name}的登录卡",
  "card.scan": "扫描二维码或打开链接，登录数学行动计划。",
  "card.qrLabel": "打开{name}登录链接的二维码",
  "card.print": "打印",
  "card.language.label": "登录卡的语言",
  "card.language.keptFamily":
    "您选择的语言也会保存下来，用于发给 {name} 的邮件，除非他们在应用中另选语言。",
  "card.language.chosenByThem":
    "{name} 在应用中选择了{language}；无论登录卡用哪种语言，发给他们的邮件都用该语言。",
  "card.shownOnce": "这个链接只显示这一次。离开本页前请打印或分享它；如果丢失了，请制作一张新卡。",
  "card.back": "返回{name}的登录卡",
  "card.backToSharing": "返回分享{studentName}的计划",
  "card.backToStudents": "返回学生名单",
  "card.openTitle": "登录",
  "card.openHello": "{name}，您好。",
  "card.openBody": "按下按钮即可登录。",
  "card.openButton": "登录",
  "card.failedTitle": "这张卡无法使用",
  "card.failedBody": "请向老师要一张新的登录卡。",
  "signIn.tooManyAttempts": "登录尝试次数过多。请等待 15 分钟后再试，或者申请登录链接。",
  "signIn.tooManyLinkRequests":
    "申请登录链接的次数过多。请等待一小时，并在邮箱中查看已经发出的链接。",
  "account.title": "您的账户",
  "account.signedInAs": "您已以 {name} 的身份登录。",
  "account.languageHint": "页面和电子邮件会使用您在任意页面顶部选择的语言。",
  "account.everywhere.heading": "在所有设备上退出",
  "account.everywhere.explain":
    "如果您曾在共用或丢失的手机、电脑上登录，此操作会结束您的所有会话，包括当前这个。其他设备会在五分钟内退出。",
  "account.everywhere.button": "在所有设备上退出",
  "account.everywhere.done": "您已在所有设备上退出。",
  "account.password.heading": "修改密码",
  "account.password.explain":
    "请输入当前密码，再把新密码输入两次。修改后，您的其他所有会话都会结束：其他设备会在五分钟内退出。",
  "account.password.field.current": "当前密码",
  "account.password.field.new": "新密码",
  "account.password.field.newAgain": "再次输入新密码",
  "account.password.submit": "修改密码",
  "account.password.changed":
    "您的密码已修改。您的其他所有会话都已结束；其他设备会在五分钟内退出。",
  "account.password.wrongCurrent":
    "这不是您的当前密码。如果忘记了，请退出，再用电子邮件中的链接登录，然后就可以在这里设置新密码。",
  "account.password.differ": "两次输入的新密码不一样。请重新输入。",
  "account.password.tooManyAttempts":
    "密码输错次数过多。请等待 15 分钟后再试，或者退出后用电子邮件中的链接登录。",
  "account.password.none": "您没有可修改的密码：您是用电子邮件中的链接或登录卡登录的。",
  "account.reset.heading": "设置新密码",
  "account.reset.explain":
    "您是用发到您邮箱的链接登录的，所以不需要旧密码就能设置新密码。此操作只能进行一次，须在登录后 " +
    "{minutes, number} 分钟内完成。之后您的其他所有会话都会结束。",
  "account.reset.submit": "保存新密码",
  "account.reset.expired":
    "不用旧密码设置新密码只能进行一次，并且须在用电子邮件中的链接登录后 {minutes, number} " +
    "分钟内完成。请退出，申请新的登录链接后再试。",
};
