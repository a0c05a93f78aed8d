import { describe, expect, it } from "vitest";
import { repeatRounds } from "../../src/lib/repeat-rounds.ts";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a background job that runs in rounds", () => {
  it("runs a round at once and again after each pause, never two at the same time", async () => {
    const started: number[] = [];
    let underWay = 0;
    let mostAtOnce = 0;
    const rounds = repeatRounds(10, async () => {
      started.push(Date.now());
      underWay += 1;
      mostAtOnce = Math.max(mostAtOnce, underWay);
      await pause(15);
      underWay -= 1;
    });

    expect(started).toHaveLength(1);
    await pause(120);
    await rounds.stop();

    expect(started.length).toBeGreaterThanOrEqual(3);
    expect(mostAtOnce).toBe(1);
  });

  it("stopping waits for the round under way and no round starts after it", async () => {
    let finished = 0;
    let started = 0;
    const rounds = repeatRounds(5, async () => {
      started += 1;
      await pause(30);
      finished += 1;
    });

    await pause(10);
    await rounds.stop();
    const startedAtStop = started;
    expect(finished).toBe(started);
    await pause(40);

    expect(started).toBe(startedAtStop);
  });
});
