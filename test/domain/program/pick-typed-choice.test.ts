import { describe, expect, it } from "vitest";
import {
  type ChoiceFinder,
  pickTypedChoice,
  typedMatchesShown,
} from "../../../src/domain/program/pick-typed-choice.ts";

/*
 * The words typed in a program filter past a page of choices, settled without a database: the
 * finder is a list of teachers, as the viewer's reach would hold them.
 */

interface Teacher {
  id: string;
  name: string;
  rosterId: string;
}

const ana = { id: "id-ana", name: "Ana Alvarez", rosterId: "t-1" };
const maria = { id: "id-maria", name: "Maria Garcia", rosterId: "t-10" };
const otherMaria = { id: "id-maria-2", name: "Maria Garcia", rosterId: "t-11" };

function finderOf(teachers: Teacher[]): ChoiceFinder<Teacher> & { searches: string[][] } {
  const searches: string[][] = [];

  return {
    searches,
    byId: async (id) => teachers.find((teacher) => teacher.id === id),
    byWholeCode: async (rosterId) =>
      teachers.filter((teacher) => teacher.rosterId.toLowerCase() === rosterId.toLowerCase()),
    byWords: async (words, limit) => {
      searches.push(words);
      const holds = (teacher: Teacher) =>
        words.every((word) =>
          `${teacher.name} ${teacher.rosterId}`.toLowerCase().includes(word.toLowerCase()),
        );
      return teachers.filter(holds).slice(0, limit);
    },
    shownAs: (teacher) => teacher.name,
  };
}

const district = [ana, maria, otherMaria];

describe("a program filter's typed words", () => {
  it("an administrator who typed nothing sees every teacher's figures", async () => {
    const pick = await pickTypedChoice(finderOf(district), { id: null, typed: undefined });

    expect(pick).toEqual({ chosen: null, id: null, words: null, matches: [], more: false });
  });

  it("a teacher named by a link shows as chosen, with their name", async () => {
    const pick = await pickTypedChoice(finderOf(district), { id: ana.id, typed: undefined });

    expect(pick.chosen).toEqual(ana);
    expect(pick.id).toBe(ana.id);
  });

  it("the chosen namesake stays chosen when the form sends their name back unchanged", async () => {
    const finder = finderOf(district);

    const pick = await pickTypedChoice(finder, { id: otherMaria.id, typed: "Maria Garcia" });

    expect(pick.chosen).toEqual(otherMaria);
    expect(finder.searches).toEqual([]);
  });

  it("a name typed over the chosen one's is a new search", async () => {
    const pick = await pickTypedChoice(finderOf(district), { id: ana.id, typed: "garcia" });

    expect(pick.chosen).toBeNull();
    expect(pick.id).toBeNull();
    expect(pick.words).toBe("garcia");
    expect(pick.matches).toEqual([maria, otherMaria]);
    expect(pick.more).toBe(false);
  });

  it("an emptied field means every teacher again", async () => {
    const pick = await pickTypedChoice(finderOf(district), { id: ana.id, typed: "  " });

    expect(pick).toEqual({ chosen: null, id: null, words: null, matches: [], more: false });
  });

  it("words that find one teacher choose them", async () => {
    const pick = await pickTypedChoice(finderOf(district), { id: null, typed: " ana  ALV " });

    expect(pick.chosen).toEqual(ana);
    expect(pick.id).toBe(ana.id);
  });

  it("a whole roster id is that teacher, though other ids begin with it", async () => {
    const finder = finderOf(district);

    const pick = await pickTypedChoice(finder, { id: null, typed: "t-1" });

    expect(pick.chosen).toEqual(ana);
    expect(finder.searches).toEqual([]);
  });

  it("a whole code two share offers them first, then those that begin with it", async () => {
    const twin = { id: "id-twin", name: "Ana Twin", rosterId: "T-1" };
    const finder = finderOf([maria, ana, twin]);

    const pick = await pickTypedChoice(finder, { id: null, typed: "t-1" });

    expect(pick.chosen).toBeNull();
    expect(pick.matches).toEqual([ana, twin, maria]);
  });

  it("words that find no one say so and choose no one", async () => {
    const pick = await pickTypedChoice(finderOf(district), { id: null, typed: "Zed" });

    expect(pick).toEqual({ chosen: null, id: null, words: "Zed", matches: [], more: false });
  });

  it("words that find more than are shown offer the first and say there are more", async () => {
    const many = Array.from({ length: typedMatchesShown + 5 }, (_, index) => ({
      id: `id-${index}`,
      name: `Lee ${index}`,
      rosterId: `r-${index}`,
    }));

    const pick = await pickTypedChoice(finderOf(many), { id: null, typed: "lee" });

    expect(pick.matches).toHaveLength(typedMatchesShown);
    expect(pick.more).toBe(true);
    expect(pick.chosen).toBeNull();
  });

  it("an id the viewer's reach does not hold is kept, and chooses no one", async () => {
    const pick = await pickTypedChoice(finderOf(district), {
      id: "another-school",
      typed: undefined,
    });

    expect(pick.chosen).toBeNull();
    expect(pick.id).toBe("another-school");
  });

  it("past eight words, the rest of a long paste is not searched for", async () => {
    const finder = finderOf(district);

    await pickTypedChoice(finder, { id: null, typed: "a b c d e f g h i j" });

    expect(finder.searches).toEqual([["a", "b", "c", "d", "e", "f", "g", "h"]]);
  });
});
