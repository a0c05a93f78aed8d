import { migrateToLatest, openDatabase } from "../../src/db/connection.ts";
import { createAdministrator, createDistrict, createSchool } from "./factories.ts";

/**
 * A data folder or PostgreSQL database left as the first run's setup leaves it: a district
 * named after its one school, and that school's administrator. `maps import` imports only into
 * a district that exists, so command-line tests set one up first, as an operator must.
 */
export async function setUpSchoolAt(
  where: { dataDir: string; databaseUrl?: string | undefined },
  options: { schoolName?: string } = {},
) {
  const handle = openDatabase(where);
  try {
    await migrateToLatest(handle);
    const name = options.schoolName ?? "Riverside Middle School";
    const district = await createDistrict(handle.db, { name });
    const school = await createSchool(handle.db, { districtId: district.id, name });
    const administrator = await createAdministrator(handle.db, {
      districtId: district.id,
      schoolId: school.id,
    });

    return { district, school, administrator };
  } finally {
    await handle.close();
  }
}
