/**
 * How wide a who → whom edge is drawn for its claim count: proportional (3 px a claim) up to six
 * claims, so one, two and three claims read as 1 : 2 : 3; past that it grows by the logarithm, so a
 * pair with hundreds of claims stays under MAX_WHO_WIDTH.
 */
export const PX_PER_CLAIM = 3;
const LINEAR_UP_TO = 6;
export const MAX_WHO_WIDTH = 30;

export function whoEdgeWidth(claims: number): number {
  if (claims <= 0) return 0;
  if (claims <= LINEAR_UP_TO) return PX_PER_CLAIM * claims;
  const linear = PX_PER_CLAIM * LINEAR_UP_TO;
  return Math.min(MAX_WHO_WIDTH, Math.round((linear + 4 * Math.log2(claims / LINEAR_UP_TO)) * 10) / 10);
}
