import type { backup as english } from "../en/backup.ts";
import type { Messages } from "../messages.ts";

export const backup: Messages<typeof english> = {
  "backup.cli.usage":
    "用法：maps backup 文件\n\n在应用继续运行时，把整个数据库的一致备份写入该文件。数据库为 ./data（或 DATA_DIR）；设置了 DATABASE_URL 时为 " +
    "PostgreSQL。",
  "restore.cli.usage":
    "用法：maps restore 文件\n\n把 maps backup 生成的备份恢复到一个空的数据文件夹（DATA_DIR）或一个空的 PostgreSQL " +
    "数据库（DATABASE_URL）。请先停止应用，恢复后再启动。",
  "backup.cli.oneFile": "请只给出一个文件名。",
  "backup.cli.noDatabase": "{folder} 中没有可以备份的数据库。",
  "backup.cli.written": "{kind} 数据库的备份已写入 {file}（{bytes} 字节）。",
  "restore.cli.restored": "已从 {file} 恢复于 {createdAt} 生成的 {kind} 备份。启动应用即可使用。",
  "backup.problem.notBackup": "{file} 不是 Math Action Plans 的备份，或已损坏。",
  "backup.problem.wrongKind":
    "{file} 是 {kind} 数据库的备份；请设置同类数据库后再恢复（PostgreSQL 需设置 DATABASE_URL，SQLite 不需设置）。",
  "backup.problem.targetNotEmpty":
    "目标数据库已有数据，因此没有恢复任何内容。请恢复到新的空数据文件夹（DATA_DIR）或新的空 PostgreSQL 数据库（DATABASE_URL）。",
  "backup.problem.toolFailed": "数据库工具运行失败：{detail}",
  "backup.problem.noSuchFile": "{file} 不存在。",
};
