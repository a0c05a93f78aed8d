import type { importCommand as english } from "../en/import-command.ts";
import type { Messages } from "../messages.ts";

export const importCommand: Messages<typeof english> = {
  "roster.cli.setUpFirst":
    "Cơ sở dữ liệu này chưa có trường nào, nên không có gì được nhập: việc nhập không tạo " +
    "quản trị viên đầu tiên, và sẽ không ai đăng nhập được. Hãy thiết lập trường trước: chạy " +
    "npm start, mở ứng dụng trong trình duyệt và tạo trường cùng quản trị viên đầu tiên, rồi " +
    "nhập lại với cùng DATA_DIR (hoặc DATABASE_URL).",
  "roster.cli.beforeFirstImport":
    "Trước lần nhập đầu tiên, hãy thiết lập trường: chạy npm start rồi tạo trường và quản\n" +
    "trị viên đầu tiên trong trình duyệt. Với cơ sở dữ liệu chưa có trường, lệnh không nhập\n" +
    "gì và báo như vậy.\n\n" +
    "Với --json, khi lệnh không thể nhập (gọi sai, chưa có trường hoặc học khu, bị dừng), nó\n" +
    'in một đối tượng JSON có "imported": false, một từ "problem" và một "message".',
};
