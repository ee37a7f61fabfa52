// One migrated scratch database for the integration run; every test file cleans what it makes.
import { createTestDatabase, dropTestDatabase } from "../support/test-db";

export default async function setup() {
  const { name, url } = await createTestDatabase("scout_it");
  process.env.DATABASE_URL = url;
  process.env.SCOUT_TEST_DB_NAME = name;
  return async () => {
    await dropTestDatabase(name);
  };
}
