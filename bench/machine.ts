import fs from "node:fs";
import os from "node:os";

/** What the figures were measured on: they mean little without it. */
export function machine() {
  return {
    cpuModel: cpuModel(),
    cores: os.availableParallelism(),
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

function cpuModel() {
  const cpuinfo = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  const line = cpuinfo.split("\n").find((entry) => entry.startsWith("model name"));

  return line?.split(":")[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown";
}
