import { createEngine } from '../../engine/engine';
import { translatedKnowledge } from '../index';
import { JA } from './index';

/**
 * The engine over the knowledge in Japanese: its prose from the Japanese dictionaries (English where
 * an item has none yet) and the engine's own words in Japanese. Loaded only when Japanese is asked
 * for (engineFor in core.ts): the dictionaries stay out of an English start.
 */
export const engine = createEngine(translatedKnowledge(JA), { language: 'ja' });
