import { describe, expect, it } from "vitest";
import {
  gradeOrder,
  orderBy,
  peopleOrder,
  sortedBy,
  textOrder,
} from "../../src/lib/reading-order.ts";

/*
 * The order lists are read in (reading-order.ts): names as the page's language orders them,
 * grades as a school lists them.
 */

const person = (family_name: string, given_name: string, id = `${family_name}-${given_name}`) => ({
  id,
  family_name,
  given_name,
});

describe("the order a reader finds names and grades in", () => {
  it("an accented name sits beside its letter, not after Z", () => {
    expect(sortedBy(["Zed", "Álvarez", "adams", "Ortiz", "Ñúñez"], textOrder("en"))).toEqual([
      "adams",
      "Álvarez",
      "Ñúñez",
      "Ortiz",
      "Zed",
    ]);
  });

  it("a Spanish reader finds Ñ after N, as their alphabet has it", () => {
    expect(sortedBy(["Ñúñez", "Nuño", "Oliva"], textOrder("es"))).toEqual([
      "Nuño",
      "Ñúñez",
      "Oliva",
    ]);
  });

  it("numbers in a title count by their value: Period 2 before Period 10", () => {
    expect(sortedBy(["Period 10", "Period 2", "Period 1"], textOrder("en"))).toEqual([
      "Period 1",
      "Period 2",
      "Period 10",
    ]);
  });

  it("people go by family name, then given name, namesakes by id", () => {
    const people = [
      person("Đặng", "Thu"),
      person("Zhou", "Li"),
      person("Abbott", "Zoe"),
      person("Abbott", "Ana", "b"),
      person("Abbott", "Ana", "a"),
    ];

    expect(sortedBy(people, peopleOrder("vi")).map((each) => each.id)).toEqual([
      "a",
      "b",
      "Abbott-Zoe",
      "Đặng-Thu",
      "Zhou-Li",
    ]);
  });

  it("items are compared key by key, a missing text first", () => {
    const rows = [
      { school: "Élan", title: "B" },
      { school: "Cedar", title: null },
      { school: "Élan", title: "a" },
    ];
    const order = orderBy<(typeof rows)[number]>(
      "fr",
      (row) => row.school,
      (row) => row.title,
    );

    expect(sortedBy(rows, order)).toEqual([
      { school: "Cedar", title: null },
      { school: "Élan", title: "a" },
      { school: "Élan", title: "B" },
    ]);
  });

  it("grades go in school order, from infants to after high school, KG before grade 1", () => {
    const grades = ["12", "Other", "KG", "03", "1", "PK", "UG", "IT", "10", "PS", "TK", "PR"];

    expect(sortedBy(grades, gradeOrder("en"))).toEqual([
      "IT",
      "PR",
      "PK",
      "TK",
      "KG",
      "1",
      "03",
      "10",
      "12",
      "PS",
      "UG",
      "Other",
    ]);
  });

  it("grades written another way find their place; unknown ones follow, no grade last", () => {
    const grades = ["", "Grade 9", "K", "Pre-K", "02", "2", "Adult", "13"];

    expect(sortedBy(grades, gradeOrder("en"))).toEqual([
      "Pre-K",
      "K",
      "02",
      "2",
      "13",
      "Adult",
      "Grade 9",
      "",
    ]);
  });
});
