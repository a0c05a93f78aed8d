import type { school as english } from "../en/school.ts";
import type { Messages } from "../messages.ts";

/** First run, the demo school, school settings and the start pages (Simplified Chinese). */
export const school: Messages<typeof english> = {
  "home.title": "欢迎",
  "home.intro":
    "数学行动计划由学生、家人和老师一起写成：写下学生在数学上的优势、接下来要努力的方向，" +
    "以及每个人会做些什么来帮忙。",
  "home.signIn": "登录",
  "home.exploreDemo": "参观示范学校",

  "myPlans.title": "我的计划",
  "myPlans.yours": "您的计划",
  "myPlans.child": "{name}的计划",
  "myPlans.none": "还没有计划。老师会和您一起开始制定。",
  "myPlans.noneForChild": "{name}还没有计划。老师会开始制定。",
  "myPlans.noChildren": "您的账户还没有关联任何学生。请让学校把您添加为家庭成员。",
  "myPlans.plan": "计划开始于 {date}",
  "myPlans.schoolYear": "{year} 学年",
  "myPlans.startedBy": "由{name}发起",

  "setup.title": "设置您的学校",
  "setup.intro":
    "欢迎。请创建您的学校和您自己的管理员账户。之后，您可以写下学校的数学愿景，并导入名册。",
  "setup.schoolLegend": "您的学校",
  "setup.adminLegend": "您，第一位管理员",
  "setup.field.schoolName": "学校名称",
  "setup.field.timeZone": "时区",
  "setup.hint.timeZone": "会议和跟进会按这个时区显示。",
  "setup.field.givenName": "名",
  "setup.field.familyName": "姓",
  "setup.field.email": "电子邮件",
  "setup.hint.email": "给您的登录链接和消息会发到这里。",
  "setup.field.password": "密码",
  "setup.hint.password": "至少 10 个字符。一个简短的句子很容易记住。",
  "setup.field.passwordAgain": "再次输入密码",
  "setup.submit": "创建学校",
  "setup.passwordsDiffer": "两次输入的密码不一样。请重新输入。",
  "setup.alreadyDone": "这所学校已经设置好了。请登录。",
  "setup.demoTitle": "只是看看？",
  "setup.demoIntro":
    "加载一所示范学校，里面有虚构的学生、家人、一位老师和一份计划，然后以他们每个人的身份参观。",
  "setup.demoSubmit": "加载示范学校来参观",

  "demo.title": "以谁的身份参观…",
  "demo.intro":
    "这是一所示范学校：里面的每个人都是虚构的。以任何一个人的身份登录，就能看到他们眼中的应用。",
  "demo.warning": "任何打开这个应用的人都可以用这些身份登录，所以请不要在这里输入真实学生的信息。",
  "demo.role.administrator": "管理员",
  "demo.role.teacher": "老师",
  "demo.role.student": "一位学生",
  "demo.role.guardian": "一位家庭成员",
  "demo.about.administrator": "管理学校设置和名册，可以看到每一位学生。",
  "demo.about.teacher": "可以看到两个班的学生，并和他们一起写计划。",
  "demo.about.student": "可以查看自己的计划，并在上面添加内容。",
  "demo.about.guardian": "可以查看孩子的计划，并在上面添加内容。",
  "demo.signInAs": "以{name}的身份登录",

  "school.title": "学校设置",
  "school.intro": "这些设置适用于{name}的每一份计划。",
  "school.saved": "学校设置已保存。",
  "school.welcome":
    "您的学校已经准备好了。先从数学愿景开始吧：在您的学校，每位学生学习数学应该是什么样子。",
  "school.others": "学区内的学校",
  "school.field.name": "学校名称",
  "school.translations.legend": "以家庭语言呈现的数学愿景",
  "school.translations.hint":
    "使用这些语言之一的家庭会在计划和电子邮件中看到您的译文；留空则显示上面的愿景。计划中人们自己写的话永远不会被翻译。",
  "school.field.visionIn": "{language}版数学愿景",
  "school.field.mathVision": "数学愿景",
  "school.hint.mathVision": "一段显示在每份计划顶部的简短文字。最多 2,000 个字符，会保留换行。",
  "school.field.timeZone": "时区",
  "school.field.cadence": "两次跟进之间的天数",
  "school.hint.cadence": "1 到 90。新的跟进会按这个天数间隔安排。",
  "school.cadenceRange": "{field}必须是 1 到 90 之间的整数。",
  "school.visionTitle": "计划中显示的数学愿景",
  "school.noVision": "还没有数学愿景。",
};
