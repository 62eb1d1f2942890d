/** What `persist` keeps in localStorage: the answers given so far and where the learner is. */
export interface StoredProgress {
  v: 1;
  /** question id → chosen choice id */
  answers: Record<string, string>;
  /** The question on screen (the number of questions means the result screen). */
  index: number;
  /** The xAPI registration of the attempt in progress. */
  registration?: string;
}

const PREFIX = 'attention-quiz:';

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // blocked by the browser's privacy settings
  }
}

/** Reads saved progress; anything unreadable is ignored with a warning, never thrown. */
export function loadProgress(key: string): StoredProgress | null {
  let text: string | null;
  try {
    text = storage()?.getItem(PREFIX + key) ?? null;
  } catch (e) {
    console.warn(`<attention-quiz>: saved progress "${key}" could not be read`, e);
    return null;
  }
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!value || typeof value !== 'object') throw new Error('not an object');
    const v = value as Partial<StoredProgress>;
    if (v.v !== 1 || !v.answers || typeof v.answers !== 'object' || Array.isArray(v.answers))
      throw new Error('unknown format');
    const answers: Record<string, string> = {};
    for (const [q, c] of Object.entries(v.answers)) if (typeof c === 'string') answers[q] = c;
    return {
      v: 1,
      answers,
      index: Number.isInteger(v.index) ? (v.index as number) : 0,
      registration: typeof v.registration === 'string' ? v.registration : undefined,
    };
  } catch (e) {
    console.warn(`<attention-quiz>: saved progress "${key}" is not valid and was ignored`, e);
    return null;
  }
}

/** Saves progress; a full or unavailable storage only gives a warning. */
export function saveProgress(key: string, progress: StoredProgress): void {
  try {
    const s = storage();
    if (!s) throw new Error('localStorage is not available');
    s.setItem(PREFIX + key, JSON.stringify(progress));
  } catch (e) {
    console.warn(`<attention-quiz>: progress "${key}" could not be saved`, e);
  }
}

/** The localStorage key used for a `persist` value. */
export const storageKey = (key: string) => PREFIX + key;
