/** The name a plan shows for a person: the name they go by, then their family name. */
export function personName(person: {
  given_name: string | null;
  family_name: string | null;
  preferred_name: string | null;
}): string {
  const first = person.preferred_name?.trim() || person.given_name?.trim() || "";

  return `${first} ${person.family_name?.trim() ?? ""}`.trim();
}
