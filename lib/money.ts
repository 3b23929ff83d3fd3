/** Money is stored as integer cents and leaves the API as a number with two decimals. */
export const centsToAmount = (cents: number | bigint): number => Math.round(Number(cents)) / 100;
