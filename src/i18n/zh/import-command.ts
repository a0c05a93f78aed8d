import type { importCommand as english } from "../en/import-command.ts";
import type { Messages } from "../messages.ts";

export const importCommand: Messages<typeof english> = {
  "roster.cli.setUpFirst":
    "这个数据库还没有学校，所以没有导入任何内容：导入不会创建第一位管理员，导入后将没有人" +
    "能登录。请先设置学校：运行 npm start，在浏览器中打开应用，创建学校和第一位管理员，" +
    "然后用同一个 DATA_DIR（或 DATABASE_URL）再导入一次。",
  "roster.cli.beforeFirstImport":
    "第一次导入之前，请先设置学校：运行 npm start，在浏览器中创建学校和第一位管理员。\n" +
    "数据库里还没有学校时，命令不会导入任何内容，并会说明这一点。\n\n" +
    "加上 --json 时，如果命令无法导入（用法有误、没有学校或学区、被停止），它会输出一个\n" +
    'JSON 对象，其中 "imported" 为 false，另有表示问题的 "problem" 和说明 "message"。',
};
