/**
 * Waits until a check holds, for up to three seconds: another process's writes reach a
 * PostgreSQL listener a moment after they commit.
 */
export async function eventually(check: () => Promise<boolean>) {
  const deadline = Date.now() + 3000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("never happened");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
