import type { KnowledgePart } from '../schema';

export const part: KnowledgePart = {};
