import type { backup as english } from "../en/backup.ts";
import type { Messages } from "../messages.ts";

export const backup: Messages<typeof english> = {
  "backup.cli.usage":
    "Cách dùng: maps backup TỆP\n\nGhi một bản sao lưu nhất quán của toàn bộ cơ sở dữ liệu vào " +
    "TỆP trong khi ứng dụng vẫn chạy. Cơ sở dữ liệu là ./data (hoặc DATA_DIR), hoặc PostgreSQL " +
    "khi có DATABASE_URL.",
  "restore.cli.usage":
    "Cách dùng: maps restore TỆP\n\nKhôi phục một bản sao lưu do maps backup tạo vào một thư mục " +
    "dữ liệu trống (DATA_DIR) hoặc một cơ sở dữ liệu PostgreSQL trống (DATABASE_URL). Hãy dừng " +
    "ứng dụng trước và khởi động lại sau đó.",
  "backup.cli.oneFile": "Hãy đưa đúng một tên tệp.",
  "backup.cli.noDatabase": "Không có cơ sở dữ liệu nào trong {folder} để sao lưu.",
  "backup.cli.written": "Đã ghi bản sao lưu cơ sở dữ liệu {kind} vào {file} ({bytes} byte).",
  "restore.cli.restored":
    "Đã khôi phục bản sao lưu {kind} tạo lúc {createdAt} từ {file}. Hãy khởi động ứng dụng để " +
    "dùng.",
  "backup.problem.notBackup":
    "{file} không phải là bản sao lưu của Math Action Plans, hoặc đã bị hỏng.",
  "backup.problem.wrongKind":
    "{file} là bản sao lưu của cơ sở dữ liệu {kind}; hãy thiết lập cùng loại cơ sở dữ liệu để " +
    "khôi phục (DATABASE_URL cho PostgreSQL, không đặt gì cho SQLite).",
  "backup.problem.targetNotEmpty":
    "Cơ sở dữ liệu đích đã có dữ liệu nên chưa khôi phục gì. Hãy khôi phục vào một thư mục dữ " +
    "liệu mới, trống (DATA_DIR) hoặc một cơ sở dữ liệu PostgreSQL mới, trống (DATABASE_URL).",
  "backup.problem.toolFailed": "Công cụ cơ sở dữ liệu bị lỗi: {detail}",
  "backup.problem.noSuchFile": "{file} không tồn tại.",
};
