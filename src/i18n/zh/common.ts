import type { common as english } from "../en/common.ts";
import type { Messages } from "../messages.ts";

/** Words every page shares (Simplified Chinese). */
export const common: Messages<typeof english> = {
  "app.name": "数学行动计划",
  "nav.skip": "跳到主要内容",
  "nav.home": "首页",
  "nav.students": "我的学生",
  "nav.roster": "名册",
  "nav.school": "学校设置",
  "nav.outbox": "已发邮件",
  "nav.signIn": "登录",
  "nav.signOut": "退出登录",
  "nav.signedInAs": "已登录：{name}",
  "nav.main": "主导航",
  "nav.language": "语言",
  "error.title": "有些地方需要注意",
  "error.back": "返回首页",
  "error.fieldsIntro": "请修改以下内容：",
  "error.invalid_input": "填写的内容有些需要再检查一下。",
  "error.unauthenticated": "请先登录再继续。",
  "error.forbidden": "您没有权限查看此页面。",
  "error.not_found": "找不到这个页面。",
  "error.conflict": "有人同时修改了这里。请查看后再试一次。",
  "error.rate_limited": "尝试次数太多。请等几分钟后再试。",
  "error.unreadableForm": "无法读取表单。请返回，检查填写的内容后再提交一次。",
  "error.unexpected": "我们这边出了问题。您刚才的修改没有保存。",
  "form.save": "保存",
  "form.cancel": "取消",
  "voice.student": "学生",
  "voice.family": "家庭",
  "voice.teacher": "老师",
  "time.zone.ownSchool": "时间按您所在学校 {school} 的时区（{zone}）显示。",
  "time.zone.firstSchool":
    "您不属于任何一所学校，因此时间按学区第一所学校 {school} 的时区（{zone}）显示。",
  "time.zone.none": "时间按 UTC 显示：学区还没有学校。",
};
