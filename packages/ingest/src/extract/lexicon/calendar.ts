/** Day and month names, lower case: time phrases around cues ("said Monday", "in March"). */
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;

export const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
] as const;

/** Day and month names as one set ("on Friday", "in March"). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set<string>([...WEEKDAYS, ...MONTHS]);
