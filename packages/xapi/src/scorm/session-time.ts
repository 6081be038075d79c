/**
 * Durations and moments as each SCORM edition writes them. DOM-free.
 */

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS` (hours stop at 9999, as the type does). */
export function scorm12Timespan(milliseconds: number): string {
  const hundredths = Math.min(Math.max(0, Math.round(milliseconds / 10)), 9999 * 360000 + 359999);
  const hours = Math.floor(hundredths / 360000);
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = Math.floor((hundredths % 6000) / 100);
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(hundredths % 100)}`;
}

/** SCORM 2004's timeinterval, an ISO 8601 duration such as `PT1H5M3.25S` (`PT0S` for none). */
export function iso8601Duration(milliseconds: number): string {
  const hundredths = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(hundredths / 360000);
  const minutes = Math.floor((hundredths % 360000) / 6000);
  const seconds = (hundredths % 6000) / 100;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  return `PT${parts || '0S'}`;
}

/** SCORM 1.2's CMITime, the time of day `HH:MM:SS` (UTC), as `cmi.interactions.n.time` takes it. */
export const scorm12Time = (at: string): string => new Date(at).toISOString().slice(11, 19);

/** SCORM 2004's time(second,10,0), `YYYY-MM-DDThh:mm:ss.sZ`, as `cmi.interactions.n.timestamp` takes it. */
export const scorm2004Timestamp = (at: string): string => `${new Date(at).toISOString().slice(0, 21)}Z`;
