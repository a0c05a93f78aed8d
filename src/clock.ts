/** Time comes from one place so tests can hold it still or move it forward. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export const isoNow = (clock: Clock) => clock().toISOString();
