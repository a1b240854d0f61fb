import { db } from '../db';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/types';

export async function getSettings(): Promise<Settings> {
  return (await db.settings.get('settings')) ?? { ...DEFAULT_SETTINGS };
}
