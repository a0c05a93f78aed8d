import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupFileError, readHeader } from "../../src/db/backup/backup-file.ts";
import { createBackup } from "../../src/db/backup/create-backup.ts";
import { restoreBackup } from "../../src/db/backup/restore-backup.ts";
import type { DatabaseHandle } from "../../src/db/connection.ts";
import { FormAlreadySaved } from "../../src/domain/forms/form-token.ts";
import { addStatement } from "../../src/domain/plans/add-statement.ts";
import { correctMeeting } from "../../src/domain/plans/correct-meeting.ts";
import { recordMeeting } from "../../src/domain/plans/record-meeting.ts";
import { dialects, freshDatabase, type TestDatabase } from "../support/databases.ts";
import { actorFor } from "../support/factories.ts";
import { classroomWithPlan, planDeps } from "../support/plans.ts";
import { emptyTarget, rowCounts, tableNames, tableRows } from "./database-snapshot.ts";

const clock = () => new Date("2026-12-04T12:00:00Z");

describe.each(dialects)("backing up and restoring the %s database", (dialect) => {
  let source: TestDatabase;
  let folder: string;
  beforeAll(async () => {
    source = await freshDatabase(dialect);
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "maps-backups-"));
  });
  afterAll(async () => {
    await source.drop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  const backupOf = async (name: string) => {
    const file = path.join(folder, name);
    await createBackup({ handle: source, databaseUrl: source.databaseUrl, file, clock });
    return file;
  };

  async function restoredInto(file: string, check: (restored: DatabaseHandle) => Promise<void>) {
    const target = await emptyTarget(dialect);
    try {
      await restoreBackup({ file, target });
      const restored = target.open();
      try {
        await check(restored);
      } finally {
        await restored.close();
      }
    } finally {
      await target.drop();
    }
  }

  it("a restored backup holds every row of every table, as it was", async () => {
    const room = await classroomWithPlan(source.db);
    await addStatement(planDeps(source.db), actorFor(room.student), room.planId, {
      section: "strength",
      body: "I notice patterns — «quickly» 速い",
    });
    const file = await backupOf(`whole-${randomUUID()}.mapsbackup`);

    expect(readHeader(file).header).toMatchObject({ format: 1, kind: dialect });
    await restoredInto(file, async (restored) => {
      const names = await tableNames(source);
      expect(await tableNames(restored)).toEqual(names);
      for (const name of names) {
        expect(await tableRows(restored, name), name).toEqual(await tableRows(source, name));
      }
    });
  });

  it("a corrected meeting comes back from a restore with every version of its record", async () => {
    const room = await classroomWithPlan(source.db);
    const deps = planDeps(source.db);
    const { meetingId } = await recordMeeting(deps, actorFor(room.teacher), room.planId, {
      startsAt: "2025-03-10T10:30",
      place: "Room 12",
      notes: "Wrong attendees at first",
      attendeeIds: [room.guardian.id],
    });
    await correctMeeting(
      deps,
      actorFor(room.teacher),
      { planId: room.planId, meetingId },
      { startsAt: "2025-03-10T10:30", place: "Room 12", attendeeIds: [room.student.id], seen: 1 },
    );
    const file = await backupOf(`meeting-${randomUUID()}.mapsbackup`);

    await restoredInto(file, async (restored) => {
      for (const name of ["meetings", "meeting_versions", "meeting_version_attendees"]) {
        expect(await tableRows(restored, name), name).toEqual(await tableRows(source, name));
      }
      const versions = await restored.db
        .selectFrom("meeting_versions")
        .select(["version", "notes", "change"])
        .where("meeting_id", "=", meetingId)
        .orderBy("version")
        .execute();
      expect(versions).toEqual([
        { version: 1, notes: "Wrong attendees at first", change: "recorded" },
        { version: 2, notes: null, change: "corrected" },
      ]);
    });
  });

  it("a form saved before a backup, sent again after its restore, saves nothing", async () => {
    const room = await classroomWithPlan(source.db);
    const input = { section: "strength", body: "I check my answers", formToken: randomUUID() };
    const family = actorFor(room.guardian);
    const { statementId } = await addStatement(planDeps(source.db), family, room.planId, input);
    const file = await backupOf(`form-token-${randomUUID()}.mapsbackup`);

    await restoredInto(file, async (restored) => {
      expect(await tableRows(restored, "form_tokens")).toEqual(
        await tableRows(source, "form_tokens"),
      );
      const again = addStatement(planDeps(restored.db), family, room.planId, input);
      await expect(again).rejects.toEqual(new FormAlreadySaved(statementId));
    });
  });

  it("a backup taken while statements are being written is a consistent snapshot", async () => {
    const room = await classroomWithPlan(source.db);
    const before = (await rowCounts(source)).statements ?? 0;
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await addStatement(planDeps(source.db), actorFor(room.student), room.planId, {
          section: "strength",
          body: `Strength number ${written}`,
        });
        written += 1;
        // SQLite answers without waiting for I/O: yield so the backup gets its turns.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();

    await new Promise((resolve) => setTimeout(resolve, 100));
    const file = await backupOf(`busy-${randomUUID()}.mapsbackup`);
    const atBackupEnd = written;
    writing = false;
    await writer;

    expect(atBackupEnd).toBeGreaterThan(0);
    await restoredInto(file, async (restored) => {
      const counts = await rowCounts(restored);
      expect(counts.statements).toBeGreaterThanOrEqual(before);
      expect(counts.statements).toBeLessThanOrEqual(before + written);
      // Every statement's plan change was recorded in the same transaction: a snapshot holds
      // both or neither.
      const statements = await restored.db
        .selectFrom("statements")
        .select("id")
        .where("plan_id", "=", room.planId)
        .execute();
      const events = await restored.db
        .selectFrom("plan_events")
        .select("id")
        .where("plan_id", "=", room.planId)
        .where("kind", "=", "statement.added")
        .execute();
      expect(events.length).toBe(statements.length);
    });
  });

  it("a restore into a database that holds data is refused and changes nothing", async () => {
    const file = await backupOf(`refused-${randomUUID()}.mapsbackup`);
    const countsBefore = await rowCounts(source);

    const error = await restoreBackup({
      file,
      target: { dialect, dataDir: source.dataDir, databaseUrl: source.databaseUrl },
    }).catch((thrown: unknown) => thrown);

    expect(error).toBeInstanceOf(BackupFileError);
    expect((error as BackupFileError).problem).toBe("targetNotEmpty");
    expect(await rowCounts(source)).toEqual(countsBefore);
  });

  it("a file that is not a backup, or a backup of the other kind, is refused", async () => {
    const notBackup = path.join(folder, `notes-${randomUUID()}.txt`);
    fs.writeFileSync(notBackup, "a shopping list\n");
    const otherKind = path.join(folder, `other-${randomUUID()}.mapsbackup`);
    const other = dialect === "sqlite" ? "postgres" : "sqlite";
    fs.writeFileSync(otherKind, `MAPS-BACKUP {"format":1,"kind":"${other}","createdAt":"x"}\n`);
    const target = await emptyTarget(dialect);

    try {
      const problems = [];
      for (const file of [notBackup, otherKind]) {
        const error = await restoreBackup({ file, target }).catch((thrown: unknown) => thrown);
        problems.push((error as BackupFileError).problem);
      }
      expect(problems).toEqual(["notBackup", "wrongKind"]);
      const untouched = target.open();
      expect(await tableNames(untouched)).toEqual([]);
      await untouched.close();
    } finally {
      await target.drop();
    }
  });

  it("a backup cut short is refused whole and leaves the empty target empty", async () => {
    const file = await backupOf(`cut-${randomUUID()}.mapsbackup`);
    const cut = `${file}.cut`;
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const target = await emptyTarget(dialect);

    try {
      const error = await restoreBackup({ file: cut, target }).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(BackupFileError);
      const untouched = target.open();
      expect(await tableNames(untouched)).toEqual([]);
      await untouched.close();
    } finally {
      await target.drop();
    }
  });
});
