import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../../../src/domain/errors.ts";
import {
  claimStagedExport,
  findStagedExport,
  removeStagedExport,
  stageUpload,
  sweepStagedExports,
  type UploadedFile,
} from "../../../src/domain/roster/stage-roster-upload.ts";
import { translator } from "../../../src/i18n/translate.ts";
import { removeScratch, scratchFolder } from "./roster-fixtures.ts";

const t = translator("en");
const districtId = "5b0e8f9c-1d2e-4f3a-9b8c-7d6e5f4a3b2c";
const now = () => new Date();
const inHours = (hours: number) => () => new Date(Date.now() + hours * 60 * 60 * 1000);

function upload(name: string, text = "sourcedId\n", size?: number): UploadedFile {
  const bytes = Buffer.from(text);
  return {
    name,
    size: size ?? bytes.length,
    arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
  };
}

async function refusal(files: UploadedFile[]) {
  const dataDir = scratchFolder();
  const error = await stageUpload({ dataDir, districtId, files, t }).catch((caught) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect(fs.existsSync(path.join(dataDir, "staged-imports"))).toBe(false);

  return (error as AppError).publicMessage;
}

describe("staging an uploaded export", () => {
  afterEach(removeScratch);

  it("an uploaded zip waits in the data folder until its district imports it", async () => {
    const dataDir = scratchFolder();

    const staged = await stageUpload({
      dataDir,
      districtId,
      files: [upload("riverside.zip", "PK")],
      t,
    });

    expect(staged.sourceName).toBe("riverside.zip");
    expect(staged.source.startsWith(path.join(dataDir, "staged-imports", staged.importId))).toBe(
      true,
    );
    expect(fs.readFileSync(staged.source, "utf8")).toBe("PK");
    expect(
      await findStagedExport({ dataDir, districtId, importId: staged.importId, clock: now }),
    ).toEqual(staged);
    const otherDistrict = "00000000-0000-4000-8000-000000000000";
    expect(
      await findStagedExport({
        dataDir,
        districtId: otherDistrict,
        importId: staged.importId,
        clock: now,
      }),
    ).toBeUndefined();

    await removeStagedExport(dataDir, staged.importId);
    expect(
      await findStagedExport({ dataDir, districtId, importId: staged.importId, clock: now }),
    ).toBeUndefined();
  });

  it("the CSV files of a chosen folder are staged under their own names, the folder named after", async () => {
    const dataDir = scratchFolder();
    const files = [upload("export-2025/users.csv", "a"), upload("export-2025/manifest.csv", "b")];

    const staged = await stageUpload({ dataDir, districtId, files, t });

    expect(staged.sourceName).toBe("export-2025");
    expect(fs.readdirSync(staged.source).sort()).toEqual(["manifest.csv", "users.csv"]);
  });

  it("loose CSV files are named after themselves, as far as a history line holds", async () => {
    const dataDir = scratchFolder();
    const few = ["users (1).csv", "manifest.csv", "orgs.csv"].map((name) => upload(name, "a"));
    const many = Array.from({ length: 12 }, (_, n) => upload(`file-${n + 10}.csv`, "a"));

    const named = await stageUpload({ dataDir, districtId, files: few, t });
    const long = await stageUpload({ dataDir, districtId, files: many, t });

    // A browser's second copy keeps its name, brackets and all, for the report to name.
    expect(named.sourceName).toBe("manifest.csv, orgs.csv, users (1).csv");
    expect(long.sourceName).toBe(
      "file-10.csv, file-11.csv, file-12.csv, file-13.csv, file-14.csv, file-15.csv, file-16.csv, …",
    );
  });

  it("a file name that climbs out of its folder is kept to its own name", async () => {
    const dataDir = scratchFolder();

    const staged = await stageUpload({
      dataDir,
      districtId,
      files: [upload("..\\..\\users.csv")],
      t,
    });

    expect(fs.readdirSync(staged.source)).toEqual(["users.csv"]);
  });

  it("an upload without files, or with other kinds of file, is refused with a clear message", async () => {
    expect(await refusal([])).toBe(
      "Choose the export’s .zip file, or the .csv files of its folder.",
    );
    expect(await refusal([upload("", "", 0)])).toBe(
      "Choose the export’s .zip file, or the .csv files of its folder.",
    );
    expect(await refusal([upload("roster.xlsx")])).toBe(
      "roster.xlsx is neither a .zip nor a .csv file. Choose the export’s .zip file, or the .csv files of its folder.",
    );
    expect(await refusal([upload("roster.zip"), upload("users.csv")])).toBe(
      "Choose one .zip file on its own, or only .csv files.",
    );
    expect(await refusal([upload("a/users.csv"), upload("b/users.csv")])).toBe(
      "Two of the chosen files have the same name; choose each file once.",
    );
  });

  it("an upload larger than 50 MB is refused before anything is written", async () => {
    expect(await refusal([upload("roster.zip", "PK", 51 * 1024 * 1024)])).toBe(
      "The upload is larger than 50 MB, the most the app takes. Loose .csv files are much " +
        "smaller as one .zip file: upload that instead. A .zip this large can be imported by " +
        "whoever runs the app's server, from the command line (npx maps import).",
    );
  });

  it("a staged export is offered for a day, then removed", async () => {
    const dataDir = scratchFolder();
    const staged = await stageUpload({
      dataDir,
      districtId,
      files: [upload("roster.zip", "PK")],
      t,
    });
    const importId = staged.importId;

    await sweepStagedExports(dataDir, inHours(23));
    expect(
      await findStagedExport({ dataDir, districtId, importId, clock: inHours(23) }),
    ).toBeDefined();
    expect(
      await findStagedExport({ dataDir, districtId, importId, clock: inHours(25) }),
    ).toBeUndefined();

    await sweepStagedExports(dataDir, inHours(25));
    expect(fs.existsSync(path.join(dataDir, "staged-imports", importId))).toBe(false);
  });

  it("of two claims of a staged export at once, one takes it, the other finds none", async () => {
    const dataDir = scratchFolder();
    const staged = await stageUpload({
      dataDir,
      districtId,
      files: [upload("roster.zip", "PK")],
      t,
    });
    const claim = () =>
      claimStagedExport({ dataDir, districtId, importId: staged.importId, clock: now });

    const claims = await Promise.all([claim(), claim()]);

    const taken = claims.filter((claimed) => claimed !== undefined);
    expect(taken).toHaveLength(1);
    const [claimed] = taken;
    if (!claimed) throw new Error("no claim");
    expect(fs.readFileSync(claimed.source, "utf8")).toBe("PK");
    expect(
      await findStagedExport({ dataDir, districtId, importId: staged.importId, clock: now }),
    ).toBeUndefined();

    await claimed.release();
    expect(
      await findStagedExport({ dataDir, districtId, importId: staged.importId, clock: now }),
    ).toEqual(staged);

    const again = await claim();
    await again?.remove();
    expect(fs.readdirSync(path.join(dataDir, "staged-imports"))).toEqual([]);
  });

  it("a claimed export left behind is still removed after a day", async () => {
    const dataDir = scratchFolder();
    const staged = await stageUpload({
      dataDir,
      districtId,
      files: [upload("roster.zip", "PK")],
      t,
    });
    await claimStagedExport({ dataDir, districtId, importId: staged.importId, clock: now });

    await sweepStagedExports(dataDir, inHours(25));

    expect(fs.readdirSync(path.join(dataDir, "staged-imports"))).toEqual([]);
  });

  it("an import id that is not an id never reaches the file system", async () => {
    const dataDir = scratchFolder();

    expect(
      await findStagedExport({ dataDir, districtId, importId: "../../etc", clock: now }),
    ).toBeUndefined();
  });
});
